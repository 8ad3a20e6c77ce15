"""The status line: where the list is on the left, what the last key did on the right.

It is also where messages go (a file written, a viewer missing, an error): a toast would cover
this very line for seconds. A plain widget drawn from two strings: updating it repaints one line
and never asks the screen for a new layout, which a `Static.update` would on every move.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from govreader.tui.wrap import fit

SEVERITIES = ("information", "warning", "error")


class StatusBar(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "status-bar--message",
        "status-bar--warning",
        "status-bar--error",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.left = ""
        self.right = ""
        self.severity = "information"

    def show(
        self, *, left: str | None = None, right: str | None = None, severity: str = "information"
    ) -> None:
        if left is not None:
            self.left = left
        if right is not None:
            self.right = right
            self.severity = severity if severity in SEVERITIES else "information"
        self.refresh()

    def render(self) -> Text:
        width = self.size.width
        right = fit(self.right, min(cell_len(self.right), max(width - 2, 0)))
        left = fit(self.left, max(width - cell_len(right) - 3, 0))
        style = "message" if self.severity == "information" else self.severity
        text = Text(no_wrap=True, overflow="crop")
        text.append(" " + left + " ")
        text.append(right, self.get_component_rich_style(f"status-bar--{style}", partial=True))
        return text
