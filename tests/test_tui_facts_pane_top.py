"""Where the facts pane opens: at its top, unless a fact is marked, and never on a fact whose
kind's heading is scrolled out of sight (a walk through the samples at 80x24 found the pane
opened on `● 1,500명 목표`, its `Programs` and `Targets` headings above the view)."""

from __future__ import annotations

from pathlib import Path

from govreader.library import Library
from govreader.tui.widgets.facts_pane import FactsPane
from tests.test_tui import make_app, synchronously


def _seen(pane: FactsPane) -> list[str]:
    """The pane's lines in view, as drawn."""
    return [pane.render_line(y).text.strip() for y in range(pane.scrollable_content_region.height)]


def _heading(pane: FactsPane, option: int) -> str:
    """The heading of the kind listing option `option`."""
    while not pane.get_option_at_index(option).disabled:
        option -= 1
    return str(pane.get_option_at_index(option).prompt)


@synchronously
async def test_the_facts_pane_opens_at_its_top_with_no_fact_marked(
    sample_library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.main_screen
        await pilot.press("a", "f")  # no award here: said, nothing marked
        await pilot.pause()
        pane = screen.facts_pane
        assert pane is not None and screen.reader.current_fact is None
        assert round(pane.scroll_y) == 0
        assert _seen(pane)[0] == str(pane.get_option_at_index(0).prompt)  # the first heading
        assert pane.highlighted == 1  # the first fact listed, under it
        await pilot.press("enter")  # shows the fact highlighted, as the pane says
        assert screen.reader.current_fact == int(pane.get_option_at_index(1).id or "")


@synchronously
async def test_the_highlighted_fact_keeps_its_kind_heading_in_view(
    sample_library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.main_screen
        facts = screen.reader.document.facts
        last = len(facts) - 1
        screen._land(last)  # as a jump marks it
        await pilot.press("f")
        await pilot.pause()
        pane = screen.facts_pane
        assert pane is not None
        option = pane.get_option_index(str(last))
        assert pane.highlighted == option and _heading(pane, option) in _seen(pane)
        await pilot.press("g")  # back up to the first fact: the first heading comes along
        await pilot.pause()
        assert pane.highlighted == 1 and round(pane.scroll_y) == 0
        for _ in range(pane.option_count):  # and down, fact by fact
            await pilot.press("j")
            await pilot.pause()
            assert pane.highlighted is not None
            assert _heading(pane, pane.highlighted) in _seen(pane), _seen(pane)
