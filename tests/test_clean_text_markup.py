"""Markup left in a text page: copies out of a CMS, a feed's body or a page's source.

A wire photo element, an embedded player or a comment alone on a line is no text (one read as
a teaser cut short once lost a whole body under it); `<br />` is a line break; entities are
the characters they name. Words in angle brackets (`<저작권자 …>`, `<2024 해오름 축제>`) stay
words, and an escaped tag stays the characters a reader saw. (Invented text.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.text_markup import unmarked
from govreader.facts import extract
from govreader.ingest import load_page
from govreader.model import Article, Page, PageFormat

HEADLINE = "해오름군, 청년 창업 점포 20곳 문 열어…임대료 절반 지원"
LEAD = (
    "(해오름=한빛통신) 홍길동 기자 = 해오름군은 군청 앞 상가에 청년 창업 점포 20곳이 "
    "새로 문을 열었다고 9일 밝혔다."
)
BODY = [
    "군은 점포마다 2년 동안 임대료의 절반과 간판 제작비 300만 원을 지원한다.",
    "입점한 청년들은 지난해 공모에서 뽑힌 만 19세부터 39세까지의 예비 창업자다.",
    "군 관계자는 “청년 가게가 상가에 손님을 다시 불러오길 바란다”고 말했다.",
]
STORY = [LEAD.split(" = ", 1)[1], *BODY]

TAG_LINES = {
    "wire photo element": (
        "<NEWSPHOTO path='A1B2C3D4E5F60718293A4B5C6D7E8F90_P2.jpeg' id='PHT20240309001200077' "
        "title='청년 창업 점포 [한빛통신 자료]' caption=' ' />"
    ),
    "embedded player": '<iframe src="https://player.example/v/8812" width="640" height="360" '
    'frameborder="0" allowfullscreen></iframe>',
    "comment": "<!-- 기사 본문 시작 : 편집기 자동 삽입 영역 -->",
    "image": "<img src='https://news.example/photo/202403/1200_3345_12.jpg' alt='' />",
    "script": "<script type='text/javascript'>loadAd('article_top', 300, 250);</script>",
}


def read_text(text: str) -> Article:
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


def wire_copy(tag_line: str) -> str:
    return "\n\n".join(
        [
            HEADLINE,
            "입력 2024-03-09 10:12",
            HEADLINE,
            tag_line,
            LEAD,
            *BODY,
            "hong@example.kr",
            "(끝)",
            "<저작권자(c) 한빛통신, 무단 전재-재배포 금지>",
        ]
    )


@pytest.mark.parametrize("tag_line", TAG_LINES.values(), ids=TAG_LINES.keys())
def test_a_line_of_markup_alone_never_costs_the_body(tag_line: str) -> None:
    article = read_text(wire_copy(tag_line))
    assert article.paragraphs == STORY
    assert article.title == HEADLINE
    assert "<" not in article.text


def test_a_script_broken_by_br_tags_reads_paragraph_by_paragraph() -> None:
    sentences = [*STORY, "해오름군은 내년에 점포를 30곳으로 늘릴 계획입니다."]
    article = read_text(" <br /> <br />".join(sentences) + "<br /><br />[ 해오름방송 / HBS ]")
    assert article.paragraphs == sentences


def test_one_br_between_two_sentences_parts_them() -> None:
    text = f"{HEADLINE}\n\n{STORY[0]}<br>{STORY[1]}\n\n{STORY[2]}<BR/>{STORY[3]}"
    assert read_text(text).paragraphs == STORY


def test_entities_are_the_characters_they_name() -> None:
    quoted = "군 관계자는 &quot;청년 가게가 상가에 손님을 다시 불러오길 바란다&quot;고 말했다."
    spaced = "군은 점포마다 2년 동안&nbsp;임대료의 절반을 지원하고 &#39;청년 상회&#39; 간판을 단다."
    article = read_text("\n\n".join([HEADLINE, STORY[0], spaced, quoted]))
    assert article.paragraphs == [
        STORY[0],
        "군은 점포마다 2년 동안 임대료의 절반을 지원하고 '청년 상회' 간판을 단다.",
        '군 관계자는 "청년 가게가 상가에 손님을 다시 불러오길 바란다"고 말했다.',
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("&lt;b&gt;굵게&lt;/b&gt; 쓴 안내문", "<b>굵게</b> 쓴 안내문"),
        ("&amp;lt;br&amp;gt; 두 번 감싼 태그", "&lt;br&gt; 두 번 감싼 태그"),
        ("R&D 센터와 AT&T, &copy 없는 기호", "R&D 센터와 AT&T, &copy 없는 기호"),
        ("제어 문자 &#27;[31m 없이", "제어 문자 [31m 없이"),
    ],
)
def test_escaped_markup_stays_the_characters_a_reader_saw(written: str, read: str) -> None:
    assert unmarked(written) == read


@pytest.mark.parametrize(
    "line",
    [
        "<저작권자 ⓒ 해오름일보, 무단 전재 및 재배포 금지>",
        "<2024 해오름 봄꽃 축제> 개막 공연이 군민 광장에서 열렸다.",
        "<KBS 뉴스> 해오름군 소식입니다.",
        "<A 씨> 사례는 뒤에 다룬다.",
        "점수가 3 < 5 이고 7 > 2 인 경우",
        "<!-- 닫히지 않은 주석 뒤의 글",
    ],
)
def test_words_in_angle_brackets_are_not_markup(line: str) -> None:
    assert unmarked(line) == line


def test_the_copyright_line_in_brackets_still_ends_the_story() -> None:
    article = read_text(wire_copy(TAG_LINES["comment"]) + "\n\n다른 기사 제목이 여기 붙는다")
    assert article.paragraphs == STORY


def test_fact_spans_are_into_the_text_as_cleaned() -> None:
    lines = [
        HEADLINE,
        "해오름군은 &lsquo;청년 창업 지원 사업&rsquo;으로 점포 20곳에 임대료를 지원한다.<br />"
        "지원 대상은 만 19세부터 39세까지의 예비 창업자&nbsp;20명이다.",
        "군은 이 사업에 군비 4억 원을 들인다.<br>군은 지난해 전남도 일자리 평가에서 "
        "&quot;우수상&quot;을 받았다.",
    ]
    article = read_text("\n\n".join(lines))
    facts = extract(article)
    assert facts
    for fact in facts:
        assert article.text[fact.start : fact.end] == fact.text
    assert "&" not in article.text and "<" not in article.text


def test_a_text_broken_only_by_br_tags_is_a_text_page(tmp_path: Path) -> None:
    path = tmp_path / "script.txt"
    path.write_text(" <br /> <br />".join([*STORY, *STORY]), encoding="utf-8")
    assert load_page(path).format is PageFormat.TEXT


def test_an_html_page_keeps_its_own_reading(tmp_path: Path) -> None:
    markup = "".join(f"<p>{p}</p>" for p in STORY).replace("“", "&ldquo;")
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{HEADLINE}</title></head><body>{markup}</body></html>")
    page = load_page(path)
    assert page.format is PageFormat.HTML
    assert clean_page(page).paragraphs == STORY


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("해오름군 청년 창업 점포<br>임대료 절반 지원", "해오름군 청년 창업 점포 임대료 절반 지원"),
        ("한빛시 어르신 일자리<BR />올해 1200개로 늘려", "한빛시 어르신 일자리 올해 1200개로 늘려"),
        (
            "<b>새봄구</b>, 마을 돌봄 두 배로<br/>어르신 300명 채용",
            "새봄구, 마을 돌봄 두 배로 어르신 300명 채용",
        ),
    ],
)
def test_a_headline_set_on_two_lines_by_br_is_one_headline(line: str, headline: str) -> None:
    article = read_text("\n\n".join([line, *STORY]))
    assert article.title == headline
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        (
            "신청 기간: 3월 4일까지<br>대상: 만 19세 이상 청년",
            ["신청 기간: 3월 4일까지", "대상: 만 19세 이상 청년"],
        ),
        ("- 일시: 4월 2일<br>- 장소: 군청 대회의실", ["- 일시: 4월 2일", "- 장소: 군청 대회의실"]),
        (
            "점포 20곳이 문을 열었다.<br>군은 지원을 늘린다.",
            ["점포 20곳이 문을 열었다.", "군은 지원을 늘린다."],
        ),
        ("제목 한 줄<br /><br />다음 문단", ["제목 한 줄", "", "다음 문단"]),
        ("<br>첫 줄 앞의 태그", ["", "첫 줄 앞의 태그"]),
    ],
)
def test_rows_sentences_and_doubled_breaks_stay_apart(line: str, rows: list[str]) -> None:
    assert unmarked(line).split("\n") == rows
