"""Short lines set apart by blank lines are joined as sentences broken over lines only when
sentences end among them more than once, as in a script printed double-spaced. A column of other
stories' headlines cut at its width, or a stack of decks over a lead, ends one sentence at most.
(Invented text in the shapes real pages share.)
"""

from __future__ import annotations

from tests.clean_helpers import read_paragraphs

HEADLINE = "해오름구청장, 열두 개 동 모두 돈다"
LEAD = "해오름구청장이 취임 100일을 맞아 열두 개 동 주민센터를 돌며 간담회를 연다고 3일 밝혔다."
BODY = [
    LEAD,
    "간담회는 오는 20일까지 이어지며 동마다 주민 50여 명이 참석해 생활 불편을 이야기한다.",
    "구는 간담회에서 나온 건의를 부서별로 나눠 한 달 안에 답을 주기로 했다.",
    "구청장은 “주민의 목소리를 직접 듣고 구정에 담겠다”고 말했다.",
]
SIDEBAR = [
    "해오름시 폭염 쉼터 120곳 운영…야간에도 문 열",
    "통계청 발표 ‘2024 고령자 통계’ 분석",
    "해오름대교 보수 공사 석 달 앞당겨 마무리…통행",
    "청년 창업 지원금 두 배로 늘린다 “상반기 안에",
    "“주민 손으로 만든 마을 정원”…해오름천 따라",
]


def test_a_column_of_cut_headlines_above_the_story_is_no_broken_sentence() -> None:
    article = read_paragraphs(*SIDEBAR, HEADLINE, *BODY)
    assert all(item not in article.text for item in SIDEBAR)
    assert article.text.startswith(LEAD)


def test_decks_stacked_over_the_lead_are_not_glued_to_it() -> None:
    decks = [
        "해오름구, 열두 개 동 순회 간담회",
        "주민 건의는 한 달 안에 답변 약속",
        "첫 간담회에 주민 50여 명 참석",
    ]
    lead = "해오름구청장이 동 주민센터를 모두 돈다."
    article = read_paragraphs(HEADLINE, *decks, lead, *BODY[1:])
    assert lead in article.text.split("\n\n")
    assert all(deck not in article.text for deck in decks) or decks[-1] + " " not in article.text


def test_a_double_spaced_script_broken_after_particles_still_joins() -> None:
    pieces = [
        "해오름군은 올해부터 귀농한 청년 농업인에게",
        "매달 정착 지원금을 주기로 하고",
        "다음 달부터 읍면 행정복지센터에서",
        "신청을 받는다고 밝혔습니다.",
        "지원금은 한 사람에 매달 100만 원씩",
        "최대 3년 동안 나갑니다.",
    ]
    article = read_paragraphs(HEADLINE, *pieces, BODY[3])
    assert " ".join(pieces[:4]) in article.text
    assert " ".join(pieces[4:]) in article.text
