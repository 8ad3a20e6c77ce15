"""Pages that must keep their body: a lost lead or paragraph takes every fact in it along.

Invented text and markup in the shapes real pages share: a copy whose first line stamps a date
and the lead's dateline ahead of the lead; a story whose container holds a related-articles box.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.dates import dated_start
from govreader.model import Article, Page, PageFormat

LEAD = "해오름군(군수 홍길순)은 올해 마을 돌봄 일자리를 두 배인 300개로 늘린다고 5일 밝혔다."
BODY = [
    "돌봄 인력은 홀로 사는 어르신 가정을 주 2회 찾아 안부를 살피고 말벗이 된다.",
    "군은 이를 위해 군비 12억 원을 편성했으며 상반기 안에 채용을 마칠 계획이다.",
    "군 관계자는 “어르신이 이웃의 손길을 느끼도록 촘촘한 돌봄망을 만들겠다”고 말했다.",
]


def read_text(text: str) -> Article:
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


# A date stamp, a dateline and the lead on one line


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        (" date 2020-12 [해오름=해오름경제 남부취재본부 홍길동 기자] ", "2020-12"),
        ("date 2020-12-05 [해오름=해오름일보 홍길동 기자] ", "2020-12-05"),
        ("입력 2020.12.05 10:21 [해오름=해오름일보 홍길동 기자] ", "2020-12-05T10:21"),
        ("2020-12-05 [해오름=해오름일보 홍길동 기자] ", "2020-12-05"),
        ("2020.12.05 【해오름=뉴시스】홍길동 기자 = ", "2020-12-05"),
        ("2020-12 [해오름=해오름일보 홍길동 기자] ", "2020-12"),
        ("date 2020-12 ", "2020-12"),
    ],
)
@pytest.mark.parametrize("paragraphs", [0, 1, 3])
def test_a_date_stamp_and_dateline_ahead_of_the_lead_keep_the_lead(
    stamp: str, published: str, paragraphs: int
) -> None:
    article = read_text("\n\n".join([stamp + LEAD, *BODY[:paragraphs]]))
    assert article.text.split("\n\n") == [LEAD, *BODY[:paragraphs]]
    assert article.published == published
    assert article.title is None


@pytest.mark.parametrize(
    "line",
    [
        "2020-12-05 해오름군은 올해 마을 돌봄 일자리를 두 배로 늘린다고 5일 밝혔다.",
        "2020-12 지역 일자리 사업 결과 보고서 요약본과 세부 자료 목록",
        "date 2020-12 해오름",
    ],
)
def test_a_date_ahead_of_words_is_no_dated_lead_without_its_cue_or_dateline(line: str) -> None:
    assert dated_start(line) is None
