"""The footer at 80 columns: when the keys do not all fit, the essential ones (`/` find, `v`
the other view, `?` help) stay, in the articles view and in the facts view."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.command import CommandPalette

from govreader.library import Library
from govreader.tui.app import GovReaderApp
from govreader.tui.screens.choice import ChoiceScreen
from govreader.tui.screens.confirm import ConfirmScreen
from govreader.tui.screens.facts_view import FactsView
from govreader.tui.screens.help import HelpScreen
from govreader.tui.widgets.key_bar import KeyBar


def footers(library_dir: Path, width: int) -> tuple[str, str, str]:
    """The footer's text in the list, in the article, and in the facts view."""

    async def run() -> tuple[str, str, str]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(width, 24)) as pilot:
                await pilot.pause()
                in_list = app.screen.query_one(KeyBar)._text.plain
                await pilot.press("enter")
                await pilot.pause()
                in_article = app.screen.query_one(KeyBar)._text.plain
                await pilot.press("v")
                await app.workers.wait_for_complete()
                await pilot.pause()
                assert isinstance(app.screen, FactsView)
                return in_list, in_article, app.screen.query_one(KeyBar)._text.plain

    return asyncio.run(run())


def test_at_80_columns_the_footer_keeps_find_the_other_view_and_help(library_dir: Path) -> None:
    in_list, in_article, in_view = footers(library_dir, 80)
    for keys in (in_list, in_article):
        assert " / Find " in keys and " v Table " in keys and " ? Help " in keys, keys
        assert " q Quit " in keys and len(keys) <= 80
    assert " v Articles " in in_view and " ? Help " in in_view and " e Export " in in_view
    # quitting is shown in both views alike (escape, which `v Articles` stands for, gives way)
    assert " q Quit " in in_view and len(in_view) <= 80, in_view
    assert in_view.rstrip().endswith("^p Palette")


def test_a_wide_footer_shows_every_main_key_in_order(library_dir: Path) -> None:
    in_list, _, in_view = footers(library_dir, 200)
    assert in_list.index(" q Quit ") < in_list.index(" ] Next fact ") < in_list.index(" / Find ")
    assert " [ Previous fact " in in_list
    assert in_view.index(" esc Back ") < in_view.index(" e Export ") < in_view.index(" q Quit ")


def test_under_a_dialog_the_footer_says_the_dialogs_keys(library_dir: Path) -> None:
    """A dialog shuts out the reader's keys, so the reader's `q Quit` must not show under it:
    the help's footer says how to close it (`Close`: the same box shows the recent messages),
    the question's its answers, and no palette key (Ctrl+P does nothing there)."""

    async def run() -> tuple[str, str, str]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                main = app.screen.query_one(KeyBar)._text.plain
                await pilot.press("question_mark")
                await pilot.pause()
                assert isinstance(app.screen, HelpScreen)
                in_help = app.screen.query_one(KeyBar).render().plain
                # the bottom line is the help's own bar, not the reader's showing through
                assert app.screen.get_widget_at(0, 23)[0] is app.screen.query_one(KeyBar)
                await pilot.press("q")
                await pilot.press("d")  # remove the article: asks first
                await pilot.pause()
                assert isinstance(app.screen, ConfirmScreen)
                asked = app.screen.query_one(KeyBar).render().plain
                return main, in_help, asked

    main, in_help, asked = asyncio.run(run())
    assert " q Quit " in main
    assert in_help.split() == ["esc", "Close"], in_help
    assert asked.split() == ["y", "Yes", "n", "No"], asked


