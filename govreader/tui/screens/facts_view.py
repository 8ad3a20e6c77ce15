"""The facts view (`v`): one kind's facts across the library as a table, with bars per year.

A screen of its own, kept installed while the app runs, so leaving it (`v`, `escape`, or `enter`
to read a row's article) and coming back finds the same kind, order and row. Tables are asked of
the library in a worker thread and kept per kind until the list's filter changes; sorting and
grouping are the library table's own work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen

from govreader.fact_text import KIND_LABELS
from govreader.library import LibraryError, ListQuery
from govreader.library.fact_columns import DEFAULT_SORT, KEY_CELLS, KEY_COLUMNS
from govreader.library.fact_table import FactTable
from govreader.library.records import TABLE_KINDS
from govreader.model import FactKind
from govreader.table_text import cell_text
from govreader.tui.keys import APP_KEYS, FACTS_VIEW_KEYS, MAIN_KEYS, key_label
from govreader.tui.reader_app import ReaderApp
from govreader.tui.widgets.fact_grid import FactGrid
from govreader.tui.widgets.key_bar import KeyBar
from govreader.tui.widgets.kind_bar import KindBar
from govreader.tui.widgets.status_bar import StatusBar
from govreader.tui.widgets.year_bars import YearBars, bars_cells

if TYPE_CHECKING:
    from govreader.library import Library

BAR_KINDS = frozenset({FactKind.AWARD, FactKind.AMOUNT})


def hidden_hints(hidden: int) -> tuple[str, ...]:
    """What the status line says of `hidden` columns, longest first. The status bar shows the
    longest that leaves room for the message beside it (`StatusBar.show`'s `shorter`), so both
    read whole at 80 columns: `2 columns hidden: ← →` beside `sorted by 달성률, descending`,
    `2 hidden: ← →` beside `Wrote 26 rows to ./…`."""
    counted = f"{hidden} column{'s' if hidden > 1 else ''} hidden: ← →"
    return f"{counted} or a wider terminal", counted, f"{hidden} hidden: ← →"


def sorted_by(table: FactTable) -> str:
    """The table's order in words (`sorted by 달성률, descending`): said when it changes, and
    again on leaving the view, where `v` finds it kept."""
    order = "descending" if table.descending else "ascending"
    return f"sorted by {table.columns[table.index(table.sort_column)].title}, {order}"


def elsewhere_keys() -> list[Binding]:
    """The articles view's keys that mean nothing here: each says where it works, instead of
    doing nothing. Not in the help or the footer (no description)."""
    here = [*FACTS_VIEW_KEYS, *APP_KEYS, *Binding.make_bindings(FactGrid.BINDINGS)]
    taken = {key.strip() for binding in here for key in binding.key.split(",")}
    keys = {key.strip() for binding in MAIN_KEYS for key in binding.key.split(",")} - taken
    return [Binding(key, f"elsewhere('{key}')", "", show=False) for key in sorted(keys)]


def _now(call: Callable[..., object], *args: object) -> object:
    """Call `call` here and now (`_read` on the app's own thread)."""
    return call(*args)


class FactsView(Screen[None]):
    """Facts of one kind across the library (or the list's filter), merged, sortable, grouped."""

    CSS_PATH = "facts_view.tcss"
    AUTO_FOCUS = "#grid"
    BINDINGS: ClassVar[list[BindingType]] = [*FACTS_VIEW_KEYS, *APP_KEYS, *elsewhere_keys()]

    def __init__(
        self,
        library: Library,
        list_query: Callable[[], ListQuery],
        changes: Callable[[], int] = lambda: 0,
    ) -> None:
        """`list_query`: the main list's filter now, which the tables follow; `changes`: how
        many times the articles view has seen the library change (an article removed, pages
        imported), after which the tables are read again."""
        super().__init__()
        self.library = library
        self.list_query = list_query
        self.changes = changes
        self.query_: ListQuery | None = None
        self.read_at = -1  # `changes` when the tables were read
        self.kind = TABLE_KINDS[0]
        self.tables: dict[FactKind, FactTable] = {}
        self.places: dict[FactKind, int] = {}
        self.stack: list[tuple[FactTable, int]] = []  # groups and a group's rows, over the kind's
        self.group_said = ""  # which group's rows are shown (`recipient 성동구`)
        self.grid = FactGrid(id="grid")
        self.bars = YearBars(id="bars")
        self.kinds = KindBar(id="kinds")
        self.status_bar = StatusBar(id="status")

    def compose(self) -> ComposeResult:
        yield self.kinds
        with Horizontal(id="table-main"):
            yield self.grid
            yield self.bars
        yield self.status_bar
        yield KeyBar(id="keys")

    def on_screen_resume(self) -> None:
        """Shown again: the same place, unless the list's filter or the library changed since."""
        query, changes = self.list_query(), self.changes()
        if query != self.query_ or changes != self.read_at:
            self.query_, self.read_at = query, changes
            self.tables.clear()
            self.places.clear()
            self.stack.clear()
            self.action_kind(str(self.kind))
        self.grid.focus()

    class FactChosen(Message):
        """A fact's row was chosen: the app opens its article at the fact (`show_fact`)."""

        def __init__(self, article_id: int, start: int, end: int) -> None:
            super().__init__()
            self.article_id, self.start, self.end = article_id, start, end

    @property
    def shown(self) -> FactTable | None:
        if self.stack:
            return self.stack[-1][0]
        return self.tables.get(self.kind)

    def action_kind(self, kind: str) -> None:
        if self.shown is not None and not self.stack:
            self.places[self.kind] = self.grid.cursor
        self.kind = FactKind(kind)
        self.stack.clear()
        self.status_bar.show(right="")  # what was said of the last kind
        self.grid.set_reactive(FactGrid.column, 0)
        self.kinds.kind = self.kind
        self.kinds.refresh()
        self._fit_bars()
        query = self.query_ or ListQuery()
        if self.kind in self.tables:
            self._show(self.places.get(self.kind, 0))
        elif query == ListQuery():  # the library's own rows: nothing to merge, read at once
            self._read(self.kind, query)
        else:
            self.grid.show(None, message=f"reading the {self.kind} facts of the library…")
            self._show_status()
            self._load(self.kind, query)

    @on(KindBar.Chosen)
    def _kind_chosen(self, event: KindBar.Chosen) -> None:
        self.action_kind(str(event.kind))

    def action_next_kind(self, step: int) -> None:
        index = (TABLE_KINDS.index(self.kind) + step) % len(TABLE_KINDS)
        self.action_kind(str(TABLE_KINDS[index]))

    def _read(
        self, kind: FactKind, query: ListQuery, deliver: Callable[..., object] = _now
    ) -> None:
        """The table of `kind`, handed to `_loaded` (or `_failed`) through `deliver`. The whole
        library's is made here: it only names the rows kept at import (its first page is read
        as it is drawn), where a worker's thread and the frame that said `reading…` cost the
        awards' first open a third of its time on a busy machine."""
        try:
            table = self.library.fact_table(kind, query)
        except LibraryError as error:
            deliver(self._failed, kind, query, error)
            return
        deliver(self._loaded, kind, query, table)

    @work(thread=True, exclusive=True, group="fact-table")
    def _load(self, kind: FactKind, query: ListQuery) -> None:
        """A filtered table, whose rows are merged from the kept articles' lines (`filtered_rows`:
        up to the whole table's), in a worker, the view saying `reading…` meanwhile."""
        self._read(kind, query, self.app.call_from_thread)

    def _failed(self, kind: FactKind, query: ListQuery, error: LibraryError) -> None:
        """The table cannot be read: the grid says why instead of "reading…" forever."""
        if query == (self.query_ or ListQuery()) and kind is self.kind and not self.stack:
            self.grid.show(None, message=f"Cannot read the {kind} facts: {error}")
        self.app.notify(f"Cannot read the {kind} facts: {error}", severity="error")

    def _loaded(self, kind: FactKind, query: ListQuery, table: FactTable) -> None:
        if query != (self.query_ or ListQuery()):
            return
        self.tables[kind] = table
        if kind is self.kind and not self.stack:
            self._show(self.places.get(kind, 0))

    def _show(self, cursor: int = 0, message: str | None = None) -> None:
        """Show the table on top; `message` for the status line's right (None: keep it)."""
        table = self.shown
        empty = f"No {self.kind} facts in the library."
        if self.query_ is not None and self._filtered:  # say which filter, and the way out
            from govreader.tui.screens.main_core import describe_query

            listed = " · ".join(describe_query(self.query_))
            empty = f"No {self.kind} facts: {listed}"  # the filters, as the status line says them
            empty += " · v, then x: all"
        self.grid.key_columns = KEY_COLUMNS.get(self.kind, 1) if not self.stack else 1
        self.grid.show(table, cursor=cursor, message=empty)
        self._fit_bars()
        base = self.tables.get(self.kind)
        if self.kind in BAR_KINDS and base is not None:
            rows = table if table is not None and table.grouped_by is None else base
            self.bars.show(rows.years(), money=self.kind is FactKind.AMOUNT)
        self._show_status(message)

    def _fit_bars(self) -> None:
        """Bars beside the awards and amounts, when the table's key columns still fit whole
        beside them; else the table takes the whole width."""
        width = self.size.width
        needed = self.grid.cells_for(KEY_COLUMNS.get(self.kind, 0), KEY_CELLS)
        fits = needed <= width - bars_cells(width)
        self.bars.display = self.kind in BAR_KINDS and fits

    def on_resize(self) -> None:
        self._fit_bars()

    @property
    def _filtered(self) -> bool:
        return self.query_ is not None and self.query_ != ListQuery()

    def _show_status(self, message: str | None = None) -> None:
        """Where the cursor is on the left; on the right, `message`, or (None) what was said
        last, which a move of the cursor keeps, as the main screen's status line does."""
        from govreader.tui.screens.main_core import describe_query

        table = self.shown
        parts = [KIND_LABELS[self.kind]]
        hints: tuple[str, ...] = ()
        if table is not None:
            rows = len(table)
            parts.append(f"{self.grid.cursor + 1:,}/{rows:,}" if rows else "0 rows")
            if table.grouped_by is not None:
                parts.append(f"by {table.grouped_by.title}")
            elif self.stack:
                parts.append(f"{self.group_said} · escape: all")
            hidden = self.grid.hidden_columns
            if hidden and len(table):
                hints = hidden_hints(hidden)
                parts.append(hints[0])
            elif self.grid.wider_than_view and len(table):
                parts.append("← → more columns")
        at = len(parts) - 1
        if self.query_ is not None:
            parts += describe_query(self.query_)
        lefts = [" · ".join(parts)]
        for hint in hints[1:]:  # the status bar shows the longest that leaves its message room
            parts[at] = hint
            lefts.append(" · ".join(parts))
        self.status_bar.show(left=lefts[0], right=message, shorter=lefts[1:])

    @on(FactGrid.Sort)
    def _sort(self, event: FactGrid.Sort) -> None:
        table = self.shown
        if table is None:
            return
        current = self.grid.current
        table.sort(event.name)
        place = table.position(current) if current is not None else None
        self.grid.show(table, cursor=place or 0)
        self._show_status(sorted_by(table))

    @on(FactGrid.Group)
    def _group(self, event: FactGrid.Group) -> None:
        table = self.shown
        if table is None or table.grouped_by is not None:
            self._show_status("already grouped · escape first")
            return
        if not len(table):
            self._show_status("nothing to group: the table is empty")
            return
        self.stack.append((table.grouped(event.name), self.grid.cursor))
        self._show(message="")  # what was said (an order) was of the rows, not the groups

    @on(FactGrid.Chosen)
    def _chosen(self, event: FactGrid.Chosen) -> None:
        table = self.shown
        if table is None:
            self._show_status("the table is still being read")
            return
        if event.row is None:  # the footer offers enter on an empty table too
            way_out = " · v, then x: all" if self._filtered else ""
            self._show_status(f"nothing to open: the table is empty{way_out}")
            return
        if table.grouped_by is not None:  # a group: its rows
            rows_of = self.stack[-2][0] if len(self.stack) > 1 else self.tables[self.kind]
            value = event.row.cells[0]
            shown = cell_text(table.grouped_by, value)
            title = table.grouped_by.title
            self.group_said = f"{title} {shown}" if shown else f"no {title}"
            self.stack.append((rows_of.only(table.grouped_by.name, value), self.grid.cursor))
            self._show(message="")
            return
        row = event.row
        if row.article_id is not None:
            self.app.pop_screen()
            self.app.post_message(self.FactChosen(row.article_id, row.start, row.end))

    @on(FactGrid.Moved)
    def _moved(self) -> None:
        self._show_status()

    def action_elsewhere(self, key: str) -> None:
        if key == "slash":
            self._show_status("/ filters in the articles view (v); the table follows")
        else:
            self._show_status(f"{key_label(key)} is for articles: v, or enter on a row")

    def action_export(self, fmt: str) -> None:
        """The table shown, as `govreader table --format` writes it, to a new file in the
        export folder; written in a thread, since a large table takes a while."""
        table = self.shown
        if table is None:
            self._show_status("the table is still being read")
            return
        if not len(table):
            self._show_status("nothing to export: the table is empty")
            return
        self._export(table, fmt)

    @work(thread=True, group="table-export")
    def _export(self, table: FactTable, fmt: str) -> None:
        from govreader.export import shown_path
        from govreader.table_files import export_table

        folder = cast(ReaderApp, self.app).export_dir
        try:
            target = export_table(table, fmt, folder)
        except (OSError, LibraryError) as error:
            reason = error.strerror if isinstance(error, OSError) else None
            message = f"Cannot write to {folder}: {reason or error}"
            self.app.call_from_thread(self.app.notify, message, severity="error")
            return
        count = len(table)
        message = f"Wrote {count:,} row{'s' if count != 1 else ''} to {shown_path(target)}"
        self.app.call_from_thread(self.app.notify, message)

    def action_back(self) -> None:
        if self.stack:
            _, cursor = self.stack.pop()
            self._show(cursor, message="")
        else:
            self.action_close()

    def action_close(self) -> None:
        """Back to the articles, saying that `v` finds the table as it was left."""
        self.app.pop_screen()
        cast(ReaderApp, self.app).show_message(self.left_as())

    def left_as(self) -> str:
        """How the table is kept while the articles are read: its kind, and its grouping or
        order (or the row, when neither was changed)."""
        said = f"v shows the {KIND_LABELS[self.kind].lower()} table again"
        table = self.shown
        if table is None:
            return said
        if table.grouped_by is not None:
            return f"{said}, still grouped by {table.grouped_by.title}"
        if self.stack:
            return f"{said}, still showing {self.group_said}"
        if (table.sort_column, table.descending) != DEFAULT_SORT[self.kind]:
            return f"{said}, still {sorted_by(table)}"
        return f"{said}, at the same row"


def facts_view_bindings() -> list[Binding]:
    """The facts view's keys, for the help screen."""
    return [*FACTS_VIEW_KEYS, *Binding.make_bindings(FactGrid.BINDINGS)]
