"""How a counted number is typed: a goal, a result, or nothing, by an ordered table of rules.

`target` finds the counts and the clauses around them; this module tries `RULES` in order on one
count (`Spot`) and the first rule that decides wins. Each rule is a small named entry with an
example of the family it stands for, so the order can be read, and changed, in one place. A rule
decides `goal`, `result` or `NO_TYPE` (the count is no target whatever follows), or passes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

from govreader.facts import rules
from govreader.facts import target_cues as cues
from govreader.facts import target_level_cues as levels
from govreader.facts.target_fields import closes_named_list
from govreader.facts.target_own_rate import own_rate_achieved
from govreader.facts.target_reductions import cut_by_deadline
from govreader.facts.target_spot import (
    Spot,
    any_verb,
    by_ending,
    last_item,
    ongoing,
    raised_level,
    served_by,
    special_shape,
    verb_noun_item,
)
from govreader.facts.target_taking_part import will_take_part
from govreader.model import FactKind

NO_TYPE: Final = "none"
Verdict = Literal["goal", "result", "none"] | None


@dataclass(frozen=True)
class Rule:
    """One typing rule: its name, a sentence of its family, and what it decides (None: passes)."""

    name: str
    example: str
    decide: Callable[[Spot], Verdict]

    def __post_init__(self) -> None:
        rules.rule(FactKind.TARGET, self.name, self.example)


def _final(kind: str | None) -> Verdict:
    """A reader's answer taken as the rule's decision: no type is a decision too."""
    if kind == "goal":
        return "goal"
    return "result" if kind == "result" else NO_TYPE


def _took_part(spot: Spot) -> Verdict:
    took = cues.TOOK_PART.match(spot.after) and cues.PROGRAM_TOPIC.search(spot.head)
    return "result" if took else None


def _share_reached(spot: Spot) -> Verdict:
    if not (spot.percent and levels.SHARE_REACHED_OUTCOME.match(spot.rest)):
        return None
    sentence = cues.SENTENCE_END.split(spot.rest, maxsplit=1)[0]
    return "result" if cues.PAST_TENSE.search(sentence) else None


def _beat_goal(spot: Spot) -> Verdict:
    rest = spot.rest
    beat = (
        levels.BEAT_GOAL_AFTER.match(rest)
        or levels.BEAT_RECORD_AFTER.match(rest)
        or (spot.percent and levels.OVER_ACHIEVED.match(rest))
        or (not spot.percent and levels.LEVEL_VS_GOAL.match(rest))
    )
    return "result" if levels.GOAL_IN_BRACKET.match(rest) or beat else None


def _share_of_goal(spot: Spot) -> Verdict:
    reached = cues.BARE_GOAL_BEFORE.search(spot.before) and cues.SHARE_REACHED.match(spot.rest)
    return "result" if spot.percent and reached else None


def _inline_list(spot: Spot) -> Verdict:
    marked = any(mark in spot.head for mark in levels.INLINE_MARKS)
    if not (marked and levels.INLINE_ITEM.match(spot.rest)):
        return None
    if spot.in_head(levels.INLINE_RESULTS):
        return "result"
    if spot.in_head(levels.INLINE_GOALS):
        return "goal"
    if levels.INLINE_CLOSES_RESULTS.search(spot.rest):
        return "result"
    return "goal" if levels.INLINE_CLOSES_GOALS.search(spot.rest) else None


def _results_listed(spot: Spot) -> Verdict:
    return "result" if levels.RESULTS_LISTED.match(spot.rest) else None


def _found_work(spot: Spot) -> Verdict:
    people = spot.unit in cues.PEOPLE_UNITS
    return "result" if people and levels.FOUND_WORK.match(spot.rest) else None


def _rate_shown(spot: Spot) -> Verdict:
    return "result" if spot.percent and levels.RATE_SHOWN.match(spot.rest) else None


def _outcome_rate(spot: Spot) -> Verdict:
    shown = levels.OUTCOME_RATE.search(spot.before) and levels.OUTCOME_RATE_SHOWN.match(spot.rest)
    return "result" if spot.percent and shown else None


def _own_rate(spot: Spot) -> Verdict:
    return "result" if own_rate_achieved(spot) else None


def _goal_changed(spot: Spot) -> Verdict:
    if levels.GOAL_FROM_BEFORE.search(spot.raw) and levels.GOAL_CHANGED_TO.match(spot.rest):
        return "goal"
    goal_before = cues.STRONG_GOAL.search(spot.before)
    return NO_TYPE if goal_before and levels.CHANGED_FROM.match(spot.rest) else None


def _raised(spot: Spot) -> Verdict:
    raised = cues.RAISED.match(spot.rest)
    if not raised or cues.GOAL_BEFORE.search(spot.before):
        return None
    return _final(raised_level(spot.rest[raised.end() :])) if raised.group("joined") else "result"


def _goal_said(spot: Spot) -> Verdict:
    before, after, rest = spot.before, spot.after, spot.rest
    said = (
        cues.GOAL_BEFORE.search(before)
        or cues.GOAL_BRACKET.search(spot.raw)
        or cues.GOAL_AFTER.match(after)
        or levels.RAISE_TO.match(after)
        or levels.SET_OUT.match(after)
        or levels.NAMED_GOAL.match(rest)
        or (levels.SET_AS.match(after) and cues.STRONG_GOAL.search(spot.head))
        or levels.AIMED_AT.match(after)
        or (levels.CALLED_FOR.match(rest) and not cues.PAST_MARKER.search(spot.head))
    )
    return "goal" if said else None


def _served_by(spot: Spot) -> Verdict:
    if levels.SERVED_BY.match(spot.rest) and spot.unit in cues.PEOPLE_UNITS:
        return _final(served_by(spot.rest))
    return None


def _served_reached(spot: Spot) -> Verdict:
    reached = (
        levels.REACHES.match(spot.after)
        and levels.SERVED_TOPIC.search(spot.before)
        and not cues.AS_OF.search(spot.head)
    )
    return "result" if reached else None


def _goal_topic(spot: Spot) -> Verdict:
    topic = levels.TOPIC_END.match(spot.rest) and levels.GOAL_TOPIC.search(spot.head)
    if topic and closes_named_list(spot):
        return NO_TYPE
    return "goal" if topic and not cues.RESULT_BEFORE.search(spot.before) else None


def _result_topic(spot: Spot) -> Verdict:
    topic = levels.TOPIC_END.match(spot.rest) and levels.RESULT_TOPIC.search(spot.head)
    return "result" if topic else None


def _pledged(spot: Spot) -> Verdict:
    return "goal" if levels.PLEDGED.match(spot.rest) else None


def _floor_of_goal(spot: Spot) -> Verdict:
    floor = cues.FLOOR_OF.match(spot.after)
    cue = cues.CUE_AFTER.search(spot.after, floor.end()) if floor else None
    return "goal" if cue and cue.group("goal") else None


def _special(spot: Spot) -> Verdict:
    special = special_shape(spot)
    return _final(special) if special else None


def _skipped(spot: Spot) -> Verdict:
    return NO_TYPE if cues.SKIP_AFTER.match(spot.after) else None


def _expected(spot: Spot) -> Verdict:
    expected = levels.EXPECTED_END.search(spot.rest) and cues.BY_DEADLINE.search(spot.head)
    return "goal" if expected else None


def _result_named(spot: Spot) -> Verdict:
    past_level = cues.RESULT_BEFORE.search(spot.before) and not cues.BY_DEADLINE.search(spot.before)
    named = past_level or cues.AGAINST_GOAL.search(spot.raw) or cues.RESULT_LINE.search(spot.raw)
    return "result" if named else None


def _gave_to(spot: Spot) -> Verdict:
    gave = cues.GAVE_TO.match(spot.rest) if spot.unit in cues.PEOPLE_UNITS else None
    if not gave or cues.AWARD_NEAR.search(gave.group()):
        return None
    return NO_TYPE if cues.GIVEN_HARM.search(gave.group()) else "result"


def _recipients(spot: Spot) -> Verdict:
    given = cues.RECIPIENTS_AT.match(spot.rest) if not spot.percent else None
    if not given or cues.AWARD_NEAR.search(given.group()):
        return None
    return _final(by_ending(spot.rest[given.end() :]) or "goal")


def _prize_or_rough(spot: Spot) -> Verdict:
    award = cues.AWARD_NEAR.search(spot.after)
    done = spot.cue
    earned = award and done and done.group("result") and done.end() <= award.start()
    return NO_TYPE if (award and not earned) or cues.ROUGH_AFTER.match(spot.after) else None


def _goals_listed(spot: Spot) -> Verdict:
    listed = cues.NOUN_FINAL.match(spot.rest) and cues.GOALS_LISTED.match(spot.rest)
    return "goal" if listed else None


def _noun_final(spot: Spot) -> Verdict:
    final = cues.NOUN_FINAL.match(spot.rest) or cues.BY_GOAL.match(spot.rest)
    return "result" if final else None


def _bullet(spot: Spot) -> Verdict:
    planned = (
        cues.PLAN_NOUN_FINAL.match(spot.rest)
        or cues.GIVEN_TO.match(spot.rest)
        or cues.ARROW_BEFORE.search(spot.raw)
    )
    if not (cues.BULLET.match(spot.head) and planned):
        return None
    return "result" if cues.PAST_MARKER.search(spot.head) else "goal"


def _bracket_result(spot: Spot) -> Verdict:
    done = cues.BRACKET_RESULT.match(spot.rest) and cues.THIS_YEAR.search(spot.before)
    return "result" if done else None


def _fell(spot: Spot) -> Verdict:
    return NO_TYPE if cues.FELL.match(spot.rest) else None


def _past_level(spot: Spot) -> Verdict:
    before, after = spot.before, spot.after
    if not cues.PAST_LEVEL_BEFORE.search(before) or cues.AS_OF.search(before):
        return None
    if spot.percent:
        return "result" if cues.COPULA.match(after) else None
    level = cues.LEVEL_AFTER.match(after) and not cues.SHARE_BEFORE.search(before)
    return "result" if level else None


def _item(spot: Spot) -> Verdict:
    item = verb_noun_item(spot) or last_item(spot)
    return _final(item) if item is not None else None


def _no_cue(spot: Spot) -> Verdict:
    return _final(any_verb(spot)) if spot.cue is None else None


def _far_cue(spot: Spot) -> Verdict:
    cue = spot.cue
    assert cue is not None
    near = cues.STRONG_GOAL.match(cue.group()) or cues.NEAR_VERB.match(spot.after[: cue.start()])
    return None if near else NO_TYPE


def _visited(spot: Spot) -> Verdict:
    cue = spot.cue
    assert cue is not None
    if cue.group().startswith("찾아") and spot.unit != "가구":
        return NO_TYPE
    between = spot.after[: cue.start()]
    visited = cues.VISITED.match(cue.group()) or cues.VISITED.search(between)
    return NO_TYPE if spot.unit in cues.VENUE_UNITS and visited else None


def _share_cue(spot: Spot) -> Verdict:
    cue = spot.cue
    assert cue is not None
    if not spot.percent:
        return None
    if not (cues.PERCENT_CUE.search(cue.group()) or cues.PERCENT_CUE.search(spot.raw)):
        return NO_TYPE
    return NO_TYPE if cue.group("result") and cues.SHARE_BEFORE.search(spot.before) else None


def _joined_cue(spot: Spot) -> Verdict:
    cue = spot.cue
    assert cue is not None
    if not cue.group("connective"):
        return None
    if cues.VISITED.match(cue.group()):
        return NO_TYPE
    rest = spot.rest
    tail = cues.DECIDED.sub("", rest[cue.end() :])
    past = cues.PAST_TENSE.search(tail) or cues.ENDS_IN_RESULT.search(tail) or ongoing(spot, tail)
    plan = cues.STATED_PLAN.search(tail)
    if past and plan and plan.start() < past.start():
        return "goal"
    if past or cues.PAST_LEVEL_BEFORE.search(spot.before):
        return "result"
    # A joined verb alone says only what was done; a plan must be said (발행해 … 끌어들일 계획,
    # 창출해 … 살린다).
    plain = not cue.group("done") and cues.PLAIN_CONNECTIVE.match(cue.group())
    # `청년 50명을 선발해 … 지원한다`: who will be picked, told in the plain present.
    picked = cues.PICKED.match(cue.group()) and cues.FUTURE_END.search(tail)
    planned = plain or picked or cues.PLAN_WORDS.search(rest[cue.end() :])
    return "goal" if planned else NO_TYPE


def _going_on(spot: Spot) -> Verdict:
    cue = spot.cue
    assert cue is not None
    going = cue.group("goal") and cues.GOING_ON.match(spot.after, cue.end())
    return NO_TYPE if going else None


def _joined_plan(spot: Spot) -> Verdict:
    cue = spot.cue
    assert cue is not None
    if cue.group("goal") and cue.group().endswith(("하고", "하며")):
        return _final(by_ending(spot.rest[cue.end() :]) or "goal")
    return None


def _cue_word(spot: Spot) -> Verdict:
    cue = spot.cue
    assert cue is not None
    return "result" if cue.group("result") else "goal"


# Tried in order; the first that decides wins. The rules after `no goal or result word after` read
# that word (`Spot.cue`) and are tried only when there is one.
RULES: tuple[Rule, ...] = (
    Rule("took part in a program", "캠프에는 45가족이 참가했다", _took_part),
    Rule("will take part in a program", "1,050여 명이 참여해 … 활동하게 된다", will_take_part),
    Rule("share that reached an outcome", "80%(40명)가 정규직으로 전환됐다", _share_reached),
    Rule("beat its goal", "1,230명으로 목표치(1,000명)를 넘어섰다", _beat_goal),
    Rule("share of the goal reached", "목표치 78%를 조기 달성했다", _share_of_goal),
    Rule("inline list under its heading", "주요 실적으로는 ▲방문진료 412명 ▲…", _inline_list),
    Rule("last of a list of results", "…, 인프라 구축 50건 등의 실적을 냈다", _results_listed),
    Rule("people who found work", "1,670명이 일자리를 구함으로써", _found_work),
    Rule("rate the count shows", "3,501개를 창출해 84.3%의 달성률을 보였다", _rate_shown),
    Rule("outcome rate reached", "정규직 전환율은 58%를 기록했다", _outcome_rate),
    Rule("own employment rate achieved", "고용률 71.2%, 취업자 4만 명을 달성했다", _own_rate),
    Rule("goal raised from one level to another", "목표를 68%에서 70%로 상향했다", _goal_changed),
    Rule("level raised", "38%까지 끌어올린 점", _raised),
    Rule("goal said", "일자리 500개 창출을 목표로", _goal_said),
    Rule("share cut by a deadline", "2030년까지 배출량을 40% 감축한다", cut_by_deadline),
    Rule("who a program serves", "청년 220명을 대상으로 사업을 전개한다", _served_by),
    Rule("served group reached", "이용객은 3만 8천여 명에 이른다", _served_reached),
    Rule("planned quantity as topic", "모집 인원은 모두 130명이다", _goal_topic),
    Rule("work done as topic", "취업 실적은 A 2,300명, B 380명 등이다", _result_topic),
    Rule("goal pledged", "일자리 10만 개 창출을 공약한", _pledged),
    Rule("floor of a goal", "8,800개 이상의 일자리를 창출하겠다", _floor_of_goal),
    Rule("parts, surveys, growth", "수료생 420명 가운데 318명이 취업", _special),
    Rule("change, bound or category after", "지난해보다 320명 늘었다", _skipped),
    Rule("expected by a deadline", "2040년까지 관광객 3,500만 명 … 기대된다", _expected),
    Rule("result named before", "실적은 1,200명", _result_named),
    Rule("people given help", "1,286명에게 이자를 지원했다", _gave_to),
    Rule("recipients of a program", "4개 팀에 강사료를 지원한다", _recipients),
    Rule("prize or rough count", "표창을 받은 12명", _prize_or_rough),
    Rule("noun-final list of goals", "고용률 63.5% 달성, 일자리 3만 개 창출 목표를", _goals_listed),
    Rule("noun-final result", "수용률 69.0%를 달성", _noun_final),
    Rule("bullet line of a plan", "- 퇴직 전문인력 60명 채용,", _bullet),
    Rule("result in brackets", "(올해 58개 기업 참여)", _bracket_result),
    Rule("level that fell", "120곳으로 줄었다", _fell),
    Rule("past level", "지난해 취업자는 1,200명으로", _past_level),
    Rule("item of a list read by its verb", "전기차 200대 보급, … 줄였다", _item),
    Rule("no goal or result word after", "1,900여 명을 진료했다", _no_cue),
    Rule("word too far from the count", "12곳은 … 다섯 낱말 넘어 창출했다", _far_cue),
    Rule("places visited", "경로당 5곳을 방문했다", _visited),
    Rule("share without a measure", "59%를 매립해 조성", _share_cue),
    Rule("joined verb read by the ending", "3,780개의 일자리를 만들고 … 했다", _joined_cue),
    Rule("going on", "서비스를 제공하고 있다", _going_on),
    Rule("joined plan verb", "2,800명을 선발하고 … 선발했다", _joined_plan),
    Rule("the word after", "일자리 1,200개를 창출했다", _cue_word),
)


def type_of(spot: Spot) -> tuple[str | None, str | None]:
    """The type of a count that is not `vetoed` (goal, result, or None when nothing says) and
    the name of the rule that decided it."""
    for rule in RULES:
        verdict = rule.decide(spot)
        if verdict is not None:
            return None if verdict == NO_TYPE else verdict, rule.name
    return None, None
