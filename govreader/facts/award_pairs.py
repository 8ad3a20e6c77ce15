"""Winners paired with their grades in one run: `A가 최우수상, B가 우수상, C가 장려상으로 선정됐다`.

Results releases often pair each winner with its grade, subject by subject, and close the run
with one receiving verb: `조사에서는 A원이 최우수상, B부가 우수상으로 선정돼`, `A소가 최우수 기관,
B단과 C실이 우수기관 등 3개 기관을`, `A반이 최우수상을, B회에서 우수상을 수상해`. Each pair is a
subject (이/가, or 에서 for a body) right before a grade; the subject runs back to the grade before
it, a comma or the clause that opens the run (`조사에서는`, `결과`). Two pairs or more make the
layout, so a subject counts without being a known kind of body (`육본 민원실`), as long as it is
a short noun phrase and no clause.
"""

from __future__ import annotations

import re

from govreader.facts.award_prizes import PRIZE_WORDS, grade_of
from govreader.facts.award_reading import VERB_RE, is_planned, without_brackets
from govreader.facts.award_record import Award
from govreader.facts.award_who_list import who_list
from govreader.facts.award_winner_words import is_person_or_body
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# A grade closed by the next pair, the run's end or its count (`우수기관 등 3개 기관을`).
_GRADE_RE = re.compile(PRIZE_WORDS + r"(?=[’']?\s?(?:,|등\s|으로|로|을|를|에|$))")
# Receiving, or choosing by the organizer: the pairs say who got which grade either way.
_CHOSEN_RE = re.compile(r"선발|선정|뽑")
# The subject marker right before a grade (`A원이 최우수상`, `B회에서 우수상을`).
_MARKER_RE = re.compile(r"(?:이|가|에서)\s$")
# Words whose last syllable reads like a subject marker (`평가 최우수상`, `참가`).
_EVENT_END_RE = re.compile(r"(?:평가|참가|추가|증가|국가|대가|작가)\s$")
# Where a run's first subject starts: after a comma, or after the clause that opens the run.
_OPENING_RE = re.compile(r"(?:,|에서는|에서도|결과|부문은|분야는|중에서는)\s")
# A word of a subject: no verb, count or particle ending, no grade.
_NOT_A_SUBJECT_RE = re.compile(
    r"[0-9]|(?:한|된|힌|린|는|던|할|하고|하며|해|하여|를|을|의|에|으로|로|와|과|도|만)$"
    r"|상$|우수|대상|장려|평가|표창|부문|분야|대회|공모|경진|조사|심사|시상|어워|인증|[‘’“”'\"]"
)
_MAX_WORDS = 4
# What may stand between one pair's grade and the next pair's subject: a particle and a comma.
_GAP_RE = re.compile(r"[’']?(?:을|를|으로|로|에|과|와)?\s?,?\s?")


@finds(FactKind.AWARD, "winners paired with grades", "A원이 최우수상, B부가 우수상으로 선정돼")
def paired_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """The (subject, grade) pairs of a run of two or more, each an award."""
    text, where = without_brackets(piece.text)
    if is_planned(text) or not (VERB_RE.search(text) or _CHOSEN_RE.search(text)):
        return []
    found: list[Award] = []
    boundary = 0
    for prize in _GRADE_RE.finditer(text):
        marker = _MARKER_RE.search(text, max(boundary, prize.start() - 4), prize.start())
        # (the word ends at the marker: read from just before it, not from the sentence's start)
        if marker and _EVENT_END_RE.search(text, max(0, marker.end() - 8), marker.end()):
            marker = None  # `… 확인조사 평가 최우수상`: an event's word, no subject
        subject = _subject(text, boundary, marker.start()) if marker else None
        if (
            subject
            and marker
            and marker.group().startswith("에서")
            and not is_person_or_body(subject)
        ):
            subject = None  # `A 사업에서 대상을`: 에서 marks a body only
        start = marker.start() - len(subject) if marker and subject else 0
        if boundary and not _GAP_RE.fullmatch(text, boundary, start):
            subject = None  # `A가 우수상에 선정됐으며, B가 장려상을`: two clauses, no run
        if marker and subject:
            for who in who_list(subject):
                found.append(
                    Award(where[start], where[prize.end() - 1] + 1, piece,
                          prize=grade_of(prize), recipient=who, year=published_year)
                )  # fmt: skip
        boundary = prize.end()
    return found if len({a.prize for a in found}) >= 2 else []


def _subject(text: str, boundary: int, end: int) -> str | None:
    """The subject ending at `end`: the words back to `boundary`, the clause that opens the
    run or the clause that describes the subject (`대회에 참가한 A반이`), a few at most."""
    openings = [m.end() for m in _OPENING_RE.finditer(text, boundary, end)]
    words = text[openings[-1] if openings else boundary : end].strip(" ,").split()
    kept: list[str] = []
    for word in reversed(words):
        joined = kept and word.endswith(("과", "와"))  # `B단과 C실이`
        if _NOT_A_SUBJECT_RE.search(word) and not joined:
            break
        if len(kept) == _MAX_WORDS:
            return None  # a subject longer than a few words is no pair's
        kept.insert(0, word)
    return " ".join(kept) or None
