"""Money in won: `65억 원` → 6500000000, `3천만원` → 30000000, `1조 2천억 원`.

Three shapes name money that the story's body neither spends nor receives, so they are left out:
an eligibility threshold (`연 매출 3억 원 이하 소상공인`), a former amount a new one replaced
(`100만 원에 그쳤던 장려금`, `기존 48억 원에서 65억 원으로 늘렸다`), and what other
municipalities pay (`다른 지자체 8곳은 각각 5천만 원`, a sentence about `김제시는 …` in a story
about 익산시). A sum compared with (`지난해 2800억 원보다`) is stated money and stays.

A sum is one fact however often the story repeats it: the lead and a later paragraph telling
`특별교부세 1억 원` again name the same money. Sums broken down in brackets after a total name
their parts without 원 (`1117억 원(국비 821억, 도비 296억)`); those parts are sums too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.phrases import strip_particle, word_set
from govreader.facts.sentences import Piece, about_elsewhere
from govreader.model import Fact, FactKind

# 원 as a counter, not the first syllable of a word such as 원장, 원인, 원격, 원칙.
_AMOUNT_RE = re.compile(rf"(?<!제)(?P<number>{NUMBER})\s?원(?![장인격료칙래리형자아생천])")
# `(국비 821억, 도비 296억)` right after a sum: its parts, written without 원.
_BREAKDOWN_RE = re.compile(r"\((?P<parts>[^()\n]{2,80})\)")
_PART_RE = re.compile(rf"(?P<number>{NUMBER})(?<=[억만조])(?=\s?(?:[,·∙ㆍ/)]|$))")
_LIMIT_AFTER = re.compile(r"\s?(?:이하|미만|초과)")
_MEASURED_BEFORE = re.compile(
    r"(?:매출|매출액|소득|재산|자산|연봉|보수|월급|가격|공시가격|보증금|전세금|부채)\s?$"
)
# `48억 원에서 17억 원 늘었다`, `30만 원이던 수당을 50만 원으로 올린다`: the sum before a change.
_CHANGE = (
    r"(?:늘|증액|인상|상향|확대|증가|올렸|올린|올려|올라|오른|줄|감액|삭감|인하|하향|축소|감소"
    r"|바뀌|바꾼|바꿨|변경|조정)"
)
_FORMER_AFTER = re.compile(
    r"(?:에|으로|로)\s?그쳤던"
    rf"|(?:에서|이던|이었던|였던)\s(?=[^.]{{0,30}}?(?:{NUMBER})\s?원\s?(?:으로|로)?\s?{_CHANGE})"
    rf"|에서\s(?:[가-힣]+\s)?{_CHANGE}"
)
# `기존 300만 원에서 …`, `종전 월 20만 원이던 …`: a sum named as the one replaced.
_REPLACED_BEFORE = re.compile(r"(?:기존|종전)\s(?:[가-힣]{1,4}\s)?$")
_REPLACED_AFTER = re.compile(r"(?:에서|이던|이었던|였던)\s")
_OTHERS_BEFORE = re.compile(
    r"(?:다른|타)\s?(?:지자체|자치단체|시군|시·군|시도|시·도|지역|기관)(?!보다|에 비해|과 비교)"
)
# Words before a sum that say how much, not what money it is (`국비 총 3억 원` is 국비).
_HOW_MUCH = word_set("총 약 모두 최대 최소 연간 연 월 각각 무려 전액 총액 올해 내년")

_DIGIT_RE = re.compile(r"\d")


def _not_money_paid(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if _LIMIT_AFTER.match(text, end) and _MEASURED_BEFORE.search(before.rstrip("연월 ")):
        return True
    if _FORMER_AFTER.match(text, end):
        return True
    if _REPLACED_AFTER.match(text, end) and _REPLACED_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return True
    return bool(_OTHERS_BEFORE.search(text[max(0, start - 40) : start]))


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return strip_particle(word.strip("(,·"))


def _what(text: str, start: int) -> str:
    """The word naming the money before the sum at `start` (`특별교부세 1억 원` → 특별교부세)."""
    for word in reversed(text[max(0, start - 40) : start].split()[-4:]):
        if word not in _HOW_MUCH:
            return _stem(word)
    return ""


def _sums(text: str) -> Iterator[tuple[int, int, int | float]]:
    """Every sum in `text` as (start, end, value), with the parts of a bracketed breakdown."""
    for match in _AMOUNT_RE.finditer(text):
        value = parse_number(match.group("number"))
        if value is None or value <= 0 or _not_money_paid(text, match.start(), match.end()):
            continue
        yield match.start(), match.end(), value
        breakdown = _BREAKDOWN_RE.match(text, match.end())
        if not breakdown:
            continue
        for part in _PART_RE.finditer(text, breakdown.start("parts"), breakdown.end("parts")):
            part_value = parse_number(part.group("number"))
            if part_value:
                yield part.start(), part.end(), part_value


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    pieces = list(pieces)
    elsewhere = about_elsewhere(pieces)
    told: set[tuple[int | float, str]] = set()
    for piece in pieces:
        if not _DIGIT_RE.search(piece.text) or piece.start in elsewhere:
            continue
        for start, end, value in _sums(piece.text):
            money = (value, _what(piece.text, start))
            if money[1] and money in told:
                continue
            told.add(money)
            yield piece.fact(FactKind.AMOUNT, start, end, value=value, unit="원")
