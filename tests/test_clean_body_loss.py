"""Pages that must keep their body: a lost lead or paragraph takes every fact in it along.

Invented text and markup in the shapes real pages share: a copy whose first line stamps a date
and the lead's dateline ahead of the lead; a story whose container holds a related-articles box.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.dates import dated_start
from govreader.model import Article, Page, PageFormat
from tests.clean_helpers import read_lines

LEAD = "해오름군(군수 홍길순)은 올해 마을 돌봄 일자리를 두 배인 300개로 늘린다고 5일 밝혔다."
BODY = [
    "돌봄 인력은 홀로 사는 어르신 가정을 주 2회 찾아 안부를 살피고 말벗이 된다.",
    "군은 이를 위해 군비 12억 원을 편성했으며 상반기 안에 채용을 마칠 계획이다.",
    "군 관계자는 “어르신이 이웃의 손길을 느끼도록 촘촘한 돌봄망을 만들겠다”고 말했다.",
]


def read_text(text: str) -> Article:
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


# A date stamp, a dateline and the lead on one line


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        (" date 2020-12 [해오름=해오름경제 남부취재본부 홍길동 기자] ", "2020-12"),
        ("date 2021-08 [해오름경제 남부취재본부 홍길동 기자] ", "2021-08"),
        ("date 2020-12-05 [해오름=해오름일보 홍길동 기자] ", "2020-12-05"),
        ("입력 2020.12.05 10:21 [해오름=해오름일보 홍길동 기자] ", "2020-12-05T10:21"),
        ("2020-12-05 [해오름=해오름일보 홍길동 기자] ", "2020-12-05"),
        ("2020.12.05 【해오름=뉴시스】홍길동 기자 = ", "2020-12-05"),
        ("2020-12 [해오름=해오름일보 홍길동 기자] ", "2020-12"),
        ("date 2020-12 ", "2020-12"),
    ],
)
@pytest.mark.parametrize("paragraphs", [0, 1, 3])
def test_a_date_stamp_and_dateline_ahead_of_the_lead_keep_the_lead(
    stamp: str, published: str, paragraphs: int
) -> None:
    article = read_text("\n\n".join([stamp + LEAD, *BODY[:paragraphs]]))
    assert article.text.split("\n\n") == [LEAD, *BODY[:paragraphs]]
    assert article.published == published
    assert article.title is None


@pytest.mark.parametrize(
    "line",
    [
        "2020-12-05 해오름군은 올해 마을 돌봄 일자리를 두 배로 늘린다고 5일 밝혔다.",
        "2020-12 지역 일자리 사업 결과 보고서 요약본과 세부 자료 목록",
        "date 2020-12 해오름",
    ],
)
def test_a_date_ahead_of_words_is_no_dated_lead_without_its_cue_or_dateline(line: str) -> None:
    assert dated_start(line) is None


@pytest.mark.parametrize(
    "byline",
    [
        "[해오름일보 홍길동 기자] ",
        "[해오름=해오름일보] 홍길동 기자 = ",
        "해오름일보 홍길동 기자 | ",
    ],
)
def test_a_long_deck_above_a_bylined_lead_is_not_a_cut_teaser(byline: str) -> None:
    deck = (
        "돌봄 일자리 규모, 채용 속도, 어르신 만족도 등 세 지표 평가... "
        "지난해 150개 일자리 운영 목표 두 배 달성 높은 점수 받아"
    )
    article = read_text("\n\n".join([deck, byline + LEAD, *BODY]))
    assert article.text.split("\n\n") == [LEAD, *BODY]
    assert article.reporter == "홍길동"


@pytest.mark.parametrize(
    "credit", ["/ 해오름군 농업기술센터 제공", "/ 해오름 서구 제공", "/ 해오름군 제공"]
)
def test_a_caption_credited_by_a_named_office_above_a_bylined_lead_is_dropped(credit: str) -> None:
    caption = "해오름군 관계자가 접수창구를 찾은 어르신에게 신청 방법을 설명하고 있다. " + credit
    article = read_text("\n\n".join([caption, "[해오름일보 홍길동 기자] " + LEAD, *BODY]))
    assert article.text.split("\n\n") == [LEAD, *BODY]


def test_a_summary_box_never_outweighs_a_story_copied_short() -> None:
    cut = BODY[0][:40]
    article = read_text(
        "\n\n".join(
            [
                "해오름군, 마을 돌봄 일자리 두 배로",
                "홍길동 기자 2024. 3. 5. 12:00",
                "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.",
                "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
                LEAD,
                BODY[2],
                "음성재생 설정",
                "이 글자크기로 변경됩니다.",
                "[해오름=뉴시스]홍길동 기자 = " + LEAD,
                cut,
            ]
        )
    )
    assert article.text.split("\n\n") == [LEAD, cut]


def test_a_summary_label_with_the_story_right_under_it_keeps_the_story() -> None:
    label = "자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다."
    article = read_text("\n\n".join([label, LEAD, *BODY, "저작권자 © 해오름일보 무단전재 금지"]))
    assert article.text.split("\n\n") == [LEAD, *BODY]


# A board's notice of short outline items, perhaps printed twice

NOTICE_HEAD = [
    "2분기 주민참여예산 사업 추진상황 알림",
    "- 담당부서 기획예산과",
    "- 작성일2025-07-10",
]
NOTICE = [
    "2025년 6월 말 기준 주민참여예산 사업 추진상황을 붙임과 같이 알려드립니다.",
    "○ 대상 : 4개 분야 31개 사업",
    "○ 추진상황",
    "- 완료 : 20개",
    "- 정상추진 : 11개",
    "- 평균 진행률(예산 기준) : 84.2%",
]


@pytest.mark.parametrize("printed", [1, 2])
def test_a_notices_short_outline_items_are_its_body_said_once(printed: int) -> None:
    again = [NOTICE_HEAD[0], *NOTICE] * (printed - 1)
    article = read_text("\n".join([*NOTICE_HEAD, *NOTICE, *again]))
    assert article.text.split("\n\n") == NOTICE
    assert article.title == NOTICE_HEAD[0]


# A broadcast script broken at an uneven width, its sentences ending in 니다

SCRIPT_HEADLINE = "해오름시, 청년 월세 지원 대상 넓혀"
SCRIPT = [
    "해오름시가 올해 4억 2천만 원의 예산을",
    "들여 청년 월세 지원 대상을",
    "두 배로 넓힙니다.",
    "시는 나이 기준을 39살까지로 늘렸으며,",
    "다음 달 말까지 해오름청년센터 누리집에서 신청을 받아 석 달 치 월세를 집주인에게",
    "직접 보내는 방식으로 지원합니다.",
    "지난해 지원을 받은 청년은 다른 시의 평균보다",
    "두 배 많은 1천2백 명이었습니다.",
]
SCRIPT_SENTENCES = [
    "해오름시가 올해 4억 2천만 원의 예산을 들여 청년 월세 지원 대상을 두 배로 넓힙니다.",
    "시는 나이 기준을 39살까지로 늘렸으며, 다음 달 말까지 해오름청년센터 누리집에서 신청을"
    " 받아 석 달 치 월세를 집주인에게 직접 보내는 방식으로 지원합니다.",
    "지난해 지원을 받은 청년은 다른 시의 평균보다 두 배 많은 1천2백 명이었습니다.",
]


def test_a_broadcast_script_broken_unevenly_keeps_its_sentences_and_headline() -> None:
    article = read_text("\n".join([SCRIPT_HEADLINE, *SCRIPT]))
    assert article.text.split("\n\n") == SCRIPT_SENTENCES
    assert article.title == SCRIPT_HEADLINE


def test_a_script_line_ending_at_the_particle_boda_goes_on_to_the_next() -> None:
    article = read_text("\n".join(SCRIPT[:3] + SCRIPT[-2:] + ["신청은 다음 달부터 받습니다."]))
    assert SCRIPT_SENTENCES[2] in article.text.split("\n\n")


ANCHOR_SCRIPT = [
    "◀앵커▶",
    "해오름군이 올여름 연 바다 축제에 지난해보다 많은 관광객이 찾아 군이 잠정 집계한 결과",
    "모두 12만여 명이 다녀간 것으로",
    "나타났습니다.",
    "특히 가족 단위 관광객이",
    "눈에 띄게 늘어",
    "숙박업소 예약도 지난해보다",
    "크게 늘었습니다.",
]
ANCHOR_SENTENCES = [
    "해오름군이 올여름 연 바다 축제에 지난해보다 많은 관광객이 찾아 군이 잠정 집계한 결과"
    " 모두 12만여 명이 다녀간 것으로 나타났습니다.",
    "특히 가족 단위 관광객이 눈에 띄게 늘어 숙박업소 예약도 지난해보다 크게 늘었습니다.",
]


def test_a_script_keeps_a_long_first_piece_and_short_pieces_inside_its_sentences() -> None:
    article = read_text("\n".join(ANCHOR_SCRIPT))
    assert article.text.split("\n\n") == ANCHOR_SENTENCES


def test_a_script_whose_last_sentence_carries_end_marks_still_joins() -> None:
    for marks in ("///", "\\/\\/\\/"):
        article = read_text("\n".join([*ANCHOR_SCRIPT[:-1], ANCHOR_SCRIPT[-1] + marks]))
        assert article.text.split("\n\n")[0] == ANCHOR_SENTENCES[0]
        assert article.text.split("\n\n")[1].startswith(ANCHOR_SENTENCES[1])


def test_a_one_word_piece_after_a_particle_goes_on_with_its_sentence() -> None:
    script = [
        "해오름군이 올여름 연 바다 축제에",
        "지난해보다 많은 관광객이 찾았습니다.",
        "이에 따라, 군과 상인회는",
        "2027년까지",
        "해변 주차장을 두 배로 넓히고",
        "셔틀버스를 늘리기로 했습니다.",
    ]
    article = read_text("\n".join(script))
    assert article.text.split("\n\n") == [
        "해오름군이 올여름 연 바다 축제에 지난해보다 많은 관광객이 찾았습니다.",
        "이에 따라, 군과 상인회는 2027년까지 해변 주차장을 두 배로 넓히고"
        " 셔틀버스를 늘리기로 했습니다.",
    ]
    assert article.title is None


def test_a_one_word_menu_item_is_no_piece_of_a_script() -> None:
    article = read_text("\n".join(["공지사항", "경상남도", *ANCHOR_SCRIPT[1:]]))
    assert "경상남도" not in article.text.split("\n\n")[0]


def test_a_long_item_above_a_script_is_not_its_first_piece() -> None:
    item = "○ 문의: 해오름군 관광과 축제팀, 평일 오전 9시부터 오후 6시까지 전화 상담 가능"
    article = read_text("\n".join([item, *ANCHOR_SCRIPT[2:]]))
    assert "모두 12만여 명이 다녀간 것으로 나타났습니다." in article.text.split("\n\n")


def test_a_wrapped_column_stops_at_an_items_mark() -> None:
    items = ["○ 대상: 해오름시에 사는 만 19세 이상 39세 이하 청년", "○ 기간: 연중"]
    article = read_text("\n".join([SCRIPT_HEADLINE, *SCRIPT[:3], *items]))
    assert article.text.split("\n\n")[-2:] == items


# A related-stories box inside a short story's container

RELATED = ["해오름군, 지난해 돌봄 일자리 150개 운영", "해오름군 노인 일자리 박람회 열려"]
OTHER_STORY = "해오름시는 다음 달부터 시내버스 노선 12개를 새로 고쳐 운행한다고 4일 밝혔다."
BOXES = {
    "labelled paragraphs": "<p>[관련기사]</p>"
    + "".join(f'<p><a href="/r">{r}</a></p>' for r in RELATED),
    "table cell": "<table><tr><td><b>관련기사</b><br>"
    + "<br>".join(f'<a href="/r">{r}</a>' for r in RELATED)
    + "</td></tr></table>",
    "aside": f'<aside><h4>관련 기사</h4><a href="/r">{RELATED[0]}</a></aside>',
    "plain divs": f'<div>관련 뉴스</div><div><a href="/r">{RELATED[0]}</a></div>',
    "arrowed label": '<div><span>▶ 관련기사 ◀</span><br><a href="/r">'
    + '</a><br><a href="/r">'.join(RELATED)
    + "</a></div>",
}


def html_page(story: str, after: str = "") -> str:
    return f"""<html><head><title>해오름군, 돌봄 일자리 두 배로 - 해오름일보</title></head><body>
