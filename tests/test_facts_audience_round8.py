"""Audience families of the eighth round, in sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 다음 달까지 관내 중장년층을 대상으로 재취업 교육을 연다.", "관내 중장년층"),
        ("정원의 20%는 사회적 배려층을 우선 선발한다.", "사회적 배려층"),
        ("시는 도내 청년층을 대상으로 주거 상담을 운영한다.", "도내 청년층"),
        ("공단은 에너지 빈곤층에게 난방비를 지원한다.", "에너지 빈곤층"),
    ],
)
def test_a_group_named_by_its_layer_is_people(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


def test_an_age_layer_alone_is_no_group() -> None:
    text = "센터는 전 연령층을 대상으로 건강 강좌를 연다."
    assert not any("연령층" in audience for audience in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시에 살거나 일하는 만19세부터 34세의 청년이면 누구나 신청할 수 있다.",
            "시에 살거나 일하는 만19세부터 34세의 청년",
        ),
        (
            "공모는 좋은 아이디어를 가진 만15세~29세의 군민을 대상으로 진행한다.",
            "좋은 아이디어를 가진 만15세~29세의 군민",
        ),
        (
            "사업은 구에 사는 20~39세의 예비 창업자를 대상으로 한다.",
            "구에 사는 20~39세의 예비 창업자",
        ),
    ],
)
def test_an_age_range_ending_in_ui_stays_in_the_phrase(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("구는 관내 저소득층 3,200여가구에 김장김치를 지원한다.", "관내 저소득층", "3,200"),
        (
            "서비스는 혼자 사는 만 70세 이상 노인(요양 서비스 이용자 제외) 640명을 대상으로 한다.",
            "혼자 사는 만 70세 이상 노인",
            "640",
        ),
        ("교육은 관내 결혼이민자 45명을 대상으로 열린다.", "관내 결혼이민자", "45"),
    ],
)
def test_a_head_count_after_the_group_is_left_out(text: str, expected: str, count: str) -> None:
    texts = found(text)
    assert expected in texts, texts
    assert not any(count in audience for audience in texts), texts


def test_a_household_count_that_names_the_group_stays() -> None:
    text = "시는 저소득 중증 장애 25가구에 주택 개조를 지원한다."
    assert "저소득 중증 장애 25가구" in found(text), found(text)


def test_people_already_served_stay_out_after_their_count_is_dropped() -> None:
    text = "구는 지난 연휴 끼니가 걱정되는 홀몸 어르신 1500여 명에게 도시락을 지원했다."
    assert not found(text), found(text)
