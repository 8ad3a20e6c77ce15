"""Lists a count of programs closes (issue 10, session 9), in sentences written for these tests:
`A 등 12개 사업`, `A, B 등 6개 강좌` say the items are programs, one named as an example too,
and the list is read back over nouns that end like a particle (`순환도로,`), not over a verb."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names as names_in


def test_one_example_of_a_counted_group_of_projects_is_a_program() -> None:
    assert "마을 쉼터 정비" in names_in(
        "군은 올해 마을 쉼터 정비 등 12개 사업에 5억 원을 투입한다."
    )


def test_a_count_of_courses_says_the_items_are_courses() -> None:
    names = names_in("도서관은 그림책 읽기, 생활 영어 회화 등 6개 강좌를 새로 연다.")
    assert {"그림책 읽기", "생활 영어 회화"} <= names


def test_a_counted_list_reads_back_over_nouns_that_end_like_a_particle() -> None:
    names = names_in("시는 읍내 순환도로, 산단 진입도로, 마을 안길 포장 등 8개 사업을 추진한다.")
    assert {"읍내 순환도로", "산단 진입도로", "마을 안길 포장"} <= names


def test_a_counted_list_stops_at_a_verb_before_its_comma() -> None:
    names = names_in("올해 예산은 줄었으나, 읍내 순환도로, 마을 안길 포장 등 5개 사업이 반영됐다.")
    assert {"읍내 순환도로", "마을 안길 포장"} <= names
    assert not any("줄었으나" in name for name in names)


@pytest.mark.parametrize(
    "text",
    ["군은 체육 등 3개 사업을 추진한다.", "수강생은 그림책 읽기 등 강좌 수강료를 돌려받는다."],
)
def test_a_field_before_a_count_or_a_fee_for_courses_names_nothing(text: str) -> None:
    assert names_in(text) == set()
