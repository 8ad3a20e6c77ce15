"""The body an article is about: the subject its first sentence opens with.

Why a module of its own: `구는 …`, `시는 …` and subjectless sentences mean that body, and the
kinds read it from the context (`context`); finding it (past a prize, a staff member or a
meeting written where the subject goes) is one job, apart from finding the events a page names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_prizes import PRIZE_RE
from govreader.facts.award_reading import without_brackets
from govreader.facts.award_recipients import (
    NOUNS_ENDING_LIKE_PARTICLES,
    SUBJECT_RE,
    SUBJECT_WINDOW,
)
from govreader.facts.award_winner_words import is_person, is_place
from govreader.facts.phrases import is_plain_word
from govreader.facts.sentences import Piece

_VERB_STEMS = ("하", "되", "있", "없", "했", "라")
_LOCAL_GOVERNMENT_RE = re.compile(
    r"(?<![가-힣])[가-힣]{1,5}(?:특례시|광역시|특별자치시|특별자치도|시|군|구)(?![가-힣])"
)


def lead_subject(pieces: Sequence[Piece]) -> str | None:
    """The body the article is about: the subject of its first sentence (`경상남도는 …` →
    경상남도); when that subject is a staff member, the places their phrase opens with
    (`부산 북구 복지정책과 이수민 주무관이` → 부산 북구), never the person or their title."""
    if not pieces:
        return None
    text, _ = without_brackets(pieces[0].text)
    # `… 운영평가 결과 A등급`, `선정되는`: 평가 and a verb end like a subject but are none.
    match = next(
        (
            m
            for m in SUBJECT_RE.finditer(text[:SUBJECT_WINDOW])
            if not m.group().strip().endswith(NOUNS_ENDING_LIKE_PARTICLES)
            and not m.group("word").endswith(_VERB_STEMS)
        ),
        None,
    )
    if match is None:
        return None
    word = match.group("word")
    if re.search(r"(?:[와과,·])\s?$", text[: match.start("word")]):
        return None  # `천안시와 아산시가`: the article is about both
    if not word or not (is_plain_word(word) or is_place(word)) or len(word) < 2:
        return None
    if PRIZE_RE.fullmatch(word):
        return None  # `최우수상은 A와 B가 받았다`: a prize, not a body
    if not is_place(word):
        # `김천시 … 중간 보고회가 열렸다`: a meeting is no body; the local government is.
        local = _LOCAL_GOVERNMENT_RE.search(text[: match.start("word")])
        if local:
            return local.group()
    words = text[: match.start("word")].split()
    if words and is_person(f"{words[-1]} {word}"):
        places = []
        for place in words:
            if not is_place(place):
                break
            places.append(place)
        return " ".join(places) or None
    return word
