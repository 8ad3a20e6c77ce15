"""The status line at 80 columns: a long message keeps its end (a file's name, an error's
reason) and the list's place on the left."""

from __future__ import annotations

import asyncio

from rich.cells import cell_len
from textual.app import App, ComposeResult

from govreader.tui.widgets.status_bar import StatusBar


class StatusApp(App[None]):
    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")


def test_a_long_message_keeps_its_start_its_end_and_the_place() -> None:
    async def run() -> str:
        app = StatusApp()
        async with app.run_test(size=(80, 3)) as pilot:
            bar = app.query_one(StatusBar)
            message = "Wrote 14 facts to ./" + "가나다라마바사 " * 12 + "끝맺음.json"
            bar.show(left="3/11 · “청년” · x shows all", right=message)
            await pilot.pause()
            return bar.render().plain

    line = asyncio.run(run())
    assert cell_len(line) <= 80
    assert line.startswith(" 3/11"), line
    assert "Wrote 14 facts to" in line and line.rstrip().endswith("끝맺음.json"), line
    assert line[line.index("Wrote") :].count("…") == 1  # cut once, in the middle


def test_a_message_cut_in_the_middle_is_cut_between_words() -> None:
    """`11 sample articles importe…d yours: …` read as two broken words at 60 columns."""
    from govreader.tui.wrap import fit_middle

    message = "12 pages read again · open one with: govreader PATH..."
    for cells in (30, 36, 40, 45):
        line = fit_middle(message, cells)
        assert cell_len(line) <= cells and line.count("…") == 1, line
        head, tail = line.split("…")
        assert message.startswith(head) and message.endswith(tail), line
        assert message[len(head)] in " ·" and message[-len(tail) - 1] == " ", (cells, line)
    long_word = "가" * 40  # no space near: cut where it falls
    assert fit_middle(long_word, 21) == "가" * 5 + "…" + "가" * 5
