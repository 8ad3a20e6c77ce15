"""One reader of an article's facts for the sentence tests of every kind."""

from __future__ import annotations

from typing import Any

from govreader.facts import extract
from govreader.model import Article, FactKind


def kind_fields(
    text: str, kind: FactKind, title: str | None = None, published: str | None = None
) -> list[dict[str, Any]]:
    """The fields of every `kind` fact in `text`, in order; every span must be exact."""
    found = [
        fact
        for fact in extract(Article(text=text, title=title, published=published))
        if fact.kind == kind
    ]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [dict(fact.fields) for fact in found]


def typed_targets(text: str) -> set[tuple[float, str, str]]:
    """(value, unit, type) of every goal or result in `text` (counts left out)."""
    return {
        (fields["value"], fields["unit"], fields["type"])
        for fields in kind_fields(text, FactKind.TARGET)
        if fields["type"] != "count"
    }


def audience_texts(text: str) -> list[str]:
    """The text of every audience the audience reader finds in `text`, in order; spans exact."""
    from govreader.facts import audience
    from govreader.facts.sentences import sentences

    facts = list(audience.find(list(sentences(text))))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return [fact.text for fact in facts]


def program_names(text: str) -> set[str]:
    """The name of every program found in `text`; spans must be exact."""
    return {fields["name"] for fields in kind_fields(text, FactKind.PROGRAM)}


def program_rules(text: str) -> dict[str, str | None]:
    """Each program's name in `text` with the rule that found it; spans must be exact."""
    found = [fact for fact in extract(Article(text=text)) if fact.kind == FactKind.PROGRAM]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return {str(fact.fields["name"]): fact.rule for fact in found}


def award_winners(text: str) -> set[tuple[str | None, str | None]]:
    """(prize, recipient) of every award in `text`, told in an article of 2025-11-20."""
    return {
        (a.get("prize"), a.get("recipient"))
        for a in kind_fields(text, FactKind.AWARD, published="2025-11-20")
    }
