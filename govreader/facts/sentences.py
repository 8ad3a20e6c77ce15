"""Paragraphs and sentences of an article's text, each with its offset into that text.

The fact finders read one sentence (or one paragraph, for quotes that run over sentences) at a
time and add the piece's offset to their match positions, so every span indexes `Article.text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from govreader.model import Fact, FactKind

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n")
# A sentence ends at . ! ? (not between digits) or a line break; list markers start new pieces.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True, slots=True)
class Piece:
    """A paragraph or sentence: its text and where it starts in the article text."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def fact(self, kind: FactKind, start: int, end: int, **fields: Any) -> Fact:
        """A fact over `text[start:end]` of this piece, placed in the article; None fields dropped."""
        known = {name: value for name, value in fields.items() if value is not None}
        return Fact(kind, self.start + start, self.start + end, self.text[start:end], known)


def _trimmed(start: int, text: str) -> Piece | None:
    stripped = text.strip()
    if not stripped:
        return None
    return Piece(start + len(text) - len(text.lstrip()), stripped)


def paragraphs(text: str) -> Iterator[Piece]:
    """The paragraphs of `text`, split by blank lines."""
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        piece = _trimmed(position, text[position : match.start()])
        if piece:
            yield piece
        position = match.end()
    piece = _trimmed(position, text[position:])
    if piece:
        yield piece


def sentences(text: str) -> Iterator[Piece]:
    """The sentences of `text`, paragraph by paragraph."""
    for paragraph in paragraphs(text):
        position = 0
        body = paragraph.text
        for match in _SENTENCE_END.finditer(body):
            piece = _trimmed(paragraph.start + position, body[position : match.start()])
            if piece:
                yield piece
            position = match.end()
        piece = _trimmed(paragraph.start + position, body[position:])
        if piece:
            yield piece
