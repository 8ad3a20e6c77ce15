"""A copy that opens on its headline, with the deck picked further down (invented text): a deck
with headline marks right above the date row, a deck after a portal's summary box, a deck above
a photo's caption that reads as a sentence. The first line is the headline, the deck its
subtitle; a copy that opens on a menu or slogan the lead does not tell keeps the deck's reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.model import Article, Page, PageFormat

HEADLINE = "달빛 연꽃축제 이틀째 2만명 다녀가"
DECK = "주말엔 뗏목 경주, 불꽃놀이 등 볼거리 풍성"
LEAD = (
    "달빛 연꽃축제는 개막 이틀째를 맞아 관람객들로 붐비는 가운데 2만명이 행사장을 찾은 것으로 "
    "잠정 집계됐다고 축제위원회가 밝혔다."
)
BODY = [
    "특히 인근 학교 학생과 유치원 어린이들의 체험 학습장으로 인기를 끌며 단체 관람객이 많이 "
    "찾은 것으로 분석된다.",
    "축제위원회 관계자는 “남은 기간에도 안전하고 즐거운 축제가 되도록 최선을 다하겠다”고 말했다.",
]


def read(head: str) -> Article:
    text = head + "\n\n" + LEAD + "\n\n" + "\n\n".join(BODY) + "\n"
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


@pytest.mark.parametrize(
    "head",
    [
        f"{HEADLINE}\n\n{DECK}\n\n2025-10-06     홍길동",
        f"{HEADLINE}\n전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n{LEAD}\n{DECK}",
        f"{HEADLINE}\n\n{DECK}\n\n▲ 달빛 연꽃축제 개막식에서 내빈들이 공연을 보고 박수를 쳤다.",
    ],
)
def test_first_line_is_the_headline_over_its_deck(head: str) -> None:
    article = read(head)
    assert article.title == HEADLINE
    assert article.subtitle == DECK


def test_a_slogan_the_lead_does_not_tell_stays_above_the_headline() -> None:
    article = read(f"푸른 하늘 맑은 물 행복한 우리 고장\n\n{DECK}\n\n2025-10-06     홍길동")
    assert article.title == DECK
