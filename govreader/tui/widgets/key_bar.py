"""The footer: the main keys of the focused pane on one line, each clickable.

Textual's `Footer` builds a widget per key and rebuilds them whenever focus moves, which cost
about a fifth of the reader's first paint; one line of styled text, repainted without a new
layout, does the same job here.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from govreader.tui.symbols import UNICODE


class KeyBar(Widget):
    """Shows the bindings marked `show=True` that are active now, then the palette key."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._targets: list[tuple[int, int, str]] = []  # (first cell, last cell, key)
        self._text = Text()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.redraw()

    def redraw(self) -> None:
        """Draw the keys again (say, in other symbols)."""
        self._bindings_changed(self.screen)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        self._targets = []

        def add(key: str, label: str, description: str) -> None:
            start = text.cell_len
            text.append(f" {label} ", key_style)
            text.append(f"{description} ", description_style)
            self._targets.append((start, text.cell_len, key))

        typing = isinstance(screen.focused, Input)
        symbols = getattr(self.app, "symbols", UNICODE)
        if typing:  # printable keys type, not act
            add("enter", symbols.enter, "done")
            add("escape", "esc", "close")
        seen: set[str] = set()
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if not binding.show or binding.action in seen or not active.enabled:
                continue
            label = symbols.plain(self.app.get_key_display(binding))
            if typing and len(label) == 1:
                continue
            seen.add(binding.action)
            add(key, label, binding.description)
        add("ctrl+p", "^p", "palette")
        if text != self._text:
            self._text = text
            self.refresh()

    def render(self) -> Text:
        return self._text

    def on_click(self, event: events.Click) -> None:
        """A click on a key does what pressing it does."""
        for start, end, key in self._targets:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
