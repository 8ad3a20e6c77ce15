"""The facts table across the library: one kind's lines, merged, sorted, grouped, per year.

Lines are stored at import (`fact_rows`); here one query per table merges the lines that tell
the same fact (same key) into one row with its number of articles and their sources, over the
whole library or the articles a filter keeps. Sorting and grouping then work on those rows in
memory, so re-sorting never goes back to the database. All SQL about facts lines is here.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from govreader.library.fact_rows import LINE_COLUMNS
from govreader.model import FactKind

SEPARATOR = "\x1f"


@dataclass(frozen=True)
class Column:
    """A column of the table: `name` is what `--group-by` and sorting take, `title` its header;
    `money` columns are summed when the table is grouped."""

    name: str
    title: str
    numeric: bool = False
    money: bool = False


_ARTICLES = Column("articles", "articles", numeric=True)
_DATE = Column("date", "date")
_SOURCE = Column("source", "source")
_YEAR = Column("year", "year", numeric=True)

COLUMNS: dict[FactKind, tuple[Column, ...]] = {
    FactKind.AWARD: (
        Column("recipient", "recipient"),
        Column("award", "award"),
        Column("prize", "prize"),
        Column("category", "category"),
        Column("organizer", "organizer"),
        _YEAR,
        _DATE,
        _SOURCE,
        _ARTICLES,
    ),
    FactKind.PROGRAM: (
        Column("name", "program"),
        _ARTICLES,
        Column("first", "first"),
        Column("last", "last"),
        Column("sources", "sources"),
    ),
    FactKind.TARGET: (
        Column("label", "label"),
        Column("unit", "unit"),
        Column("goal", "goal", numeric=True),
        Column("result", "result", numeric=True),
        Column("rate", "달성률", numeric=True),
        _YEAR,
        _DATE,
        _SOURCE,
        _ARTICLES,
    ),
    FactKind.AUDIENCE: (
        Column("text", "audience"),
        Column("ages", "ages", numeric=True),
        _ARTICLES,
        Column("first", "first"),
        Column("sources", "sources"),
    ),
    FactKind.AMOUNT: (
        Column("value", "amount", numeric=True, money=True),
        Column("for", "for"),
        _DATE,
        _SOURCE,
        _ARTICLES,
    ),
}
"""Each kind's columns, in the order the reader and `govreader table` show them."""

DEFAULT_SORT: dict[FactKind, tuple[str, bool]] = {
    FactKind.AWARD: ("date", True),
    FactKind.PROGRAM: ("articles", True),
    FactKind.TARGET: ("date", True),
    FactKind.AUDIENCE: ("articles", True),
    FactKind.AMOUNT: ("date", True),
}
"""Each kind's first order (column, descending): newest first, or the most told first."""

