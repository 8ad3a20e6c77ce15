"""A named prize's winners listed per category, one person each (`군민상`, `문화상` rosters).

Every sentence here was written for these tests; near-misses stay silent or are left to the
graded shapes.
"""

from __future__ import annotations

from typing import Any

import pytest

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def awards(text: str) -> list[dict[str, Any]]:
    return kind_fields(text, FactKind.AWARD, published="2024-10-02")


def winners(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(a.get("category"), a["recipient"], a.get("prize")) for a in awards(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "다솔군은 제15회 군민의 날을 맞아 군민상 수상자를 선정했다. 문화부문에는 가람면 "
            "박하늘, 봉사부문 누리읍 김다솜, 효행부문에는 미르리에서 부모를 모셔 온 최누리 씨가 "
            "선정됐다.",
            {("문화부문", "박하늘"), ("봉사부문", "김다솜"), ("효행부문", "최누리 씨")},
        ),
        (
            "심사위원회는 제21회 누리시민대상 후보자를 심의해 ▲교육부문(가람동 이가람), "
            "▲체육부문(다솔동 정하나) 등 2개 부문의 수상자를 선정했다.",
            {("교육부문", "이가람"), ("체육부문", "정하나")},
        ),
        (
            "한빛시 문화상 올해 수상자는 ▲학술 부문 윤가을 교수(58) ▲예술 부문 "
            "장겨울 화가(63) 등 2명이다.",
            {
                ("학술 부문", "윤가을 교수"),
                ("예술 부문", "장겨울 화가"),
            },
        ),
    ],
)
def test_a_named_prizes_winners_are_read_category_by_category(
    text: str, expected: set[tuple[str, str]]
) -> None:
    found = winners(text)
    assert {(category, who) for category, who, _ in found} == expected
    assert all(prize is None for _, _, prize in found)


def test_the_prize_named_in_the_roster_sentence_names_the_awards() -> None:
    found = awards(
        "심사위원회는 제21회 누리시민대상 후보자를 심의해 ▲교육부문(가람동 이가람), "
        "▲체육부문(다솔동 정하나) 등 2개 부문의 수상자를 선정했다."
    )
    assert {a.get("name") for a in found} == {"제21회 누리시민대상"}


@pytest.mark.parametrize(
    "text",
    [
        # bodies per category, with a grade: the graded shapes read them, not as persons
        "행정혁신부문에 다솔시, 문화관광부문에 누리군이 각각 대상을 받았다.",
        # bodies per category with no grade: no persons
        "행정혁신부문에 한빛시, 문화관광부문에 남원군이 선정됐다.",
        # one item is no roster
        "문화부문에는 가람면 박하늘 씨가 추천됐다.",
        # categories and counts of candidates, no winner named
        "후보자는 문화부문 3명, 봉사부문 4명 등 모두 7명이 추천됐다.",
    ],
)
def test_bodies_single_items_and_counts_are_no_roster(text: str) -> None:
    assert not any(a.get("prize") is None and a.get("category") for a in awards(text))


def test_a_roster_for_no_named_prize_is_no_award() -> None:
    found = awards(
        "다솔군은 마을 강사 공개모집을 마쳤다. 심사 결과 문화부문 가람면 박하늘, 체육부문 "
        "누리면 김다솜 씨가 선정됐다."
    )
    assert not any(a.get("category") for a in found)


def test_names_alone_after_an_item_share_its_category_and_the_articles_prize() -> None:
    found = awards(
        "올해로 12회를 맞는 누리군민상은 군의 가장 큰 포상이다. 부문별 수상자로는 "
        "문화부문에 다솔구 정가람, 가람면 최경구, 봉사부문에 미르면 한누리, 누리읍 오다솜으로 "
        "선정되었다."
    )
    assert {(a.get("category"), a["recipient"]) for a in found} == {
        ("문화부문", "정가람"),
        ("문화부문", "최경구"),
        ("봉사부문", "한누리"),
        ("봉사부문", "오다솜"),
    }
    assert {a.get("name") for a in found} == {"누리군민상"}


def test_categories_marked_with_an_equals_sign_or_a_colon() -> None:
    """`▲문화예술=A(…)`, `봉사분야 : B, C ▷ 공익분야 : D`, `△농가 부문=E(…),F(…)`: a named prize's
    winners per category after an equals sign or a colon, a line of such categories a roster of
    its own; a line of a contest's grades (`▲가작(학장상) △운문=A`) is left to the graded shapes."""
    text = (
        "제9회 가람시민상 수상자는 ▲문화예술=김하나(가람문화원 이사장) "
        "▲사회봉사=박두리(농업) 등 2명이다."
    )
    assert {w[1] for w in winners(text)} == {"김하나", "박두리"}
    text = (
        "부문별 가람시민상 수상자는 다음과 같다.\n"
        "= 사회공익상 부문 ▷ 봉사분야 : 김하나, 박두리 ▷ 공익분야 : 이세나,"
    )
    assert {w[1] for w in winners(text)} == {"김하나", "박두리", "이세나"}
    text = "▲가작(학장상) △운문=김하나(가람중 3), 박두리(누리고 1) △산문=이세나(다온중 2)"
    assert all(a.get("prize") for a in awards(text))
