"""Numeric goals and results: `일자리 14,000개 창출 목표` (goal), `2만2,023개의 일자리를 창출했다`.

A counted number becomes a target when the words around it say what happened to it:
- a goal or result word next to it (목표치인 1만3,500개; 124.2% 달성; 8명에서 15명으로 늘렸다);
- a verb on the counted object: any finished one is a result (1,900여 명을 진료했다, 624명의
  재취업을 이끌어냈다, 1,140명에게 … 연계했다); a joined one (보급해, 만들고) is read by how the
  sentence ends, in the past (result) or in a plan, a promise or a decision (goal);
- a served group as topic (이용객은 3만 8천여 명에 이른다), a level raised to (1,500명 이상으로
  늘리는, 1,050명까지 늘렸고), a part of a whole (수료생 420명 가운데 318명이 취업), a survey
  share, a breakdown, a count beside its goal (1,140명(목표 1,000명));
- a list: items share the type of their total or of the word that opens them (▲A 1,200개 ▲B
  300개 등 총 1,500개를 창출할 계획; 주요 실적으로는 ▲…), and 개조식 lines take it from their
  heading (`target_lists`).
Bare counts, venues (21곳에서 제공), places toured, single places (1곳 더), sizes (20실 규모의),
rates (1곳씩), means (4개 언어로), guests, grades awarded (우수상 3곳), a prize's winners (군수
표창은 … 11명이 받았다), agenda items (12건의 안건), appointments, evaluation pools and fields
ranked against (38곳 가운데 가장), estimates (640여 명으로 추산), gaps to another group (…보다 18%
높았다), changes (1,200명 늘었다), dates, ages, years in a row, money, sentences about
another municipality (인근 여수시는) and visitors tallied on a page that sets them no goal
(`target_visitors`) are left alone, since a wrong highlight
costs the reader more than a missing one. The cue patterns live in `target_cues`, the typing
rules in `target_typing`, the vetoes in `target_vetoes`, counter checks in `target_units`, sums
and breakdowns in `target_parts`, bracketed lists in `target_brackets` and the types counts take
from their neighbours in `target_sharing`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice, takewhile

from govreader.facts import target_cues as cues
from govreader.facts import target_list_cues as list_cues
from govreader.facts.count import PLAN_RE
from govreader.facts.numbers import parse_number
from govreader.facts.rules import rule
from govreader.facts.sentences import Piece, about_elsewhere
from govreader.facts.target_changes import set_at_first
from govreader.facts.target_draws import counted_in_draw
from govreader.facts.target_labels import label
from govreader.facts.target_lists import list_counts
from govreader.facts.target_parts import Counted, share_sums
from govreader.facts.target_sentence import SentenceSearch
from govreader.facts.target_sharing import BRACKETED, share_types
from govreader.facts.target_spot import Spot, at_venue, by_ending, figures_where
from govreader.facts.target_statistics import released
from govreader.facts.target_typing import type_of
from govreader.facts.target_units import unit_fits
from govreader.facts.target_vetoes import vetoed
from govreader.facts.target_visitors import Visitors
from govreader.model import Fact, FactKind


def _clause_after(text: str, end: int, next_start: int) -> str:
    window = text[end : min(next_start, end + list_cues.WINDOW)]
    cut = cues.CLAUSE_BREAK.search(window)
    return window[: cut.start()] if cut else window


def _clause_before(text: str, start: int, previous_end: int) -> str:
    window = text[max(previous_end, start - list_cues.WINDOW) : start]
    cuts = list(cues.CLAUSE_BREAK.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _money_stood_for(text: str, match: re.Match[str], previous_end: int) -> tuple[str, int] | None:
    """The clause before a share that stands for money and where the words after the money or
    its brackets begin (`3,492억 원(50.4%)을 집행했다`, `57.7%인 1,434억 원을 집행할 계획`):
    the share was spent as the money was, so it reads the money's verb."""
    opened = list_cues.MONEY_BEFORE_SHARE.search(text, max(0, match.start() - 40), match.start())
    if opened and list_cues.SHARE_CLOSES.match(text, match.end()):
        return _clause_before(text, opened.start(), previous_end), match.end() + 1
    money = list_cues.SHARE_AS_MONEY.match(text, match.end())
    return ("", money.end()) if money else None


