"""The facts table across the library: one kind's rows, sorted, grouped and counted per year by
SQL, read a page at a time, so a view asks only for the rows it shows.

Over the whole library the rows are `fact_rows`, kept up to date at import (`fact_store`); a
filtered table (a source, a period, words of the list's filter) first merges the lines of the
articles it keeps into a temporary table of the same shape.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any

from govreader.library.fact_columns import (
    ARTICLES_COLUMN,
    COLUMNS,
    DAY_COLUMNS,
    DEFAULT_SORT,
    Column,
    TableRow,
    Year,
    joined_sources,
    table_column,
)
from govreader.library.fact_groups import grouped_rows
from govreader.library.fact_plain import PLAIN_ROW, ROW_CELLS
from govreader.library.fact_store import SEPARATOR, merged
from govreader.model import FactKind

PAGE_SIZE = 100
MAX_PAGES = 16
Read = Callable[[str, Sequence[Any]], Iterator[list[tuple[Any, ...]]]]
"""Runs one query on the library's connection (under its lock while it is read) and yields its
rows a batch at a time, so printing a table of any length streams it."""
SOURCES_SQL = "govreader_sources"
"""The SQL function (`joined_sources`) the library's connection knows for a row's sources."""
SOURCES_CELLS_SQL = "govreader_sources_cells"
"""The SQL function (`sources_cells`) of the cells a row's sources take as the table shows them."""


TIES = ("article", "start", "key")
"""How rows equal in the sorted column are ordered: by their first article (in the order the
articles were imported), then by where the fact stands in it, as it is read; the fact's key
last, for two facts at one place."""


def _shown(sql: str) -> str:
    """The expression of a value as a table shows it: several sources as one sorted list (the
    SQL function only for rows told by several outlets; most have one); a whole 달성률 as a
    whole number (`104`, as goals and results are), whether SQLite read it from the stored
    rows or worked it out for a filtered table (where it comes back as `104.0`)."""
    if sql == "rate":
        return "CASE WHEN rate = CAST(rate AS INTEGER) THEN CAST(rate AS INTEGER) ELSE rate END"
    if sql != "sources":
        return sql
    return f"CASE WHEN instr(sources, '{SEPARATOR}') THEN {SOURCES_SQL}(sources) ELSE sources END"


def shown_value(sql: str, value: Any) -> Any:
    """A value read from column `sql` as stored, as the table shows it (`_shown` in Python)."""
    if sql == "rate" and isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    return joined_sources(value) if sql == "sources" else value