def test_typing_in_the_source_chooser_names_its_escape_once(library_dir: Path) -> None:
    """Typing in the chooser's box, enter chooses (`⏎ Choose`, as the box's border says) and
    escape keeps the dialog's own word (`esc Cancel`, as before typing): never two `esc` keys."""

    async def run() -> tuple[str, str]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                await pilot.press("S")
                await pilot.pause()
                assert isinstance(app.screen, ChoiceScreen)
                before = app.screen.query_one(KeyBar).render().plain
                await pilot.press("x")
                await pilot.pause()
                return before, app.screen.query_one(KeyBar)._text.plain

    before, typing = asyncio.run(run())
    assert before.split() == ["⏎", "Choose", "esc", "Cancel"], before
    assert typing.split() == ["⏎", "Choose", "esc", "Cancel"], typing


def test_every_dialog_says_its_keys_in_one_style(library_dir: Path) -> None:
    """Each box's border says its keys as the footer does (`key Word`, capitalised, `⏎` and
    `esc`; `enter` in plain ASCII), and the kind chooser's footer names its enter as the source
    chooser's does."""

    async def run() -> tuple[list[str], str, list[str]]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            said = []
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                for key, box in [("F", "#choice-box"), ("S", "#choice-box"), ("f1", "#help-box")]:
                    await pilot.press(key)
                    await pilot.pause()
                    said.append(str(app.screen.query_one(box).border_subtitle))
                    if key == "F":
                        kinds_footer = app.screen.query_one(KeyBar).render().plain
                    await pilot.press("escape")
                await pilot.press("slash")
                await pilot.pause()
                said.append(str(app.main_screen.query_one("#prompt").border_subtitle))
                await pilot.press("escape")
                await app.run_action("screen.toggle_symbols")
                plain = []
                for key in ("F", "slash"):
                    await pilot.press(key)
                    await pilot.pause()
                    boxes = app.screen.query("#choice-box, #prompt")
                    plain.append(str(boxes.first().border_subtitle))
                    await pilot.press("escape")
                return said, kinds_footer, plain

    said, kinds_footer, plain = asyncio.run(run())
    assert said == [
        "⏎ Choose  esc Cancel",
        "type Narrow  ⏎ Choose  esc Cancel",
        "esc Close",
        "⏎ Done  esc Close",
    ]
    assert kinds_footer.split() == ["⏎", "Choose", "esc", "Cancel"], kinds_footer
    assert plain == ["enter Choose  esc Cancel", "enter Done  esc Close"]


def test_an_article_opened_from_the_table_says_esc_goes_back_to_it(library_dir: Path) -> None:
    """Enter on a row of the facts view opens the article; escape then returns to the table,
    and the footer says so (`esc Table`), until the way back is taken."""

    async def run() -> tuple[str, str]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                await pilot.press("v")
                await app.workers.wait_for_complete()
                await pilot.pause()
                await pilot.press("enter")
                await pilot.pause()
                assert not isinstance(app.screen, FactsView)
                opened = app.screen.query_one(KeyBar)._text.plain
                await pilot.press("escape")
                await pilot.pause()
                assert isinstance(app.screen, FactsView)
                await pilot.press("escape")
                await pilot.pause()
                await pilot.press("enter")
                await pilot.pause()
                return opened, app.screen.query_one(KeyBar)._text.plain

    opened, later = asyncio.run(run())
    assert opened.startswith(" esc Table "), opened
    assert later.startswith(" esc List "), later


def test_the_palette_shows_its_own_keys_not_the_readers(library_dir: Path) -> None:
    """The palette's input takes `q` and `/` as letters: its bottom line says what works there
    (`⏎ Run  esc Close`), not the reader's `q Quit`."""

    async def run() -> tuple[str, object]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                await pilot.press("ctrl+p")
                await pilot.pause()
                bar = app.screen.get_widget_at(0, 23)[0]
                keys = bar.render().plain if isinstance(bar, KeyBar) else str(bar)
                await pilot.press("escape")
                await pilot.pause()
                return keys, app.screen

    keys, after = asyncio.run(run())
    assert keys.split() == ["⏎", "Run", "esc", "Close"], keys
    assert not isinstance(after, CommandPalette)  # escape closed it
