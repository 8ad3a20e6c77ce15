"""Counts that are never a target, whatever the counts beside them are.

A veto is said by the count's own clause: turnout at an event, bodies picked or counted, staff
and places a program runs, the reach of a thing, programs counted, calls received, applicants,
estimates, harm, agenda items, pools, winners, means. A vetoed count takes no type from a list, a
pair or a sum beside it (`target_parts`). Kept apart from `target_typing`, which weighs the cues
that do make a count a goal or a result.
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.phrases import is_plain_word
from govreader.facts.target_typing import Spot

# Turnout at an event or a meeting (행사에는 … 150여명이 참석했다, 축제에 2백만 명이 다녀갔다) is
# not what a program achieved; 참석 is attendance wherever it is said.
ATTENDED = re.compile(r"^(?:[이가을를]\s)?(?:[^\s,.]+\s){0,2}?[^\s,.]*참석")
EVENT = re.compile(
    r"행사|축제|박람회|대회|페스티벌|기념식|시상식|설명회|발대식|개막식|개장식|준공식|개소식|공연"
    r"|전시회|훈련|회의|간담회|협의회|보고회|토론회|워크숍|세미나|포럼|총회|결의대회"
)
TURNOUT = re.compile(
    r"^(?:여\s?)?[이가을를의]?\s?(?:[^\s,.]+\s){0,3}?[^\s,.]*?"
    r"(?:참여|참가|다녀|몰렸|몰려|모였|모인|모았|운집|찾았|찾은|찾아|방문|관람)"
)
# Bodies or places picked (운영단체 28곳을 선정했다, 4개 지자체가 … 최우수기관으로 선정됐다) are
# winners or chosen bodies; a plan to pick them (100개 기업을 선정할 계획) is a goal, and people
# picked into a program (청년농 38명이 선정돼) are served.
PICKED_BODIES = re.compile(
    r"^(?:여\s?)?[이가을를은는]?\s?(?:[^\s,.]+\s){0,4}?[^\s,.]*?(?:선정|뽑)"
    r"(?:됐|했|되었|하였|혔|았|돼|해|하여|되어)"
)
PICKED_UNITS = ("곳", "개", "개소", "개사", "개교", "팀")
# Programs counted as the topic (국도비 사업은 642개로 편성돼) are a count too, and so are projects
# counted in 건 (정비사업 등 4건, 15억원을 확보했다; 총 336건 3339억원 규모 국도비 사업을 발굴했다).
PROGRAMS_TOPIC = re.compile(
    r"(?:사업|과제|시책|강좌|프로그램|공약)(?:\s?수)?(?:은|는|이|가)\s(?:총\s|모두\s|약\s)?$"
)
PROJECTS_BEFORE = re.compile(r"(?:사업|과제|시책|공약)\s?등\s(?:총\s|모두\s)?$")
PROJECTS_AFTER = re.compile(
    r"^(?:여)?\s(?:[^\s,.]+\s){0,3}?[^\s,.]*(?:사업|과제|시책|공약)(?:을|를|이|가|은|는|에|으로|로)?\s"
)
# An estimate (방문객이 다녀간 것으로 추정된다, 640여 명으로 추산) is not a count made.
ESTIMATED = re.compile(r"(?:것으로|으로|로)\s(?:추정|추산)")
# Staff or places a program runs (재난 도우미 50여 명을 운영하는, 임시주차장 4곳과 셔틀버스를
# 운영했지만) are its means and scale, not what it achieves.
STAFF_RUN = re.compile(r"^(?:여\s?)?(?:을|를)\s(?:[^\s,.]+\s)?운영")
RUN_PLACES = re.compile(
    r"^(?:여\s?)?(?:을|를|과|와|및)\s(?:[^\s,.]+(?<![어해여고])\s){0,2}?(?:[^\s,.]+(?:을|를)\s)?"
    r"운영(?:했|하며|하고|한|해|하는)"
)
# Staff and volunteers who take part or are put in (복지통장 632명과 … 1,329명이 참여해, 공무원
# 30명을 투입해) are a program's means; hired or trained staff (전문인력 45명 채용) are not.
STAFF_BEFORE = re.compile(
    r"(?:공무원|직원|자원봉사자|봉사자|인력|관계자|위원|전문가|강사|도우미|활동가|통장|단원|요원|대원"
    r"|관계관|경찰|소방관|의료진|공동체)\s?(?:등\s)?$"
)
STAFF_ACT = re.compile(
    r"^(?:여\s?)?(?:[이가을를]|과|와)?\s?(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:참여|참가|투입|동원|나서|나선|활동|찾아|방문|배치)"
)
# A count as the topic of its own clause (입교 기업 1,065개사는 매출액 1,194억 원을 달성했으며) is
# who did something, not what was done.
COUNT_TOPIC = re.compile(r"^(?:여)?(?:은|는)\s(?:[^\s,.]+\s){0,3}?[^\s,.]+(?:을|를)\s")
# A share of people as the topic (`재방문한 사람은 61%로 집계됐다`, `외지인은 71%`) describes who
# came or answered: a statistic, not a level reached.
PEOPLE_SHARE = re.compile(
    r"(?:사람|주민|시민|방문객|관광객|관람객|응답자|거주자|외지인|이용자|참가자|참여자|가구)(?:은|는|이|가)\s$"
)
# Harm said after the count (전복 양식장 37곳이 피해를 입었고).
HARM_AFTER = re.compile(r"^(?:여)?[이가]\s(?:[^\s,.]+\s)?(?:피해|사망|부상|침수|파손|붕괴|고립)")
# What a thing spans (전 세계 150여 개 국가의 인증을, 12개국 참가자): countries and the world
# are its reach, not a goal, unless one is said.
SPAN_BEFORE = re.compile(r"(?:전\s?세계|세계|전국|국내외|해외)\s?$")
COUNTRIES_AFTER = re.compile(r"^(?:여)?\s?(?:국가|나라)")
REACH_AFTER = re.compile(
    r"^(?:여)?\s?(?:국가|나라)?(?:의\s|\s?(?:선수|참가|대표|바이어|기업|도시))"
)
# Calls and complaints received (119신고 건수가 12만 8,500건, △화재 신고 4,407건) are demand, a
# statistic; a rate (2분에 1건꼴) is no count at all.
DEMAND_BEFORE = re.compile(r"(?:신고|민원|출동|발생)[’'”\"]?\s?(?:건수)?(?:가|는|은|이)?\s?$")
RATE_AFTER = re.compile(r"^(?:여)?\s?(?:꼴|당|마다)")
# Applicants (교육생 모집에는 1,052명이 지원해 5.1대 1의 경쟁률을 기록했다) are the demand a call
# met, and a pool looked over (68명을 대상으로 … 평가를 거쳐 38명을 선정) is not who was picked.
APPLIED = re.compile(
    r"^(?:여\s?)?[이가]\s(?:[^\s,.]+\s)?(?:지원|신청|응모|응시)(?:해|했|하여|하였|한|하는|하며)"
)
CALL = re.compile(r"경쟁률|\d\s?대\s?1|모집|공모")
POOL_REVIEWED = re.compile(
    r"^(?:여)?\s?(?:을|를)\s대상으로\s(?:[^\s.]+\s){0,8}?[^\s.]*(?:평가|심사|심의|면접|서류)"
)
# A total of agenda items (조례안 12건, 동의안 3건 등 모두 15건을 처리했다).
AGENDA = re.compile(r"조례안|동의안|안건|의안|결의안|건의안|예산안|규칙안|개정안")


def vetoed(spot: Spot) -> bool:
    """Counts that are never a target, whatever the counts beside them are: turnout, ranges,
    harm, programs counted, estimates, agenda items (also a total after them), counts as topics,
    staff, ratios, pools, winners, means, gaps to another group, a single place."""
    before, after, rest, raw = spot.before, spot.after, spot.rest, spot.raw
    if _turnout(spot) or cues.RANGE_BEFORE.search(raw) or cues.HARM_BEFORE.search(before):
        return True
    if spot.unit in ("개", "건") and PROGRAMS_TOPIC.search(before):
        return True
    if spot.unit == "건" and (PROJECTS_BEFORE.search(raw) or PROJECTS_AFTER.match(rest)):
        return True
    if ESTIMATED.search(after) or (spot.unit == "건" and AGENDA.search(spot.head)):
        return True
    if (spot.unit == "건" and DEMAND_BEFORE.search(raw)) or RATE_AFTER.match(after):
        return True
    countries = spot.unit == "개국" or (spot.unit == "개" and COUNTRIES_AFTER.match(after))
    reach = SPAN_BEFORE.search(before) or (countries and REACH_AFTER.match(after))
    if reach and not cues.STRONG_GOAL.search(before + after):
        return True
    if COUNT_TOPIC.match(after) and not cues.STRONG_GOAL.search(after):
        return True
    if HARM_AFTER.match(after) or POOL_REVIEWED.match(rest):
        return True
    if APPLIED.match(rest) and CALL.search(spot.head + rest):
        return True
    if spot.unit in cues.VENUE_UNITS and RUN_PLACES.match(rest):
        return True
    if spot.unit in cues.PEOPLE_UNITS and STAFF_RUN.match(rest):
        return True
    if spot.unit == "명" and STAFF_BEFORE.search(before) and STAFF_ACT.match(rest):
        return True
    ratio = cues.RATIO_BEFORE.search(raw)
    if ratio and all(is_plain_word(word) for word in ratio.group("words").split()):
        return True
    if _skipped(spot) or cues.GRADE_BEFORE.search(before) or cues.GRADE_AFTER.match(rest):
        return True
    if cues.MEANS_AFTER.match(after) or after.startswith("씩") or cues.OWNS_MEASURE.match(after):
        return True
    if spot.percent and PEOPLE_SHARE.search(before):
        return True
    gap = spot.percent and cues.GAP_AFTER.match(after) and "보다" in before
    if gap and not cues.CAUSED.search(spot.head):
        return True
    return spot.unit in cues.SINGLE_UNITS and spot.value == 1


def _turnout(spot: Spot) -> bool:
    """People, teams or firms at an event or a meeting, or any who attended (참석), unless a goal
    is said."""
    if spot.percent or cues.STRONG_GOAL.search(spot.before + spot.after):
        return False
    if spot.unit in cues.PEOPLE_UNITS and ATTENDED.match(spot.after):
        return True
    if not TURNOUT.match(spot.rest):
        return False
    sentence = spot.head + cues.CLAUSE_END.split(spot.rest, maxsplit=1)[0]
    return bool(EVENT.search(sentence))


def _skipped(spot: Spot) -> bool:
    """Counts that are never targets: agenda items, evaluation pools, fields ranked against,
    winners of a prize, venues, planned places."""
    if cues.AGENDA_BEFORE.search(spot.raw) or cues.AGENDA_AFTER.match(spot.rest):
        return True
    if cues.POOL_AFTER.match(spot.rest) or spot.prize_topic:
        return True
    if cues.REVIEWED.match(spot.after) and not cues.STRONG_GOAL.search(spot.after):
        return True
    if _picked_bodies(spot):
        return True
    bodies = (
        cues.BODIES.match(spot.after.lstrip())
        or cues.BODIES.search(spot.before[-8:])
        or (spot.after.startswith("의 ") and cues.BODIES.search(spot.before))
        or (spot.after.startswith("의 ") and cues.BODIES.match(spot.after[2:]))
    )
    if bodies and not cues.STRONG_GOAL.search(spot.before + spot.after):
        return True
    return bool(bodies and cues.EVALUATION.search(spot.head + spot.rest))


def _picked_bodies(spot: Spot) -> bool:
    """Bodies or places picked, as told after the fact (not a plan to pick them)."""
    picked = PICKED_BODIES.match(spot.rest)
    if spot.unit not in PICKED_UNITS or picked is None:
        return False
    tail = cues.DECIDED.sub("", spot.rest[picked.end() :])
    past = picked.group().endswith(("됐", "했", "되었", "하였", "혔", "았"))
    return past or (bool(cues.PAST_TENSE.search(tail)) and not cues.PLAN_WORDS.search(tail))
