"""Headlines of text pages in the layouts news and board sites share (invented text).

A copied page has menus above the story; the headline sits with its deck, byline and date in
some order. Each layout is one family; the same headline, date and byline must come out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.model import Article, Page, PageFormat

HEADLINE = "해오름군, 주민 참여 사업 두 배로 늘린다"
DECK = "청년·어르신 함께하는 마을 공동체 사업도 신설"
SLOGAN = "지역의 눈과 귀가 되겠습니다"
MENU = "홈\n정치\n경제\n사회\n지역\n로그인 회원가입\n전체메뉴\n"
BODY = "\n\n".join(
    f"해오름군은 올해 {n}번째 주민 참여 사업을 새로 시작한다고 밝혔다. 세부 계획은 곧 공개된다."
    for n in range(1, 5)
)


def read(head: str) -> Article:
    text = f"{MENU}\n{head}\n\n{BODY}\n\n많이 본 뉴스\n해오름항 여객선 증편\n"
    page = Page(path=Path("page.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8")
    return clean_page(page)


@pytest.mark.parametrize(
    ("head", "published", "reporter"),
    [
        (HEADLINE, None, None),
        (
            f"홈 > 지역 > 해오름\n{HEADLINE}\n홍길동 기자 | 승인 2024.03.14 10:21",
            "2024-03-14T10:21",
            "홍길동",
        ),
        (f"홍길동 기자\n{HEADLINE}\n2024-03-14 10:21", "2024-03-14T10:21", "홍길동"),
        (
            f"{HEADLINE}\n기사승인 2024.03.14 10:21\n홍길동 기자\n이 기사를 공유합니다",
            "2024-03-14T10:21",
            "홍길동",
        ),
        (
            f"{HEADLINE}\n2024.03.14 10:21 | 홍길동 기자 hong@example.kr",
            "2024-03-14T10:21",
            "홍길동",
        ),
        (f"{HEADLINE}\n작성일 : 24-03-14 | 작성자 : 홍보팀 | 조회 : 35", "2024-03-14", None),
        (f"{HEADLINE}\n2024년 3월 14일(목)\n홍길동 기자", "2024-03-14", "홍길동"),
        (
            f"{HEADLINE}\n홍길동 기자\n입력 2024 03 14 10:21\n수정 2024 03 15 08:02",
            "2024-03-14T10:21",
            "홍길동",
        ),
        (f"{HEADLINE}\n최종수정 2024.03.15 08:02 입력 2024.03.14 10:21", "2024-03-14T10:21", None),
        (f"{HEADLINE}\n- 총무과\n- 1520\n- 2024-03-14", "2024-03-14", None),
        (
            f"현재 위치 : 홈 > 알림마당 > 보도자료\n{HEADLINE}\n작성자 홍보팀 | 등록일 2024-03-14",
            "2024-03-14",
            None,
        ),
        (f"전체기사 정치 경제 사회\n{HEADLINE}\n입력 2024.03.14 10:21", "2024-03-14T10:21", None),
        (f"사회 | 지역 | 교육\n{HEADLINE}\n입력 2024.03.14 10:21", "2024-03-14T10:21", None),
        (f"{HEADLINE}\n홍길동\n등록 2024-03-14 10:21", "2024-03-14T10:21", "홍길동"),
        (f"{HEADLINE}\n2024-03-14 해오름북부 홍길동 기자", "2024-03-14", "홍길동"),
        (f"{HEADLINE}\n2024-03-14 10:21 | 최종수정 2024-03-15", "2024-03-14T10:21", None),
        (f"{HEADLINE}\n2024-03-14 / 홍길동 기자", "2024-03-14", "홍길동"),
        (f"{HEADLINE}\n해오름일보 2024.03.14", "2024-03-14", None),
        (f"해오름일보\n{SLOGAN}\n{HEADLINE}\n입력 2024.03.14", "2024-03-14", None),
        (f"{HEADLINE}\n2024.03.14 해오름군", "2024-03-14", None),
        (f"{HEADLINE}\n관리자 2024-03-14 1520", "2024-03-14", None),
        (f"{HEADLINE}\n해오름소식 2024. 3. 14. 10:21", "2024-03-14T10:21", None),
    ],
)
def test_headline_date_and_byline(head: str, published: str | None, reporter: str | None) -> None:
    article = read(head)
    assert (article.title, article.published, article.reporter) == (HEADLINE, published, reporter)
    assert article.text.startswith("해오름군은 올해 1번째")


def test_a_deck_between_headline_and_date_is_the_subtitle() -> None:
    article = read(f"{HEADLINE}\n{DECK}\n입력 2024.03.14 10:21")
    assert (article.title, article.subtitle) == (HEADLINE, DECK)


def test_a_release_masthead_is_not_the_headline() -> None:
    head = f"해오름군 보도자료\n보도일시 2024. 3. 14.(목) 11:00\n담당부서 기획예산과\n\n{HEADLINE}"
    assert read(head).title == HEADLINE


def test_a_date_alone_under_the_headline_is_never_its_deck() -> None:
    article = read(f"{HEADLINE}\n2024년 3월 14일(목)")
    assert (article.title, article.subtitle, article.published) == (HEADLINE, None, "2024-03-14")


FOOTER = "- 담당부서 : 총무과\n- 최종수정일 : 2025-01-02"


def test_a_board_dates_its_post_by_its_row_not_by_when_the_page_was_edited() -> None:
    page = Page(
        path=Path("board.txt"),
        text=f"{HEADLINE}\n- 총무과\n- 2024-03-14\n{BODY}\n{FOOTER}",
        format=PageFormat.TEXT,
        encoding="utf-8",
    )
    assert clean_page(page).published == "2024-03-14"


def test_a_listing_with_no_headline_dates_its_first_story_by_the_date_above_it() -> None:
    text = f"전체기사\n2024-03-14\n{BODY.split(chr(10))[0]}\n"
    page = Page(path=Path("list.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8")
    assert clean_page(page).published == "2024-03-14"


def read_page_text(text: str) -> Article:
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


def test_a_lone_list_item_right_above_the_story_is_its_headline() -> None:
    article = read_page_text(f"실시간 뉴스\n  • {HEADLINE}\n{BODY}")
    assert article.title == HEADLINE


def test_the_last_item_of_a_bulleted_menu_is_not_a_headline() -> None:
    menu = "  • 해오름군 소식 모아 보기\n  • 해오름군 행사 모아 보기\n"
    assert read_page_text(f"{menu}{BODY}").title is None


def test_a_section_label_the_lead_opens_with_is_not_the_headline() -> None:
    lead = "주민참여 특별위원회(위원장 홍길동)는 14일 회의를 열어 주민 참여 사업 계획을 보고받았다."
    article = read_page_text(f"{HEADLINE}\n\n|주민참여 특별위원회\n\n{lead}\n{BODY}")
    assert article.title == HEADLINE
    assert article.text.startswith("주민참여 특별위원회(위원장")


def test_a_headline_the_lead_restates_is_still_the_headline() -> None:
    notice = "2024년 3월 주요 행사 안내"
    lead = f"{notice}를 알려드립니다. 세부 일정은 바뀔 수 있습니다."
    article = read_page_text(f"로그인\n회원가입\n{notice}\n등록일 2024-03-14\n{lead}\n{BODY}")
    assert article.title == notice


def test_a_notices_fields_after_its_prose_are_its_text() -> None:
    fields = ["신청대상: 해오름군민 누구나", "신청기간 : 2024년 3월 29일(금)까지"]
    contact = "문의 : 복지과 061-123-4567"
    text = "\n".join([HEADLINE, "등록일 2024-03-14", BODY.split("\n")[0], *fields, contact])
    article = read_page_text(text)
    assert article.text.split("\n\n")[-2:] == fields


def test_a_deck_under_a_headline_with_no_date_row_is_the_subtitle() -> None:
    deck = "읍면 순회 설명회 열고 다음 달 2일부터 신청 받아, 참가비는 무료"
    article = read(f"{HEADLINE}\n{deck}")
    assert (article.title, article.subtitle) == (HEADLINE, deck)


def test_a_deck_a_copy_prints_above_its_headline_stays_the_deck() -> None:
    deck = "읍면 주민자치회 등은 다음 달부터"
    assert read(f"{deck}\n{HEADLINE}").title == HEADLINE


@pytest.mark.parametrize(
    "row", ["- 작성자 : 홍보팀", "- 조회수 : 1520", "1. 사업명 : 마을 돌봄 사업"]
)
def test_a_board_row_or_a_notice_field_under_the_headline_is_never_its_deck(row: str) -> None:
    article = read(f"{HEADLINE}\n{row}")
    assert (article.title, article.subtitle) == (HEADLINE, None)


def test_a_headline_printed_again_under_itself_is_not_its_deck() -> None:
    rows = "  • 홍길동 기자\n  • 승인 2024.03.14 10:21\n  • 댓글 0\n이 기사를 공유합니다"
    article = read(f"{HEADLINE}\n{HEADLINE}\n{rows}")
    assert (article.title, article.subtitle) == (HEADLINE, None)


DECKS = (
    "마을 돌봄 12건, 청년 일자리 8건, 어르신 나들이 5건 등",
    "사업비 3억 원 늘려 참여 주민 두 배로",
)


@pytest.mark.parametrize("rows", ["", "\n2024-03-14 홍길동 기자"])
def test_a_headline_naming_the_storys_subject_stands_over_its_decks(rows: str) -> None:
    article = read(f"{HEADLINE}\n{DECKS[0]}\n{DECKS[1]}{rows}")
    assert article.title == HEADLINE
    assert DECKS[0] in (article.subtitle or "")


def test_a_line_naming_a_body_the_story_is_not_about_is_no_headline_over_the_decks() -> None:
    other = "달빛시, 관광객 두 배로 늘린다"
    assert read(f"{other}\n{DECKS[0]}\n{DECKS[1]}").title != other
