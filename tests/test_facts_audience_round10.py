"""Session 10 precision: people named beside a trigger who are no audience of a program. Those a
donation speaks of as neighbours in hardship, public bodies an evaluation picks for their merit,
and the people a briefing or a hearing is held for. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    "text",
    [
        "부녀회는 연말을 맞아 어려운 이웃에게 쌀 50포를 전달했다.",
        "기탁한 물품은 형편이 어려운 이웃 30가구에 전달할 예정이다.",
        "봉사단은 명절마다 소외된 이웃에게 떡국을 나눠 준다.",
    ],
)
def test_neighbours_in_hardship_are_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 홀로 사는 이웃에게 반찬을 배달한다.", "홀로 사는 이웃"),
        ("성금은 기초생활수급 가구에 생계비로 지원된다.", "기초생활수급 가구"),
    ],
)
def test_neighbours_with_a_criterion_stay(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "도는 청년 일자리 창출에 앞장선 5개 시군을 선정해 총 3억 원의 인센티브를 준다.",
        "시는 취업 지원 실적이 우수한 8개 자치구를 선정해 사업비를 지원한다.",
        "도는 사회적기업 및 청년일자리 확대에 앞장선 6개 시군을 선정해 "
        "모두 5억 원의 인센티브를 지급한다.",
    ],
)
def test_bodies_picked_for_their_merit_are_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 저소득 홀몸 어르신 40가구를 선정해 밑반찬을 지원한다.", "저소득 홀몸 어르신"),
        # Bodies a program picks to take it on, for no merit, are who it is for.
        ("도는 인구감소지역 5개 시군을 선정해 사업비를 지원한다.", "인구감소지역 5개 시군"),
        (
            "도는 도내 18개 시군을 대상으로 평가를 벌여 상위 5개 시군을 선정해 사업비를 지원한다.",
            "도내 18개 시군",
        ),
    ],
)
def test_people_a_program_picks_and_bodies_an_evaluation_covers_stay(
    text: str, expected: str
) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "군은 사업지구 토지소유자를 대상으로 주민설명회를 열었다.",
        "이번 공청회는 인근 주민 200여 명을 대상으로 열린다.",
        "도는 마을 주민들을 대상으로 ‘찾아가는 도시재생 설명회’를 열었다.",
    ],
)
def test_people_a_briefing_is_held_for_are_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 관내 미취업 청년을 대상으로 취업 교육을 연다.", "관내 미취업 청년"),
        ("구는 청년 창업가에게 창업 공간을 지원하고, 입주 설명회를 연다.", "청년 창업가"),
    ],
)
def test_audiences_beside_a_briefing_stay(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "군은 저소득 한부모 가정을 위한 돌봄 사업으로 장관 표창을 받았다.",
        "특히 폐업 소상공인의 재기를 돕는 ‘다시 서기’ 사업이 높은 평가를 받았다.",
        "구는 관내 독거 어르신을 대상으로 반찬 배달을 운영한 점을 인정받아 최우수상을 수상했다.",
    ],
)
def test_groups_a_winner_served_are_no_audience(text: str) -> None:
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 저소득 한부모 가정을 위한 돌봄 사업을 새로 시작한다.", "저소득 한부모 가정"),
        ("구는 관내 독거 어르신을 대상으로 반찬 배달을 운영한다.", "관내 독거 어르신"),
        # The bodies the evaluation covered stay, though the sentence names the prize.
        ("시는 25개 자치구를 대상으로 한 평가에서 구가 최우수상을 받았다.", "25개 자치구"),
        (
            "이번 평가는 전국 243개 지방자치단체를 대상으로 했으며 구는 우수상을 받았다.",
            "전국 243개 지방자치단체",
        ),
    ],
)
def test_programs_announced_and_bodies_evaluated_stay(text: str, expected: str) -> None:
    assert expected in found(text), found(text)
