"""The footer: the main keys of the focused pane on one line, each clickable.

Textual's `Footer` builds a widget per key and rebuilds them whenever focus moves, which cost
about a fifth of the reader's first paint; one line of styled text, repainted without a new
layout, does the same job here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from govreader.tui.keys import key_cap
from govreader.tui.symbols import UNICODE

ESSENTIAL_KEYS = frozenset({"quit", "help", "find", "facts-view", "table-export"})
"""The ids of the bindings a narrow footer keeps longest (`q`, `?`, `/`, `v`, the facts view's
`e`): the way out, to every other key, to find, to the other view, and the table's export, so
both views show `q Quit` at 80 columns (the facts view's `esc Back` gives way, `v` does as much)."""
DONE, CLOSE = "Done", "Close"
"""What enter and escape do while typing in a box with no word of its own for them."""


def key_word(description: str) -> str:
    """A key's word as the footer writes it, capitalised (`Open`, `Close`, `Palette`): one style
    in every key bar and border hint, whoever named the key."""
    return description[:1].upper() + description[1:]


def key_hint(keys: Iterable[tuple[str, str]]) -> str:
    """Keys as the key bar draws them, `⏎ Choose  esc Cancel`, for a box's border to say."""
    return "  ".join(f"{key} {key_word(word)}" for key, word in keys)


class KeyBar(Widget):
    """Shows the bindings marked `show=True` that are active now, then the palette key; when they
    do not fit, the last are left out whole, the essential ones last (help lists them all).
    Each screen has its own, a dialog's too: the keys shown are those that work there."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._targets: list[tuple[int, int, str]] = []  # (first cell, last cell, key)
        self._text: Text | None = None  # worked out when first drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def redraw(self) -> None:
        """Draw the keys again (say, in other symbols)."""
        self._bindings_changed(self.screen)

    def on_resize(self) -> None:
        self.redraw()

    def _bindings_changed(self, screen: Screen[object]) -> None:
        # Before the first frame the keys change as the screen mounts and takes focus: they are
        # worked out once, when the bar is first drawn, at its width.
        if self._text is not None:
            text = self._keys_text(screen)
            if text != self._text:
                self._text = text
                self.refresh()

    def _keys_text(self, screen: Screen[object]) -> Text:
        """The keys that fit the bar's width, and where each is drawn (for clicks)."""
        entries = self._entries(screen)
        width = self.size.width
        while width and len(entries) > 1 and sum(map(_cells, entries)) > width:
            # the last key but the palette's and the essential ones: whole labels, fewer keys
            spare = [n for n, entry in enumerate(entries[:-1]) if not entry[3]]
            del entries[spare[-1] if spare else -2]
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        self._targets = []
        for key, label, description, _ in entries:
            start = text.cell_len
            text.append(f" {label} ", key_style)
            text.append(f"{description} ", description_style)
            self._targets.append((start, text.cell_len, key))
        return text

    def _entries(self, screen: Screen[object]) -> list[tuple[str, str, str, bool]]:
        """(key, label, description, essential) of every key to show, in order, the palette's
        last where it works."""
        entries: list[tuple[str, str, str, bool]] = []
        typing = isinstance(screen.focused, Input)
        symbols = getattr(self.app, "symbols", UNICODE)
        enter = getattr(screen, "ENTER_WORD", None)  # what enter does in this box
        if typing:  # printable keys type, not act
            entries += [("enter", symbols.enter, enter or DONE, True)]
            entries += [("escape", "esc", CLOSE, True)]
        elif enter is not None:  # a chooser's list: enter chooses, as it does while typing
            entries.append(("enter", symbols.enter, enter, True))
        seen: set[str] = set()
        describe = getattr(screen, "describe_key", None)  # a screen may name a key by its state
        applies = getattr(screen, "key_applies", None)  # ... or leave out one that has no use now
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if not binding.show or binding.action in seen or not active.enabled:
                continue
            if applies is not None and not applies(binding):
                continue
            if typing and key in ("enter", "escape"):  # the dialog's own word for it wins
                entries = [entry for entry in entries if entry[0] != key]
            label = symbols.plain(binding.key_display or key_cap(binding.key))
            if typing and len(label) == 1:
                continue
            seen.add(binding.action)
            description = describe(binding) if describe is not None else binding.description
            entries.append((key, label, description, binding.id in ESSENTIAL_KEYS))
        if "ctrl+p" in screen.active_bindings:  # not under a dialog, which shuts it out
            entries.append(("ctrl+p", "^p", "Palette", True))
        return [(key, label, key_word(word), essential) for key, label, word, essential in entries]

    def render(self) -> Text:
        if self._text is None:
            self._text = self._keys_text(self.screen)
        return self._text

    def on_click(self, event: events.Click) -> None:
        """A click on a key does what pressing it does."""
        for start, end, key in self._targets:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return


def _cells(entry: tuple[str, str, str, bool]) -> int:
    """The width of one key as drawn: ` label description `."""
    _, label, description, _ = entry
    return cell_len(f" {label} {description} ")
