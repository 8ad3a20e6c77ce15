"""Paragraphs and sentences of an article's text, each with its offset into that text.

The fact finders read one sentence (or one paragraph, for quotes that run over sentences) at a
time and add the piece's offset to their match positions, so every span indexes `Article.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from govreader.model import Fact, FactKind

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n")
# A sentence ends at . ! ? (not between digits) or a line break; list markers start new pieces.
# Pages whose lines were run together (`…선정됐다.군은 …`) keep a Korean sentence end with no
# blank after it: a final 다/요 and its stop, then the next sentence's first syllable.
# The same holds before a list marker glued to the stop (`…늘렸다.▲도로 정비 …`).
# A date written with stops (`2021. 5. 31.`) goes on: a stop between digits ends no sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?!(?<=\d\.)\s+\d{1,2}\.)\s+|\n+|(?<=[다요][.!?])(?=[가-힣0-9‘“▲△■□◆◇●○※])"
)
# Real sentences and paragraphs are far shorter; longer runs (a line of digits, a table flattened
# to text) are cut into pieces of this size so that no finder's work grows with the whole line.
MAX_SENTENCE = 1000
MAX_PARAGRAPH = 3000
_SPEECH_RE = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
# A short quoted or bracketed title on one line (`‘다시 뛰자! 바다마을 축제’`, `「왜? 라는 물음」`):
# a ! or ? inside it belongs to the name and ends no sentence.
_TITLE_RE = re.compile(
    r"‘[^’\n]{1,80}’|“[^”\n]{1,80}”|「[^」\n]{1,80}」|『[^』\n]{1,80}』|《[^》\n]{1,80}》"
    r"|〈[^〉\n]{1,80}〉|'[^'\n]{1,80}'|\"[^\"\n]{1,80}\"|`[^`\n]{1,80}`"
)
# An unquoted name with a ! or ? (`헬로! 평창의 축제`) goes on when the next word hangs on it
# with a genitive 의; a sentence's own end (`…했다! 군의`) is left alone.
_NAME_GOES_ON = re.compile(r"\s+[가-힣A-Za-z0-9]{1,8}의\s")


@dataclass(frozen=True, slots=True)
class Piece:
    """A paragraph or sentence: its text and where it starts in the article text."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def fact(
        self, kind: FactKind, start: int, end: int, rule: str | None = None, **fields: Any
    ) -> Fact:
        """A fact over `text[start:end]` of this piece, placed in the article, found by `rule`
        (its name, see `facts.rules`); drops None fields."""
        known = {name: value for name, value in fields.items() if value is not None}
        text = self.text[start:end]
        return Fact(kind, self.start + start, self.start + end, text, known, rule)


def _trimmed(start: int, text: str) -> Piece | None:
    stripped = text.strip()
    if not stripped:
        return None
    return Piece(start + len(text) - len(text.lstrip()), stripped)


def _bounded(piece: Piece | None, limit: int) -> Iterator[Piece]:
    """`piece`, cut at spaces into parts of at most `limit` characters."""
    if piece is None:
        return
    start, text = piece.start, piece.text
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        part = _trimmed(start, text[:cut])
        if part:
            yield part
        start, text = start + cut, text[cut:]
    part = _trimmed(start, text)
    if part:
        yield part


def _paragraphs(text: str) -> Iterator[Piece | None]:
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield _trimmed(position, text[position : match.start()])
        position = match.end()
    yield _trimmed(position, text[position:])


def paragraphs(text: str) -> Iterator[Piece]:
    """The paragraphs of `text`, split by blank lines (over-long ones cut)."""
    for paragraph in _paragraphs(text):
        yield from _bounded(paragraph, MAX_PARAGRAPH)


def sentences(text: str) -> Iterator[Piece]:
    """The sentences of `text`, paragraph by paragraph (over-long ones cut)."""
    for paragraph in _paragraphs(text):
        if paragraph is None:
            continue
        position = 0
        body = paragraph.text
        titles = _titles(body)
        for match in _SENTENCE_END.finditer(body):
            if titles and _inside(titles, body, match.start()):
                continue
            if _name_goes_on(body, match.start()):
                continue
            piece = _trimmed(paragraph.start + position, body[position : match.start()])
            yield from _bounded(piece, MAX_SENTENCE)
            position = match.end()
        yield from _bounded(_trimmed(paragraph.start + position, body[position:]), MAX_SENTENCE)


def _titles(body: str) -> list[tuple[int, int]]:
    """The spans of the short quoted titles of a paragraph that hold a ! or ?."""
    if "!" not in body and "?" not in body:
        return []
    return [m.span() for m in _TITLE_RE.finditer(body) if re.search(r"[!?]", m.group())]


def _name_goes_on(body: str, at: int) -> bool:
    """Whether a sentence end at `at`, after a ! or ? that no predicate ending precedes, is
    inside a name that the next word (`평창의`) still hangs on."""
    if body[at - 1 : at] not in ("!", "?") or body[at - 2 : at - 1] in ("다", "요", "까", "죠"):
        return False
    return _NAME_GOES_ON.match(body, at) is not None


def _inside(titles: list[tuple[int, int]], body: str, at: int) -> bool:
    """Whether a sentence end at `at`, after a ! or ?, falls inside one of `titles`."""
    if body[at - 1 : at] not in ("!", "?"):
        return False
    index = bisect_right(titles, (at, len(body))) - 1
    return index >= 0 and titles[index][0] < at < titles[index][1] - 1


def outside_speech(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` of `text` that do not start inside a double-quoted statement: what an official
    says is a quote, not a program or an audience of the article."""
    speech = [m.span() for m in _SPEECH_RE.finditer(text)]
    starts = [a for a, _ in speech]
    kept = []
    for span in spans:
        index = bisect_right(starts, span[0]) - 1
        if index < 0 or span[0] >= speech[index][1]:
            kept.append(span)
    return kept


_PLACE_ENDS = "특별자치시|특별자치도|광역시|특례시|시|군|구"
_PLACE = rf"[가-힣]{{1,5}}(?:{_PLACE_ENDS})"
_HOME_RE = re.compile(rf"({_PLACE})(?:\(|는\s|은\s|가\s|이\s|에서\s|와\s|과\s)")
_TOPIC_RE = re.compile(
    rf"^(?:한편\s|또\s|반면\s|인근\s|이웃한\s|이웃\s|옆\s)?(?:[가-힣]{{2,4}}\s)?({_PLACE})(?:는|은|도)\s"
)
_PLACE_SUFFIX = re.compile(rf"(?:{_PLACE_ENDS})$")
# Common nouns that end like a place name (콜택시, 인구, 창구).
_NOT_PLACE = re.compile(
    r"(?:택시|인구|연구|요구|도시|당시|표시|지시|(?<!여)수시|상시|일시|장군|국군|가구|기구|입구|출구|창구"
    r"|도구|친구)$"
)


def about_elsewhere(pieces: list[Piece]) -> set[int]:
    """Starts of the sentences whose topic is another municipality than the story's
    (`김제시는 … 1,500만 원을 지급하고 있고`): their numbers are comparisons, not the story's."""
    home = next((m.group(1) for p in pieces[:3] if (m := _HOME_RE.search(p.text))), None)
    if home is None:
        return set()
    home_base = _PLACE_SUFFIX.sub("", home)
    elsewhere = set()
    for piece in pieces:
        topic = _TOPIC_RE.match(piece.text)
        if topic is None or _NOT_PLACE.search(topic.group(1)):
            continue
        name = topic.group(1)
        if _PLACE_SUFFIX.sub("", name) not in home and home_base not in name:
            elsewhere.add(piece.start)
    return elsewhere
