"""Quoted statements and who made them: `구로구 관계자는 “…”며 “…”고 전했다`.

A statement is a double-quoted passage followed by a quoting ending (고, 라고, 며, 라며, 면서);
quotes chained by such endings form one fact. A chain that closes its paragraph is a statement
too when it has several parts or a speaker (the quoting verb cut off, or on a line of its own),
so it comes out whole rather than cut after its first part. A quote closed by the wrong mark
(`“…"라고`, `“…“고`) still closes. The speaker is the subject just before the first quote
(`장인홍 구로구청장은`), the speaker named as the clause's topic before its adverbials
(`김 구청장은 이날 간담회에서 “…”`), or the one just after the last quote (`”고 구 관계자는
말했다`); a quote that goes on with only `이어`, `그러면서` or `그는` before it is the last
speaker's. Single quotes name things (‘청년이룸’), so they are not statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.phrases import is_plain_word, word_set
from govreader.facts.rules import rule
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

_ENDING = r"(?:(?:이)?라(?:고|며|면서)|고|며|면서)"
_QUOTE = rf"(?:“[^“”\n]{{4,600}}(?:[”\"]|“(?={_ENDING}))|\"[^\"\n]{{4,600}}\")"
_STATEMENT = rule(FactKind.QUOTE, "statement in double quotes", "구 관계자는 “…”며 “…”고 말했다")
_CHAIN_RE = re.compile(
    rf"{_QUOTE}(?:{_ENDING}\s{{0,3}}{_QUOTE}){{0,5}}(?:(?=\n?{_ENDING})|(?P<closing>\s*$))"
)
_JOINED_RE = re.compile(rf"[”\"“]{_ENDING}\s{{0,3}}[“\"]")

_LOOK_BACK = 200
"""How far before a quote its speaker is looked for: scanning back to the paragraph's start
for every quote made a long paragraph quadratic."""

_ADVERBS = {"이날", "또", "또한", "특히", "이어", "끝으로", "아울러", "한편", "다시", "이에"}
_SUBJECT_RE = re.compile(r"^(?P<word>.+?)(?:께서는|께서|은|는|이|가)$")
_NAME_WORD_RE = re.compile(r"^[가-힣A-Za-z0-9·㈜()]{1,20}$")
_VERBAL_RE = re.compile(r"(?:하는|되는|있는|없는|했던|하고|에서|에게|으로|부터|까지)$")
# One-syllable words that belong to a speaker: 시 관계자, 한 중진 의원, 이 후보, and a surname
# before a title (박 시장, 정 전 대표).
_SHORT_WORDS = word_set(
    "시 구 군 도 이 그 한 전 현 각 본 당 동 읍 면 "
    "김 박 최 정 강 조 윤 장 임 오 서 신 권 황 안 송 류 유 홍 고 문 양 손 배 백 허 남 심 노 하 "
    "곽 성 차 주 우 민 나 진 엄 채 원 천 방 공 변 염 여 추 석 설 마 길 연 위 표 명 기 반 왕 금"
)
# `김 구청장은 이날 간담회에서 “…”`: a speaker named as the topic, adverbials after it.
_TOPIC_RE = re.compile(r"(?:께서는|은|는|도)$")
_PERSON_RE = re.compile(
    r"(?:장|관|원|대표|관계자|담당자|책임자|교수|씨|후보|당선인|총리|대통령|이사|고문|변호사"
    r"|선수|감독|주무관|위원|의원)$"
)
# `이어 “…”`, `그러면서 “…”`, `그는 “…”`: the statement goes on in the last speaker's voice.
_GOING_ON = word_set("이어 그러면서 또 또한 아울러 끝으로 덧붙여 이와 함께 그는 그녀는 그도 이날")
_AFTER_SPEAKER_RE = re.compile(
    rf"{_ENDING}\s(?P<who>[^\s,.]{{1,20}}(?:\s[^\s,.]{{1,20}}){{0,2}}?)(?:은|는|이|가)\s"
    r"(?:[가-힣]{1,6}\s)?(?:말했|밝혔|전했|강조했|덧붙였|당부했|설명했)"
)


def _speaker_before(text: str) -> str | None:
    words = text.split()
    while words and words[-1] in _ADVERBS:
        words.pop()
    if not words:
        return None
    subject = _SUBJECT_RE.match(words[-1])
    if not subject or _VERBAL_RE.search(words[-1]) or words[-1].endswith(("하는", "라는")):
        return None
    name = [subject.group("word")]
    for word in reversed(words[-3:-1]):
        if len(word) == 1:
            if word not in _SHORT_WORDS:
                break
        elif not _NAME_WORD_RE.match(word) or not is_plain_word(word) or word in _ADVERBS:
            break
        name.insert(0, word)
    speaker = re.sub(r"\([^)]*\)$", "", " ".join(name)).strip()
    return speaker if 2 <= len(speaker) <= 40 else None


def _topic_speaker(text: str) -> str | None:
    """The person named as topic earlier in the clause (`… 과장은 이날 회의에서`)."""
    words = text.split()
    for index in range(len(words) - 2, -1, -1):
        word = words[index]
        topic = _TOPIC_RE.search(word)
        stem = re.sub(r"\([^)]*\)$", "", word[: topic.start()]) if topic else ""
        if stem and _PERSON_RE.search(stem) and not _VERBAL_RE.search(stem):
            return _speaker_before(" ".join(words[: index + 1]))
    return None


def _going_on(text: str) -> bool:
    """Only connectives (`이어`, `그러면서`) or `그는` stand before the quote in its clause."""
    words = text.replace(",", " ").split()
    return all(word in _GOING_ON for word in words)


def find(paragraphs: Iterable[Piece]) -> Iterator[Fact]:
    last_speaker: str | None = None
    for paragraph in paragraphs:
        text = paragraph.text
        spoke = False
        for match in _CHAIN_RE.finditer(text):
            look_from = max(0, match.start() - _LOOK_BACK)
            clause_start = text.rfind(". ", look_from, match.start()) + 1 or look_from
            before = text[clause_start : match.start()]
            speaker = _speaker_before(before) or _topic_speaker(before)
            if speaker is None:
                after = _AFTER_SPEAKER_RE.match(text, match.end())
                speaker = after.group("who") if after else None
            if speaker is None and _going_on(before):
                speaker = last_speaker
            joined = _JOINED_RE.search(text, match.start(), match.end())
            if match.group("closing") is not None and speaker is None and not joined:
                continue
            spoke = True
            last_speaker = speaker or last_speaker
            yield paragraph.fact(
                FactKind.QUOTE, match.start(), match.end(), _STATEMENT.name, speaker=speaker
            )
        if not spoke:
            last_speaker = None
