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
