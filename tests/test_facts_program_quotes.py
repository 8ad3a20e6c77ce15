"""Quoted program names whichever way the quote marks are typed, and the verbs of running more
of them (issue 10, session 6 round 2), in sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names

names_in = program_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 ’마을 새싹 지킴이‘를 양성해 골목 환경을 돌본다.", "마을 새싹 지킴이"),
        ("시는 ‘어르신 건강 나들이 프로그램‘을 운영한다고 밝혔다.", "어르신 건강 나들이 프로그램"),
        ("군은 ‘동네 책방 살리기'를 추진한다.", "동네 책방 살리기"),
        ("구는 `골목 정원 가꾸기`를 주민과 함께 운영한다.", "골목 정원 가꾸기"),
    ],
)
def test_single_quotes_close_each_other_whatever_way_they_are_typed(text: str, name: str) -> None:
    assert name in names_in(text)


def test_names_between_well_typed_quotes_are_not_joined_across_them() -> None:
    names = names_in("구는 ‘청년 쉼터’와 ‘마을 부엌’을 운영한다.")
    assert {"청년 쉼터", "마을 부엌"} <= names
    assert not any("와" in name for name in names)


def test_a_slipped_quote_around_speech_is_still_no_name() -> None:
    assert names_in("그는 ‘행정은 결국 사람이 하는 일이다‘라며 웃었다.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("맞벌이 가정을 위한 ‘온가족 돌봄 쉼터’도 40곳으로 늘어난다.", "온가족 돌봄 쉼터"),
        ("구는 ‘행복 나눔 장터’를 확대해 운영한다.", "행복 나눔 장터"),
        ("주민 참여를 넓히려 ‘이웃과 함께 걷는 길’도 병행해 추진한다.", "이웃과 함께 걷는 길"),
        ("눈여겨볼 정책은 신혼부부 임대주택 ‘새봄집’ 공급 확대다.", "새봄집"),
    ],
)
def test_a_quoted_name_is_run_more_widely(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "시는 ‘시민 안전’을 강화해 나가겠다고 밝혔다.",
        "구는 ‘주민 의견’을 통합해 살피겠다고 했다.",
    ],
)
def test_a_manner_verb_without_a_running_verb_names_nothing(text: str) -> None:
    assert names_in(text) == set()
