"""The facts pane: the article's facts grouped by kind, each with its normalised value."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from govreader.fact_text import KIND_LABELS, KIND_ORDER, describe, unlabelled_words
from govreader.model import Article, Fact
from govreader.tui.symbols import UNICODE
from govreader.tui.wrap import wrap_line

NO_FACTS_LINE = "No facts found in this article."


class FactsPane(OptionList):
    """One option per fact under a heading per kind; choosing one marks it in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter", "select", "Show fact", id="show-fact", tooltip="Show this fact in the article"
        ),
        Binding("escape", "screen.escape", "List", tooltip="Back to the list"),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "facts-pane--heading",
        *(f"facts-pane--{kind}" for kind in KIND_ORDER),
    }

    class Chosen(Message):
        """The user picked a fact: `index` is its position in the article's ordered facts."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.symbols = UNICODE
        self._fact_lines: dict[int, tuple[Text, Text]] = {}
        """Each fact's line (by option index) with its bullet in the kind's colour, and without:
        the highlighted line is all one colour, as no kind's colour reads on the highlight."""
        self._lit: int | None = None
        """The option last highlighted: its line goes back to its colours when the highlight
        moves on."""
        self._shown: tuple[Article | None, tuple[Fact, ...]] = (None, ())
        self._wrapped_at = 0  # the cells a fact's words were wrapped to (0: not wrapped)

    def show(
        self, article: Article | None, facts: tuple[Fact, ...] = (), *, empty: str = NO_FACTS_LINE
    ) -> None:
        """List `facts` (the article's, in reading order) grouped by kind; with none, `empty`."""
        self._fact_lines, self._lit = {}, None  # before clearing: no old line to restore
        self._shown = (article, facts)
        self._wrapped_at = room = self._room()
        self.clear_options()
        if article is None or not facts:
            self.add_option(Option(Text(empty), disabled=True))
            return
        options: list[Option] = []
        heading = self.get_component_rich_style("facts-pane--heading", partial=True)
        for kind in KIND_ORDER:
            of_kind = [(i, f) for i, f in enumerate(facts) if f.kind is kind]
            if not of_kind:
                continue
            options.append(
                Option(Text(f"{KIND_LABELS[kind]} ({len(of_kind)})", style=heading), disabled=True)
            )
            bullet = self.get_component_rich_style(f"facts-pane--{kind}", partial=True)
            told: set[str] = set()
            for index, fact in of_kind:
                symbols = self.symbols
                words = self._hang(symbols.plain(_described(fact, article, told)), room)
                line = Text.assemble((f"{symbols.bullet} ", bullet), words)
                self._fact_lines[len(options)] = (line, Text.assemble(f"{symbols.bullet} ", words))
                options.append(Option(line, id=str(index)))
        self.add_options(options)

    def _room(self) -> int:
        """The cells a fact's words have beside the bullet, the scroll bar's room kept (it
        shows once the facts are listed, and a wrap must not depend on it)."""
        option = self.get_component_styles("option-list--option").padding.width
        bar = self.styles.scrollbar_size_vertical
        return max(self.content_region.width - bar - option - len(f"{self.symbols.bullet} "), 0)

    @staticmethod
    def _hang(words: str, room: int) -> str:
        """`words` wrapped to `room` cells, each line after the first under the first one's
        start (past the bullet), so a long quote reads as one item, not as lines of the pane."""
        if room < 8 or cell_len(words) <= room:
            return words
        lines = [words[start:end].rstrip() for start, end in wrap_line(words, 0, len(words), room)]
        return "\n  ".join(lines)

    def on_resize(self, event: events.Resize) -> None:
        """Wrap the facts again to the new width, the highlight kept on its fact."""
        if self._room() == self._wrapped_at or not self._fact_lines:
            return
        highlighted = self.highlighted
        fact = None if highlighted is None else self.get_option_at_index(highlighted).id
        self.show(*self._shown)
        if fact is not None:
            self.select_fact(int(fact))
            self.call_after_refresh(self.scroll_to_highlight)

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        old, new = self._lit, highlighted
        self._lit = new
        if old in self._fact_lines and old != new:
            self.replace_option_prompt_at_index(old, self._fact_lines[old][0])
        if new in self._fact_lines:
            self.replace_option_prompt_at_index(new, self._fact_lines[new][1])

    def scroll_to_highlight(self, top: bool = False) -> None:
        """Bring the highlighted fact into view with its kind's heading above it when both fit:
        a fact shown without its heading does not say what kind it is (the headings cannot be
        highlighted, so the arrows alone would never scroll the first one back into view)."""
        highlighted = self.highlighted
        if top or highlighted is None or highlighted not in self._fact_lines or not self.is_mounted:
            super().scroll_to_highlight(top)
            return
        self._update_lines()
        heading = highlighted
        while heading > 0 and heading in self._fact_lines:
            heading -= 1
        lines = self._index_to_line
        if heading not in lines or highlighted not in lines:  # not laid out yet
            return
        first, last = lines[heading], lines[highlighted] + self._heights[highlighted]
        if last - first > self.scrollable_content_region.height:
            super().scroll_to_highlight()
            return
        region = Region(0, first, self.scrollable_content_region.width, last - first)
        self.scroll_to_region(region, force=True, animate=False, immediate=True)

    def select_fact(self, index: int | None) -> None:
        """Move the highlight to fact `index` without announcing a choice; with none, to the
        first fact listed, the pane at its top (that fact's heading is its first line)."""
        if index is None:
            position = min(self._fact_lines, default=None)
        else:
            try:
                position = self.get_option_index(str(index))
            except OptionDoesNotExist:
                return
        if position is None:
            return
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = position
        self.call_after_refresh(self.scroll_to_highlight)  # once the pane is laid out

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(int(event.option.id)))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None and self.has_focus:
            self.post_message(self.Chosen(int(event.option.id)))


def _described(fact: Fact, article: Article, told: set[str]) -> str:
    """What the pane says of `fact`: its description (with the words around it where it
    says nothing of what it counts), marked `(again)` where an earlier fact of
    its kind was described the same (a program named twice, a count told again in a quote): each
    line is a place to jump to, and two alike read as one fact listed twice by mistake."""
    description = describe(fact, article)
    words = unlabelled_words(fact, article)
    if words:  # what a goal or a result with no label counts, in the article's words
        description = f"{description} · {words}"
    if description in told:
        return f"{description} (again)"
    told.add(description)
    return description
