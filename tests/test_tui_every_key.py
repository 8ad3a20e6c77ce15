"""Pilot tests that every key the user presses does what it says, or says why it did nothing."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from textual.command import CommandList
from textual.widgets import Input

from govreader.library import Library
from govreader.settings import load_settings
from govreader.tui.app import GovReaderApp
from govreader.tui.screens.facts_view import FactsView
from govreader.tui.themes import THEMES
from tests import test_tui
from tests.test_tui import list_status, make_app, status, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


def footer(app: GovReaderApp) -> str:
    """The reader's footer as drawn now."""
    return app.main_screen.key_bar.render().plain


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
            for key in ["u", "b", "d", "enter", "C"]:
                app.main_screen.set_message("")
                await pilot.press(key)
                await pilot.pause()
                assert status(app) == "the library is empty · add pages with govreader PATH...", key
            assert not list(tmp_path.glob("*.json")) and app.screen is app.main_screen
    finally:
        empty.close()


@synchronously
async def test_the_palettes_theme_command_offers_the_readable_themes_and_keeps_the_pick(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"theme")
        await pilot.pause(0.5)
        await pilot.press("enter")  # Textual's "Theme" command
        await pilot.pause(0.5)
        results = app.screen.query_one(CommandList)
        offered = {str(results.get_option_at_index(i).prompt) for i in range(results.option_count)}
        assert offered == set(THEMES)
        await pilot.press(*"nord")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "nord" and status(app) == "theme: nord"
        assert load_settings().theme == "nord"


@synchronously
async def test_a_long_empty_list_message_wraps_and_keeps_its_way_out(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.press("slash", *"어느 기사에도 없는 아주 긴 낱말들", "enter", "U", "B")
        await pilot.pause(0.4)
        listing = app.main_screen.article_list
        assert listing.total == 0
        lines = ["".join(s.text for s in listing.render_line(y)) for y in range(5)]
        assert all(cell_len(line) == listing.size.width for line in lines)
        said = [line.strip() for line in lines if line.strip()]
        # the way out is a line of its own, never cut in two however long the filter's words
        assert said[-1] == "Press x to show all."
        assert " ".join(said[:-1]) + "\nPress x to show all." == listing.empty_message


@synchronously
async def test_an_article_without_facts_is_not_exported(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    app, _ = make_app(library, tmp_path)
    app.export_dir = folder
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"마바구", "enter")  # the one article without facts
        await pilot.pause(0.4)
        await pilot.press("enter", "e", "E")
        await pilot.pause()
        assert status(app) == "nothing to export: no facts found in this article"
    assert not list(folder.iterdir())


@synchronously
async def test_an_empty_table_is_not_exported(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with Library.open(tmp_path / "empty") as empty:
        app, _ = make_app(empty, tmp_path)
        app.export_dir = folder
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("v")
            await app.workers.wait_for_complete()
            await pilot.pause()
            view = app.screen
            assert isinstance(view, FactsView) and view.shown is not None
            await pilot.press("e", "E")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert view.status_bar.right == "nothing to export: the table is empty"
    assert not list(folder.iterdir())


@synchronously
async def test_the_way_back_to_the_table_is_not_offered_once_taken(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")  # the article at the table's first fact
        await pilot.pause()
        assert app.screen is app.main_screen and footer(app).startswith(" esc Table ")
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.press("v")  # back in the articles by v: escape now goes to the list
        await pilot.pause()
        assert footer(app).startswith(" esc List "), footer(app)
        await pilot.press("escape")
        assert app.screen is app.main_screen and app.main_screen.article_list.has_focus


@synchronously
async def test_recent_messages_say_what_they_keep(library: Library, tmp_path: Path) -> None:
    """The list keeps notifications, not every status line: an empty one says which it keeps."""
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+t")  # a status line, not a notification
        await pilot.pause()
        await app.run_action("app.messages")
        await pilot.pause()
        shown = str(app.screen.query_one("#help-text").render())
        assert "exports, copies and errors" in shown


@synchronously
async def test_a_filter_that_matches_nothing_counts_none_of_the_library(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("B")  # no article is bookmarked
        await pilot.pause()
        assert list_status(app).startswith("0 of 3 · ")


@synchronously
async def test_enter_on_an_empty_facts_table_says_why(library: Library, tmp_path: Path) -> None:
    """The footer offers `⏎ Open` on an empty table too: enter says there is nothing to open
    and how to get rows back, rather than nothing at all."""
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"zzz", "enter")
        await pilot.pause(0.4)
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen
        assert isinstance(view, FactsView) and view.shown is not None and not len(view.shown)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is view
        assert view.status_bar.right == "nothing to open: the table is empty · v, then x: all"
