"""What a sentence says its topic program is names no second program, and a word that ends a
clause (`예정인`, `없으나`, `나눠`, `시까지`) is no part of a name (issue 10, session 7), in
sentences written for these tests."""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.model import Article, FactKind


def programs(text: str) -> set[str]:
    """Each program name found in `text`."""
    found = [fact for fact in extract(Article(text=text)) if fact.kind == FactKind.PROGRAM]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return {str(fact.fields["name"]) for fact in found}


@pytest.mark.parametrize(
    ("text", "program", "kind"),
    [
        (
            "‘들꽃마을 가꾸기 사업’은 주민이 기획하는 생활환경 개선사업으로, 올해 시작됐다.",
            "들꽃마을 가꾸기 사업",
            "생활환경 개선사업",
        ),
        (
            "청년 내일채움 공모사업은 시군이 스스로 짜고 집행하는 상향식 사업으로 국비가 지원된다.",
            "청년 내일채움 공모사업",
            "상향식 사업",
        ),
        (
            "해오름 창업공간 사업은 이제 군의 대표 청년 창업지원사업으로 자리 잡았다.",
            "해오름 창업공간 사업",
            "청년 창업지원사업",
        ),
        (
            "마을 돌봄나눔 사업은 홀로 사는 어르신을 이웃이 찾아가는 안부확인 사업이다.",
            "마을 돌봄나눔 사업",
            "안부확인 사업",
        ),
    ],
)
def test_the_kind_a_topic_program_is_said_to_be_is_no_program(
    text: str, program: str, kind: str
) -> None:
    found = programs(text)
    assert program in found
    assert not any(kind in name for name in found)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "2020년 행정안전부 청년일자리 지원사업으로 시작한 창업나루 사업은 5년째 이어지고 있다.",
            "청년일자리 지원사업",
        ),
        (
            "푸른숲 조성사업은 산림청 녹색도시 공모사업으로 선정돼 국비 5억원을 받는다.",
            "녹색도시 공모사업",
        ),
        (
            "행복나눔 사업은 경로당 건강체조 사업과 반찬 배달 사업으로 구성된다.",
            "반찬 배달 사업",
        ),
        (
            "마을 일자리 사업은 어르신에게 상담을 해 주고 노인 맞춤돌봄서비스로 이어주는 사업이다.",
            "노인 맞춤돌봄서비스",
        ),
    ],
)
def test_a_program_named_before_the_topic_or_chosen_for_it_stays(text: str, other: str) -> None:
    assert any(other in name for name in programs(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("내년 완공 예정인 하천 생태복원사업에 30억원이 배정됐다.", "하천 생태복원사업"),
        (
            "신청 제한은 없으나 청소년 진로탐색 프로그램은 만 15세 이상만 참여할 수 있다.",
            "청소년 진로탐색 프로그램",
        ),
    ],
)
def test_a_clause_word_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name in programs(text)


@pytest.mark.parametrize(
    "text",
    [
        "군은 마을을 세 단계로 나눠 지원 사업을 추진한다.",
        "예산이 소진될 때까지 사업비 소진 시까지 사업이 이어진다.",
    ],
)
def test_a_clause_word_and_a_bare_head_make_no_name(text: str) -> None:
    assert programs(text) == set()
