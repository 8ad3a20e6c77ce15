"""The reading pane: an article wrapped to the pane's width, facts in their kind's colour.

A `ScrollView` on the Line API: the text is wrapped once per width into `(start, end)` slices,
so a fact's or a match's character offset maps straight to the screen line that shows it, and
only the lines in view are drawn. Each drawn line carries its place (the offsets Textual's mouse
selection reads), so text selected here is the article's, copied as it is written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Offset, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from govreader.model import FactKind
from govreader.tui.document import Document
from govreader.tui.widgets.frame_lines import FrameLines
from govreader.tui.wrap import wrap

SPAN_STYLES = ("title", "subtitle", "meta", *(str(kind) for kind in FactKind))
READING_CELLS = 88
"""The widest a line of text gets (about 44 syllables of Korean): on a wide pane the text keeps
a comfortable measure in the middle rather than lines of 150 cells."""


class Reader(FrameLines, ScrollView, can_focus=True):
    """Shows one `Document`; knows which line each fact and each find match is on."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "screen.escape", "List", tooltip="Back to the list"),
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("home,g", "screen.reader_edge(False)", "Top", show=False),
        Binding("end,G", "screen.reader_edge(True)", "Bottom", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"reader--{name}" for name in SPAN_STYLES),
        "reader--current",
        "reader--match",
        "reader--match-current",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = Document("")
        self.current_fact: int | None = None
        self.matches: list[tuple[int, int]] = []
        self.current_match: int | None = None
        self.find_term = ""
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._starts: list[int] = [0]
        self._line_spans: list[list[int]] = [[]]
        self._width = 0
        self._pending_top: int | None = 0
        self._strips: dict[int, Strip] = {}
        self._styles: dict[str, Style] | None = None

    def show(self, document: Document, top: int = 0) -> None:
        """Replace the text; `top` is the character offset to have on the first line."""
        self.document = document
        self.current_fact = None
        self.matches = []
        self.current_match = None
        self.find_term = ""
        self._width = 0
        self._pending_top = top
        self._relayout()

    @property
    def top_offset(self) -> int:
        """The character offset at the top of the view: the reading position to remember."""
        line = min(round(self.scroll_y), len(self._lines) - 1)
        return self._lines[line][0]

    def line_of(self, offset: int) -> int:
        """The wrapped line that shows the character at `offset`."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def _wrap_width(self) -> int:
        return min(self.scrollable_content_region.width, READING_CELLS)

    def _indent(self) -> int:
        """Blank cells left of the text, centring the measure in a wide pane."""
        return max((self.scrollable_content_region.width - self._width) // 2, 0)

    def _relayout(self) -> None:
        width = self._wrap_width()
        if width <= 0:
            return
        top = self._pending_top if self._pending_top is not None else self.top_offset
        self._pending_top = None
        self._width = width
        self._lines = wrap(self.document.text, width) or [(0, 0)]
        self._starts = [start for start, _ in self._lines]
        self._line_spans = [[] for _ in self._lines]
        for index, span in enumerate(self.document.spans):
            for line in range(self.line_of(span.start), self.line_of(span.end - 1) + 1):
                self._line_spans[line].append(index)
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        # Scrollbars follow a new virtual size only at the next layout; update them now so
        # the scroll below (to a remembered position or a fact) is not clamped to zero.
        self._scroll_update(self.virtual_size)
        self.scroll_to(y=self.line_of(top), animate=False, immediate=True)
        if self.current_fact is not None:  # rewrapped (a resize): keep the marked fact in view
            self.reveal(*self.document.fact_spans[self.current_fact])
        self._show_progress()
        self.refresh()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._show_progress()

    def _show_progress(self) -> None:
        """How far down the text the view reaches, under the pane (it has no scrollbar)."""
        total = len(self._lines)
        height = max(self.size.height, 1)
        if total <= height:
            self.border_subtitle = ""
            return
        bottom = min(round(self.scroll_y) + height, total)
        self.border_subtitle = f"{100 * bottom // total}%"

    def on_resize(self, event: events.Resize) -> None:
        if self._wrap_width() != self._width:
            self._relayout()
        else:  # as many lines (perhaps indented anew), more or fewer of them in view
            self._invalidate()
            self._show_progress()

    def notify_style_update(self) -> None:
        # Called on every focus change too; lines are redrawn only if their styles differ.
        super().notify_style_update()
        self._styles = None

    def _style(self, name: str) -> Style:
        if self._styles is None:
            self._styles = {
                name: self.get_component_rich_style(f"reader--{name}", partial=True)
                for name in (*SPAN_STYLES, "current", "match", "match-current")
            }
        return self._styles[name]

    def _invalidate(self) -> None:
        self._strips.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        if self._wrap_width() != self._width:
            # The first frame comes before the first Resize: wrap now so it shows the text.
            self._relayout()
        index = round(self.scroll_y) + y
        width = self.size.width
        base = self.line_base(self.app.theme)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            strip = self._render_text(index, base).apply_offsets(0, index)
            indent = self._indent()
            if indent:  # its cells are before the line's first character (`_selected`)
                blank = Strip.blank(indent, base).apply_offsets(-indent, index)
                strip = Strip.join([blank, strip])
            strip = strip.crop_extend(0, width, base)
            self._strips[index] = strip
        return strip

    def _render_text(self, index: int, base: Style) -> Strip:
        start, end = self._lines[index]
        marks: list[tuple[int, int, Style]] = []  # in order: a later one wins where they overlap

        def mark(a: int, b: int, style: Style) -> None:
            if style and a < end and b > start:
                marks.append((max(a, start) - start, min(b, end) - start, style))

        for span_index in self._line_spans[index]:
            span = self.document.spans[span_index]
            mark(span.start, span.end, self._style(span.style))
        if self.current_fact is not None:
            a, b = self.document.fact_spans[self.current_fact]
            mark(a, b, self._style("current"))
        first = bisect_left([b for _, b in self.matches], start + 1)
        for number in range(first, len(self.matches)):
            a, b = self.matches[number]
            if a >= end:
                break
            mark(a, b, self._style("match-current" if number == self.current_match else "match"))
        if self.text_selection is not None:
            selected = self.screen.get_component_rich_style("screen--selection", partial=True)
            mark(*self._selected(self.text_selection), selected)
        line = self.document.text[start:end]
        # The widget's style goes under each segment afterwards: folding it into the marks
        # would combine styles at every span edge, the bulk of drawing time.
        return Strip(_segments(line, marks), cell_len(line)).apply_style(base)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text selected with the mouse as the article writes it: a paragraph whole, not cut
        into the lines it is wrapped to here. (Textual reads a widget's text from `render`,
        which a Line API widget has none of: a selection here copied nothing, and said nothing.)"""
        start, end = self._selected(selection)
        return self.document.text[start:end], "\n"

    def _selected(self, selection: Selection) -> tuple[int, int]:
        """The character offsets of the text a selection covers: its points are (x, y) = (the
        character in a wrapped line, counting the indent's cells below zero; that line)."""

        def offset(point: Offset | None, default: int) -> int:
            if point is None:
                return default
            if point.y >= len(self._lines):
                return len(self.document.text)
            start, end = self._lines[point.y]
            return min(start + max(point.x, 0), end)

        return offset(selection.start, 0), offset(selection.end, len(self.document.text))

    def selection_updated(self, selection: Selection | None) -> None:
        self._invalidate()

    def reveal(self, start: int, end: int) -> None:
        """Scroll so the text between the offsets is in view, a third of the way down."""
        first, last = self.line_of(start), self.line_of(max(end - 1, start))
        top = round(self.scroll_y)
        height = max(self.size.height, 1)
        if first < top or last >= top + height:
            self.scroll_to(y=max(first - height // 3, 0), animate=False, immediate=True)

    def mark_fact(self, index: int | None) -> None:
        """Make fact `index` the current one (its own style) and bring it into view."""
        self.current_fact = index
        if index is not None:
            self.reveal(*self.document.fact_spans[index])
        self._invalidate()

    def find(self, term: str) -> int:
        """Highlight every match of `term` (case-insensitive); returns how many there are."""
        self.current_match = None
        self.find_term = term
        self.matches = (
            [m.span() for m in re.finditer(re.escape(term), self.document.text, re.IGNORECASE)]
            if term
            else []
        )
        self._invalidate()
        return len(self.matches)

    def next_match(self, forward: bool = True) -> int | None:
        """Move to the next (or previous) match after the current one or the top of the view."""
        if not self.matches:
            return None
        if self.current_match is not None:
            step = 1 if forward else -1
            number = (self.current_match + step) % len(self.matches)
        else:
            top = self.top_offset
            starts = [a for a, _ in self.matches]
            if forward:
                number = bisect_left(starts, top) % len(self.matches)
            else:
                number = (bisect_left(starts, top) - 1) % len(self.matches)
        self.current_match = number
        self.reveal(*self.matches[number])
        self._invalidate()
        return number

    def to_edge(self, end: bool) -> None:
        """To the top or the end at once (no smooth scroll); the marked fact is left behind."""
        self.scroll_to(y=self.max_scroll_y if end else 0, animate=False, immediate=True)
        if self.current_fact is not None:
            self.mark_fact(None)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + max(self.size.height - 2, 1), animate=False)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - max(self.size.height - 2, 1), animate=False)

    def visible_text(self) -> str:
        """The lines in view as plain text (what a test or screen reader would see)."""
        top = round(self.scroll_y)
        return "\n".join(
            self.document.text[a:b].rstrip() for a, b in self._lines[top : top + self.size.height]
        )


def _segments(line: str, marks: list[tuple[int, int, Style]]) -> list[Segment]:
    """`line` cut at every mark's edge, each piece in the styles of the marks over it combined
    in order: what `Text.stylize` then `Text.render` make of it, without a `Text` a line."""
    if not marks:
        return [Segment(line)]
    edges = sorted({0, len(line), *(a for a, _, _ in marks), *(b for _, b, _ in marks)})
    segments = []
    for a, b in pairwise(edges):
        over = [style for start, end, style in marks if start <= a and end >= b]
        segments.append(Segment(line[a:b], Style.combine(over) if over else None))
    return segments
