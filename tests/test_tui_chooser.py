"""The source chooser (`S`) as its keys say: escape cancels, words typed or not; the articles
whose page named no source can be picked too; a site's name is never taken for a choice of the
dialog's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.command import CommandList
from textual.widgets import Input, OptionList

from govreader.library import Library
from govreader.tui.app import GovReaderApp
from govreader.tui.screens.choice import ChoiceScreen
from govreader.tui.widgets.key_bar import KeyBar
from tests import test_tui
from tests.test_tui import SPECS, Spec, list_status, make_app, running_with, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


def labels(app: GovReaderApp) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@synchronously
async def test_escape_cancels_the_chooser_with_words_typed_as_its_keys_say(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("S", *"다라")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert app.screen.query_one("#choice-filter", Input).value == "다라"
        assert app.screen.query_one(KeyBar).render().plain.split()[-2:] == ["esc", "Cancel"]
        await pilot.press("escape")  # it once cleared the words and kept the dialog
        await pilot.pause()
        assert app.screen is app.main_screen
        assert app.main_screen.article_list.query_.source is None
        await pilot.press("S", *"다라", "ctrl+u")  # the words are cleared with Ctrl+U
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert app.screen.query_one("#choice-filter", Input).value == ""
        assert len(labels(app)) == 4  # every source, two sources, no source


@synchronously
async def test_the_articles_with_no_source_can_be_picked(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("S")
        await pilot.pause()
        shown = labels(app)
        assert shown[1].split() == ["1", "(no", "source)"], shown  # 마바구 소식 has none
        await pilot.press("j", "enter")
        await pilot.pause()
        listing = app.main_screen.article_list
        assert listing.query_.sourceless and listing.total == 1
        assert listing.row(0) is not None and listing.row(0).title == "마바구 소식"
        assert "with no source" in list_status(app)
        await pilot.press("S")  # the chooser opens on the choice in force
        await pilot.pause()
        assert app.screen.query_one(OptionList).highlighted == 1
        await pilot.press("g", "enter")  # every source again
        await pilot.pause()
        assert not listing.query_.sourceless and listing.total == len(SPECS)
        await pilot.press("ctrl+p", *"no source")
        await pilot.pause(0.5)
        commands = app.screen.query_one(CommandList)
        prompts = [
            str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
        ]
        assert "Filter by source: (no source)" in prompts, prompts
        await pilot.press("enter")
        await pilot.pause()
        assert listing.query_.sourceless and listing.total == 1


async def _with_site(tmp_path: Path, source: str, test: Any) -> None:
    """Run `test(app, pilot)` over the test pages and one more from the site `source`."""
    spec = Spec(title="대시 소식", published="2024-01-02", source=source, paragraphs=["본문."])
    async with running_with(tmp_path, "site.txt", spec) as (app, pilot, _):
        await test(app, pilot)


@synchronously
async def test_a_site_named_like_a_choice_of_the_dialog_is_a_site(
    tmp_path: Path, fake_reading: None
) -> None:
    """A site may call itself `-`, which once stood for "every source" in the chooser."""

    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("S", "j", "j", "enter")  # the first site, by name: `-`
        await pilot.pause()
        assert app.main_screen.article_list.query_.source == "-"
        assert app.main_screen.article_list.total == 1

    await _with_site(tmp_path, "-", test)


@synchronously
async def test_a_long_site_name_is_one_line_of_the_chooser(
    tmp_path: Path, fake_reading: None
) -> None:
    """A site names itself at any length: wrapped, a name of 300 syllables took seven of the
    box's lines, a longer one would take them all. Each choice is one line, cut with `…`, and
    so is each command of the palette that names a site."""

    async def test(app: GovReaderApp, pilot: Any) -> None:
        await pilot.press("S")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert options.virtual_size.height == options.option_count == 5
        shown = [strip.text for strip in app.screen._compositor.render_strips()]
        assert any("마바일보가가" in line and "가…" in line for line in shown), shown
        await pilot.press("escape", "ctrl+p", *"마바")  # the palette's "Filter by source: …"
        await pilot.pause(0.5)
        shown = [strip.text for strip in app.screen._compositor.render_strips()]
        named = [line for line in shown if "가가가가" in line]
        assert len(named) == 1 and "Filter by source: 마바일보" in named[0], shown

    await _with_site(tmp_path, "마바일보" + "가" * 300, test)
