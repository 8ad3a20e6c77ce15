"""The command palette with a key bar of its own.

Textual's palette draws over the whole terminal but the bottom line, where the reader's key bar
went on showing `q Quit` and `/ Find`: keys the palette's input takes as letters. Its own bar
says what works there (`⏎ Run  esc Close`), as each dialog's does.

It covers the status line too: Ctrl+C with nothing selected (the palette shuts out the app's
keys, as a dialog does) said nothing at all. What is said while it is open shows beside its
keys, on their line (the list of commands covers the line above), once there is something to say.

A command is one line, cut with an ellipsis: "Filter by source: …" names a site as the page named
it, at any length (a 300-syllable name wrapped over seven lines of the list).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.containers import HorizontalGroup

from govreader.tui.screens.dialog import CopiesOrSays
from govreader.tui.symbols import UNICODE
from govreader.tui.widgets.key_bar import KeyBar
from govreader.tui.widgets.status_bar import StatusBar


class Palette(CopiesOrSays, CommandPalette):
    """Textual's palette, its escape named as a dialog's close is, over its own key bar."""

    DEFAULT_CSS = """
    Palette > #palette-foot {
        dock: bottom;
        height: 1;
    }
    Palette #keys {
        width: auto;
    }
    Palette #status {
        width: 1fr;
        display: none;
    }
    Palette CommandList {
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "escape", "Close", tooltip="Close the command palette"),
    ]
    ENTER_WORD = "Run"
    """What enter does while typing here (the key bar's `⏎ Run`)."""

    status_bar: StatusBar | None = None
    """Where the app's `show_message` finds it, once composed."""

    def compose(self) -> ComposeResult:
        yield from super().compose()
        self.status_bar = StatusBar(id="status")
        self.status_bar.symbols = getattr(self.app, "symbols", UNICODE)  # `|` in plain ASCII
        with HorizontalGroup(id="palette-foot"):  # the list covers the line above
            yield KeyBar(id="keys")
            yield self.status_bar
