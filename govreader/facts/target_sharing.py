"""Counts of one sentence typed by their neighbours: `A 1,500명, B 600명을 모집할 계획`.

Split from `target` because this is a reading of its own after each count is typed alone: an
untyped count takes the type of the count after it (a goal list, a pair sharing one verb), of
the count before it (the same figure in brackets, the next item of a list), of the total whose
bracketed parts it is, of a list whose items count with one counter, or of a bracketed list
(`target_brackets`). A count barred by a veto never takes a type from another.
"""

from __future__ import annotations

import re
from itertools import islice, pairwise

from govreader.facts import target_list_cues as list_cues
from govreader.facts.rules import rule
from govreader.facts.target_brackets import bracketed, list_kind
from govreader.model import FactKind

Typed = tuple[re.Match[str], str | None, str, str]

_SHARES_NEXT = rule(
    FactKind.TARGET, "shares the next count's type", "A 1,500명, B 600명을 모집할 계획"
)
_SHARES_PREVIOUS = rule(
    FactKind.TARGET, "same figure in brackets or next item", "목표의 94%(7,450명)를 달성했고"
)
BRACKETED = rule(
    FactKind.TARGET, "bracketed list typed as a list", "A(1,200개), B(300개) 등을 창출"
)
_LIST_ITEM = rule(
    FactKind.TARGET,
    "item of a list of one counter",
    "▲박람회로 320명 ▲직업훈련으로 150명의 취업을 도왔다",
)


def _shares_type(kind: str, between: str, percent: bool) -> bool:
    """Whether a count shares the next count's type: a goal list, or a pair of counts that share
    one verb (`214개 기업 638명이`)."""
    if kind == "goal" and (
        list_cues.JOINED.match(between) or list_cues.BY_DEADLINES.match(between)
    ):
        return True
    if list_cues.LISTED.match(between):
        return True
    # `88.6%(5,387개)`: a rate and the count it stands for, in brackets after it.
    if percent and between.strip() == "(":
        return True
    if not percent and list_cues.ITEM_NEXT.match(between):
        return True
    return not percent and bool(list_cues.PAIRED.match(between))


def share_types(
    text: str,
    typed: list[Typed],
    barred: set[int],
    named: dict[int, str],
    parts: dict[int, int],
    before_text: str,
) -> list[Typed]:
    """`typed` (each count with its type, None when untyped, and the clauses around it) with its
    untyped counts typed by their neighbours; `named` gets the rule that typed each, `parts` maps
    a count in a total's brackets to the total's start; `before_text` is the sentence before,
    which a bracketed list may break down."""
    # From the end, so that a list (A 1,500명, B 600가구, C 800명에게 … 계획) shares its goal and
    # a pair (214개 기업 638명이 지원을 받았다) its verb.
    for index in range(len(typed) - 2, -1, -1):
        match, kind, before, after = typed[index]
        # a total shares the type of what follows its bracketed parts, not of the parts
        following = typed[index + 1]
        if parts.get(following[0].start()) == match.start():
            later = islice(typed, index + 1, None)
            unparted = (other for other in later if parts.get(other[0].start()) is None)
            following = next(unparted, following)
        between = list_cues.BRACKETED_PARTS.sub("", text[match.end() : following[0].start()], 1)
        percent = match.group("unit").startswith("%")
        if (
            kind is None
            and match.start() not in barred
            and following[1] is not None
            and _shares_type(following[1], between, percent)
        ):
            typed[index] = (match, following[1], before, after)
            named[match.start()] = _SHARES_NEXT.name
    # `목표의 94%(7,450명)를 달성했고`: a count in brackets after a typed one is the same figure;
    # `유치 목표를 내국인 415만 명, 외국인 35만 명으로`: the next item of a typed one's list.
    for index in range(1, len(typed)):
        match, kind, before, after = typed[index]
        previous = typed[index - 1]
        between = text[previous[0].end() : match.start()]
        same_kind = match.group("unit").startswith("%") == previous[0].group("unit").startswith("%")
        shares = between == "(" or (same_kind and list_cues.ITEM_NEXT.match(between))
        if kind is None and match.start() not in barred and shares:
            typed[index] = (match, previous[1], before, after)
            named[match.start()] = _SHARES_PREVIOUS.name
    totals = {match.start(): kind for match, kind, *_ in typed}
    for index, (match, kind, before, after) in enumerate(typed):
        total = parts.get(match.start())
        if kind is None and total is not None and totals.get(total) and total not in barred:
            typed[index] = (match, totals[total], before, after)
            named[match.start()] = _SHARES_PREVIOUS.name
    _share_list(text, typed, barred, named)
    return _bracketed_list(text, typed, barred, before_text)


def _share_list(
    text: str,
    typed: list[tuple[re.Match[str], str | None, str, str]],
    barred: set[int],
    named: dict[int, str],
) -> None:
    """Types in place the untyped items of a list whose items count with one counter and whose
    one typed item tells what was done to them all (`부문별 목표는 A(8개 사업) 5,900개, B(7개
    사업) 320개 …`, `▲A를 통해 700명 ▲B에서 260명의 일자리를 창출했다`, `일자리 6,000개 창출,
    훈련 2,600명, 취업지원 8만5천 명을 목표로`); counts in an item's brackets are skipped."""
    items = [
        index
        for index, (match, *_) in enumerate(typed)
        if not match.group("unit").startswith("%") and not _in_aside(text, match.start())
    ]
    pairs = list(pairwise(items))
    for first, second in [*reversed(pairs), *pairs]:
        one, other = typed[first], typed[second]
        if one[0].group("unit") != other[0].group("unit") or (one[1] is None) == (other[1] is None):
            continue
        if not list_cues.LIST_NEXT.match(_ASIDE.sub("", text[one[0].end() : other[0].start()])):
            continue
        untyped, kind = (first, other[1]) if one[1] is None else (second, one[1])
        match = typed[untyped][0]
        if match.start() in barred:
            continue
        typed[untyped] = (match, kind, *typed[untyped][2:])
        named[match.start()] = _LIST_ITEM.name


_ASIDE = re.compile(r"\([^()]{0,24}\)")


def _in_aside(text: str, start: int) -> bool:
    """Whether the count at `start` stands in an item's brackets (`직접 일자리(88개 사업)`)."""
    opened = text.rfind("(", max(0, start - 12), start)
    return opened != -1 and ")" not in text[opened:start]


def _bracketed_list(
    text: str,
    typed: list[tuple[re.Match[str], str | None, str, str]],
    barred: set[int],
    previous: str,
) -> list[tuple[re.Match[str], str | None, str, str]]:
    """`typed` with the untyped items of a bracketed list (`A(1,200개), B(300개) 등`) typed as
    the list is (`target_brackets`)."""
    items = [
        index
        for index, (match, kind, _, _) in enumerate(typed)
        if kind is None
        and match.start() not in barred
        and bracketed(text, match.start(), match.end())
    ]
    spans = [(typed[index][0].start(), typed[index][0].end()) for index in items]
    kind = list_kind(text, spans, previous)
    if kind is None:
        return typed
    shared = list(typed)
    for index in items:
        match, _, before, after = shared[index]
        shared[index] = (match, kind, before, after)
    return shared
