"""Targets: a counted plan (N개 사업, 과제, 시책) is a goal only when it is picked or made.

How many projects a plan holds, runs, frames the sentence with or is evaluated on is a count
(`type: "count"`), not a goal, whatever else the sentence aims at; a plan to pick or create them
(`신규 사업 12개를 발굴할 계획`, `30개 사업 발굴을 목표로`) is a goal, as before; so is a count
of what a project makes (`일자리 300개 제공 사업을 통해`).
"""

from __future__ import annotations

import pytest

from govreader.model import FactKind
from tests.facts_helpers import kind_fields, typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    "text",
    [
        "군은 3대 전략, 8개 과제, 46개 시책을 중심으로 인구 5개년 계획을 세워 시행하고 있다.",
        "하우스헬퍼 사업 등 6개 사업은 지난해에 이어 계속 운영하고, 나머지는 새로 추진된다.",
        "이번 평가는 도가 9개 시군, 21개 사업을 대상으로 목표달성도를 살폈다.",
        "선정된 작은도서관은 독서 토론 등 18개 프로그램을 진행할 예정이다.",
        "32개 사업 국비 확보 목표액 500억 원을 세웠다.",
    ],
)
def test_plans_run_framed_or_evaluated_are_counts(text: str) -> None:
    assert targets(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 올해 15개 사업을 선정할 계획이다.", {(15, "개", "goal")}),
        ("시는 신규 과제 12개를 발굴할 계획이다.", {(12, "개", "goal")}),
        # a count of what a project makes (jobs) is no count of plans
        ("시는 올해 일자리 300개 제공 사업을 통해 취약계층을 돕는다.", {(300, "개", "goal")}),
        (
            "시는 30개 사업 발굴을 목표로 공모를 연다.",
            {(30, "개", "goal")},
        ),
    ],
)
def test_plans_picked_or_made_are_goals(text: str, expected: set) -> None:
    assert targets(text) == expected


def test_a_framing_plan_is_still_counted() -> None:
    text = "군은 4대 전략, 27개 시책을 중심으로 계획을 세워 시행하고 있다."
    counts = {
        (fields["value"], fields["type"])
        for fields in kind_fields(text, FactKind.TARGET)
        if fields["unit"] == "개"
    }
    assert counts == {(27, "count")}
