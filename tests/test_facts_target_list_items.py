"""Targets: the items of a list counted with one counter share the type of the item that says
what was done to them (a goal's breakdown by field, a ▲ list of results, items by their means).

Sentences of our own in several wordings, beside the look-alikes the rule must leave alone.
"""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, FactKind


def targets(text: str) -> dict[float, tuple[str, str | None]]:
    """Each goal or result of `text` by value: its type and the rule that found it."""
    found = {}
    for fact in extract(Article(text=text)):
        if fact.kind != FactKind.TARGET or fact.fields["type"] == "count":
            continue
        assert text[fact.start : fact.end] == fact.text
        found[fact.fields["value"]] = (fact.fields["type"], fact.rule)
    return found


ITEM = "item of a list of one counter"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "분야별 목표는 공공 일자리(40개 사업) 2천100개, 직업훈련(6개 사업) 450개, "
            "창업지원(3개 사업) 120개 등이다.",
            2100,
            "goal",
        ),
        (
            "분야별 목표는 공공 일자리(40개 사업) 2천100개, 직업훈련(6개 사업) 450개, "
            "창업지원(3개 사업) 120개 등이다.",
            450,
            "goal",
        ),
        (
            "센터는 ▲채용 알선을 거친 구직자 420명 ▲지역 대학과 함께 연 직업훈련 과정의 "
            "수료생 180명의 취업을 도왔다.",
            420,
            "result",
        ),
        (
            "세부적으로는 ▲채용박람회 개최 등 구직 알선을 통해 830명 ▲노인 일자리와 공공근로 등 "
            "직접 일자리로 1,240명 ▲기타 사업에서 310명의 일자리를 창출했다.",
            830,
            "result",
        ),
        (
            "산업단지 입주 기업의 신규 채용으로 920개, 관광 분야 해설사 채용 등을 통해 "
            "140개의 일자리를 만들었다.",
            920,
            "result",
        ),
    ],
)
def test_items_of_one_counter_share_the_typed_item(text: str, value: float, kind: str) -> None:
    assert targets(text)[value] == (kind, ITEM)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a comparison between the counts is no list
        ("지난해 320명보다 늘어난 410명이 취업에 성공했다.", 320),
        # another clause ends between them
        ("교육에는 주민 320명이 참석했고, 이 가운데 청년 150명이 취업에 성공했다.", 320),
        # a comparison between them
        ("센터 상담사 12명, 지난해보다 많은 청년 410명의 취업을 도왔다.", 12),
    ],
)
def test_counts_outside_a_list_of_one_counter_take_no_type(text: str, value: float) -> None:
    assert value not in targets(text)


RATE = "outcome rate reached"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("인턴십 참여자의 정규직 전환율은 61%를 기록했다.", 61),
        ("참여 기업의 고용승계율은 평균 47.5%를 보였다.", 47.5),
        ("센터를 거친 구직자의 취업성공률은 31.2%로 지난해보다 3.1%포인트 상승했다.", 31.2),
        ("과정을 마친 청년의 취업률은 68%에 달했다.", 68),
    ],
)
def test_an_outcome_rate_told_as_reached_is_a_result(text: str, value: float) -> None:
    assert targets(text)[value] == ("result", RATE)


@pytest.mark.parametrize(
    "text",
    [
        "센터는 취업률 70%를 목표로 삼았고 지난해에는 65%를 달성했다.",
        "청년 구직자의 취업률 70%를 올해 목표로 세웠다.",
    ],
)
def test_an_outcome_rate_aimed_at_is_no_result_of_that_rule(text: str) -> None:
    assert targets(text).get(70, (None, None))[1] != RATE
