"""Award families learned from a second, fresh sample of real pages (round two of issue 10).

Every sentence here was written for these tests, after the shapes those pages use; near-misses
stay silent.
"""

from __future__ import annotations

from typing import Any

from govreader.facts import extract
from govreader.model import Article, FactKind


def awards(
    text: str, title: str | None = None, published: str | None = "2025-11-20"
) -> list[dict[str, Any]]:
    article = Article(text=text, title=title, published=published)
    found = [fact for fact in extract(article) if fact.kind == FactKind.AWARD]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [dict(fact.fields) for fact in found]


def named(text: str, title: str | None = None) -> set[tuple[Any, ...]]:
    """(name, prize, recipient, year) of every award."""
    return {
        (a.get("name"), a.get("prize"), a.get("recipient"), a.get("year"))
        for a in awards(text, title)
    }


def who(text: str, title: str | None = None) -> set[tuple[Any, ...]]:
    """(prize, recipient) of every award."""
    return {(a.get("prize"), a.get("recipient")) for a in awards(text, title)}


# --- verbs: any past syllable, polite endings ------------------------------------------------


def test_a_subjectless_clause_ending_in_any_past_verb_is_the_bodys() -> None:
    text = (
        "보령시는 올해 여러 평가에서 좋은 성적을 거뒀다. "
        "또 해양수산부로부터 어촌활력 평가 우수상을 받으며 저력을 보여줬다."
    )
    assert who(text) == {("우수상", "보령시")}


def test_a_polite_past_ending_tells_a_done_award() -> None:
    text = "고성군은 어촌 살리기에 힘써 왔습니다. 해양수산부 어촌활력 평가에서 우수상을 받았습니다."
    assert who(text) == {("우수상", "고성군")}
