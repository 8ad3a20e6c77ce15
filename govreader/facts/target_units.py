"""Counters that have other meanings: `60대` of cars or of age, `3회` of a volume or a frequency.

Kept apart from the typing rules because it decides whether a number counts things at all.
"""

from __future__ import annotations

from govreader.facts import target_cues as cues

# Counters of whole people or things: a fraction of one is an average or a rate (합계출산율 0.68명).
_WHOLE = ("명", "가구", "세대", "가족", "곳", "개소", "개", "건", "개사", "팀")


def unit_fits(unit: str, value: float, text: str, start: int, end: int) -> bool:
    """Whether a counter counts things here (60대 of cars, not of age; no fraction of a person)."""
    near = text[max(0, start - 40) : start]
    if unit in _WHOLE and value != int(value):
        return False
    if unit == "대":
        if 10 <= value <= 90 and value % 10 == 0 and cues.AGE_AFTER.match(text[end:]):
            return False
        if cues.SUPPLIED_AFTER.match(text[end:]) or cues.UNITS_WORD.search(near):
            return True
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
