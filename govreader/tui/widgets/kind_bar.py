"""The facts view's tabs: the kinds on one line, the shown one highlighted, each clickable."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from govreader.fact_text import KIND_LABELS
from govreader.library.records import TABLE_KINDS
from govreader.model import FactKind
from govreader.tui.keys import KIND_KEYS


class KindBar(Widget):
    """The kinds as tabs on one line (`1`…`5`, or a click), the shown one highlighted."""

    class Chosen(Message):
        """A kind's tab was clicked."""

        def __init__(self, kind: FactKind) -> None:
            super().__init__()
            self.kind = kind

    COMPONENT_CLASSES: ClassVar[set[str]] = {"kind-bar--current"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = TABLE_KINDS[0]
        self._targets: list[tuple[int, int, FactKind]] = []

    def render(self) -> Text:
        current = self.get_component_rich_style("kind-bar--current", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        self._targets = []
        for key, kind in zip(KIND_KEYS, TABLE_KINDS, strict=True):
            start = text.cell_len
            text.append(f" {key} {KIND_LABELS[kind]} ", current if kind is self.kind else None)
            self._targets.append((start, text.cell_len, kind))
            text.append(" ")
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, kind in self._targets:
            if start <= event.x < end:
                self.post_message(self.Chosen(kind))