def _breakdown(text: str) -> set[int]:
    """Starts of the numbers in a past breakdown (`A가 4,870개, B가 5,220개였다`)."""
    if not list_cues.BREAKDOWN_END.search(text) or not list_cues.BY_KIND.search(text):
        return set()
    items = list(list_cues.BREAKDOWN_ITEM.finditer(text))
    if len(items) < 2:
        return set()
    last = items[-1]
    if not list_cues.BREAKDOWN_END.match(text, last.end()):
        return set()
    return {item.start("number") for item in items}


# How counts are typed besides `target_typing.RULES` and their neighbours (`target_sharing`).
_BEFORE_GOAL = rule(
    FactKind.TARGET, "count before the goal it beat", "1만 2천 명으로 목표한 1만 명을 넘어"
)
_BREAKDOWN = rule(FactKind.TARGET, "past breakdown by kind", "유형별로는 A가 320개, B가 410개였다")
_LISTED = rule(FactKind.TARGET, "list line under a heading", "□ 주요 실적 … - 청년 취업 320명")
_SPENT = rule(FactKind.TARGET, "share of money spent", "3,492억 원(50.4%)을 상반기에 집행했다")
_DIGIT_RE = re.compile(r"\d")
_NEXT_COUNT = re.compile(r"\s\d")
# `18만 1,200명으로 목표한 17만 9천 명을`: all that lies between a count and the goal it beat.
# `1,200명으로 목표한`, `512개로, 당초 목표인`, `1,830개로 이는 목표`: a level told before a goal.
_TO_GOAL_RE = re.compile(r"^\s?(?:으로|로)(?:,|\s이는)?\s?(?:당초\s|애초\s)?$")


MAX_COUNTS = 60
"""The counts of one sentence that are read: each count's rules read the sentence around it, so
a sentence of hundreds (digits and units run together, `3명 3명 …`) cost hundreds of readings of
it, 15 s for 200,000 characters. Prose holds far fewer: at most 14 in a sentence of any saved
page of the corpora (sentences are cut at 1,000 characters)."""


def _within(matches: list[re.Match[str]], first: int, end: int) -> list[re.Match[str]]:
    """The matches from index `first` on that end by `end` (they come in order of position: a
    sentence of hundreds of counts reads only those inside, not all the rest for each)."""
    return list(takewhile(lambda match: match.end() <= end, islice(matches, first, None)))


