"""Counts that are rates, volumes of routine work or modelled effects, never a target.

- A rate per day or month (`하루 평균 300명이 찾는다`, `매일 40건의 상담이 이뤄졌다`, `월평균
  500건을 처리해`, `1일 수용 인원을 400명에서 800명으로 늘렸다`) says how busy something is, not
  what a program did or aims at: the labels count levels reached, not speeds. Shares are left to
  their own rules (`연평균 고용률 66%` is a level).
- An induced or ripple effect of an investment (`1,200명의 고용유발효과`, `고용 3,000명의 직접
  파급효과가 기대된다`, `고용 유발효과 5,241명`) is a figure of an economic model, neither a
  goal a body sets nor a result it reached; jobs a firm or a city says it will create
  (`300명을 신규 고용할 계획`) are goals and stay.
- A level forecast to come about on its own (`관광객이 400만 명을 넘어설 것으로 전망`, `1,000개
  시대가 도래할 것으로`, `32만 명이 더 올 것으로`) or an overshoot of a goal forecast or posed as a
  condition (`목표를 5% 이상 초과 달성할 수 있을 것으로 기대`, `126.7% 초과 달성해야 가능하다`) is
  a forecast, not a goal a body sets or a result it reached; jobs a body expects to create
  (`300명의 일자리가 창출될 것으로 기대`) are goals and stay.
- The volume of civil petitions a city handled or certificates it issued, told as a statistic
  (`처리한 민원이 총 52만 건으로 지난해보다 4% 늘었다`, `무인발급기로 3만 1천 건을 발급했다`),
  is the demand a city met, not a program's result; what a program did with them stays
  (`이동민원실에서 1,200건의 민원을 현장에서 처리했다`).

`target_vetoes` asks these beside its other vetoes.
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.target_spot import Spot

# The word just before the count names a period it is counted over (`한 달 평균 약`, `월평균`,
# `매일`); `1일` counts only as `1일 평균` or `1일 최대`, since `지난 1일` is a date.
PER_PERIOD_BEFORE = re.compile(
    r"(?:평균|(?<![\d가-힣])(?:하루|매일|매월|매달|매주|1일\s?(?:평균|최대)))\s(?:약\s|최대\s)?$"
)
# A capacity or a speed named in the clause (`1일 수용 인원을 400명에서`, `하루 처리 능력`).
CAPACITY = re.compile(
    r"(?:하루|1일|일일|시간당|회당)\s?(?:최대\s?)?(?:수용|처리|이용|생산)\s?(?:인원|능력|가능|량|규모)"
)
# `1,200명의 고용유발효과`, `고용 2,779명의 직접 파급효과가`: the rest of the count's clause names
# an induced or ripple effect, with no verb of its own between (`12개 업체가 입주할 예정으로 총
# 900명 고용유발과` counts the firms moving in).
EFFECT_AFTER = re.compile(
    r"^(?:(?!예정|계획|[할될]\s|하고|하며|으로\s|로\s)[^,.]){0,40}?(?:유발\s?효과|파급\s?효과|유발과\s)"
)
# `고용 유발효과 5,241명`, `고용유발효과는 1만 명`: the effect named just before the count.
EFFECT_BEFORE = re.compile(r"(?:유발|파급)\s?효과(?:는|은|가|이)?\s(?:약\s)?$")


# The count's own clause tells a level arriving on its own, or a goal beaten, as a forecast or a
# condition: `을 넘어설 것으로`, `이 더 올 것으로`, `이상 초과 달성할 수 있을 것으로`,
# `초과 달성해야`; a goal beaten by another count (`목표 20만 개를 120% 초과 달성해야`) stays.
FORECAST_AFTER = re.compile(
    r"^(?:여)?(?:[을를이가]\s|\s)(?:[^\s,.\d]+\s){0,3}?"
    r"(?:(?:넘어설|넘을|돌파할|도래할|올|늘어날|초과\s?달성할\s수\s있을)\s(?:것으로|것이라)"
    r"|초과\s?달성해야\s)"
)


# Petitions or certificates counted (`민원`, `민원서류`), issued, or compared with another year.
PETITIONS = re.compile(r"민원")
ISSUED_OR_GREW = re.compile(r"발급|증가|늘어|늘었|보다|대비")


def _clause_head(spot: Spot) -> str:
    """The count's clause before it, across the counts before it in the same clause."""
    return cues.CLAUSE_END.split(spot.raw)[-1]


def per_period(spot: Spot) -> bool:
    """A count of people or things per day or month, or a capacity: how busy, not how much."""
    if spot.percent or cues.STRONG_GOAL.search(spot.after):
        return False
    return bool(PER_PERIOD_BEFORE.search(spot.raw) or CAPACITY.search(_clause_head(spot)))


def modelled_effect(spot: Spot) -> bool:
    """An induced or ripple effect of an investment, as an economic model counts it."""
    if spot.percent:
        return False
    return bool(EFFECT_AFTER.match(spot.rest) or EFFECT_BEFORE.search(spot.raw))


def forecast(spot: Spot) -> bool:
    """A level forecast to come about on its own, or a goal's overshoot forecast or posed as a
    condition: not what a body aims at or reached."""
    return bool(FORECAST_AFTER.match(spot.rest))


def petition_volume(spot: Spot) -> bool:
    """Civil petitions handled or certificates issued, told as a statistic of volume."""
    if spot.unit != "건" or cues.STRONG_GOAL.search(spot.after):
        return False
    head = cues.CLAUSE_END.split(spot.head)[-1]
    clause = head + cues.CLAUSE_END.split(spot.rest, maxsplit=1)[0]
    return bool(PETITIONS.search(clause) and ISSUED_OR_GREW.search(clause))
