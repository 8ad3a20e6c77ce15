"""Notes in brackets inside and after listed items (issue 10, session 9), in sentences written
for these tests: a note with more of the name after it belongs to the name, a note after an item
(who runs it, where, how often) is no part of the work the item names."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names as names_in


def test_a_marked_item_goes_on_after_a_note_inside_it() -> None:
    text = (
        "주요 신규사업은 △마을 공유주방 운영 △보행육교(구름다리) 정비사업 △청년 쉼터 설치 등이다."
    )
    assert "보행육교(구름다리) 정비사업" in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "군은 △체육관 건립(30억원) 추진 △도서관 리모델링(5억원) 등을 추진한다.",
        "군은 △체육관 건립(2곳) 추진 △도서관 리모델링 등을 추진한다.",
    ],
)
def test_a_note_of_figures_inside_a_marked_item_stays_a_note(text: str) -> None:
    assert "체육관 건립" in names_in(text)


def test_items_of_a_run_list_are_work_though_a_note_of_who_runs_them_follows() -> None:
    text = (
        "방학을 맞아 도자기 만들기(문화재단), 별자리 체험(과학관), 전통놀이 체험(복지관) 등을 "
        "운영한다."
    )
    assert {"도자기 만들기", "별자리 체험", "전통놀이 체험"} <= names_in(text)


def test_introduced_budget_lines_keep_a_note_inside_them() -> None:
    text = (
        "주요사업으로는 읍내 진입도로 개설 4억원, 둘레길 정비(12km) 2억원, "
        "군도7호(장터~역전간) 보도 설치 3억원이다."
    )
    assert {
        "읍내 진입도로 개설",
        "둘레길 정비(12km)",
        "군도7호(장터~역전간) 보도 설치",
    } <= names_in(text)


def test_who_runs_a_listed_item_is_no_program_of_its_own() -> None:
    names = names_in("도자기 만들기(문화재단), 별자리 체험(과학관) 등을 운영한다.")
    assert not {"문화재단", "과학관"} & names
