"""One award as it is read from a sentence, before the article merges its mentions into facts.

Kept apart so that every sentence shape (`award_told`, `award_lists`) builds the same record.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

# What the reading needs and a fact does not carry.
_READING = frozenset({"start", "end", "piece", "dated", "implicit", "past", "by_category"})


@dataclass
class Award:
    start: int
    end: int
    piece: Piece
    name: str | None = None
    prize: str | None = None
    category: str | None = None
    organizer: str | None = None
    recipient: str | None = None
    year: int | None = None
    dated: bool = False
    # No subject in a sentence that ends in a past verb: the body the article is about.
    implicit: bool = False
    # Won years before and told only as `N년 만에`: never one with this year's award.
    past: bool = False
    # Told as a category's winner with no grade: the grade is the one the award's name carries.
    by_category: bool = False
    # The family of sentences it was read from (`facts.rules`), set by the finder's `@finds`.
    rule: str | None = None

    def fact(self) -> Fact:
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _READING}
        return self.piece.fact(FactKind.AWARD, self.start, self.end, **values)
