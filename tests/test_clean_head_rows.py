"""Rows a copied story's head prints in shapes many sites share (invented text): specialist
bylines, a board's date row with its counts, a news CMS's page-title trail, and a desk signing
where a byline goes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.dates import stamp_date
from govreader.clean.reporters import reporter_in
from govreader.model import Page, PageFormat
from tests.test_clean_head_shapes import BODY, HEADLINE, read


@pytest.mark.parametrize(
    "byline", ["홍길동 의학전문기자", "홍길동 군사전문기자 hong@example.kr", "홍길동 전문기자"]
)
def test_a_specialist_reporters_byline_names_the_reporter_not_the_field(byline: str) -> None:
    assert reporter_in(byline) == "홍길동"
    assert read(HEADLINE, byline).reporter == "홍길동"


@pytest.mark.parametrize(
    ("row", "iso"),
    [
        ("2024-03-05 조회 : 380댓글 : 0", "2024-03-05"),
        ("2024.03.05 조회수 1,520 추천 3", "2024-03-05"),
        ("2024-03-05 hit 77", "2024-03-05"),
    ],
)
def test_a_boards_date_row_with_its_counts_dates_the_post(row: str, iso: str) -> None:
    assert stamp_date(row) == iso
    article = read(HEADLINE, row)
    assert (article.title, article.published) == (HEADLINE, iso)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("[해오름뉴스ㅣ김가온 기자] 해오름군은 청년 일자리를 만든다.", "김가온"),
        ("[해오름일보ㅣ박나래기자] 해오름군은 청년 일자리를 만든다.", "박나래"),
        ("해오름ㅣ이도윤 기자 lee@haeorum.kr", "이도윤"),
        ("해오름TV｜최서윤 기자", "최서윤"),
    ],
)
def test_a_byline_barred_with_the_letter_i_names_the_reporter(lead: str, name: str) -> None:
    assert reporter_in(lead) == name


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("/kim@haeorum.kr김가온기자", "김가온"),
        ("글=박나래 기자(park@haeorum.kr)", "박나래"),
        ("이도윤 기자.팀장 | 기사입력 2022/03/25 [13:27]", "이도윤"),
        ("《최서윤 기자》", "최서윤"),
    ],
)
def test_a_byline_glued_to_an_address_or_a_mark_names_the_reporter(byline: str, name: str) -> None:
    assert reporter_in(byline) == name


@pytest.mark.parametrize("line", ["해오름기자재 판매", "명예기자단 모집", "김가온기자회견 열어"])
def test_a_word_that_holds_the_reporters_word_is_no_byline(line: str) -> None:
    assert reporter_in(line) is None


def test_a_word_ending_in_the_letter_i_is_no_byline() -> None:
    assert reporter_in("해오름ㅣ기자단 모집 안내") is None


def test_a_date_with_words_after_it_is_no_date_row() -> None:
    assert stamp_date("2024-03-05 조회 결과를 공개하는 설명회") is None


@pytest.mark.parametrize(
    ("row", "iso"),
    [
        ("김가온 기자 kim@haeorum.kr 2023년 05월 17일 수요일 제12면", "2023-05-17"),
        ("2021.09.08 수요일 A8면 김가온 기자", "2021-09-08"),
        ("인쇄 스크랩 [제1104호]2019-11-02 09:40", "2019-11-02T09:40"),
        ("제587호 2022-04-11 17:05", "2022-04-11T17:05"),
        ("2020-02-14     해오름=김가온 기자", "2020-02-14"),
        ("해오름=김가온 기자 2020-02-14 08:30", "2020-02-14T08:30"),
    ],
)
def test_a_print_editions_date_row_with_its_issue_page_and_region_dates_the_story(
    row: str, iso: str
) -> None:
    assert stamp_date(row) == iso
    article = read(HEADLINE, row)
    assert (article.title, article.published) == (HEADLINE, iso)


@pytest.mark.parametrize(
    "line",
    [
        "2023-05-17 수요일마다 여는 장터",
        "2022-04-11 제3회 해오름 축제 개막",
        "(주관=해오름군) 2024-03-05",
        "2024-03-05 스크랩북 만들기 교실",
    ],
)
def test_an_edition_word_beside_a_date_in_words_is_no_date_row(line: str) -> None:
    assert stamp_date(line) is None


@pytest.mark.parametrize(
    "copied",
    [
        f"{HEADLINE} < 사회 < 기사본문 - 해오름일보",
        f"{HEADLINE} < 행정 < 지역 < 기사본문 - 해오름 뉴스투데이",
        f"{HEADLINE} - 해오름 뉴스투데이",
        f"{HEADLINE} | 해오름저널",
    ],
)
def test_a_copied_page_titles_trail_is_peeled_off_the_headline(copied: str) -> None:
    assert read(copied, "입력 2024.03.05 10:21").title == HEADLINE


def test_a_headline_that_ends_in_a_section_word_keeps_it() -> None:
    headline = "해오름군 청년 창업 지원 - 사업 설명회 연다"
    assert read(headline, "입력 2024.03.05 10:21").title == headline


@pytest.mark.parametrize(
    "desk", ["- 온라인 뉴스팀", "해오름일보 디지털뉴스부", "인터넷뉴스팀 기자"]
)
def test_a_desk_signing_where_the_byline_goes_is_never_the_headline(desk: str) -> None:
    assert read("- 기자", desk).title is None
    assert read(HEADLINE, desk).title == HEADLINE


@pytest.mark.parametrize(
    "lede",
    [
        "해오름일보 = 홍길동 기자 | ‘시민의 눈과 귀가 되겠다’는 다짐으로 의정이 문을 열었다.",
        "해오름뉴스 홍길동 기자 | 청년 일자리 박람회 현장의 열기",
    ],
)
def test_a_line_a_byline_opens_is_the_lede_never_the_headline(lede: str) -> None:
    assert read(lede, lede).title is None


def test_a_copied_page_title_with_the_sites_name_gives_way_to_the_headline_printed_alone() -> None:
    assert read(f"{HEADLINE} | 해오름로", "해오름군청", HEADLINE).title == HEADLINE


@pytest.mark.parametrize("row", [f"제목 | {HEADLINE}", f"제목 : {HEADLINE}", f"글제목 {HEADLINE}"])
def test_a_boards_title_row_gives_the_headline_without_its_separator(row: str) -> None:
    assert read(row, "등록일 | 2024-03-05 | 조회 | 77").title == HEADLINE


@pytest.mark.parametrize(
    "last", ["군 관계자는 “함께 하겠다”고 말했다. /홍길동 의학전문기자", "- 홍길동 군사전문기자"]
)
def test_a_specialist_signing_off_names_the_reporter_and_leaves_the_body(last: str) -> None:
    text = "\n".join([HEADLINE, *BODY[:2], last])
    article = clean_page(
        Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8")
    )
    assert article.reporter == "홍길동"
    assert "전문기자" not in article.text


@pytest.mark.parametrize(
    "footer",
    [
        "인터넷신문 등록번호 : 서울, 아00000 ㅣ 등록일 : 2013년 3월 20일 ㅣ 제호 : 해오름일보",
        "등록일 : 2019-05-02 | 발행·편집인 : 홍길동 | 청소년보호책임자 : 홍길순",
    ],
)
def test_a_publications_registration_footer_never_dates_the_story(footer: str) -> None:
    text = "\n".join([HEADLINE, *BODY, "저작권자 © 해오름일보 무단전재 및 재배포 금지", footer])
    article = clean_page(
        Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8")
    )
    assert article.published is None
    assert read(HEADLINE, "입력 2024.03.05 10:21").published == "2024-03-05T10:21"


@pytest.mark.parametrize(
    ("row", "iso"),
    [
        ("해오름통신, 홍길동 기자, 2024-03-05 10:21 KRD7", "2024-03-05T10:21"),
        ("해오름일보, 홍길동 기자, 2024.03.05", "2024-03-05"),
    ],
)
def test_a_byline_row_joined_by_commas_dates_the_story_and_names_the_reporter(
    row: str, iso: str
) -> None:
    article = read("A01-1234567890", HEADLINE, row, "#해오름군 #일자리 #박람회")
    assert (article.title, article.published, article.reporter) == (HEADLINE, iso, "홍길동")


@pytest.mark.parametrize(
    "row",
    [
        f"1024 해오름군 {HEADLINE} 2024/03/05",
        f"{HEADLINE} 2024-03-05",
    ],
)
def test_a_list_row_with_a_date_in_figures_is_not_the_headline_it_holds(row: str) -> None:
    assert read("번호 지역 제목 날짜", row, HEADLINE).title == HEADLINE


def test_a_boards_post_title_closing_with_its_date_in_brackets_stays_the_headline() -> None:
    title = "해오름군 청년 일자리 박람회 결과(2024.03.05)"
    assert read(title).title == title


def test_a_sentence_with_a_comma_a_byline_and_a_date_is_no_byline_row() -> None:
    assert (
        stamp_date(
            "홍길동 기자, 2024.03.05 해오름군청 앞에서 열린 박람회를 찾은 청년들에게 물었다."
        )
        is None
    )
