"""Where the facts view's columns sit: widths fitted to the pane, offsets, and the sideways shift.

Plain arithmetic over cell counts, without Textual, so the layout is tested on its own and
`FactGrid` only draws and handles keys: the widths come from the header and the first rows in
the current order; a table wider than the pane scrolls sideways to keep the column cursor in
view, with the first column pinned.
"""

from __future__ import annotations

from collections.abc import Sequence

from govreader.library.fact_columns import KEY_CELLS, Column, TableRow
from govreader.table_text import GAP, MIN_CELLS, fit, widths

MAX_CELLS = 40
CHROME_CELLS = 3
"""The cells of the pane's border (two) and vertical scroll bar (one)."""
FIT_CELLS = 16
"""Any column but a key one may be cut to this many cells so that the whole table fits; a key
column to `KEY_CELLS`, the width `govreader table` cuts it to."""
SORT_MARKS = (" ▲", " ▼")  # ascending, descending


class GridColumns:
    """The columns' widths and offsets in cells for a pane `view` cells wide, and `shift`: the
    cells of the unpinned columns scrolled out on the left."""

    def __init__(self) -> None:
        self.widths: list[int] = []
        self.whole: list[int] = []  # each column's widest cell, up to MAX_CELLS
        self.offsets: list[int] = []
        self.shift = 0
        self.key_columns = 1
        """How many first columns `_fit_keys` keeps in view (the view sets it per kind)."""

    def measure(
        self, columns: Sequence[Column], rows: Sequence[TableRow], view: int, current: int
    ) -> None:
        """Lay out `columns` for `rows` (a sample) in `view` cells, with column `current` in
        view; no columns, no layout."""
        if not columns:
            self.widths, self.whole, self.offsets = [], [], []
            return
        whole = widths(columns, list(rows), None, None, mark=len(SORT_MARKS[0]))
        self.widths = [min(size, MAX_CELLS) for size in whole]
        self.whole = list(self.widths)
        self.widths[0] = min(self.widths[0], max(view // 3, 8))
        self._fit_keys(view)
        self._fit_all(view)
        self._widen(whole, view)
        self.offsets = []
        offset = 0
        for size in self.widths:
            self.offsets.append(offset)
            offset += size + GAP
        self.follow(current, view)

    def _fit_keys(self, view: int) -> None:
        """Narrow the widest of the first `key_columns` columns until they are all in view, so
        a narrow pane shows who, what and which prize cut short rather than the last of them
        not at all."""
        keys = self.widths[: self.key_columns]
        room = view - GAP * max(len(keys) - 1, 0)
        while sum(keys) > room:
            widest = max(range(len(keys)), key=keys.__getitem__)
            if keys[widest] <= MIN_CELLS:
                break
            keys[widest] -= 1
        self.widths[: len(keys)] = keys

    def _fit_all(self, view: int) -> None:
        """When every column fits with the key ones cut to `KEY_CELLS` and the others to
        `FIT_CELLS` at most, narrow the widest until all are in view: on a wide screen the dates
        and counts at the end are read whole, not cut by the edge behind a long category."""
        sizes = self.widths
        room = view - GAP * max(len(sizes) - 1, 0)
        keys = self.key_columns
        floors = [min(size, KEY_CELLS if n < keys else FIT_CELLS) for n, size in enumerate(sizes)]
        if sum(sizes) <= room or sum(floors) > room:
            return
        while sum(sizes) > room:
            widest = max(range(len(sizes)), key=lambda n: sizes[n] - floors[n])
            sizes[widest] -= 1

    def _widen(self, whole: list[int], view: int) -> None:
        """Give the room a wide pane has left to the cells cut short, left to right, so a long
        cell is read whole when the table fits."""
        spare = view - sum(self.widths) - GAP * len(self.widths)
        for index, size in enumerate(self.widths):
            extra = min(whole[index] - size, spare)
            if extra > 0:
                self.widths[index] += extra
                spare -= extra

    @property
    def pinned(self) -> int:
        """The cells of the first column and the gap after it, which never scroll."""
        return self.widths[0] + GAP if self.widths else 0

    def follow(self, column: int, view: int) -> None:
        """Scroll sideways so `column` is whole in view (the first is pinned)."""
        if not self.widths or column == 0:
            return
        pinned = self.pinned
        room = max(view - pinned, 1)
        start = self.offsets[column] - pinned
        end = start + self.widths[column]
        if start < self.shift:
            self.shift = start
        elif end > self.shift + room:  # to the first column start that shows it whole
            starts = (offset - pinned for offset in self.offsets[1 : column + 1])
            self.shift = next(s for s in starts if s >= end - room)

    def column_at(self, x: int) -> int:
        """The column under cell `x` of a line."""
        if self.widths and x >= self.pinned:
            x += self.shift
        return max((i for i, start in enumerate(self.offsets) if start <= x), default=0)

    def rooms(self, view: int) -> list[int]:
        """The cells of each column in view: its width, fewer for the one the right edge cuts
        (the columns scrolled out on the left are not drawn at all)."""
        rooms = []
        for number, (offset, size) in enumerate(zip(self.offsets, self.widths, strict=True)):
            start = offset - self.shift if number else offset
            rooms.append(min(size, max(view - start, 0)))
        return rooms

    @staticmethod
    def cell(text: str, size: int, room: int, column: Column) -> str:
        """`text` in `size` cells; in a column the edge cuts, fitted to the cells in view, so the
        cut shows as `…` and never passes a word's first syllables off as the whole. A column
        the edge leaves too few cells to say anything (`d…`) is left blank: `hidden` counts
        it."""
        if room >= size:
            return fit(text, size, column.numeric)
        if room < MIN_CELLS:
            return " " * size
        return fit(text, room, column.numeric) + " " * (size - room)

    def hidden(self, view: int) -> int:
        """The columns not drawn at all: scrolled out on the left, past the right edge, or
        left blank by it."""
        if not self.widths:
            return 0
        pinned = self.pinned
        columns = zip(self.offsets, self.widths, self.rooms(view), strict=True)
        return sum(
            (number > 0 and offset - self.shift < pinned) or room < min(size, MIN_CELLS)
            for number, (offset, size, room) in enumerate(columns)
        )

    def cells_for(self, columns: int, most: int = MAX_CELLS) -> int:
        """The cells the first `columns` columns take, each whole up to `most` cells, with the
        gaps between them and the pane's border and scroll bar: what the pane needs for them
        to be read."""
        shown = [min(size, most) for size in self.whole[:columns]]
        return sum(shown) + GAP * max(len(shown) - 1, 0) + CHROME_CELLS

    def wider_than(self, view: int) -> bool:
        """Whether some columns are out of view, to the left or the right."""
        if not self.widths:
            return False
        return self.shift > 0 or self.offsets[-1] + self.widths[-1] > view
