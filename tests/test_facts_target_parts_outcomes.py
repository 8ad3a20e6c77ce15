"""Targets: a total with its parts in brackets, fair turnout, shares that reached an outcome.

Families seen across several sites' vehicle and charger plans, job-fair reports and training
results; every sentence is our own, with the look-alikes each family must leave alone.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "도는 올해 전기버스 90대(저상 60대, 중형 30대)를 보급할 계획이다.",
            {(90, "대", "goal"), (60, "대", "goal"), (30, "대", "goal")},
        ),
        (
            "시는 연말까지 공용 충전기 1,200기(급속 200기, 완속 1,000기)를 설치한다.",
            {(1200, "기", "goal"), (200, "기", "goal"), (1000, "기", "goal")},
        ),
        (
            "군은 지난해 친환경 화물차 75대(소형 50대, 중형 25대)를 보급했다.",
            {(75, "대", "result"), (50, "대", "result"), (25, "대", "result")},
        ),
        (
            "구는 지난해 전기차 충전기 340기(급속 40기, 완속 300기)를 새로 설치했다.",
            {(340, "기", "result"), (40, "기", "result"), (300, "기", "result")},
        ),
        # a stock that is there, split the same way, is no target; nor is a cohort in brackets
        ("현재 도내에는 수소충전소가 총 18곳(승용 12곳, 버스 6곳) 있다.", set()),
        ("구에는 공용 충전소가 모두 310곳(급속 90곳, 완속 220곳)에 있다.", set()),
        ("청년 창업사관학교(11기)를 수료한 30명이 창업했다.", {(30, "명", "result")}),
    ],
)
def test_a_total_with_its_parts_in_brackets_shares_its_type(text: str, expected: set) -> None:
    assert targets(text) == expected
