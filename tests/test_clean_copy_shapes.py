"""Shapes of copied pages (invented text): a photo's caption standing above its credit or
after the photo's zoom button.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.captions import credited_captions
from govreader.model import Article, Page, PageFormat

TITLE = "해오름군, 경로당 50곳에 난방비 지원"
STORY = [
    "해오름군은 겨울철 어르신들의 난방비 부담을 덜려고 경로당 50곳을 지원한다고 3일 밝혔다.",
    "군은 경로당마다 월 30만 원씩 넉 달 동안 난방비를 지원하며 필요한 예산 6천만 원을 편성했다.",
    "군 관계자는 “어르신들이 따뜻한 겨울을 보내도록 세심하게 살피겠다”고 말했다.",
]


def read(text: str) -> Article:
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


@pytest.mark.parametrize(
    "caption",
    [
        "홍길동 해오름군수가 지난 2일 경로당을 찾아 어르신들과 이야기를 나누고 있다.",
        "참석자들이 난방비 지원 협약식을 마치고 기념촬영을 하고 있다.",
        "김영희(가운데) 해오름군의회 의장이 경로당 보일러를 살펴보고 있다.",
        "해오름군 새마을회 회원들이 연탄을 나르는 모습.",
    ],
)
def test_a_caption_above_its_credit_is_not_the_body(caption: str) -> None:
    article = read("\n\n".join([TITLE, caption, "해오름군 제공", *STORY]))
    assert article.text.split("\n\n") == STORY


@pytest.mark.parametrize(
    "caption",
    [
        "이미지 확대 홍길동 해오름군수가 경로당 어르신들에게 난방비 지원을 설명하고 있다.",
        "사진 확대 주민들이 새로 고친 경로당 앞에서 기념촬영을 하고 있다.",
    ],
)
def test_a_caption_after_the_photos_zoom_button_is_not_the_body(caption: str) -> None:
    article = read("\n\n".join([TITLE, caption, *STORY]))
    assert article.text.split("\n\n") == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        # a story's sentence over a credit alone: it says what happened or opens on its topic
        "군은 이번 지원으로 어르신들의 겨울나기가 한결 수월해질 것으로 기대하고 있다.",
        "해오름군은 경로당 50곳을 골라 이달부터 난방비를 보내고 있다.",
        "홍길동 해오름군수가 지난 2일 경로당을 찾아 어르신들과 이야기를 나눴다.",
    ],
)
def test_a_story_sentence_above_a_credit_stays(sentence: str) -> None:
    article = read("\n\n".join([TITLE, STORY[0], sentence, "해오름군 제공", *STORY[1:]]))
    assert sentence in article.text.split("\n\n")


def test_a_caption_sentence_without_credit_or_zoom_button_is_not_read_as_one() -> None:
    line = "홍길동 해오름군수가 지난 2일 경로당을 찾아 어르신들과 이야기를 나누고 있다."
    assert credited_captions([line, STORY[0]]) == set()
    assert credited_captions([line, "해오름군 제공"]) == {0}
