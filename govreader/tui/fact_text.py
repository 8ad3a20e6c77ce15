"""How a fact reads in the facts pane: its normalised value in a few words, not its raw span.

Pure functions of the model, so the wording is tested without a running app.
"""

from __future__ import annotations

from govreader.figures import korean_amount, number
from govreader.model import Article, Fact, FactKind

__all__ = ["KIND_LABELS", "KIND_ORDER", "describe", "korean_amount", "number"]

KIND_ORDER: tuple[FactKind, ...] = tuple(FactKind)

KIND_LABELS: dict[FactKind, str] = {
    FactKind.AWARD: "Awards",
    FactKind.PROGRAM: "Programs",
    FactKind.TARGET: "Targets",
    FactKind.AUDIENCE: "Audiences",
    FactKind.AMOUNT: "Amounts",
    FactKind.QUOTE: "Quotes",
}

TARGET_TYPES: dict[str, str] = {"goal": "목표", "result": "달성"}


def _joined(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _age_range(age_min: int | None, age_max: int | None) -> str:
    if age_min is not None and age_max is not None:
        return f"{age_min}–{age_max}세"
    if age_min is not None:
        return f"{age_min}세 이상"
    if age_max is not None:
        return f"{age_max}세 이하"
    return ""


def describe(fact: Fact, article: Article | None = None) -> str:
    """One line for the facts pane; falls back on the fact's own words when fields are unknown.

    Given its article, a result also shows how far it went against its goal.
    """
    f = fact.fields
    if fact.kind is FactKind.AWARD:
        return _joined(f.get("name"), f.get("prize"), f.get("category"), f.get("year")) or (
            fact.text
        )
    if fact.kind is FactKind.PROGRAM:
        return str(f.get("name") or fact.text)
    if fact.kind is FactKind.TARGET:
        if f.get("value") is None:
            return fact.text
        value = f"{number(f['value'])}{f.get('unit') or ''}"
        kind = f.get("type")
        if kind == "count" and f.get("label"):
            return f"{value} {f['label']}"
        words = _joined(f"{value} {TARGET_TYPES[kind]}" if kind in TARGET_TYPES else value)
        if kind == "result":
            goal = _nearest_goal(fact, article) if article is not None else None
            if goal is not None:
                words += f" ({round(100 * f['value'] / goal.fields['value'])}%)"
        label = f.get("label")
        return _joined(words, label if label and str(label) not in words else None)
    if fact.kind is FactKind.AUDIENCE:
        return _joined(_age_range(f.get("age_min"), f.get("age_max")), fact.text)
    if fact.kind is FactKind.AMOUNT:
        if f.get("value") is None:
            return fact.text
        unit = f.get("unit") or ""
        shown = korean_amount(f["value"]) if unit == "원" else number(f["value"])
        return f"{shown} {unit}".strip()
    speaker = f.get("speaker")
    return f"{speaker}: {fact.text}" if speaker else fact.text


def _nearest_goal(result: Fact, article: Article) -> Fact | None:
    """The nearest goal in the same unit, in the same paragraph as the result."""
    best: Fact | None = None
    for goal in article.facts:
        if (
            goal.kind is not FactKind.TARGET
            or goal.fields.get("type") != "goal"
            or goal.fields.get("unit") != result.fields.get("unit")
            or not goal.fields.get("value")
        ):
            continue
        lo, hi = sorted((goal.end, result.start))
        if "\n\n" in article.text[lo:hi]:
            continue
        if best is None or abs(goal.start - result.start) < abs(best.start - result.start):
            best = goal
    return best
