"""A program told twice in another form is one program, named in full (issue 10, session 15), in
sentences written for these tests: spaced another way (`청년 창업 지원사업` after `2027년
청년창업 지원사업`), with a bare program word after its own name (`‘꿈나래’` then `꿈나래
프로그램`), or told short with words left out (`하반기 방문강좌` after `2027년 하반기 찾아가는
방문강좌`)."""

from __future__ import annotations

import pytest

from govreader.model import FactKind
from tests.facts_helpers import kind_fields


def _names(text: str) -> set[str]:
    return {fields["name"] for fields in kind_fields(text, FactKind.PROGRAM)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "군은 올해도 청년 창업 지원사업을 잇는다. 군은 ‘2027년 청년창업 지원사업’ 참여자를 "
            "모집한다.",
            "2027년 청년창업 지원사업",
        ),
        (
            "구는 ‘꿈나래’를 연다. ‘꿈나래’는 청소년이 기획한 축제다. 구는 해마다 꿈나래 "
            "프로그램을 키운다.",
            "꿈나래",
        ),
        (
            "군은 ‘2027년 하반기 찾아가는 방문강좌’ 모임을 모집했다. 하반기 방문강좌는 9월부터 "
            "운영된다.",
            "2027년 하반기 찾아가는 방문강좌",
        ),
    ],
)
def test_a_program_told_twice_is_named_once(text: str, name: str) -> None:
    assert _names(text) == {name}


def test_two_programs_with_one_head_stay_two() -> None:
    text = "구는 청년 취업 지원사업과 2027년 청년 주거 취업 지원사업을 함께 운영한다."
    assert _names(text) == {"청년 취업 지원사업", "청년 주거 취업 지원사업"}
