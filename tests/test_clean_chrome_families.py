"""Chrome families that recur across sites (invented sentences): a broadcast script's cue marks,
a machine-made summary's notice, a photo's names from the left, an outlet's tip line; and the
story's own sentences that share their words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.clean.boilerplate import is_chrome
from govreader.model import Page, PageFormat
from tests.clean_helpers import read_paragraphs

TITLE = "해오름군, 청년 일자리 박람회 열어"
LEAD = "해오름군은 지난 5일 군청 대회의실에서 청년 일자리 박람회를 열었다고 6일 밝혔다."
BODY = "이번 박람회에는 지역 기업 30곳이 참여해 청년 200여 명과 채용 상담을 진행했다."


CHROME = [
    "◀ANC▶",
    "◀VCR▶",
    "◀ END ▶",
    "▶REP.",
    "◀INT▶ 홍길동 해오름군 주민",
    "◀INT▶(PIP)",
    "[앵커]",
    "[리포트]",
    "이 요약문은 AI가 작성했습니다. 자세한 이야기와 맥락은 본문에서 확인하셔야 합니다.",
    "본 요약은 인공지능이 생성했습니다.",
    "해오름일보 AI가 요약한 내용입니다. 전체 내용은 본문을 읽어 주세요.",
    "왼쪽부터 홍길동 해오름시장, 김철수 해오름군수, 박영희 해오름구청장.",
    "사진 왼쪽부터 홍길동, 김철수, 박영희씨",
    "(왼쪽부터) 김민수 해오름신문 편집장, 이영희 해오름대 교수",
    "▲ (사진 오른쪽부터) 해오름군 이장협의회 회원들",
    "■ 제보하기",
    "▶ 제보 안내 : http://example.com/tip, 모바일앱",
    "제보 전화 : 02-000-0000",
    "▷ 카카오톡 : '해오름방송제보' 검색, 채널 추가",
    "【 기자 】",
    "[스탠딩]",
    "▶ 인터뷰 : 홍길동 / 해오름군 농민",
    "▶ 인터뷰(☎) : 김영희 / 해오름시 보건소장",
    "박철수 기자가 보도합니다.",
    "해오름방송 이민지 기자가 취재했습니다.",
    "해오름뉴스 정다운입니다.",
    "KBS 뉴스 홍길동입니다.",
]


@pytest.mark.parametrize("line", CHROME)
def test_a_line_of_these_families_is_chrome(line: str) -> None:
    assert is_chrome(line)


STORY = [
    "왼쪽부터 차례로 놓인 작품들은 모두 지역 작가들이 만든 것이다.",
    "[인터뷰] 홍길동 해오름군수",
    "해오름일보는 AI가 기사를 요약하는 서비스를 시작했다고 밝혔다.",
    "이 요약문은 AI가 작성했다고 회사 측은 설명했다.",
    "제보 접수는 해오름군청 누리집에서 할 수 있다.",
    "카카오톡 채널 추가 후 신청하면 된다.",
    "주민들은 카카오톡으로 위기가구를 제보할 수 있게 됐다.",
    "▶인터뷰: 5일 오후 2시 군청 소회의실",
    "박철수 기자가 마을 주민 20명을 만나 직접 들어봤습니다.",
    "해오름뉴스 기자가 취재한 내용을 바탕으로 정리했습니다.",
    "이번 행사는 해오름뉴스 창간 10주년 기념입니다.",
    "인터뷰: 홍길동 / 해오름군수",
]


@pytest.mark.parametrize("line", STORY)
def test_a_story_sentence_with_their_words_is_not(line: str) -> None:
    assert not is_chrome(line)


def test_a_broadcast_script_keeps_its_sentences_and_drops_its_cues() -> None:
    article = read_paragraphs("◀ANC▶", LEAD, "◀VCR▶", BODY, "◀INT▶ 홍길동 해오름군 주민", "▶REP.")
    assert LEAD in article.text and BODY in article.text
    assert "◀" not in article.text and "REP" not in article.text


def test_a_news_script_keeps_its_sentences_and_drops_who_speaks_next() -> None:
    quote = '- "주말마다 아이들과 박람회를 찾을 생각입니다."'
    article = read_paragraphs(
        LEAD,
        "박철수 기자가 보도합니다.",
        "【 기자 】",
        BODY,
        "▶ 인터뷰 : 홍길동 / 해오름군 주민",
        quote,
        "해오름뉴스 박철수입니다.",
    )
    assert article.text == "\n\n".join((LEAD, BODY, quote))


def test_a_tip_line_footer_leaves_the_story() -> None:
    article = read_paragraphs(
        TITLE, LEAD, BODY, "■ 제보하기", "▷ 카카오톡 : '해오름방송제보' 검색, 채널 추가"
    )
    assert article.text.endswith(BODY)


def test_a_summary_notice_above_the_story_leaves_it() -> None:
    notice = "이 요약문은 AI가 작성했습니다. 자세한 이야기와 맥락은 본문에서 확인하셔야 합니다."
    article = read_paragraphs(TITLE, notice, LEAD, BODY)
    assert article.text.startswith(LEAD)


def test_the_decks_over_a_photo_of_names_stay_the_subtitle() -> None:
    decks = ("박람회에 기업 30곳 참여", "청년 200여 명과 채용 상담")
    caption = "사진 왼쪽부터 홍길동, 김철수, 박영희씨"
    text = "\n".join((TITLE, *decks, caption, "", LEAD, "", BODY))
    page = Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8")
    article = clean_page(page)
    assert article.title == TITLE
    assert article.subtitle == "\n".join(decks)
    assert "왼쪽부터" not in article.text


# An ad slot's placeholder and a ranking box's header written in Hangul

_STORY = [
    "해오름시는 올해 청년 창업공간 20곳을 새로 연다고 5일 밝혔다.",
    "입주 기업은 2년간 임대료 없이 사무실을 쓰고 전문가 상담을 받는다.",
    "시 관계자는 “청년이 떠나지 않는 도시를 만들겠다”고 말했다.",
]


@pytest.mark.parametrize("placeholder", ["광고 로드중", "광고 로딩 중", "광고"])
def test_an_ad_slot_left_between_paragraphs_is_dropped(placeholder: str) -> None:
    page = read_paragraphs("청년 창업공간 20곳 연다", _STORY[0], placeholder, *_STORY[1:])
    assert placeholder not in page.text
    assert all(sentence in page.text for sentence in _STORY)


@pytest.mark.parametrize("header", ["베스트 클릭", "BEST CLICK", "톱 뉴스", "이 기사의 관련기사"])
def test_a_ranking_box_after_the_story_ends_it(header: str) -> None:
    page = read_paragraphs(
        "청년 창업공간 20곳 연다",
        *_STORY,
        header,
        "1. 해오름 가수, 새 앨범 발표…팬들 환호",
        "2. 주말 날씨 맑고 포근…나들이객 몰릴 듯",
    )
    assert "새 앨범" not in page.text
    assert all(sentence in page.text for sentence in _STORY)


@pytest.mark.parametrize(
    "line",
    [
        "광고 로드중 문구가 뜨면 잠시 기다려 달라고 시는 안내했다.",
        "시는 이 기사의 관련기사 목록도 누리집에 함께 올렸다.",
        "베스트 클릭 상품 코너에는 지역 특산물 30종이 올랐다.",
    ],
)
def test_a_story_sentence_with_these_words_stays(line: str) -> None:
    page = read_paragraphs("청년 창업공간 20곳 연다", _STORY[0], line, *_STORY[1:])
    assert line in page.text
