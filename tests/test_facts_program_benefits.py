"""A sum a body pays towards a cost or an occasion is a benefit it runs, as 장려금 and 수당 are
(issue 10, session 15), in sentences written for these tests: `출산축하금`, `빈집수리비`,
`난임시술비`."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("군은 셋째 아이부터 출산축하금 300만원을 준다.", "출산축하금"),
        ("귀촌 가구에는 빈집수리비를 최대 500만원까지 지원한다.", "빈집수리비"),
        ("시는 소득 기준을 없애 난임시술비 지원 대상을 넓혔다.", "난임시술비"),
    ],
)
def test_a_sum_paid_towards_a_cost_or_an_occasion_is_a_benefit(text: str, name: str) -> None:
    assert any(name in found for found in program_names(text))


@pytest.mark.parametrize(
    "text",
    [
        # a bare sum with nothing that says what it pays for
        "축하금은 계좌로 입금된다.",
        "수리비는 업체가 먼저 부담한다.",
    ],
)
def test_a_bare_sum_is_no_program(text: str) -> None:
    assert program_names(text) == set()
