"""Families of chrome and headline mistakes seen on municipal and council sites (invented text).

Each test builds a page in the shape real saved pages share (board views, release headers,
share rows, attachment lists) and checks that the headline, subtitle and body come out right
whatever the site's own words are.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.boilerplate import is_chrome
from govreader.clean.site_names import names_only, strip_site
from govreader.model import Article, Page, PageFormat

HEADLINE = "해오름군, 마을 돌봄 일자리 두 배로…어르신 300명 채용"
BODY = [
    "해오름군은 올해 마을 돌봄 일자리를 지난해의 두 배인 300개로 늘린다고 5일 밝혔다.",
    "돌봄 인력은 홀로 사는 어르신 가정을 주 2회 찾아 안부를 살피고 말벗이 된다.",
    "군은 이를 위해 군비 12억 원을 편성했으며 상반기 안에 채용을 마칠 계획이다.",
    "군 관계자는 “어르신이 이웃의 손길을 느끼도록 촘촘한 돌봄망을 만들겠다”고 말했다.",
]
MENU = "본문 바로가기\n로그인 회원가입 사이트맵\n홈 > 해오름소식 > 보도자료\n보도자료\n"


def read_text(text: str) -> Article:
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


def read_html(markup: str) -> Article:
    return clean_page(
        Page(path=Path("p.html"), text=markup, format=PageFormat.HTML, encoding="utf-8")
    )


def headline_page(body: str) -> str:
    """A page titled with HEADLINE around `body`."""
    return f"<html><head><title>{HEADLINE}</title></head><body>{body}</body></html>"


def paragraphs(lines: Iterable[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


@pytest.mark.parametrize(
    "row",
    [
        "페이스북 트위터 블로그 인쇄",
        "[인쇄] [공유하기] [URL복사]",
        "카카오톡 블로그 밴드 [인쇄]",
        "[페이스북] [엑스] [스크랩]",
        "네이버 블로그",
        "글자 확대 축소",
        "[이메일] [프린트]",
    ],
)
def test_share_rows_are_chrome(row: str) -> None:
    assert is_chrome(row)


@pytest.mark.parametrize("row", ["[인쇄] [공유하기] [URL복사]", "페이스북 트위터 블로그 인쇄"])
def test_a_share_row_above_the_headline_is_neither_title_nor_body(row: str) -> None:
    board = "작성자 : 복지정책과 | 등록일 : 2025-03-05 | 조회수 : 120"
    article = read_text(MENU + f"{row}\n\n{HEADLINE}\n{board}\n\n" + "\n\n".join(BODY))
    assert article.title == HEADLINE
    assert article.subtitle is None
    assert article.published == "2025-03-05"
    assert row not in article.text
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "- 0305_복지정책과_마을 돌봄 일자리 확대.hwp (다운로드 12)",
        "붙임_모집 공고문.pdf (다운로드 5)",
        "사진1_돌봄 일자리 발대식.jpg [미리보기] [다운로드]",
        "신청서 서식.hwpx (84 KB) [다운로드]",
        "모집공고.hwp 바로보기 다운로드",
        "- 모집공고.hwpx (다운로드수 7)",
    ],
)
def test_attachment_lines_with_counts_and_buttons_are_chrome(line: str) -> None:
    assert is_chrome(line)


def test_attachments_under_a_release_stay_out_of_its_body() -> None:
    files = "첨부파일\n- 0305_복지정책과_돌봄.hwp (다운로드 12)\n- 붙임_공고.pdf (다운로드 5)"
    text = MENU + f"{HEADLINE}\n\n" + "\n\n".join(BODY) + f"\n\n{files}\n이전글 다른 보도자료\n"
    article = read_text(text)
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "last",
    [
        "신청은 4월 7일부터 25일까지 군 누리집에서 받는다. 문의: 복지정책과 033-370-2222",
        "접수는 오는 20일까지 읍면동 행정복지센터에서 하면 된다(문의: 복지정책과 033-370-2222).",
        "참가 신청은 5월 2일부터 받는다. 자세한 내용은 복지정책과(033-370-2222)로 문의하면 된다.",
        "신청은 다음 달 15일까지 받는다. ☎ 문의 : 복지정책과 노인복지팀 033-370-2222",
    ],
)
def test_a_last_paragraph_that_ends_with_a_contact_stays(last: str) -> None:
    html = headline_page(
        "<div class='view_content'>"
        + paragraphs([*BODY, last, "(문의: 복지정책과 노인복지팀 033-370-2222)"])
        + "</div>"
    )
    article = read_html(html)
    assert article.paragraphs == [*BODY, last]
    assert not is_chrome(last)


@pytest.mark.parametrize(
    "line",
    [
        "(문의: 복지정책과 노인복지팀 033-370-2222)",
        "담당부서 : 복지정책과 노인복지팀 ☎ 033-370-2222",
        "무단 전재와 재배포를 금지합니다. 대표전화 02-123-4567",
    ],
)
def test_contact_and_footer_lines_alone_stay_chrome(line: str) -> None:
    assert is_chrome(line)


RELEASE_HEADS = [
    "해오름군\n보 도 자 료\n“함께 웃는 행복해오름”\n"
    "보도일시 : 2025. 3. 5.(수) 배포 즉시\n담당부서 : 복지정책과 노인복지팀\n"
    "팀    장 : 김하늘 (033-370-2221)\n총 4쪽 (사진 2매 포함)",
    "해오름군 보도자료\n사람 중심, 더 큰 해오름\n"
    "배포일시 2025. 3. 5.(수) 09:00    보도시점 배포 즉시 보도\n"
    "담당부서 복지정책과\n매    수 3매 (붙임 1)",
    "“군민이 행복한 해오름”\n보 도 자 료\n보도시점 배포 즉시 보도\n보도일시 2025. 3. 5.(수) 09:00\n"
    "담 당 자 주무관 이바다 (033-370-2222)",
]


@pytest.mark.parametrize("masthead", RELEASE_HEADS, ids=["slogan", "deck-like", "slogan-first"])
def test_a_release_headline_comes_after_its_header_not_the_slogan(masthead: str) -> None:
    deck = "- 올해 군비 12억 원 투입…홀로 사는 어르신 안부 살핀다"
    article = read_text(f"{masthead}\n\n{HEADLINE}\n{deck}\n\n" + "\n\n".join(BODY))
    assert article.title == HEADLINE
    assert article.subtitle is None or article.subtitle == deck
    assert article.published is not None and article.published.startswith("2025-03-05")
    assert article.paragraphs in (BODY, [deck, *BODY])


@pytest.mark.parametrize(
    "line",
    [
        "총 4쪽 (사진 2매 포함)",
        "보도시점 배포 즉시 보도",
        "매 수 3매 (붙임 1)",
        "엠바고 : 5일(목) 06:00 이후",
    ],
)
def test_release_header_rows_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line", ["총 12쪽 분량의 보고서를 냈다", "보도 시간이 늦어졌다는 지적이 나왔다"]
)
def test_sentences_that_mention_pages_or_reporting_are_not_release_rows(line: str) -> None:
    assert not is_chrome(line)


def board_view(page_title: str, heading: str) -> str:
    """An old table-layout board view: the headline only in a 제목 row or a view heading."""
    rows = paragraphs(BODY)
    return f"""<html><head><meta charset="utf-8"><title>{page_title}</title></head><body>
    <table class="top"><tr><td><a href="/">HOME</a> | <a href="/login">로그인</a></td></tr></table>
    <table><tr><td class="lnb"><ul><li><a href="/n">공지사항</a></li><li><a href="/p">보도자료</a>
    </li></ul></td><td><h3 class="sub_title">새소식</h3>{heading}
    <table><tr><td class="board_txt">{rows}</td></tr></table>
    <p>다음글이 없습니다.</p></td></tr></table>
    <p>(12345) 해오름도 해오름군 군청로 1 해오름군청</p></body></html>"""


TITLE_ROW = (
    f"<table class='view'><tr><th>제목</th><td>{HEADLINE}</td></tr>"
    "<tr><th>작성자</th><td>복지정책과</td><th>등록일</th><td>2025-03-05</td></tr></table>"
)
LABEL_CELL_ROW = (
    f"<table><tr><td bgcolor='#eeeeee'><b>제 목</b></td><td><b>{HEADLINE}</b></td></tr>"
    "<tr><td bgcolor='#eeeeee'>등록일</td><td>2025-03-05</td></tr></table>"
)
VIEW_HEADING = (
    f"<table><tr><td class='view_title'><b>{HEADLINE}</b></td></tr>"
    "<tr><td>등록일 2025-03-05 | 조회 120</td></tr></table>"
)


@pytest.mark.parametrize(
    "page_title", ["해오름군의회 - 의정소식", "해오름군청 - 보도자료", "새소식", "해오름군 모바일"]
)
@pytest.mark.parametrize(
    "heading",
    [TITLE_ROW, LABEL_CELL_ROW, VIEW_HEADING],
    ids=["title-row", "label-cell-row", "view-heading"],
)
def test_a_board_page_title_of_site_and_board_names_gives_way_to_the_headline(
    page_title: str, heading: str
) -> None:
    article = read_html(board_view(page_title, heading))
    assert article.title == HEADLINE
    assert article.published == "2025-03-05"
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "page_title",
    [
        f"해오름군청 - 군정소식 - {HEADLINE}",
        f"해오름군청 | 보도자료 | {HEADLINE}",
        f"{HEADLINE} :: 해오름뉴스",
        f"{HEADLINE} :: 보도자료 :: 해오름군청",
        f"보도자료 상세 - 해오름도 : {HEADLINE}",
    ],
)
def test_site_and_board_names_around_the_headline_are_cut(page_title: str) -> None:
    article = read_html(board_view(page_title, VIEW_HEADING.replace(HEADLINE, "")))
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "raw",
    ["청년이 꿈꾸는 도시 - 해오름일보", "해오름시 - 청년수당 확대 - 해오름일보"],
)
def test_a_headline_segment_is_never_taken_for_a_site_name(raw: str) -> None:
    assert not names_only(raw)


@pytest.mark.parametrize("raw", ["경기도: 청년 지원 확대 발표", "해오름시: 청년수당 두 배로"])
def test_a_place_before_one_colon_stays_in_the_headline(raw: str) -> None:
    assert strip_site(raw) == raw


MASTHEAD = [
    "해오름군",
    "보 도 자 료",
    "“함께 웃는 행복해오름”",
    "보도일시 : 2025. 3. 5.(수) 배포 즉시",
    "담당부서 : 복지정책과",
    "총 4쪽 (사진 2매 포함)",
]


def test_a_release_pasted_into_a_board_view_loses_its_masthead() -> None:
    cells = paragraphs([*MASTHEAD, HEADLINE, *BODY])
    html = (
        "<html><head><title>해오름군청 - 보도자료</title></head><body><table class='view'>"
        f"<tr><th>제목</th><td>{HEADLINE}</td></tr><tr><th>등록일</th><td>2025-03-05</td></tr>"
        f"<tr><td class='view_content'>{cells}</td></tr></table></body></html>"
    )
    article = read_html(html)
    assert (article.title, article.published) == (HEADLINE, "2025-03-05")
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "deck_spot",
    ["보도시점 배포 즉시 보도", "총 4쪽 (사진 2매 포함)", "[인쇄] [공유하기] [URL복사]"],
)
def test_release_rows_and_share_rows_are_never_the_subtitle(deck_spot: str) -> None:
    board = "작성자 : 복지정책과 | 등록일 : 2025-03-05"
    text = MENU + f"{HEADLINE}\n{board}\n{deck_spot}\n\n" + "\n\n".join(BODY)
    article = read_text(text)
    assert (article.title, article.subtitle) == (HEADLINE, None)
    html = headline_page(
        f"<h1>{HEADLINE}</h1><p class='sub_tit'>{deck_spot}</p>"
        f"<div class='view_content'>{paragraphs(BODY)}</div>"
    )
    assert read_html(html).subtitle is None


def test_a_release_headline_that_opens_the_body_beats_the_slogan() -> None:
    headline = "해오름군, 올해 마을 돌봄 일자리 300개로 두 배 늘린다"
    article = read_text(MENU + "\n".join(MASTHEAD) + f"\n\n{headline}\n\n" + "\n\n".join(BODY))
    assert article.title == headline
    assert article.paragraphs == BODY


@pytest.mark.parametrize("row", ["보도일시 2025. 3. 5.(수) 09:00", "보도일자 : 2025-03-05"])
def test_a_headline_above_a_date_row_with_no_masthead_stays_the_headline(row: str) -> None:
    article = read_text(MENU + f"{HEADLINE}\n{row}\n담당부서 : 복지정책과\n\n" + "\n\n".join(BODY))
    assert article.title == HEADLINE
    assert article.published is not None and article.published.startswith("2025-03-05")


@pytest.mark.parametrize(
    "last",
    [
        "신청 일정과 자격 요건은 군 누리집 고시·공고란에서 확인할 수 있으며, 자세한 사항은"
        " 복지정책과 노인복지팀(033-370-2222)으로 문의하면 된다.",
        "참가를 원하는 주민은 오는 30일까지 읍면 행정복지센터(033-370-2222)에 전화로"
        " 신청하면 된다.",
    ],
)
def test_a_last_sentence_with_a_phone_inside_stays(last: str) -> None:
    html = headline_page(
        "<div class='view_content'>"
        + paragraphs([*BODY, last, "담당부서 : 복지정책과 ☎ 033-370-2222"])
        + "</div>"
    )
    assert read_html(html).paragraphs == [*BODY, last]


@pytest.mark.parametrize(
    "line",
    [
        "※ 이 보도자료와 관련하여 자세한 내용은 복지정책과 김하늘(033-370-2222)에게"
        " 연락주시기 바랍니다.",
        "이 보도자료와 관련하여 취재를 원하시면 복지정책과(033-370-2222)로 연락주시기 바랍니다.",
        "(담당: 복지정책과 033-370-2222)",
        "자료 문의 : 복지정책과 033-370-2222",
    ],
)
def test_contact_notes_that_read_like_sentences_stay_chrome(line: str) -> None:
    assert is_chrome(line)


ADS = [
    "[광고] 해오름 신도시 신규 분양 – 모델하우스 방문 예약",
    "[AD] 여름 특가 항공권 최대 70% 할인",
    "<광고>",
    "광고 문의",
    "광고 제휴 : 02-123-4567",
    "(광고) 지금 바로 무료 상담 신청하세요",
    "Advertisement",
]


@pytest.mark.parametrize("line", ADS)
def test_in_article_ad_lines_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "광고 문의가 지난해보다 두 배 늘었다.",
        "시는 옥외 광고 정비 사업에 3억 원을 들인다.",
        "[광고] 표시 없이 광고를 내보낸 업체 12곳이 적발됐다.",
    ],
)
def test_sentences_about_ads_stay(line: str) -> None:
    assert not is_chrome(line)


def test_ads_between_paragraphs_leave_the_body() -> None:
    cells = [BODY[0], ADS[0], BODY[1], "<광고>", BODY[2], "광고 문의", BODY[3]]
    html = headline_page(
        "<table><tr><td class='news_txt'>"
        + paragraphs(c.replace("<", "&lt;") for c in cells)
        + "</td></tr></table>"
    )
    assert read_html(html).paragraphs == BODY


CLOSINGS = [
    "────────────────",
    "━━━━━━━━━━",
    "* * *",
    "이 자료는 해오름군 홈페이지 보도자료 게시판에서도 보실 수 있습니다.",
    "※ 이 보도자료는 해오름군 누리집 보도자료 게시판에서 확인할 수 있습니다.",
    "※ 본 자료는 군 누리집(www.haeoreum.go.kr)에서 내려받을 수 있습니다.",
]


@pytest.mark.parametrize("line", CLOSINGS)
def test_a_release_closing_divider_and_notice_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "이 자료는 주민 1,200명의 설문을 바탕으로 만들었다.",
        "군은 보도자료를 내고 돌봄 인력 채용 일정을 알렸다.",
        "※ 신청 자격: 해오름군에 주소를 둔 만 65세 이상 어르신",
    ],
)
def test_sentences_about_material_stay(line: str) -> None:
    assert not is_chrome(line)


def test_a_text_release_ends_before_its_divider_and_notice() -> None:
    text = MENU + f"{HEADLINE}\n작성일 : 2025-03-05\n\n" + "\n\n".join([*BODY, *CLOSINGS[:2]])
    text += "\n" + CLOSINGS[3] + "\n" + CLOSINGS[4]
    assert read_text(text).paragraphs == BODY


CAPTIONS = [
    "▲ 지난 20일 열린 해오름군 마을 돌봄 발대식 모습. (사진=해오름군 제공)",
    "해오름군수가 5일 어르신 가정을 찾아 안부를 묻고 있다.(사진=해오름군 제공)",
    "마을 돌봄 발대식에 참석한 어르신들이 기념 촬영을 하고 있다. [사진=해오름군]",
    "해오름군수가 발대식에서 인사말을 하고 있다. /해오름군 제공",
    "△ 발대식에 참석한 내빈들이 기념 촬영을 하고 있다./해오름군",
    "해오름군 마을 돌봄 발대식 모습. 해오름군청 제공",
    "해오름군청 전경 (사진=해오름군청)",
    "▲ 마을 돌봄 발대식 모습",
    "(사진) 해오름군 마을 돌봄 발대식",
    "사진 설명: 해오름군 마을 돌봄 발대식",
    "[사진=해오름군]",
    "/해오름군 제공",
    "(해오름군 제공)",
    "사진 제공 : 해오름군",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_photo_captions_as_paragraphs_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "군은 발대식 사진과 영상을 군 누리집에 올려 주민과 함께 나눌 계획이다.",
        "행사장에는 지난 10년간의 마을 모습을 담은 사진 전시회도 함께 열렸다.",
        "행사 사진은 해오름군이 제공한 자료를 활용했다고 밝혔다.",
        "이번 사업은 군이 제공하는 돌봄 서비스의 빈틈을 메우는 모습이다.",
        "ㅇ 지원 내용: 월 30만 원. 교통비 제공",
        "참가자에게는 기념품을 나눠준다(점심 무료 제공).",
        "참가자에게는 교재를 나눠준다(교재 및 교구 제공).",
        "▲ 추진 배경: 농촌 마을의 달라진 모습",
    ],
)
def test_body_lines_that_mention_photos_or_giving_stay(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize("caption", CAPTIONS[:6])
def test_a_caption_paragraph_in_a_table_layout_leaves_the_body(caption: str) -> None:
    cells = [BODY[0], caption, *BODY[1:]]
    html = headline_page(
        "<table><tr><td class='article'><div><img src='a.jpg'></div>"
        + "".join(f"<div>{c}</div>" for c in cells)
        + "</td></tr></table>"
    )
    assert read_html(html).paragraphs == BODY


def test_dash_decks_under_a_release_headline_are_not_the_headline() -> None:
    decks = ["- 올해 군비 12억 원 투입…어르신 300명 채용", "- 홀로 사는 어르신 주 2회 안부 확인"]
    caption = "해오름군수가 5일 발대식에서 인사말을 하고 있다. /해오름군 제공"
    text = (
        MENU
        + f"{HEADLINE}\n\n"
        + "\n".join(decks)
        + f"\n\n작성일 : 2025-03-05 10:00\n{caption}\n\n"
        + "\n\n".join(BODY)
    )
    article = read_text(text)
    assert article.title == HEADLINE
    assert article.subtitle in (None, decks[0])
    assert caption not in article.text


@pytest.mark.parametrize(
    "cls", ["photo_txt", "img_cap", "imgCaption", "caption_txt", "photo_text", "desc_photo"]
)
@pytest.mark.parametrize("tag", ["div", "td", "span"])
def test_a_caption_element_named_by_its_class_leaves_the_body(cls: str, tag: str) -> None:
    caption = "발대식에 참석한 어르신들이 기념 촬영을 하고 있다."
    photo = f"<table class='photo'><tr><td><img src='a.jpg'><{tag} class='{cls}'>{caption}</{tag}>"
    html = headline_page(
        f"<div class='view_content'><p>{BODY[0]}</p>{photo}</td></tr></table>"
        + paragraphs(BODY[1:])
        + "</div>"
    )
    assert read_html(html).paragraphs == BODY


@pytest.mark.parametrize("cls", ["topic_txt", "news_text", "capital_news"])
def test_classes_that_only_contain_caption_words_keep_their_text(cls: str) -> None:
    html = headline_page(
        "<div class='view_content'>"
        + "".join(f"<div class='{cls}'>{p}</div>" for p in BODY)
        + "</div>"
    )
    assert read_html(html).paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "□ 군이 지난달 이용자 200명을 대상으로 실시한 만족도 조사에서는 91.4%가 만족한다고 답했다.",
        "시민 만족도 조사 결과 응답자의 87%가 서비스를 다시 이용하겠다고 했다.",
    ],
)
def test_a_story_sentence_about_a_satisfaction_survey_is_not_a_survey_widget(line: str) -> None:
    assert not is_chrome(line)
    assert is_chrome("홈페이지 만족도 조사")


def test_a_board_table_drawn_with_box_characters_gives_title_and_date() -> None:
    rule = "─" * 40
    page = (
        f"{MENU}┌──────┬{rule}┐\n│ 제목 │ {HEADLINE} │\n├──────┼{rule}┤\n"
        f"│작성자│ 복지정책과 │ 등록일 │ 2025-03-05 │\n└──────┴{rule}┘\n\n"
        + "\n\n".join(BODY)
        + "\n\n목록\n"
    )
    article = read_text(page)
    assert article.title == HEADLINE
    assert article.published == "2025-03-05"
    assert article.paragraphs == BODY
