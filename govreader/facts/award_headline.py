"""Awards told only in the headline.

`청양군, 지방재정 신속집행 평가 최우수기관 선정` as the title, and a body that tells the evaluation
and the money it brought but never the grade again: the award is the article's, so it is kept,
with its span on the body's first mention of the event (or of the winner), since a fact's span
must lie in the article text, which holds no headline; a body that mentions neither keeps none.
Only a winner the body gives no award of its own is read from the headline, so a headline never
repeats a body's award.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from govreader.facts.award_record import Award
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

ReadSentence = Callable[[Piece, int | None], list[Award]]


@finds(FactKind.AWARD, "award told in the headline", "A군, 일자리 대상 최우수상 수상", retold=True)
def headline_awards(
    title: str | None, pieces: Sequence[Piece], year: int | None, read: ReadSentence
) -> list[Award]:
    """The awards the headline `title` tells, each placed on the body `pieces`; `read` reads one
    sentence's awards."""
    if not title or not pieces:
        return []
    found = []
    for award in read(Piece(0, title), year):
        anchor = _anchor(award, pieces) if award.prize and award.recipient else None
        if anchor:
            piece, start, end = anchor
            found.append(replace(award, piece=piece, start=start, end=end, implicit=False))
    return found


def _anchor(award: Award, pieces: Sequence[Piece]) -> tuple[Piece, int, int] | None:
    """Where the body first mentions the award's event, else its winner; none when the body
    mentions neither (a headline about something the body does not tell)."""
    for word in (w for w in (award.name, award.recipient) if w):
        for piece in pieces:
            at = piece.text.find(word)
            if at >= 0:
                return piece, at, at + len(word)
    return None
