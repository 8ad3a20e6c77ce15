"""The shared vocabulary of every layer: a loaded page, a cleaned article, and its facts.

Plain dataclasses with validation only; no layer-specific logic lives here so that every layer
can import this module without pulling in any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class PageFormat(StrEnum):
    HTML = "html"
    MHTML = "mhtml"
    TEXT = "text"


class FactKind(StrEnum):
    AWARD = "award"
    PROGRAM = "program"
    TARGET = "target"
    AUDIENCE = "audience"
    AMOUNT = "amount"
    QUOTE = "quote"


FACT_FIELDS: dict[FactKind, tuple[str, ...]] = {
    FactKind.AWARD: ("name", "prize", "category", "organizer", "recipient", "year"),
    FactKind.PROGRAM: ("name",),
    FactKind.TARGET: ("value", "unit", "type", "label"),
    FactKind.AUDIENCE: ("age_min", "age_max"),
    FactKind.AMOUNT: ("value", "unit"),
    FactKind.QUOTE: ("speaker",),
}
"""The kind-specific fields of the facts contract (DESIGN.md), in output order."""


class PageError(Exception):
    """A page that cannot be read; `reason` is one short line meant for the user."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True, slots=True, eq=False)
class Page:
    """A saved page decoded to text: what ingest hands to clean. Compared by identity: nothing
    compares or hashes pages, and each generated method is compiled as the reader starts."""

    path: Path
    text: str
    format: PageFormat
    encoding: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One highlighted fact: an exact span of `Article.text` and its kind's fields.

    `rule` names the family of sentences that found it (`govreader facts --explain`); it is no
    part of the facts contract, so equality and `to_dict` leave it out."""

    kind: FactKind
    start: int
    end: int
    text: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    rule: str | None = field(default=None, compare=False, repr=False)

    __hash__ = None  # type: ignore[assignment]
    """Unhashable, as its `fields` (a dict) always made it, without compiling a `__hash__`."""

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError("fact text does not match its span")
        unknown = set(self.fields) - set(FACT_FIELDS[self.kind])
        if unknown:
            raise ValueError(f"unknown {self.kind} fields: {sorted(unknown)}")

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object: every field of the kind present, unknown ones as None."""
        out: dict[str, Any] = {
            "kind": str(self.kind),
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        for name in FACT_FIELDS[self.kind]:
            out[name] = self.fields.get(name)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fact:
        kind = FactKind(data["kind"])
        fields = {k: data[k] for k in FACT_FIELDS[kind] if data.get(k) is not None}
        return cls(kind, int(data["start"]), int(data["end"]), str(data["text"]), fields)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: metadata, body text (paragraphs split by a blank line) and its facts."""

    text: str
    title: str | None = None
    subtitle: str | None = None
    reporter: str | None = None
    published: str | None = None
    source: str | None = None
    path: str | None = None
    facts: tuple[Fact, ...] = ()

    def __post_init__(self) -> None:
        for fact in self.facts:
            if self.text[fact.start : fact.end] != fact.text:
                raise ValueError(f"fact {fact.kind} span does not match the article text")

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    def to_dict(self) -> dict[str, Any]:
        """The facts contract's object for one input file (DESIGN.md)."""
        return {
            "path": self.path,
            "title": self.title,
            "subtitle": self.subtitle,
            "reporter": self.reporter,
            "published": self.published,
            "source": self.source,
            "text": self.text,
            "facts": [fact.to_dict() for fact in self.facts],
        }
