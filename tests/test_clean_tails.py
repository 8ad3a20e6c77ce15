"""The page's row glued after a story's last sentence is cut off; the sentence stays.

A copy that lost a line break joins the outlet's tag, a bracketed byline, a photo's credit or a
copyright mark to the story's last sentence. Invented sentences in those shapes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.tails import chrome_tail
from govreader.model import Page, PageFormat

HEADLINE = "해오름군, 소상공인 가게 120곳 고친다"
STORY = [
    "해오름군은 올해 소상공인 120곳의 낡은 가게를 고치는 데 6억 원을 들인다고 3일 밝혔다.",
    "지원 대상은 공고일 기준 해오름군에 주소를 두고 한 곳에서 1년 넘게 장사한 소상공인이다.",
]
LAST = "김해오 군수는 “가게가 살아야 마을이 산다”며 “꼼꼼히 살피겠다”고 말했다."


def read(*lines: str) -> tuple[list[str], str | None]:
    page = Page(path=Path("p.txt"), text="\n".join(lines), format=PageFormat.TEXT, encoding="utf-8")
    article = clean_page(page)
    return article.paragraphs, article.reporter


@pytest.mark.parametrize(
    "tail",
    [
        "<해오름닷컴>",
        "ⓒ 해오름일보",
        "사진=해오름군 제공",
        "[사진=해오름군]",
        "(끝)",
        "<사진>",
        "해오름일보 제공",
        "홍길동 기자의 다른 기사 보기",
        "해오름군 제공. 재판매 및 DB 금지",
        "출처 : 해오름일보(https://www.example.com)",
    ],
)
def test_a_row_glued_after_the_last_sentence_is_cut_and_the_sentence_kept(tail: str) -> None:
    paragraphs, _ = read(HEADLINE, *STORY, f"{LAST} {tail}")
    assert paragraphs == [*STORY, LAST]


@pytest.mark.parametrize(
    "tail",
    [
        "[해오름일보 홍길동 기자]",
        "<홍길동 기자>",
        "(해오름=홍길동 기자)",
        "/해오름=홍길동기자 hong@example.kr",
    ],
)
def test_a_byline_glued_after_the_last_sentence_names_the_reporter(tail: str) -> None:
    assert read(HEADLINE, *STORY, f"{LAST} {tail}") == ([*STORY, LAST], "홍길동")


def test_what_a_story_ends_with_stays() -> None:
    contact = f"{LAST} 문의 : 해오름군 경제과 033-123-4567"
    assert chrome_tail(contact) == (contact, None)
    office = f"{LAST} 문의 : 해오름군 경제과"
    assert chrome_tail(office) == (office, None)
    wrapped = f"{LAST} 다음"  # a sentence broken after its first word
    assert chrome_tail(wrapped) == (wrapped, None)
    two = f"{STORY[0]} {STORY[1]}"
    assert chrome_tail(two) == (two, None)
    dated = f"{LAST} 2024.03.14."
    assert chrome_tail(dated) == (dated, None)


def test_a_flattened_footer_after_the_last_sentence_is_cut() -> None:
    footer = (
        "저작권자 © 해오름일보 무단전재 및 재배포 금지 홍길동 기자 다른기사 보기 카카오톡 URL복사"
    )
    paragraphs, _ = read(HEADLINE, *STORY, f"{LAST} {footer}")
    assert paragraphs == [*STORY, LAST]


def test_a_sidebar_flattened_onto_one_line_ends_the_story() -> None:
    sidebar = (
        "주요기사 해오름군, 청년 창업 40명 지원 해오름시 도서관 야간 개관 “마을이 함께 키운다” "
        "돌봄센터 세 곳 문 열어 해오름군의회 임시회 폐회"
    )
    paragraphs, _ = read(HEADLINE, *STORY, LAST, sidebar)
    assert paragraphs == [*STORY, LAST]


def test_a_sentence_opening_with_the_words_of_a_sidebar_is_the_storys() -> None:
    said = "관련 기사 보도 이후 해오름군은 가게 고치기 지원 기준을 다시 살피겠다고 밝혔다."
    paragraphs, _ = read(HEADLINE, *STORY, said)
    assert paragraphs == [*STORY, said]
