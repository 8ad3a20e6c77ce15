"""Targets: a body's own employment rate set among what it achieved is a result; the rate only
reported, aimed at or changed is not. Sentences are our own.
"""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, FactKind
from tests.facts_helpers import typed_targets

targets = typed_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rate beside another count that shares the achieving verb
        (
            "군은 지난해 고용률(15~64세) 71.2%, 취업자 4만1200명을 달성했다.",
            {(71.2, "%", "result"), (41200, "명", "result")},
        ),
        # the rate as a topic, in a sentence that tells of an achievement
        (
            "시는 일자리 3200개를 만들었고, 고용률은 66.4%로 도내 시군 가운데 두 번째로"
            " 높은 성과를 거뒀다.",
            {(3200, "개", "result"), (66.4, "%", "result")},
        ),
        # the rate with its change and a ranking before the achievement
        (
            "평균 고용률이 전년 대비 0.6%p 오른 65.9%로 광역시 가운데 3위를 차지하는"
            " 성과를 거뒀다.",
            {(65.9, "%", "result")},
        ),
    ],
)
def test_own_employment_rate_achieved_is_a_result(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # reported only: a labour statistic
        "통계청 발표에 따르면 도내 고용률은 63.8%로 나타났다.",
        # reported beside a program's own figures, with no achievement told
        "지난해 시의 고용률은 64.5%였고, 일자리센터는 구직자 상담을 이어갔다.",
    ],
)
def test_employment_rate_reported_or_changed_is_no_result(text: str) -> None:
    assert targets(text) == set()


def test_a_rate_aimed_at_stays_a_goal() -> None:
    text = "시는 고용률 70% 달성을 목표로 일자리 정책을 펼쳐 큰 성과를 거뒀다."
    assert targets(text) == {(70, "%", "goal")}


def test_an_achieved_rate_spans_its_figure() -> None:
    text = "군은 지난해 고용률(15~64세) 71.2%, 취업자 4만1200명을 달성했다."
    found = [fact for fact in extract(Article(text=text)) if fact.kind == FactKind.TARGET]
    spans = {text[fact.start : fact.end] for fact in found}
    assert "71.2%" in spans
