"""Audience families learned in session 11 from broadly gathered fresh pages, in sentences
written for these tests: the people whose gain (`소득 증대`, `사회참여 확대`) a program is for."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 구직이 어려운 장애인의 사회 참여 확대와 소득 증대를 위해 참여자 80명을 뽑는다.",
            ["구직이 어려운 장애인"],
        ),
        (
            "군은 관내 양식 어업인들의 소득 증대와 수산업의 경쟁력 확보를 위해 사업자를 모집한다.",
            ["관내 양식 어업인들"],
        ),
        (
            "구는 홀로 사는 어르신의 삶의 질 향상을 위해 말벗 봉사단을 꾸린다.",
            ["홀로 사는 어르신"],
        ),
        (
            "도는 청년 농업인의 경쟁력 강화를 위한 교육 과정을 새로 연다.",
            ["청년 농업인"],
        ),
    ],
)
def test_people_whose_gain_a_program_is_for(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "시는 지역 경제의 경쟁력 강화를 위해 기업 유치에 나선다.",
        "군은 지역 특산물의 경쟁력 강화를 위해 포장 디자인을 바꾼다.",
        "구는 전통시장의 고용 확대를 위해 상인회와 협약을 맺었다.",
    ],
)
def test_a_gain_of_a_place_or_trade_names_no_audience(text: str) -> None:
    assert found(text) == []
