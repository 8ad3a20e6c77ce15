"""Pages with no story whose facts are a notice's fields: labelled rows or a table's rows.

Invented service guides in the shapes government sites print: a label alone on its line over its
value (`지원 대상` over who may apply), `-` between cells, a table under a header row naming its
columns. Such pages used to keep one long row and lose who may apply.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.fields import is_field_label
from govreader.model import Article, Page, PageFormat

AUDIENCE = "해오름군에 주소를 둔 만 19세 이상 34세 이하 청년"
GUIDE = [
    "서비스명",
    "해오름 청년 마음건강 바우처",
    "소관 기관",
    "해오름군 보건소",
    "지원 형태",
    "바우처",
    "지원 대상",
    AUDIENCE,
    "신청 방법",
    "○ 온라인 : 군 누리집 신청 게시판 ○ 방문 : 읍·면 행정복지센터 (평일 9시부터 18시까지 접수)",
    "문의처",
    "보건정책과/012-345-6789",
]
TABLE = [
    "구 분 | 신 청 기 준 | 지원 내용 |",
    "가족상담",
    "서비스 |",
    "- 해오름군에 사는 한부모가족",
    "- 만 18세 미만 자녀를 둔 조손가족 |",
    "ㅁ 심리상담과 가족 관계 교육",
    "ㅁ 생활 정보 안내 |",
    "자녀 돌봄",
    "서비스 |",
    "- 맞벌이 가구의 만 12세 이하 자녀",
    "ㅁ 등하원 동행과 놀이 돌봄 |",
]
STORY = [
    "해오름군(군수 홍길순)은 올해 마을 돌봄 일자리를 두 배인 300개로 늘린다고 5일 밝혔다.",
    "돌봄 인력은 홀로 사는 어르신 가정을 주 2회 찾아 안부를 살피고 말벗이 된다.",
    "군은 이를 위해 군비 12억 원을 편성했으며 상반기 안에 채용을 마칠 계획이다.",
    "군 관계자는 “어르신이 이웃의 손길을 느끼도록 촘촘한 돌봄망을 만들겠다”고 말했다.",
]
MENU = ["주요 사업 현황", "마을 기업", "공유재산 현황", "군유지 매각", "매각 절차", "대부 안내"]


def read_text(lines: list[str]) -> Article:
    text = "\n".join(lines)
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


@pytest.mark.parametrize("blank", [False, True])
def test_a_service_guide_keeps_every_labelled_field(blank: bool) -> None:
    lines = [row for line in GUIDE for row in ([line, ""] if blank else [line])]
    paragraphs = read_text(lines).text.split("\n\n")
    assert AUDIENCE in paragraphs
    assert "해오름 청년 마음건강 바우처" in paragraphs
    assert "지원 대상" in paragraphs


def test_a_field_label_is_not_taken_for_the_headline() -> None:
    assert read_text(GUIDE).title is None


def test_cells_between_dashes_are_kept_and_the_dashes_dropped() -> None:
    rows = ["참여 조건", "-", "시장형 일자리", "만 60세 이상", "-", "공익활동", "만 65세 이상"]
    rows += ["필수 서류", "-", "주민등록등본 1부", "-", "제외 대상", "-", "생계급여 수급자"]
    paragraphs = read_text(rows).text.split("\n\n")
    assert "만 60세 이상" in paragraphs and "생계급여 수급자" in paragraphs
    assert "-" not in paragraphs


def test_a_table_under_its_header_row_keeps_its_rows() -> None:
    text = read_text(TABLE).text
    assert "- 해오름군에 사는 한부모가족" in text
    assert "- 맞벌이 가구의 만 12세 이하 자녀" in text


def test_a_story_keeps_a_menu_of_labelled_pages_out() -> None:
    article = read_text([*MENU, *MENU, "해오름군, 마을 돌봄 일자리 300개로", *STORY, *MENU])
    assert article.text.split("\n\n") == STORY


def test_a_menu_of_labelled_pages_away_from_a_short_text_stays_out() -> None:
    names = ("인구", "재정", "관광", "농업", "복지", "교통", "환경", "문화")
    menu = [row for name in names for row in (f"{name} 현황", f"{name} 소개")]
    lines = [*menu, "", "사이트맵", "", STORY[0], "", "저작권 안내", "개인정보 처리방침"]
    assert read_text(lines).text == STORY[0]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("지원 대상", True),
        ("신청방법", True),
        ("사 업 구 분 | 신 청 기 준 | 서비스 제공내용", True),
        ("대상", True),
        ("군은 신청 방법을 안내했다", False),
        ("해오름군 청년 일자리 지원사업 참여자 모집 대상", False),
    ],
)
def test_what_reads_as_a_field_label(line: str, label: bool) -> None:
    assert is_field_label(line) is label
