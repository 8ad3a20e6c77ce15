"""Targets in budget stories: the goal named as money or a rate, and shares told with money.

A share of a goal is a result whatever the goal's noun says it measures (`목표액 대비`, `목표액의`,
`목표율`); a share told with the money it stands for (`2,350억원(57.3%)을`, `60.5%인 726억원을`)
takes that money's verb, spent (a result) or to be spent (a goal). Shares of money moved
otherwise (편성, 줄었다) and the money goal itself (an amount) are no targets. Sentences are
our own.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("군의 조기집행 추진실적은 목표액 대비 61.2%로 도내 상위권이다.", {(61.2, "%", "result")}),
        (
            "3월 현재 집행액은 210억원으로 상반기 목표액의 35% 실적을 보이고 있다.",
            {(35, "%", "result")},
        ),
        ("시는 분기 목표액(500억원) 대비 104.2%(521억원)를 집행했다.", {(104.2, "%", "result")}),
        ("일자리 사업은 당초 목표율 58%를 넘겨 집행됐다.", {(58, "%", "goal")}),
        # the money goal is an amount, not a target
        ("군은 내년도 국비 확보 목표액을 3,080억원으로 정했다.", set()),
    ],
)
def test_a_share_of_a_goal_named_as_money_or_a_rate(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 신속집행 대상액 4,100억원 중 2,350억원(57.3%)을 상반기에 집행했다.",
            {(57.3, "%", "result")},
        ),
        (
            "군은 대상예산 1천200억원의 60.5%인 726억원을 상반기에 집행할 계획이다.",
            {(60.5, "%", "goal")},
        ),
        # money set aside or lost is not spent
        ("시는 예산 1,200억원(12%)을 복지 분야에 편성했다.", set()),
        ("세수는 3,000억원(12%)이 줄었다.", set()),
        ("시는 예산 1,200억원(전체의 12%)을 복지 분야에 편성했다.", set()),
    ],
)
def test_a_share_told_with_money_takes_the_moneys_verb(text: str, expected: set) -> None:
    assert targets(text) == expected
