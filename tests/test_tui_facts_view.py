"""Pilot tests of the facts view (`v`) over a library of the bundled sample articles: switching
views and kinds, sorting, grouping, opening the article at a fact and coming back."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from govreader.fact_text import KIND_LABELS
from govreader.library import Library, LibraryError, ListQuery
from govreader.model import FactKind
from govreader.table_text import GAP, cell_text
from govreader.tui.app import PREPARE_AFTER_S, GovReaderApp
from govreader.tui.screens.facts_view import FactsView
from govreader.tui.screens.help import HelpScreen
from govreader.tui.widgets.fact_grid import MAX_CELLS, FactGrid
from govreader.tui.widgets.kind_bar import KindBar
from govreader.tui.widgets.year_bars import NO_YEARS


@pytest.fixture
def library(library_dir: Path) -> Iterator[Library]:
    with Library.open(library_dir) as opened:
        yield opened


def synchronously(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def open_view(app: GovReaderApp, pilot: Any) -> FactsView:
    await pilot.press("v")
    await app.workers.wait_for_complete()
    await pilot.pause()
    view = app.screen
    assert isinstance(view, FactsView)
    return view


async def open_empty_view(app: GovReaderApp, pilot: Any) -> FactsView:
    """The facts view under a filter that no article matches: an empty table."""
    app.main_screen.set_query(ListQuery(text="말도 안 되는 검색어"))
    view = await open_view(app, pilot)
    shown = view.shown
    assert shown is not None and not len(shown)
    return view


def grid_text(view: FactsView) -> list[str]:
    grid = view.grid
    return [
        "".join(segment.text for segment in grid.render_line(y)).rstrip()
        for y in range(grid.size.height)
    ]


@synchronously
async def test_v_switches_to_the_awards_table_and_back_keeping_the_list(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("down")
        cursor = app.main_screen.article_list.cursor
        view = await open_view(app, pilot)
        expected = library.fact_table(FactKind.AWARD)
        assert view.kind is FactKind.AWARD and len(view.shown or []) == len(expected)
        lines = grid_text(view)
        assert lines[0].split()[:3] == ["recipient", "award", "prize"]
        assert expected.rows()[0].cells[0] in lines[1]
        assert "Awards" in view.status_bar.left
        await pilot.press("v")
        assert not isinstance(app.screen, FactsView)
        assert app.main_screen.article_list.cursor == cursor


@synchronously
async def test_number_keys_and_tab_pick_the_kind_with_its_columns(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        for key, kind, first in (
            ("2", FactKind.PROGRAM, "program"),
            ("5", FactKind.AMOUNT, "amount"),
        ):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert view.kind is kind
            assert grid_text(view)[0].split()[0] == first
            assert len(view.shown or []) == len(library.fact_table(kind))
        assert view.bars.display  # amounts have bars per year
        await pilot.press("tab")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.kind is FactKind.AWARD and view.bars.display
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not view.bars.display


@synchronously
async def test_a_click_on_a_kind_tab_shows_that_kind(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        tabs = "".join(segment.text for segment in view.kinds.render_line(0))
        label = KIND_LABELS[FactKind.AMOUNT]
        await pilot.click(KindBar, offset=(tabs.index(label), 0))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.kind is FactKind.AMOUNT and view.kinds.kind is FactKind.AMOUNT
        assert grid_text(view)[0].split()[0] == "amount"
        assert label in view.status_bar.left


@synchronously
async def test_a_cell_the_right_edge_cuts_shows_the_cut(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_view(app, pilot)
        table = view.shown
        assert table is not None and len(table)
        header, *lines = grid_text(view)[: len(table) + 1]
        whole = [c.title in header for c in table.columns]
        assert not all(whole)  # some columns are out of view
        in_view = whole.index(False) + header.endswith("…")  # and the one the edge cuts
        for index, line in enumerate(lines):
            row = table.row(index)
            assert row is not None
            cells = zip(table.columns[:in_view], row.cells[:in_view], strict=True)
            for column, value in cells:
                shown = cell_text(column, value)
                # whole, or cut where the line says so: never a word's start passed off as it
                cut = [cell for cell in line.split(" " * GAP) if cell.strip().endswith("…")]
                assert (
                    shown in line
                    or line.endswith("…")
                    or any(shown.startswith(cell.strip()[:-1]) for cell in cut)
                ), (shown, line)
        status = view.status_bar.left
        assert "columns hidden" in status and "wider terminal" in status
        await pilot.resize_terminal(240, 40)  # every column in view now
        await pilot.pause()
        assert "hidden" not in view.status_bar.left
        assert all(column.title in grid_text(view)[0] for column in table.columns)


@synchronously
async def test_s_sorts_by_the_current_column_and_again_reverses(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("s")  # the first column: recipient, A to Z
        table = view.shown
        assert table is not None and table.sort_column == "recipient" and not table.descending
        names = [row.cells[0] for row in table.rows() if row.cells[0] is not None]
        assert names == sorted(names)
        await pilot.press("s")
        names = [row.cells[0] for row in table.rows() if row.cells[0] is not None]
        assert names == sorted(names, reverse=True)
        assert "recipient ▼" in grid_text(view)[0]


@synchronously
async def test_a_header_click_sorts_by_that_column(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(160, 40)) as pilot:
        view = await open_view(app, pilot)
        header = grid_text(view)[0]
        await pilot.click(FactGrid, offset=(1 + header.index("year") + 1, 1))
        table = view.shown
        assert table is not None and table.sort_column == "year" and table.descending
        years = [row.cells[5] for row in table.rows() if row.cells[5] is not None]
        assert years == sorted(years, reverse=True)


@synchronously
async def test_F_groups_by_the_column_with_counts_and_enter_shows_a_groups_rows(
    library: Library,
) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        everything = view.shown
        assert everything is not None
        await pilot.press("F")
        grouped = view.shown
        assert grouped is not None and grouped.grouped_by is not None
        assert grouped.grouped_by.name == "recipient"
        assert sum(row.cells[1] for row in grouped.rows()) == len(everything)
        first = grouped.rows()[0]
        await pilot.press("enter")
        rows = view.shown
        assert rows is not None and len(rows) == first.cells[1]
        assert {row.cells[0] for row in rows.rows()} == {first.cells[0]}
        await pilot.press("escape")
        assert view.shown is grouped
        await pilot.press("escape")
        assert view.shown is everything
        await pilot.press("escape")
        assert not isinstance(app.screen, FactsView)


@synchronously
async def test_enter_opens_the_article_at_the_fact_and_escape_comes_back_to_the_row(
    library: Library,
) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("2", "down", "down")
        await app.workers.wait_for_complete()
        await pilot.pause()
        cursor = view.grid.cursor
        row = view.grid.current
        assert row is not None and cursor == 2
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FactsView)
        assert app.main_screen.stored is not None and app.main_screen.stored.id == row.article_id
        reader = app.main_screen.reader
        assert reader.current_fact is not None
        fact = reader.document.facts[reader.current_fact]
        assert (fact.start, fact.end) == (row.start, row.end)
        assert fact.kind is FactKind.PROGRAM
        assert app.focused is reader
        said = app.main_screen.status_bar.right
        assert said.startswith("program "), said
        assert app.main_screen.key_bar.render().plain.startswith(" esc Table "), "says the way back"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is view and view.kind is FactKind.PROGRAM
        assert view.grid.cursor == cursor


@synchronously
async def test_the_view_follows_the_lists_filter(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        source = next(
            s
            for s in library.source_tally()[0]
            if library.fact_table(FactKind.PROGRAM, ListQuery(source=s)).rows()
        )
        app.main_screen.set_query(ListQuery(source=source))
        view = await open_view(app, pilot)
        await pilot.press("2")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = view.shown
        assert shown is not None
        expected = library.fact_table(FactKind.PROGRAM, ListQuery(source=source))
        assert len(shown) == len(expected) < len(library.fact_table(FactKind.PROGRAM))
        assert f"from {source}" in view.status_bar.left


@synchronously
async def test_the_readers_fact_keys_do_nothing_in_the_view(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_view(app, pilot)
        shown = app.main_screen.stored
        await pilot.press("t", "right_square_bracket", "slash")
        assert isinstance(app.screen, FactsView)
        assert app.main_screen.stored is shown and app.main_screen.reader.current_fact is None
        await pilot.press("question_mark")  # the help over the view: still not the reader's keys
        assert not isinstance(app.screen, FactsView)
        await pilot.press("t", "right_square_bracket")
        assert app.main_screen.reader.current_fact is None
        await pilot.press("escape")
        assert isinstance(app.screen, FactsView)


@synchronously
async def test_messages_said_over_the_view_show_on_its_status_line(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("ctrl+t")  # the app's own message: the theme's name
        assert view.status_bar.right == f"theme: {app.theme}"
        app.notify("a file was written", severity="warning")
        assert view.status_bar.right == "a file was written"
        assert view.status_bar.severity == "warning"
        app.main_screen.set_message("2 new articles")  # the main screen's, said behind the view
        assert view.status_bar.right == "2 new articles"
        await pilot.press("question_mark")  # a dialog over the view: still the view's line
        app.notify("said over the help")
        assert view.status_bar.right == "said over the help"


@synchronously
async def test_a_table_that_cannot_be_read_says_why_in_the_view(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise LibraryError("the library is locked")

    monkeypatch.setattr(library, "fact_table", broken)
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        assert "the library is locked" in view.status_bar.right
        assert view.status_bar.severity == "error"
        assert any("the library is locked" in line for line in grid_text(view))
        assert not any("reading the" in line for line in grid_text(view))


@synchronously
async def test_s_says_the_order_and_moving_keeps_it_said(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert view.status_bar.right == "sorted by recipient, ascending"
        cursor = view.grid.cursor
        await pilot.press("up" if cursor else "down")
        await pilot.pause()
        assert view.status_bar.right == "sorted by recipient, ascending"
        moved = cursor if cursor else cursor + 2
        assert view.status_bar.left.startswith(f"{KIND_LABELS[FactKind.AWARD]} · {moved}/")
        await pilot.press("2")  # another kind: what was said of the last one goes
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.status_bar.right == ""


@synchronously
async def test_grouping_and_going_back_clear_the_order_said_of_other_rows(
    library: Library,
) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("s")
        assert view.status_bar.right.startswith("sorted by")
        await pilot.press("F")  # the groups are in an order of their own
        assert view.status_bar.left.split(" · ")[-1].startswith("by ")
        assert view.status_bar.right == ""
        await pilot.press("s")
        assert view.status_bar.right.startswith("sorted by")
        await pilot.press("enter")  # one group's rows
        assert view.status_bar.right == ""
        await pilot.press("s")
        assert view.status_bar.right.startswith("sorted by")
        await pilot.press("escape")
        assert view.status_bar.right == ""


@synchronously
async def test_an_article_key_in_the_view_says_where_it_works(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_view(app, pilot)
        for key, label in (("u", "u"), ("slash", "/"), ("right_square_bracket", "]"), ("b", "b")):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, FactsView)
            assert view.status_bar.right.startswith(f"{label} "), (key, view.status_bar.right)
            assert "enter" in view.status_bar.right or "v" in view.status_bar.right
        await pilot.press("slash")
        assert "filter" in view.status_bar.right


@synchronously
async def test_help_over_the_view_lists_the_views_keys_first(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_view(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        headings = [line for line in app.screen.body.plain.splitlines() if line[:1].strip()]
        assert headings[0] == "Facts view (v)", headings
        everywhere = app.screen.body.plain.split("Everywhere\n")[1].split("\n\n")[0]
        assert "Quit" in everywhere and "Next fact" not in everywhere, everywhere
        assert "Articles view" in headings


@synchronously
async def test_a_description_the_help_box_wraps_goes_on_under_itself(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_view(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.query_one("#help-text")
        lines = [
            "".join(segment.text for segment in shown.render_line(y)).rstrip()
            for y in range(shown.size.height)
        ]
        assert all(cell_len(line) <= shown.size.width for line in lines)
        keyed = [n for n, line in enumerate(lines) if line.startswith("  e  ")]
        assert keyed, lines  # the export key's description is longer than the box
        first = lines[keyed[0]]
        column = len(first) - len(first[2:].lstrip("e").lstrip(" "))  # where descriptions start
        follow = lines[keyed[0] + 1]
        assert follow[:column].isspace() and follow[column] != " ", (first, follow)


@synchronously
async def test_a_wide_screen_shows_long_cells_whole_when_the_table_fits(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(200, 50)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("4")  # audiences: long descriptions of who a program is for
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = view.shown
        assert table is not None and len(table)
        rows = [table.row(index) for index in range(len(table))]
        longest = [
            max(cell_len(cell_text(column, row.cells[i])) for row in rows if row is not None)
            for i, column in enumerate(table.columns)
        ]
        assert max(longest) > MAX_CELLS  # some cell is longer than a column's usual width
        assert sum(longest) + GAP * len(longest) + 4 < view.grid.size.width  # yet all fit
        lines = grid_text(view)[1 : len(table) + 1]
        for row, line in zip(rows, lines, strict=True):
            assert row is not None
            for column, value in zip(table.columns, row.cells, strict=True):
                assert cell_text(column, value) in line, (column.title, line)


@synchronously
async def test_the_palette_over_the_view_offers_its_kinds_sort_and_group(
    library: Library,
) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("ctrl+p", *"amounts")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is view and view.kind is FactKind.AMOUNT
        await pilot.press("ctrl+p", *"group by")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is view
        assert view.shown is not None and view.shown.grouped_by is not None


@synchronously
async def test_an_empty_table_under_a_filter_names_it_and_the_way_out(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_empty_view(app, pilot)
        said = next(line for line in grid_text(view)[1:] if line.strip())
        assert "말도 안 되는 검색어" in said and "x" in said, said
        assert "more columns" not in view.status_bar.left


@synchronously
async def test_bars_with_no_year_to_count_say_so(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.main_screen.set_query(ListQuery(text="말도 안 되는 검색어"))
        view = await open_view(app, pilot)
        assert view.bars.display
        drawn = "".join(segment.text for segment in view.bars.render_line(0))
        assert NO_YEARS in drawn, drawn
        app.main_screen.set_query(ListQuery())
        await pilot.press("v", "v")  # back with every article
        await app.workers.wait_for_complete()
        await pilot.pause()
        drawn = "".join(segment.text for segment in view.bars.render_line(0))
        assert NO_YEARS not in drawn and any(block in drawn for block in "█▉▊▋▌▍▎▏"), drawn


@synchronously
async def test_the_group_of_rows_without_a_value_says_so(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("3")  # targets: some have no label
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        grouped = view.shown
        assert grouped is not None and grouped.grouped_by is not None
        values = [row.cells[0] for row in grouped.rows()]
        assert None in values
        line = grid_text(view)[1 + values.index(None)]
        assert line.startswith("(none)"), line


def test_an_article_removed_in_the_articles_view_leaves_the_table(
    library_dir: Path, tmp_path: Path
) -> None:
    import shutil

    folder = tmp_path / "library"
    shutil.copytree(library_dir, folder)

    async def run() -> None:
        with Library.open(folder) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(120, 40)) as pilot:
                view = await open_view(app, pilot)
                await pilot.press("2")
                await app.workers.wait_for_complete()
                await pilot.pause()
                before = view.shown
                assert before is not None and len(before)
                row = before.row(0)
                assert row is not None and row.article_id is not None
                await pilot.press("v")
                app.main_screen.remove_article(row.article_id)
                await pilot.pause()
                view = await open_view(app, pilot)
                after = view.shown
                assert after is not None and len(after) < len(before)
                ids = {r.article_id for r in after.rows()}
                assert row.article_id not in ids

    asyncio.run(run())


@synchronously
async def test_a_groups_rows_name_the_group_in_the_status_line(library: Library) -> None:
    """Enter on a group shows its rows; the status line says which group (`recipient 성동구`),
    not just "one group", and so does the word on leaving the table."""
    app = GovReaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_view(app, pilot)
        await pilot.press("F")
        grouped = view.shown
        assert grouped is not None
        name = grouped.rows()[0].cells[0]
        await pilot.press("enter")
        await pilot.pause()
        left = view.status_bar.left
        assert left.startswith("Awards · 1/") and f"recipient {name} · escape: all" in left, left
        assert view.left_as().endswith(f"still showing recipient {name}"), view.left_as()


@synchronously
async def test_an_empty_table_counts_no_rows_and_is_not_grouped(library: Library) -> None:
    """An empty table says `0 rows` (not `0/0`, as the list says `0 of 12`), and `F` there says
    there is nothing to group instead of turning the nothing into a grouped nothing."""
    app = GovReaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_empty_view(app, pilot)
        shown = view.shown
        assert view.status_bar.left.startswith("Awards · 0 rows · "), view.status_bar.left
        await pilot.press("F")
        await pilot.pause()
        assert view.shown is shown and not view.stack
        assert view.status_bar.right == "nothing to group: the table is empty"


@synchronously
async def test_the_views_stylesheet_is_read_before_the_first_v(library: Library) -> None:
    """Read while the reader waits for a key (`read_facts_view_css`): the first `v` then finds
    it read, and the articles view looks the same before and after."""
    app = GovReaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        before = app.export_screenshot()
        await pilot.pause(PREPARE_AFTER_S + 0.3)
        view = FactsView(library, lambda: ListQuery())
        assert [app.stylesheet.has_source(str(path), "") for path in view.css_path] == [True]
        assert app.export_screenshot() == before
        opened = await open_view(app, pilot)
        assert opened.shown is not None and len(opened.shown)
