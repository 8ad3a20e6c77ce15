"""The command palette with a key bar of its own.

Textual's palette draws over the whole terminal but the bottom line, where the reader's key bar
went on showing `q Quit` and `/ Find`: keys the palette's input takes as letters. Its own bar
says what works there (`⏎ run  esc Close`), as each dialog's does.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import CommandPalette

from govreader.tui.widgets.key_bar import KeyBar


class Palette(CommandPalette):
    """Textual's palette, its escape named as a dialog's close is, over its own key bar."""

    DEFAULT_CSS = """
    Palette > KeyBar {
        dock: bottom;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "escape", "Close", tooltip="Close the command palette"),
    ]
    ENTER_WORD = "run"
    """What enter does while typing here (the key bar's `⏎ run`)."""

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield KeyBar(id="keys")
