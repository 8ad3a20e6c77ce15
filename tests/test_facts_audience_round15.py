"""Session 15 audience census of ordinary pages: the mechanisms behind most wrong audiences.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이번 평가는 중앙부처, 광역자치단체 및 교육청 등 280개 기관을 대상으로 진행됐다.",
            "중앙부처, 광역자치단체 및 교육청 등 280개 기관",
        ),
        (
            "행정안전부는 매년 광역 시·도, 시·군·구, 공공기관 등 전국 300여개 기관을 대상으로 "
            "재난관리 평가를 한다.",
            "광역 시·도, 시·군·구, 공공기관 등 전국 300여개 기관",
        ),
        (
            "심사는 도내 시·군, 출자출연기관 등 40개 기관을 대상으로 이뤄졌다.",
            "도내 시·군, 출자출연기관 등 40개 기관",
        ),
    ],
)
def test_bodies_summed_up_by_their_count_are_one_audience(text: str, expected: str) -> None:
    assert found(text) == [expected], found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of people or households still lists its groups.
        (
            "구는 한부모 가정, 조손 가정 등 120가구를 대상으로 김치를 나눴다.",
            ["한부모 가정", "조손 가정"],
        ),
        (
            "센터는 결혼이민자와 중도입국 청소년 등 35명을 대상으로 한국어 교실을 연다.",
            ["결혼이민자", "중도입국 청소년"],
        ),
        # A count inside the first group (`A리 등 6개 마을 이장`) sums up no list.
        (
            "군은 청평리 등 6개 마을 이장 및 부녀회장, 노인회장을 대상으로 안전교육을 했다.",
            ["청평리 등 6개 마을 이장", "부녀회장", "노인회장"],
        ),
    ],
)
def test_groups_summed_up_by_a_head_count_stay_apart(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A head count in Korean units after the head.
        (
            "시는 19억원의 예산으로 생활보호대상자 등 저소득층 3만8천4백94명을 대상으로 "
            "생계비를 지원한다.",
            ["생활보호대상자 등 저소득층"],
        ),
        ("군은 관내 홀몸 어르신 2천7백명에게 난방비를 지원한다.", ["관내 홀몸 어르신"]),
        ("구는 저소득 가구 1만2천여가구에 김장김치를 전달한다.", ["저소득 가구"]),
        # A head count split in brackets before the slot goes on with its marked groups.
        (
            "참여 대상은 최근 1년간 구직 활동을 하지 않은 청년 60명(단기 20명, 장기 40명)으로 "
            "△만 18세 이상 29세 이하 미취업 청년 △만 30세 이상 34세 이하 경력단절 청년 "
            "△보호종료 청년 등이다.",
            [
                "구직 활동을 하지 않은 청년",
                "만 18세 이상 29세 이하 미취업 청년",
                "만 30세 이상 34세 이하 경력단절 청년",
                "보호종료 청년",
            ],
        ),
    ],
)
def test_a_head_count_however_written_is_no_part_of_who(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The copula in the past closes the slot after its last group.
        (
            "지난해 지원 대상은 관내에 주소를 둔 만 24세 이하의 ▲기초생활수급 가정 대학생 "
            "▲한부모 가정 대학생 ▲다자녀 가정의 셋째 이상 자녀였다.",
            ["기초생활수급 가정 대학생", "한부모 가정 대학생", "다자녀 가정의 셋째 이상 자녀"],
        ),
        ("작년 교육 대상은 관내 어린이집 교사 40명이었고 올해는 늘린다.", ["관내 어린이집 교사"]),
        # The group bare before 대상이다, with no particle.
        (
            "‘신혼부부 정착금’은 만 49세 이하인 신혼부부 대상이며, 200만원을 나눠 지급한다.",
            ["만 49세 이하인 신혼부부"],
        ),
        ("이 수당은 관내 거주 65세 이상 어르신 대상이다.", ["관내 거주 65세 이상 어르신"]),
    ],
)
def test_a_copula_in_another_form_closes_who(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    "text",
    [
        "이 사업은 국비 지원 대상이다.",
        "두 곳 모두 올해 정밀점검 대상이며 보수가 필요하다.",
        "지난해 그 다리는 철거 대상이었다.",
    ],
)
def test_a_thing_before_daesang_is_no_audience(text: str) -> None:
    assert found(text) == [], found(text)
