"""A small modal list to pick one value (a fact kind, a source) for the list filter."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class ChoiceList(OptionList):
    """The choices, moved through with the reader's Vim keys too (j k g G)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]


class ChoiceScreen(ModalScreen[str | None]):
    """Dismisses with the chosen option's id, or None when cancelled with escape."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "cancel", "Cancel")]

    def __init__(self, title: str, choices: list[tuple[str, str]], current: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices  # (id, label); the id "" stands for "no filter"
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-box") as box:
            box.border_title = self.title_text
            box.border_subtitle = "enter: choose, escape: cancel"  # the key bar is the reader's
            # labels are data (a source's name comes from a page): never parsed as markup
            yield ChoiceList(
                *(Option(Content(label), id=key or "-") for key, label in self.choices)
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = next(
            (i for i, (key, _) in enumerate(self.choices) if key == self.current), 0
        )
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id or "-"
        self.dismiss("" if key == "-" else key)

    def action_cancel(self) -> None:
        self.dismiss(None)
