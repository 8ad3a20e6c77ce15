"""Places and services a body runs, named once with no program word (issue 10, session 6), in
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_rules as programs

_RULE = "a place or service a body runs"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("구는 다음 달 1일부터 신도시 아파트 단지에 이동민원실 운영을 시작한다.", "이동민원실"),
        ("보건소는 마을회관 12곳에서 행복기억쉼터를 운영한다.", "행복기억쉼터"),
        ("센터는 어르신을 위한 찾아가는 두뇌튼튼학교 운영을 시작했다.", "두뇌튼튼학교"),
        ("군은 교통약자를 위해 행복나눔콜택시 6대 운영에 2억원을 쓴다.", "행복나눔콜택시"),
        ("수련원은 겨울방학 우주과학캠프를 운영한다.", "겨울방학 우주과학캠프"),
        ("보건소는 매주 마을을 돌며 이동금연 상담실을 운영할 계획이다.", "이동금연 상담실"),
        ("정부는 지역 청년창업학교를 확대하는 등 창업 지원을 늘린다.", "지역 청년창업학교"),
    ],
)
def test_a_named_place_a_body_runs_is_a_program(text: str, name: str) -> None:
    assert programs(text).get(name) == _RULE


@pytest.mark.parametrize(
    "text",
    [
        # the kind word alone says which place nowhere
        "구는 민원실을 오후 8시까지 운영한다.",
        "시는 경로당 30곳에 쉼터를 운영한다.",
        # schools of the school system are no program
        "재단은 시골 초등학교를 운영한다.",
        # the place is only where something is done, not what is run
        "행복기억쉼터에서 체조 교실이 열렸다.",
    ],
)
def test_no_program_where_the_place_is_not_named_or_not_run(text: str) -> None:
    assert _RULE not in set(programs(text).values())
