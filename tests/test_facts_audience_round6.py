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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "지원 대상자는 관내 전통시장에서 점포를 운영하는 상인으로서 올해 매출이 줄어든"
            " 경우에 해당한다.",
            ["관내 전통시장에서 점포를 운영하는 상인"],
        ),
        (
            "대상자는 월 소득이 적은 청년 임차인으로써 보증금 1억 원 이하 주택에 산다.",
            ["월 소득이 적은 청년 임차인"],
        ),
        (
            "신청 자격은 도내에 주소를 둔 귀농인이면서 농지를 소유한 경우여야 한다.",
            ["도내에 주소를 둔 귀농인"],
        ),
        (
            "검사 대상은 시에 사는 70세 이상 노인으로 의료급여 수급자이거나 차상위계층이다.",
            ["시에 사는 70세 이상 노인", "의료급여 수급자", "차상위계층"],
        ),
    ],
)
def test_a_defined_slot_ends_at_a_copula_that_goes_on(text: str, expected: list[str]) -> None:
    """`대상자는 X로서 …`, `X이면서 …` end the slot at X; `X이거나 Y이다` offers Y as well."""
    assert sorted(found(text)) == sorted(expected), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "신청 대상은 군에 사는 만20세부터 34세까지 청년이다.",
            "군에 사는 만20세부터 34세까지 청년",
        ),
        (
            "지원 대상은 1990년 3월 1일~2005년 2월 28일에 출생한 청년으로, 관내에 살아야 한다.",
            "1990년 3월 1일~2005년 2월 28일에 출생한 청년",
        ),
        (
            "1950년 1월 1일 이전에 태어난 어르신이 면허를 반납하면 교통카드를 지원한다.",
            "1950년 1월 1일 이전에 태어난 어르신",
        ),
    ],
)
def test_an_age_or_birth_range_stays_inside_the_phrase(text: str, expected: str) -> None:
    """`만20세부터` is an age, not a time that opens the sentence; the dates of a birth clause
    are the clause's own."""
    assert expected in found(text), found(text)


def test_a_date_outside_a_birth_clause_still_ends_the_phrase() -> None:
    got = found("시는 2025년 3월 1일에 관내 저소득 청년을 대상으로 상담을 연다.")
    assert "관내 저소득 청년" in got, got
