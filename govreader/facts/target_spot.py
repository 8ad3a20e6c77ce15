"""A counted number and the readers of the clause around it that the typing rules share.

`target_typing` tries its rules in order on a `Spot`; the readers here (a venue, how a sentence
ends, a finished or joined verb, the shapes of parts and surveys) are what several rules ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from govreader.facts import target_cues as cues
from govreader.facts import target_level_cues as levels
from govreader.facts.numbers import parse_number
from govreader.facts.target_sentence import SentenceSearch


@dataclass(frozen=True)
class Spot:
    """A counted number and the text around it, as the typing rules read it."""

    before: str  # the clause before the number
    after: str  # the clause after it
    rest: str  # the sentence after it, up to 200 characters
    raw: str  # the characters before it, across clause breaks
    head: str  # the sentence before it
    unit: str
    value: float
    prize_topic: bool = False  # a prize's winners are the sentence's topic before it
    around: str = ""  # the sentences just before and after (a gathering they name)
    whole: SentenceSearch | None = None  # the sentence, searched once for all its counts
    rest_at: int = 0  # where `rest` starts in the sentence

    @property
    def percent(self) -> bool:
        return self.unit.startswith("%")

    @cached_property
    def cue(self) -> re.Match[str] | None:
        """The first goal or result word after the number, in its clause (`CUE_AFTER`)."""
        return cues.CUE_AFTER.search(self.after)

    @cached_property
    def sentence(self) -> str:
        """The whole sentence the number stands in: the part before it and the rest up to the
        sentence's end (several vetoes look for their words anywhere in it)."""
        return self.head + cues.SENTENCE_END.split(self.rest, maxsplit=1)[0]

    def in_head(self, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` occurs in `head` (`target_sentence` answers it for a sentence's
        counts at once)."""
        if self.whole is None:
            return pattern.search(self.head) is not None
        return self.whole.before(pattern, len(self.head))

    def in_sentence(self, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` occurs in `sentence` (likewise)."""
        if self.whole is None:
            return pattern.search(self.sentence) is not None
        tail = len(self.sentence) - len(self.head)
        return self.whole.joined(pattern, len(self.head), self.rest_at, self.rest_at + tail)


def figures_where(
    texts: Iterable[str], keep: Callable[[str, re.Match[str]], bool]
) -> set[tuple[float, str]]:
    """The (value, unit) of each count in `texts` that `keep` takes, given the text and the
    count's match: a figure a page rules out wherever it tells it again (a draw's, a goal set
    at first and then changed)."""
    found: set[tuple[float, str]] = set()
    for text in texts:
        for match in cues.TARGET_RE.finditer(text):
            value = parse_number(match.group("number"))
            if value is not None and keep(text, match):
                found.add((value, match.group("unit")))
    return found


def at_venue(spot: Spot, kind: str) -> bool:
    """`21곳에서 제공한다`, `25곳에 설치한다`: places, unless new ones are planned (12곳에 연다)."""
    place = cues.PLACE_AFTER.match(spot.after)
    if spot.unit not in cues.VENUE_UNITS or not place:
        return False
    if spot.after.startswith("에 대") or cues.GOAL_BEFORE.search(spot.before):
        return False
    if cues.RECIPIENTS_AT.match(spot.rest):
        return False
    if levels.SET_OUT.match(spot.after):
        return False
    if kind == "result":
        return place.group(1) == "에서"
    clause = cues.CLAUSE_END.split(spot.rest, maxsplit=1)[0]
    if place.group(1) == "에서":
        # `학교 12곳에서 연다` opens new places; `10개 군·구에서 사업을 추진할 계획` runs in them.
        return not cues.OPENED_AT.match(spot.after, place.end())
    return not cues.PLANNED.search(clause)


def special_shape(spot: Spot) -> str | None:
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
        rose = cues.ROSE_TO.match(rest) and cues.FROM_BEFORE.search(spot.raw)
        if rose and cues.CAUSED.search(spot.head):
            return "result"
        return None
    tail = cues.DECIDED.sub("", rest)
    past = cues.PAST_TENSE.search(tail) or cues.ENDS_IN_RESULT.search(tail) or ongoing(spot, tail)
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
    if cues.SHARED_LEVEL.match(rest) and levels.SERVED_TOPIC.search(spot.before):
        return "result"
    return None


def ongoing(spot: Spot, tail: str) -> re.Match[str] | None:
    """`올해는 112명이 참여해 … 일하고 있다`: still going on, within a reported period."""
    return (
        cues.ONGOING.search(tail)
        if spot.in_head(cues.PAST_LEVEL_BEFORE) or "올해" in spot.head
        else None
    )


def raised_level(tail: str) -> str:
    """A joined raise (27%로 끌어올리며 …) is done if the sentence ends in the past, not a plan."""
    tail = cues.DECIDED.sub("", tail)
    past = cues.PAST_TENSE.search(tail)
    plan = cues.PLAN_WORDS.search(tail)
    return "result" if past and (plan is None or past.start() < plan.start()) else "goal"


def own_clause(tail: str) -> str:
    """`tail` up to the next counted number."""
    counted = cues.TARGET_RE.search(tail)
    return tail[: counted.start()] if counted else tail


def any_verb(spot: Spot) -> str | None:
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
    # A plan said after another count is that count's (`45개 기업이 참가해 100명의 채용을 목표로`).
    plan = cues.PLAN_WORDS.search(own_clause(tail))
    if past and (plan is None or past.start() < plan.start()):
        return "result"
    # `300대를 새로 투입하고 … 짓는다` is a plan; `32명이 가정을 방문해 … 제공한다` and
    # `공무원 30명을 투입해 점검한다` tell how a program works.
    object_ = joined.group("particle").strip().endswith(("을", "를")) and spot.unit != "명"
    if plan or (object_ and cues.FUTURE_END.search(tail)):
        return "goal"
    return None


def verb_noun_item(spot: Spot) -> str | None:
    """A noun-final item (`200대 보급,`) is done if the sentence ends in the past, a plan if in a
    plan or the plain present."""
    item = cues.VERB_NOUN_ITEM.match(spot.rest)
    return None if item is None else by_ending(spot.rest[item.end() :])


def last_item(spot: Spot) -> str | None:
    """`… 마을기업 17개 등 사회적경제 기업을 육성했다`: a list's last item, read by its verb."""
    item = levels.LAST_ITEM.match(spot.rest)
    if item is None or not cues.VERB_NOUN.match(spot.rest, item.end()):
        return None
    return by_ending(spot.rest[item.end() :])


def by_ending(tail: str) -> str | None:
    """Result if `tail` ends in the past before any plan, goal if in a plan or the present."""
    tail = cues.AGAINST_GOAL_WORDS.sub("", cues.DECIDED.sub("", tail))
    past = cues.PAST_TENSE.search(tail)
    plan = cues.PLAN_WORDS.search(tail)
    if past and (plan is None or past.start() < plan.start()):
        return "result"
    return "goal" if plan or cues.FUTURE_END.search(tail) else None


def served_by(rest: str) -> str | None:
    """Who a program will serve is a goal; who an event was held for, told in the past, is not."""
    tail = cues.DECIDED.sub("", rest)
    if cues.PAST_TENSE.search(tail) and not cues.PLAN_WORDS.search(tail):
        return None
    return "goal"
