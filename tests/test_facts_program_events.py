"""Programs and what happens at events, in sentence families written for these tests.

A festival a body holds is named in one word by what it celebrates (`송이축제`); a festival
named by its season, field or place (`여름축제`, `지역축제`) is a kind. What people do on the day
of an event, listed with what it offers (`기념사진 촬영`, `혈압 측정`), is no program.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("군은 다음 달 송이축제를 읍내 광장에서 연다.", {"송이축제"}),
        ("시는 올해 처음 별빛문화제를 개최한다.", {"별빛문화제"}),
        ("구는 가을에 열리는 한강불꽃페스티벌 준비에 들어갔다.", {"한강불꽃페스티벌"}),
        ("단오제를 시작으로 매실축제, 은어축제 등이 이어진다.", {"매실축제", "은어축제"}),
        ("시는 지역축제와 마을축제 예산을 줄였다.", set()),
        ("군은 여름축제 기간 동안 주차장을 늘린다.", set()),
        ("주민이 하나 되는 축제의 장이 열렸다.", set()),
        ("이번 축제에는 20만 명이 찾았다.", set()),
        ("시민문화제 참석자들이 거리를 행진했다.", set()),
    ],
)
def test_a_festival_named_by_what_it_celebrates_is_a_program(text: str, names: set[str]) -> None:
    assert program_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "축제장에서는 전통 떡 만들기 체험, 도자기 빚기 체험 등 다채로운 프로그램이 진행됐다.",
            set(),
        ),
        ("보건소는 금연 클리닉, 폐 기능 측정 등 다양한 프로그램을 운영한다.", {"금연 클리닉"}),
        (
            "구는 아토피 예방 교실과 피부 상태 진단 등 다양한 프로그램을 진행한다.",
            {"아토피 예방 교실"},
        ),
        (
            "박람회장에는 채용 상담관, 이력서 사진 촬영, 적성 진단 등 프로그램이 마련됐다.",
            set(),
        ),
        # one word, a kind of programme a body runs: no act of the day
        ("군은 농촌체험, 진로체험 등 체험 프로그램을 운영한다.", {"농촌체험", "진로체험"}),
    ],
)
def test_acts_done_on_the_spot_at_an_event_are_not_programs(text: str, names: set[str]) -> None:
    assert program_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("구는 ‘세계 물의 날’을 맞아 하천 정화 활동을 벌였다.", set()),
        ("군은 “바다의 날”을 기념해 해변 청소를 했다.", set()),
        ("올해는 ‘세계 물의 날’ 제정 30주년이 되는 해다.", set()),
        ("매년 5월 8일은 ‘어버이의 날’로 부모의 은혜를 기리기 위해 지정된 기념일이다.", set()),
        ("시는 매달 ‘청년 일자리 만남의 날’을 운영한다.", {"청년 일자리 만남의 날"}),
    ],
)
def test_a_day_the_body_marks_is_no_program(text: str, names: set[str]) -> None:
    assert program_names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("청은 ‘제2회 공공데이터 영상 공모전’ 시상식을 열었다.", set()),
        ("부는 ‘2025 정책 아이디어 공모전’을 개최한다.", set()),
        ("군은 ‘마을 환경 가꾸기 지원사업’ 공모를 시작했다.", {"마을 환경 가꾸기 지원사업"}),
    ],
)
def test_a_contest_for_entries_is_no_program(text: str, names: set[str]) -> None:
    assert program_names(text) == names
