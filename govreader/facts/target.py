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
rates (1곳씩), means (4개 언어로), guests, grades awarded (우수상 3곳), agenda items, appointments,
evaluation pools, changes (1,200명 늘었다), dates, ages, years in a row, money, and sentences about
another municipality or an upper body (정부는, 전남도는) are left alone, since a wrong highlight
costs the reader more than a missing one. The cue patterns live in `target_cues`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from govreader.facts import target_cues as cues
from govreader.facts.count import PLAN_RE
from govreader.facts.numbers import parse_number
from govreader.facts.phrases import VAGUE, is_plain_word
from govreader.facts.sentences import Piece, about_elsewhere
from govreader.facts.target_lists import list_counts
from govreader.model import Fact, FactKind


@dataclass(frozen=True)
class _Spot:
    """A counted number and the text around it, as the typing rules read it."""

    before: str  # the clause before the number
    after: str  # the clause after it
    rest: str  # the sentence after it, up to 200 characters
    raw: str  # the characters before it, across clause breaks
    head: str  # the sentence before it
    unit: str
    value: float

    @property
    def percent(self) -> bool:
        return self.unit.startswith("%")


def _clause_after(text: str, end: int, next_start: int) -> str:
    window = text[end : min(next_start, end + cues.WINDOW)]
    cut = cues.CLAUSE_BREAK.search(window)
    return window[: cut.start()] if cut else window


