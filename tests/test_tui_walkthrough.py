"""Pilot tests of what a walk through every key at 80x24 found: a dialog that kept its place as
typing narrowed it, keys that did nothing without saying why, help that wrapped under its keys,
and words that said one thing two ways. Over a library of the bundled sample articles."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.binding import Binding
from textual.command import CommandPalette
from textual.widgets import Input

from govreader.library import Library, ListQuery
from govreader.tui.app import GovReaderApp
from govreader.tui.commands import commands, view_commands
from govreader.tui.keys import FACTS_VIEW_KEYS, MAIN_KEYS
from govreader.tui.screens.choice import ChoiceScreen
from govreader.tui.screens.facts_view import FactsView
from govreader.tui.screens.help import HelpScreen, HelpText
from govreader.tui.widgets.article_list import ArticleList
from govreader.tui.widgets.fact_grid import FactGrid
from govreader.tui.widgets.facts_pane import FactsPane
from govreader.tui.widgets.key_bar import KeyBar
from govreader.tui.widgets.reader import Reader
from govreader.tui.widgets.status_bar import StatusBar
from tests.terminal_twin import TerminalTwin


@pytest.fixture
def library(library_dir: Path) -> Iterator[Library]:
    with Library.open(library_dir) as opened:
        yield opened


def run(test: Callable[[GovReaderApp, Any], Coroutine[Any, Any, None]], library: Library) -> None:
    """`test(app, pilot)` at 80x24, the size the walk-through used."""

    async def go() -> None:
        app = GovReaderApp(library)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await test(app, pilot)

    asyncio.run(go())


def said(app: GovReaderApp) -> str:
    return app.main_screen.status_bar.right


def test_the_source_chooser_keeps_its_place_and_size_while_typing_narrows_it(
    library: Library,
) -> None:
    """A box that shrank as the list narrowed uncovered page text its edge had cut through a
    Korean character, which the terminal was left showing as blanks."""

    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("S")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ChoiceScreen)
        box, field = screen.query_one("#choice-box"), screen.query_one("#choice-filter", Input)
        options = screen.query_one("ChoiceList")
        before = (box.region, field.region, options.option_count)
        await pilot.press("서")
        await pilot.pause()
        assert field.value == "서" and 0 < options.option_count < before[2]
        assert (box.region, field.region) == before[:2]
        await pilot.press(*"없는말")
        await pilot.pause()
        assert options.option_count == 1 and box.region == before[0]  # "no choice holds …"
        await pilot.press("escape", "escape", "S", *"서울")  # typed as the box opens
        await pilot.pause()
        at_once = app.screen.query_one("#choice-box").region
        await pilot.press("backspace", "backspace", "서")  # grown back, narrowed again
        await pilot.pause()
        assert app.screen.query_one("#choice-box").region == at_once == before[0]

    run(test, library)


def test_enter_on_an_empty_list_says_why_and_the_way_out(library: Library) -> None:
    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("slash", *"어느 기사에도 없는 말", "enter")
        await pilot.pause(0.4)
        listing = app.main_screen.article_list
        assert listing.total == 0 and listing.has_focus
        app.main_screen.set_message("")
        await pilot.press("enter")
        await pilot.pause()
        expected = "no article matches the filter"
        assert said(app) == expected
        line = app.main_screen.status_bar.render().plain  # the filter and the way out, whole
        assert "0 of " in line and "“어느 기사에도 없는 말” · x shows all" in line, line
        await pilot.press("C")  # the other keys on the list's rows say the same
        assert said(app) == expected and app.screen is app.main_screen

    run(test, library)


def test_enter_in_an_empty_library_says_it_is_empty(tmp_path: Path) -> None:
    with Library.open(tmp_path / "empty") as empty:

        async def test(app: GovReaderApp, pilot: Any) -> None:
            app.main_screen.set_message("")
            await pilot.press("enter")
            await pilot.pause()
            assert said(app) == "the library is empty · add pages with govreader PATH..."

        run(test, empty)


def help_lines(app: GovReaderApp) -> list[str]:
    """The help's key sections as shown (before the colour legend)."""
    shown = str(app.screen.query_one(HelpText).render())
    return shown.split("Fact colours")[0].splitlines()


