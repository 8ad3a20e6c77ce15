"""The body an article is about: the subject its first sentence opens with; and who ran an
event the article names (`X 주관`, or the subject that held it).

Why a module of its own: `구는 …`, `시는 …` and subjectless sentences mean that body, and the
kinds read it from the context (`context`); finding it (past a prize, a staff member or a
meeting written where the subject goes) is one job, apart from finding the events a page names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_prizes import PRIZE_RE
from govreader.facts.award_reading import agents_before, organizer_of, without_brackets
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

# `행정안전부는 … 평가 결과를 발표했다`, `… 시상식을 개최했다`: the subject held the event.
_HOSTED_RE = re.compile(
    r"(?:결과|시상식|대회|평가)(?:을|를)\s(?:\S+\s){0,3}?(?:발표|공개|개최|열었|실시|진행)"
)
_HOST_RE = re.compile(
    r"[가-힣]{1,12}(?:부|처|청|원|위원회|회|공사|공단|재단|협회|연구원|신문|일보)$"
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


def organizer(text: str, name_at: int) -> str | None:
    """Who ran the event: `X 주관/주최`, a body whose clause runs into the name, `X로부터`, or
    the subject of a sentence saying it announced or held it (`행정안전부는 … 발표했다`)."""
    found = organizer_of(text, agents_before(text, name_at))
    if found:
        return found
    subject = SUBJECT_RE.match(text) or SUBJECT_RE.search(text, 0, SUBJECT_WINDOW)
    if subject and _HOSTED_RE.search(text) and _HOST_RE.search(subject.group("word")):
        return subject.group("word")
    return None
