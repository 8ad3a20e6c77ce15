"""Counted quantities worth seeing that are neither goal nor result: `28개 주요사업`, `13년 연속`.

Two families only, both unambiguous in press releases: a plan counted in projects, tasks,
strategies, programs or courses (`4개 추진전략, 28개 주요사업`, `5대 핵심과제`, `34개 일자리 사업`,
`44개의 프로그램`), and a streak of
awards or selections (`13년 연속 수상`, `3회 연속 최우수기관 선정`). They are targets of
`type: "count"`. Counts of evaluation criteria (지표, 항목, 분야, 부문) are left out, as the
labelling rules ask.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.rules import Rule, rule
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

# A word that names the plans counted; a word with a particle is no part of the name (`4개 팀에
# 프로그램 운영비를`).
_NAMING_WORD = (
    r"(?:(?:주요|핵심|중점|세부|추진|역점|실천|실행|신규|단위|전략|정책|공약)\s?"
    r"|[가-힣]{2,5}(?<![에을를은는의])\s)"
)
PLAN_RE = re.compile(
    rf"(?<![제약])(?P<number>{NUMBER})(?:여)?\s?(?P<unit>개|대)(?:의)?\s?"
    # up to two words name the plans (`34개 일자리 사업`, `150개 직접 일자리 사업의`), but not
    # the field or the bodies they are counted in (`3개 분야 일자리 사업`)
    r"(?P<label>(?!(?:분야|부문|유형|영역|권역|기관|기업|업체|시군|마을|학교)\s)"
    rf"(?:{_NAMING_WORD}{{1,2}}"
    # or one word at most and a compound ending in 사업 or 프로그램 (`33개 공모사업`, `1,200여 개
    # 청소년체험프로그램`); `2만 개의 노인 일자리 제공사업` counts jobs, not plans
    rf"|{_NAMING_WORD}?[가-힣]{{2,6}}(?=사업|프로그램))?"
    r"(?:사업|과제|전략|시책|공약|프로젝트|프로그램|강좌))"
    r"(?=[을를이가은는과와의에으로도별,.\s·)]|$)"
)
_STREAK_RE = re.compile(rf"(?<![제약])(?P<number>{NUMBER})\s?(?P<unit>년|회)\s?연속")
# The streak must be of awards or selections, within the same clause: `3년 연속 증가` is a trend.
_STREAK_OF = re.compile(
    r"[^,.;:]{0,16}?(?P<what>수상|선정|지정|인증|획득|1위|최우수|우수|대상|표창|차지|받)"
)
_PLAN = rule(FactKind.TARGET, "plan counted in projects", "4개 추진전략, 28개 주요사업")
_STREAK = rule(FactKind.TARGET, "streak of awards", "3년 연속 최우수기관 선정")
_VERBS = ("받", "차지", "획득")
_WORD = re.compile(r"[가-힣0-9]+")
_PARTICLE = re.compile(r"(?:이라는|이라|으로|로|을|를|이|가|에|의|은|는|과|와)$")


def _count(
    piece: Piece, match: re.Match[str], value: int | float, label: str, found_by: Rule
) -> Fact:
    return piece.fact(
        FactKind.TARGET,
        match.start(),
        match.end(),
        found_by.name,
        value=value,
        unit=match.group("unit"),
        type="count",
        label=label,
    )


def _plans(piece: Piece) -> Iterator[Fact]:
    for match in PLAN_RE.finditer(piece.text):
        value = parse_number(match.group("number"))
        if value is None:
            continue
        yield _count(piece, match, value, match.group("label"), _PLAN)


def _streaks(piece: Piece) -> Iterator[Fact]:
    for match in _STREAK_RE.finditer(piece.text):
        value = parse_number(match.group("number"))
        of = _STREAK_OF.match(piece.text, match.end())
        # `2022년과 2023년 연속으로` names years, not a streak.
        if value is None or of is None or value >= 100:
            continue
        what = of.group("what")
        whole = _WORD.match(piece.text, of.start("what"))
        word = _PARTICLE.sub("", whole.group()) if whole else what
        if what in _VERBS:
            word = "수상"
        yield _count(piece, match, value, f"연속 {word}", _STREAK)


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    for piece in pieces:
        # Each pattern needs its counter word, so a sentence without it is not scanned.
        if "개" in piece.text or "대" in piece.text:
            yield from _plans(piece)
        if "연속" in piece.text:
            yield from _streaks(piece)
