"""Session 10, second precision round: a list of activities closed by 등 that the phrase read back
from a people word ran into (`노래자랑 등 지역 주민들`). The list is what a program offers or a
campaign asks for, not who the people are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import audience_texts

found = audience_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("구는 야간 강좌, 주말 체험 등 직장인을 위한 프로그램을 늘린다.", ["직장인"]),
        ("시는 방문 상담, 건강 체크 등 홀몸 어르신을 위한 서비스를 제공한다.", ["홀몸 어르신"]),
        ("축제는 줄다리기, 노래자랑 등 지역 주민들을 위한 행사로 꾸며진다.", ["지역 주민들"]),
        # What is left is a bare word for everyone, so nothing is kept.
        ("센터에는 서예교실, 요가교실 등 주민들이 참여할 수 있는 강좌가 마련되어 있다.", []),
        ("소식지에는 낱말 퀴즈, 사진 공모 등 시민 누구나 참여할 수 있는 코너가 실린다.", []),
    ],
)
def test_things_listed_before_people_are_not_their_name(text: str, expected: list[str]) -> None:
    assert found(text) == expected, found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of people before 등 is part of the group.
        (
            "시는 기초생활수급자 등 저소득층을 대상으로 난방비를 지원한다.",
            "기초생활수급자 등 저소득층",
        ),
        # The list is the argument of the clause that qualifies the people.
        (
            "구는 질병, 실직 등 여러 사유로 끼니를 거르는 아동에게 도시락을 지원한다.",
            "질병, 실직 등 여러 사유로 끼니를 거르는 아동",
        ),
        # A count after 등 sums up the members listed before it.
        ("도는 춘천시, 원주시 등 7개 시군을 대상으로 사업을 추진한다.", "원주시 등 7개 시군"),
    ],
)
def test_people_lists_clauses_and_counts_stay(text: str, expected: str) -> None:
    assert expected in found(text), found(text)
