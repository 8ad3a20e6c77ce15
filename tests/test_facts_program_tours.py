"""Tours a body runs for visitors, named by their place or theme (issue 10, session 14), in
sentences written for these tests: `영월시티투어`, `원도심 골목투어`, `스탬프투어`."""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("영월군은 올해 영월시티투어 이용객 5천 명을 목표로 잡았다.", "영월시티투어"),
        ("2015년 문을 연 보령 시티투어는 주말마다 두 코스를 돈다.", "보령 시티투어"),
        ("구는 원도심 골목투어를 다시 운영한다.", "원도심 골목투어"),
        ("시는 명소 30곳을 도는 스탬프투어를 이달 다시 시작했다.", "스탬프투어"),
    ],
)
def test_a_named_tour_is_a_program(text: str, name: str) -> None:
    assert name in program_names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the kind alone, in a short word
        "시는 골목투어와 야간투어를 늘린다.",
        # a visit to a site is no program
        "참가자들은 기업 현장투어에 나섰다.",
    ],
)
def test_no_tour_program_for_a_kind_or_a_site_visit(text: str) -> None:
    assert not any(name.endswith("투어") for name in program_names(text))
