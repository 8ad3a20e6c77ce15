"""How a counted number is typed: a goal, a result, or nothing.

`target` finds the counts and the clauses around them; this module weighs the cues of
`target_cues` around one count (`Spot`) and says what it is. Kept apart so the typing rules can be
read, in order, without the scanning and list logic around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govreader.facts import target_cues as cues
from govreader.facts import target_level_cues as levels


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

    @property
    def percent(self) -> bool:
        return self.unit.startswith("%")


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


def _special(spot: Spot) -> str | None:
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
    if cues.SHARED_LEVEL.match(rest) and levels.SERVED_TOPIC.search(spot.before):
        return "result"
    return None


def _ongoing(spot: Spot, tail: str) -> re.Match[str] | None:
    """`올해는 112명이 참여해 … 일하고 있다`: still going on, within a reported period."""
    return (
        cues.ONGOING.search(tail)
        if cues.PAST_LEVEL_BEFORE.search(spot.head) or "올해" in spot.head
        else None
    )


def _raised(tail: str) -> str:
    """A joined raise (27%로 끌어올리며 …) is done if the sentence ends in the past, not a plan."""
    tail = cues.DECIDED.sub("", tail)
    past = cues.PAST_TENSE.search(tail)
    plan = cues.PLAN_WORDS.search(tail)
    return "result" if past and (plan is None or past.start() < plan.start()) else "goal"


def _own_clause(tail: str) -> str:
    """`tail` up to the next counted number."""
    counted = cues.TARGET_RE.search(tail)
    return tail[: counted.start()] if counted else tail


def _any_verb(spot: Spot) -> str | None:
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
    plan = cues.PLAN_WORDS.search(_own_clause(tail))
    if past and (plan is None or past.start() < plan.start()):
        return "result"
    # `300대를 새로 투입하고 … 짓는다` is a plan; `32명이 가정을 방문해 … 제공한다` and
    # `공무원 30명을 투입해 점검한다` tell how a program works.
    object_ = joined.group("particle").strip().endswith(("을", "를")) and spot.unit != "명"
    if plan or (object_ and cues.FUTURE_END.search(tail)):
        return "goal"
    return None


def _verb_noun_item(spot: Spot) -> str | None:
    """A noun-final item (`200대 보급,`) is done if the sentence ends in the past, a plan if in a
    plan or the plain present."""
    item = cues.VERB_NOUN_ITEM.match(spot.rest)
    return None if item is None else by_ending(spot.rest[item.end() :])


def _last_item(spot: Spot) -> str | None:
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


def _served_by(rest: str) -> str | None:
    """Who a program will serve is a goal; who an event was held for, told in the past, is not."""
    tail = cues.DECIDED.sub("", rest)
    if cues.PAST_TENSE.search(tail) and not cues.PLAN_WORDS.search(tail):
        return None
    return "goal"


def type_of(spot: Spot) -> str | None:
    """The type of a count that is not `vetoed`: goal, result, or None when nothing says."""
    before, after, rest, raw = spot.before, spot.after, spot.rest, spot.raw
    if cues.TOOK_PART.match(after) and cues.PROGRAM_TOPIC.search(spot.head):
        return "result"
    beat = (
        levels.BEAT_GOAL_AFTER.match(rest)
        or levels.BEAT_RECORD_AFTER.match(rest)
        or (spot.percent and levels.OVER_ACHIEVED.match(rest))
        or (not spot.percent and levels.LEVEL_VS_GOAL.match(rest))
    )
    if levels.GOAL_IN_BRACKET.match(rest) or beat:
        return "result"
    # `목표치 78%를 조기 달성했다`: the share of the goal reached.
    if spot.percent and cues.BARE_GOAL_BEFORE.search(before) and cues.SHARE_REACHED.match(rest):
        return "result"
    inline = levels.INLINE_ITEM.match(rest) and "▲" in spot.head
    if inline and levels.INLINE_RESULTS.search(spot.head):
        return "result"
    if inline and levels.INLINE_GOALS.search(spot.head):
        return "goal"
    raised = cues.RAISED.match(rest)
    if raised and not cues.GOAL_BEFORE.search(before):
        return _raised(rest[raised.end() :]) if raised.group("joined") else "result"
    if (
        cues.GOAL_BEFORE.search(before)
        or cues.GOAL_BRACKET.search(raw)
        or cues.GOAL_AFTER.match(after)
        or levels.RAISE_TO.match(after)
        or levels.SET_OUT.match(after)
        or levels.NAMED_GOAL.match(rest)
        or (levels.SET_AS.match(after) and cues.STRONG_GOAL.search(spot.head))
        or levels.AIMED_AT.match(after)
        or (levels.CALLED_FOR.match(rest) and not cues.PAST_MARKER.search(spot.head))
    ):
        return "goal"
    if levels.SERVED_BY.match(rest) and spot.unit in cues.PEOPLE_UNITS:
        return _served_by(rest)
    if (
        levels.REACHES.match(after)
        and levels.SERVED_TOPIC.search(before)
        and not cues.AS_OF.search(spot.head)
    ):
        return "result"
    topic = levels.TOPIC_END.match(rest) and levels.GOAL_TOPIC.search(spot.head)
    if topic and not cues.RESULT_BEFORE.search(before):
        return "goal"
    if levels.TOPIC_END.match(rest) and levels.RESULT_TOPIC.search(spot.head):
        return "result"
    if levels.PLEDGED.match(rest):
        return "goal"
    floor = cues.FLOOR_OF.match(after)
    if floor and (cue := cues.CUE_AFTER.search(after, floor.end())) and cue.group("goal"):
        return "goal"
    special = _special(spot)
    if special:
        return special
    if cues.SKIP_AFTER.match(after):
        return None
    if levels.EXPECTED_END.search(rest) and cues.BY_DEADLINE.search(spot.head):
        return "goal"
    past_level = cues.RESULT_BEFORE.search(before) and not cues.BY_DEADLINE.search(before)
    if past_level or cues.AGAINST_GOAL.search(raw) or cues.RESULT_LINE.search(raw):
        return "result"
    # People given help (21명에게 창업을 지원한 사업으로 … 상을 받았다) are served, whatever prize
    # the sentence goes on to name; people given a prize or a harm are not.
    gave = cues.GAVE_TO.match(rest) if spot.unit in cues.PEOPLE_UNITS else None
    if gave and not cues.AWARD_NEAR.search(gave.group()):
        return None if cues.GIVEN_HARM.search(gave.group()) else "result"
    # `4개 팀에 강사료와 … 등을 지원한다`: recipients of a program, planned or served.
    given = cues.RECIPIENTS_AT.match(rest) if not spot.percent else None
    if given and not cues.AWARD_NEAR.search(given.group()):
        return by_ending(rest[given.end() :]) or "goal"
    # A prize said after the count's own verb (`2,900개의 일자리를 만들어 최우수상을 받았다`) is
    # what the work earned; said first (`우수상 3곳`, `표창을 받은 12명`) it is the count's.
    award = cues.AWARD_NEAR.search(after)
    done = cues.CUE_AFTER.search(after)
    earned = award and done and done.group("result") and done.end() <= award.start()
    if (award and not earned) or cues.ROUGH_AFTER.match(after):
        return None
    if cues.NOUN_FINAL.match(rest) and cues.GOALS_LISTED.match(rest):
        return "goal"
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
    item = _verb_noun_item(spot) or _last_item(spot)
    if item is not None:
        return item
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
        plan = cues.STATED_PLAN.search(tail)
        if past and plan and plan.start() < past.start():
            return "goal"
        if past or cues.PAST_LEVEL_BEFORE.search(before):
            return "result"
        # A joined verb alone says only what was done; a plan must be said (발행해 … 끌어들일 계획,
        # 창출해 … 살린다).
        plain = not cue.group("done") and cues.PLAIN_CONNECTIVE.match(cue.group())
        # `청년 50명을 선발해 … 지원한다`: who will be picked, told in the plain present.
        picked = cues.PICKED.match(cue.group()) and cues.FUTURE_END.search(tail)
        planned = plain or picked or cues.PLAN_WORDS.search(rest[cue.end() :])
        return "goal" if planned else None
    if cue.group("goal") and cues.GOING_ON.match(after, cue.end()):
        return None
    # `2,800명을 선발하고 … 205명을 선발했다`: a joined plan verb is read by how the sentence ends.
    if cue.group("goal") and cue.group().endswith(("하고", "하며")):
        return by_ending(rest[cue.end() :]) or "goal"
    return "result" if cue.group("result") else "goal"
