"""Targets: a firm's hiring plan and an investment's job effect, said in the plain present.

`120명을 신규 고용한다` is a plan like `채용한다`; `일자리 500개를 만든다` and
`청년 30명을 키운다` too. An investment's jobs told as its effect are a goal when expected
(`고용 효과가 있을 것으로`) and a result when reached (`고용 효과를 거뒀다`). Sentences are
our own.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A사는 산업단지에 공장을 지어 120명을 신규 고용한다.", {(120, "명", "goal")}),
        (
            "B사는 물류센터를 세워 85명을 고용하고, C사는 40명을 새로 고용키로 했다.",
            {(85, "명", "goal"), (40, "명", "goal")},
        ),
        ("시는 올해 청년 일자리 700개를 만든다.", {(700, "개", "goal")}),
        ("군은 내년까지 농업 후계자 45명을 키운다.", {(45, "명", "goal")}),
        ("도는 이번 협약으로 2천여 명의 고용 효과가 있을 것으로 내다봤다.", {(2000, "명", "goal")}),
        ("도가 유치한 기업들은 3만여 명의 고용 효과를 거뒀다.", {(30000, "명", "result")}),
        ("지난해 입주 기업들이 모두 260명을 신규 고용했다.", {(260, "명", "result")}),
        # a staff a firm keeps now is no plan and no result
        ("이 회사는 현재 직원 90명을 고용하고 있다.", set()),
    ],
)
def test_hiring_plans_and_job_effects(text: str, expected: set) -> None:
    assert targets(text) == expected
