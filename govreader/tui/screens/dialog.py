"""The base of the reader's dialogs (help, choosers, confirmations).

A modal screen shuts out the app's keys, so Ctrl+C there, with nothing selected, fell through
Textual's "Copy selected text" (as the help lists it) to nothing at all: the app's answer, that
there is nothing to copy and how to quit, is asked for here instead.

A dialog draws over the whole terminal, the reader's key bar with the rest: each dialog has a
key bar of its own, so `q Quit` (which closes a dialog) is not shown under one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.app import ComposeResult
from textual.screen import ModalScreen

from govreader.tui.symbols import UNICODE
from govreader.tui.widgets.key_bar import KeyBar, key_hint

if TYPE_CHECKING:
    from textual.screen import Screen

    _Screen = Screen[Any]
else:
    _Screen = object  # a mixin: Textual inherits CSS through the first base that is a widget

Result = TypeVar("Result")


class CopiesOrSays(_Screen):
    """Put first among the bases of a screen that shuts out the app's keys (a dialog, the
    command palette): its Ctrl+C copies the selection, or has the app say why nothing was."""

    def action_copy_text(self) -> None:
        if self.get_selected_text() is None:
            self.app.action_help_quit()
        else:
            super().action_copy_text()


class Dialog(CopiesOrSays, ModalScreen[Result]):
    """A modal screen whose Ctrl+C copies the selection, or says why nothing was copied, with
    its box (`compose_box`) over a key bar of its own keys."""

    def compose(self) -> ComposeResult:
        yield from self.compose_box()
        yield KeyBar(id="keys")

    def compose_box(self) -> ComposeResult:
        """The dialog's box, drawn in the middle of the screen."""
        yield from ()

    def key_hint(self, keys: Iterable[tuple[str, str]]) -> str:
        """A box's border hint, (key, word) pairs written as the key bar writes them (`⏎ Choose
        esc Cancel`) in the chosen symbols, so that the box and the bar below name keys alike."""
        return getattr(self.app, "symbols", UNICODE).plain(key_hint(keys))
