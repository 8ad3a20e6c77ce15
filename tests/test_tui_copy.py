"""Ctrl+C with text selected copies it and says so on the status line (toasts are turned off
here, so Textual's copy said nothing at all); with nothing selected it says that instead."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from govreader.library import Library
from tests import test_tui
from tests.test_tui import FILLER, make_app, status, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


@synchronously
async def test_copying_a_selection_says_what_was_copied(library: Library, tmp_path: Path) -> None:
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        reader = app.main_screen.reader
        await pilot.mouse_down(reader, offset=(6, 1))  # the title's first line, dragged over
        await pilot.hover(reader, offset=(30, 3))
        await pilot.mouse_up(reader, offset=(30, 3))
        await pilot.pause()
        selected = app.screen.get_selected_text()
        assert selected.startswith("가나구, ‘일자리대상’ 우수상"), selected  # nothing before
        assert selected.endswith("\n가나일보 · 홍길동 · 2024-07-21 12:17"), selected
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.clipboard == selected
        lines = selected.count("\n") + 1
        assert status(app) == f"copied {lines} lines ({len(selected)} characters)", selected
        assert notes[-1][1] == status(app)  # kept among the recent messages
        line = reader.line_of(reader.document.text.index(FILLER))  # wrapped over two lines
        assert reader.line_of(reader.document.text.index(FILLER) + len(FILLER) - 1) > line
        await pilot.mouse_down(reader, offset=(2, line + 1))  # from the indent
        await pilot.hover(reader, offset=(40, line + 2))
        await pilot.mouse_up(reader, offset=(40, line + 2))
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert FILLER.startswith(app.clipboard) and len(app.clipboard) > 40  # no break added
        await pilot.press("slash", *"가나구")  # a field's own Ctrl+C copies its selection
        await pilot.pause()
        field = app.screen.query_one("#prompt", Input)
        field.select_all()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.clipboard == "가나구" and status(app) == "copied 3 characters"


@synchronously
async def test_copying_the_saved_pages_path_is_said_once(library: Library, tmp_path: Path) -> None:
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "y")
        await pilot.pause()
        copied = [note for note in notes if "opied" in note[1]]
        assert len(copied) == 1 and copied[0][1] == f"Copied the path: {app.clipboard}", notes
