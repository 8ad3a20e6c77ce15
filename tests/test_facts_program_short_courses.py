"""Courses of one two-letter word (`탁구`, `국궁`) in a list whose class is courses or programs,
in sentences written for these tests; a short word elsewhere, a field that sorts courses, a
place and a verb after its object stay out."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "주민센터는 탁구, 실버댄스, 한지공예 등 9개 강좌를 새로 연다.",
            {"탁구", "실버댄스", "한지공예"},
        ),
        (
            "올해 복지관 프로그램은 국궁, 노래교실, 생활영어 등 총 15개 프로그램으로 꾸려졌다.",
            {"국궁", "노래교실", "생활영어"},
        ),
        (
            "신규 강좌로는 플라워 아트, 장구, 우쿨렐레 등이 마련된다.",
            {"플라워 아트", "장구", "우쿨렐레"},
        ),
    ],
)
def test_a_course_list_names_its_two_letter_items(text: str, names: set[str]) -> None:
    assert names <= program_names(text)


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # fields that sort the courses, with no longer name among them
        ("문화원은 어학, 예술 등 10개 강좌를 개설했다.", {"어학", "예술"}),
        # a field beside a course name
        ("센터는 음악, 생활도예 등 8개 강좌를 운영한다.", {"음악"}),
        # a place, and a verb after its object
        ("구는 서울, 부산 등 6개 지역 사업을 추진했다.", {"서울", "부산"}),
        ("센터는 영어회화반을 비롯, 탁구교실 등 7개 강좌를 연다.", {"비롯"}),
        # a lone short word where no list of courses is
        ("시는 탁구 동호회와 함께 체육대회를 열었다.", {"탁구"}),
        ("구는 주차, 청소 등 주민 불편 해소 사업을 추진한다.", {"주차", "청소"}),
    ],
)
def test_short_words_outside_a_course_list_stay_out(text: str, out: set[str]) -> None:
    assert not out & program_names(text)


def test_a_marked_list_of_courses_names_its_two_letter_items() -> None:
    text = "올가을 문화원 강좌는 △장구 △생활도예 △국궁 △민화 그리기로 모두 4강좌다."
    assert {"장구", "생활도예", "국궁"} <= program_names(text)


def test_marked_fields_and_places_of_courses_stay_out() -> None:
    text = "올가을 문화원 강좌는 △어학 △음악 △서울 △생활도예로 모두 4강좌다."
    assert not {"어학", "음악", "서울"} & program_names(text)
