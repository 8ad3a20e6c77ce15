"""Targets: what an evaluation measures by.

An evaluation's criteria (`N개의 세부지표`, `N개 국정 목표`) and the criteria met out of them are
no targets. Sentences are our own, beside look-alikes the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("시는 평가항목에 따른 35개의 세부지표별로 평가를 진행했다.", set()),
        (
            "군은 이번 평가에서 80개 정량 지표 가운데 74개를 달성해 목표 달성도 92.5%를 기록했다.",
            {(92.5, "%", "result")},
        ),
        ("시는 5개 국정 목표에 따른 90개 지표로 평가를 받았다.", set()),
        # a goal of jobs and a result beside the word 목표 stay
        ("구는 올해 청년 일자리 1,200개 목표를 세웠다.", {(1200, "개", "goal")}),
        ("시는 3개 분야에서 일자리 2천개를 창출할 계획이다.", {(2000, "개", "goal")}),
    ],
)
def test_an_evaluations_criteria_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected
