"""Courses and activities named as the items of a list (session 16), in sentences written for
these tests: a count that owns its class (`등 5개의 성인 강좌`), a word of many kinds before
programs, a clause describing an item, an item's own 이 or 가, and a note after a listed word."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "센터는 서양화교실, 밸리요가, 사군자반 등 5개의 성인 대상 강좌를 연다.",
            {"서양화교실", "밸리요가", "사군자반"},
        ),
        (
            "복지관은 실버체조, 하모니카연주 등 총 12개 프로그램을 운영한다.",
            {"실버체조", "하모니카연주"},
        ),
        # a count of cases put forward is no count of programs
        ("마을 텃밭 조성, 골목 벽화 정비 등 17건의 주민 제안 사업에 3억 원을 반영했다.", set()),
        # courses are counted to be courses: `강좌` with no count is no list's class
        ("시민대학은 서양화교실, 밸리요가 등 강좌 수강료를 지원한다.", {"서양화교실"}),
    ],
)
def test_a_count_of_courses_names_its_items(text: str, names: set[str]) -> None:
    assert program_names(text) == names


def test_a_list_item_ending_in_its_own_syllable_is_read_back() -> None:
    text = "주민센터는 웰빙요가, 어르신 민화교실, 통기타반 등 6개의 주민 강좌를 운영한다."
    assert {"웰빙요가", "어르신 민화교실", "통기타반"} <= program_names(text)


def test_items_before_many_programs_are_named() -> None:
    text = (
        "축제장에서는 전통 활쏘기, 가족 줄다리기, 아이와 함께하는 떡메치기, 청사초롱 만들기 등 "
        "다양한 프로그램이 열린다."
    )
    assert {"전통 활쏘기", "가족 줄다리기", "떡메치기", "청사초롱 만들기"} <= program_names(text)


def test_items_before_many_projects_stay_strict() -> None:
    # before 사업 a word of many kinds leaves a list of fields no programs
    assert program_names("군은 환경, 관광, 농업 등 다양한 신규사업을 검토한다.") == set()


def test_a_kind_joined_by_in_describes_the_item_after_it() -> None:
    text = "도서관은 독서교육인 그림책 함께읽기, 글쓰기교실 등 총 8개 프로그램을 운영한다."
    names = program_names(text)
    assert "그림책 함께읽기" in names
    assert not any(name.startswith("독서교육인") for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("이번 강좌는 △건강요리(죽) 만들기 △생활 도예 △목공 기초반 등이다.", "건강요리(죽) 만들기"),
        ("이번 강좌는 △실버 웃음요가 △생활 도예 △목공 기초반 등이다.", "실버 웃음요가"),
    ],
)
def test_a_marked_item_keeps_a_note_and_its_own_final_syllable(text: str, name: str) -> None:
    assert name in program_names(text)


# --- lists of courses name their courses by one word ------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "올해 프로그램은 △오카리나 △통기타(입문반) △생활도예 △수채화로 총 4강좌다.",
            {"오카리나", "통기타", "생활도예", "수채화"},
        ),
        (
            "인기 강좌는 △천연비누 △가죽공예 △재봉틀로 만드는 우리집 △생활 목공 등이다.",
            {"천연비누", "가죽공예", "생활 목공"},
        ),
        (
            "신규 강좌로는 우드 카빙, 하프시코드, 민화교실 등이 개설된다.",
            {"우드 카빙", "하프시코드", "민화교실"},
        ),
    ],
)
def test_a_list_of_courses_names_one_word_courses(text: str, names: set[str]) -> None:
    found = program_names(text)
    assert names <= found
    assert "우리집" not in found


def test_one_word_items_of_a_list_not_of_courses_stay_unnamed() -> None:
    # a list of fields, with no course nor program beside it, names nothing
    assert program_names("구는 △건물 △수송 △폐기물 분야 감축 목표를 세웠다.") == set()
