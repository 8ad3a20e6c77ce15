"""The base of the reader's dialogs (help, choosers, confirmations).

A modal screen shuts out the app's keys, so Ctrl+C there, with nothing selected, fell through
Textual's "Copy selected text" (as the help lists it) to nothing at all: the app's answer, that
there is nothing to copy and how to quit, is asked for here instead.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """A modal screen whose Ctrl+C copies the selection, or says why nothing was copied."""

    def action_copy_text(self) -> None:
        if self.get_selected_text() is None:
            self.app.action_help_quit()
        else:
            super().action_copy_text()
