"""Layout leaks (invented text): what a page prints around its story in a shape, not in words,
that a copy brings along: a machine translation of the story under it; a caption, headline or
deck glued ahead of the lead's dateline.
"""

from __future__ import annotations

import pytest

from govreader.clean.glued_heads import head_and_lead
from govreader.clean.translation import translated_lines
from tests.clean_helpers import read_paragraphs

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


@pytest.mark.parametrize(
    "note", [[], ["*The following is the full text of the article in English."]]
)
def test_a_machine_translation_under_a_korean_story_is_not_the_body(note: list[str]) -> None:
    article = read_paragraphs(TITLE, *STORY, *note, *TRANSLATION)
    assert article.text.split("\n\n") == STORY
    assert article.title == TITLE


def test_an_english_story_keeps_its_prose() -> None:
    article = read_paragraphs("해오름군청 영문 뉴스", *TRANSLATION, "Copyright 해오름군청")
    assert "four months to each senior center" in article.text


def test_english_words_inside_a_korean_story_stay() -> None:
    line = "행사 이름은 Haeoreum Winter Warmth Festival for Seniors and Families로 정했다고 밝혔다."
    article = read_paragraphs(TITLE, STORY[0], line, *STORY[1:])
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


# A head (caption, headline, deck) glued to the dateline-led lead on one line

LEAD = "해오름군 해오름면은 지난 5일 이장협의회가 이웃돕기 성금 100만원을 기부했다고 밝혔다."
REST = [
    "협의회는 마을 이장 30명으로 이루어진 단체로 해마다 봉사 활동을 이어오고 있다.",
    "전달된 성금은 지역 내 어려운 이웃을 위해 쓰일 예정이다.",
]


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("▲ 해오름면 이장협의회, 이웃돕기 성금 기부 | ", "[해오름뉴스=홍길동 기자] "),
        (
            "성금 100만원 전달…해오름면 이장들 뜻 모아[해오름군 제공]",
            "(해오름=연합뉴스) 홍길동 기자 = ",
        ),
        (
            "해오름면 이장협의회 성금 기부 이미지 확대 [자료사진] ",
            "【해오름=뉴시스】홍길동 기자 = ",
        ),
    ],
)
def test_a_head_glued_to_the_lead_leaves_the_body_and_keeps_the_lead(
    head: str, dateline: str
) -> None:
    article = read_paragraphs(head + dateline + LEAD, *REST)
    assert article.text.split("\n\n") == [LEAD, *REST]
    assert article.reporter == "홍길동"


@pytest.mark.parametrize(
    "line",
    [
        LEAD + " [해오름일보=홍길동 기자]",  # a byline closing the paragraph
        "[해오름뉴스=홍길동 기자] " + LEAD,  # a dateline opening it: no head
        "군은 성금을 받았다. (해오름=연합뉴스) 홍길동 기자 = " + LEAD,  # two stories run together
        "해오름면 풍경 [사진=해오름군] 주민들이 봄맞이 대청소로 쌓인 쓰레기를 치웠다고 밝혔다.",
        "이번 행사에는 주민 300명(주최=해오름군)이 참석해 " + LEAD,  # a note inside a sentence
        "올해 수출액은 10억 달러(1달러=1300원)로 " + LEAD,
    ],
)
def test_a_line_without_a_glued_head_stays_whole(line: str) -> None:
    assert head_and_lead(line) is None


@pytest.mark.parametrize(
    ("glue", "published"),
    [
        (" [해오름저널] ", None),  # an outlet alone in brackets opens the lead
        ("【해오름일보】 ", None),
        (" 2024-05-07 홍길동 기자 ", "2024-05-07"),  # the stamp row printed inline
        (" 2024.05.07 10:21 홍길동기자 ", "2024-05-07T10:21"),
    ],
)
def test_a_headline_glued_to_its_lead_by_an_outlet_or_a_stamp_is_the_headline(
    glue: str, published: str | None
) -> None:
    headline = "해오름면 이장협의회, 이웃돕기 성금 100만원 기부"
    article = read_paragraphs(headline + glue + LEAD + " " + REST[0], REST[1])
    assert article.title == headline
    assert article.published == published
    assert headline not in article.text
    assert article.text.endswith(REST[1])


@pytest.mark.parametrize(
    "line",
    [
        "군은 성금을 받았다고 밝혔다. 2024-05-07 홍길동 기자 " + LEAD,  # a sentence before it
        "이번 행사에 [해오름저널] 독자 300명이 참석해 " + LEAD,  # a note inside a sentence
    ],
)
def test_a_paragraph_with_an_outlet_or_a_stamp_inside_keeps_its_words(line: str) -> None:
    assert head_and_lead(line) is None
