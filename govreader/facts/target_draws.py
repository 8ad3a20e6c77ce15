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
from functools import lru_cache

from govreader.facts import target_cues as cues
from govreader.facts.target_sentence import plain
from govreader.facts.target_spot import Spot

# A draw by its own words, or a lot drawn for a prize or a gift.
DRAW_WORDS = plain(r"경품|당첨|복권|행운권")
LOT = plain(r"추첨")
GIFT = plain(r"상품권|상품|선물|증정|사은품")


@lru_cache(maxsize=16)
def _a_draw(sentence: str) -> bool:
    """Kept per sentence: `counted_in_draw` asks it of each count of the sentence."""
    return bool(DRAW_WORDS.search(sentence) or (LOT.search(sentence) and GIFT.search(sentence)))


def drawn(spot: Spot) -> bool:
    """People counted in a sentence about a prize draw."""
    if spot.unit not in cues.PEOPLE_UNITS:
        return False
    in_sentence = spot.in_sentence
    return in_sentence(DRAW_WORDS) or (in_sentence(LOT) and in_sentence(GIFT))


def counted_in_draw(text: str, match: re.Match[str]) -> bool:
    """Whether the count `match` of `text` is people counted in a prize draw's sentence."""
    return match.group("unit") in cues.PEOPLE_UNITS and _a_draw(text)
