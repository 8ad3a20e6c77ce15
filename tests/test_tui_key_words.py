"""Every key bar and border hint writes a key's word one way, the footer's: capitalised. A walk
through the reader found `⏎ done  esc close` and `^p palette` under `⏎ Open  q Quit`, and the
boxes' borders saying `esc: close` over a bar saying `esc Close`."""

from __future__ import annotations

from pathlib import Path

from textual.screen import Screen

from govreader.library import Library
from govreader.tui.app import GovReaderApp
from govreader.tui.widgets.key_bar import KeyBar
from tests import test_tui
from tests.test_tui import make_app, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library

BOXES = "#choice-box, #confirm-box, #help-box, #prompt"


def _words(app: GovReaderApp, screen: Screen[object]) -> list[str]:
    """The words of the key bar under `screen` and of its boxes' border hints."""
    bar = screen.query(KeyBar).first()
    words = [description for _, _, description, _ in bar._entries(screen)]
    for box in screen.query(BOXES):
        hint = str(box.border_subtitle or "")
        if hint and box.display:
            words += [key_and_word.split(" ", 1)[-1] for key_and_word in hint.split("  ")]
    return words


@synchronously
async def test_every_key_bar_and_border_hint_capitalises_its_words(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=(120, 30)) as pilot:
        walk = [
            ("list", ()),
            ("reader", ("enter",)),
            ("facts pane", ("f",)),
            ("find", ("slash",)),
            ("sources", ("escape", "escape", "S")),
            ("kinds", ("escape", "F")),
            ("help", ("escape", "question_mark")),
            ("remove", ("escape", "d")),
            ("palette", ("escape", "ctrl+p")),
            ("facts view", ("escape", "v")),
            ("filter", ("escape", "slash")),
        ]
        for name, keys in walk:
            await pilot.press(*keys)
            await pilot.pause()
            seen[name] = _words(app, app.screen)
    assert set(seen) == {name for name, _ in walk}
    assert all(seen.values()), seen  # each showed keys
    lower = {name: [w for w in words if w[:1].islower()] for name, words in seen.items()}
    assert not any(lower.values()), lower
    assert "Palette" in seen["list"] and {"Done", "Close"} <= set(seen["find"]), seen
    assert {"Choose", "Cancel", "Narrow"} <= set(seen["sources"]), seen
