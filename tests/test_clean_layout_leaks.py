"""Layout leaks (invented text): what a page prints around its story in a shape, not in words,
that a copy brings along: a machine translation of the story under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.translation import translated_lines
from govreader.model import Article, Page, PageFormat

TITLE = "해오름군, 경로당 50곳에 난방비 지원"
STORY = [
    "해오름군은 겨울철 어르신들의 난방비 부담을 덜려고 경로당 50곳을 지원한다고 3일 밝혔다.",
    "군은 경로당마다 월 30만 원씩 넉 달 동안 난방비를 지원하며 필요한 예산 6천만 원을 편성했다.",
    "군 관계자는 “어르신들이 따뜻한 겨울을 보내도록 세심하게 살피겠다”고 말했다.",
]
TRANSLATION = [
    "Haeoreum County to support heating costs for 50 senior citizens' centers",
    "Haeoreum County announced on the 3rd that it will support heating costs for 50 senior "
    "centers to ease the burden on the elderly in winter.",
    "The county will provide 300,000 won per month for four months to each senior center.",
]


def read(*lines: str) -> Article:
    text = "\n\n".join(lines)
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


@pytest.mark.parametrize(
    "note", [[], ["*The following is the full text of the article in English."]]
)
def test_a_machine_translation_under_a_korean_story_is_not_the_body(note: list[str]) -> None:
    article = read(TITLE, *STORY, *note, *TRANSLATION)
    assert article.text.split("\n\n") == STORY
    assert article.title == TITLE


def test_an_english_story_keeps_its_prose() -> None:
    article = read("해오름군청 영문 뉴스", *TRANSLATION, "Copyright 해오름군청")
    assert "four months to each senior center" in article.text


def test_english_words_inside_a_korean_story_stay() -> None:
    line = "행사 이름은 Haeoreum Winter Warmth Festival for Seniors and Families로 정했다고 밝혔다."
    article = read(TITLE, STORY[0], line, *STORY[1:])
    assert line in article.text.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "https://www.example.com/news/articleView.html?idxno=12345&section=local",
        "Copyright ©",
        "Tel. 061-000-0000 Fax. 061-000-0001",
        "SNS TV YouTube Facebook Instagram",
    ],
)
def test_a_short_or_address_line_is_not_a_translation(line: str) -> None:
    lines = [*STORY, line]
    assert translated_lines(lines) == set()
