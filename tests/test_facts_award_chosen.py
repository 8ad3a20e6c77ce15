"""Winners chosen as the winners of a named award (`… 수상자로 선정했다`): the people or bodies
chosen, never the body that chose them. Sentences written for these tests; near-misses stay
silent."""

from __future__ import annotations

from typing import Any

import pytest

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def awards(text: str) -> list[dict[str, Any]]:
    return kind_fields(text, FactKind.AWARD, published="2025-10-02")


def who(text: str) -> set[tuple[Any, ...]]:
    return {(a.get("prize"), a.get("recipient")) for a in awards(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "누리군은 봉사활동 30년의 한가람 씨를 ‘2025 누리봉사 대상’ 수상자로 선정했다.",
            {("대상", "한가람 씨")},
        ),
        (
            "올해 다온시민상 수상자로는 문하늘 다온복지관장과 오세린 씨가 선정됐다.",
            {(None, "문하늘 다온복지관장"), (None, "오세린 씨")},
        ),
        (
            "국방부는 제7회 한빛상 수상자로 육군 제3사단 진보람 소령 등 4명을 선정했다.",
            {(None, "진보람 소령")},
        ),
        (
            "시는 직원 조회에서 가람시민대상 수상자로 선정된 김다솜 회장과 박두리 씨에게 "
            "상패를 전달했다.",
            {(None, "김다솜 회장"), (None, "박두리 씨")},
        ),
        ("적극행정 유공 훈장 수상자로는 정하나 누리시 주무관이 선정됐다.", {("훈장", "정하나")}),
    ],
)
def test_winners_chosen_for_a_named_award(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert who(text) == expected


def test_the_award_is_named_without_the_words_before_it() -> None:
    text = "국방부는 제7회 한빛상 수상자로 육군 제3사단 진보람 소령 등 4명을 선정했다."
    assert [a["name"] for a in awards(text)] == ["제7회 한빛상"]


@pytest.mark.parametrize(
    "text",
    [
        "누리시는 내년 시민대상 수상자로 김하나 씨를 선정할 예정이다.",
        "시는 다음 달까지 시민대상 수상자로 추천할 후보를 받는다.",
        # Grades per winner are no winners of one named award.
        "올해 대상 수상자로 김화랑 씨, 본상에 이솔 씨를 결정했다.",
    ],
)
def test_choices_to_come_and_grades_per_winner_name_no_chosen_winner(text: str) -> None:
    assert who(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "공로패 수상자는 김하나 주무관으로 지난 3월부터 면에서 근무했다.",
            {("공로패", "김하나 주무관")},
        ),
        (
            "올해 대상 수상자는 김하나 주무관과 박두리 씨다.",
            {("대상", "김하나 주무관"), ("대상", "박두리 씨")},
        ),
        (
            "수상자는 총 5명으로, 시장 표창 수상자 △복지과 김하나 주무관, 구청장 표창 수상자 "
            "△세무과 박두리 주무관 △총무과 최세나 주무관이다.",
            {
                ("시장 표창", "김하나 주무관"),
                ("구청장 표창", "박두리 주무관"),
                ("구청장 표창", "최세나 주무관"),
            },
        ),
        (
            "이번 수상자는 김하나(가람읍 이장)·박두리(누리면)·최세나(다온면 새마을지도자) 등 "
            "총 3명이다.",
            {(None, "김하나"), (None, "박두리"), (None, "최세나")},
        ),
        # Near-misses: what winners get, and how many there are.
        ("우수상 수상자는 상장과 장학금 30만원을 받는다.", set()),
        ("대상 수상자에게는 상금 500만원이 주어진다.", set()),
        ("수상자는 지난해보다 10명 늘어난 50명이다.", set()),
    ],
)
def test_winners_named_as_what_a_prizes_winners_are(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert who(text) == expected


def test_a_prize_told_after_the_roster_keeps_its_own_winner() -> None:
    text = "우수상 수상자는 김하나 주무관, 박두리 팀장이며 장려상은 최세나 씨가 받았다."
    assert ("장려상", "최세나 씨") in who(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "육군 7사단 서다온 원사 등 12명이 모범 부사관에게 주는 제3회 다온 상 수상자로 "
            "선정됐다.",
            {(None, "서다온 원사")},
        ),
        (
            "교통카드 환급 제도를 도입해 예산을 아낀 국토교통부 등 4개 기관도 대통령상 "
            "수상기관으로 뽑혔다.",
            {("대통령상", "국토교통부")},
        ),
        ("한빛구는 올해 다솜 청렴상 수상기관으로 선정됐다.", {(None, "한빛구")}),
        (
            "해양학교장상 수상자 이가람(24) 소위는 내년에 임관한다.",
            {("해양학교장상", "이가람 소위")},
        ),
        (
            "대상 수상자 김하늘 씨는 상금 500만원을, 최우수상 수상자 이나래 씨는 300만원을 받는다.",
            {("대상", "김하늘 씨"), ("최우수상", "이나래 씨")},
        ),
    ],
)
def test_winners_told_as_a_prizes_winning_people_or_bodies(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "올해 수상자 명단은 다음과 같다.",
        "이번 시상식의 수상자 5명은 모두 교사다.",
        "다온시는 내년부터 봉사상 수상자를 늘릴 계획이다.",
    ],
)
def test_the_word_for_winners_without_a_named_winner_is_silent(text: str) -> None:
    assert awards(text) == []
