"""Festivals graded by a festival evaluation, listed per grade however the sentence runs.

Every sentence here was written for these tests; near-misses stay silent.
"""

from __future__ import annotations

from typing import Any

from govreader.model import FactKind
from tests.facts_helpers import award_winners as who
from tests.facts_helpers import kind_fields


def test_the_grade_first_then_its_festivals() -> None:
    found = who(
        "누리도는 2024년 누리도 지정축제 6개를 선정했다고 밝혔다. 우수축제로 가람포도축제와 "
        "다솜온달문화제가 선정돼 각각 상금을, 유망축제로는 한빛지용제·새봄인삼축제가 선정돼 "
        "상금을 받는다. 최우수 축제에는 ▲누리불빛축제 ▲가람재즈페스티벌 등이 선정됐다."
    )
    assert found >= {
        ("우수축제", "가람포도축제"),
        ("우수축제", "다솜온달문화제"),
        ("유망축제", "한빛지용제"),
        ("유망축제", "새봄인삼축제"),
        ("최우수 축제", "누리불빛축제"),
        ("최우수 축제", "가람재즈페스티벌"),
    }
    assert ("유망축제", "가람포도축제") not in found


def test_a_grade_told_as_what_it_counts_or_as_a_roster_line() -> None:
    found = who(
        "우수축제는 가람은어축제, 누리한우축제, 다솜커피축제 등 10개다.\n"
        "ㅇ 대표 축제(2개) : 한빛유등축제, 새봄산천어축제\n"
        "ㅇ 유망 축제(2개) : 누리다향제 녹차대축제, 가람모시문화제"
    )
    assert found >= {
        ("우수축제", "가람은어축제"),
        ("우수축제", "다솜커피축제"),
        ("대표 축제", "한빛유등축제"),
        ("대표 축제", "새봄산천어축제"),
        ("유망 축제", "누리다향제 녹차대축제"),
        ("유망 축제", "가람모시문화제"),
    }


def test_the_festivals_first_then_their_grade() -> None:
    found = who(
        "가람장류축제, 누리품바축제, 다솜왕인문화제 등 21개 축제는 유망축제로 선정됐다. "
        "이 밖에 누리 약초한방축제가 우수축제에 선정됐고, 새봄은어축제는 유망 축제로 꼽혔다."
    )
    assert found >= {
        ("유망축제", "가람장류축제"),
        ("유망축제", "다솜왕인문화제"),
        ("우수축제", "누리 약초한방축제"),
        ("유망 축제", "새봄은어축제"),
    }


def test_the_designation_named_anywhere_names_the_graded_festivals() -> None:
    awards: list[dict[str, Any]] = kind_fields(
        "문화체육관광부는 ‘2025 문화관광축제’ 40개를 선정해 발표했다. 최우수축제로는 "
        "가람들불축제와 누리다향축제 등을 선정했다.",
        FactKind.AWARD,
        published="2025-01-02",
    )
    assert {(a["prize"], a["recipient"], a["name"]) for a in awards} >= {
        ("최우수축제", "가람들불축제", "2025 문화관광축제"),
        ("최우수축제", "누리다향축제", "2025 문화관광축제"),
    }


def test_counts_plans_and_other_words_are_no_graded_festival() -> None:
    assert not who("선정 결과 대표 축제 2개, 최우수 축제 7개, 우수축제 10개 등이 됐다.")
    assert not who("도는 내년에 우수축제를 공모해 선정할 예정이다.")
    assert not who("우수축제로 선정되면 국비 1억 원과 홍보를 지원받는다.")
