"""Pilot tests that every key the user presses does what it says, or says why it did nothing."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from govreader.library import Library
from tests import test_tui
from tests.test_tui import make_app, status, synchronously

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


@synchronously
async def test_keys_for_an_article_say_there_is_none_in_an_empty_library(tmp_path: Path) -> None:
    empty = Library.open(tmp_path / "empty")
    app, _ = make_app(empty, tmp_path)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.main_screen.reader.focus()
            for key in ["]", "a", "r", "o", "y", "e", "E", "u", "b", "d"]:
                app.main_screen.set_message("")
                await pilot.press(key)
                await pilot.pause()
                assert status(app) == "no article is open", key
            app.main_screen.article_list.focus()
            for key in ["u", "b", "d"]:
                app.main_screen.set_message("")
                await pilot.press(key)
                await pilot.pause()
                assert status(app) == "the list is empty", key
            assert not list(tmp_path.glob("*.json")) and app.screen is app.main_screen
    finally:
        empty.close()
