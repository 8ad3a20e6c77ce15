"""Pilot tests of the facts view on narrow and wide screens: the bars per year give way before
the table's key columns (who, what award, which prize) leave the view."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot

from govreader.library import Library, import_paths, sample_articles_dir
from govreader.library.records import TABLE_KINDS
from govreader.model import Article, Fact, FactKind
from govreader.table_text import GAP, MIN_CELLS, cell_text
from govreader.tui.app import GovReaderApp
from govreader.tui.screens.facts_view import KEY_COLUMNS, FactsView

LONG_AWARD = (
    "{who}가 {organizer} 주관 ‘{name}’에서 {prize}을 받았다.",
    {
        "who": "해오름시 청년일자리지원센터 운영위원회",
        "organizer": "행정안전부",
        "name": "2024년 지방자치단체 일자리 정책 종합평가 우수사례 경진대회",
        "prize": "행정안전부장관 기관표창 최우수상",
    },
)


@pytest.fixture(scope="module")
def library_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample articles and one award whose recipient, name and prize are all long."""
    folder = tmp_path_factory.mktemp("samples") / "library"
    with Library.open(folder) as library:
        assert import_paths(library, [sample_articles_dir()], jobs=1).imported
        shape, words = LONG_AWARD
        text = shape.format(**words)
        fields = {
            "name": words["name"],
            "prize": words["prize"],
            "organizer": words["organizer"],
            "recipient": words["who"],
            "year": 2024,
        }
        fact = Fact(FactKind.AWARD, 0, len(text) - 1, text[:-1], fields)
        found = Article(text=text, title="긴 상 이름", published="2024-05-02", facts=(fact,))
        library.record("/pages/long-award.html", "hash-long-award", found)
    return folder


def visible_lines(view: FactsView) -> list[str]:
    """The grid's lines as the screen shows them: the cells left of the scroll bar."""
    grid = view.grid
    width = grid.scrollable_content_region.width
    lines = []
    for y in range(grid.size.height):
        line = "".join(segment.text for segment in grid.render_line(y).crop(0, width))
        lines.append(line.rstrip())
    return lines


def key_cells_in_view(view: FactsView) -> None:
    """Every key column's header is in view, and each of its cells whole or cut with `…`."""
    table = view.shown
    assert table is not None and len(table)
    header, *lines = visible_lines(view)
    keys = table.columns[: KEY_COLUMNS[view.kind]]
    for column in keys:
        assert column.title in header, (column.title, header)
    for index, line in enumerate(lines[: len(table)]):
        row = table.row(index)
        assert row is not None
        for column, value in zip(keys, row.cells, strict=False):
            shown = cell_text(column, value)
            assert shown in line or "…" in line, (shown, line)
        assert cell_len(line) <= view.grid.scrollable_content_region.width


def states(library_dir: Path, kind_key: str, sizes: list[tuple[int, int]]) -> list[bool]:
    """Whether the bars show at each size in turn, checking the key columns at each."""

    async def run() -> list[bool]:
        shown = []
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=sizes[0]) as pilot:
                await pilot.press("v", kind_key)
                await app.workers.wait_for_complete()
                await pilot.pause()
                view = app.screen
                assert isinstance(view, FactsView)
                for size in sizes:
                    await pilot.resize_terminal(*size)
                    await pilot.pause()
                    await pilot.pause()
                    key_cells_in_view(view)
                    shown.append(bool(view.bars.display))
        return shown

    return asyncio.run(run())


def test_at_80_columns_the_awards_bars_give_way_to_the_prize_and_come_back_wider(
    library_dir: Path,
) -> None:
    assert states(library_dir, "1", [(80, 24), (200, 50), (80, 24)]) == [False, True, False]


def test_the_amounts_keep_their_bars_at_80_columns_beside_the_sum_and_its_words(
    library_dir: Path,
) -> None:
    assert states(library_dir, "5", [(80, 24), (120, 40)]) == [True, True]


def test_kinds_without_bars_never_show_them(library_dir: Path) -> None:
    assert states(library_dir, "3", [(80, 24), (200, 50)]) == [False, False]
    assert FactKind.TARGET in KEY_COLUMNS


def test_a_wide_screen_shows_every_awards_column_cutting_long_cells(library_dir: Path) -> None:
    async def run() -> tuple[list[str], str, bool]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(200, 50)) as pilot:
                await pilot.press("v")
                await app.workers.wait_for_complete()
                await pilot.pause()
                view = app.screen
                assert isinstance(view, FactsView)
                key_cells_in_view(view)
                return visible_lines(view), view.status_bar.left, bool(view.bars.display)

    lines, status, bars = asyncio.run(run())
    header = lines[0].split()
    assert header[:3] == ["recipient", "award", "prize"] and header[-1] == "articles"
    assert "more columns" not in status and bars
    assert any(line.endswith("…") is False and "…" in line for line in lines[1:])


