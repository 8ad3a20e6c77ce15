"""Words that end a clause are no part of a program's name (issue 10, session 14), in sentences
written for these tests: a verb made passive to describe what follows (`기금으로 세워진 사업`),
a verb joining clauses in its short form (`손을 맞춰`, `힘을 모아 이뤄`) and `후`, the time
after something; a term being defined (`…조합이란`), a short adjective (`효과가 큰`), and a
pointer to the rest (`나머지 사업`), session 15."""

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
        "주민협동조합이란 도시재생사업으로 지은 시설을 돌보는 조합이다.",
        "구는 일부 참여자를 직접 뽑고, 나머지 사업은 위탁기관이 맡는다.",
    ],
)
def test_a_clause_word_before_a_bare_head_names_nothing(text: str) -> None:
    assert program_names(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "파급 효과가 큰 핵심 투자 사업과 소상공인 경영 안정 등 주요 시책 사업의 집행을 점검했다.",
        "효과가 큰 주요 투자 사업과 서민 생활 안정 등 주요 시책 사업을 살폈다.",
    ],
)
def test_a_short_adjective_opens_no_listed_name(text: str) -> None:
    assert not any(name.startswith("큰 ") for name in program_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("대학생들이 팀을 이뤄 마을기록 프로젝트를 이어 간다.", "마을기록 프로젝트"),
        ("구는 신청서를 받은 후 청년 월세 지원사업 대상자를 고른다.", "청년 월세 지원사업"),
        ("효과가 큰 골목상권 배달앱 지원사업을 늘린다.", "골목상권 배달앱 지원사업"),
    ],
)
def test_a_name_after_a_clause_word_starts_after_it(text: str, name: str) -> None:
    assert program_names(text) == {name}
