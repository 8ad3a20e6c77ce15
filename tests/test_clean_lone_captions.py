"""Photo captions standing alone among a copied story's paragraphs, with no credit to mark them.

Copies of regional papers keep a photo's caption as a paragraph of its own: what a titled person
is doing at the moment of the photo (… 인사말을 하고 있다.), where they stand in it ((가운데)),
the scene it shows (… 있는 모습.), a ▲ line with its credit after a slash, or a ▲ scene with who
it shows from one side. The story's own sentences that say 하고 있다 tell what a body keeps doing,
and stay. (Invented text in the shapes real pages share.)
"""

from __future__ import annotations

import pytest

from govreader.clean.captions import is_caption, lone_caption
from tests.clean_helpers import read_paragraphs

HEADLINE = "해오름군, 청년 일자리 박람회 열어…기업 40곳 참가"
BODY = [
    "해오름군은 지난 12일 군청 대회의실에서 청년 일자리 박람회를 열었다고 13일 밝혔다.",
    "박람회에는 지역 기업 40곳이 참가해 구직자 300여 명과 현장 면접을 진행했다.",
    "군은 하반기에도 읍면을 돌며 찾아가는 채용 상담회를 열 계획이다.",
    "군 관계자는 “청년이 지역에서 일자리를 찾도록 기업과 함께 힘쓰겠다”고 말했다.",
]

LONE_CAPTIONS = [
    "홍길동 해오름군수가 지난 12일 군청 대회의실에서 열린 청년 일자리 박람회에서 축사를 하고 있다.",
    "김영희(가운데) 해오름시의회 의장이 지난 3일 본회의장에서 의원들과 기념촬영을 하고 있다.",
    "8일 박철수(오른쪽 두 번째) 해오름구청장이 경로당을 찾아 어르신들과 이야기를 나누고 있다.",
    "지난달 해오름구청 앞 광장에서 주민들이 나눔 장터를 둘러보고 있는 모습.",
    "이미지 확대 최민수 해오름시장이 지난 20일 시청 상황실에서 폭염 대책을 점검하고 있다.",
]

STORY_SENTENCES = [
    "구는 지난 5월 취업지원센터를 설치해 구민 누구나 상담을 받을 수 있도록 지원하고 있다.",
    "해오름시는 지난 2일부터 폭염 쉼터 120곳을 운영하고 있다.",
    "홍길동 해오름군수는 3일 간부회의에서 청년이 돌아오는 군을 만들겠다고 말했다.",
    "센터는 문을 연 뒤 하루 평균 20명의 어르신이 이용하고 있다.",
    "해오름구청장은 지난 15일부터 27일까지 16개 동을 돌며 주민의 목소리를 듣고 있다.",
    "군에 따르면 지난 2월까지 직매장 매출액은 7억 원을 넘어섰으며 꾸준히 늘고 있다.",
    "홍길동 해오름시장이 지난 3일 취임 이후 매주 읍면 현장을 찾고 있다.",
]


@pytest.mark.parametrize("caption", LONE_CAPTIONS)
def test_a_caption_of_what_someone_is_doing_is_no_paragraph(caption: str) -> None:
    assert lone_caption(caption)
    for at in (1, 3):  # above the lead, and between paragraphs
        article = read_paragraphs(HEADLINE, *BODY[: at - 1], caption, *BODY[at - 1 :])
        assert caption.removeprefix("이미지 확대 ") not in article.text
        assert all(paragraph in article.text for paragraph in BODY)


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_story_sentence_saying_what_goes_on_stays(sentence: str) -> None:
    assert not lone_caption(sentence)
    article = read_paragraphs(HEADLINE, *BODY[:2], sentence, *BODY[2:])
    assert sentence in article.text


@pytest.mark.parametrize(
    "caption",
    [
        "▲ 해오름군 농업기술센터에서 교육생들이 모종을 심고 있다. /해오름일보 DB",
        "▲ 해오름천 정화 활동에 나선 주민들이 쓰레기를 줍고 있다. / 해오름시 제공",
    ],
)
def test_a_marked_caption_with_its_credit_after_a_slash_is_no_paragraph(caption: str) -> None:
    article = read_paragraphs(HEADLINE, caption, *BODY)
    assert "/" not in article.text
    assert article.text.startswith(BODY[0])


