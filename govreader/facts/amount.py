"""Money in won: `65억 원` → 6500000000, `3천만원` → 30000000, `1조 2천억 원`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

# 원 as a counter, not the first syllable of a word such as 원장, 원인, 원격, 원칙.
_AMOUNT_RE = re.compile(rf"(?<!제)(?P<number>{NUMBER})\s?원(?![장인격료칙래리형자아생천])")

_DIGIT_RE = re.compile(r"\d")


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    for piece in pieces:
        if not _DIGIT_RE.search(piece.text):
            continue
        for match in _AMOUNT_RE.finditer(piece.text):
            value = parse_number(match.group("number"))
            if value is None or value <= 0:
                continue
            yield piece.fact(FactKind.AMOUNT, match.start(), match.end(), value=value, unit="원")
