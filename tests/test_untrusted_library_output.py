"""`search`, `list` and `table` (text, CSV and JSON) filter what they print: a library written by
an older version (which did not filter page text at import) or edited by hand is no safer than a
page. Text drops what would drive a terminal; CSV shows it as escapes, JSON as `\\u` escapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govreader.clean
import govreader.ingest.loader
from govreader.cli import main

PLANTED = ("\x1b[31m", "\x1b]0;title\x07", "\u202e", "\u2066")


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library whose stored body and facts hold terminal controls, as an unfiltered import
    made them (imported in this process and its forked workers, the filter taken away)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    sentence = "해오름시가 청년{}창업{} 지원에 예산 30억 원을 들인다고 밝혔다."
    body = sentence.format("".join(PLANTED), "\u200f")
    title = f"해오름시, 청년{''.join(PLANTED)}창업 사업 확대"
    (pages / "a.txt").write_text(f"{title}\n\n{body}\n", "utf-8")
    with monkeypatch.context() as unfiltered:
        unfiltered.setattr(govreader.ingest.loader, "terminal_safe", lambda text: text)
        unfiltered.setattr(govreader.clean, "terminal_safe", lambda text: text)
        assert main(["--library", str(tmp_path / "lib"), "add", str(pages)]) == 0
    return tmp_path / "lib"


@pytest.mark.parametrize(
    "command",
    [
        ["search", "창업"],
        ["list"],
        ["table", "amount"],
        ["table", "amount", "--group-by", "for"],
        ["table", "amount", "--format", "csv"],
        ["table", "amount", "--format", "json"],
    ],
)
def test_page_text_is_filtered_at_output(
    library: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--library", str(library), *command]) == 0
    out = capsys.readouterr().out
    assert "창업" in out
    for planted in ("\x1b", "\x07", "\u202e", "\u2066"):
        assert planted not in out, (command, planted)
    if command != ["list"]:  # the list shows titles, the others the sentence too
        assert "\u200f" in out  # a bidi mark is text (plain_output.safe says why)
    if "json" in command:  # escaped, not dropped: the same strings to a JSON reader
        texts = " ".join(str(value) for row in json.loads(out) for value in row.values())
        assert "\u202e" in texts and "\u2066" in texts
    if "csv" in command:  # shown as escapes, as the facts' CSV shows them
        assert "\\u202e" in out and "\\x07" in out


def test_the_reader_draws_no_planted_control(library: Path) -> None:
    """The reader wrote such a library's title, site name, text and facts to the terminal as
    they were: the list, the article, the facts pane, the source chooser and the palette."""
    import asyncio

    from textual._compositor import CompositorUpdate

    from govreader.library import Library
    from govreader.tui.app import GovReaderApp

    written: list[str] = []

    async def go() -> None:
        with Library.open(library) as opened:
            app = GovReaderApp(opened)

            def display(screen: object, update: object) -> None:
                if isinstance(update, CompositorUpdate):
                    written.append(update.render_segments(app.console))

            app._display = display  # type: ignore[method-assign,assignment]
            async with app.run_test(size=(120, 30)) as pilot:
                keys = ["enter", "f", "S", "escape", "v", "escape", "ctrl+p", *"source"]
                for key in [*keys, "escape", "slash", *"창업", "enter"]:
                    await pilot.press(key)
                    await app.workers.wait_for_complete()
                    await pilot.pause()
                app.main_screen.set_message("opening a\x1b]0;x\x07\n.html with a viewer…")
                await pilot.pause()
                shown = app.main_screen.status_bar.right
                assert shown == "opening a\\x1b]0;x\\x07\\n.html with a viewer…"

    asyncio.run(go())
    out = "".join(written)
    assert "창업" in out and "해오름시" in out
    for planted in ("\x1b]0;", "\x07", "\u202e", "\u2066"):
        assert planted not in out, planted
