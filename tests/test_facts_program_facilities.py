"""Facilities a body builds or opens, named with the work (issue 10, session 6), in sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_rules as programs

_RULE = "a facility built or opened"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "군은 주민 체육을 위해 연면적 3000㎡ 규모의 군민체육관 건립도 추진한다.",
            "군민체육관 건립",
        ),
        ("구는 공약사업인 노인복지관 건립을 위해 10억원을 먼저 확보했다.", "노인복지관 건립"),
        (
            "도는 옛 전시관 공간을 살려 어린이 숲 생태체험관을 조성할 예정이다.",
            "어린이 숲 생태체험관",
        ),
        ("의원은 소방학교 남부캠퍼스 건립 추진을 물었다.", "소방학교 남부캠퍼스 건립"),
    ],
)
def test_a_facility_named_with_its_building_is_a_project(text: str, name: str) -> None:
    found = programs(text)
    assert found.get(name) == _RULE


@pytest.mark.parametrize(
    "text",
    [
        # the facility's kind alone says which facility nowhere
        "시는 센터 건립을 추진한다.",
        # a ceremony for the finished building, not the work
        "군은 행복아동센터 완공식을 열었다.",
        # a rate of the work done
        "공원 조성률은 80%다.",
    ],
)
def test_no_project_where_the_facility_or_the_work_is_not_named(text: str) -> None:
    assert _RULE not in set(programs(text).values())
