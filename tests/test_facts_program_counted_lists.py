"""Lists a count closes, in sentences written for these tests. A count of programs (issue 10,
session 9): `A 등 12개 사업`, `A, B 등 6개 강좌` say the items are programs, one named as an
example too, and the list is read back over nouns that end like a particle (`순환도로,`), not
over a verb. A count that calls the items bodies, categories or criteria (session 15): `▲A센터
▲B복지관 등 3개 수행기관`, `A, B 등 8개 부문에`, `△A △B 등 4개 항목에서` are no programs."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "not_programs"),
    [
        (
            "구는 ▲해오름직업재활센터 ▲푸른길장애인자립지원센터 ▲한빛보호작업시설 등 3개 "
            "수행기관을 정해 사업을 맡긴다.",
            {"해오름직업재활센터", "푸른길장애인자립지원센터", "한빛보호작업시설"},
        ),
        (
            "올해 경진대회에는 도시경관, 관광마케팅, 노인돌봄서비스, 생활체육 등 8개 부문에 "
            "60개 시군이 응모했다.",
            {"노인돌봄서비스"},
        ),
        (
            "평가는 △민원 안내 체계 △민원상담제도 운영 △고충 처리 △만족도 등 4개 항목에서 "
            "15개 지표로 이뤄진다.",
            {"민원상담제도"},
        ),
        (
            "도는 청년마음건강센터와 여성새로일하기센터 등 2개 기관을 새로 지정했다.",
            {"청년마음건강센터", "여성새로일하기센터"},
        ),
    ],
)
def test_items_counted_as_bodies_categories_or_criteria_are_no_programs(
    text: str, not_programs: set[str]
) -> None:
    assert not program_names(text) & not_programs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a count of programs or of fields of service names programs
        ("구는 ▲경로당 건강교실 ▲치매 조기검진 등 2개 사업을 새로 연다.", "경로당 건강교실"),
        ("시는 ▲방문건강관리 ▲치매 조기검진 등 4개 분야를 맡는다.", "치매 조기검진"),
        # the program run before a list of bodies stays
        (
            "구는 장애인 희망일자리사업을 시작해 참여자를 복지관과 도서관 등 30개 기관에 배치했다.",
            "장애인 희망일자리사업",
        ),
    ],
)
def test_programs_beside_a_count_of_programs_or_of_bodies_stay(text: str, name: str) -> None:
    assert name in program_names(text)


def test_one_example_of_a_counted_group_of_projects_is_a_program() -> None:
    assert "마을 쉼터 정비" in program_names(
        "군은 올해 마을 쉼터 정비 등 12개 사업에 5억 원을 투입한다."
    )


def test_a_count_of_courses_says_the_items_are_courses() -> None:
    names = program_names("도서관은 그림책 읽기, 생활 영어 회화 등 6개 강좌를 새로 연다.")
    assert {"그림책 읽기", "생활 영어 회화"} <= names


def test_a_counted_list_reads_back_over_nouns_that_end_like_a_particle() -> None:
    names = program_names(
        "시는 읍내 순환도로, 산단 진입도로, 마을 안길 포장 등 8개 사업을 추진한다."
    )
    assert {"읍내 순환도로", "산단 진입도로", "마을 안길 포장"} <= names


def test_a_counted_list_stops_at_a_verb_before_its_comma() -> None:
    names = program_names(
        "올해 예산은 줄었으나, 읍내 순환도로, 마을 안길 포장 등 5개 사업이 반영됐다."
    )
    assert {"읍내 순환도로", "마을 안길 포장"} <= names
    assert not any("줄었으나" in name for name in names)


@pytest.mark.parametrize(
    "text",
    ["군은 체육 등 3개 사업을 추진한다.", "수강생은 그림책 읽기 등 강좌 수강료를 돌려받는다."],
)
def test_a_field_before_a_count_or_a_fee_for_courses_names_nothing(text: str) -> None:
    assert program_names(text) == set()
