"""A terminal's screen as the app's output leaves it, for Pilot tests of redrawing.

Pilot composes each frame whole, so a test reading `render_strips()` never sees what a terminal
shows after a partial update: Textual writes only the regions that changed, and a terminal that
is told to write over half of a wide (Korean) character erases the whole character. `TerminalTwin`
takes the updates the app would write (`watch(app)`) and keeps the cells as a terminal does;
`differences()` are the rows where they no longer read as the screen the app composed.
"""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from textual._compositor import CompositorUpdate
from textual.app import App

_SEQUENCE = re.compile(
    r"\x1b\[(?P<row>\d+);(?P<column>\d+)H"  # cursor position (1-based)
    r"|\x1b\[[0-9;?]*[A-Za-z]"  # any other control: colours, modes
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # an OSC (a link) up to its end
    r"|(?P<newline>\n)|(?P<text>[^\x1b\n]+)"
)
_RIGHT_HALF = ""
"""What the cell after a wide character holds."""


class TerminalTwin:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.cells = [[" "] * width for _ in range(height)]
        self.app: App[Any] | None = None
        self.x = self.y = 0

    def watch(self, app: App[Any]) -> None:
        """Take each update the app would write to its terminal (before `run_test`)."""
        self.app = app

        def display(screen: object, update: object) -> None:
            if isinstance(update, CompositorUpdate) and not app._batch_count:
                self.feed(update.render_segments(app.console))

        app._display = display  # type: ignore[method-assign,assignment]

    def feed(self, output: str) -> None:
        for match in _SEQUENCE.finditer(output):
            if match["row"]:
                self.y, self.x = int(match["row"]) - 1, int(match["column"]) - 1
            elif match["newline"]:
                self.y, self.x = self.y + 1, 0
            elif match["text"]:
                for character in match["text"]:
                    self._put(character)

    def _put(self, character: str) -> None:
        width = cell_len(character)
        if not width or not (0 <= self.y < self.height and self.x < self.width):
            return
        row, x = self.cells[self.y], self.x
        for cell in range(x, min(x + width, self.width)):
            if row[cell] == _RIGHT_HALF and cell > 0:  # half a wide character: all of it goes
                row[cell - 1] = " "
            if cell + 1 < self.width and row[cell + 1] == _RIGHT_HALF:
                row[cell + 1] = " "
            row[cell] = " "
        row[x] = character
        if width == 2 and x + 1 < self.width:
            row[x + 1] = _RIGHT_HALF
        self.x += width

    def rows(self) -> list[str]:
        return ["".join(row) for row in self.cells]

    def differences(self) -> list[tuple[str, str]]:
        """(shown, composed) for each row the terminal shows otherwise than the app composed."""
        assert self.app is not None
        composed = [strip.text for strip in self.app.screen._compositor.render_strips()]
        return [
            (shown, wanted)
            for shown, wanted in zip(self.rows(), composed, strict=False)
            if shown.rstrip() != wanted.rstrip()
        ]