def _clause_before(text: str, start: int, previous_end: int) -> str:
    window = text[max(previous_end, start - cues.WINDOW) : start]
    cuts = list(cues.CLAUSE_BREAK.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _unit_fits(unit: str, value: float, text: str, start: int, end: int) -> bool:
    """Whether a counter that has other meanings counts things here (60대 of cars, not of age)."""
    near = text[max(0, start - 40) : start]
    if unit == "대":
        if 10 <= value <= 90 and value % 10 == 0 and cues.AGE_AFTER.match(text[end:]):
            return False
        vehicles = cues.VEHICLES.search(near) or cues.CAR_WORD.search(near)
        return bool(vehicles) and not near.rstrip().endswith("~")
    if unit in ("회", "차례"):
        return value >= 100 and not cues.FREQUENCY_BEFORE.search(near)
    if unit == "호":
        return value >= 10
    if unit == "기":
        return value >= 10 and not near.endswith(("민선", "민선 "))
    if unit == "장":
        return value >= 100
    if unit == "점":
        return bool(cues.SATISFACTION.search(text[:start])) and "만점" not in text[end : end + 4]
    return True


def _skipped(spot: _Spot) -> bool:
    """Counts that are never targets: agenda items, evaluation pools, venues, planned places."""
    if cues.AGENDA_BEFORE.search(spot.raw) or (
        cues.REVIEW_VERB.search(spot.after) and not cues.STRONG_GOAL.search(spot.after)
    ):
        return True
    bodies = (
        cues.BODIES.match(spot.after.lstrip())
        or cues.BODIES.search(spot.before[-8:])
        or (spot.after.startswith("의 ") and cues.BODIES.search(spot.before))
    )
    return bool(bodies and cues.EVALUATION.search(spot.head + spot.rest))


def _at_venue(spot: _Spot, kind: str) -> bool:
    """`21곳에서 제공한다`, `25곳에 설치한다`: places, unless new ones are planned (12곳에 연다)."""
    place = cues.PLACE_AFTER.match(spot.after)
    if spot.unit not in cues.VENUE_UNITS or not place:
        return False
    if spot.after.startswith("에 대") or cues.GOAL_BEFORE.search(spot.before):
        return False
    if cues.SET_OUT.match(spot.after):
        return False
    if kind == "result":
        return place.group(1) == "에서"
    clause = cues.CLAUSE_END.split(spot.rest, maxsplit=1)[0]
    return not cues.PLANNED.search(clause)


def _special(spot: _Spot) -> str | None:
    """Result shapes that are not a cue next to the number: parts of a whole, surveys, growth."""
    rest = spot.rest
    if spot.percent:
        if (
            cues.SHARE_SUBJECT.match(rest)
            and cues.ANSWERED.search(rest)
            and "만족" in spot.head + rest
        ):
            return "result"
        if cues.CHANGE_AFTER.match(spot.after) and cues.CAUSED.search(spot.head):
            return "result"
        return None
    tail = cues.DECIDED.sub("", rest)
    past = cues.PAST_TENSE.search(tail) or cues.ENDS_IN_RESULT.search(tail) or _ongoing(spot, tail)
    whole = cues.OF_WHICH_AFTER.match(rest) and not cues.SHARE_NEXT.match(rest)
    if past and whole and cues.WHOLE_BEFORE.search(spot.raw):
        return "result"
    if (
        past
        and cues.OF_WHICH_BEFORE.search(spot.before)
        and cues.REACHED.search(rest[: past.end()])
    ):
        return "result"
    if cues.GREW_TO.match(rest) and not cues.CONTEXT_SUBJECT.search(spot.head):
        return "result"
    return None


def _ongoing(spot: _Spot, tail: str) -> re.Match[str] | None:
    """`올해는 112명이 참여해 … 일하고 있다`: still going on, within a reported period."""
    return (
        cues.ONGOING.search(tail)
        if cues.PAST_LEVEL_BEFORE.search(spot.head) or "올해" in spot.head
        else None
    )


def _any_verb(spot: _Spot) -> str | None:
    """A finished verb on the counted object, or a joined verb read by how the sentence ends."""
    if spot.percent:
        return None
    finished = cues.FINISHED.match(spot.rest)
    if finished and not cues.NOT_DONE.search(finished.group("verb")):
        visit = spot.unit in cues.VENUE_UNITS and cues.VISITED.search(finished.group("verb"))
        return None if visit else "result"
    joined = cues.JOINED_VERB.match(spot.rest)
    # A visit on the way (6세대를 방문해 설치를 도왔다) says where, not what was achieved.
    if joined is None or cues.NOT_DONE.search(joined.group("verb")):
        return None
    if cues.VISITED.match(joined.group("verb")):
        return None
    tail = cues.DECIDED.sub("", spot.rest[joined.end() :])
    past = cues.PAST_TENSE.search(tail)
    plan = cues.PLAN_WORDS.search(tail)
    if past and (plan is None or past.start() < plan.start()):
        return "result"
    # `300대를 새로 투입하고 … 짓는다` is a plan; `32명이 가정을 방문해 … 제공한다` and
    # `공무원 30명을 투입해 점검한다` tell how a program works.
    object_ = joined.group("particle").strip() in ("을", "를") and spot.unit != "명"
    if plan or (object_ and cues.FUTURE_END.search(tail)):
        return "goal"
    return None


def _type(spot: _Spot) -> str | None:
    before, after, rest, raw = spot.before, spot.after, spot.rest, spot.raw
    if (
        cues.ATTENDED.match(after)
        and cues.EVENT_TOPIC.search(spot.head)
        and not cues.MEETING_TOPIC.search(spot.head)
    ):
        return "result"
    if cues.RANGE_BEFORE.search(raw) or cues.HARM_BEFORE.search(before):
        return None
    ratio = cues.RATIO_BEFORE.search(raw)
    if ratio and all(is_plain_word(word) for word in ratio.group("words").split()):
        return None
    if _skipped(spot) or cues.GRADE_BEFORE.search(before) or cues.GRADE_AFTER.match(rest):
        return None
    if cues.MEANS_AFTER.match(after) or after.startswith("씩"):
        return None
    if spot.unit in cues.SINGLE_UNITS and spot.value == 1:
        return None
    if cues.GOAL_IN_BRACKET.match(rest) or cues.BEAT_GOAL_AFTER.match(rest):
        return "result"
    inline = cues.INLINE_ITEM.match(rest) and "▲" in spot.head
    if inline and cues.INLINE_RESULTS.search(spot.head):
        return "result"
    if inline and cues.INLINE_GOALS.search(spot.head):
        return "goal"
    if (
        cues.GOAL_BEFORE.search(before)
        or cues.GOAL_BRACKET.search(raw)
        or cues.GOAL_AFTER.match(after)
        or cues.RAISE_TO.match(after)
        or cues.SET_OUT.match(after)
    ):
        return "goal"
    if (
        cues.REACHES.match(after)
        and cues.SERVED_TOPIC.search(before)
        and not cues.AS_OF.search(spot.head)
    ):
        return "result"
    topic = cues.TOPIC_END.match(after) and cues.GOAL_TOPIC.search(spot.head)
    if topic and not cues.RESULT_BEFORE.search(before):
        return "goal"
    special = _special(spot)
    if special:
        return special
    if cues.PLAN_AFTER.match(after) or cues.SKIP_AFTER.match(after):
        return None
    if cues.RESULT_BEFORE.search(before) or cues.AGAINST_GOAL.search(raw):
        return "result"
    if cues.AWARD_NEAR.search(after) or cues.ROUGH_AFTER.match(after):
        return None
    if cues.NOUN_FINAL.match(rest) or cues.BY_GOAL.match(rest):
        return "result"
    planned = (
        cues.PLAN_NOUN_FINAL.match(rest)
        or cues.GIVEN_TO.match(rest)
        or cues.ARROW_BEFORE.search(raw)
    )
    if cues.BULLET.match(spot.head) and planned:
        return "result" if cues.PAST_MARKER.search(spot.head) else "goal"
    if cues.BRACKET_RESULT.match(rest) and cues.THIS_YEAR.search(before):
        return "result"
    if cues.FELL.match(rest):
        return None
    if (
        cues.PAST_LEVEL_BEFORE.search(before)
        and not cues.AS_OF.search(before)
        and (
            cues.COPULA.match(after)
            if spot.percent
            else cues.LEVEL_AFTER.match(after) and not cues.SHARE_BEFORE.search(before)
        )
    ):
        return "result"
    cue = cues.CUE_AFTER.search(after)
    if cue is None:
        return _any_verb(spot)
    between = after[: cue.start()]
    if not (cues.STRONG_GOAL.match(cue.group()) or cues.NEAR_VERB.match(between)):
        return None
    # Households visited are served (1,260가구를 찾아 점검); places visited by an official are not.
    if cue.group().startswith("찾아") and spot.unit != "가구":
        return None
    if spot.unit in cues.VENUE_UNITS and (
        cues.VISITED.match(cue.group()) or cues.VISITED.search(between)
    ):
        return None
    if spot.percent and not (cues.PERCENT_CUE.search(cue.group()) or cues.PERCENT_CUE.search(raw)):
        return None
    if spot.percent and cue.group("result") and cues.SHARE_BEFORE.search(before):
        return None
    if cue.group("connective") and cues.VISITED.match(cue.group()):
        return None
    if cue.group("connective"):
        tail = cues.DECIDED.sub("", rest[cue.end() :])
        past = (
            cues.PAST_TENSE.search(tail) or cues.ENDS_IN_RESULT.search(tail) or _ongoing(spot, tail)
        )
        if past or cues.PAST_LEVEL_BEFORE.search(before):
            return "result"
        # A joined verb alone says only what was done; a plan must be said (발행해 … 끌어들일 계획,
        # 창출해 … 살린다).
        plain = not cue.group("done") and cues.PLAIN_CONNECTIVE.match(cue.group())
        # `청년 50명을 선발해 … 지원한다`: who will be picked, told in the plain present.
        picked = cues.PICKED.match(cue.group()) and cues.FUTURE_END.search(tail)
        planned = plain or picked or cues.PLAN_WORDS.search(rest[cue.end() :])
        return "goal" if planned else None
    return "result" if cue.group("result") else "goal"


def _label(before: str, after: str) -> str | None:
    words = []
    noun = cues.NOUN_AFTER.search(after)
    if noun and all(is_plain_word(word) for word in noun.group(1).split()):
        words.append(noun.group(1))
    else:
        previous = cues.NOUN_BEFORE.search(before)
        if (
            previous
            and not cues.NOT_OBJECT.search(previous.group(1))
            and not cues.VERB_FORM.search(previous.group(1))
            and previous.group(1) not in VAGUE
        ):
            words.append(previous.group(1))
    verb = cues.VERB_NOUN.search(after)
    if verb:
        words.append(verb.group())
    return " ".join(words) or None


def _breakdown(text: str) -> set[int]:
    """Starts of the numbers in a past breakdown (`A가 4,870개, B가 5,220개였다`)."""
    if not cues.BREAKDOWN_END.search(text) or not cues.BY_KIND.search(text):
        return set()
    items = list(cues.BREAKDOWN_ITEM.finditer(text))
    if len(items) < 2:
        return set()
    last = items[-1]
    if not cues.BREAKDOWN_END.match(text, last.end()):
        return set()
    return {item.start("number") for item in items}


_DIGIT_RE = re.compile(r"\d")
# `정부는 …`, `경기도는 …` in a city's story: the upper body's numbers are context, not the
# story's targets. A story whose lead is such a body keeps them.
_UPPER_BODY = (
    r"(?:정부|국회|[가-힣]{2,8}부|(?:경기|강원|충북|충남|전북|전남|경북|경남|제주|충청북|충청남|전라북"
    r"|전라남|경상북|경상남)도)"
)
_UPPER_TOPIC = re.compile(
    rf"^(?:한편\s|또\s|앞서\s|특히\s|이와 별도로\s)?{_UPPER_BODY}(?:는|은|도)\s"
)
_LEAD_TOPIC = re.compile(r"^(?:\S+\s)?[가-힣]{2,12}(?:\([^()]{0,20}\))?(?:는|은|가|이)\s")
_UPPER_LEAD = re.compile(rf"^(?:\S+\s)?{_UPPER_BODY}(?:\([^()]{{0,20}}\))?(?:는|은|가|이)\s")


def _about_upper_body(pieces: list[Piece]) -> set[int]:
    """Starts of the sentences whose topic is the government or a province, in a story led by
    another body."""
    lead = next((piece for piece in pieces[:5] if _LEAD_TOPIC.match(piece.text)), None)
    if lead is not None and _UPPER_LEAD.match(lead.text):
        return set()
    return {piece.start for piece in pieces if _UPPER_TOPIC.match(piece.text)}


def _shares_type(kind: str, between: str, percent: bool) -> bool:
    """Whether a count shares the next count's type: a goal list, or a pair of counts that share
    one verb (`214개 기업 638명이`)."""
    if kind == "goal" and cues.JOINED.match(between):
        return True
    if cues.LISTED.match(between):
        return True
    return not percent and bool(cues.PAIRED.match(between))


def _typed(text: str) -> Iterator[tuple[re.Match[str], str, str, str]]:
    """Each target match in one sentence with its type and the clauses around it."""
    # A counted plan (28개 주요사업을 추진해 …) is a count, which `count` reports, unless it is
    # what a goal aims at (15개 사업을 선정할 계획).
    plans = {plan.start() for plan in PLAN_RE.finditer(text)}
    matches = [
        match
        for match in cues.TARGET_RE.finditer(text)
        if _unit_fits(
            match.group("unit"),
            parse_number(match.group("number")) or 0,
            text,
            match.start(),
            match.end(),
        )
    ]
    broken_down = _breakdown(text)
    typed: list[tuple[re.Match[str], str | None, str, str]] = []
    for index, match in enumerate(matches):
        after_text = text[match.end() : match.end() + 4]
        if after_text.startswith("원") or after_text.lstrip().startswith(("원", "세", "년")):
            continue
        previous_end = matches[index - 1].end() if index else 0
        next_start = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        before = _clause_before(text, match.start(), previous_end)
        after = _clause_after(text, match.end(), next_start)
        beat_goal = False
        goal_tail = cues.NEXT_GOAL.search(after)
        if goal_tail and index + 1 < len(matches) and len(after) == next_start - match.end():
            after = after[: goal_tail.start()]
            beyond = text[matches[index + 1].end() : matches[index + 1].end() + 20]
            beat_goal = bool(re.match(r"^\s?(?:으로|로)\s?(?:당초\s)?$", after)) and bool(
                cues.BEAT_GOAL.search(beyond)
            )
        if cues.RECIPIENTS_AFTER.match(text, match.end()):
            window = text[match.end() : match.end() + 60]
            cut = cues.CLAUSE_END.search(window)
            after = window[: cut.start()] if cut else window
        spot = _Spot(
            before,
            after,
            text[match.end() : match.end() + 200],
            text[max(0, match.start() - cues.WINDOW) : match.start()],
            text[: match.start()],
            match.group("unit"),
            parse_number(match.group("number")) or 0,
        )
        if beat_goal or match.start() in broken_down:
            kind: str | None = "result"
        else:
            kind = _type(spot)
        # `_unit_fits` saw a vehicle nearby; a result must also say they were supplied.
        cars = (
            spot.unit != "대"
            or kind == "goal"
            or bool(cues.SUPPLIED.search(before + spot.rest[:12]))
        )
        if kind is not None and (not cars or _at_venue(spot, kind)):
            kind = None
        if kind == "result" and match.start() in plans:
            kind = None
        typed.append((match, kind, before, after))
    # From the end, so that a list (A 1,500명, B 600가구, C 800명에게 … 계획) shares its goal and
    # a pair (214개 기업 638명이 지원을 받았다) its verb.
    for index in range(len(typed) - 2, -1, -1):
        match, kind, before, after = typed[index]
        following = typed[index + 1]
        between = text[match.end() : following[0].start()]
        percent = match.group("unit").startswith("%")
        if (
            kind is None
            and following[1] is not None
            and _shares_type(following[1], between, percent)
        ):
            typed[index] = (match, following[1], before, after)
    for match, kind, before, after in typed:
        if kind is not None:
            yield match, kind, before, after


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    pieces = list(pieces)
    elsewhere = about_elsewhere(pieces) | _about_upper_body(pieces)
    typed: set[int] = set()
    for piece in pieces:
        if not _DIGIT_RE.search(piece.text) or piece.start in elsewhere:
            continue
        for match, kind, before, after in _typed(piece.text):
            value = parse_number(match.group("number"))
            if value is None:
                continue
            typed.add(piece.start + match.start())
            yield piece.fact(
                FactKind.TARGET,
                match.start(),
                match.end(),
                value=value,
                unit=match.group("unit"),
                type=kind,
                label=_label(before, after),
            )
    yield from _listed(pieces, typed | elsewhere)


def _listed(pieces: list[Piece], skipped: set[int]) -> Iterator[Fact]:
    """Counts ending list lines under a heading of results or plans (see `target_lists`)."""
    for item in list_counts(pieces, cues.UNIT):
        piece = item.piece
        match = cues.TARGET_RE.match(piece.text, item.start)
        if piece.start in skipped or piece.start + item.start in skipped or match is None:
            continue
        value = parse_number(match.group("number"))
        unit = match.group("unit")
        if value is None or not _unit_fits(unit, value, piece.text, match.start(), match.end()):
            continue
        yield piece.fact(
            FactKind.TARGET,
            match.start(),
            match.end(),
            value=value,
            unit=unit,
            type=item.kind,
            label=item.label,
        )
