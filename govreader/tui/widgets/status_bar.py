"""The status line: where the list is on the left, what the last key did on the right.

It is also where messages go (a file written, a viewer missing, an error): a toast would cover
this very line for seconds. A plain widget drawn from two strings: updating it repaints one line
and never asks the screen for a new layout, which a `Static.update` would on every move.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from govreader.tui.symbols import UNICODE
from govreader.tui.wrap import fit, fit_middle

SEVERITIES = ("information", "warning", "error")
LEFT_KEPT = 12
"""Cells of the left side a long message leaves (the place in the list: `1,234/9,876`)."""


class StatusBar(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "status-bar--message",
        "status-bar--warning",
        "status-bar--error",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.left = ""
        self.shorter: tuple[str, ...] = ()
        self.right = ""
        self.severity = "information"
        self.symbols = UNICODE

    def show(
        self,
        *,
        left: str | None = None,
        right: str | None = None,
        severity: str = "information",
        shorter: Sequence[str] = (),
    ) -> None:
        """`shorter`: ways to say `left` in fewer cells, shortest last, for when a message
        beside it would otherwise cut it (kept with `left` until a new `left` is given)."""
        if left is not None:
            self.left, self.shorter = left, tuple(shorter)
        if right is not None:
            self.right = right
            self.severity = severity if severity in SEVERITIES else "information"
        self.refresh()

    def render(self) -> Text:
        width, symbols = self.size.width, self.symbols
        right, left = symbols.plain(self.right), symbols.plain(self.left)
        kept = min(cell_len(left), LEFT_KEPT)  # where the list is stays in sight
        right = fit_middle(right, max(width - 3 - kept, 0), symbols.ellipsis)
        room = max(width - cell_len(right) - 3, 0)
        for short in map(symbols.plain, self.shorter):
            if cell_len(left) <= room:
                break
            left = short
        left = fit(left, room, symbols.ellipsis)
        style = "message" if self.severity == "information" else self.severity
        text = Text(no_wrap=True, overflow="crop")
        text.append(" " + left + " ")
        text.append(right, self.get_component_rich_style(f"status-bar--{style}", partial=True))
        return text
