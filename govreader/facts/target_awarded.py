"""Counts of those a prize, a medal, a plaque or a scholarship went to: winners, never targets.

Winners are also counted by their grade, a count right after each of two or more grades
(`최우수 축제 7개, 우수축제 10개`, `장관상(2곳), 도지사상(3곳)`): how many got each grade, unless
the sentence plans to pick them, which is a goal.

`target_vetoes` reads a sentence about a prize by its grade or its giver (우수상을, 장관상이). A
prize is also named after the head of the body that gives it (학회장상, 연구원장상, 총장상), as a
medal (포장은 … 등 3명이 받았다) or a plaque (6개 기업에 선정패를 전달했다); and students picked
as scholars or handed a scholarship certificate (고등학생 23명을 장학생으로 선발하고 … 전달했다,
통장 7명에게 장학 증서를 전달했다) are winners of one. Counted in such a sentence, people and
bodies are who received it (LABELING: counts of winners and selected bodies are not targets),
unless the sentence speaks of work done or a goal (`일자리 창출 우수기업 선정패`, `취업 목표`).
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.target_sentence import plain
from govreader.facts.target_spot import Spot

# `학회장상,` `연구원장상을`, `외 6명(지회장상)`: the giver's title before 상, then a particle, a
# comma, a closing bracket or a space.
HEAD_PRIZE = plain(r"[가-힣]장상(?:을|이|은|과|와|,|\)|\s)")
# Medals and plaques handed over, as the topic, object or subject of the clause.
MEDAL_OR_PLAQUE = plain(r"(?:훈장|포장|상장|상패|선정패|인증패)(?:을|를|은|는|이|가|과|와|\s)")
# Scholars picked (장학생으로 선발했다) or given a scholarship certificate are winners; people
# given a scholarship's money (85명에게 장학금을 줬다) are people given help, a result.
SCHOLARSHIP = plain(r"장학생|장학\s?증서")
# Handed over or picked, not planned: a plan to pick scholars (`장학생 150명을 선발할 계획`) is
# read like any plan to pick people, by the other rules.
HANDED_OVER = plain(r"(?:전달|수여|지급|지원|선발|선정)(?:했|하였|됐|되었)|주었|줬|받았")
WORK_DONE = plain(r"목표|실적|달성|창출|취업|일자리|창업")


def awarded(spot: Spot) -> bool:
    """A count of people or bodies in a sentence that gives a prize, a medal, a plaque or a
    scholarship and tells of no work done."""
    if spot.percent:
        return False
    if spot.in_sentence(WORK_DONE):
        return False
    given = spot.in_sentence(HEAD_PRIZE) or spot.in_sentence(MEDAL_OR_PLAQUE)
    return given or (spot.in_sentence(SCHOLARSHIP) and spot.in_sentence(HANDED_OVER))


# A grade (최우수, 우수, 장려, 대표, 유망, 금·은·동, a giver's prize) with at most the kind of
# winner after it (`최우수 축제`, `우수기관`, `장관상(`).
GRADE = (
    r"(?:(?<![가-힣])(?:최우수|우수|장려|대표|유망|특별|[금은동])"
    r"(?:상|\s?(?:축제|기관|단체|사례|기업|작품|도시|지자체|시군|자치단체))"
    r"|[가-힣]장상|(?:장관|대통령|총리|지사|시장|군수|구청장)상)\s?\(?"
)
GRADE_BEFORE = re.compile(GRADE + r"$")
# The grades of one sentence, each before a count: winners are counted by grade when two or more
# are (`최우수 6개, 우수 9개`); one good thing counted (`우수 기업 12곳을 발굴해`) is no grade.
GRADE_COUNTED = re.compile(GRADE + r"(?=\d)")


def graded_winners(spot: Spot) -> bool:
    """A count right after a prize's grade, among two or more graded counts of its sentence, in a
    sentence that plans no picking."""
    if spot.percent or not GRADE_BEFORE.search(spot.raw):
        return False
    sentence = spot.sentence
    if len(GRADE_COUNTED.findall(sentence)) < 2:
        return False
    return not cues.PLAN_WORDS.search(cues.DECIDED.sub("", sentence))
