"""Targets: winners counted by their grade are no targets, unless the sentence plans the picking.

`최우수 축제 5개, 우수 축제 9개`, `장관상(4곳)` say how many got each grade (LABELING: counts of
winners are not targets); `우수기관 20곳을 선정할 계획` is a plan to pick, which the labels count as
a goal.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    "text",
    [
        "심사 결과 대표 축제 3개, 최우수 축제 6개, 우수축제 9개, 유망축제 18개 등이 됐다.",
        "도는 올해 문화축제 28개(대표축제 2개, 최우수축제 6개, 우수축제 20개)를 발표했다.",
        "수상 내역은 행안부 장관상(4곳), 도지사상(6곳), 교육감상(3곳)이다.",
    ],
)
def test_winners_counted_by_grade_are_no_targets(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("부는 올해 일자리 우수기업 120곳을 선정할 계획이다.", {(120, "곳", "goal")}),
        ("군은 올해 우수 농가 40곳을 뽑아 지원할 예정이다.", {(40, "곳", "goal")}),
    ],
)
def test_a_plan_to_pick_winners_is_a_goal(text: str, expected: set) -> None:
    assert targets(text) == expected
