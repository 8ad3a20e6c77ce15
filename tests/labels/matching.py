"""Matching predicted facts to labelled ones, kind by kind, for precision / recall / F1.

Each page's predictions and labels are compared as sets of distinct items, because a page states
the same fact in several sentences and labels list it once:
- award: the label's prize within the predicted one (both may be null), the same year, and the
  recipients overlap (one normalised recipient contains the other), or, when either recipient
  is missing, the names overlap;
- program: normalised names equal, or one contains the other (the shorter at least 3 characters);
- target: same value, the same unit (one contains the other: `팀` / `개 팀`) and the same type;
- audience: normalised texts equal or containing one another, or sharing half their words;
- amount: same value.
Targets of `type: "count"` (28개 주요사업, 13년 연속) are left out: LABELING.md labels goals and
results only, so counts are checked by the sentence-family tests instead.
Normalising drops whitespace, quote marks and middle dots. A prediction is correct when it
matches some label; a label is found when some prediction matches it. A correct program or
audience that is only a piece of its label (`만들기 사업` for `청년마을 만들기 사업`) is also
listed as partial: containment lets it count, but a reader sees a cut name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from govreader.model import Fact, FactKind

_DROP = re.compile(r"[\s'\"‘’“”`·‧ㆍ・]")

KINDS = ("award", "program", "target", "audience", "amount")
LABEL_KEYS = {
    "award": "awards",
    "program": "programs",
    "target": "targets",
    "audience": "audiences",
    "amount": "amounts",
}


def norm(text: str | None) -> str:
    return _DROP.sub("", text or "").lower()


def _overlap(a: str | None, b: str | None, shortest: int = 2) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b or min(len(a), len(b)) < shortest:
        return False
    return a in b or b in a


def _cut(pred: str, gold: str) -> bool:
    """`pred` is a strict piece of `gold`, missing words the label has."""
    a, b = norm(pred), norm(gold)
    return a != b and a in b


def _award(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    # As the owner's score.py counts: the label's grade within the predicted prize, so a grade
    # with its body word as written (`우수 시군`) matches the label `우수`.
    if gold.get("prize") and norm(gold["prize"]) not in norm(pred.get("prize")):
        return False
    if not gold.get("prize") and pred.get("prize"):
        return False
    if pred.get("year") and gold.get("year") and pred["year"] != gold["year"]:
        return False
    if pred.get("recipient") and gold.get("recipient"):
        return _overlap(pred["recipient"], gold["recipient"])
    return _overlap(pred.get("name"), gold.get("name"), 3)


def _program(pred: str, gold: str) -> bool:
    return _overlap(pred, gold, 3)


def _target(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    if abs(float(pred["value"]) - float(gold["value"])) > 1e-6:
        return False
    return _overlap(pred.get("unit"), gold.get("unit"), 1) and pred.get("type") == gold.get("type")


def _audience(pred: str, gold: str) -> bool:
    if _overlap(pred, gold, 2):
        return True
    a, b = set(pred.split()), set(gold.split())
    return bool(a and b) and len(a & b) * 2 >= max(len(a), len(b))


def _amount(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    return abs(float(pred["value"]) - float(gold["value"])) < 0.5


MATCHERS: dict[str, Callable[[Any, Any], bool]] = {
    "award": _award,
    "program": _program,
    "target": _target,
    "audience": _audience,
    "amount": _amount,
}


def predicted(facts: Iterable[Fact], kind: str) -> list[Any]:
    """Distinct predictions of one kind, in the labels' shape."""
    items: list[Any] = []
    for fact in facts:
        if fact.kind != FactKind(kind) or fact.fields.get("type") == "count":
            continue
        if kind == "program":
            item: Any = fact.fields.get("name") or fact.text
        elif kind == "audience":
            item = fact.text
        else:
            item = dict(fact.fields)
        if item not in items:
            items.append(item)
    return items


@dataclass
class Score:
    """Counts for one kind over many pages, with the misses kept for the report."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    labelled: int = 0
    wrong: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, page: str, preds: list[Any], golds: list[Any], match: Callable) -> None:
        self.predicted += len(preds)
        self.labelled += len(golds)
        for pred in preds:
            matched = [gold for gold in golds if match(pred, gold)]
            if matched:
                self.correct += 1
                if isinstance(pred, str) and all(_cut(pred, gold) for gold in matched):
                    self.partial.append(f"{page}: {pred} (label {matched[0]})")
            else:
                self.wrong.append(f"{page}: {pred}")
        for gold in golds:
            if any(match(pred, gold) for pred in preds):
                self.found += 1
            else:
                self.missed.append(f"{page}: {gold}")

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