def test_a_column_too_narrow_to_say_anything_is_left_out_and_counted(library_dir: Path) -> None:
    """For each kind at 80 and 120 columns, no cell is cut to a stub like `d…`: a column the
    right edge leaves too few cells is blank, and the status line counts the columns not drawn
    and says a wider terminal shows them."""

    async def run() -> list[tuple[str, int, list[str], str, int]]:
        seen = []
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("v")
                for size in [(80, 24), (120, 40)]:
                    await pilot.resize_terminal(*size)
                    for number, kind in enumerate(TABLE_KINDS, start=1):
                        await pilot.press(str(number))
                        await app.workers.wait_for_complete()
                        await pilot.pause()
                        view = app.screen
                        assert isinstance(view, FactsView) and view.shown is not None
                        columns = len(view.shown.columns)
                        lines = visible_lines(view)
                        seen.append((str(kind), size[0], lines, view.status_bar.left, columns))
        return seen

    hidden_somewhere = False
    for kind, width, lines, status, columns in asyncio.run(run()):
        for line in lines:
            stubs = [cell for cell in line.split(" " * GAP) if cell.strip().endswith("…")]
            assert all(cell_len(cell.strip()) >= MIN_CELLS - 1 for cell in stubs), (kind, line)
        drawn = len([title for title in lines[0].split(" " * GAP) if title.strip()])
        if drawn < columns:
            hidden_somewhere = True
            hidden = columns - drawn
            assert f"{hidden} column{'s' if hidden > 1 else ''} hidden" in status, (kind, status)
            assert "wider terminal" in status
        else:
            assert "hidden" not in status, (kind, width, status)
    assert hidden_somewhere  # 80 columns is too narrow for some kind's table


@asynccontextmanager
async def targets_table(library_dir: Path) -> AsyncIterator[tuple[GovReaderApp, Pilot[None]]]:
    """The reader at 80x24 on the library, showing the targets' table once it is read."""
    with Library.open(library_dir) as library:
        app = GovReaderApp(library)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("v", str(TABLE_KINDS.index(FactKind.TARGET) + 1))
            await app.workers.wait_for_complete()
            yield app, pilot


def test_at_no_width_does_the_right_edge_leave_a_stub_of_a_cell(library_dir: Path) -> None:
    """Widths one cell apart put the right edge at every place in the targets' last columns."""

    async def run() -> list[str]:
        lines = []
        async with targets_table(library_dir) as (app, pilot):
            for width in range(70, 110):
                await pilot.resize_terminal(width, 24)
                await pilot.pause()
                view = app.screen
                assert isinstance(view, FactsView)
                lines += visible_lines(view)
        return lines

    for line in asyncio.run(run()):
        stubs = [cell for cell in line.split(" " * GAP) if cell.strip().endswith("…")]
        assert all(cell_len(cell.strip()) >= MIN_CELLS - 1 for cell in stubs), line


def test_the_hidden_columns_hint_and_a_sort_message_share_the_status_line_whole(
    library_dir: Path,
) -> None:
    """At 80 columns the targets hide some columns: alone, the hint says a wider terminal shows
    them; beside `sorted by …` it is the shorter `← →`, and neither is cut with `…`. At 200
    columns nothing is hidden and the message is whole."""

    async def run() -> list[str]:
        lines = []
        async with targets_table(library_dir) as (app, pilot):
            await pilot.pause()
            view = app.screen
            assert isinstance(view, FactsView)
            lines.append(view.status_bar.render().plain)
            for keys in (["s"], ["right"] * 4 + ["s"]):  # by label, then by 달성률
                await pilot.press(*keys)
                await pilot.pause()
                lines.append(view.status_bar.render().plain)
            await pilot.resize_terminal(200, 50)
            await pilot.pause()
            await pilot.pause()
            lines.append(view.status_bar.render().plain)
        return lines

    alone, by_label, by_rate, wide = asyncio.run(run())
    assert "hidden: ← → or a wider terminal" in alone
    for line, order in ((by_label, "label, ascending"), (by_rate, "달성률, descending")):
        assert "…" not in line and cell_len(line) <= 80, line
        assert "hidden: ← →" in line and line.rstrip().endswith(f"sorted by {order}"), line
    assert "hidden" not in wide and wide.rstrip().endswith("sorted by 달성률, descending")


def test_beside_a_long_message_the_hint_shortens_to_the_count(
    library_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export's `Wrote N rows to ./…` leaves the amounts' hint only `N hidden: ← →`."""
    monkeypatch.chdir(tmp_path)

    async def run() -> str:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library, export_dir=tmp_path)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("v", str(TABLE_KINDS.index(FactKind.AMOUNT) + 1))
                await app.workers.wait_for_complete()
                await pilot.pause()
                await pilot.press("e")
                await app.workers.wait_for_complete()
                await pilot.pause()
                view = app.screen
                assert isinstance(view, FactsView)
                return view.status_bar.render().plain

    line = asyncio.run(run())
    assert "…" not in line and cell_len(line) <= 80, line
    assert " hidden: ← →" in line and "columns hidden" not in line, line
    assert "Wrote " in line and line.rstrip().endswith("amount table.json"), line
