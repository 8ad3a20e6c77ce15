"""Copied text in shapes real pages share (invented sentences): a reporter signing off a space
after the story's last sentence, perhaps after the bureau's place, and a desk's byline that names no
one opening a paragraph.
"""

from __future__ import annotations

import pytest

from govreader.clean.bylines import Byline, byline_alone, split_byline
from tests.clean_helpers import read_lines

LEAD = "해오름군은 지난 5일 군청 대회의실에서 청년 일자리 박람회를 열었다고 6일 밝혔다."
BODY = [
    "이번 박람회에는 지역 기업 30곳이 참여해 청년 200여 명과 채용 상담을 진행했다.",
    "군은 하반기에도 읍면을 돌며 찾아가는 채용 상담을 이어갈 계획이다.",
]
LAST = "홍길순 해오름군수는 “청년이 떠나지 않는 고장을 만들겠다”고 말했다."


@pytest.mark.parametrize("sign_off", ["홍길동 기자", "홍길동기자", "해오름 홍길동 기자"])
def test_a_reporter_signing_off_after_the_last_sentence_is_cut_and_named(sign_off: str) -> None:
    last = f"{LAST} {sign_off}"
    assert split_byline(last).text == LAST
    assert split_byline(last).reporter == "홍길동"
    article = read_lines(LEAD, *BODY, last)
    assert article.text.endswith(LAST)
    assert article.reporter == "홍길동"


def test_a_sign_off_after_a_note_that_ends_the_story_is_cut() -> None:
    last = "자세한 내용은 해오름군 누리집(www.haeorum.go.kr) 공고란 참조. 홍길동 기자"
    assert split_byline(last).text == last.removesuffix(" 홍길동 기자")


@pytest.mark.parametrize(
    "caption",
    [
        "홍길순 해오름군수와 참가 기업 대표들이 박람회장 앞에서 기념촬영을 하고 있다. 홍길동 기자",
        "지난 5일 해오름군청 대회의실에서 열린 청년 일자리 박람회장 모습. 홍길동 기자",
        "박람회를 찾았다. 홍길동 기자",
    ],
)
def test_a_photo_credit_or_a_short_line_keeps_its_name(caption: str) -> None:
    assert split_byline(caption).text == caption


def test_a_bureau_and_a_name_alone_under_the_story_are_its_byline() -> None:
    assert byline_alone("해오름 홍길동 기자") == "홍길동"
    article = read_lines(LEAD, *BODY, LAST, "해오름 홍길동 기자")
    assert "홍길동 기자" not in article.text
    assert article.reporter == "홍길동"


@pytest.mark.parametrize(
    "desk", ["해오름뉴스 사회팀 |", "해오름일보 지역취재본부 |", "해오름일보 서울포커스 기자 |"]
)
def test_a_desks_byline_naming_no_one_is_cut_and_opens_a_story(desk: str) -> None:
    assert split_byline(f"{desk} {LEAD}") == Byline(LEAD, None, True)
    other = "해오름동 행정복지센터는 지난 9일 어린이집 원아들과 분리배출 캠페인을 열었다."
    article = read_lines(f"{desk} {LEAD}", *BODY, f"{desk} {other}")
    assert article.text.split("\n\n") == [LEAD, *BODY]


def test_a_table_rows_cells_are_no_desks_byline() -> None:
    row = "소관 행정안전부 | 담당 지역경제과 | 연락처 02-123-4567"
    assert split_byline(row).text == row
