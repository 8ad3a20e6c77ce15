"""Counts of a field rather than of what was done: bodies evaluated or picked, winners of a
prize, items a review looks at, a field ranked against.

Why a module of its own: these vetoes read who or what a count is (the bodies, winners or agenda
of an evaluation, a prize or a review) rather than the clause's verb, and they share the
patterns of bodies and winners; `target_vetoes` asks them, beside its other vetoes, through
`field_counted`.
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.target_spot import Spot

# Bodies or places picked (운영단체 28곳을 선정했다, 4개 지자체가 … 최우수기관으로 선정됐다, 4곳이
# 거점센터로 지정됐다, 11건이 본선에 진출했다, 심사를 거쳐 최종 20개 팀을 선발했다, 지난해 50개
# 기업을 선정한 데 이어) are winners or chosen bodies; a plan to pick them (100개 기업을 선정할
# 계획, 12개 팀을 선발해 지원한다) is a goal, and people picked into a program (청년농 38명이
# 선정돼) are served. A pick joined to a later verb (`30개 팀을 선발하고 협약을 맺었다`) or told
# as experience (`… 선정하고 … 지원한 바 있다`) is read by the sentence's ending. Places a body
# designates itself (`돌봄 거점 6곳을 새로 지정했다`) are its own work, left to the other rules.
PICKED_BODIES = re.compile(
    # the pick is the count's own verb: no clause joint (만들고, 열며) between
    r"^(?:여\s?)?[이가을를은는]?\s?(?:[^\s,.]*[^\s,.고며]\s){0,4}?[^\s,.]*?"
    r"(?:(?:선정|뽑|진출|선발)(?:됐|했|되었|하였|혔|았|돼|해|하여|되어)"
    r"|지정(?:됐|되었|돼|되어)|(?:선정|선발)하고(?![가-힣])|뽑고(?![가-힣])"
    r"|(?:선정|선발)한(?=\s(?:데|바)\s))"
)
PICKED_UNITS = ("곳", "개", "개소", "개사", "개교", "팀", "건")
# The count closes a list that names the bodies or places (`강릉, 전주와 목포 등 3곳을 선정해`,
# `지원 대상은 A시장, B시장 등 12곳이다`): they are known, so the count tells how many there are,
# whatever the tense. Two or more names, no count among them (a breakdown `A 4곳, B 3곳 등 모두
# 7곳` is no named list).
LISTED_BEFORE = re.compile(
    r"[^\d\s][,·]\s?[^\d,]+\s등\s(?:총\s|모두\s)?$|[가-힣](?:과|와)\s[^\d,]+\s등\s$"
)
# Done before, told as experience (`… 37개 팀을 선발하고 운영비를 지원한 바 있다`).
DONE_BEFORE = re.compile(r"[가-힣]\s바\s?있")
# A field ranked against (그룹 38곳 가운데 가장 높은 점수, 36팀 중 1위) is not what was achieved.
POOL_AFTER = re.compile(
    r"^(?:여)?\s?(?:가운데|중에서|중)\s(?:[^\s,.]+\s){0,2}?(?:가장|최고|유일|으뜸|최초|\d{1,3}위)"
)
REVIEW_VERB = r"처리할|심의할|심사할|살펴볼|살펴|점검할|검토할|논의할|다룰|상정"
# What is looked at is the count's own verb, within a few words (12건을 심의할), not a later one.
REVIEWED = re.compile(
    rf"^(?:여)?(?:[을를이가의]\s|\s)?(?:[^\s,.]+\s){{0,3}}?[^\s,.]*(?:{REVIEW_VERB})"
)
# Bodies counted as an evaluation's field (전국 226개 시군구) are not what the article achieved.
BODIES = re.compile(
    r"(?:기초|광역)?(?:지방)?자치단체|(?:광역)?지자체|시군구|시·군·구|시·군|시군|기관|시도|시·도|지방정부|광역"
)
EVALUATION = re.compile(r"평가|심사|공모|대상으로")
# Winners named as what is counted (구민상 수상자 12명을 선정했다, 총 9명의 수상자를 확정했다):
# counts of winners are never targets, whoever the prize is for.
WINNERS = r"(?:수상자|수상팀|수상\s?기관|수상\s?단체|수상작|입상자|입상팀|당선자|당선작)"
WINNERS_BEFORE = re.compile(WINNERS + r"\s?(?:은|는|로는|으로는)?\s?(?:총\s|모두\s)?$")
WINNERS_AFTER = re.compile(r"^(?:여)?(?:의\s|\s)?" + WINNERS)


# Firms or bodies that take part, as the subject of the clause (`320개 기업이 참여해`, `총 6개의
# 협력기관에서 참여했다`), the partners joined to the work (`15개 기업과 청년을 연결해`) or the
# agents of another count (`총 5개 기업이 80명을 채용할 계획`): who does the work, not its yield;
# firms drawn or picked (`기업 40개를 유치`, `12개 기업이 입주했다`) are left to the other rules.
BODY_UNITS = ("개", "곳", "개사", "개소")
BODY = r"(?:기업|업체|기관|단체|회사|사업체|협력기관|유관기관|사업장|법인|업소)(?:들)?"
BODIES_AS_AGENTS = re.compile(
    rf"^(?:여)?(?:의)?\s?(?:[가-힣·]{{1,8}}\s){{0,2}}?[가-힣·]{{0,8}}?{BODY}"
    r"(?:(?:이|가|에서)\s(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:참여|참가)"
    r"|(?:과|와)\s(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:연결|연계|매칭|협력|손잡)"
    r"|(?:이|가)\s(?:총\s|모두\s|약\s)?\d[\d,.만천]*(?:여)?\s?명(?:을|를|의)\s)"
)


def field_counted(spot: Spot) -> bool:
    """Counts that are never targets: fields ranked against, winners of a prize, what a review
    looks at, bodies picked or counted, bodies that take part."""
    if POOL_AFTER.match(spot.rest) or spot.prize_topic:
        return True
    if spot.unit in BODY_UNITS and BODIES_AS_AGENTS.match(spot.rest):
        return True
    if WINNERS_BEFORE.search(spot.before) or WINNERS_AFTER.match(spot.after):
        return True
    if REVIEWED.match(spot.after) and not cues.STRONG_GOAL.search(spot.after):
        return True
    if _picked_bodies(spot):
        return True
    bodies = (
        BODIES.match(spot.after.lstrip())
        or BODIES.search(spot.before[-8:])
        or (spot.after.startswith("의 ") and BODIES.search(spot.before))
        or (spot.after.startswith("의 ") and BODIES.match(spot.after[2:]))
    )
    if bodies and not cues.STRONG_GOAL.search(spot.before + spot.after):
        return True
    return bool(bodies and EVALUATION.search(spot.head + spot.rest))


def closes_named_list(spot: Spot) -> bool:
    """Bodies or places counted after the list that names them (`A, B 등 12곳`): a known set,
    counted, not a volume planned or reached."""
    return spot.unit in PICKED_UNITS and LISTED_BEFORE.search(spot.raw) is not None


def _picked_bodies(spot: Spot) -> bool:
    """Bodies or places picked, as told after the fact (not a plan to pick them) or named in a
    list the count closes."""
    picked = PICKED_BODIES.match(spot.rest)
    if spot.unit not in PICKED_UNITS or picked is None:
        return False
    if closes_named_list(spot):
        return True
    tail = cues.DECIDED.sub("", spot.rest[picked.end() :])
    past = picked.group().endswith(("됐", "했", "되었", "하였", "혔", "았", "한"))
    done = cues.PAST_TENSE.search(tail) or cues.ONGOING.search(tail) or DONE_BEFORE.search(tail)
    return past or (bool(done) and not cues.PLAN_WORDS.search(tail))
