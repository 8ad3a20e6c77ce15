"""Korean number normalisation: table cases, round trips of every writing style, runaway guards."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreader.facts.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1만3,500", 13500),
        ("2만 2,023", 22023),
        ("2만2,023", 22023),
        ("14,000", 14000),
        ("65억", 6500000000),
        ("3천만", 30000000),
        ("1조 2천억", 1200000000000),
        ("1억5천만", 150000000),
        ("3천5백만", 35000000),
        ("1천5백6십만", 15600000),
        ("3억3천5백5십만", 335500000),
        ("6백 2십만", 6200000),
        ("3.5", 3.5),
        ("124.2", 124.2),
        ("150", 150),
        ("1,150억", 115000000000),
        ("7,500만", 75000000),
    ],
)
def test_written_numbers_normalise(written: str, value: int | float) -> None:
    assert find_numbers(written) == [(0, len(written), value)]
    assert type(parse_number(written)) is type(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("150여명", [(0, 3, 150)]),
        ("2022년 7월", [(0, 4, 2022), (6, 7, 7)]),
        ("☎061-380-3192", [(1, 4, 61)]),
        ("1, 2, 3", [(0, 1, 1), (3, 4, 2), (6, 7, 3)]),
        # a leading one left unsaid, and a bare 만 before a counter (never before an age)
        ("올해 천200명을", [(3, 7, 1200)]),
        ("약 천7백여 명", [(2, 5, 1700)]),
        ("모두 백20만명", [(3, 7, 1200000)]),
        ("나무 만 그루", []),
        ("일자리 만 개", [(4, 5, 10000)]),
        ("만 19세 이상", [(2, 4, 19)]),
        ("부천300", [(2, 5, 300)]),
        # pages spaced word by word
        ("보급 4 만대", [(3, 6, 40000)]),
        ("3 만 2150 기", [(0, 8, 32150)]),
        ("15일 만에", [(0, 2, 15)]),
        # a leading thousand spaced from its hundreds, and 여 before the myriad word
        ("관객 천 2백여 명", [(3, 7, 1200)]),
        ("약 10여만 명", [(2, 6, 100000)]),
        ("모두 30여 만 그루", [(3, 8, 300000)]),
        ("그룹 천 5개", [(5, 6, 5)]),
        ("20여 명", [(0, 2, 20)]),
        ("3년여 만에", [(0, 1, 3)]),
    ],
)
def test_numbers_in_text(text: str, expected: list[tuple[int, int, int]]) -> None:
    assert find_numbers(text) == expected


def test_out_of_order_words_are_not_a_number() -> None:
    assert parse_number("5만 5만") is None
    assert parse_number("3백2천") is None
    assert parse_number("2십5백") is None


def _group(value: int, style: int) -> str:
    """One myriad group (1..9999) as digits, digits with commas, or with 천/백 words."""
    if style == 0:
        return str(value)
    if style == 1:
        return f"{value:,}"
    thousands, rest = divmod(value, 1000)
    hundreds, rest = divmod(rest, 100)
    words = (f"{thousands}천" if thousands else "") + (f"{hundreds}백" if hundreds else "")
    return words + (str(rest) if rest else "") if words else str(value)


@st.composite
def korean_numbers(draw: st.DrawFn) -> tuple[int, str]:
    value = draw(st.integers(min_value=1, max_value=10**16 - 1))
    style = draw(st.sampled_from(["plain", "commas", "myriad"]))
    if style == "plain":
        return value, str(value)
    if style == "commas":
        return value, f"{value:,}"
    parts = []
    rest = value
    for word, scale in (("조", 10**12), ("억", 10**8), ("만", 10**4)):
        group, rest = divmod(rest, scale)
        if group:
            parts.append(_group(group, draw(st.integers(0, 2))) + word)
    if rest:
        parts.append(_group(rest, draw(st.integers(0, 2))))
    spaced = draw(st.booleans())
    return value, (" " if spaced else "").join(parts)


@pytest.mark.slow
@given(korean_numbers())
def test_every_integer_round_trips(case: tuple[int, str]) -> None:
    value, written = case
    assert find_numbers(written) == [(0, len(written), value)]


@pytest.mark.slow
@given(korean_numbers())
def test_round_trips_inside_a_sentence(case: tuple[int, str]) -> None:
    value, written = case
    text = f"구는 올해 {written}원을 투입한다."
    found = find_numbers(text)
    assert found == [(6, 6 + len(written), value)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "line",
    ["1," * 500_000, "1" * 1_000_000, "▲" * 1_000_000, "만억조" * 340_000, "1만" * 500_000],
    ids=["digits-commas", "digits", "triangles", "myriad-words", "digit-word"],
)
def test_pathological_lines_finish_fast(line: str) -> None:
    """A guard against runaway patterns, in CPU time (the slowest line takes about 0.4 s)."""
    started = time.process_time()
    find_numbers(line)
    assert time.process_time() - started < 2.0
