"""The date of a saved HTML page's story from its metadata (invented pages).

Sites date a story in meta tags under several names (`og:regDate`, `dd:published_time`,
`DC.date.issued`, …), and some state it in UTC: a Korean story published at 08:30 is stamped
23:30Z the day before, while the page shows the day it was published.
"""

from __future__ import annotations

import pytest

from govreader.model import Article
from tests.clean_helpers import read_html

HEADLINE = "해오름구, 어린이 놀이터 12곳 새로 단장"
PARAGRAPHS = [
    "해오름구는 낡은 어린이 놀이터 12곳을 새로 단장한다고 4일 밝혔다.",
    "구는 놀이기구를 바꾸고 바닥에 충격을 덜어 주는 포장재를 깐다.",
    "공사는 다음 달 시작해 여름방학 전에 마칠 예정이다.",
]


def read(head: str = "", header: str = "") -> Article:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    markup = (
        f"<html><head><title>{HEADLINE} - 해오름신문</title>{head}</head><body>"
        f"<div class='top'>2026년 12월 7일 월요일</div><article><h1>{HEADLINE}</h1>{header}"
        f"<div id='article-body'>{story}</div></article></body></html>"
    )
    return read_html(markup)


@pytest.mark.parametrize(
    ("tag", "value"),
    [
        ("property='og:regDate'", "20250304101010"),
        ("property='dd:published_time'", "2025-03-04T10:10:10+09:00"),
        ("property='og:published_time'", "2025-03-04T10:10:10+09:00"),
        ("property='article:published'", "2025-03-04T10:10:10+09:00"),
        ("name='DC.date.issued'", "2025-03-04"),
    ],
)
def test_meta_tags_under_other_names_date_the_story(tag: str, value: str) -> None:
    assert (read(f"<meta {tag} content='{value}'>").published or "")[:10] == "2025-03-04"


def test_a_utc_stamp_gives_way_to_the_next_day_the_page_shows() -> None:
    stamp = "<meta property='article:published_time' content='2025-03-03T23:30:00Z'>"
    shown = "<div class='info'>입력 2025.03.04 08:30</div>"
    assert read(stamp, shown).published == "2025-03-04T08:30"
    assert read(stamp).published == "2025-03-03T23:30:00"  # nothing shown: the stamp stands


def test_a_korean_stamp_or_a_shown_date_further_off_keeps_the_metadatas_date() -> None:
    kst = "<meta property='article:published_time' content='2025-03-03T23:30:00+09:00'>"
    assert read(kst, "<div>입력 2025.03.04 08:30</div>").published == "2025-03-03T23:30:00"
    utc = kst.replace("+09:00", "Z")
    assert read(utc, "<div>입력 2025.03.09 08:30</div>").published == "2025-03-03T23:30:00"
