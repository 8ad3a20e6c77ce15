"""Audience phrases and the clause around them, learned from the first-sight output of pooled fresh
pages (session 6, round 2), in sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "지원 대상은 농지 면적이 1만㎡ 미만이거나 이에 준하는 축산 농가이다.",
            "이에 준하는 축산 농가",
        ),
        (
            "시는 선발 기준에 부합하는 관내 대학 재학생을 대상으로 장학금을 준다.",
            "기준에 부합하는 관내 대학 재학생",
        ),
        (
            "이 교육은 시가 운영하는 쉼터에 머무는 청소년을 대상으로 한다.",
            "시가 운영하는 쉼터에 머무는 청소년",
        ),
    ],
)
def test_a_verb_opening_the_phrase_keeps_its_argument(text: str, expected: str) -> None:
    assert expected in found(text), found(text)