def _typed(
    text: str, before_text: str = "", around: str = ""
) -> Iterator[tuple[re.Match[str], int | float, str | None, str, str, bool, str | None]]:
    """Each counted number in one sentence with its value, its type (None: not a target by
    itself), the clauses around it, whether it is barred from taking a type from others and the
    rule that typed it; `before_text` is the sentence before, which a bracketed list may break
    down; `around` is that sentence and the one after, which may name a gathering."""
    # A counted plan (28개 주요사업을 추진해 …) is a count, which `count` reports, unless
    # it is what a goal aims at (15개 사업을 선정할 계획); one carried out (40개 실행과제를
    # 추진하고) or owning a measure (187개 사업의 실적은 목표의 94%) never is.
    plans = {plan.start(): plan.end() for plan in PLAN_RE.finditer(text)}
    values: dict[int, int | float | None] = {}
    matches = []
    total_end = -1  # parts in the brackets of a total that counts things count them too
    for match in islice(cues.TARGET_RE.finditer(text), MAX_COUNTS):
        value = parse_number(match.group("number"))
        fits = unit_fits(match.group("unit"), value or 0, text, match.start(), match.end())
        if fits or match.end() <= total_end:
            values[match.start()] = value
            matches.append(match)
            breakdown = list_cues.BRACKETED_PARTS.match(text, match.end())
            total_end = max(total_end, breakdown.end() if breakdown else -1)
    broken_down = _breakdown(text)
    # Searched once a sentence, not once a count: `군수 표창은 … 11명이 받았다`.
    prize = list_cues.PRIZE_TOPIC.search(text)
    whole = SentenceSearch(text)
    typed: list[tuple[re.Match[str], str | None, str, str]] = []
    barred: set[int] = set()
    named: dict[int, str] = {}  # the rule that typed each count, by its start
    parts: dict[int, int] = {}  # counts in a total's brackets: their start, the total's start
    for index, match in enumerate(matches):
        after_text = text[match.end() : match.end() + 4]
        if after_text.startswith("원") or after_text.lstrip().startswith(("원", "세", "년")):
            continue
        previous_end = matches[index - 1].end() if index else 0
        next_start = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        before = _clause_before(text, match.start(), previous_end)
        after = _clause_after(text, match.end(), next_start)
        rest_at = match.end()
        rest = text[rest_at : rest_at + 200]
        # `218세대(356명)가 전입해`: households with their people, read on past the brackets (a
        # share with its count, `1%(25명)는`, is left to the shares' own rules).
        aside = list_cues.BRACKETED_COUNT.match(text, match.end()) or (
            list_cues.BRACKETED_PARTS.match(text, match.end())
        )
        counted = not match.group("unit").startswith("%")
        inside = _within(matches, index + 1, aside.end()) if aside else []
        if aside and counted and inside and not any(m.group("unit")[0] == "%" for m in inside):
            following = islice(matches, index + 1, None)
            later = next((m.start() for m in following if aside.end() <= m.start()), len(text))
            after = _clause_after(text, aside.end(), later)
            rest_at = aside.end()
            rest = text[rest_at : rest_at + 200]
            parts.update({m.start(): match.start() for m in inside})
        stood = None if counted else _money_stood_for(text, match, previous_end)
        if stood is not None:
            before = stood[0] or before
            after = _clause_after(text, stood[1], max(next_start, stood[1]))
            rest_at = stood[1]
            rest = text[rest_at : rest_at + 200]
        beat_goal = False
        between = text[match.end() : next_start]
        goal_tail = list_cues.NEXT_GOAL.search(between)
        if goal_tail and index + 1 < len(matches):
            if len(after) == len(between):
                after = after[: goal_tail.start()]
            beyond = text[matches[index + 1].end() : matches[index + 1].end() + 20]
            beat = list_cues.BEAT_GOAL.search(beyond) or list_cues.SHARE_OF_GOAL.match(beyond)
            beat_goal = bool(_TO_GOAL_RE.match(between[: goal_tail.start()])) and bool(beat)
        if list_cues.RECIPIENTS_AFTER.match(text, match.end()):
            window = text[match.end() : match.end() + 60]
            cut = cues.CLAUSE_END.search(window)
            after = window[: cut.start()] if cut else window
        spot = Spot(
            before,
            after,
            rest,
            text[max(0, match.start() - list_cues.WINDOW) : match.start()],
            text[: match.start()],
            match.group("unit"),
            values[match.start()] or 0,
            prize is not None and prize.end() <= match.start(),
            around,
            whole,
            rest_at,
        )
        if beat_goal or match.start() in broken_down:
            kind: str | None = "result"
            found_by: str | None = (_BEFORE_GOAL if beat_goal else _BREAKDOWN).name
        elif vetoed(spot):
            kind, found_by = None, None
            barred.add(match.start())
        else:
            kind, found_by = type_of(spot)
        if kind is None and stood is not None and list_cues.SPENT.match(rest):
            kind, found_by = by_ending(rest), _SPENT.name
        # `unit_fits` saw a vehicle nearby; a result must also say they were supplied.
        cars = (
            spot.unit != "대"
            or kind == "goal"
            or bool(list_cues.SUPPLIED.search(before + spot.rest[:12]))
        )
        if kind is not None and (not cars or at_venue(spot, kind)):
            kind = None
            barred.add(match.start())
        plan = plans.get(match.start())
        # `14개 사업 1,125명`: the projects label the count after them.
        labels = plan is not None and bool(_NEXT_COUNT.match(text, plan))
        if plan is not None and (
            kind == "result" or labels or list_cues.PLAN_CARRIED.match(text, plan)
        ):
            kind = None
            barred.add(match.start())
        if kind is not None and found_by:
            named[match.start()] = found_by
        typed.append((match, kind, before, after))
    typed = share_types(text, typed, barred, named, parts, before_text)
    for match, kind, before, after in typed:
        value = values[match.start()]
        if value is not None:
            found_by = named.get(match.start(), BRACKETED.name) if kind else None
            yield match, value, kind, before, after, match.start() in barred, found_by


