"""What an event offers on the day, and a list of checks a course runs, are no programs (issue
10, session 15), in sentences written for these tests: `A 체험, B 체험 등 … 특색 있는 내용으로
꾸며졌다`, `▲A 체험 ▲B 체험 등 … 다양한 프로그램`, `악력검사, 혈압측정, 체지방 검사 등을
실시`."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "이번 축제는 다양한 프로그램으로 볼거리를 주는 가운데 수군 복장 체험, 거북선 노젓기 "
            "체험 등 이 고장만의 특색 있는 내용으로 꾸며졌다.",
            {"수군 복장 체험", "거북선 노젓기 체험"},
        ),
        (
            "행사장에는 ▲소방차 탑승 체험 ▲연막 대피 체험 등 가족이 함께 즐길 수 있는 다양한 "
            "프로그램이 마련된다.",
            {"소방차 탑승 체험", "연막 대피 체험"},
        ),
        (
            "주 2회 운영되는 프로그램은 참여자를 대상으로 악력검사, 혈압측정, 체지방 검사, "
            "허리둘레 측정 등을 실시해 기초자료로 쓴다.",
            {"악력검사", "혈압측정", "체지방 검사"},
        ),
    ],
)
def test_acts_of_the_day_and_checks_are_no_programs(text: str, acts: set[str]) -> None:
    assert not program_names(text) & acts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one test among services named as programs
        (
            "보건소는 치매조기검사, 치매치료비 지원, 배회 어르신 인식표 배부 등의 사업을 편다.",
            "치매조기검사",
        ),
        # a booth the body runs, with no list of what an event offers
        ("소방서는 축제장에서 ‘어린이 119 안전체험’ 부스를 운영한다.", "어린이 119 안전체험"),
    ],
)
def test_a_test_or_a_booth_named_as_a_program_stays(text: str, name: str) -> None:
    assert name in program_names(text)
