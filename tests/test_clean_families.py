"""Families of chrome and headline mistakes seen on municipal and council sites (invented text).

Each test builds a page in the shape real saved pages share (board views, release headers,
share rows, attachment lists) and checks that the headline, subtitle and body come out right
whatever the site's own words are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.boilerplate import is_chrome
from govreader.model import Article, Page, PageFormat

HEADLINE = "해오름군, 마을 돌봄 일자리 두 배로…어르신 300명 채용"
BODY = [
    "해오름군은 올해 마을 돌봄 일자리를 지난해의 두 배인 300개로 늘린다고 5일 밝혔다.",
    "돌봄 인력은 홀로 사는 어르신 가정을 주 2회 찾아 안부를 살피고 말벗이 된다.",
    "군은 이를 위해 군비 12억 원을 편성했으며 상반기 안에 채용을 마칠 계획이다.",
    "군 관계자는 “어르신이 이웃의 손길을 느끼도록 촘촘한 돌봄망을 만들겠다”고 말했다.",
]
MENU = "본문 바로가기\n로그인 회원가입 사이트맵\n홈 > 해오름소식 > 보도자료\n보도자료\n"


def read_text(text: str) -> Article:
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


def read_html(markup: str) -> Article:
    return clean_page(
        Page(path=Path("p.html"), text=markup, format=PageFormat.HTML, encoding="utf-8")
    )


@pytest.mark.parametrize(
    "row",
    [
        "페이스북 트위터 블로그 인쇄",
        "[인쇄] [공유하기] [URL복사]",
        "카카오톡 블로그 밴드 [인쇄]",
        "[페이스북] [엑스] [스크랩]",
    ],
)
def test_share_rows_are_chrome(row: str) -> None:
    assert is_chrome(row)


@pytest.mark.parametrize("row", ["[인쇄] [공유하기] [URL복사]", "페이스북 트위터 블로그 인쇄"])
def test_a_share_row_above_the_headline_is_neither_title_nor_body(row: str) -> None:
    board = "작성자 : 복지정책과 | 등록일 : 2025-03-05 | 조회수 : 120"
    article = read_text(MENU + f"{row}\n\n{HEADLINE}\n{board}\n\n" + "\n\n".join(BODY))
    assert article.title == HEADLINE
    assert article.subtitle is None
    assert article.published == "2025-03-05"
    assert row not in article.text
    assert article.paragraphs == BODY