# `일자리 1만 3,782개` and later `총 1만 3,782건`: the generic counters name the same figure.
_GENERIC = {"건": "개"}


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    """Each goal and result of the article, once: a figure told again in a later sentence (the
    lead repeated in a summary, a quote's echo, a total counted in 건 after 개) is the same
    target, whatever the later sentence makes of it (`관광객 200만명을 유치할 계획` and a quote's
    `200만명 유치 목표를 달성해`; `참여자 150명을 모집` and `기존 100명에서 150명으로 늘렸다`).
    A figure the page tells as a goal set at first and then changed, or as a prize draw's people,
    is none wherever it is told (`target_changes`, `target_draws`)."""
    told: dict[tuple[object, ...], int] = {}
    pieces = list(pieces)
    texts = [piece.text for piece in pieces]
    retired = figures_where(
        texts, lambda text, at: set_at_first(text, at) or counted_in_draw(text, at)
    )
    for sentence, fact in _found(pieces):
        unit = fact.fields["unit"]
        if (fact.fields["value"], unit) in retired:
            continue
        key = (fact.fields["value"], _GENERIC.get(unit, unit))
        if told.setdefault(key, sentence) == sentence:
            yield fact


def _found(pieces: list[Piece]) -> Iterator[tuple[int, Fact]]:
    """Each target with the start of its sentence; parts adding up to a total share its type."""
    elsewhere = about_elsewhere(pieces) | released(pieces)
    visitors = Visitors(piece.text for piece in pieces)
    found = []
    for index, piece in enumerate(pieces):
        if not _DIGIT_RE.search(piece.text) or piece.start in elsewhere:
            continue
        opens = list_cues.BREAKDOWN_OPENS.search(piece.text)
        previous = pieces[index - 1].text if index else ""
        following = pieces[index + 1].text if index + 1 < len(pieces) else ""
        around = f"{previous}\n{following}"
        for match, value, kind, before, after, barred, found_by in _typed(
            piece.text, previous, around
        ):
            approximate = match.group("approx") is not None or "여" in match.group("number")
            unit = match.group("unit")
            opened = opens is not None and opens.end() <= match.start()
            if visitors.counted(piece.text, match.start(), match.end(), unit):
                kind, barred, found_by = None, True, None
            count = Counted(
                index, match.start(), value, unit, approximate, kind, barred, opened, found_by
            )
            found.append((piece, match, before, after, count))
    counted = share_sums([count for *_, count in found])
    typed: set[int] = set()
    for (piece, match, *_), count in zip(found, counted, strict=True):
        if count.kind is None:
            continue
        typed.add(piece.start + match.start())
        yield (
            piece.start,
            piece.fact(
                FactKind.TARGET,
                match.start(),
                match.end(),
                value=count.value,
                unit=count.unit,
                type=count.kind,
                label=label(piece.text, match.start(), match.end(), match.group("unit")),
                rule=count.rule,
            ),
        )
    yield from _listed(pieces, typed | elsewhere)


def _listed(pieces: list[Piece], skipped: set[int]) -> Iterator[tuple[int, Fact]]:
    """Counts ending list lines under a heading of results or plans (see `target_lists`)."""
    for item in list_counts(pieces, cues.UNIT):
        piece = item.piece
        match = cues.TARGET_RE.match(piece.text, item.start)
        if piece.start in skipped or piece.start + item.start in skipped or match is None:
            continue
        value = parse_number(match.group("number"))
        unit = match.group("unit")
        if value is None or not unit_fits(unit, value, piece.text, match.start(), match.end()):
            continue
        yield (
            piece.start,
            piece.fact(
                FactKind.TARGET,
                match.start(),
                match.end(),
                value=value,
                unit=unit,
                type=item.kind,
                label=item.label,
                rule=_LISTED.name,
            ),
        )
