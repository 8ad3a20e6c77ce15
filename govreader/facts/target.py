"""Numeric goals and results: `일자리 14,000개 창출 목표` (goal), `2만2,023개의 일자리를 창출했다`.

A counted number becomes a target only when a goal or result word sits right next to it in the
same clause (목표치인 1만3,500개; 124.2% 달성); bare counts, dates, ages, years in a row and money
are left alone, since a wrong highlight costs the reader more than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

_UNIT = (
    r"개소|개사|개교|개국|가구|세대|가정|그루|마리|"
    r"명(?!칭|예|소|단|의로)|건(?!강|물|의|축|설)|곳|개(?![월년관발선최편정])|%p?|톤|팀"
)
_TARGET_RE = re.compile(rf"(?<![제약])(?P<number>{NUMBER})(?P<approx>여)?\s?(?P<unit>{_UNIT})")
_CLAUSE_BREAK = re.compile(r"[,.;:()\[\]“”\"‘’'·…]|\s[및과와]\s")

_GOAL_BEFORE = re.compile(r"목표(?:치|량)?(?:인|는|은|로|를|가)?\s*$")
_RESULT_BEFORE = re.compile(r"(?:실적|달성률|취업률|성과)(?:은|는|이|가|인|도)?\s*$")
_GOAL_AFTER = re.compile(r"목표")
_PLAN_AFTER = re.compile(r"(?:창출|달성|조성|보급|공급|설치|육성|유치|확충|취업)\S{0,6}\s?계획")
_RESULT_AFTER = re.compile(
    r"(?:창출|달성|취업|유치|배출|기록)(?:했|하였|한|해|시켰|됐|되었|하는 성과|을 이뤘|을 이루)"
    r"|실적(?:을|를)? ?(?:올렸|거뒀|냈)"
)
_VERB_NOUN = re.compile(r"창출|달성|취업|유치|배출|기록|조성|보급|공급|설치|육성|확충")
_NOUN_AFTER = re.compile(r"^의\s([가-힣A-Za-z]{1,8}?)(?:을|를|이|가|은|는)?(?=\s|$)")
_NOUN_BEFORE = re.compile(r"(?:^|\s)([가-힣A-Za-z]{2,8})\s$")
_NOT_OBJECT = re.compile(
    r"(?:을|를|은|는|이|가|의|에|에서|로|으로|도|인|한|된|올해|지난해|내년|총|약)$"
)
_WINDOW = 24


def _clause_after(text: str, end: int, next_start: int) -> str:
    window = text[end : min(next_start, end + _WINDOW)]
    cut = _CLAUSE_BREAK.search(window)
    return window[: cut.start()] if cut else window


def _clause_before(text: str, start: int, previous_end: int) -> str:
    window = text[max(previous_end, start - _WINDOW) : start]
    cuts = list(_CLAUSE_BREAK.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _type(before: str, after: str) -> str | None:
    if _GOAL_BEFORE.search(before) or _GOAL_AFTER.search(after) or _PLAN_AFTER.search(after):
        return "goal"
    if _RESULT_BEFORE.search(before) or _RESULT_AFTER.search(after):
        return "result"
    return None


def _label(before: str, after: str) -> str | None:
    words = []
    noun = _NOUN_AFTER.search(after)
    if noun:
        words.append(noun.group(1))
    else:
        previous = _NOUN_BEFORE.search(before)
        if previous and not _NOT_OBJECT.search(previous.group(1)):
            words.append(previous.group(1))
    verb = _VERB_NOUN.search(after)
    if verb:
        words.append(verb.group())
    return " ".join(words) or None


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    for piece in pieces:
        text = piece.text
        matches = list(_TARGET_RE.finditer(text))
        for index, match in enumerate(matches):
            after_text = text[match.end() :]
            if after_text.startswith("원") or after_text.lstrip().startswith(("원", "세", "년")):
                continue
            previous_end = matches[index - 1].end() if index else 0
            next_start = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            before = _clause_before(text, match.start(), previous_end)
            after = _clause_after(text, match.end(), next_start)
            kind = _type(before, after)
            value = parse_number(match.group("number"))
            if kind is None or value is None:
                continue
            yield piece.fact(
                FactKind.TARGET,
                match.start(),
                match.end(),
                value=value,
                unit=match.group("unit"),
                type=kind,
                label=_label(before, after),
            )
