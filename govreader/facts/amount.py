"""Money in won: `65억 원` → 6500000000, `3천만원` → 30000000, `1조 2천억 원`.

Three shapes name money that the story's body neither spends nor receives, so they are left out:
an eligibility threshold (`연 매출 3억 원 이하 소상공인`), a former amount a new one replaced
(`100만 원에 그쳤던 장려금`), and what other municipalities pay (`다른 지자체 8곳은 각각 5천만
원`, a sentence about `김제시는 …` in a story about 익산시).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.sentences import Piece, about_elsewhere
from govreader.model import Fact, FactKind

# 원 as a counter, not the first syllable of a word such as 원장, 원인, 원격, 원칙.
_AMOUNT_RE = re.compile(rf"(?<!제)(?P<number>{NUMBER})\s?원(?![장인격료칙래리형자아생천])")
_LIMIT_AFTER = re.compile(r"\s?(?:이하|미만|초과)")
_MEASURED_BEFORE = re.compile(
    r"(?:매출|매출액|소득|재산|자산|연봉|보수|월급|가격|공시가격|보증금|전세금|부채)\s?$"
)
_FORMER_AFTER = re.compile(r"(?:에|으로|로)\s?그쳤던")
_OTHERS_BEFORE = re.compile(
    r"(?:다른|타)\s?(?:지자체|자치단체|시군|시·군|시도|시·도|지역|기관)(?!보다|에 비해|과 비교)"
)

_DIGIT_RE = re.compile(r"\d")


def _not_money_paid(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if _LIMIT_AFTER.match(text, end) and _MEASURED_BEFORE.search(before.rstrip("연월 ")):
        return True
    if _FORMER_AFTER.match(text, end):
        return True
    return bool(_OTHERS_BEFORE.search(text[max(0, start - 40) : start]))


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    pieces = list(pieces)
    elsewhere = about_elsewhere(pieces)
    for piece in pieces:
        if not _DIGIT_RE.search(piece.text) or piece.start in elsewhere:
            continue
        for match in _AMOUNT_RE.finditer(piece.text):
            value = parse_number(match.group("number"))
            if value is None or value <= 0:
                continue
            if _not_money_paid(piece.text, match.start(), match.end()):
                continue
            yield piece.fact(FactKind.AMOUNT, match.start(), match.end(), value=value, unit="원")
