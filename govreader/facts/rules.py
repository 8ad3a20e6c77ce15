"""Which rule found a fact: each kind's families of sentences, a name and an example apiece.

A finder declares the families it reads with `rule(kind, name, example)` beside its code, and
passes the rule's name where it makes a fact (`Piece.fact(..., rule=RULE.name)`); a finder
that returns records merged later (awards) is marked with `@finds(kind, name, example)`
instead. The fact carries the name in `Fact.rule`, which is no part of the facts contract: only
`govreader facts --explain` shows it. `table(kind)` lists a kind's rules in the order they
were declared, so the names the tests assert are the names the reader is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, ParamSpec, Protocol, TypeVar

from govreader.model import FactKind


@dataclass(frozen=True, slots=True)
class Rule:
    """One family of sentences that a finder reads as facts of `kind`, with a sentence of it."""

    kind: FactKind
    name: str
    example: str


_TABLES: dict[FactKind, dict[str, Rule]] = {kind: {} for kind in FactKind}


def rule(kind: FactKind, name: str, example: str) -> Rule:
    """The rule `name` of `kind`, declared once; a second rule of that name is a mistake."""
    declared = _TABLES[kind].setdefault(name, Rule(kind, name, example))
    if declared.example != example:
        raise ValueError(f"two {kind} rules are named {name!r}")
    return declared


def table(kind: FactKind) -> tuple[Rule, ...]:
    """The rules of `kind` declared so far (all of them once `govreader.facts` is imported)."""
    return tuple(_TABLES[kind].values())


class _Record(Protocol):
    rule: str | None


P = ParamSpec("P")
Found = TypeVar("Found", bound="list[Any] | _Record | None")


def finds(
    kind: FactKind, name: str, example: str, retold: bool = False
) -> Callable[[Callable[P, Found]], Callable[P, Found]]:
    """Declare the rule `name` and mark a finder returning records (a list, one or None) as
    reading its family: each record returned without a rule takes its name. With `retold`, the
    records are earlier ones told again (`N년 만에`, the headline) and take it over their own."""
    found_by = rule(kind, name, example).name

    def mark(finder: Callable[P, Found]) -> Callable[P, Found]:
        @wraps(finder)
        def named(*args: P.args, **kwargs: P.kwargs) -> Found:
            found = finder(*args, **kwargs)
            records: list[Any] = found if isinstance(found, list) else [found] if found else []
            for record in records:
                if retold or record.rule is None:
                    record.rule = found_by
            return found

        return named

    return mark
