"""`govreader table`'s rows as lines made by SQLite (CSV, JSON, aligned text), one string for the
whole table, so Python never holds a value a cell: reading the 44,807 targets of the bench
library as Python values took 66 ms of CPU, two thirds of the command's whole goal.

Only a table whose rows are all plain (`fact_plain.PLAIN_ROW`, kept with each row: its texts
need no quote, escape or measure by Python, its numbers print alike) is written here: each of
its cells is then written by the other printers (`table_files`, `table_text`) as SQLite holds
it, and its width in a terminal is kept with it (`fact_plain.ROW_CELLS`). Any other table (a
grouping, a range of ages, one row not plain) gets None, and the caller writes it the slower way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from govreader.library.fact_columns import ARTICLES_COLUMN, Column
from govreader.library.fact_plain import CSV_PLAIN, ROW_CELLS, TEXT_PLAIN
from govreader.library.fact_table import SOURCES_CELLS_SQL, FactTable

_SOURCES = "sources"
"""The one column whose cell is not the row's value: several sources shown as one list."""


def _written_here(table: FactTable) -> bool:
    """Whether SQLite may write the table's lines at all: a fact's rows, each cell one value
    (not a range of ages)."""
    return table.grouped_by is None and table.pair is None


def _plain(table: FactTable) -> bool:
    """Whether SQLite writes the table's CSV or JSON (`_written_here`), every row plain (a scan
    that stops at the first that is not: the amounts, whose words mark the sum cut out of them
    with `…`, stop at once; a table written by SQLite is scanned whole, 4-5 ms of its 44,807
    targets, not all its lines made and let go)."""
    if not _written_here(table):
        return False
    sql, params = table.scanned(["1"], f" AND plain < {CSV_PLAIN} LIMIT 1")
    return not [row for batch in table.read(sql, params) for row in batch]


def _body(table: FactTable, line: Callable[[list[str]], str], separator: str) -> bytes:
    """The lines `line` makes of the rows in order (from the SQL of their cells' values),
    joined by `separator`, as UTF-8 (empty for no rows)."""
    sql, params = table.lines(line, separator)
    found = [row for batch in table.read(sql, params) for row in batch]
    return (found[0][0] if found else None) or b""


def _quoted_sources(column: Column, cell: str) -> str:
    """A cell for CSV: several sources (`A, B`) in quotes, as the csv module quotes a comma."""
    if column.sql[0] != _SOURCES:
        return cell
    return f"CASE WHEN instr({cell}, ',') THEN '\"' || {cell} || '\"' ELSE {cell} END"


def csv_body(table: FactTable) -> bytes | None:
    """The table's rows as CSV lines, `\\r\\n` between them (the caller writes the last: no copy
    of the table to add it), as `write_csv` writes them; None when SQLite does not write them
    (`_plain`)."""
    if not _plain(table):
        return None
    columns = table.columns

    def line(cells: list[str]) -> str:
        quoted = [
            _quoted_sources(column, cell) for column, cell in zip(columns, cells, strict=True)
        ]
        return f"printf('{','.join(['%s'] * len(cells))}', {', '.join(quoted)})"

    return _body(table, line, "'\r\n'")


def _json_cell(column: Column, cell: str) -> str:
    """A cell as JSON: a number as it is, a text in quotes (a plain one needs no escape)."""
    text = cell if column.numeric else f"'\"' || {cell} || '\"'"
    return f"coalesce({text}, 'null')"


def json_body(table: FactTable, names: Sequence[bytes]) -> bytes | None:
    """The table's rows as the objects of a JSON list indented by two (`names` its keys, JSON
    strings), without the list's brackets, as `write_json` writes them; None when SQLite does
    not write them."""
    if not _plain(table):
        return None
    keys = ",\n".join(f"    {name.decode()}: %s" for name in names)
    layout = ("  {\n" + keys + "\n  }").replace("'", "''")
    columns = table.columns

    def line(cells: list[str]) -> str:
        values = [_json_cell(column, cell) for column, cell in zip(columns, cells, strict=True)]
        return f"printf('{layout}', {', '.join(values)})"

    return _body(table, line, "',\n'")


def _cells_column(column: Column) -> str | None:
    """The stored column of the cells a text column's values take, if it has one."""
    name = f"{column.sql[0]}_cells"
    return name if name in ROW_CELLS else None


