"""A sentence a copy breaks into two paragraphs, after a comma or a clause's connective, is one
paragraph again; a paragraph that ends a sentence (even with a comma for its period), or one that
a list's item follows, stays apart. (Invented text in the shapes real pages share.)
"""

from __future__ import annotations

import pytest

from govreader.clean.broken_sentences import joined_sentences
from tests.clean_helpers import read_lines, read_paragraphs

HEADLINE = "해오름군, 청년 농업인 정착 지원 넓힌다"
LEAD = "해오름군이 올해 청년 농업인 정착 지원 사업을 두 배로 넓힌다고 3일 밝혔다."
CLOSE = "군 관계자는 “청년이 머무는 농촌을 만들겠다”고 말했다."

BROKEN = [
    (
        "군은 지난달 서류와 면접 심사를 거쳐 신규 농업인 40명을 선발하고,",
        "나머지 10명은 하반기에 따로 뽑기로 했다.",
    ),
    (
        "심사위원회의 두 차례 현장 평가를 마친 뒤,",
        "우수 농가 다섯 곳이 최종 선정됐다.",
    ),
    (
        "올해 예산은 지난해보다 12억 원 늘어난 30억 원으로 편성됐으며,",
        "이 가운데 절반이 주거 지원에 쓰인다.",
    ),
    (
        "선발된 청년들은 석 달 동안 선도 농가에서 실습하면서",
        "작물 재배와 판로 개척을 배운다.",
    ),
    (
        "첫 교육에는 40명이 참석했는데요,",
        "참석자들은 저마다 귀농 계획을 발표했습니다.",
    ),
]


@pytest.mark.parametrize(("first", "rest"), BROKEN)
def test_a_sentence_broken_across_paragraphs_is_one_paragraph(first: str, rest: str) -> None:
    article = read_paragraphs(HEADLINE, LEAD, first, rest, CLOSE)
    assert f"{first} {rest}" in article.text.split("\n\n")


def test_a_sentence_broken_across_lines_with_no_blank_between_is_joined_too() -> None:
    first, rest = BROKEN[0]
    article = read_lines(HEADLINE, LEAD, first, rest, CLOSE)
    assert f"{first} {rest}" in article.text.split("\n\n")


APART = [
    (
        "올해 새로 뽑힌 청년 농업인은 모두 40명으로 집계됐다,",
        "군은 이들에게 매달 100만 원씩 정착금을 준다.",
    ),
    (
        "이번에 지원하는 분야는 다음과 같이,",
        "▲ 스마트팜 시설 ▲ 농기계 임대 ▲ 주거 지원 등이다.",
    ),
    (
        "신청 자격은 아래와 같고,",
        "1. 만 18세 이상 40세 미만으로 농촌에 사는 사람",
    ),
    (
        "지원 대상을 정리하면,",
        "- 해오름군에 주소를 둔 청년 농업인",
    ),
    (
        "청년 농업인 정착 지원 확대",
        "해오름군은 올해 정착 지원금을 받는 청년을 40명으로 늘렸다.",
    ),
]


@pytest.mark.parametrize(("first", "rest"), APART)
def test_a_finished_paragraph_or_one_before_a_list_item_stays_apart(first: str, rest: str) -> None:
    assert joined_sentences([LEAD, first, rest, CLOSE]) == [LEAD, first, rest, CLOSE]


def test_a_short_label_with_a_comma_is_no_broken_sentence() -> None:
    assert joined_sentences(["예컨대,", LEAD]) == ["예컨대,", LEAD]


def test_three_pieces_of_one_sentence_join_into_one() -> None:
    pieces = [
        "군은 올해 농지 임대 지원을 늘리고,",
        "스마트팜 시설비 지원 한도를 5천만 원으로 올렸으며,",
        "청년 농업인 전용 임대주택 20호를 새로 짓는다.",
    ]
    assert joined_sentences([LEAD, *pieces]) == [LEAD, " ".join(pieces)]
