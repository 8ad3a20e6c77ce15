"""Targets: the shares a survey counts. Only users satisfied with the service are a result; what
the people asked think or are, and the unsatisfied, are no target. Sentences are our own.
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
        # an opinion of a policy, with a goal word later in the sentence
        (
            "전국 성인 900명을 대상으로 조사한 결과, 응답자의 3분의 2가 넘는 71.5%는 올해 정부가"
            " 목표로 하는 일자리 20만개가 부족하다고 답했다.",
            set(),
        ),
        # who the people asked are
        ("조사 가구의 64.2%가 귀촌 가구로 나타났다.", set()),
        ("설문 참여자 중 38%는 주말 운영을 원한다고 응답했다.", set()),
        # the unsatisfied answer of a satisfaction survey
        (
            "시정 만족도를 물어본 결과 ‘불만족’이라는 부정 평가는 12.4%로 집계됐다.",
            set(),
        ),
    ],
)
def test_survey_answers_other_than_satisfaction_are_no_targets(text: str, expected: set) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이용자 조사에서 응답자의 88.4%가 교육 과정에 만족한다고 답했다.",
            {(88.4, "%", "result")},
        ),
        (
            "만족도 조사에서 응답 주민의 79%가 ‘다시 참여하겠다’고 응답했다.",
            {(79, "%", "result")},
        ),
        # not a survey's share: a goal stays
        ("구는 고용률 목표를 68.5%로 정했다.", {(68.5, "%", "goal")}),
    ],
)
def test_satisfaction_shares_and_other_rates_stay(text: str, expected: set) -> None:
    assert targets(text) == expected


def test_a_kept_satisfaction_share_spans_its_figure() -> None:
    text = "이용자 조사에서 응답자의 88.4%가 교육 과정에 만족한다고 답했다."
    found = [fact for fact in extract(Article(text=text)) if fact.kind == FactKind.TARGET]
    assert [(fact.text, text[fact.start : fact.end]) for fact in found] == [("88.4%", "88.4%")]
