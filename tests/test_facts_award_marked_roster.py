"""Winners laid out as a marked roster: each item a prize, then its winners.

Every sentence here was written for these tests; near-misses (a list of prize kinds with sums, a
lone item, items whose words name nobody) stay silent.
"""

from __future__ import annotations

import pytest

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def winners(text: str) -> set[tuple[str | None, str | None]]:
    found = kind_fields(text, FactKind.AWARD, published="2024-10-02")
    return {(a.get("prize"), a.get("recipient")) for a in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "개인 부문은 ▲공로상 누리방송 한가람 ▲해설상 다솔방송 윤다솜 ▲작가상 "
            "최하늘(미르방송 추천) 등 9명이 받았다.",
            {("공로상", "한가람"), ("해설상", "윤다솜"), ("작가상", "최하늘")},
        ),
        (
            "올해 표창은 ▲봉사상=이가람 (복지과) 외 3명 ▲청렴상=박누리 (세무과) 외 2명으로 "
            "정해졌다.",
            {("봉사상", "이가람"), ("청렴상", "박누리")},
        ),
        (
            "대회 결과 ▲최우수상(정하나, 오다솜) ▲우수상(윤가을)이 각각 돌아갔다.",
            {("최우수상", "정하나"), ("최우수상", "오다솜"), ("우수상", "윤가을")},
        ),
        (
            "이 밖에 ▲우수상 가람초 김바다 등 12명 ▲가작 누리중 이슬비 등 30명이 상을 받았다.",
            {("우수상", "김바다"), ("가작", "이슬비")},
        ),
        (
            "구민상은 △자랑스러운 구민상(장겨울, 문하람) △어버이상(임다온)에게 돌아갔다.",
            {
                ("자랑스러운 구민상", "장겨울"),
                ("자랑스러운 구민상", "문하람"),
                ("어버이상", "임다온"),
            },
        ),
    ],
)
def test_each_marked_item_gives_its_prize_to_the_winners_after_it(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert winners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # prize kinds and their sums: a call for entries names no winner
        "시상 내역은 ▲대상 1팀 500만원 ▲최우수상 2팀 각 300만원 ▲우수상 3팀 각 100만원이다.",
        # one item is no roster
        "이어 ▲공로상 누리방송 한가람 씨에 대한 시상이 이어질 예정이다.",
        # words ending like a prize that is none, before no one
        "구는 ▲홍보영상 제작 지원 ▲가격 인상 억제 등을 추진했다.",
    ],
)
def test_lists_that_are_no_roster_of_winners_stay_silent(text: str) -> None:
    assert winners(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "평가 결과 ▲최우수상-골목 쉼터 조성(도시재생과) ▲우수상-급식 꾸러미 배달(복지정책과)"
            "·방문 건강 상담(누리구보건소) 등이 뽑혔다.",
            {("최우수상", "도시재생과"), ("우수상", "복지정책과"), ("우수상", "누리구보건소")},
        ),
        (
            "우수상은 영상 부문에서 ▲바다의 하루(한가람 등 3명) ▲골목 풍경(윤다솜 등 2명)에게 "
            "돌아갔다.",
            {("우수상", "한가람"), ("우수상", "윤다솜")},
        ),
        (
            "은상에는 △접이식 물통((주)가람테크) △자동 급식기(누리공사 외 2개사) 등이 선정됐다.",
            {("은상", "(주)가람테크"), ("은상", "누리공사")},
        ),
    ],
)
def test_the_makers_of_listed_works_in_brackets_are_the_winners(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert winners(text) == expected
