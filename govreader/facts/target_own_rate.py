"""A body's own employment rate told as what it achieved: a result.

The employment rate of a city is a labour statistic while a story only reports it (`고용률은
64.7%로 나타났다`), but a story about a city's job policy that sets the rate among what the city
achieved (`지난해 고용률(15~64세) 71.2%, 취업자 4만 명을 달성했다`, `연평균 고용률이 전년 대비
0.4%p 오른 65.3%로 … 성과를 거뒀다`) counts it as the city's result, as the owner's labels do.

So the rule reads two things: the count is a share named by 고용률 a few words before it (a
bracketed age band and a change may stand between), and the sentence tells, in the past, of an
achievement (`달성했다`, `성과를 거뒀다`). A goal (`고용률 70% 달성을 목표로`) is no past
achievement, and a statistics release (`통계청`) stays a statistic (`target_statistics`).
"""

from __future__ import annotations

import re

from govreader.facts.target_spot import Spot

# 고용률 a few words before the count: `고용률 `, `고용률(15~64세 기준) `, `고용률은 `,
# `고용률이 전년 대비 0.4%p 오른 `; not past the rate's level (`고용률은 66%로 전년보다 1%`).
RATE_BEFORE = re.compile(
    r"고용률(?:\s?\([^()]{0,20}\))?(?:은|는|이|가)?\s"
    r"(?:(?![^\s,]*%(?:로|으로|이며|이고|는|가)\s)[^\s,]+\s){0,4}?$"
)
# An achievement told in the past, anywhere in the sentence.
ACHIEVED = re.compile(
    r"달성했|달성하였|성과를\s(?:거뒀|거두었|냈|올렸|달성)|성과를\s?(?:이뤘|이루었)"
)
# What is aimed at, right after the count (`70% 달성을 목표로`, `70% 목표`), or a change of the
# rate (`0.5%p 오른`, `2.1% 증가한`) rather than its level.
AIMED = re.compile(r"^[^.]{0,12}목표")
CHANGED = re.compile(
    r"^\s?(?:포인트\s)?(?:반등|증가|상승|감소|하락|오르|오른|올랐|늘|줄|높아|낮아)"
)


def own_rate_achieved(spot: Spot) -> bool:
    """A share named 고용률 in a sentence that tells of an achievement in the past."""
    if spot.unit != "%" or CHANGED.match(spot.rest) or not RATE_BEFORE.search(spot.head):
        return False
    return bool(ACHIEVED.search(spot.sentence)) and not AIMED.match(spot.rest)
