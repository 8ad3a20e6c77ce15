"""The other items of a list the body runs, once one of them is plainly a program (issue 10,
session 5), in sentences written for these tests."""

from __future__ import annotations

import pytest

from govreader.facts import extract
from govreader.facts.rules import table
from govreader.model import Article, FactKind


def programs(text: str) -> dict[str, str | None]:
    """Each program name found in `text`, with the rule that found it."""
    found = [fact for fact in extract(Article(text=text)) if fact.kind == FactKind.PROGRAM]
    for fact in found:
        assert text[fact.start : fact.end] == fact.text
    return {str(fact.fields["name"]): fact.rule for fact in found}


_SIBLING = "other items of a run list with a program"


@pytest.mark.parametrize(
    ("text", "siblings"),
    [
        (
            "복지관은 올해 탁구 교실, 노래 부르기, 꽃 가꾸기 캠페인을 운영한다.",
            {"노래 부르기"},
        ),
        (
            "구는 골목길 화분 놓기, 하천 쓰레기 줍기, 탄소중립 실천 캠페인을 함께 추진한다.",
            {"골목길 화분 놓기", "하천 쓰레기 줍기"},
        ),
        (
            "센터는 부모 코칭과 또래 모임, 직업 탐색 프로그램 등을 진행한다.",
            {"부모 코칭", "또래 모임"},
        ),
        (
            "시는 청년 창업 멘토링과 일자리 만남의 날 등을 통해 취업을 돕는다.",
            {"일자리 만남의 날"},
        ),
        (
            "보건소는 혈압 재기, 손 운동, 기억력 향상 프로그램 등이 운영된다고 밝혔다.",
            {"혈압 재기", "손 운동"},
        ),
    ],
)
def test_the_siblings_of_a_found_program_in_a_run_list_are_programs(
    text: str, siblings: set[str]
) -> None:
    assert siblings <= set(programs(text))


def test_the_rule_is_named_for_a_sibling_no_other_rule_finds() -> None:
    found = programs("구는 골목길 화분 놓기, 하천 쓰레기 줍기, 탄소중립 실천 캠페인을 추진한다.")
    assert found["하천 쓰레기 줍기"] == _SIBLING
    assert _SIBLING in {rule.name for rule in table(FactKind.PROGRAM)}


@pytest.mark.parametrize(
    "text",
    [
        # no item plainly a program: the list says nothing of its kind
        "구는 골목길 화분 놓기, 하천 쓰레기 줍기, 벽화 그리기를 추진한다.",
        # the verb takes another object: the list is a means, not what is run
        "구는 골목길 화분 놓기, 하천 정화 캠페인을 위해 예산을 운영한다.",
        # bodies taking part in what is run are no programs
        "교육은 기업체, 지자체, 청년 캠페인 등이 참여하는 협력망을 통해 이뤄진다.",
        # a list as the subject of an active verb is who runs something
        "마을 쉼터, 이웃 돌봄, 건강 걷기 캠페인이 함께 운영하는 장터가 열렸다.",
        "구는 마을 쉼터, 이웃 돌봄, 건강 걷기 캠페인 등이 운영하는 장터를 연다.",
    ],
)
def test_no_sibling_without_a_run_list_of_a_found_program(text: str) -> None:
    assert not any(rule == _SIBLING for rule in programs(text).values())


def test_the_group_after_a_word_of_many_kinds_stays_out() -> None:
    text = "마을에서는 다양한 건강강좌 및 혈압 상담, 걷기 동아리, 금연 교실 등이 운영된다."
    found = programs(text)
    assert "걷기 동아리" in found
    assert "혈압 상담" not in found


def test_two_words_joined_by_gwa_inside_a_comma_list_are_not_split_into_names() -> None:
    text = "센터는 한국어 교실, 가족 소풍, 이웃관계 회복과 마을공동체, 부모 교육을 운영한다."
    found = programs(text)
    assert "가족 소풍" in found
    assert "마을공동체" not in found


def test_an_item_left_with_only_its_act_is_no_name() -> None:
    text = "시는 청년 창업 캠프, 공유모아 활성화, 마을 축제를 추진한다."
    assert "활성화" not in programs(text)
