"""People counted in a prize draw: its winners or its pool, never a target.

A draw (경품 추첨, 당첨자, 행운권) hands out prizes by chance: how many won (`추첨을 통해 30명에게
상품권을 증정한다`, `2,020명의 당첨자를 선정했다`) or how many took part (`상품권을 산 4,500여
명을 대상으로 추첨한다`) says nothing a program did or aims at (LABELING: counts of winners are
not targets). A figure a page counts in such a sentence is the draw's wherever the page tells it
again (`구민 2,020명에게 행운을 전했다`). Picking a program's participants by lot (`공개추첨으로
대상자 43명을 선발했다`) names no prize and is left to the other rules.
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.target_spot import Spot

# A draw by its own words, or a lot drawn for a prize or a gift.
DRAW_WORDS = re.compile(r"경품|당첨|복권|행운권")
LOT = re.compile(r"추첨")
GIFT = re.compile(r"상품권|상품|선물|증정|사은품")


def _a_draw(sentence: str) -> bool:
    return bool(DRAW_WORDS.search(sentence) or (LOT.search(sentence) and GIFT.search(sentence)))


def drawn(spot: Spot) -> bool:
    """People counted in a sentence about a prize draw."""
    if spot.unit not in cues.PEOPLE_UNITS:
        return False
    return _a_draw(spot.sentence)


def counted_in_draw(text: str, match: re.Match[str]) -> bool:
    """Whether the count `match` of `text` is people counted in a prize draw's sentence."""
    return match.group("unit") in cues.PEOPLE_UNITS and _a_draw(text)
