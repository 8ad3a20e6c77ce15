"""The facts pane's lines: each is a place to jump to, so two alike must not read as one fact
listed twice (a walk through the samples found a program named twice listed twice as it was)."""

from __future__ import annotations

from govreader.model import Article, Fact, FactKind
from govreader.tui.widgets.facts_pane import _described


def test_a_fact_described_as_an_earlier_one_of_its_kind_says_again() -> None:
    text = "2025년 청년마을 사업을 연다. 청년마을 사업은 15곳을 목표로 한다."
    named = {"name": "2025년 청년마을 사업"}
    first = Fact(FactKind.PROGRAM, 0, 13, text[0:13], named)
    second = Fact(FactKind.PROGRAM, 19, 26, text[19:26], named)
    told: set[str] = set()
    article = Article(text=text, title=None)
    assert _described(first, article, told) == "2025년 청년마을 사업"
    assert _described(second, article, told) == "2025년 청년마을 사업 (again)"
    assert _described(first, article, set()) == "2025년 청년마을 사업"  # each kind told apart
