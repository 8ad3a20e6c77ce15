"""The help screen: every key, read from the live bindings, and the colour legend of facts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from govreader.model import FactKind
from govreader.tui.keys import key_label
from govreader.tui.screens.dialog import Dialog
from govreader.tui.symbols import UNICODE, Symbols
from govreader.tui.widgets.key_bar import CLOSE
from govreader.tui.wrap import wrap_line

_HANG = re.compile(r" *\S.*?  +(?=\S)")
"""A line's keys and the gap after them: where its description, wrapped, goes on."""
DESCRIPTION_CELLS = 14
"""The fewest cells the descriptions' column keeps beside the keys' column."""
KEYS_CELLS = 4
"""The narrowest keys' column: the keys longer than it stand above their description."""

KIND_MEANINGS = {
    FactKind.AWARD: "prizes and honours won (수상, 표창)",
    FactKind.PROGRAM: "named programs and projects (사업)",
    FactKind.TARGET: "goals and results, with how much was reached",
    FactKind.AUDIENCE: "who it is for (청년, 어르신, ages)",
    FactKind.AMOUNT: "money (억 원, 만원)",
    FactKind.QUOTE: "what someone said, and who",
}


def badges(symbols: Symbols) -> tuple[tuple[str, str], ...]:
    return (
        (symbols.unread, "unread"),
        (symbols.bookmark, "bookmarked"),
        (symbols.award, "the article reports an award"),
        ("12", "how many facts it has"),
    )


def help_text(
    sections: Iterable[tuple[str, Iterable[Binding]]],
    legend: Mapping[FactKind, Style],
    symbols: Symbols = UNICODE,
    width: int | None = None,
) -> Text:
    """The help page: one block per pane, then a swatch of each fact kind's colour. Given the
    `width` it is shown at, the keys' column narrows to leave the descriptions theirs, and keys
    longer than it stand on a line of their own above their description."""
    blocks: list[tuple[str, dict[tuple[str, str], list[str]]]] = []
    for title, bindings in sections:
        keys_of: dict[tuple[str, str], list[str]] = {}
        for binding in bindings:
            description = binding.tooltip or binding.description
            if description:
                named = symbols.plain(key_label(binding.key))  # as the footer names it
                keys_of.setdefault((binding.action, description), []).append(named)
        blocks.append((title, keys_of))
    column = 2 + max(
        (len(" ".join(keys)) for _, keys_of in blocks for keys in keys_of.values()), default=12
    )
    if width is not None:
        column = max(min(column, width - DESCRIPTION_CELLS - 2), KEYS_CELLS)
    text = Text()
    for title, keys_of in blocks:
        text.append(f"{title}\n", style="bold underline")
        for (_, description), keys in keys_of.items():
            named = " ".join(keys)
            if len(named) + 2 > column:  # too long for the column: above its description
                text.append(f"  {named}\n", style="bold")
                named = ""
            text.append(f"  {named:<{column}}", style="bold")
            text.append(f"{description}\n")
        text.append("\n")
    text.append("Fact colours\n", style="bold underline")
    for kind, style in legend.items():
        text.append("  ")
        text.append(f" {kind:<9}", style=style)
        text.append(f" {KIND_MEANINGS.get(kind, '')}\n")
    text.append("\nList flags\n", style="bold underline")
    for badge, meaning in badges(symbols):
        text.append(f"  {badge:<4}", style="bold")
        text.append(f"{meaning}\n")
    text.append("\nThe mouse: a click opens an article, picks a fact, or presses a key below.\n")
    return text


def hang(body: Text, width: int) -> Text:
    """`body` wrapped to `width` cells, each wrapped line going on under the start of its
    description (or its own indent), so the descriptions stay one column beside the keys
    (`help_text` given the width leaves them `DESCRIPTION_CELLS`)."""
    lines = []
    for line in body.split("\n", allow_blank=True):
        plain = line.plain
        if cell_len(plain) <= width:
            lines.append(line)
            continue
        keys = _HANG.match(plain)
        indent = len(keys.group()) if keys else len(plain) - len(plain.lstrip(" "))
        lead = cell_len(plain[:indent])
        if lead > width - DESCRIPTION_CELLS:  # too far in to leave its words room
            lead = indent = 0
        for number, (start, end) in enumerate(wrap_line(plain, indent, len(plain), width - lead)):
            piece = line[start:end]
            piece.rstrip()
            lines.append(Text.assemble(line[:indent] if not number else " " * lead, piece))
    return Text("\n").join(lines)


class HelpText(Static):
    """The help's text, wrapped again to the width inside its padding whenever that changes
    (and laid out again for it by `page`, when given)."""

    def __init__(
        self, body: Text, *, page: Callable[[int], Text] | None = None, id: str | None = None
    ) -> None:
        super().__init__(body, id=id)
        self.body = body
        self.page = page

    def on_resize(self, event: events.Resize) -> None:
        width = event.size.width - self.styles.gutter.width  # the event's size holds the padding
        self.update(hang(self.body if self.page is None else self.page(width), width))


class HelpScreen(Dialog[None]):
    """A page of text in a box (the help, the recent messages); escape, q, ? or F1 close it."""

    CSS_PATH = "dialogs.tcss"

    AUTO_FOCUS = "#help-box"  # so arrows, j/k, PgUp/PgDn scroll the page at once
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
        Binding("j", "scroll('down')", "Down", show=False),
        Binding("k", "scroll('up')", "Up", show=False),
    ]

    def __init__(
        self,
        body: Text,
        title: str = "govreader help",
        *,
        page: Callable[[int], Text] | None = None,
    ) -> None:
        """`body` as it reads at full width; `page`, given a width, the body laid out for it."""
        super().__init__()
        self.body = body
        self.page = page
        self.title_text = title

    def compose_box(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = self.title_text
            box.border_subtitle = self.key_hint([("esc", CLOSE)])
            yield HelpText(self.body, page=self.page, id="help-text")

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_relative(y=1 if direction == "down" else -1, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