def all_rows(read: Read, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Every row `sql` finds, its batches read as one list."""
    return [row for batch in read(sql, params) for row in batch]


def filtered_rows(
    conn: sqlite3.Connection, kind: FactKind, where: str, params: Sequence[Any]
) -> str:
    """Merge the lines of the articles `where` keeps (a clause over `articles a`) into a
    temporary table shaped like `fact_rows`; returns its name. One a kind: the next filtered
    table of the kind replaces it, and the articles it keeps (`_kept`) with it."""
    name, kept = _filtered(kind), _kept(kind)
    conn.execute(f"DROP TABLE IF EXISTS {name}")
    conn.execute(f"DROP TABLE IF EXISTS {kept}")
    conn.execute(f"CREATE TABLE {kept} (id INTEGER PRIMARY KEY)")
    conn.execute(f"INSERT INTO {kept} SELECT a.id FROM articles a{where}", params)
    rows = merged(
        f"kind = ? AND article_id IN {kept}",
        [("round(100.0 * max(result) / max(goal), 1)", "rate")],
        [("first", "first"), (PLAIN_ROW, "plain"), *((sql, n) for n, sql in ROW_CELLS.items())],
    )
    conn.execute(f"CREATE TABLE {name} AS {rows}", [str(kind)])
    return name


def _filtered(kind: FactKind) -> str:
    """The temporary table of a filtered table of `kind`'s rows."""
    return f"temp.filtered_{kind}"


def _kept(kind: FactKind) -> str:
    """The temporary table of the articles a filtered table of `kind` keeps."""
    return f"{_filtered(kind)}_articles"


class FactTable:
    """One kind's rows (or a grouping of them) in their current order, read page by page."""

    def __init__(
        self,
        read: Read,
        kind: FactKind,
        source: str,
        *,
        columns: tuple[Column, ...] | None = None,
        conditions: tuple[tuple[str, tuple[Any, ...]], ...] = (),
        grouped_by: Column | None = None,
        counted: str | None = None,
    ) -> None:
        """`source`: the table (or a SELECT in brackets) holding the rows, `fact_rows` shaped;
        `conditions`: SQL clauses over it with their parameters; `counted`: a cheaper SELECT
        with as many rows as `source` (a grouping's, which need not count articles)."""
        self.read = read
        self.kind = kind
        self.source = source
        self.columns = columns or COLUMNS[kind]
        self.conditions = (
            (("kind = ?", (str(kind),)), *conditions) if not grouped_by else conditions
        )
        self.grouped_by = grouped_by
        self.counted = counted or source
        self.sort_column, self.descending = DEFAULT_SORT[kind] if not grouped_by else ("rows", True)
        self._total: int | None = None
        self._pages: OrderedDict[int, list[TableRow]] = OrderedDict()
        self._width = sum(len(column.sql) for column in self.columns)
        pairs = [n for n, column in enumerate(self.columns) if len(column.sql) > 1]
        self.pair = pairs[0] if pairs else None
        """The column read from two values (a range of ages; at most one a table), if any: the
        values of a row are its cells but for that one, whose two values stand side by side."""

    # the SQL of this table

    def where_clause(self) -> tuple[str, list[Any]]:
        """The filter's ` WHERE …` clause (empty for none) and its parameters."""
        if not self.conditions:
            return "", []
        clauses = " AND ".join(sql for sql, _ in self.conditions)
        return f" WHERE {clauses}", [p for _, params in self.conditions for p in params]

    def order_clause(self) -> str:
        """` ORDER BY …`: the sorted column (unknown values last), then ties in reading order.
        Newest first is the order the rows are kept in (`newest`, the first date or a number
        after every date: `schema_facts.ROWS_IN_ORDER_V8`), so SQLite reads them without a
        sort."""
        column = self.columns[self.index(self.sort_column)]
        direction = " DESC" if self.descending else ""
        if column.sql == ("first",) and self.descending and not self.grouped_by:
            return " ORDER BY " + ", ".join(["newest DESC", *TIES])
        keys = [f"{sql}{direction or ' NULLS LAST'}" for sql in column.sql]
        tail = ["value"] if self.grouped_by else list(TIES)
        return " ORDER BY " + ", ".join([*keys, *tail])

    def select_sql(
        self,
        *,
        days: bool = False,
        places: bool = False,
        stored: Collection[str] = (),
        words_as_bytes: bool = False,
    ) -> str:
        """The query of the rows in the current order: the cells' values (dates cut to the day
        when `days`; those read from `stored` columns as stored; the words of a fact's columns
        of text as UTF-8 bytes when `words_as_bytes`), then the fact's key and first place when
        `places`."""
        expressions = [
            f"substr({sql}, 1, 10)"
            if days and column.name in DAY_COLUMNS
            else f"CAST({sql} AS BLOB)"
            if words_as_bytes and not column.numeric and not self.grouped_by
            else sql
            if sql in stored
            else _shown(sql)
            for column in self.columns
            for sql in column.sql
        ]
        if places and self.grouped_by is None:
            expressions += ["key", "article", "start", "end"]
        where, _ = self.where_clause()
        return f"SELECT {', '.join(expressions)} FROM {self.source}{where}{self.order_clause()}"

    def lines(self, line: Callable[[list[str]], str], separator: str) -> tuple[str, list[Any]]:
        """The query of the rows' lines in the current order, joined by `separator` as one
        UTF-8 string, and its parameters: `line` makes a line's SQL from the SQL of its cells'
        values (`cell_values`), for a printer that has SQLite make its lines. A line is made
        before the rows are sorted, so the sort moves one value a row, not a value a cell."""
        where, params = self.where_clause()
        order = self.order_clause()
        rows = f"SELECT {line(self.cell_values())} AS line FROM {self.source}{where}{order}"
        return f"SELECT CAST(group_concat(line, {separator}) AS BLOB) FROM ({rows})", params

    def cell_values(self) -> list[str]:
        """The SQL of each value `printed` reads (dates cut to the day), in its order."""
        return [
            f"substr({sql}, 1, 10)" if column.name in DAY_COLUMNS else f"({_shown(sql)})"
            for column in self.columns
            for sql in column.sql
        ]

    @property
    def lines_of(self) -> str:
        """The lines (`line_key`, `line_article`) that the rows merge: every line of the kind
        for `fact_rows`, the kept articles' for a filtered table. A group counts its articles
        from them, since rows of one group may be told by the same article."""
        kind = self.kind
        kept = f" AND article_id IN {_kept(kind)}" if self.source == _filtered(kind) else ""
        return (
            "(SELECT key AS line_key, article_id AS line_article FROM fact_lines"
            f" WHERE kind = '{kind}'{kept})"
        )

    def scanned(self, expressions: Sequence[str], tail: str = "") -> tuple[str, list[Any]]:
        """The query of `expressions` over the rows in no order (aggregates, `tail` a GROUP BY
        or LIMIT), and its parameters."""
        where, params = self.where_clause()
        return f"SELECT {', '.join(expressions)} FROM {self.source}{where}{tail}", params

    def _cells(self, found: Sequence[Any]) -> tuple[Any, ...]:
        """The cells of one row of the query (its first `_width` values)."""
        if self.pair is None:
            return tuple(found[: self._width])
        cells = list(found[: self._width])
        low, high = cells[self.pair], cells.pop(self.pair + 1)  # a range of ages: one cell
        cells[self.pair] = None if low is None and high is None else (low, high)
        return tuple(cells)

    def table_row(self, found: Sequence[Any]) -> TableRow:
        """A row as `select_sql` reads it: its cells, then (a fact's row) where it opens."""
        cells = self._cells(found)
        if self.grouped_by is not None:
            return TableRow(cells)
        key, article_id, start, end = found[self._width :]
        return TableRow(cells, key, article_id, start, end)

    # reading

    def __len__(self) -> int:
        if self._total is None:
            where, params = self.where_clause()
            counted = all_rows(self.read, f"SELECT count(*) FROM {self.counted}{where}", params)
            self._total = int(counted[0][0])
        return self._total

    def row(self, index: int) -> TableRow | None:
        """The row at `index` in the current order, reading its page on first use."""
        if not 0 <= index < len(self):
            return None
        page, offset = divmod(index, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self.rows(page * PAGE_SIZE, PAGE_SIZE)
            self.keep_page(page, rows)
        return rows[offset] if offset < len(rows) else None

    def keep_page(self, page: int, rows: list[TableRow]) -> None:
        """Keep a page's rows read, the least recently read page let go past `MAX_PAGES`."""
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def rows(self, offset: int = 0, limit: int | None = None) -> list[TableRow]:
        """Rows in the current order from `offset`; all of them without `limit`."""
        where, params = self.where_clause()
        sql, extra = self.select_sql(places=True), []
        if limit is not None and self.grouped_by is None:  # a page: its keys sorted alone
            page = f"SELECT key FROM {self.source}{where}{self.order_clause()} LIMIT ? OFFSET ?"
            sql = sql.replace(self.order_clause(), f" AND key IN ({page}){self.order_clause()}")
            params, extra = [*params, *params], [limit, offset]
        elif limit is not None:
            sql, extra = sql + " LIMIT ? OFFSET ?", [limit, offset]
        return [self.table_row(found) for found in all_rows(self.read, sql, [*params, *extra])]

    def printed(
        self, stored: Collection[str] = (), *, words_as_bytes: bool = False
    ) -> Iterator[list[tuple[Any, ...]]]:
        """Every row in the current order, a batch at a time, as printing wants it and all
        worked out by SQL: the cells' values, dates cut to the day (YYYY-MM-DD), without the
        rows' places. The `pair` column's two values stand side by side.

        The values of the `stored` columns (`rate`, `sources`) come as stored, for a printer
        that shows each distinct value once itself (`shown_value`): SQL would work them out a
        row at a time, a fifth of the time of reading 44,809 rows. With `words_as_bytes`, a
        fact's columns of words (label, unit, sources; not a group's) come as their UTF-8 bytes,
        for a printer that decodes each distinct value once: a string made for every cell is
        a tenth of the time of reading the 44,809 targets."""
        _, params = self.where_clause()
        sql = self.select_sql(days=True, stored=stored, words_as_bytes=words_as_bytes)
        return self.read(sql, params)

    def position(self, row: TableRow) -> int | None:
        """Where a fact's row is in the current order (None for a group's row): the number of
        rows that sort before it, counted without sorting them; the pages around it are read
        (`fact_seek`)."""
        from govreader.library.fact_seek import position  # its module: this one's length

        return position(self, row)

    def index(self, name: str) -> int:
        """The position of the column called `name`; `KeyError` when the table has none."""
        for number, column in enumerate(self.columns):
            if column.name == name:
                return number
        raise KeyError(name)

    # new orders and views of the rows

    def sort(self, name: str, descending: bool | None = None) -> None:
        """Order by column `name`; without `descending`, the same column again flips the
        order, and a new one starts with the largest numbers, or A to Z."""
        column = self.columns[self.index(name)]
        if descending is None:
            descending = not self.descending if name == self.sort_column else column.numeric
        self.sort_column, self.descending = name, descending
        self._pages.clear()

    def grouped(self, name: str) -> FactTable:
        """A row per value of column `name` as the table shows it (rows told by the same
        outlets are one group, in whatever order the outlets told them): how many rows have it,
        in how many distinct articles, and the sum of the money column (`sum`, as the text heads
        it and JSON and CSV name it: each row once, on the line of its first article; a kind has
        one money column at most); most rows first."""
        column = self.columns[self.index(name)]
        where, params = self.where_clause()
        money = [c for c in self.columns if c.money]
        shown = [f"{_shown(sql)} AS shown{n}" for n, sql in enumerate(column.sql)]
        names = [f"shown{n} AS value{n or ''}" for n in range(len(column.sql))]
        groups = ", ".join(map(_shown, column.sql))
        source = grouped_rows(
            shown, [c.sql[0] for c in money], names, f"{self.source}{where}", self.lines_of
        )
        key = column._replace(sql=tuple(n.rsplit(" AS ", 1)[1] for n in names))
        columns = (
            key,
            table_column("rows", "rows", numeric=True),
            ARTICLES_COLUMN,
            *([table_column("sum", "sum", "total", numeric=True, money=True)] if money else []),
        )
        return FactTable(
            _bound(self.read, params),
            self.kind,
            source,
            columns=columns,
            grouped_by=key,
            counted=f"(SELECT 1 FROM {self.source}{where} GROUP BY {groups})",
        )

    def only(self, name: str, value: Any) -> FactTable:
        """The rows whose column `name` holds `value` (a group's rows)."""
        column = self.columns[self.index(name)]
        parts = value if len(column.sql) > 1 and value is not None else (value,) * len(column.sql)
        clauses = tuple(
            (f"{sql} IS NULL", ()) if part is None else (f"{_shown(sql)} = ?", (part,))
            for sql, part in zip(column.sql, parts, strict=True)
        )
        table = FactTable(
            self.read, self.kind, self.source, conditions=(*self.conditions[1:], *clauses)
        )
        table.sort_column, table.descending = self.sort_column, self.descending
        return table

    def years(self) -> list[Year]:
        """Rows and summed amounts per year (the stated year, else the first article's),
        oldest first; rows with no year at all are left out."""
        where, params = self.where_clause()
        year = "coalesce(year, CAST(substr(first, 1, 4) AS INTEGER))"
        found = all_rows(
            self.read,
            f"SELECT {year} AS y, count(*), total(value) FROM {self.source}{where}"
            " GROUP BY y HAVING y IS NOT NULL ORDER BY y",
            params,
        )
        return [Year(int(y), rows, amount) for y, rows, amount in found]


def _bound(read: Read, first: Sequence[Any]) -> Read:
    """`read` with `first` put before every query's own parameters (a grouping's inner query
    has its conditions' parameters before the outer query's)."""
    return lambda sql, params: read(sql, [*first, *params])
