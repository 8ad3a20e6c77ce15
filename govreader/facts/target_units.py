"""Counters that have other meanings: `60대` of cars or of age, `3회` of a volume or a frequency.

Kept apart from the typing rules because it decides whether a number counts things at all.
"""

from __future__ import annotations

import re

# Counters of whole people or things: a fraction of one is an average or a rate (합계출산율 0.68명).
_WHOLE = ("명", "가구", "세대", "가족", "곳", "개소", "개", "건", "개사", "팀")
# Vehicles and machines counted by 대, by their names or a car word (무공해차, 전기이륜차).
VEHICLES = re.compile(
    r"차량|버스|택시|자전거|트럭|콜|충전기|기기|로봇|드론|카메라|CCTV|PC|노트북|태블릿|키오스크"
    r"|휠체어|스쿠터|킥보드|구급차|소방차"
)
# Cars of any kind (무공해차, 전기이륜차) but not 격차, 절차 or an ordinal (1차).
CAR_WORD = re.compile(
    r"(?<=[가-힣])(?<![격절시순편호좌])차(?:량)?(?=[\s,·를을이가와과는은도의로]|$)"
)
# Machines counted by 대 with no vehicle named nearby: what is supplied (1,200대를 보급했으며) or
# a count of units (보급 대수를 1,500대로).
SUPPLIED_AFTER = re.compile(
    r"^(?:여\s?)?(?:\([^()]{0,40}\))?(?:를|을)\s(?:새로\s|추가로\s)?(?:보급|설치|배부|도입|배치|교체)"
)
UNITS_WORD = re.compile(r"대수(?:를|는|가|도)\s(?:\S+\s)?$")
# `60대 주민` is an age, `60대를 보급` and `60대(승용 40대, 화물 20대)` a count.
AGE_AFTER = re.compile(r"^(?![를을이가은는의에로와과,.)])(?!\([^()]{0,16}\d[\d,.]*\s?대)")
# `주 3회`, `하루 4회` are frequencies and `48차례 상담` a schedule; `누적 2,300회` is a volume.
FREQUENCY_BEFORE = re.compile(r"(?:주|월|연|하루|매주|매월|매년|일)\s?$")
# Points (점) count only as a satisfaction score.
SATISFACTION = re.compile(r"만족도")


def unit_fits(unit: str, value: float, text: str, start: int, end: int) -> bool:
    """Whether a counter counts things here (60대 of cars, not of age; no fraction of a person)."""
    near = text[max(0, start - 40) : start]
    if unit in _WHOLE and value != int(value):
        return False
    if unit == "대":
        if 10 <= value <= 90 and value % 10 == 0 and AGE_AFTER.match(text[end:]):
            return False
        if SUPPLIED_AFTER.match(text[end:]) or UNITS_WORD.search(near):
            return True
        vehicles = VEHICLES.search(near) or CAR_WORD.search(near)
        return bool(vehicles) and not near.rstrip().endswith("~")
    if unit in ("회", "차례"):
        return value >= 100 and not FREQUENCY_BEFORE.search(near)
    if unit == "호":
        return value >= 10
    if unit == "기":
        return value >= 10 and not near.endswith(("민선", "민선 "))
    if unit == "장":
        return value >= 100
    if unit == "점":
        return bool(SATISFACTION.search(text[:start])) and "만점" not in text[end : end + 4]
    return True
