"""Audience families learned in the sixth round from pooled fresh pages, in sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "구는 혼자 사는 65세 이상 노인 가구 대상으로 ‘안심 방문’ 사업을 추진한다.",
            "혼자 사는 65세 이상 노인 가구",
        ),
        (
            "시는 관내 대학에 다니는 저소득 대학생 대상으로 장학금을 지급한다.",
            "관내 대학에 다니는 저소득 대학생",
        ),
    ],
)
def test_a_group_right_before_bare_daesang_euro(text: str, expected: str) -> None:
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "이 사업은 올해 처음 지원 대상으로 선정됐다.",
        "구는 공모 사업 대상으로 두 곳을 뽑았다.",
    ],
)
def test_bare_daesang_euro_after_no_group_stays_silent(text: str) -> None:
    assert not found(text), found(text)
