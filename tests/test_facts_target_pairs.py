"""Targets: the first of two counts joined by 과/와 takes the type of the second, also when the
second is typed only as an item of the list after it, and when an age names the second item.

Sentences of our own, beside the look-alikes the pair must leave alone.
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


NEXT = "shares the next count's type"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # the second item is typed by the list after it, the first by the second
        (
            "선발 인원은 구청이 뽑는 전일제(주 5일) 20명과 시간제(주 3일) 15명, "
            "복지관을 통해 뽑는 복지형 일자리 30명이다.",
            20,
            "goal",
        ),
        (
            "채용 규모는 상담 인력 6명과 현장 인력 14명, 협약 기관을 거쳐 채용하는 행정 보조 "
            "인력 5명이다.",
            6,
            "goal",
        ),
        # an age names the second item
        ("만 60세 미만 25명과 60세 이상 40명을 나눠 선발한다.", 25, "goal"),
        ("19세 이상 청년 18명과 65세 이상 어르신 22명을 새로 채용했다.", 18, "result"),
    ],
)
def test_the_first_of_a_pair_shares_the_second_type(text: str, value: float, kind: str) -> None:
    assert targets(text)[value] == (kind, NEXT)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # attendance: neither count is a target
        ("설명회에는 60세 이상 주민 120명과 60세 미만 주민 80명이 참석했다.", 120),
        # a comparison between the counts
        ("지난해 15명과 비교해 올해는 65세 이상 20명을 선발한다.", 15),
    ],
)
def test_counts_beside_an_untyped_or_compared_pair_take_no_type(text: str, value: float) -> None:
    assert value not in targets(text)