def _measures(column: Column) -> list[str]:
    """What the first scan reads of a column, from the rows' stored values and widths (not its
    cells, whose subquery would cost more than the scan): the cells its widest value takes (of
    one source, and of several), or its least and greatest numbers."""
    sql = column.sql[0]
    if sql == _SOURCES:
        several = f"{SOURCES_CELLS_SQL}({sql})"
        return [
            f"max({_SOURCES}_cells)",
            f"max(CASE WHEN {_SOURCES}_cells IS NULL AND {sql} IS NOT NULL THEN {several} END)",
        ]
    stored = _cells_column(column)
    if stored is not None:
        return [f"max({stored})"]
    if not column.numeric:
        return [f"max(length({sql}))"]  # a date: its day (at most 10 characters) in ASCII
    return [f"min({sql})", f"max({sql})"]


def text_measures(table: FactTable) -> tuple[list[list[object]], int] | None:
    """What `text_body` needs to know of each column before the lines (`_measures`), and the
    number of rows, read in one scan with how plain the rows are; None when SQLite does not
    write the lines."""
    if any(column.money for column in table.columns) or not _written_here(table):
        return None
    measures = [_measures(column) for column in table.columns]
    flat = [m for column in measures for m in column]
    sql, params = table.scanned([*flat, "min(plain)", "count(*)"])
    (found,) = [row for batch in table.read(sql, params) for row in batch]
    if found[-2] is not None and found[-2] < TEXT_PLAIN:
        return None
    values, start = [], 0
    for column in measures:
        values.append(list(found[start : start + len(column)]))
        start += len(column)
    return values, int(found[-1])


def text_body(table: FactTable, sizes: Sequence[int], rtrim: bool, gap: int) -> bytes:
    """The rows as aligned lines (`\n` between them), each cell in `sizes` cells (texts to the
    left, numbers to the right: whole ones with thousands separators, a rate with `%`), `gap`
    spaces between; trailing spaces cut when `rtrim` (a last column that may end in some).
    For a table `text_measures` found plain."""
    columns = table.columns

    def line(cells: list[str]) -> str:
        formats, values = [], []
        for column, cell, size in zip(columns, cells, sizes, strict=True):
            stored = _cells_column(column)
            if column.sql[0] == _SOURCES:
                taken = (
                    f"CASE WHEN {_SOURCES} IS NULL THEN 0 WHEN {_SOURCES}_cells IS NOT NULL"
                    f" THEN {_SOURCES}_cells ELSE {SOURCES_CELLS_SQL}({_SOURCES}) END"
                )
                formats.append("%s%*s")
                values += [cell, f"{size} - {taken}", "''"]
            elif column == ARTICLES_COLUMN:  # a count, never NULL
                formats.append("%,*d")
                values += [str(size), column.sql[0]]
            elif column.numeric and column.name not in _SHOWN_AS_IS:
                formats.append("%s")
                values.append(_whole_text(column, size))
            elif column.numeric:
                formats.append("%*s")
                values += [str(size), _number_text(column)]
            elif stored is not None:
                formats.append("%s%*s")
                values += [cell, f"{size} - coalesce({stored}, 0)", "''"]
            else:
                formats.append("%-*s")
                values += [str(size), cell]
        made = f"printf('{(' ' * gap).join(formats)}', {', '.join(values)})"
        return f"rtrim({made})" if rtrim else made

    return _body(table, line, "'\n'")


_SHOWN_AS_IS = frozenset({"year", "rate"})
"""The numeric columns not shown with thousands separators alone: a year, a rate with `%`.
Every other number of a row plain for aligned text is whole (`fact_plain.TEXT_PLAIN`)."""


def _whole_text(column: Column, size: int) -> str:
    """A whole number, or none, in `size` cells with thousands separators: one `printf` for
    both (a nested `printf` for the separators cost the targets' lines 5 ms a column)."""
    sql, blank = column.sql[0], "'" + " " * size + "'"
    return f"CASE WHEN {sql} IS NULL THEN {blank} ELSE printf('%,*d', {size}, {sql}) END"


def _number_text(column: Column) -> str:
    """A number as the table shows it: a year as it is, a rate with `%` (a whole one with
    thousands separators)."""
    sql = column.sql[0]  # as stored: `%,d` prints a whole float as the integer shown
    if column.name == "year":
        return sql
    return (
        f"CASE WHEN {sql} IS NULL THEN '' WHEN {sql} = CAST({sql} AS INTEGER)"
        f" THEN printf('%,d%%', {sql}) ELSE printf('%s%%', {sql}) END"
    )
