"""Items whose place in the layout says they are programs (issue 10, session 8), in sentences
written for these tests: a list a sentence introduces as its programs, and a list item bounded by
its marks, read whole though its words carry no program word."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names as names_in


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "주요 프로그램으로는 목공 기초반, 생활 도자기, 가죽 소품 만들기 등이 있다.",
            {"목공 기초반", "생활 도자기", "가죽 소품 만들기"},
        ),
        (
            "올해 신규사업으로 예비 귀촌인 초청 축제, 빈집 수리비 지원 등 2억 원을 확보했다.",
            {"예비 귀촌인 초청 축제", "빈집 수리비 지원"},
        ),
    ],
)
def test_a_list_introduced_as_programs_names_programs_of_two_words_or_more(
    text: str, names: set[str]
) -> None:
    assert names <= names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "이 사업으로 지역 주민, 인근 상인 등이 혜택을 볼 것으로 기대된다.",
        "올해 중점 과제로는 일자리 창출, 기업 유치 등이 꼽힌다.",
    ],
)
def test_who_gains_from_a_program_or_a_list_of_goals_is_no_program(text: str) -> None:
    assert names_in(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("군은 △귀촌인의 집 수리 △귀촌 박람회 참가지원 등을 추진한다.", "귀촌인의 집 수리"),
        (
            "특화강좌가 새로 열려 △경력단절 여성의 일터 복귀 △생활 속 AI 활용 교육 등으로 "
            "확대된다.",
            "경력단절 여성의 일터 복귀",
        ),
    ],
)
def test_a_marked_item_keeps_a_noun_in_its_own_genitive(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("지난 일 년간 어르신 말벗 지원사업을 이끌었다.", "어르신 말벗 지원사업"),
        ("그간 농촌지도사업의 성과를 알렸다.", "농촌지도사업"),
        (
            "청년에게 활력을 불어넣어 줄 청년공동체 활성화 사업을 추진한다.",
            "청년공동체 활성화 사업",
        ),
        ("석 달간 자치구 치매안심센터에서 검진을 받는다.", "자치구 치매안심센터"),
        ("올해 평가에선 만성감염병 관리사업이 우수했다.", "만성감염병 관리사업"),
        ("법 개정에 따른 청소년 쉼터 확충사업을 반영했다.", "청소년 쉼터 확충사업"),
    ],
)
def test_a_span_of_time_or_a_joining_verb_before_a_name_is_no_part_of_it(
    text: str, name: str
) -> None:
    names = names_in(text)
    assert name in names
    assert not any(found != name and found.endswith(name) for found in names)


def test_the_last_marked_item_keeps_no_genitive_clause_before_its_name() -> None:
    text = (
        "구의 성과는 ▲청년 공간 조성 사업 ▲어르신 돌봄에 대응하는 구로형 돌봄지원책 "
        "▲관광산업의 활성화를 위한 야간 경관 조성사업 등 핵심 우수사례를 기반으로 달성됐다."
    )
    names = names_in(text)
    assert "관광산업의 활성화" not in names
    assert "야간 경관 조성사업" in names
