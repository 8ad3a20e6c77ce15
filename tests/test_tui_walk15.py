"""What a walk through the reader found (session 15): at 80 columns a hint that names a key
was broken across two lines, or cut off the status line by a long filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.library import Library
from govreader.tui.screens.list_actions import NOT_LISTED
from tests.test_tui import make_app, synchronously

LONG_WORDS = "어느 기사에도 나오지 않는 아주 긴 낱말들"


@pytest.mark.parametrize("size", [(80, 24), (110, 30)], ids=["80x24", "110x30"])
@synchronously
async def test_the_reader_says_each_way_back_on_a_line_of_its_own(
    tmp_path: Path, sample_library: Library, size: tuple[int, int]
) -> None:
    """`x shows all and brings it back.` was the end of a 77-cell line, which a reader 76 cells
    wide (80 columns) broke before `back.`."""
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"수원시", "enter")  # leaves the open article out
        await pilot.pause()
        shown = app.main_screen.reader.visible_text().splitlines()
        assert shown[:3] == [
            "The article you had open is not in this list.",
            "x shows all and brings it back.",
            "Enter opens the one under the cursor.",
        ]
        await pilot.press("slash", *LONG_WORDS, "enter")  # no row: enter opens none
        await pilot.pause()
        assert app.main_screen.reader.visible_text().strip() == NOT_LISTED


@synchronously
async def test_a_long_filter_leaves_the_status_line_its_way_out(
    tmp_path: Path, sample_library: Library
) -> None:
    """The filter's words are quoted cut short when the whole line would not fit, rather than
    the line's end, `x shows all`, falling off it; short words are quoted whole."""
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *LONG_WORDS, "enter", "U", "B")
        await pilot.pause()
        bar = app.main_screen.status_bar
        shown = bar.render().plain.strip()
        assert shown.startswith("0 of ") and shown.endswith("bookmarked · x shows all")
        assert "“어느 기사에도" in shown and "…”" in shown
        await pilot.press("x", "slash", *"청년", "enter")
        await pilot.pause()
        assert bar.render().plain.strip().endswith("“청년” · x shows all")


@synchronously
async def test_the_raw_page_says_its_key_on_a_line_of_its_own(
    tmp_path: Path, sample_library: Library
) -> None:
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(115, 30)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "r", "f")
        await pilot.pause(0.3)
        pane = app.main_screen.facts_pane
        assert pane is not None
        lines = ["".join(s.text for s in pane.render_line(y)).strip("│ ") for y in range(2)]
        assert lines == ["The raw page marks no facts.", "r shows the clean article and its facts."]
