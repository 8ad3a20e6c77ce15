"""What a walk through the reader found (session 11): each a key whose answer did not match what
the screen showed."""

from __future__ import annotations

from pathlib import Path

from govreader.library import Library
from govreader.tui.screens.confirm import ConfirmScreen
from tests import test_tui
from tests.test_tui import SPECS, Spec, make_app, running_with, status, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


@synchronously
async def test_the_facts_hint_says_f_lists_them_only_while_they_are_not_listed(
    library: Library, tmp_path: Path
) -> None:
    """Opening an article says `9 facts · ] next, f list`; with the facts pane open, `f list`
    pointed at the pane already in sight (and `f` would hide it)."""
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:  # three panes side by side
        await pilot.press("enter")
        await pilot.pause()
        assert status(app) == "9 facts · ] next, f list"
        await pilot.press("f")
        await pilot.pause()
        assert status(app) == "9 facts · ] next"
        await pilot.press("escape", "j", "enter")  # another article, the pane still open
        await pilot.pause()
        assert app.main_screen.facts_pane is not None and app.main_screen.facts_pane.display
        assert status(app) == "1 fact · ] next"
        await pilot.press("f")
        await pilot.pause()
        assert status(app) == "1 fact · ] next, f list"
        await pilot.press("]", "f")  # where a jump landed stays said
        await pilot.pause()
        assert status(app) == "fact 1/1 · program"


@synchronously
async def test_removing_an_article_with_an_endless_title_asks_in_a_box_that_fits(
    tmp_path: Path, fake_reading: None
) -> None:
    """A page's title may run to thousands of characters: the question quoted it whole, and its
    box ran past the bottom of the screen (its last line, the saved page is not touched, out of
    sight). The question quotes the title's first three lines or so, cut with `…`."""
    title = "긴 제목 " + "가나다라" * 750
    spec = Spec(title=title, published="2030-01-01", paragraphs=["본문."])
    async with running_with(tmp_path, "long.txt", spec) as (app, pilot, library):
        await pilot.press("d")  # the newest: the long one
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        box = app.screen.query_one("#confirm-box").region
        assert box.bottom <= app.size.height - 1, box  # above the key bar
        shown = "".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "긴 제목 가나다라" in shown and "not touched" in shown
        await pilot.press("y")
        await pilot.pause()
        assert library.count() == len(SPECS) - 1


@synchronously
async def test_an_empty_table_names_the_list_s_filter_in_words(
    library: Library, tmp_path: Path
) -> None:
    """It read `No award facts in with no source` (and `in from 다라신문`, `in unread`): the
    filters are said as the status line says them, after a colon."""
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("S", "j", "enter", "v")  # the articles with no source: no award
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        said = "No award facts: with no source · v, then x: all"
        assert said in shown, shown
