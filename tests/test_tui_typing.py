"""Pilot tests of what a user types into the reader's dialogs and prompts: every key lands."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from govreader.library import Library
from tests import test_tui
from tests.test_tui import make_app, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


@synchronously
async def test_words_typed_on_the_source_list_reach_the_filter_whole(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("S")
        await pilot.pause()
        await pilot.press(*"신문")  # the first letter moves the keyboard to the filter
        await pilot.pause()
        assert app.screen.query_one("#choice-filter", Input).value == "신문"
