"""The facts view's table: a header line and the rows in view, drawn through the Line API.

The rows live in a library `FactTable`; this widget draws only the lines on screen (no widget per
row), with a row cursor and a column cursor (the column `s` sorts by and `F` groups by). Column
widths come from the header and the first rows in the current order; a table wider than the
pane scrolls sideways to keep the column cursor in view, with the first column pinned.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from govreader.library.fact_columns import Column, TableRow
from govreader.library.fact_table import FactTable
from govreader.table_text import GAP, MIN_CELLS, cell_text, fit, widths

SAMPLE_ROWS = 100  # the first page, read anyway to draw it
MAX_CELLS = 40
CHROME_CELLS = 3
"""The cells of the pane's border (two) and vertical scroll bar (one)."""
FIT_KEY_CELLS = 24
FIT_CELLS = 16
"""A key column, and any other, may be cut to this many cells so that the whole table fits."""
SORT_MARKS = (" ▲", " ▼")  # ascending, descending
NO_VALUE = "(none)"
"""A grouped table's group of the rows that have no value in the grouped column."""


class FactGrid(ScrollView, can_focus=True):
    """Shows one `FactTable`; `enter` posts `Chosen` with the row under the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Open", tooltip="Open the article at this fact (or the group)"),
        Binding("s", "sort", "Sort", tooltip="Sort by the current column (again: reverse)"),
        Binding("F", "group", "Group", tooltip="Group by the current column, with counts"),
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("left,h", "column(-1)", "Previous column", show=False),
        Binding("right,l", "column(1)", "Next column", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,g", "first", "First row", show=False),
        Binding("end,G", "last", "Last row", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "fact-grid--header",
        "fact-grid--column",
        "fact-grid--cursor",
        "fact-grid--muted",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    column: reactive[int] = reactive(0, init=False)

    class Chosen(Message):
        def __init__(self, row: TableRow) -> None:
            super().__init__()
            self.row = row

    class Moved(Message):
        """The row cursor moved, or the pane's size did (and so the columns in view)."""

    class Sort(Message):
        """Sort by column `name` (a header was clicked, or `s` pressed)."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class Group(Message):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.table: FactTable | None = None
        self.message = ""
        self._widths: list[int] = []
        self._whole: list[int] = []  # each column's widest cell, up to MAX_CELLS
        self._offsets: list[int] = []
        self._shift = 0  # cells of the unpinned columns scrolled out on the left
        self._style_cache: dict[str, Style] | None = None
        self._lines: dict[int, Strip] = {}  # drawn rows (not the cursor's) until a change
        self._drawn_with: tuple[object, ...] = ()
        self.key_columns = 1
        """How many first columns `_fit_keys` keeps in view (the view sets it per kind)."""

    def show(self, table: FactTable | None, *, cursor: int = 0, message: str = "") -> None:
        """Show `table` (None: only `message`, say while it loads) with the cursor on `cursor`."""
        self.table = table
        self.message = message
        if table is not None:
            self.set_reactive(FactGrid.column, min(self.column, len(table.columns) - 1))
        self._shift = 0
        self._measure()
        total = len(table) if table is not None else 0
        self.virtual_size = Size(self.size.width, total + 1)  # the header takes a line
        self._scroll_update(self.virtual_size)
        self.cursor = min(max(cursor, 0), max(total - 1, 0))
        self.refresh()

    @property
    def current(self) -> TableRow | None:
        table = self.table
        if table is None or not 0 <= self.cursor < len(table):
            return None
        return table.row(self.cursor)

    def _measure(self) -> None:
        table = self.table
        if table is None:
            self._widths, self._whole, self._offsets = [], [], []
            return
        sample = [table.row(index) for index in range(min(len(table), SAMPLE_ROWS))]
        rows = [row for row in sample if row is not None]
        whole = widths(table.columns, rows, None, None, mark=len(SORT_MARKS[0]))
        self._widths = [min(size, MAX_CELLS) for size in whole]
        self._whole = list(self._widths)
        self._widths[0] = min(self._widths[0], max(self._view_width // 3, 8))
        self._fit_keys()
        self._fit_all()
        self._widen(whole)
        self._offsets = []
        offset = 0
        for size in self._widths:
            self._offsets.append(offset)
            offset += size + GAP
        self._follow_column()

    def _fit_keys(self) -> None:
        """Narrow the widest of the first `key_columns` columns until they are all in view, so
        a narrow pane shows who, what and which prize cut short rather than the last of them
        not at all."""
        keys = self._widths[: self.key_columns]
        room = self._view_width - GAP * max(len(keys) - 1, 0)
        while sum(keys) > room:
            widest = max(range(len(keys)), key=keys.__getitem__)
            if keys[widest] <= MIN_CELLS:
                break
            keys[widest] -= 1
        self._widths[: len(keys)] = keys

    def _fit_all(self) -> None:
        """When every column fits with the key ones cut to `FIT_KEY_CELLS` and the others to
        `FIT_CELLS` at most, narrow the widest until all are in view: on a wide screen the dates
        and counts at the end are read whole, not cut by the edge behind a long category."""
        sizes = self._widths
        room = self._view_width - GAP * max(len(sizes) - 1, 0)
        keys = self.key_columns
        floors = [
            min(size, FIT_KEY_CELLS if n < keys else FIT_CELLS) for n, size in enumerate(sizes)
        ]
        if sum(sizes) <= room or sum(floors) > room:
            return
        while sum(sizes) > room:
            widest = max(range(len(sizes)), key=lambda n: sizes[n] - floors[n])
            sizes[widest] -= 1

    def _widen(self, whole: list[int]) -> None:
        """Give the room a wide pane has left to the cells cut short, left to right, so a long
        cell is read whole when the table fits."""
        spare = self._view_width - sum(self._widths) - GAP * len(self._widths)
        for index, size in enumerate(self._widths):
            extra = min(whole[index] - size, spare)
            if extra > 0:
                self._widths[index] += extra
                spare -= extra

    def _follow_column(self) -> None:
        """Scroll sideways so the current column is whole in view (the first is pinned)."""
        if not self._widths:
            return
        pinned = self._widths[0] + GAP
        room = max(self._view_width - pinned, 1)
        if self.column == 0:
            return
        start = self._offsets[self.column] - pinned
        end = start + self._widths[self.column]
        if start < self._shift:
            self._shift = start
        elif end > self._shift + room:  # to the first column start that shows it whole
            starts = (offset - pinned for offset in self._offsets[1 : self.column + 1])
            self._shift = next(s for s in starts if s >= end - room)

    def on_resize(self, event: events.Resize) -> None:
        self._measure()
        self.virtual_size = Size(event.size.width, (len(self.table) if self.table else 0) + 1)
        self.refresh()
        self.post_message(self.Moved())

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_cache = None

    def _styles(self) -> dict[str, Style]:
        if self._style_cache is None:
            self._style_cache = {
                name: self.get_component_rich_style(f"fact-grid--{name}", partial=True)
                for name in ("header", "column", "cursor", "muted")
            }
        return self._style_cache

    def refresh(self, *regions: Region, **options: Any) -> Self:
        if not regions:  # everything is redrawn: the drawn rows may be stale
            self._lines.clear()
        return super().refresh(*regions, **options)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        table = self.table
        styles = self._styles()
        if y == 0:
            return self._strip(self._header(styles), width, base)
        index = round(self.scroll_y) + y - 1
        if table is None or not len(table):
            if y == 1 and self.message:
                return self._strip(Text(fit(self.message, width), styles["muted"]), width, base)
            return Strip.blank(width, base)
        drawn_with = (base, self.app.theme, width)
        if drawn_with != self._drawn_with:
            self._lines.clear()
            self._drawn_with = drawn_with
        if index != self.cursor and index in self._lines:
            return self._lines[index]
        row = table.row(index)
        if row is None:
            return Strip.blank(width, base)
        text = Text(no_wrap=True, overflow="crop", end="")
        rooms = self._rooms()
        for number, (column, value, size) in enumerate(
            zip(table.columns, row.cells, self._widths, strict=True)
        ):
            if number:
                text.append(" " * GAP)
            style = styles["column"] if number == self.column else None
            shown = cell_text(column, value)
            if not number and value is None and table.grouped_by is not None:
                shown, style = NO_VALUE, styles["muted"]  # the group of rows without one
            text.append(self._cell(shown, size, rooms[number], column), style)
        if index == self.cursor:
            text.stylize(styles["cursor"])
            return self._strip(text, width, base)
        strip = self._lines[index] = self._strip(text, width, base)
        return strip

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        """The line with the pinned first column, then the others shifted sideways."""
        strip = Strip(text.render(self.app.console), text.cell_len).apply_style(base)
        if self._widths and self._shift:
            pinned = self._widths[0] + GAP
            rest = strip.crop(pinned + self._shift, pinned + self._shift + width - pinned)
            strip = Strip.join([strip.crop(0, pinned), rest])
        return strip.crop_extend(0, width, base)

    def _header(self, styles: dict[str, Style]) -> Text:
        text = Text(no_wrap=True, overflow="crop", end="")
        table = self.table
        if table is None:
            return text
        rooms = self._rooms()
        for number, (column, size) in enumerate(zip(table.columns, self._widths, strict=True)):
            if number:
                text.append(" " * GAP, styles["header"])
            title = column.title
            if column.name == table.sort_column:
                title += SORT_MARKS[table.descending]
            style = styles["header"] + styles["column"] if number == self.column else None
            text.append(self._cell(title, size, rooms[number], column), style or styles["header"])
        return text

    def _rooms(self) -> list[int]:
        """The cells of each column in view: its width, fewer for the one the right edge cuts
        (the columns scrolled out on the left are not drawn at all)."""
        width = self._view_width
        rooms = []
        for number, (offset, size) in enumerate(zip(self._offsets, self._widths, strict=True)):
            start = offset - self._shift if number else offset
            rooms.append(min(size, max(width - start, 0)))
        return rooms

    @staticmethod
    def _cell(text: str, size: int, room: int, column: Column) -> str:
        """`text` in `size` cells; in a column the edge cuts, fitted to the cells in view, so the
        cut shows as `…` and never passes a word's first syllables off as the whole. A column
        the edge leaves too few cells to say anything (`d…`) is left blank: `hidden_columns`
        counts it."""
        if room >= size:
            return fit(text, size, column.numeric)
        if room < MIN_CELLS:
            return " " * size
        return fit(text, room, column.numeric) + " " * (size - room)

    @property
    def hidden_columns(self) -> int:
        """The columns not drawn at all: scrolled out on the left, past the right edge, or
        left blank by it."""
        if not self._widths:
            return 0
        pinned = self._widths[0] + GAP
        columns = zip(self._offsets, self._widths, self._rooms(), strict=True)
        return sum(
            (number > 0 and offset - self._shift < pinned) or room < min(size, MIN_CELLS)
            for number, (offset, size, room) in enumerate(columns)
        )

    @property
    def _view_width(self) -> int:
        """The cells of a line not under the vertical scroll bar: what the columns may take.
        Reckoned from the rows, since the bar shows only after the next layout."""
        lines = (len(self.table) if self.table is not None else 0) + 1  # and the header
        bar = self.styles.scrollbar_size_vertical if lines > self.size.height else 0
        return max(self.size.width - bar, 0)

    def cells_for(self, columns: int, most: int = MAX_CELLS) -> int:
        """The cells the first `columns` columns take, each whole up to `most` cells, with the
        gaps between them and the pane's border and scroll bar: what the pane needs for them
        to be read."""
        shown = [min(size, most) for size in self._whole[:columns]]
        return sum(shown) + GAP * max(len(shown) - 1, 0) + CHROME_CELLS

    @property
    def wider_than_view(self) -> bool:
        """Whether some columns are out of view, to the left or the right."""
        if not self._widths:
            return False
        return self._shift > 0 or self._offsets[-1] + self._widths[-1] > self._view_width

    @property
    def _page(self) -> int:
        return max(self.size.height - 2, 1)

    def watch_cursor(self, old: int, new: int) -> None:
        for index in (old, new):
            y = index - round(self.scroll_y) + 1
            if 1 <= y < self.size.height:
                self.refresh(Region(0, y, self.size.width, 1))
        top = round(self.scroll_y)
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + self._page:
            self.scroll_to(y=new - self._page + 1, animate=False)
        self.post_message(self.Moved())

    def watch_column(self) -> None:
        self._follow_column()
        self.refresh()

    def action_cursor(self, delta: int) -> None:
        if self.table is not None and len(self.table):
            self.cursor = min(max(self.cursor + delta, 0), len(self.table) - 1)

    def action_column(self, delta: int) -> None:
        if self.table is not None:
            self.column = min(max(self.column + delta, 0), len(self.table.columns) - 1)

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * self._page)

    def action_first(self) -> None:
        self.action_cursor(-self.cursor)

    def action_last(self) -> None:
        if self.table is not None:
            self.action_cursor(len(self.table))

    def action_choose(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Chosen(row))

    def action_sort(self) -> None:
        if self.table is not None:
            self.post_message(self.Sort(self.table.columns[self.column].name))

    def action_group(self) -> None:
        if self.table is not None:
            self.post_message(self.Group(self.table.columns[self.column].name))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.table is None:
            return
        x = offset.x
        if self._widths and x >= self._widths[0] + GAP:
            x += self._shift
        self.column = max((i for i, start in enumerate(self._offsets) if start <= x), default=0)
        if offset.y == 0:
            self.action_sort()
            return
        index = round(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self.table):
            if index == self.cursor:
                self.action_choose()
            self.cursor = index