@pytest.mark.parametrize(
    "caption",
    [
        "▲ 청년센터 개소식 모습(사진 왼쪽부터) 홍길동 과장, 김영희 국장, 박철수 센터장",
        "▲ 업무협약식 기념촬영 (왼쪽부터) 최민수 해오름시장, 이수진 해오름대 총장",
    ],
)
def test_a_marked_scene_with_who_it_shows_is_a_caption(caption: str) -> None:
    assert is_caption(caption)
    assert caption not in read_paragraphs(HEADLINE, caption, *BODY).text


def test_a_marked_list_item_naming_a_scene_is_not_a_caption() -> None:
    assert not is_caption("▲ 행사장 모습이 담긴 사진을 보내 준 주민 10명에게 상품권을 준다.")


SIGNED_CAPTIONS = [
    "돌봄센터 개소식에 참석한 주민과 내빈들이 기념촬영을 하고 있다. 해오름3복지관 제공",
    "<12일 군청 앞 나눔 장터에서 주민들이 물건을 고르고 있다. 해오름일보 김사진 기자>",
    "읍내 곳곳에 설치된 무인 민원발급기가 주민들의 발걸음을 덜어 주고 있다. (사진제공)",
    "해오름천 정화 활동에 나선 자원봉사자들이 쓰레기를 줍고 있다. 사진 출처 해오름시",
]
SIGNED_NOT_CAPTIONS = [
    "군은 지난해부터 마을 돌봄 일자리를 늘려 어르신 300명을 채용하고 있다. <해오름일보>",
    "돌봄센터는 문을 연 뒤 주민들에게 큰 호응을 얻고 있다. 해오름군이 이를 알렸다. 해오름군 제공",
    "센터는 지난달 문을 열어 어르신 120명에게 점심을 대접했다. 해오름군 제공",
]


@pytest.mark.parametrize("caption", SIGNED_CAPTIONS)
def test_a_caption_signed_by_who_gave_or_took_the_photo_is_no_paragraph(caption: str) -> None:
    assert lone_caption(caption)
    article = read_paragraphs(HEADLINE, caption, *BODY)
    assert article.text.startswith(BODY[0])
    assert article.reporter is None  # the photographer is not the story's reporter


@pytest.mark.parametrize("line", SIGNED_NOT_CAPTIONS)
def test_a_signed_line_that_tells_the_story_is_no_signed_caption(line: str) -> None:
    assert not lone_caption(line)


def test_a_photo_storys_lead_told_on_by_the_next_paragraph_stays() -> None:
    lead = "홍길동 해오름구청장이 21일 복지관 개관 10주년 행사에 참석해 인사말을 하고 있다."
    on = "이날 행사는 이용 주민 300여 명이 참석한 가운데 공연과 후원품 전달식 순서로 진행됐다."
    assert lone_caption(lead)
    article = read_paragraphs(HEADLINE, lead, on, BODY[3])
    assert article.text.startswith(lead)


SOURCE_CREDITED = [
    "해오름군이 올해 마을기업 5곳을 새로 지정했다고 밝혔다. [자료=해오름군청]",
    "▲ 1~3차 스마트도시 계획의 목표와 성과 [자료: 해오름시]",
    "[자료: 해오름이미지뱅크]",
    "청년 일자리 박람회 개막식/제공=해오름시",
    "박람회 대상을 받은 홍길동 해오름상회 대표/사진제공=해오름군",
]


@pytest.mark.parametrize("caption", SOURCE_CREDITED)
def test_a_caption_credited_to_its_source_is_no_paragraph(caption: str) -> None:
    article = read_paragraphs(HEADLINE, BODY[0], caption, *BODY[1:])
    assert is_caption(caption)
    assert caption not in article.text
    assert all(sentence in article.text for sentence in BODY)


@pytest.mark.parametrize(
    "sentence",
    [
        "해오름시 인구는 지난해 말 30만 명으로 집계됐다(자료=해오름시 통계).",
        "경로당 210곳에 연 10회 반찬을 지원할 계획이다. <자료제공:해오름군청>",
        "군은 지원 대상과 신청 방법을 누리집의 공고문/안내 자료에 담았다.",
    ],
)
def test_a_sentence_citing_its_source_stays(sentence: str) -> None:
    assert not is_caption(sentence)


def test_the_last_paragraph_under_a_credited_caption_stays() -> None:
    last = "군은 하반기에 지역 기업과 함께 청년 채용 설명회를 두 차례 더 열고 참여 기업을 늘릴"
    article = read_paragraphs(HEADLINE, *BODY, "▲ 박람회 현장 [자료: 해오름군]", last)
    assert last in article.text
