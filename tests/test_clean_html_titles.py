"""A saved HTML page's headline when its page title or og:title is cut short (invented pages).

Sites cut a long headline to fit `<title>` or `og:title` and mark the cut (`...`, `…`); the
headline element above the story holds it whole.
"""

from __future__ import annotations

import pytest

from govreader.model import Article
from tests.clean_helpers import read_html

HEADLINE = "해오름구, 어린이 놀이터 12곳 새로 단장…여름방학 전 문 연다"
PARAGRAPHS = [
    "해오름구는 낡은 어린이 놀이터 12곳을 새로 단장한다고 4일 밝혔다.",
    "구는 놀이기구를 바꾸고 바닥에 충격을 덜어 주는 포장재를 깐다.",
    "공사는 다음 달 시작해 여름방학 전에 마칠 예정이다.",
]


def read(title: str, og_title: str | None = None, shown: str = HEADLINE) -> Article:
    og = f"<meta property='og:title' content='{og_title}'>" if og_title else ""
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    markup = (
        f"<html><head><title>{title}</title>{og}</head><body><article><h1>{shown}</h1>"
        f"<div id='article-body'>{story}</div></article></body></html>"
    )
    return read_html(markup)


@pytest.mark.parametrize(
    ("title", "og_title"),
    [
        ("해오름구, 어린이 놀이터 12곳... - 해오름신문", None),
        ("해오름신문", "해오름구, 어린이 놀이터 12곳 새로…"),
        ("해오름구, 어린이 놀이터 12곳 새로 단장.. | 해오름신문", None),
    ],
)
def test_a_title_cut_at_its_length_gives_way_to_the_whole_headline(
    title: str, og_title: str | None
) -> None:
    assert read(title, og_title).title == HEADLINE


def test_a_headline_that_is_not_the_cut_titles_continuation_is_not_taken() -> None:
    other = "해오름군, 도서관 두 곳 새로 연다"
    assert read("해오름구, 어린이 놀이터 12곳... - 해오름신문", shown=other).title == (
        "해오름구, 어린이 놀이터 12곳..."
    )
