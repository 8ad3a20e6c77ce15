"""Text copied out of real pages, family by family (invented text in the shapes real pages share).

Copied text often starts mid-story with no headline, carries bylines glued to the lead, a
portal's summary box, photo captions twice over, lines broken at a column's width, several
stories of a listing, and stops in the middle of its last paragraph. Where a line could be the
headline or the body, each shape has its test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.boilerplate import is_chrome, is_end_marker
from govreader.clean.bylines import split_byline
from govreader.clean.lines import reads_as_headline, repeats_title
from govreader.model import Article, Page, PageFormat

HEADLINE = "해오름군, 마을 돌봄 일자리 두 배로…어르신 300명 채용"
BODY = [
    "해오름군은 올해 마을 돌봄 일자리를 지난해의 두 배인 300개로 늘린다고 5일 밝혔다.",
    "돌봄 인력은 홀로 사는 어르신 가정을 주 2회 찾아 안부를 살피고 말벗이 된다.",
    "군은 이를 위해 군비 12억 원을 편성했으며 상반기 안에 채용을 마칠 계획이다.",
    "군 관계자는 “어르신이 이웃의 손길을 느끼도록 촘촘한 돌봄망을 만들겠다”고 말했다.",
]
COPYRIGHT = "저작권자 © 해오름일보 무단전재 및 재배포 금지"


def read(text: str) -> Article:
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


def story(*lines: str) -> str:
    return "\n".join(lines)


# Headline or body: the first line of a copy


@pytest.mark.parametrize(
    "first",
    [
        "해오름군은 올해 마을 돌봄 일자리를 지난해의 두 배인 300개로 늘린다고 5일 밝혔다.",
        "[해오름일보=홍길동 기자] 해오름군이 마을 돌봄 일자리를 두 배로 늘린다.",
        "- 3월 4일부터 읍면 행정복지센터에서 접수",
        "평가는 지난해 실적을 기준으로 5개 유형으로 나눠 진행됐다. 결과는 다음 달 공개된다.",
        "해오름군(군수 홍길순)은 홀로 사는 어르신을 찾아 말벗이 되어 줄 마을 돌봄 일자리를"
        " 올해 300개로 늘린다.…",
    ],
)
def test_a_sentence_a_lead_or_a_deck_is_never_the_headline(first: str) -> None:
    assert not reads_as_headline(first)
    article = read(story(first, *BODY[1:], COPYRIGHT))
    assert article.title is None
    assert article.text.startswith(split_byline(first).text)


@pytest.mark.parametrize(
    "first", [HEADLINE, "해오름군, 돌봄 일자리 대상 수상 ‘쾌거’!", "해오름군 보건사업 전국 최우수"]
)
def test_a_short_line_that_does_not_end_like_a_sentence_is_the_headline(first: str) -> None:
    assert reads_as_headline(first)
    article = read(story(first, *BODY, COPYRIGHT))
    assert (article.title, article.paragraphs) == (first, BODY)


# Bylines glued to the lead or the last paragraph


@pytest.mark.parametrize(
    "byline",
    [
        "(해오름=뉴스1) 홍길동 기자 = ",
        "【해오름=뉴시스】홍길동 기자 = ",
        "[해오름=뉴시스] 홍길동 기자 = ",
        "[해오름일보=홍길동 기자] ",
        "[해오름일보/홍길동기자] ",
        "[홍길동 기자] ",
        "해오름뉴스 홍길동 기자 | ",
        "[해오름신문/홍길동 본부장]",
        "[ 해오름일보 - 홍길동 기자 ] ",
        "해오름경제 홍길동 기자 = ",
        "[해오름인터넷신문/홍길동] ",
    ],
)
def test_a_byline_opening_the_lead_is_the_reporter(byline: str) -> None:
    article = read(story(HEADLINE, byline + BODY[0], *BODY[1:]))
    assert (article.reporter, article.paragraphs) == ("홍길동", BODY)


@pytest.mark.parametrize(
    "byline",
    [
        "【해오름=뉴시스】홍길동 기자 =",
        "[해오름=뉴시스] 홍길동 기자 =",
        "해오름뉴스 홍길동 기자 |",
        "홍길동 기자 /",
        "- 홍길동 기자",
        "해오름일보 홍길동 기자",
    ],
)
def test_a_byline_on_a_line_of_its_own_is_the_reporter(byline: str) -> None:
    article = read(story(HEADLINE, byline, *BODY, COPYRIGHT))
    assert (article.title, article.reporter, article.paragraphs) == (HEADLINE, "홍길동", BODY)


@pytest.mark.parametrize(
    "byline",
    [
        " /홍길동 기자",
        " /홍길동 기자 hong@",
        " (해오름=연합뉴스) 홍길동기자 hong@example.kr",
        "/해오름=홍길동기자 hong@example.kr",
    ],
)
def test_a_byline_closing_the_story_is_the_reporter(byline: str) -> None:
    article = read(story(HEADLINE, *BODY[:-1], BODY[-1] + byline, COPYRIGHT))
    assert (article.reporter, article.paragraphs) == ("홍길동", BODY)


BYLINE_ROWS = [
    "[해오름일보] 홍길동 기자",
    "(홍길동 기자)",
    "기자명 홍길동",
    "해오름뉴스 / 홍길동 기자",
]


@pytest.mark.parametrize("row", BYLINE_ROWS)
def test_a_byline_row_above_the_story_in_other_shapes_is_the_reporter(row: str) -> None:
    article = read(story(HEADLINE, row, *BODY))
    assert (article.title, article.reporter, article.paragraphs) == (HEADLINE, "홍길동", BODY)


def test_an_outlets_tag_with_its_region_opening_the_lead_goes() -> None:
    article = read(story(HEADLINE, "[투데이해오름]" + BODY[0], *BODY[1:]))
    assert article.paragraphs == BODY


def test_a_releases_source_glued_to_its_last_paragraph_goes() -> None:
    article = read(story(HEADLINE, *BODY[:-1], BODY[-1] + " 자료제공 : 복지과 (061-123-4567)"))
    assert article.paragraphs == BODY


def test_a_short_lead_sentence_above_the_story_is_its_first_paragraph() -> None:
    lead = "해오름군이 새 일꾼 19명을 뽑았다."
    assert read(story(lead, *BODY[1:], COPYRIGHT)).paragraphs == [lead, *BODY[1:]]


def test_a_photo_desks_date_and_address_closing_the_story_go_and_date_it() -> None:
    article = read(story(*BODY[:-1], BODY[-1] + " 2024.03.14 photo@example.kr"))
    assert (article.paragraphs, article.published) == (BODY, "2024-03-14")


def test_a_photo_credit_after_a_caption_is_not_the_reporter() -> None:
    caption = "해오름군수가 어르신 가정을 찾아 안부를 묻고 있다. 김사진 기자"
    article = read(story(HEADLINE, BODY[0], caption, *BODY[1:], "홍길동 기자 hong@example.kr"))
    assert article.reporter == "홍길동"


def test_a_listing_keeps_its_first_story() -> None:
    other = "해오름뉴스 김다른 기자 | 해오름시는 시립도서관 야간 개관을 주 5일로 늘린다고 밝혔다."
    article = read(story("해오름뉴스 홍길동 기자 | " + " ".join(BODY), other, "관련기사"))
    assert (article.paragraphs, article.reporter) == ([" ".join(BODY)], "홍길동")


TEASERS = [
    BODY[0] + " 돌봄 인력은 홀로 사는 어르신 가정을 주 2회 찾아…",
    "해오름시는 시립도서관 야간 개관을 주 5일로 늘린다고 밝혔다. 시는 이를 위해 사서를..",
    "해오름구는 구립 체육관 세 곳의 이용료를 다음 달부터 절반으로 낮춘다고 밝혔다. 구는...",
]


def test_a_listing_of_teasers_keeps_the_first_story_only() -> None:
    dated = [line for teaser in TEASERS for line in ("2024-03-14", teaser)]
    article = read(story("전체기사", *dated))
    assert (article.paragraphs, article.published) == ([TEASERS[0]], "2024-03-14")


def test_a_teaser_ends_its_story_before_the_next_one_told_in_full() -> None:
    other = ["해오름시는 시립도서관 야간 개관을 주 5일로 늘린다고 밝혔다.", BODY[3]]
    assert read(story(TEASERS[0], *other)).paragraphs == [TEASERS[0]]


def test_a_summary_cut_short_ahead_of_its_story_gives_way_to_the_story() -> None:
    summary = " ".join(BODY[:2])[:70] + "…"
    assert read(story(summary, *BODY)).paragraphs == BODY


def test_a_portal_teasers_link_to_the_full_story_goes() -> None:
    article = read(story(BODY[0] + " 돌봄 인력은 홀로... read full story"))
    assert article.paragraphs == [BODY[0] + " 돌봄 인력은 홀로..."]


def test_a_listing_under_an_outlets_tag_keeps_its_first_story() -> None:
    lead = "해오름시는 도서관 야간 개관을 늘린다고 밝혔다."
    other = f"해오름시 도서관 야간 개관 확대 [해오름저널] {lead}"
    first = "해오름군청 전경(사진=해오름군) [해오름저널] " + BODY[0]
    assert read(story(first, other)).paragraphs == [BODY[0]]
    assert read(story("[해오름저널] " + BODY[0], f"[해오름저널] {lead}")).paragraphs == [BODY[0]]


def test_a_teaser_cut_mid_sentence_ends_its_story_before_the_next_byline() -> None:
    teaser = BODY[0] + " 돌봄 인력은 홀로 사는 어르신 가정을 주 2회 찾아 안부를"
    other = "[해오름/김다른기자] 해오름시는 시립도서관 야간 개관을 주 5일로 늘린다고 밝혔다."
    assert read(story(teaser, other)).paragraphs == [teaser]


LONG_TEASER = " ".join(BODY) + " 군은 채용을 마치면 돌봄 인력 교육을 거쳐 7월부터 방문한다. 교육은"
OTHER_STORY = (
    "해오름시는 시립도서관 세 곳의 야간 개관을 주 5일로 늘린다고 밝혔다. 시는 이를 위해 사서 "
    "12명을 새로 뽑고 열람실 조명을 바꾼다. 시 관계자는 “퇴근한 시민도 도서관을 쓰게 하겠다”며"
)


def test_a_listing_of_teasers_cut_at_their_length_keeps_the_first_story() -> None:
    headline = "해오름시, 도서관 야간 개관 주 5일로"
    assert read(story(LONG_TEASER, OTHER_STORY)).paragraphs == [LONG_TEASER]
    assert read(story(LONG_TEASER, headline, OTHER_STORY)).paragraphs == [LONG_TEASER]


def test_a_summary_cut_at_its_length_gives_way_to_the_story_it_opens() -> None:
    full = LONG_TEASER + " 방문 요령과 응급 대처를 배운다."
    closing = "군은 연말에 돌봄 성과를 군민에게 알릴 예정이다."
    assert read(story(LONG_TEASER, full, closing)).paragraphs == [full, closing]


def test_a_long_paragraph_ending_its_sentence_goes_on_with_the_story() -> None:
    finished = LONG_TEASER + " 방문 요령과 응급 대처를 배운다."
    assert read(story(finished, *BODY)).paragraphs == [finished, *BODY]


# A portal's summary box, photos copied twice, ▲ captions


def test_a_summary_box_gives_way_to_the_body_and_its_notes_go() -> None:
    box = [
        "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
        "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
        BODY[0],
        BODY[2],
        "음성재생 설정",
        "이 글자크기로 변경됩니다.",
    ]
    article = read(story(HEADLINE, "홍길동 기자 2024. 3. 5. 12:00", *box, *BODY, COPYRIGHT))
    assert article.paragraphs == BODY
    assert (article.reporter, article.published) == ("홍길동", "2024-03-05T12:00")


def test_a_caption_copied_with_its_alt_text_goes_and_a_repeated_lead_stays_once() -> None:
    caption = "해오름군수가 돌봄 인력 발대식에서 참석자들과 기념촬영을 하고 있다."
    article = read(story(HEADLINE, caption, caption, BODY[0], BODY[0], *BODY[1:]))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "cell",
    [
        "| 해오름군수가 돌봄 인력 발대식에서 참석자들을 격려하고 있다. |",
        "해오름군 돌봄센터 개소식이 3일 열렸다. |",
        "| ▲해오름군수 돌봄센터 현장 방문 |",
    ],
)
def test_the_cell_under_a_pictures_table_cell_is_its_caption(cell: str) -> None:
    article = read(story(HEADLINE, "![](https://example.kr/photo.jpg) |", cell, *BODY))
    assert article.paragraphs == BODY


def test_a_table_with_no_picture_above_it_keeps_its_cells() -> None:
    rows = ["| 일자리 | 인원 |", "| 돌봄 | 300명 |"]
    article = read(story(HEADLINE, *BODY[:2], *rows, *BODY[2:]))
    assert "돌봄 300명" in article.text


def test_the_lead_after_a_picture_alone_on_its_line_stays() -> None:
    article = read(story(HEADLINE, "![](https://example.kr/photo.jpg)", *BODY))
    assert article.paragraphs == BODY


def test_a_lone_marked_sentence_is_a_caption_and_a_marked_list_is_text() -> None:
    caption = "▲해오름군이 돌봄 일자리 사업으로 장관 표창을 받았다."
    items = ["▲ 어르신 말벗 서비스를 주 2회로 늘린다.", "▲ 홀로 사는 어르신 안부 확인을 매일 한다."]
    article = read(story(HEADLINE, BODY[0], caption, *BODY[1:3], *items, BODY[3]))
    assert article.paragraphs == [*BODY[:3], *items, BODY[3]]


@pytest.mark.parametrize(
    "caption",
    [
        "해오름군청 전경. 사진은 본관 모습[사진=해오름DB] 2025.11.05",
        "돌봄 인력 발대식이 군청에서 열리고 있다. 해오름군",
        "‘2026년 돌봄 일자리’ 참여자 모집 안내문. /사진제공=해오름군",
        "(사진 제공-해오름군)",
        "해오름군 제공",
        "이미지 확대 ‘2026년 돌봄 일자리’ 참여자 모집 안내문.",
        "해오름군청 / 해오름군 제공",
        "김해오 해오름군수.",
        "발대식 참석자들이 기념사진을 찍고 있다. (제공:해오름군) ⓒ해오름일보 2018.12.20",
        "주민들이 민원실에서 상담을 받고 있는 모습. 해오름 북구 제공",
        "▲경북 해오름군의회 제공.",
    ],
)
def test_photo_captions_are_chrome(caption: str) -> None:
    assert is_chrome(caption)


# Lines broken at a column's width, a copy that stops mid-paragraph


def test_sentences_broken_over_short_lines_join() -> None:
    wrapped = [
        "해오름군이 내년에 12억 원을 들여",
        "어르신 돌봄 일자리 300개를",
        "새로 만듭니다.",
        "모집은 다음 달 2일부터 13일까지로,",
        "만 65세 이상이면 신청할 수 있습니다.",
    ]
    article = read(story(*wrapped))
    assert article.paragraphs == [
        "해오름군이 내년에 12억 원을 들여 어르신 돌봄 일자리 300개를 새로 만듭니다.",
        "모집은 다음 달 2일부터 13일까지로, 만 65세 이상이면 신청할 수 있습니다.",
    ]


def test_a_date_row_above_short_lines_is_no_piece_of_their_sentence() -> None:
    head = [
        "해오름군, 돌봄 일자리 두 배로",
        "어르신 300명 상반기 채용",
        "2024-03-14 홍길동 기자",
    ]
    wrapped = [
        "해오름군이 내년에 12억 원을 들여",
        "어르신 돌봄 일자리 300개를",
        "새로 만든다.",
        "모집은 다음 달 2일부터 13일까지로,",
        "만 65세 이상이면 신청할 수 있다.",
    ]
    article = read(story(*head, *wrapped))
    assert (article.title, article.published, article.reporter) == (
        head[0],
        "2024-03-14",
        "홍길동",
    )
    assert (
        article.paragraphs[0]
        == "해오름군이 내년에 12억 원을 들여 어르신 돌봄 일자리 300개를 새로 만든다."
    )


@pytest.mark.parametrize("after", ["", "\n원본 보기\n" + COPYRIGHT])
def test_a_last_paragraph_cut_where_the_copy_stopped_stays(after: str) -> None:
    cut = "해오름군수는 “어르신이 이웃의 손길을"
    assert read(story(HEADLINE, *BODY, cut) + after).paragraphs == [*BODY, cut]


def test_a_short_widget_line_with_a_footer_after_it_is_not_the_cut_paragraph() -> None:
    assert read(story(HEADLINE, *BODY, "오늘의 추천 영상", COPYRIGHT)).paragraphs == BODY


def test_a_name_and_a_place_after_the_story_are_not_its_cut_paragraph() -> None:
    assert read(story(HEADLINE, *BODY, "홍길동 / 해오름", COPYRIGHT)).paragraphs == BODY


# Dates and reporters in unusual shapes


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2016-10-20 24면", "2016-10-20"),
        ("2016-10-20 0:0:0 24면", "2016-10-20"),
        ("[2017-10-20일 17:19] 송고", "2017-10-20T17:19"),
        ("최종편집일2024-04-20 07:56:19", "2024-04-20T07:56:19"),
        ("date 2020-09", "2020-09"),
        ("2017-05-31 홍길동 기자", "2017-05-31"),
    ],
)
def test_dates_in_unusual_shapes(line: str, published: str) -> None:
    article = read(story(*BODY, "홍길동 기자 hong@example.kr", line, COPYRIGHT))
    assert article.published == published
    assert line not in article.text


def test_a_date_stamped_ahead_of_the_lead_dates_it() -> None:
    article = read(story(f" date 2026-03-05 [해오름일보=홍길동 기자]{BODY[0]}", *BODY[1:]))
    assert (article.published, article.reporter, article.paragraphs) == (
        "2026-03-05",
        "홍길동",
        BODY,
    )


@pytest.mark.parametrize(
    "row",
    [
        "홍길동 승인 2023.08.03 12:50 의견 0",
        "작성자홍길동 작성일 23-08-03 12:50",
        "해오름TV 홍길동 (hong@example.kr)",
        "홍길동 | 기사입력 2023/08/03 [12:50]",
        "홍길동 ㅣ 입력 : 2023-08-03 12:50",
        "[ 홍길동 / hong@example.kr ]",
        "홍길동 [hong@example.kr]",
        "(홍길동 | hong@example.kr)",
        "[홍길동 (hong@example.kr)]",
    ],
)
def test_a_name_signing_a_row_or_an_address_is_the_reporter(row: str) -> None:
    where = (HEADLINE, row, *BODY) if "@" not in row else (HEADLINE, *BODY, row)
    article = read(story(*where))
    assert (article.reporter, article.paragraphs) == ("홍길동", BODY)


def test_a_byline_with_an_empty_address_box_after_the_story_is_the_reporter() -> None:
    article = read(story(HEADLINE, *BODY, "홍길동 기자[]", "다른기사보기", COPYRIGHT))
    assert (article.reporter, article.paragraphs) == ("홍길동", BODY)


@pytest.mark.parametrize(
    "row",
    [
        "◎공감언론 해오름뉴스 news@example.kr",
        "기사제보 tip@example.kr",
        "[ 제보 / tip@example.kr ]",
        "문의 | 입력 2023/08/03",
        "[해오름뉴스 / news@example.kr]",
    ],
)
def test_an_outlet_or_a_tip_line_signing_with_an_address_is_not_a_reporter(row: str) -> None:
    assert read(story(HEADLINE, *BODY, row)).reporter is None


# Chrome of portals, tables, surveys and outlets


@pytest.mark.parametrize(
    "line",
    [
        "(예시) 가장 빠른 뉴스가 있고 다양한 정보가 숨쉬는 포털뉴스를 만나보세요.",
        "번역beta Translated by kaka i",
        "해오름픽의 주요 문장 추출 기술을 사용하여 기사 내용을 3줄로 요약한 결과입니다.",
        "모바일환경에서는 좌우로 이동하여 테이블을 보실 수 있습니다",
        "돌봄 일자리 현황 내용표 : 구분, 내용의 정보가 있습니다",
        "5점 - 매우만족",
        "( ) 5점 - 매우만족 ( ) 4점 - 만족 ( ) 3점 - 보통",
        "기사원문링크 : https://news.example.kr/view?idx=1",
        "The county will hire 300 carers this year. ... read full story",
        "브라우저가 video 태그를 지원하지 않습니다.",
        "죄송하지만 다른 브라우저를 사용하여 주십시오.",
        "해오름TV 기사문의 및 제보 : 카톡/라인 jebo",
        "[카카오톡] 해오름일보 검색해 채널 추가",
        "해오름일보는 24시간 여러분의 제보를 기다립니다.",
        "본 콘텐츠는 제공처의 후원을 받아 게재한 PR보도자료입니다.",
        "트위터로 보내기카카오톡 네이버 밴드 공유",
        "(돌봄 일자리 안내문 1장, 신청서 1부 첨부)",
        "HOME 행정 해오름",
        "좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0",
        "추천 0 비추천 0",
        "▶ 해오름일보 유튜브 구독하기",
        "이 기사에 대해 어떻게 생각하시나요?",
        "#청년 #일자리 #해오름",
        "태그 : 청년 일자리 돌봄",
        "해오름일보 로고",
        "무단전재 및 재배포, AI학습 이용 금지",
        "태그 청년일자리 돌봄 해오름군",
        "※ 이 기사는 해오름군 보도자료를 바탕으로 작성되었습니다.",
        "오피니언",
        "▲ 사진=해오름군",
        "기사제공 : 해오름일보 홍길동 기자",
        "해오름일보 (www.haeorum.kr)",
        "인쇄 | 목록 | 맨위로",
        "▲ TOP",
        "이전기사 다음기사",
        "스크랩 하기",
        "SNS 기사보내기",
        "해오름군청 전경",
        "해오름시청사 전경(사진=해오름시)",
        "등록된 댓글이 없습니다.",
        "독자 의견 0",
        "이 기사의 댓글 정책",
        "기사 잘 보셨나요? 독자님의 후원금은 더 좋은 기사를 위해 쓰입니다.",
        "해오름일보는 인터넷신문위원회의 인터넷신문 윤리강령 및 그 실천요강을 준수합니다.",
    ],
)
def test_widget_table_survey_and_outlet_lines_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["이시각 주요뉴스", "실시간 인기기사", "이 기사와 관련된 기사"])
def test_lists_of_other_stories_end_the_story(line: str) -> None:
    assert is_end_marker(line)
    assert read(story(HEADLINE, *BODY, line, "해오름항 여객선 증편 운항")).paragraphs == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "군은 만족도 조사 결과 참여자의 93%가 ‘매우 만족’이라고 답했다고 밝혔다.",
        "신청은 군 누리집에서 받으며, 인터넷 브라우저로 접속해 신청서를 내면 된다.",
        "군은 주민 제보를 받아 위험 지역 12곳을 정비했다고 밝혔다.",
        "해오름군은 유튜브 채널 구독자 10만 명을 돌파했다고 밝혔다.",
        "키워드로 본 올해 예산",
        "해오름군 새 로고",
        "자세한 사항은 해오름군 홈페이지(www.haeorum.go.kr)를 참고하면 된다.",
        "이번 사진전은 해오름군 전경을 담은 작품 40점을 선보인다.",
        "이전 기사에서 다룬 바와 같이 군은 사업을 확대했다.",
        "ServerName www.example.com",
    ],
)
def test_body_sentences_about_the_same_things_are_text(sentence: str) -> None:
    assert not is_chrome(sentence)


def test_a_portal_story_ends_at_its_comment_list_and_wire_end_mark() -> None:
    for end in ("댓글 많은 뉴스", "(끝)", "[관련기사]", "▶ 관련기사"):
        text = story(HEADLINE, *BODY, end, "해오름시, 시립도서관 야간 개관 늘린다")
        assert read(text).paragraphs == BODY


# Headlines said again, a release's source, a tool row under the headline


@pytest.mark.parametrize(
    "again",
    [HEADLINE, "해오름군, 마을 돌봄 일자리 두 배로…", "해오름군, 마을 돌봄 일자리 두 배로.." * 3],
)
def test_a_paragraph_that_only_says_the_headline_again_goes(again: str) -> None:
    assert repeats_title(again, HEADLINE)
    assert not repeats_title(BODY[0], HEADLINE)


def test_a_release_names_its_agency_as_its_source() -> None:
    head = "해오름부\n보도자료\n보도일시 2025. 1. 22.(수) 12:00\n"
    article = read(head + story(HEADLINE, *BODY))
    assert (article.title, article.source) == (HEADLINE, "해오름부")


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        ("ⓒ 무단전재 및 재배포 금지", None),
        ("© 전재 및 재배포 금지", None),
        ("Copyright ⓒ All rights reserved.", None),
        (COPYRIGHT, "해오름일보"),
    ],
)
def test_a_copyright_notice_names_the_outlet_only_when_it_has_one(
    notice: str, source: str | None
) -> None:
    assert read(story(HEADLINE, *BODY, notice)).source == source


def test_the_headline_sits_above_the_tool_row_and_the_deck_below_it() -> None:
    deck = "어르신 말벗·안부 확인 서비스 새로 시작"
    other = ["해오름시, 시립도서관 야간 개관 늘린다", "해오름항 여객선 하루 4회로"]
    tools = ["기사 읽어주기", "다시듣기", "폰트 확대 폰트 축소 프린트하기"]
    article = read(story(*other, HEADLINE, *tools, deck, *BODY))
    assert (article.title, article.subtitle, article.paragraphs) == (HEADLINE, deck, BODY)


def test_a_site_name_ahead_of_the_headline_goes_when_the_head_states_it_alone() -> None:
    head = [HEADLINE, "사회", f"해오름TV {HEADLINE}", "입력 2024-03-05 10:00"]
    assert read(story(*head, *BODY)).title == HEADLINE


def test_a_deck_glued_onto_its_headline_by_its_dash_comes_apart() -> None:
    deck = "6개 부서, 10개 사업 예산 3억 원 삭감"
    article = read(story(f"{HEADLINE}- {deck}", *BODY, COPYRIGHT))
    assert (article.title, article.subtitle) == (HEADLINE, deck)
    assert (
        read(story("해오름점-해오름동, 돌봄 나눔 협약", *BODY)).title
        == "해오름점-해오름동, 돌봄 나눔 협약"
    )


@pytest.mark.parametrize("row", ["- 2024-03-14 10:21", "2024.03.14", "해오름일보 2024-03-14"])
def test_a_date_row_right_under_the_story_dates_it(row: str) -> None:
    article = read(story(*BODY, "- 해오름일보", row, "- 기사 전체 보기"))
    assert article.published is not None and article.published[:10] == "2024-03-14"
    assert article.paragraphs == BODY


def test_a_date_far_below_the_story_does_not_date_it() -> None:
    footer = ["많이 본 뉴스", "해오름항 여객선 증편", "해오름시장 새단장", "해오름역 개통"]
    assert read(story(*BODY, *footer, "2024.03.14")).published is None


def test_a_byline_glued_to_the_last_sentence_is_cut_off_and_named() -> None:
    last = BODY[-1] + "홍길동 기자"
    article = read(story(HEADLINE, *BODY[:-1], last))
    assert (article.paragraphs[-1], article.reporter) == (BODY[-1], "홍길동")


def test_a_name_a_space_after_a_captions_sentence_stays_a_credit_not_a_byline() -> None:
    caption = "홍길순 해오름군수가 지난 5일 돌봄 봉사단원들과 기념촬영을 하고 있다. 홍길동 기자"
    assert split_byline(caption).reporter is None


@pytest.mark.parametrize(
    "row", ["- 담당부서 : 홍보팀", "• 작성자 : 복지정책과", "- 연락처 : 02-123-4567"]
)
def test_a_board_row_with_a_list_mark_is_chrome(row: str) -> None:
    assert is_chrome(row)
    assert row not in read(story(HEADLINE, *BODY, row)).text


def test_a_notice_field_with_a_list_mark_stays_in_the_body() -> None:
    field = "- 대상 : 만 65세 이상 어르신"
    assert field in read(story(HEADLINE, *BODY[:2], field, *BODY[2:])).text


def test_a_caption_with_a_regional_credit_is_never_the_headline() -> None:
    caption = "주민들이 민원실에서 상담을 받고 있는 모습. 해오름 북구 제공"
    assert read(story(caption, *BODY)).title is None
    assert read(story(HEADLINE, caption, *BODY)).paragraphs == BODY


def test_a_byline_in_parentheses_opening_the_lead_is_cut_off_and_named() -> None:
    signed = split_byline(f"(해오름경제 홍길동 기자) {BODY[0]}")
    assert (signed.text, signed.reporter) == (BODY[0], "홍길동")
    assert split_byline(f"(사진 제공 홍길동 기자) {BODY[0]}").reporter is None


def test_a_page_of_a_headline_and_its_decks_alone_keeps_the_decks_as_its_text() -> None:
    decks = [
        "읍면 순회 설명회 열고 다음 달 2일부터 신청 받아",
        "‘마을 돌봄단’ 어르신 300명 채용, 주 2회 안부 확인",
    ]
    article = read(story(HEADLINE, *decks, "2024.03.14 10:21", COPYRIGHT))
    assert (article.title, article.paragraphs) == (HEADLINE, decks)


def test_a_headline_alone_cleans_to_no_text() -> None:
    assert read(story(HEADLINE, COPYRIGHT)).paragraphs == []
