"""The people a clause is about: the subject before a trigger, or the topic of the clause before.

Why a module of its own: several audience triggers (`X이 신청할 수 있다`, `X이 … 수 있도록
지원`, `X에 한해`) name their audience as the clause's subject, written words before the trigger,
past adverbs and objects, or in the serial clause before it (`X이 모임을 구성해 신청하면`), or
before 또한. Finding that subject is one job, apart from deciding which triggers count
(`audience`).
"""

from __future__ import annotations

import re

from govreader.facts.audience_phrase import phrase
from govreader.facts.audience_words import AGE_RE, HEAD_RE

_TOPIC_MARK_RE = re.compile(r"\S(?:은|는)\s")
_WORD_RE = re.compile(r"\S+")
_SERIAL_RE = re.compile(r"(?:고|해|하여),?\s$")
_TOPIC_RE = re.compile(r"(?<!\S)(\S+?)(?:은|는|이|가)\s")
_ALSO_BEFORE_RE = re.compile(r"(\S{1,20})\s(?:또한|역시)\s$")
_SUBJECT_END_RE = re.compile(r"(?:이면|이라면|라면|이|가|은|는|도|만)$")
_CLAUSE_CUT_RE = re.compile(
    r"(?:[.;:!?]|다|고|며|하여|해|(?<!에)서|록|는데|지만|위해|통해|따라|및)[,]?\s"
    r"|(?:^|\s)(?:또한|특히|아울러|이에|한편|또)\s"
    r"|(?:(?<![가지])구|[시군도청]|(?<![부산농어주])부|\))(?:은|는)\s"
)
_WINDOW = 90
# `… 수급권자이며 … 방문 또는 전화로 신청할 수 있다`: a conjunction ending like 는 marks no
# subject.
_CONJUNCTIONS = frozenset(("또는", "혹은"))


def clause_start(text: str, end: int) -> int:
    window_start = max(0, end - _WINDOW)
    cuts = list(_CLAUSE_CUT_RE.finditer(text, window_start, end))
    return cuts[-1].end() if cuts else window_start


def _people_word(text: str, word_start: int, word_end: int) -> tuple[int, int] | None:
    """The phrase ending at `word_end` if it names people (`… 임산부 등이` counts too)."""
    span = phrase(text, word_end)
    stem = text[word_start:word_end]
    found = text[span[0] : span[1]]
    if HEAD_RE.search(stem) or HEAD_RE.search(found) or AGE_RE.search(found):
        return span
    return None


def subject_before(text: str, trigger: int) -> tuple[int, int] | None:
    """The people noun marked as subject nearest before `trigger`, with its phrase."""
    clause = clause_start(text, trigger)
    position = trigger
    for _ in range(10):
        if position <= clause:
            return _also_before(text, clause) or _topic_before(text, clause)
        space = text.rfind(" ", clause, position - 1)
        word_start = space + 1 if space >= clause else clause
        word = text[word_start:position].strip()
        ending = _SUBJECT_END_RE.search(word)
        if ending and word not in _CONJUNCTIONS:
            found = _people_word(text, word_start, word_start + ending.start())
            if found:
                return found
        if word_start <= clause:
            return _also_before(text, clause) or _topic_before(text, clause)
        position = word_start
    return None


def _also_before(text: str, clause: int) -> tuple[int, int] | None:
    """`65세 이상 어르신 또한 … 감면된다`: the people just before 또한 are the subject."""
    also = _ALSO_BEFORE_RE.search(text, max(0, clause - 30), clause)
    return _people_word(text, also.start(1), also.end(1)) if also else None


def _topic_before(text: str, clause: int) -> tuple[int, int] | None:
    """`두 자녀 이상 가정은 … 내면 되고, … 받을 수 있다`, `근로자 7명 이상이 모임을 구성해 …
    신청하면`: the people topic or subject of the clause a serial verb (…고, …해) joins to the
    one at `clause` is its subject too."""
    serial = _SERIAL_RE.search(text, max(clause - 4, 0), clause)
    if not serial:
        return None
    earlier = clause_start(text, serial.start())
    for word in _TOPIC_RE.finditer(text, earlier, serial.start()):
        found = _people_word(text, word.start(), word.end(1))
        if found:
            return found
    return None


def helped_subject(text: str, trigger: int) -> tuple[int, int] | None:
    """The first people subject (`X이`/`X가`) of the stretch before `…도록 지원`."""
    floor = max(text.rfind(",", 0, trigger), text.rfind("다 ", 0, trigger)) + 1
    topic = _TOPIC_MARK_RE.search(text[floor:trigger])
    floor += topic.end() if topic else 0
    for word in _WORD_RE.finditer(text[floor:trigger]):
        if word.group().endswith(("이", "가")) and len(word.group()) > 2:
            found = _people_word(text, floor + word.start(), floor + word.end() - 1)
            if found:
                return found
    return None