<div class="menu"><a href="/">홈</a> <a href="/a">정치</a> <a href="/b">사회</a></div>
<h1>해오름군, 돌봄 일자리 두 배로</h1><div class="info">입력 2024.03.05 10:21 | 홍길동 기자</div>
<div id="article-view-content-div">{story}</div>{after}
<div class="copy">저작권자 © 해오름일보 무단전재 및 재배포 금지</div></body></html>"""


def read_html(markup: str) -> Article:
    page = Page(path=Path("p.html"), text=markup, format=PageFormat.HTML, encoding="utf-8")
    return clean_page(page)


@pytest.mark.parametrize("box", BOXES.values(), ids=BOXES.keys())
@pytest.mark.parametrize("paragraph", ["<p>{}</p>", "{}<br><br>"], ids=["p", "br"])
def test_a_related_box_inside_the_story_does_not_end_it(box: str, paragraph: str) -> None:
    paragraphs = [paragraph.format(p) for p in (LEAD, *BODY)]
    article = read_html(html_page(paragraphs[0] + box + "".join(paragraphs[1:])))
    assert article.text.split("\n\n") == [LEAD, *BODY]


@pytest.mark.parametrize("box", BOXES.values(), ids=BOXES.keys())
def test_a_related_box_after_the_story_still_ends_it(box: str) -> None:
    story = "".join(f"<p>{p}</p>" for p in (LEAD, *BODY))
    article = read_html(html_page(story + box + f"<div><p>{OTHER_STORY}</p></div>"))
    assert article.text.split("\n\n") == [LEAD, *BODY]


# The same box in a copy of the page: its label and headlines as lines of their own

LABELS = ["관련기사", "[관련기사]", "▶ 관련 기사", "함께 보면 좋은 기사", "추천기사"]
HEADLINES = {
    "none": [],
    "blank lines": ["", "", ""],
    "marked": [f"▶ {RELATED[0]}", f"· {RELATED[1]}"],
    "dated": [RELATED[0], "2024.03.04", RELATED[1], "2024.02.27"],
}
COPYRIGHT = "저작권자 © 해오름일보 무단전재 및 재배포 금지"


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("items", HEADLINES.values(), ids=HEADLINES.keys())
def test_a_copied_related_box_inside_the_story_does_not_end_it(
    label: str, items: list[str]
) -> None:
    article = read_text("\n".join([LEAD, BODY[0], label, *items, *BODY[1:], COPYRIGHT]))
    assert article.text.split("\n\n") == [LEAD, *BODY]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("items", HEADLINES.values(), ids=HEADLINES.keys())
def test_a_copied_related_box_after_the_story_still_ends_it(label: str, items: list[str]) -> None:
    article = read_text("\n".join([LEAD, *BODY, label, *items, COPYRIGHT]))
    assert article.text.split("\n\n") == [LEAD, *BODY]


def test_a_copied_box_of_headlines_and_teasers_is_not_the_story_going_on() -> None:
    teaser = "해오름구는 구립 체육관 세 곳의 이용료를 다음 달부터 절반으로 낮춘다고 밝혔다."
    box = ["관련기사", RELATED[0], OTHER_STORY, RELATED[1], teaser]
    article = read_text("\n".join([LEAD, *BODY, *box]))
    assert article.text.split("\n\n") == [LEAD, *BODY]


# A story's list split into sections under short labels

_ROSTER_LEAD = "해오름군은 지난 9일 군민회관에서 제7회 군민 글짓기 대회 시상식을 열었다고 밝혔다."
_ROSTER_INTRO = "올해는 초등부부터 일반부까지 세 부문에 210편이 접수됐다. 수상작은 다음과 같다."


@pytest.mark.parametrize(
    "labels",
    [
        ("<초등부>", "<중·고등부>", "<일반부>"),
        ("‹초등부>", "‹중·고등부>", "‹일반부>"),  # a copy's brackets need not match
        ("[초등부]", "[중·고등부]", "[일반부]"),
        ("■ 초등부", "■ 중·고등부", "■ 일반부"),
        ("초등부 :", "중·고등부 :", "일반부 :"),
    ],
)
def test_section_labels_inside_a_list_do_not_end_the_story(labels: tuple[str, ...]) -> None:
    rows = [
        [labels[0], "- 운문", "대상 : 홍길동(봄비)", "- 산문", "금상 : 김철수(할머니 밥상)"],
        [labels[1], "- 운문", "대상 : 이영희(등굣길)", "- 산문", "은상 : 박민수(동생)"],
        [labels[2], "- 운문", "대상 : 최수진(바다)", "금상 : 정하늘(들녘)"],
    ]
    page = read_lines(
        "군민 글짓기 대회 시상식 열려",
        _ROSTER_LEAD,
        _ROSTER_INTRO,
        *(line for section in rows for line in section),
    )
    for name in ("홍길동", "박민수", "최수진", "정하늘"):
        assert name in page.text
    assert labels[2] in page.text


def test_a_short_label_above_another_story_still_ends_the_story() -> None:
    page = read_lines(
        "군민 글짓기 대회 시상식 열려",
        _ROSTER_LEAD,
        _ROSTER_INTRO,
        "대상 : 홍길동(봄비)",
        "[많이 본 뉴스]",
        "해오름시, 내년 예산 1조 원 시대 열어",
        "[포토]",
        "저작권자 © 해오름일보 무단전재 및 재배포 금지",
    )
    assert "홍길동" in page.text
    assert "예산 1조 원" not in page.text
