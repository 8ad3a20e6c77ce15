"""A site's polite notices to its reader are not a plain-style story's sentences.

News is written plain (…했다.); a site speaks to its reader politely (…이용해 주세요., …삭제될
수 있습니다.). Invented lines in the shapes real pages share: comment rules, paywall and player
notices, an outlet's plea for support, a disclaimer under a contributed piece.
"""

from __future__ import annotations

from pathlib import Path

from govreader.clean import clean_page
from govreader.clean.register import polite_sentences, reader_notices, rules_lists
from govreader.model import Page, PageFormat

STORY = [
    "해오름군은 3일 군청 대회의실에서 청년 창업 지원사업 설명회를 열고 올해 12억 원을 들여 청년 "
    "창업가 40명을 지원한다고 밝혔다.",
    "이번 설명회에는 지역 청년 120여 명이 참석해 사업 내용과 신청 방법, 심사 기준을 차례로 "
    "들었으며 질의응답 시간도 가졌다.",
    "김해오 군수는 “청년이 머무는 해오름군을 만들겠습니다”라며 “창업 이후의 판로까지 함께 "
    "살피겠다”고 말했다.",
]
RULES = [
    "로그인 후 이용해 주세요.",
    "욕설, 비방, 광고성 댓글은 운영 원칙에 따라 예고 없이 삭제될 수 있습니다.",
    "게시판 운영자는 게시물에 대한 답변의 의무가 없습니다.",
]
SCRIPT = [
    "해오름군이 청년 창업가 40명에게 모두 12억 원을 지원합니다. 설명회에는 청년 120여 명이 "
    "몰렸습니다.",
    "군은 다음 달까지 신청을 받아 심사를 거쳐 지원 대상을 정할 계획입니다. 홍길동 기자가 "
    "보도합니다.",
    "설명회장은 이른 아침부터 청년들로 붐볐다. 참석자들은 사업비 지원 기준을 꼼꼼히 물었다.",
]


def read(*lines: str) -> list[str]:
    page = Page(path=Path("p.txt"), text="\n".join(lines), format=PageFormat.TEXT, encoding="utf-8")
    return clean_page(page).paragraphs


def test_polite_notices_on_a_plain_page_are_found() -> None:
    lines = [*STORY, *RULES]
    assert reader_notices(lines) == {3, 4, 5}


def test_a_polite_line_quoting_someone_is_the_storys() -> None:
    quoted = "김 군수는 “창업 청년을 끝까지 돕겠습니다.”"
    assert reader_notices([*STORY, quoted]) == set()


def test_a_page_told_politely_keeps_its_polite_lines() -> None:
    assert reader_notices(SCRIPT + RULES) == set()
    assert reader_notices(RULES) == set()


def test_comment_rules_under_a_story_are_dropped() -> None:
    assert read(*STORY, "댓글 0", *RULES) == STORY


def test_a_one_paragraph_story_is_not_outweighed_by_the_rules_under_it() -> None:
    assert read(STORY[0], "댓글 0", *RULES) == [STORY[0]]


def test_an_outlets_plea_and_a_disclaimer_around_a_story_are_dropped() -> None:
    plea = "해오름뉴스를 응원해 주세요. 정직한 보도로 보답하겠습니다."
    disclaimer = "* 본 콘텐츠는 해오름일보의 의견과 다를 수 있으며, 해당 기관이 제공한 자료입니다."
    assert read(disclaimer, *STORY, plea) == STORY


TOLD_POLITELY = [
    "해오름군이 청년 창업가 40명에게 모두 12억 원을 지원하는데, 설명회에는 이른 아침부터 청년 "
    "120여 명이 몰렸습니다.",
    "군은 다음 달까지 신청을 받아 서류와 면접 심사를 거쳐 지원 대상을 정할 계획이라고 밝혔습니다.",
    "선정된 청년에게는 최대 3천만 원의 사업비와 함께 경영 컨설팅도 일 년 동안 꾸준히 지원합니다.",
]


def test_a_short_polite_lead_of_a_script_told_politely_is_kept() -> None:
    lead = "청년 창업 열기가 뜨겁습니다."
    assert read("해오름군 청년 창업 지원", lead, *TOLD_POLITELY) == [lead, *TOLD_POLITELY]


def test_short_polite_lines_count_as_sentences_only_on_a_polite_page() -> None:
    assert 0 in polite_sentences(["새해가 밝았습니다.", *TOLD_POLITELY])
    assert polite_sentences(["새해가 밝았습니다.", *STORY]) == set()


BOARD_RULES = [
    "건전한 게시판 문화를 위하여 실명으로 글을 올려 주시기 바라며,",
    "다음과 같은 게시물은 작성자에게 알리지 않고 삭제될 수 있습니다.",
    "• 특정 단체나 개인을 헐뜯는 경우",
    "• 물건을 팔려는 광고성 게시물",
    "• 같은 글을 되풀이해 올린 글",
    "이 게시판에 올린 글은 민원으로 접수되지 않으므로 답변하지 않으며, 민원은 누리집의 전자민원 "
    "창구를 이용하여 주시기 바랍니다.",
]


def test_a_boards_rules_and_their_items_are_found() -> None:
    assert rules_lists(["해오름군 자유게시판", *BOARD_RULES, *STORY]) == set(range(1, 7))


def test_a_boards_rules_over_a_story_are_dropped() -> None:
    assert read("해오름군 자유게시판", *BOARD_RULES, *STORY) == STORY


def test_a_comment_boxs_numbered_rules_under_a_story_are_dropped() -> None:
    rules = [
        "댓글 운영 기준 아래의 경우 미리 알리지 않고 삭제하며 이용이 제한될 수 있습니다.",
        "1. 남의 명예를 해치거나 권리를 침해하는 경우",
        "2. 상품 판매를 알리는 광고 게시물",
        "3. 욕설이나 음란한 표현을 담은 댓글",
    ]
    assert read(*STORY, *rules) == STORY


def test_a_story_telling_of_new_rules_keeps_its_items() -> None:
    told = [
        "해오름군은 다음의 경우 누리집 게시판 글을 삭제할 수 있도록 운영 규정을 고쳤다고 밝혔다.",
        "- 개인정보가 담긴 경우",
        "- 영리를 노린 광고 게시물",
    ]
    assert rules_lists([*told, *STORY]) == set()
    assert rules_lists(["다음의 경우 글이 삭제될 수 있습니다.", *STORY]) == set()


def test_a_programs_exclusions_are_not_a_boards_rules() -> None:
    excluded = [
        "다음의 경우에는 지원 대상에서 제외되며 신청이 제한될 수 있습니다.",
        "- 같은 해 다른 창업 지원사업에 선정된 경우",
        "- 지방세를 체납하고 있는 경우",
    ]
    assert rules_lists([*STORY, *excluded]) == set()