HEADINGS = {
    *("Everywhere", "Articles view", "List", "Reader"),
    *("Facts pane", "Facts view (v)", "Moving between panes"),
}


def description_columns(lines: list[str]) -> set[int]:
    """Where each line of a description starts: after the keys and two spaces, or alone."""
    columns = set()
    for line in lines:
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not stripped or stripped in HEADINGS:
            continue
        if indent == 2:  # the keys, then their description unless it is below them
            _, gap, rest = stripped.partition("  ")
            if gap and rest.strip():
                columns.add(len(line) - len(rest.lstrip(" ")))
        else:
            columns.add(indent)
    return columns


@pytest.mark.parametrize("size", [(40, 15), (60, 20), (200, 50)])
def test_help_descriptions_wrap_in_their_own_column(
    library: Library, size: tuple[int, int]
) -> None:
    async def go() -> None:
        app = GovReaderApp(library)
        async with app.run_test(size=size) as pilot:
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            width = app.screen.query_one(HelpText).size.width
            lines = help_lines(app)
            assert all(cell_len(line) <= width for line in lines)
            columns = description_columns(lines)
            assert len(columns) == 1 and min(columns) > 4, (columns, lines)
            copy = next(n for n, line in enumerate(lines) if "^c super+c" in line)
            beside = "Copy selected" in lines[copy]  # the longest keys: beside, or above
            assert beside or "Copy selected" in lines[copy + 1]
            assert "Copy selected text" in lines[copy] or size[0] < 60

    asyncio.run(go())


def test_the_facts_pane_footer_says_what_enter_does(library: Library) -> None:
    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen.focused, FactsPane)
        footer = app.screen.query_one(KeyBar)._text
        assert footer is not None and footer.plain.startswith(" ⏎ Show fact  esc List ")
        await pilot.press("enter")  # does what it says
        await pilot.pause()
        assert app.main_screen.reader.current_fact is not None

    run(test, library)


def every_key() -> list[Binding]:
    bindings = [*MAIN_KEYS, *FACTS_VIEW_KEYS]
    for widget in (ArticleList, Reader, FactsPane, FactGrid):
        bindings += Binding.make_bindings(widget.BINDINGS)
    return bindings


def test_the_keys_say_previous_in_one_word_everywhere(library: Library) -> None:
    words = [text for b in every_key() for text in (b.description, b.tooltip) if text]
    words += [title for title, *_ in [*commands(MAIN_KEYS), *view_commands()]]
    assert not [text for text in words if "Prev " in text or text.startswith("Focus ")]
    assert "Previous fact" in words and "Previous match" in words

    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.body.plain
        assert "Prev " not in shown and "Focus Next" not in shown
        assert "Next pane" in shown and "Previous pane" in shown

    run(test, library)


def test_the_footer_writes_f1_as_the_help_and_the_palette_do(library: Library) -> None:
    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("slash")  # typing: ? is a character, F1 the way to help
        await pilot.pause()
        footer = app.screen.query_one(KeyBar)._text
        assert footer is not None and " F1 Help " in footer.plain and "f1" not in footer.plain
        assert "key: ? F1" in [f"key: {key}" for _, key, _ in commands(MAIN_KEYS)]

    run(test, library)


def test_no_to_a_question_says_nothing_was_done(library: Library) -> None:
    async def test(app: GovReaderApp, pilot: Any) -> None:
        unread = library.count(ListQuery(unread=True))
        total = library.count(ListQuery())
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert said(app) == "cancelled: nothing was marked read"
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert said(app) == "cancelled: the article stays in the library"
        assert library.count(ListQuery(unread=True)) == unread
        assert library.count(ListQuery()) == total

    run(test, library)


async def open_view(app: GovReaderApp, pilot: Any) -> FactsView:
    await pilot.press("v")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app.screen, FactsView)
    return app.screen


