"""What a walk through the reader found (session 14, second walk): the list's source column at
every width, and a preview that a filter closed and reopened."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from govreader.library import Library
from govreader.tui.widgets.article_list import (
    NARROW_SOURCE_CELLS,
    SOURCE_CELLS,
    WIDE_SOURCE_CELLS,
    source_room,
)
from tests.test_tui import make_app, synchronously


def test_the_source_column_never_narrows_as_the_list_widens() -> None:
    rooms = [source_room(width) for width in range(20, 220)]
    assert rooms == sorted(rooms)
    assert set(rooms) == {0, NARROW_SOURCE_CELLS, SOURCE_CELLS, WIDE_SOURCE_CELLS}


@pytest.mark.parametrize(
    ("size", "cells"),
    [
        ((100, 30), SOURCE_CELLS),  # stacked: the list has the whole width
        ((110, 30), NARROW_SOURCE_CELLS),  # side by side from 110: 44 columns, 42 inside
        ((115, 30), NARROW_SOURCE_CELLS),
        ((120, 40), NARROW_SOURCE_CELLS),  # side by side, 48 columns of 120
        ((160, 45), SOURCE_CELLS),
        ((200, 50), WIDE_SOURCE_CELLS),
    ],
)
@synchronously
async def test_every_row_fills_the_list_and_names_its_source(
    tmp_path: Path, sample_library: Library, size: tuple[int, int], cells: int
) -> None:
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        listing = app.main_screen.article_list
        width = listing.size.width
        assert source_room(width) == cells
        rows = ["".join(s.text for s in listing.render_line(y)) for y in range(listing.total)]
        assert all(cell_len(row) == width for row in rows)
        for y, line in enumerate(rows):
            row = listing.row(y)
            assert row is not None
            source = line[11:].split(" ")[0]  # after the date and its space
            if not row.source:
                continue
            if cell_len(row.source) <= cells:
                assert source == row.source
            else:  # cut by cell width, with an ellipsis, never past its column
                assert source.endswith("…") and row.source.startswith(source[:-1])
                assert cell_len(source) <= cells


@pytest.mark.parametrize("back", [["x"], ["slash", "ctrl+u", "enter"]])
@synchronously
async def test_a_preview_a_filter_closed_is_a_preview_again_when_listed_again(
    tmp_path: Path, sample_library: Library, back: list[str]
) -> None:
    """The article shown at start stays unread until the user moves into it; a filter that
    closed it and let it back must not change that: tab into it reads it, as before."""
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        first = screen.stored
        assert first is not None and not first.read
        await pilot.press("slash", *"수원시", "enter")
        await pilot.pause()
        assert screen.stored is None
        screen.article_list.focus()
        await pilot.press("tab")  # into the reader while it is closed: nothing to read
        await pilot.pause()
        assert screen.stored is None
        screen.article_list.focus()
        await pilot.press(*back)
        await pilot.pause()
        reopened = screen.stored
        assert reopened is not None and reopened.id == first.id and not reopened.read
        screen.article_list.focus()
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is screen.reader
        assert screen.stored is not None and screen.stored.read
        assert screen.library.article(first.id).read


@synchronously
async def test_an_article_opened_then_filtered_away_comes_back_as_it_was(
    tmp_path: Path, sample_library: Library
) -> None:
    """An article the user opened and marked unread by hand is no preview: tabbing back into it
    after a filter closed and reopened it leaves it unread."""
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "u", "escape")
        await pilot.pause()
        screen = app.main_screen
        opened = screen.stored
        assert opened is not None and not opened.read
        await pilot.press("slash", *"수원시", "enter")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        screen.article_list.focus()
        await pilot.press("tab")
        await pilot.pause()
        assert screen.stored is not None and screen.stored.id == opened.id
        assert not screen.stored.read