_SOURCES = f"group_concat(source, '{SEPARATOR}')"
_CELLS: dict[FactKind, str] = {
    FactKind.AWARD: "min(recipient), min(name), min(prize), max(category), max(organizer),"
    f" max(year), min(published), {_SOURCES}, count(*)",
    FactKind.PROGRAM: f"min(name), count(*), min(published), max(published), {_SOURCES}",
    FactKind.TARGET: "min(label), max(unit), max(goal), max(result),"
    " round(100.0 * max(result) / max(goal), 1), max(year), min(published),"
    f" {_SOURCES}, count(*)",
    FactKind.AUDIENCE: "min(words), max(age_min), max(age_max), count(*), min(published),"
    f" {_SOURCES}",
    FactKind.AMOUNT: f"max(value), min(words), min(published), {_SOURCES}, count(*)",
}
"""Each kind's cells as SQL over the lines of one key (one fact, told by `count(*)` articles):
the fields taken whole (max keeps a field one article states and another leaves out)."""
_OPENING = (
    f"coalesce(max(year), substr(min(published), 1, 4)),"
    f" min(coalesce(published, '9') || '{SEPARATOR}' || article_id || '{SEPARATOR}' || start"
    f" || '{SEPARATOR}' || end)"
)
"""After the cells: the year the row counts for in the bars, and the first article's fact."""


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row: cells in the order of the table's columns, and where to read it: the span of
    the fact in the first article that told it (`article_id` None for a group's row)."""

    cells: tuple[Any, ...]
    article_id: int | None = None
    start: int = 0
    end: int = 0
    year: int | None = None
    """The year the row counts for in the bars: its stated year, else its first article's."""
    amount: float | None = None


def write_lines(
    conn: sqlite3.Connection,
    article_id: int,
    published: str | None,
    source: str | None,
    lines: Sequence[Sequence[object]],
) -> None:
    """Store an article's lines (`FactLine`s, or the plain tuples they are) with its date and
    source, which the table shows and filters on without reading the articles."""
    names = ", ".join(("article_id", "published", "source", *LINE_COLUMNS))
    marks = ", ".join("?" * (len(LINE_COLUMNS) + 3))
    conn.executemany(
        f"INSERT INTO fact_lines ({names}) VALUES ({marks})",
        [(article_id, published, source, *line) for line in lines],
    )


def delete_lines(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute("DELETE FROM fact_lines WHERE article_id = ?", (article_id,))


def _sources(joined: str | None) -> str | None:
    if joined is None or SEPARATOR not in joined:
        return joined
    return ", ".join(sorted(set(joined.split(SEPARATOR))))


def _audience_cells(found: Sequence[Any]) -> tuple[Any, ...]:
    text, age_min, age_max, count, first, sources = found
    ages = (age_min, age_max) if age_min is not None or age_max is not None else None
    return (text, ages, count, first, sources)


def load_rows(
    conn: sqlite3.Connection, kind: FactKind, where: str, params: Sequence[Any]
) -> list[TableRow]:
    """The kind's merged rows over the articles `where` keeps (a clause over `articles a`)."""
    columns = COLUMNS[kind]
    width = len(columns) + (1 if kind is FactKind.AUDIENCE else 0)
    source = next(i for i, c in enumerate(columns) if c.name in ("source", "sources"))
    condition = "kind = ?"
    if where:
        condition += f" AND article_id IN (SELECT a.id FROM articles a{where})"
    sql = f"SELECT {_CELLS[kind]}, {_OPENING} FROM fact_lines WHERE {condition} GROUP BY key"
    rows = []
    for found in conn.execute(sql, [str(kind), *params]):
        year, opening = found[width:]
        cells = _audience_cells(found[:width]) if kind is FactKind.AUDIENCE else found[:width]
        if cells[source] is not None and SEPARATOR in cells[source]:
            cells = (*cells[:source], _sources(cells[source]), *cells[source + 1 :])
        _, article_id, start, end = opening.split(SEPARATOR)
        amount = cells[0] if kind is FactKind.AMOUNT else None
        year = int(year) if year is not None and str(year).isdigit() else None
        rows.append(TableRow(tuple(cells), int(article_id), int(start), int(end), year, amount))
    return rows


def _sort_key(value: Any) -> Any:
    if isinstance(value, tuple):  # ages: by the youngest, then the oldest
        return tuple(-1 if v is None else v for v in value)
    return value


def sort_rows(rows: Iterable[TableRow], index: int, descending: bool) -> list[TableRow]:
    """Rows by one column; rows without a value in it come last either way."""
    known = [row for row in rows if row.cells[index] is not None]
    unknown = [row for row in rows if row.cells[index] is None]
    known.sort(key=lambda row: _sort_key(row.cells[index]), reverse=descending)
    return known + unknown


@dataclass(frozen=True)
class Year:
    year: int
    rows: int
    amount: float


def per_year(rows: Iterable[TableRow]) -> list[Year]:
    """Rows and summed amounts per year, oldest first (rows with no year are left out)."""
    counts: dict[int, int] = defaultdict(int)
    sums: dict[int, float] = defaultdict(float)
    for row in rows:
        if row.year is not None:
            counts[row.year] += 1
            sums[row.year] += row.amount or 0
    return [Year(year, counts[year], sums[year]) for year in sorted(counts)]


def group_rows(
    rows: Sequence[TableRow], columns: Sequence[Column], index: int
) -> tuple[tuple[Column, ...], list[TableRow]]:
    """One row per value of column `index`: how many rows have it, in how many articles, and
    the sum of the money columns; most rows first."""
    column = columns[index]
    counted = columns.index(_ARTICLES) if _ARTICLES in columns else None
    money = [i for i, c in enumerate(columns) if c.money]
    groups: dict[Any, list[TableRow]] = defaultdict(list)
    for row in rows:
        groups[row.cells[index]].append(row)
    out_columns = (
        Column(column.name, column.title, column.numeric),
        Column("rows", "rows", numeric=True),
        _ARTICLES,
        *(Column(f"sum of {columns[i].name}", "sum", numeric=True, money=True) for i in money),
    )
    out: list[TableRow] = []
    for value, members in groups.items():
        articles = sum(r.cells[counted] for r in members) if counted is not None else len(members)
        sums = tuple(sum(r.cells[i] or 0 for r in members) for i in money)
        out.append(TableRow((value, len(members), articles, *sums)))
    return out_columns, sort_rows(out, 1, True)


class FactTable:
    """One kind's rows as the reader and `govreader table` show them, in their current order.

    A grouped table (`grouped`) has a row per value of a column; `only` keeps the rows with
    one value (what a group's row stands for)."""

    def __init__(
        self,
        kind: FactKind,
        rows: list[TableRow],
        columns: tuple[Column, ...] | None = None,
        *,
        grouped_by: Column | None = None,
        sort: tuple[str, bool] | None = None,
    ) -> None:
        self.kind = kind
        self.columns = columns or COLUMNS[kind]
        self.grouped_by = grouped_by
        self.rows = rows
        self.sort_column: str | None = None
        self.descending = False
        if sort is not None:
            self.sort(*sort)

    def __len__(self) -> int:
        return len(self.rows)

    def index(self, name: str) -> int:
        """The position of the column called `name`; `KeyError` when the table has none."""
        for number, column in enumerate(self.columns):
            if column.name == name:
                return number
        raise KeyError(name)

    def sort(self, name: str, descending: bool | None = None) -> None:
        """Order by column `name`; without `descending`, the same column again flips the
        order, and a new one starts with the largest numbers and A to Z."""
        index = self.index(name)
        if descending is None:
            if name == self.sort_column:
                descending = not self.descending
            else:
                descending = self.columns[index].numeric
        self.rows = sort_rows(self.rows, index, descending)
        self.sort_column, self.descending = name, descending

    def grouped(self, name: str) -> FactTable:
        """A row per value of column `name`, with counts (and sums of amounts)."""
        columns, rows = group_rows(self.rows, self.columns, self.index(name))
        table = FactTable(self.kind, rows, columns, grouped_by=columns[0])
        table.sort_column, table.descending = "rows", True
        return table

    def only(self, name: str, value: Any) -> FactTable:
        index = self.index(name)
        rows = [row for row in self.rows if row.cells[index] == value]
        table = FactTable(self.kind, rows, self.columns)
        table.sort_column, table.descending = self.sort_column, self.descending
        return table

    def years(self) -> list[Year]:
        return per_year(self.rows)
