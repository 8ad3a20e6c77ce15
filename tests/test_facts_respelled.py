"""A thing told again in another spelling is one fact, in the spelling told first.

Each case is checked twice: the kind's own reader finds both spellings (so the case can fail),
and the article's facts keep only the first-told one, at its exact span.
"""

from __future__ import annotations

import pytest

from govreader.facts import award, context, extract, program
from govreader.facts.respelled import drop_respelled
from govreader.facts.sentences import sentences
from govreader.model import Article, Fact, FactKind
from tests.facts_helpers import audience_texts

PUBLISHED = "2025-11-20"


def _texts(text: str, kind: FactKind) -> list[str]:
    found = [f for f in extract(Article(text=text, published=PUBLISHED)) if f.kind is kind]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return [fact.text for fact in found]


@pytest.mark.parametrize(
    ("text", "spellings"),
    [
        (
            "구는 경력단절여성을 대상으로 취업 교육을 연다. "
            "교육은 경력단절여성들을 위해 무료로 진행된다.",
            ["경력단절여성", "경력단절여성들"],
        ),
        (
            "시는 다음 달 구직자를 위한 채용박람회를 연다. "
            "이날 박람회는 구직자들을 대상으로 모의 면접도 진행한다.",
            ["구직자", "구직자들"],
        ),
        (
            "군은 결혼 이민자를 대상으로 한국어 교실을 운영한다. "
            "교실은 결혼이민자를 위해 저녁에 열린다.",
            ["결혼 이민자", "결혼이민자"],
        ),
    ],
)
def test_an_audience_respelled_is_listed_once(text: str, spellings: list[str]) -> None:
    assert audience_texts(text) == spellings
    assert _texts(text, FactKind.AUDIENCE) == spellings[:1]


def test_a_program_respaced_is_listed_once_in_its_first_spelling() -> None:
    text = (
        "군은 올해 청년 주거 안심 사업을 새로 시작한다. "
        "청년주거안심사업은 월세 일부를 6개월간 보탠다."
    )
    assert [f.text for f in program.find(list(sentences(text)), [], [])] == [
        "청년 주거 안심 사업",
        "청년주거안심사업",
    ]
    assert _texts(text, FactKind.PROGRAM) == ["청년 주거 안심 사업"]


def test_a_repeat_in_the_first_spelling_stays_a_mention() -> None:
    text = (
        "구는 '나눔 장터 사업'을 연다. 나눔장터사업 참가자는 20팀이다. "
        "나눔 장터 사업은 매달 열린다."
    )
    facts = [f for f in extract(Article(text=text)) if f.kind is FactKind.PROGRAM]
    assert [(f.start, f.text) for f in facts] == [(4, "나눔 장터 사업"), (38, "나눔 장터 사업")]


def test_an_award_whose_winner_is_respaced_is_listed_once() -> None:
    text = (
        "제3회 한빛구 사진 공모전에서 이서연 씨가 대상을 받았다. "
        "대상을 수상한 이서연씨는 상금 100만 원을 받았다."
    )
    article = Article(text=text, published=PUBLISHED)
    pieces = list(sentences(text))
    read = [f.fields["recipient"] for f in award.find(pieces, context.read(article, pieces))]
    assert read == ["이서연 씨", "이서연씨"]
    awards = [f for f in extract(article) if f.kind is FactKind.AWARD]
    assert [f.fields["recipient"] for f in awards] == ["이서연 씨"]


def _fact(kind: FactKind, start: int, text: str, **fields: object) -> Fact:
    return Fact(kind, start, start + len(text), text, fields)


def test_other_awards_and_numbers_are_kept() -> None:
    facts = [
        _fact(FactKind.AWARD, 0, "가", name="안전 평가", prize="대상", recipient="가람시"),
        _fact(FactKind.AWARD, 5, "나", name="안전평가", prize="우수상", recipient="가람시"),
        _fact(FactKind.AMOUNT, 10, "10억 원", value=1e9, unit="원"),
        _fact(FactKind.AMOUNT, 20, "10억원", value=1e9, unit="원"),
        _fact(FactKind.AUDIENCE, 30, "이들"),
        _fact(FactKind.AUDIENCE, 40, "이"),
    ]
    assert drop_respelled(facts) == facts


def test_quotes_and_brackets_are_spelling() -> None:
    facts = [
        _fact(FactKind.PROGRAM, 0, "「청년 희망 사다리」", name="청년 희망 사다리"),
        _fact(FactKind.PROGRAM, 20, "'청년희망사다리'", name="청년희망사다리"),
        _fact(FactKind.PROGRAM, 40, "청년 희망 사다리", name="청년 희망 사다리"),
    ]
    assert drop_respelled(facts) == [facts[0], facts[2]]
