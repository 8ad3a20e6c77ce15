"""The bars per year beside the awards and amounts: every line's label whole, however narrow."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from govreader.library.fact_columns import Year
from govreader.tui.widgets.year_bars import short_amount, year_lines

YEARS = [Year(2023, 3, 1_880_000_000_000), Year(2024, 2, 25_300_000_000), Year(2025, 9, 18.519e12)]


@pytest.mark.parametrize(
    ("value", "compact", "label"),
    [
        (18.519e12, False, "18조 5,190억"),
        (18.519e12, True, "19조"),
        (1_225_000_000_000, True, "1조"),
        (25_300_000_000, True, "253억"),
        (80_000_000, True, "8,000만"),
    ],
)
def test_a_sum_reads_to_its_largest_units(value: float, compact: bool, label: str) -> None:
    assert short_amount(value, compact) == label


@pytest.mark.parametrize("width", [18, 24, 30, 40])
def test_every_sum_is_labelled_whole_beside_a_bar_at_any_width(width: int) -> None:
    lines = year_lines(YEARS, money=True, width=width).plain.splitlines()
    assert len(lines) == len(YEARS)
    for line in lines:
        assert cell_len(line) <= width, (line, width)
        year, *_, label = line.split(" ")
        assert year.isdigit() and label[-1] in "조억만", line
    largest = lines[-1]
    assert largest.count("█") >= 3  # the bar is drawn, not squeezed to nothing by the label


def test_a_wide_pane_keeps_the_finer_labels() -> None:
    assert year_lines(YEARS, money=True, width=40).plain.splitlines()[-1].endswith("18조 5,190억")
