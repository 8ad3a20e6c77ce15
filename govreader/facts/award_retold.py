"""Awards told again: a prize won years before (`N년 만에 다시`) or the same prize in earlier
years (`2020년과 2022년에도 같은 상을`), and when two ways of writing a grade are one grade."""

from __future__ import annotations

import re
from dataclasses import replace

from govreader.facts.award_history import YEAR_RE, year_before
from govreader.facts.award_prizes import PRIZE_RE, grade_of
from govreader.facts.award_reading import VERB_RE
from govreader.facts.award_record import Award
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# What two ways of writing one grade leave out (`최우수 등급`, `최우수기관`).
_GRADE_CORE_RE = re.compile(r"\s|등급$|기관$")
# `같은 상을`, `같은 평가에서도`: the award told before, won again.
_SAME_PRIZE_RE = re.compile(r"같은\s(?:상|평가|대회|시상식)(?:을|를|에서|에)")


@finds(
    FactKind.AWARD,
    "won again after years",
    "2019년 이후 4년 만에 다시 최우수상을 받았다",
    retold=True,
)
def won_before(
    piece: Piece, told: list[Award], before: list[Award], year: int | None
) -> list[Award]:
    """`2022년 이후 3년 만에 다시 최우수상을 받았다`, `… 1등급을 받았다. 2014년 이후 11년 만이다`:
    the prize told after the phrase (or the last one the sentence before told) was won in that
    year too."""
    since = year_before(piece.text, year)
    if since is None:
        return []
    graded = [a for a in told if a.prize]
    later = [a for a in graded if a.end > since[1]] or graded[-1:]
    if not later:
        # Not told again here: the award told before, of the grade written after the phrase.
        grade = PRIZE_RE.search(piece.text, since[2])
        graded_alike = [a for a in before if grade and same_grade(a.prize, grade_of(grade))]
        later = graded_alike[-1:] or ([] if grade else before[-1:])
    if not later or later[0].year == since[0]:
        return []
    year_then, start, end = since
    return [
        replace(later[0], start=start, end=end, piece=piece, year=year_then, dated=True,
                past=True)
    ]  # fmt: skip


@finds(
    FactKind.AWARD,
    "same prize in earlier years",
    "2020년과 2022년에도 같은 상을 받은 바 있다",
    retold=True,
)
def same_prize_again(piece: Piece, told: list[Award], kept: list[Award]) -> list[Award]:
    """`시는 2019년과 2021년에도 같은 상을 받은 바 있다`: the award told last, won in each of the
    years the sentence names."""
    if told or not kept or not _SAME_PRIZE_RE.search(piece.text):
        return []
    if not VERB_RE.search(piece.text):
        return []
    last = kept[-1]
    years = sorted({int(m.group(1)) for m in YEAR_RE.finditer(piece.text)} - {last.year})
    return [
        replace(last, start=0, end=len(piece.text), piece=piece, year=year, dated=True, past=True)
        for year in years
    ]


def same_grade(a: str | None, b: str | None) -> bool:
    """`최우수 등급`, `최우수` and `최우수기관` of one evaluation are one grade, and so are
    `특별상` and `도정협력 특별상`."""
    if a == b:
        return True
    if not a or not b:
        return False
    qualified = a.endswith(f" {b}") or b.endswith(f" {a}")
    return qualified or _GRADE_CORE_RE.sub("", a) == _GRADE_CORE_RE.sub("", b)
