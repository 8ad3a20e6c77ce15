"""A notice's field labels marked as an outline's items (`○ 지원대상`, `1. 신청자격`) over the
rows they label, in notices written for these tests: the label stays in the body, where the
audience reader needs it, and a menu's labels stay out."""

from __future__ import annotations

from pathlib import Path

from govreader.clean import clean_page
from govreader.clean.fields import is_marked_label
from govreader.model import Page, PageFormat
from tests.facts_helpers import audience_texts


def _clean(lines: list[str]) -> str:
    page = Page(
        path=Path("notice.txt"), format=PageFormat.TEXT, encoding="utf-8", text="\n".join(lines)
    )
    return clean_page(page).text


def test_a_marked_label_over_its_rows_stays() -> None:
    text = _clean(
        [
            "푸른마을 청년 월세 지원",
            "○ 지원대상",
            "- 푸른군에 주소를 둔 만 19세 이상 34세 이하 무주택 청년",
            "- 기준 중위소득 150% 이하 가구의 청년 세대주",
            "○ 지원내용",
            "- 월 최대 20만원, 12개월까지 지원",
        ]
    )
    assert "○ 지원대상" in text.split("\n\n")


def test_a_numbered_label_opening_the_page_is_no_title() -> None:
    page = Page(
        path=Path("notice.txt"),
        format=PageFormat.TEXT,
        encoding="utf-8",
        text="\n".join(
            [
                "1. 신청자격",
                "가. 푸른군에 6개월 이상 거주한 농업인 가구의 대학생 자녀로 재학 중인 사람",
                "나. 푸른군에 주소를 두고 농업에 종사하는 대학생 본인",
                "2. 지원금액 : 학기당 등록금 전액",
            ]
        ),
    )
    article = clean_page(page)
    assert article.title != "1. 신청자격"
    assert article.text.startswith("1. 신청자격")


def test_a_menus_labels_stay_out() -> None:
    text = _clean(
        [
            "지원대상",
            "신청방법",
            "푸른군청 누리집",
            "푸른군은 올해 농업인 가구의 대학생 자녀 120명에게 학자금을 지원한다고 밝혔다.",
            "군은 다음 달 말까지 읍면 행정복지센터에서 신청을 받아 심사한 뒤 지원할 계획이다.",
        ]
    )
    assert "지원대상" not in text
    assert "신청방법" not in text


def test_marks_that_make_a_label() -> None:
    assert is_marked_label("○ 지원대상")
    assert is_marked_label("가. 신청자격")
    assert is_marked_label("(1) 모집 기간")
    assert not is_marked_label("○ 푸른군 소식")
    assert not is_marked_label("1. 지원대상 및 선정 절차에 관한 자세한 안내")


def test_the_audience_reader_reads_rows_under_a_marked_label() -> None:
    text = "□ 모집대상\n\n- 관내 거주 미취업 청년\n\n□ 모집기간\n\n3월 한 달"
    assert audience_texts(text) == ["관내 거주 미취업 청년"]


def test_a_rows_closing_semicolon_is_no_part_of_its_group() -> None:
    text = "1. 지원대상\n\n나. 푸른군에 주소를 두고 농업에 종사하는 대학생;\n\n2. 지원금액 : 전액"
    assert audience_texts(text) == ["푸른군에 주소를 두고 농업에 종사하는 대학생"]


def test_a_numbered_field_row_is_no_headline() -> None:
    page = Page(
        path=Path("notice.txt"),
        format=PageFormat.TEXT,
        encoding="utf-8",
        text="1. 대 상 자 : 만 65세 이상 기초연금 수급자\n\n2. 신청기간 : 3월 4일부터 29일까지",
    )
    article = clean_page(page)
    assert article.title is None
    assert audience_texts(article.text) == ["만 65세 이상 기초연금 수급자"]
