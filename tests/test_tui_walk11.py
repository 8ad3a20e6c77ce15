"""What a walk through the reader found (session 11): each a key whose answer did not match what
the screen showed."""

from __future__ import annotations

from pathlib import Path

from govreader.library import Library
from tests import test_tui
from tests.test_tui import make_app, status, synchronously

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
