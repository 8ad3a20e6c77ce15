"""Words that end a clause are no part of a program's name (issue 10, session 14), in sentences
written for these tests: a verb made passive to describe what follows (`기금으로 세워진 사업`),
a verb joining clauses in its short form (`손을 맞춰`, `힘을 모아 이뤄`) and `후`, the time
after something."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    "text",
    [
        "주민 기금으로 세워진 사업이라 해마다 결산을 공개한다.",
        "조례로 정해진 사업만 보조금을 받을 수 있다.",
        "서류를 낸 후 사업을 시작할 수 있다.",
        "참가자는 교육을 마친 후 프로그램에 들어간다.",
        "두 기관이 보조를 맞춰 사업을 이어 간다.",
    ],
)
def test_a_clause_word_before_a_bare_head_names_nothing(text: str) -> None:
    assert program_names(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("대학생들이 팀을 이뤄 마을기록 프로젝트를 이어 간다.", "마을기록 프로젝트"),
        ("구는 신청서를 받은 후 청년 월세 지원사업 대상자를 고른다.", "청년 월세 지원사업"),
    ],
)
def test_a_name_after_a_clause_word_starts_after_it(text: str, name: str) -> None:
    assert program_names(text) == {name}
