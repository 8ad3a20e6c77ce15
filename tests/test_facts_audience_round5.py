"""Audience families learned in the fifth round from pooled fresh pages, in sentences written for
these tests: people nouns that end like a joining verb, lists whose last item only looks like a
shared head, and a rough count after a list."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "보건소는 임산부 및 만 2세 미만 영아 가정을 대상으로 방문 상담을 한다.",
            ["임산부", "만 2세 미만 영아 가정"],
        ),
        ("군은 출생 신고를 마친 신생아 가정을 대상으로 축하 꾸러미를 보낸다.", None),
    ],
)
def test_a_people_noun_ending_in_a_is_no_joining_verb(
    text: str, expected: list[str] | None
) -> None:
    got = found(text)
    assert got, got
    if expected is not None:
        assert sorted(got) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "사업은 차상위계층 중 노인, 조손가정, 한부모가족, 다자녀 가정 등을 대상으로 한다.",
            ["차상위계층 중 노인", "조손가정", "한부모가족", "다자녀 가정"],
        ),
        (
            "대상은 읍내 기초생활수급자와 만 70세 이상 홀몸 노인 가구이다.",
            ["읍내 기초생활수급자", "만 70세 이상 홀몸 노인 가구"],
        ),
    ],
)
def test_a_long_last_item_shares_no_head(text: str, expected: list[str]) -> None:
    assert sorted(found(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("교육은 여성·장애인 창업자를 대상으로 한다.", ["여성·장애인 창업자"]),
        ("지원은 어르신과 장애인 가구를 대상으로 한다.", ["어르신과 장애인 가구"]),
    ],
)
def test_a_short_last_item_still_shares_its_head(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_a_rough_count_after_a_list_is_no_part_of_a_group() -> None:
    got = found("지원 대상은 관내 기초생활수급자 및 차상위 계층 약 1만2000여가구다.")
    assert sorted(got) == ["관내 기초생활수급자", "차상위 계층"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "두 과정 모두 읍내에 사는 만 60세 이상 어르신을 대상으로 한다.",
            "읍내에 사는 만 60세 이상 어르신",
        ),
        (
            "세 사업 역시 관내에 주소를 둔 19~39세 청년을 대상으로 운영된다.",
            "관내에 주소를 둔 19~39세 청년",
        ),
    ],
)
def test_what_a_sentence_is_about_stays_out_of_the_phrase(text: str, expected: str) -> None:
    assert found(text) == [expected]


def test_people_before_both_stay_in_the_phrase() -> None:
    assert found("부모 모두 외국인인 가정을 대상으로 한국어 교육을 한다.") == [
        "부모 모두 외국인인 가정"
    ]


def test_list_items_with_bracketed_notes_are_groups() -> None:
    text = (
        "정원 중 10명은 기초생활수급자(본인·자녀), 차상위 계층(본인), 다자녀 가구(3자녀 이상) "
        "등 배려 대상자를 우선 뽑는다."
    )
    assert sorted(found(text)) == sorted(
        ["기초생활수급자(본인·자녀)", "차상위 계층(본인)", "다자녀 가구(3자녀 이상)"]
    )


def test_a_bracketed_note_alone_names_no_one() -> None:
    assert found("행사는 시청 광장(야외무대)을 대상으로 점검한다.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "군은 북한이탈주민의 한국어 공부와 지역 정착을 돕기 위한 교실을 연다.",
            "북한이탈주민",
        ),
        (
            "도는 퇴직을 앞둔 5060 중장년들의 ‘두 번째 일 찾기’를 돕는 과정을 만들었다.",
            "퇴직을 앞둔 5060 중장년들",
        ),
    ],
)
def test_whose_anything_a_program_helps_with(text: str, expected: str) -> None:
    assert expected in found(text)


def test_helping_a_place_names_no_audience() -> None:
    assert found("시는 원도심의 상권 회복을 돕기 위해 축제를 연다.") == []


@pytest.mark.parametrize(
    "text",
    [
        "구는 더 많은 어르신들의 건강한 노후 생활을 돕는다.",
        "자세한 내용은 누리집에서 볼 수 있고 참여를 원하는 주민은 누구나 신청할 수 있다.",
        "도서관은 강좌 수강을 희망하는 시민들을 대상으로 접수를 받는다.",
    ],
)
def test_anyone_at_all_is_no_audience(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군은 기초연금을 받는 홀몸노인까지 지원을 확대한다.", "기초연금을 받는 홀몸노인"),
        ("올해부터 휴학 중인 대학생까지 참여 대상을 넓혔다.", "휴학 중인 대학생"),
        ("시는 40대 1인 가구로 사업 대상을 확대했다.", "40대 1인 가구"),
    ],
)
def test_who_a_program_now_reaches(text: str, expected: str) -> None:
    assert expected in found(text)


def test_a_rollout_to_bodies_is_no_audience() -> None:
    assert found("이 제도가 전국 자치단체로 확대되면 세입이 늘 것으로 보인다.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 거동이 불편한 홀몸 어르신 가구를 선정해 방역 서비스를 제공한다.",
            "거동이 불편한 홀몸 어르신 가구",
        ),
        ("군은 읍내 경로당 5곳을 선정하여 운동 강사를 지원한다.", "읍내 경로당 5곳"),
    ],
)
def test_who_a_program_picks_to_serve(text: str, expected: str) -> None:
    assert expected in found(text)


def test_whoever_is_picked_in_the_end_is_no_group() -> None:
    assert found("서류 심사를 거쳐 최종 대상자를 선정해 사업비를 지원한다.") == []
