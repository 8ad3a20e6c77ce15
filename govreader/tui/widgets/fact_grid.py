"""The facts view's table: a header line and the rows in view, drawn through the Line API.

The rows live in a library `FactTable`; this widget draws only the lines on screen (no widget per
row), with a row cursor and a column cursor (the column `s` sorts by and `F` groups by). Where
the columns sit (widths, the sideways shift with the first column pinned) is `GridColumns`'s.
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

from govreader.library.fact_columns import TableRow
from govreader.library.fact_table import FactTable
from govreader.table_text import GAP, cell_text, fit
from govreader.tui.widgets.grid_columns import MAX_CELLS, SORT_MARKS, GridColumns

SAMPLE_ROWS = 100  # the first page, read anyway to draw it
NO_VALUE = "(none)"
"""A grouped table's group of the rows that have no value in the grouped column."""


class FactGrid(ScrollView, can_focus=True):
    """Shows one `FactTable`; `enter` posts `Chosen` with the row under the cursor (None when
    there is none, so that the screen can say why enter did nothing)."""

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
        def __init__(self, row: TableRow | None) -> None:
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
        self.grid_columns = GridColumns()
        self._style_cache: dict[str, Style] | None = None
        self._lines: dict[int, Strip] = {}  # drawn rows (not the cursor's) until a change
        self._drawn_with: tuple[object, ...] = ()

    def show(self, table: FactTable | None, *, cursor: int = 0, message: str = "") -> None:
        """Show `table` (None: only `message`, say while it loads) with the cursor on `cursor`."""
        self.table = table
        self.message = message
        if table is not None:
            self.set_reactive(FactGrid.column, min(self.column, len(table.columns) - 1))
        self.grid_columns.shift = 0
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

    @property
    def key_columns(self) -> int:
        """How many first columns stay in view however narrow the pane (the view sets it)."""
        return self.grid_columns.key_columns

    @key_columns.setter
    def key_columns(self, count: int) -> None:
        self.grid_columns.key_columns = count

    def _measure(self) -> None:
        table = self.table
        if table is None:
            self.grid_columns.measure((), (), self._view_width, self.column)
            return
        sample = [table.row(index) for index in range(min(len(table), SAMPLE_ROWS))]
        rows = [row for row in sample if row is not None]
        self.grid_columns.measure(table.columns, rows, self._view_width, self.column)

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
        rooms = self.grid_columns.rooms(self._view_width)
        for number, (column, value, size) in enumerate(
            zip(table.columns, row.cells, self.grid_columns.widths, strict=True)
        ):
            if number:
                text.append(" " * GAP)
            style = styles["column"] if number == self.column else None
            shown = cell_text(column, value)
            if not number and value is None and table.grouped_by is not None:
                shown, style = NO_VALUE, styles["muted"]  # the group of rows without one
            text.append(self.grid_columns.cell(shown, size, rooms[number], column), style)
        if index == self.cursor:
            text.stylize(styles["cursor"])
            return self._strip(text, width, base)
        strip = self._lines[index] = self._strip(text, width, base)
        return strip

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        """The line with the pinned first column, then the others shifted sideways."""
        strip = Strip(text.render(self.app.console), text.cell_len).apply_style(base)
        if shift := self.grid_columns.shift:
            pinned = self.grid_columns.pinned
            rest = strip.crop(pinned + shift, shift + width)
            strip = Strip.join([strip.crop(0, pinned), rest])
        return strip.crop_extend(0, width, base)

    def _header(self, styles: dict[str, Style]) -> Text:
        text = Text(no_wrap=True, overflow="crop", end="")
        table = self.table
        if table is None:
            return text
        rooms = self.grid_columns.rooms(self._view_width)
        for number, (column, size) in enumerate(
            zip(table.columns, self.grid_columns.widths, strict=True)
        ):
            if number:
                text.append(" " * GAP, styles["header"])
            title = column.title
            if column.name == table.sort_column:
                title += SORT_MARKS[table.descending]
            style = styles["header"] + styles["column"] if number == self.column else None
            cell = self.grid_columns.cell(title, size, rooms[number], column)
            text.append(cell, style or styles["header"])
        return text

    @property
    def hidden_columns(self) -> int:
        """The columns not drawn at all (`GridColumns.hidden`)."""
        return self.grid_columns.hidden(self._view_width)

    @property
    def _view_width(self) -> int:
        """The cells of a line not under the vertical scroll bar: what the columns may take.
        Reckoned from the rows, since the bar shows only after the next layout."""
        lines = (len(self.table) if self.table is not None else 0) + 1  # and the header
        bar = self.styles.scrollbar_size_vertical if lines > self.size.height else 0
        return max(self.size.width - bar, 0)

    def cells_for(self, columns: int, most: int = MAX_CELLS) -> int:
        """The cells the pane needs to show the first `columns` columns (`GridColumns`)."""
        return self.grid_columns.cells_for(columns, most)

    @property
    def wider_than_view(self) -> bool:
        """Whether some columns are out of view, to the left or the right."""
        return self.grid_columns.wider_than(self._view_width)

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
        self.grid_columns.follow(self.column, self._view_width)
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
        self.post_message(self.Chosen(self.current))

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
        self.column = self.grid_columns.column_at(offset.x)
        if offset.y == 0:
            self.action_sort()
            return
        index = round(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self.table):
            if index == self.cursor:
                self.action_choose()
            self.cursor = index
