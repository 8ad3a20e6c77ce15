"""Copied text where two things share a line or a thing is said twice (invented sentences in
the shapes real pages share): a caption glued ahead of the lead, a byline with a bureau in
parentheses or with a wire's follow buttons, a photo's alt text and caption one after the
other, a date printed over two lines, a date stamp that runs into the deck, and a summary box
that says the lead before the byline does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.bylines import split_byline
from govreader.clean.captions import caption_ahead
from govreader.clean.copied import doubled_lines
from govreader.clean.dates import split_date
from govreader.model import Article, Page, PageFormat

LEAD = "해오름소방서는 겨울철을 맞아 이달 한 달간 전통시장 화재 예방 캠페인을 연다고 3일 밝혔다."
BODY = [
    "캠페인에는 의용소방대원과 상인회 회원 60여 명이 참여해 점포마다 소화기 사용법을 알린다.",
    "소방서는 또 노후 전기설비를 점검하고 주택용 소방시설을 홀로 사는 어르신 가정에 나눠준다.",
    "홍길순 서장은 “작은 불씨가 큰 피해로 번지지 않도록 모두가 살펴 달라”고 당부했다.",
]


def read(text: str) -> Article:
    page = Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8")
    return clean_page(page)


# A photo's caption and credit run into the lead (a portal's summary does this)


@pytest.mark.parametrize(
    "caption",
    [
        "전통시장 화재 예방 캠페인(제공=해오름소방서) ",
        "소방서 전경 [사진=해오름군] ",
        "현수막(출처: 해오름군) ",
    ],
)
def test_a_caption_with_its_credit_glued_ahead_of_the_lead_is_cut_off(caption: str) -> None:
    assert caption_ahead(caption + LEAD) == len(caption)
    article = read("\n".join([caption + LEAD, *BODY]))
    assert article.text.startswith(LEAD)
    assert "제공=" not in article.text and "사진=" not in article.text


@pytest.mark.parametrize(
    "sentence",
    [
        "홍길순 서장(사진=왼쪽)은 시장 상인들과 함께 점포를 돌며 소화기 위치를 확인했다.",
        "이번 캠페인 포스터(자료=해오름소방서)는 시장 입구마다 붙는다.",
        "해오름소방서는 3일(제공=오전) 캠페인을 열었다.",
    ],
)
def test_a_credit_inside_a_sentence_is_not_a_glued_caption(sentence: str) -> None:
    assert caption_ahead(sentence) == 0


# Bylines in the shapes a dateline's bureau and a wire's follow buttons give them


@pytest.mark.parametrize(
    ("line", "reporter"),
    [
        ("[해오름경제(북부)=홍길동 기자]" + LEAD, "홍길동"),
        ("(해오름(남부)=해오름뉴스) 홍길동 기자 = " + LEAD, "홍길동"),
        ("홍길동기자 구독 구독중 이전 다음 " + LEAD, "홍길동"),
        ("홍길동 기자 구독 " + LEAD, "홍길동"),
    ],
)
def test_a_byline_in_these_shapes_is_cut_off_and_names_the_reporter(
    line: str, reporter: str
) -> None:
    assert split_byline(line).text == LEAD
    assert split_byline(line).reporter == reporter
    article = read("\n".join([line, *BODY]))
    assert article.text.startswith(LEAD)
    assert article.reporter == reporter


def test_a_parenthesis_after_a_name_is_not_a_dateline() -> None:
    line = "해오름군(군수 홍길순)=해오름군이 올해 첫 청년 창업 공모를 연다고 밝혔다."
    assert split_byline(line).text == line


# Said twice in a row: a photo's alt text and its caption


def test_a_short_line_said_twice_in_a_row_inside_the_story_is_a_caption() -> None:
    caption = "▲ 인사말을 하고 있는 홍길순 해오름군수"
    article = read("\n".join([LEAD, caption, caption, *BODY]))
    assert caption not in article.text
    assert all(sentence in article.text for sentence in [LEAD, *BODY])


def test_a_line_said_twice_above_the_story_and_sentences_said_twice_are_not_captions() -> None:
    headline = "해오름소방서, 전통시장 화재 예방 캠페인"
    lines = [headline, headline, LEAD, BODY[0], BODY[0], BODY[1]]
    assert doubled_lines(lines) == set()


@pytest.mark.parametrize(
    "caption",
    [
        "지난 2일 해오름시장 입구에서 열린 캠페인에 의용소방대원 40명이 모였다.",
        "해오름소방서장이 3일 서 회의실에서 “시장 안전은 상인과 함께”라고 말했다.",
    ],
)
def test_any_short_sentence_said_twice_alike_above_the_story_is_a_caption(caption: str) -> None:
    article = read("\n".join(["이 기사를 공유합니다", caption, caption, LEAD, *BODY]))
    assert article.paragraphs == [LEAD, *BODY]


def test_a_lead_said_twice_in_other_quotes_thrice_or_with_every_line_stays_once() -> None:
    lead = "해오름소방서는 ‘전통시장 화재 예방 캠페인’을 연다고 3일 밝혔다."
    summary_copy = lead.replace("‘", "`").replace("’", "`")
    twice = read("\n".join([lead, summary_copy, *BODY]))
    thrice = read("\n".join([lead, lead, "", lead, *BODY]))
    every_line_twice = read("\n".join(line for line in [lead, *BODY] for _ in (1, 2)))
    assert twice.paragraphs == thrice.paragraphs == [lead, *BODY]
    assert every_line_twice.paragraphs == [lead, *BODY]


@pytest.mark.parametrize(
    ("restating", "lead"),
    [
        (
            "해오름소방서가 3일 해오름시장에서 화재 예방 캠페인을 열었다.",
            "해오름소방서가 12월 3일 오전 10시 해오름시장에서 화재 예방 캠페인을 열었다.",
        ),
        (
            "상인회 회원 60여 명이 함께한 이번 캠페인은 이달 말까지 이어진다.",
            "해오름시장에서 캠페인이 시작됐다. 상인회 회원 60여 명이 함께한 이번 캠페인은"
            " 이달 말까지 이어진다.",
        ),
    ],
)
def test_a_line_above_the_lead_that_the_lead_says_again_goes(restating: str, lead: str) -> None:
    article = read("\n".join([restating, lead, *BODY]))
    assert article.paragraphs == [lead, *BODY]


def test_lines_alike_but_not_restated_sentences_stay() -> None:
    series = ["② 전통시장 화재 예방 上", "③ 전통시장 화재 예방 下"]
    unlike = "소방서는 지난해에도 같은 캠페인을 열었다."
    article = read("\n".join([LEAD, *series, unlike, *BODY]))
    assert article.paragraphs[:2] == [LEAD, series[0]]
    assert unlike in article.paragraphs


def test_the_last_paragraph_cut_short_after_a_caption_is_kept() -> None:
    caption = "▲ 캠페인에 참여한 의용소방대원들"
    cut = "한편 소방서는 다음 달부터 읍면 전통시장을 차례로 찾아가 같은 캠페인을"
    article = read("\n".join([LEAD, *BODY, caption, caption, cut]))
    assert article.text.endswith(cut)
    assert caption not in article.text


# A date printed over two lines, and a date stamp running into the deck


@pytest.mark.parametrize(
    ("first", "second", "iso"),
    [
        ("02.03", "2025", "2025-02-03"),
        ("2024", "11/5", "2024-11-05"),
        ("3.14.", "2023", "2023-03-14"),
    ],
)
def test_a_date_printed_over_two_lines_is_read(first: str, second: str, iso: str) -> None:
    assert split_date(first, second) == iso
    article = read("\n".join([first, second, LEAD, *BODY]))
    assert article.published == iso


@pytest.mark.parametrize(("first", "second"), [("2.5", "24"), ("13.02", "2025"), ("02.03", "3명")])
def test_numbers_on_two_lines_that_are_not_a_date_are_not_read_as_one(
    first: str, second: str
) -> None:
    assert split_date(first, second) is None


def test_the_deck_a_date_stamp_runs_into_is_the_subtitle() -> None:
    deck = "전통시장 60곳 돌며 소화기 사용법 안내…노후 전기설비도 점검"
    article = read("\n".join([f" date 2025-11-03 {deck}", "", LEAD, *BODY]))
    assert article.title is None
    assert article.subtitle == deck
    assert article.published == "2025-11-03"
    assert article.text.startswith(LEAD)


def test_a_lead_a_date_stamp_runs_into_stays_the_body() -> None:
    article = read("\n".join([f" date 2025-11-03 [해오름일보=홍길동 기자] {LEAD}", *BODY]))
    assert article.subtitle is None
    assert article.text.startswith(LEAD)
    assert article.reporter == "홍길동"


# A summary box says the lead before the body's copy, which carries the byline


def test_the_byline_on_the_bodys_copy_of_a_summarised_lead_names_the_reporter() -> None:
    summary = [LEAD, BODY[0]]
    notice = "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다."
    byline = "(해오름=해오름뉴스) 홍길동 기자 = "
    article = read("\n".join([*summary, notice, byline + LEAD, *BODY]))
    assert article.reporter == "홍길동"
    assert article.text.count(BODY[0]) == 1


@pytest.mark.parametrize(
    "tail",
    [
        "해오름=홍길동 기자 hong@",
        "해오름=홍길동 기자 hong@haeorum.kr",
        "홍길동 기자 hong@haeorum.kr",
    ],
)
def test_a_byline_with_its_place_closing_the_last_paragraph_is_cut_off(tail: str) -> None:
    last = BODY[-1] + " " + tail
    assert split_byline(last).text == BODY[-1]
    article = read("\n".join([LEAD, *BODY[:-1], last]))
    assert article.text.endswith(BODY[-1])
    assert article.reporter == "홍길동"


@pytest.mark.parametrize(
    "line",
    ["<홍길동 기자@haeorum01>hong@haeorum.kr", "<홍길동 기자 hong@haeorum.kr>", "<홍길동 기자>"],
)
def test_a_byline_in_angle_brackets_under_the_story_names_the_reporter(line: str) -> None:
    article = read("\n".join([LEAD, *BODY, line]))
    assert article.reporter == "홍길동"
    assert "hong@" not in article.text


@pytest.mark.parametrize(
    "notice",
    [
        " <저작권자 ⓒ 해오름일보 무단전재 및 재배포 금지>",
        "저작권자 © 해오름일보 무단전재 및 재배포 금지",
        " Copyright © 해오름뉴스. All rights reserved.",
    ],
)
def test_a_copyright_notice_glued_to_the_last_paragraph_leaves_the_paragraph(notice: str) -> None:
    article = read("\n".join([LEAD, *BODY[:-1], BODY[-1] + notice]))
    assert article.text.endswith(BODY[-1])
    assert "무단" not in article.text and "reserved" not in article.text


def test_a_page_that_is_one_photos_caption_keeps_the_caption_as_its_story() -> None:
    caption = (
        "해오름구는 지난 5일 구민회관에서 마을 공동체 우수사례 발표회를 열었다. "
        "사진은 홍길순 구청장이 인사말을 하는 모습.(사진제공=해오름구)"
    )
    article = read("\n".join([caption, "[ⓒ 해오름일보. 무단전재-재배포 금지]"]))
    assert article.text.startswith("해오름구는 지난 5일 구민회관에서")
    assert "사진제공" not in article.text


def test_a_caption_beside_a_story_stays_out_of_it() -> None:
    caption = (
        "홍길순 서장이 5일 전통시장을 돌며 소화기를 점검했다. "
        "상인들이 지켜보고 있다.(사진=해오름소방서)"
    )
    article = read("\n".join([LEAD, caption, *BODY]))
    assert "소화기를 점검했다" not in article.text
