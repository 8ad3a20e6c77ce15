"""Targets: a goal moved from one level to another, and a goal set at first and then changed.

Only the level a goal was moved to is the goal; the level it was moved from, or first set at, is
a comparison, wherever the page tells it again. A goal missed or beaten stays the goal. Sentences
are our own, in several wordings, beside the look-alikes that must be left alone.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정부는 수송 부문 감축 목표를 18%에서 15%로 낮췄다.", {(15, "%", "goal")}),
        (
            "시는 올해 관광객 유치 목표를 900만명에서 750만명으로 하향 조정했다.",
            {(7500000, "명", "goal")},
        ),
        ("군은 귀농 목표를 200가구에서 150가구로 줄였다.", {(150, "가구", "goal")}),
        # a goal raised keeps its new level, as before
        ("구는 일자리 목표를 3천개에서 3,500개로 늘렸다.", {(3500, "개", "goal")}),
    ],
)
def test_a_goal_moved_keeps_only_its_new_level(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "도는 애초 620만명으로 잡았던 관광객 유치 목표를 580만명으로 낮춰 잡았다.",
            {(5800000, "명", "goal")},
        ),
        (
            "공사는 당초 올해 방문객 목표를 95만 명으로 정했으나 110만 명으로 높여 잡았다.",
            {(1100000, "명", "goal")},
        ),
        # told again later on the page, the first level stays no goal
        (
            "부는 애초 300만명으로 세웠던 목표를 260만명으로 조정했다. "
            "당시 부는 관광객 300만명 유치를 목표로 내걸었다.",
            {(2600000, "명", "goal")},
        ),
        # a goal missed or beaten is still the goal
        ("관광객은 940만 명으로 당초 목표인 1000만 명에 못 미쳤다.", {(10000000, "명", "goal")}),
        (
            "도는 올해 유치목표로 520만명을 삼았으나 경기 침체로 달성이 어렵다.",
            {(5200000, "명", "goal")},
        ),
    ],
)
def test_a_goal_set_at_first_and_then_changed_is_no_target(text: str, expected: set) -> None:
    assert targets(text) == expected
