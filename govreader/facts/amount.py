"""Money in won: `65억 원` → 6500000000, `3천만원` → 30000000, `1조 2천억 원`.

Two shapes name money that the story's body neither spends nor receives, so they are left out:
a former amount a new one replaced (`100만 원에 그쳤던 장려금`, `기존 48억 원에서 65억 원으로
늘렸다`), and what other
municipalities pay (`다른 지자체 8곳은 각각 5천만 원`, a sentence about `김제시는 …` in a story
about 익산시). A sum compared with (`지난해 2800억 원보다`) is stated money and stays. The
face value of a note or voucher (`5만 원권 12장`, `1만원권 상품권`) is no money paid either. A
bound is a sum as written (`연 매출 3억 원 이하 소상공인`, `5억 원 이상의 사업`): the owner's
labels keep it as an amount.

A value is one fact however often the story tells it: the lead and a later paragraph telling
`특별교부세 1억 원` again name the same money, and the owner's labels list a value once even for
the items of a list (`▲A 3억원 ▲B 3억원`). Only a sum joined right beside one of the same value
is other money (`국비 10억 원·지방비 10억 원`, `각각 10억원, 10억원`).

Sums broken down in brackets after a total name their parts without 원 (`1117억 원(국비 821억,
도비 296억)`), a sum named by where the money comes from needs no 원 wherever it stands (`100억
원의 마중물 예산(국비 50억, 지방비 50억)`, `국비 8억을 지원받아`), and the low end of a range
shares the high end's 원 and unit (`35만∼70만원`, `1억에서 5억원`); those are sums too. A rough
sum (`179억 여원`, `4억4천6백여만원`) is read without its 여; one that only cuts an exact sum of the
story to fewer digits (`약 230억 원` in the lead, `236억 원` in the body) is that sum told again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.rules import rule
from govreader.facts.sentences import Piece, about_elsewhere
from govreader.model import Fact, FactKind

# 원 as a counter, not the first syllable of a word such as 원장, 원인, 원격, 원칙. `여` before the
# last unit or before 원 makes a sum rough (`4억4천6백여만원`, `179억 여원`), not another number.
_AMOUNT_RE = re.compile(
    rf"(?<!제)(?P<number>{NUMBER})(?:여(?P<unit>[만억]))?\s?(?:여\s?)?원(?![장인격료칙래리형자아생천])"
)
# `5만 원권 19장`, `1만원권 상품권`: the face value of a note or voucher, not money paid.
_DENOMINATION_RE = re.compile(r"\s?권(?![역한리장])")
# `35만∼70만원`, `1억에서 5억원`, `20,000~204,010원`: the low end of a range right before a sum.
_RANGE_LOW_RE = re.compile(rf"(?P<number>{NUMBER})\s?(?:[~∼]|에서|부터)\s?$")
_UNIT_END_RE = re.compile(r"[천만억조]$")
# `(국비 821억, 도비 296억)` right after a sum: its parts, written without 원.
_BREAKDOWN_RE = re.compile(r"\((?P<parts>[^()\n]{2,80})\)")
_PART_RE = re.compile(rf"(?P<number>{NUMBER})(?<=[억만조])(?=\s?(?:[,·∙ㆍ/)]|$))")
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
# `(국비 50억, 지방비 50억)`, `국비 3억과 도비 2억을`: a sum named by where the money comes from
# is money without its 원. The lookahead keeps the number whole (`국비 1억5천만 원` is one sum
# in 원, not 1억5천 read here).
_SOURCE = (
    r"(?:국비|도비|시비|군비|구비|지방비|국도비|국·도비|시·도비|도·시비|시·군비|도·군비|시군비"
    r"|민자|민간자본|자부담|특별교부세|특교세)"
)
_SOURCED_RE = re.compile(
    rf"{_SOURCE}\s?(?:총\s?)?(?P<number>{NUMBER})(?<=[조억만천])(?!\s?[\d조억만천백십원여])"
)
# `약 230억 원`, `5억 원가량`, `8조원을 돌파`: a rough sum; with `여` in it (`179억 여원`) it is
# rough too.
_ROUGH_BEFORE = re.compile(r"(?:약|대략)\s?(?:총\s?)?$")
_ROUGH_AFTER = re.compile(r"\s?(?:가량|정도|남짓|안팎|내외|(?:을|를|이|가)?\s?(?:넘|돌파|육박))")
_ROUNDING = 0.05
# One family: a sum in 원, with the parts and range ends that share its 원.
_SUM = rule(FactKind.AMOUNT, "sum in 원", "사업비 65억 원(국비 40억, 도비 25억)")
# A sum in 억 or 조 that drops its 원 is money where its sentence says so: it sits among sums in
# 원 (`▲A사업 40억원, B사업 20억, C사업 6억원`, `2천940억원으로 370억이 증액됐다`) or right
# after a word that names money (`총사업비 287억`, `예산 1조2천억을 편성했다`). Anywhere else
# a bare 억 counts people or views as often as money. The sum must end its word or take a
# particle, a stop or a word a budget sum takes, so counted things (`1억 명`, `3억 달러`) and a
# law's article (`제3조의2`) stay out.
_BARE = rule(FactKind.AMOUNT, "sum in 억 without 원", "사업비 65억, 국비 40억원을 들인다")
_BARE_END = (
    r"(?=[,·∙ㆍ/)\].]|(?:이|가|을|를|은|는|의|에|과|와|으로|로|도|씩|까지)(?![가-힣])"
    r"|\s(?:규모|증액|감액|삭감|증가|추가|투자|투입|지원|확보|편성|상당|이상|이하)(?![가-힣]))"
)
_BARE_RE = re.compile(rf"(?<!제)(?P<number>{NUMBER})(?<=[억조]){_BARE_END}")
_MONEY_HEAD = (
    r"(?:예산|예산안|사업비|기금|매출|매출액|투자|투자액|투자금"
    r"|지원금|보조금|추경|추경안|세입|세출)"
)
_HEADED_RE = re.compile(
    rf"{_MONEY_HEAD}(?:은|는|이|가|을|를|으로|로|도)?\s?(?:총\s?|모두\s?)?"
    rf"(?P<number>{NUMBER})(?<=[억조]){_BARE_END}"
)
_DIGIT_RE = re.compile(r"\d")


class _Sum(NamedTuple):
    """A sum found in a sentence: its span there, its value and the rule that read it."""

    start: int
    end: int
    value: int | float
    rule: str = _SUM.name


_JOINT_RE = re.compile(r"[,·∙ㆍ/]|과\s|와\s|및")
_PAIR_CHARS = 20


def _not_money_paid(text: str, start: int, end: int) -> bool:
    if _DENOMINATION_RE.match(text, end):
        return True
    if _FORMER_AFTER.match(text, end):
        return True
    if _REPLACED_AFTER.match(text, end) and _REPLACED_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return True
    return bool(_OTHERS_BEFORE.search(text[max(0, start - 40) : start]))


def _range_low(text: str, match: re.Match[str]) -> _Sum | None:
    """The low end of a range ending where the sum `match` starts, with the sum's unit when it
    has none of its own (`10~30만원` is 10만 to 30만)."""
    low = _RANGE_LOW_RE.search(text, max(0, match.start() - 24), match.start())
    if not low:
        return None
    number = low.group("number")
    unit = _UNIT_END_RE.search(match.group("number"))
    if unit and not _UNIT_END_RE.search(number):
        number += unit.group()
    value = parse_number(number)
    return _Sum(low.start(), low.end("number"), value) if value else None


def _sums(text: str) -> list[_Sum]:
    """Every sum in `text` in reading order, with the low end of a range, the parts of a
    bracketed breakdown, the sums named by their source and the bare ones money by context."""
    found: dict[int, _Sum] = {}
    for match in _AMOUNT_RE.finditer(text):
        value = parse_number(match.group("number") + (match.group("unit") or ""))
        if value is None or value <= 0 or _not_money_paid(text, match.start(), match.end()):
            continue
        low = _range_low(text, match)
        if low:
            found[low[0]] = low
        found[match.start()] = _Sum(match.start(), match.end(), value)
        breakdown = _BREAKDOWN_RE.match(text, match.end())
        if not breakdown:
            continue
        for part in _PART_RE.finditer(text, breakdown.start("parts"), breakdown.end("parts")):
            part_value = parse_number(part.group("number"))
            if part_value:
                found[part.start()] = _Sum(part.start(), part.end(), part_value)
    bare = list(_BARE_RE.finditer(text)) if found else []
    _add_without_won(text, found, [*bare, *_HEADED_RE.finditer(text)], _BARE.name)
    _add_without_won(text, found, _SOURCED_RE.finditer(text), _SUM.name)
    return [found[start] for start in sorted(found)]


def _add_without_won(
    text: str, found: dict[int, _Sum], matches: Iterable[re.Match[str]], name: str
) -> None:
    """Adds to `found` each sum written without 원 (its `number` group) that no reading before
    found, unless it is money not paid out."""
    for match in matches:
        start, end = match.span("number")
        value = parse_number(match.group("number"))
        if value and start not in found and not _not_money_paid(text, start, end):
            found[start] = _Sum(start, end, value, name)


def _paired(text: str, before: _Sum | None, start: int) -> bool:
    """A sum right after one of the same value, joined to it, is other money of that value
    (`국비 10억 원·지방비 10억 원`, `각각 10억원, 10억원`)."""
    if before is None:
        return False
    between = text[before.end : start]
    return len(between) <= _PAIR_CHARS and bool(_JOINT_RE.search(between))


def _rough(text: str, start: int, end: int) -> bool:
    """A sum told roughly: `약 230억 원`, `179억 여원`, `5억 원가량`."""
    return bool(
        _ROUGH_BEFORE.search(text, max(0, start - 8), start)
        or "여" in text[start:end]
        or _ROUGH_AFTER.match(text, end)
    )


def _restated(value: int | float, exact: list[int]) -> bool:
    """A rough sum is an exact one the story gives, cut to fewer digits: `약 230억 원` in the
    lead for the body's `236억 원`, `465억여원` for `465억6천만 원`. The exact sum starts with
    the rough one's digits and lies within a twentieth of it, so `179억 여원` beside `183억 원`,
    or `약 50억 원` beside a part of `48억 원`, is other money. `exact` is sorted: only the
    nearest sum above can qualify, found by bisection."""
    if not isinstance(value, int):
        return False
    place = 10 ** (len(str(value)) - len(str(value).rstrip("0")))
    above = bisect_right(exact, value)
    return above < len(exact) and exact[above] < min(value + place, value / (1 - _ROUNDING))


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    """The sums of the story, each value once unless a sum of that value sits right beside it,
    and none that only rounds an exact sum told elsewhere."""
    pieces = list(pieces)
    elsewhere = about_elsewhere(pieces)
    found = [
        (piece, _sums(piece.text))
        for piece in pieces
        if _DIGIT_RE.search(piece.text) and piece.start not in elsewhere
    ]
    exact = sorted(
        {
            value
            for piece, sums in found
            for start, end, value, _ in sums
            if isinstance(value, int) and not _rough(piece.text, start, end)
        }
    )
    told: set[int | float] = set()
    for piece, sums in found:
        before: _Sum | None = None
        for found_sum in sums:
            start, end, value, name = found_sum
            if _rough(piece.text, start, end) and _restated(value, exact):
                continue
            same = before if before and before.value == value else None
            if value not in told or _paired(piece.text, same, start):
                told.add(value)
                yield piece.fact(FactKind.AMOUNT, start, end, name, value=value, unit="원")
            before = found_sum
