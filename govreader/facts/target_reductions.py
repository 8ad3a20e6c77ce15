"""A share to be cut by a deadline: `2030년까지 온실가스 배출량을 40% 감축한다`.

A percentage cut is otherwise a change (지난해보다 12% 줄었다), which is no target; with a
deadline ahead of it (`N년까지`, `내년까지`, or the year a level is set for) it is what a plan
aims at, whatever verb the sentence then ends in (`… 40% 감축하여 … 나가겠다고 다짐했다`, `30%
감축과 … 달성을 목표로 내걸었다`). A cut told as done (`… 14% 줄였다`, `9% 감축한 것으로
나타났다`) is left to the other rules, and so is the nation's goal a sentence cites (`… 40%
줄이겠다는 국가 목표에 발맞춰`): the story's body follows it, it does not set it.
"""

from __future__ import annotations

import re
from typing import Literal

from govreader.facts.target_spot import Spot

# The cut right after the share, as a noun or a verb not yet done (`감축한`, `줄였다` are left).
CUT_AFTER = re.compile(
    r"^\s?(?:을|를)?\s?(?:감축(?:하는|할|하여|해|한다|하기로|하고|\s|과|을|를|\(|$)"
    r"|절감(?:하는|할|하여|해|한다|하기로|하고|\s|과|을|를|\(|$)|줄이|줄일|줄여|감소시키|감소시킬)"
)
# The year the cut is due: `2030년까지`, or the year a level is set for (`2030년 배출량을 … 감축하는
# 계획`).
DUE = re.compile(r"(?:\d{4}년|내년|임기)\s?(?:말\s?|안\s?)?(?:까지\s|\s(?!대비))")

NATIONAL_GOAL = re.compile(r"(?:국가|정부)\s?(?:온실가스\s?)?(?:감축\s?)?목표")


def cut_by_deadline(spot: Spot) -> Literal["goal"] | None:
    """`goal` for a share to be cut by a deadline named before it in its clause."""
    if not spot.percent or not CUT_AFTER.match(spot.after):
        return None
    if NATIONAL_GOAL.search(spot.sentence):
        return None
    return "goal" if DUE.search(spot.before) else None
