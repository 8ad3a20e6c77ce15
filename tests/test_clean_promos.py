"""Another story's promo above the page's own story: a headline and a teaser cut with an
ellipsis, then the page's story in whole sentences. The story is the page's; the promo is not.
A listing's teasers, each cut, keep their first story. (Invented text in the shapes real pages
share.)
"""

from __future__ import annotations

from tests.clean_helpers import read_lines

PROMO_HEAD = "해오름봉사단, 김장 나눔 봉사활동 실시"
PROMO = (
    "해오름봉사단은 지난 10일 취약계층 가구에 김장김치를 전달하는 나눔 봉사활동을 했다. "
    "이번 활동에는 단원 20여 명이 참여해 모두 300포기의 김치를 담가 이웃에게..."
)
OTHER_HEAD = "해오름시 청년센터, 구직 청년 면접 정장 무료 대여"
OTHER = (
    "해오름시 청년센터는 다음 달부터 구직 청년에게 면접용 정장을 무료로 빌려준다. "
    "대여 기간은 사흘이며 센터 누리집에서 예약하면 되고 시는 올해..."
)
HEADLINE = "해오름구, 경로당 냉방비 두 달 더 지원"
STORY = [
    "해오름구가 폭염에 대비해 관내 경로당 45곳에 냉방비를 두 달 더 지원한다고 3일 밝혔다.",
    "지원액은 경로당 한 곳에 매달 15만 원이며 모두 1천350만 원이 든다.",
    "구는 경로당마다 온열질환 예방 수칙을 붙이고 간호사가 주 1회 찾아가 어르신 건강을 살핀다.",
    "구청장은 “어르신들이 더위를 안전하게 나시도록 꼼꼼히 챙기겠다”고 말했다.",
]


def test_a_promo_above_the_page_s_story_is_not_the_story() -> None:
    article = read_lines(PROMO_HEAD, PROMO, HEADLINE, *STORY)
    assert all(sentence in article.text for sentence in STORY)
    assert "김장" not in article.text
    assert article.title == HEADLINE


def test_two_promos_above_a_story_with_no_headline_of_its_own() -> None:
    article = read_lines(PROMO_HEAD, PROMO, OTHER_HEAD, OTHER, *STORY)
    assert all(sentence in article.text for sentence in STORY)
    assert "김장" not in article.text and "정장" not in article.text
    assert article.title is None


def test_a_listing_of_teasers_keeps_its_first_story() -> None:
    third = "해오름군 보건소, 치매 조기검진 순회"
    teaser = (
        "해오름군 보건소는 이달부터 읍면 행정복지센터를 돌며 치매 조기검진을 한다. "
        "대상은 만 60세 이상 군민이며 검사는 무료로 받을 수..."
    )
    article = read_lines(PROMO_HEAD, PROMO, OTHER_HEAD, OTHER, third, teaser)
    assert "김장" in article.text
    assert "치매" not in article.text
