"""Programs and what happens at events, in sentence families written for these tests.

A festival a body holds is named in one word by what it celebrates (`송이축제`); a festival
named by its season, field or place (`여름축제`, `지역축제`) is a kind.
"""

from __future__ import annotations

import pytest

from tests.facts_helpers import program_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("군은 다음 달 송이축제를 읍내 광장에서 연다.", {"송이축제"}),
        ("시는 올해 처음 별빛문화제를 개최한다.", {"별빛문화제"}),
        ("구는 가을에 열리는 한강불꽃페스티벌 준비에 들어갔다.", {"한강불꽃페스티벌"}),
        ("단오제를 시작으로 매실축제, 은어축제 등이 이어진다.", {"매실축제", "은어축제"}),
        ("시는 지역축제와 마을축제 예산을 줄였다.", set()),
        ("군은 여름축제 기간 동안 주차장을 늘린다.", set()),
        ("주민이 하나 되는 축제의 장이 열렸다.", set()),
        ("이번 축제에는 20만 명이 찾았다.", set()),
        ("시민문화제 참석자들이 거리를 행진했다.", set()),
    ],
)
def test_a_festival_named_by_what_it_celebrates_is_a_program(text: str, names: set[str]) -> None:
    assert program_names(text) == names
