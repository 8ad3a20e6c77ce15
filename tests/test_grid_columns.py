"""The facts view's column layout on its own (no Textual): widths fitted to the pane, the key
columns kept in view, sideways scrolling with the first column pinned, and the columns hidden."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from govreader.library.fact_columns import KEY_CELLS, Column, TableRow, table_column
from govreader.table_text import GAP, MIN_CELLS
from govreader.tui.widgets.grid_columns import CHROME_CELLS, MAX_CELLS, GridColumns

COLUMNS = [
    table_column("recipient", "recipient"),
    table_column("award", "award"),
    table_column("prize", "prize"),
    table_column("category", "category"),
    table_column("year", "year", numeric=True),
]
ROWS = [
    TableRow(("서울 성동구", "전국 지방자치단체 일자리대상 종합평가", "최우수상", "공시제", 2023)),
    TableRow(("해오름시", "청년친화 도시 평가", "우수상", None, 2024)),
]


def _laid_out(view: int, keys: int = 1, current: int = 0) -> GridColumns:
    grid = GridColumns()
    grid.key_columns = keys
    grid.measure(COLUMNS, ROWS, view, current)
    return grid


def _end(grid: GridColumns) -> int:
    return grid.offsets[-1] + grid.widths[-1]


def test_a_wide_pane_shows_every_cell_whole_and_hides_nothing() -> None:
    grid = _laid_out(200)
    assert grid.widths == grid.whole and _end(grid) <= 200
    assert grid.offsets == [sum(grid.widths[:n]) + GAP * n for n in range(len(COLUMNS))]
    assert grid.hidden(200) == 0 and not grid.wider_than(200)


@pytest.mark.parametrize("view", [30, 44, 60])
def test_a_narrow_pane_keeps_its_key_columns_in_view(view: int) -> None:
    grid = _laid_out(view, keys=3)
    assert grid.offsets[2] + grid.widths[2] <= view
    assert all(size >= MIN_CELLS for size in grid.widths[:3])
    assert grid.wider_than(view) and grid.hidden(view) >= 1


def test_moving_to_a_column_past_the_edge_scrolls_it_whole_into_view_first_column_pinned() -> None:
    grid = _laid_out(40)
    assert grid.shift == 0
    last = len(COLUMNS) - 1
    grid.follow(last, 40)
    start = grid.offsets[last] - grid.shift
    assert grid.shift > 0 and start >= grid.pinned and start + grid.widths[last] <= 40
    assert grid.column_at(grid.pinned) > 1  # the cell after the pinned one is a shifted column
    assert grid.column_at(0) == 0
    grid.follow(1, 40)
    assert grid.offsets[1] - grid.shift == grid.pinned


def test_a_column_the_edge_cuts_to_a_stub_is_blank_and_counted_hidden() -> None:
    column = Column("award", "award", ("award",))
    assert GridColumns.cell("일자리대상", 12, 12, column).rstrip() == "일자리대상"
    assert GridColumns.cell("일자리대상", 12, MIN_CELLS - 1, column) == " " * 12
    cut = GridColumns.cell("전국 지방자치단체 일자리대상", 20, 8, column)
    assert cell_len(cut) == 20 and cell_len(cut.rstrip()) <= 8 and cut.rstrip().endswith("…")


def test_cells_for_counts_whole_columns_gaps_and_chrome() -> None:
    grid = _laid_out(200)
    assert grid.cells_for(2) == min(grid.whole[0], MAX_CELLS) + grid.whole[1] + GAP + CHROME_CELLS
    assert grid.cells_for(2, most=5) == 5 + 5 + GAP + CHROME_CELLS


def test_no_columns_no_layout() -> None:
    grid = _laid_out(80)
    grid.measure((), (), 80, 0)
    assert (grid.widths, grid.offsets, grid.hidden(80), grid.wider_than(80)) == ([], [], 0, False)


def test_the_key_columns_are_cut_to_the_width_govreader_table_cuts_them_to() -> None:
    """The facts view fits a table whole by cutting its key columns to `KEY_CELLS` cells, the
    width `govreader table` keeps them at, not to a width of its own (24 beside the table's 20):
    a table that fits with its keys cut to 20 cells is shown whole, not cut by the edge."""
    rows = [TableRow(("가" * 15, "나" * 15, "다" * 15, "공시제", 2023))]
    keys = 3
    grid = GridColumns()
    grid.key_columns = keys
    grid.measure(COLUMNS, rows, 200, 0)
    assert grid.whole[:keys] == [30] * keys  # fifteen syllables each
    view = KEY_CELLS * keys + sum(grid.whole[keys:]) + GAP * (len(COLUMNS) - 1)
    grid.measure(COLUMNS, rows, view, 0)
    assert _end(grid) <= view and not grid.wider_than(view)
    assert grid.widths[:keys] == [KEY_CELLS] * keys
