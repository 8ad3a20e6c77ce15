"""Quoted statements and who made them: `구로구 관계자는 “…”며 “…”고 전했다`.

A statement is a double-quoted passage followed by a quoting ending (고, 라고, 며, 라며, 면서);
quotes chained by such endings form one fact. The speaker is the subject just before the first
quote (`장인홍 구로구청장은`), or just after the last one (`”고 구 관계자는 말했다`).
Single quotes name things (‘청년이룸’), so they are not statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.phrases import is_plain_word, word_set
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

_QUOTE = r"(?:“[^“”\n]{4,600}”|\"[^\"\n]{4,600}\")"
_ENDING = r"(?:(?:이)?라(?:고|며|면서)|고|며|면서)"
_CHAIN_RE = re.compile(rf"{_QUOTE}(?:{_ENDING}\s{{0,3}}{_QUOTE}){{0,5}}(?={_ENDING})")

_LOOK_BACK = 200
"""How far before a quote its speaker is looked for: scanning back to the paragraph's start
for every quote made a long paragraph quadratic."""

_ADVERBS = {"이날", "또", "또한", "특히", "이어", "끝으로", "아울러", "한편", "다시", "이에"}
_SUBJECT_RE = re.compile(r"^(?P<word>.+?)(?:께서는|께서|은|는|이|가)$")
_NAME_WORD_RE = re.compile(r"^[가-힣A-Za-z0-9·㈜()]{1,20}$")
_VERBAL_RE = re.compile(r"(?:하는|되는|있는|없는|했던|하고|에서|에게|으로|부터|까지)$")
# One-syllable words that belong to a speaker: 시 관계자, 한 중진 의원, 이 후보.
_SHORT_WORDS = word_set("시 구 군 도 이 그 한 전 현 각 본 당 동 읍 면")
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


def find(paragraphs: Iterable[Piece]) -> Iterator[Fact]:
    for paragraph in paragraphs:
        text = paragraph.text
        for match in _CHAIN_RE.finditer(text):
            look_from = max(0, match.start() - _LOOK_BACK)
            clause_start = text.rfind(". ", look_from, match.start()) + 1 or look_from
            speaker = _speaker_before(text[clause_start : match.start()])
            if speaker is None:
                after = _AFTER_SPEAKER_RE.match(text, match.end())
                speaker = after.group("who") if after else None
            yield paragraph.fact(FactKind.QUOTE, match.start(), match.end(), speaker=speaker)
