"""The lines above a copied story (invented text in the shapes real pages print): dates alone in
Korean and English shapes, a desk's approval stamp that names nobody, decks under a headline
with no byline or date between, and a writer's row that is neither headline nor deck.
"""

from __future__ import annotations

import pytest

from govreader.clean.boilerplate import is_chrome
from govreader.clean.dates import date_alone
from govreader.model import Article
from tests.clean_helpers import read_lines

HEADLINE = "해오름군, 청년 일자리 박람회에 기업 30곳 참여"
BODY = [
    "해오름군은 지난 5일 군청 대회의실에서 청년 일자리 박람회를 열었다고 6일 밝혔다.",
    "이번 박람회에는 지역 기업 30곳이 참여해 청년 200여 명과 채용 상담을 진행했다.",
    "군 관계자는 “청년이 떠나지 않는 고장을 만들겠다”고 말했다.",
]


def read(*lines: str) -> Article:
    return read_lines(*lines, *BODY)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2024년 3월 5일 10시 21분", "2024-03-05T10:21"),
        ("2024년03월05일 10시21분", "2024-03-05T10:21"),
        ("2024년 3월 5일 오후 3시 21분 33초", "2024-03-05T15:21:33"),
        ("Mar 5, 2024", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
    ],
)
def test_a_date_alone_under_the_headline_in_these_shapes_dates_the_story(
    line: str, iso: str
) -> None:
    assert date_alone(line) == iso
    assert read(HEADLINE, line).published == iso


@pytest.mark.parametrize("line", ["March 2024 report", "3월 5일 10시 21분", "May the 5th"])
def test_words_around_a_date_or_a_date_without_its_year_are_not_a_date_alone(line: str) -> None:
    assert date_alone(line) is None


def test_a_desks_approval_stamp_dates_the_story_and_names_no_reporter() -> None:
    article = read(HEADLINE, "데스크 승인 2024.03.05 10:21")
    assert article.published == "2024-03-05T10:21"
    assert article.reporter is None


def test_decks_straight_under_the_headline_are_its_subtitle() -> None:
    decks = ["지역 기업 30곳 참여해 현장 면접", "청년 200여명 채용 상담 받아"]
    article = read(HEADLINE, *decks)
    assert article.title == HEADLINE
    assert article.subtitle == "\n".join(decks)
    assert article.text.startswith(BODY[0])


def test_lines_under_the_headline_that_are_not_all_decks_are_no_subtitle() -> None:
    article = read(HEADLINE, "지역 기업 30곳 참여해 현장 면접", "로그인", "회원가입", "전체메뉴")
    assert article.title == HEADLINE
    assert article.subtitle is None


def test_a_writers_row_under_the_headline_is_neither_its_headline_nor_its_deck() -> None:
    article = read(
        "로그인", "회원가입", HEADLINE, "기자명 홍길동 기자", "입력 2024.03.05 10:21", "댓글 0"
    )
    assert article.title == HEADLINE
    assert article.subtitle is None
    assert article.reporter == "홍길동"


def test_a_players_shortcut_notice_is_chrome_and_no_deck() -> None:
    assert is_chrome("키보드 단축키 안내")
    article = read(HEADLINE, "키보드 단축키 안내")
    assert article.title == HEADLINE
    assert article.subtitle is None


@pytest.mark.parametrize(
    ("line", "iso"), [("2022-09-26 1", "2022-09-26"), ("2024.03.05 128", "2024-03-05")]
)
def test_a_date_row_ending_in_an_unlabelled_count_dates_the_story(line: str, iso: str) -> None:
    assert date_alone(line) == iso
    assert read(HEADLINE, line).published == iso


@pytest.mark.parametrize("line", ["5 12", "2024 3 5", "제2024 3"])
def test_numbers_alone_are_not_a_dated_count(line: str) -> None:
    assert date_alone(line) is None


@pytest.mark.parametrize("line", ["해오름일보 · 1일 전", "3시간 전", "2개월전"])
def test_how_long_ago_a_story_ran_is_chrome_and_no_deck(line: str) -> None:
    assert is_chrome(line)
    article = read(HEADLINE, line)
    assert article.title == HEADLINE
    assert article.subtitle is None


def test_a_story_that_says_days_ago_in_a_sentence_is_no_chrome() -> None:
    assert not is_chrome("해오름군은 3일 전 군청에서 박람회를 열었다.")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2024년 3월 5일 · 해오름일보", "2024-03-05"),
        ("해오름일보 · 2024.03.05 10:21", "2024-03-05T10:21"),
    ],
)
def test_a_date_and_the_outlet_joined_by_a_middle_dot_date_the_story(line: str, iso: str) -> None:
    article = read(HEADLINE, line)
    assert article.title == HEADLINE
    assert article.published == iso