def test_leaving_the_facts_view_says_the_table_keeps_its_order_or_grouping(
    library: Library,
) -> None:
    async def test(app: GovReaderApp, pilot: Any) -> None:
        view = await open_view(app, pilot)
        await pilot.press("escape")
        assert said(app) == "v shows the awards table again, at the same row"
        view = await open_view(app, pilot)
        await pilot.press("3")
        await app.workers.wait_for_complete()
        await pilot.press("s")  # sort by the label
        await pilot.pause()
        await pilot.press("escape")
        assert app.screen is app.main_screen
        assert said(app) == "v shows the targets table again, still sorted by label, ascending"
        view = await open_view(app, pilot)
        shown = view.shown
        assert shown is not None and (shown.sort_column, shown.descending) == ("label", False)
        await pilot.press("F", "v")  # grouped by the label: v leaves it grouped
        await pilot.pause()
        assert said(app) == "v shows the targets table again, still grouped by label"

    run(test, library)


WALK = (
    *("S", "서", "울", "backspace", "escape", "escape", "F", "down", "escape"),
    *("question_mark", "pagedown", "escape", "f", "enter", "escape", "C", "n", "d", "n"),
    *("v", "3", "s", "F", "escape", "escape", "ctrl+p", *"next", "escape", "slash", *"청년"),
    *("enter", "x"),
)
"""A walk through the dialogs, panes and views, typing Korean where it can be typed."""


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
def test_the_terminal_shows_what_the_app_composed_after_every_key(
    library: Library, size: tuple[int, int]
) -> None:
    """The updates the app writes, kept as a terminal keeps them (a wide character written over
    in half is erased whole), read as the screen the app composed after each key."""

    async def go() -> None:
        app = GovReaderApp(library)
        twin = TerminalTwin(*size)
        twin.watch(app)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for key in WALK:
                await pilot.press(key)
                await app.workers.wait_for_complete()
                await pilot.pause()
                assert twin.differences() == [], (key, type(app.screen).__name__)

    asyncio.run(go())


def test_ctrl_c_with_nothing_selected_says_so_as_the_help_calls_it_copy(library: Library) -> None:
    """The help lists Ctrl+C as "Copy selected text"; pressed with nothing selected it said only
    `q quits`. It says there was nothing to copy, and how to quit from where it was pressed:
    `q` at once in a view, escape first where `q` is a letter (a prompt) or closes a dialog (the
    help, a chooser: a dialog shuts out the app's keys, and there it said nothing at all)."""

    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        assert any("Copy selected text" in line for line in help_lines(app))
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert said(app) == "nothing selected to copy · escape, then q quits"
        await pilot.press("escape", "slash", "ctrl+c")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        assert said(app) == "nothing selected to copy · escape, then q quits"
        await pilot.press("escape", "ctrl+c")
        await pilot.pause()
        assert said(app) == "nothing selected to copy · q quits"
        await pilot.press("S", "ctrl+c")  # a dialog, which shuts out the app's own keys
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert said(app) == "nothing selected to copy · escape, then q quits"
        await pilot.press("escape", "q")
        await pilot.pause()
        assert not app.is_running

    run(test, library)


def test_ctrl_c_in_the_palette_says_so_where_it_can_be_seen(library: Library) -> None:
    """The palette covers the status line: Ctrl+C with nothing selected said nothing there. It
    says so beside the palette's keys, as it does elsewhere."""

    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"th", "ctrl+c")
        await pilot.pause()
        line = app.screen.get_widget_at(app.size.width - 2, app.size.height - 1)[0]
        assert isinstance(line, StatusBar), line  # beside the palette's keys
        assert line.right == "nothing selected to copy · escape, then q quits"
        assert line.render().plain.rstrip().endswith(line.right)
        await pilot.press("escape")
        await app.run_action("screen.toggle_symbols")  # plain ASCII: `|`, as on the status line
        await pilot.press("ctrl+p", "ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        shown = app.screen.query_one(StatusBar).render().plain
        assert shown.rstrip().endswith("nothing selected to copy | escape, then q quits")

    run(test, library)
