"""The facts table as people read it: cells as words (`65억 원`, `163.1%`, `18–34세`), column
widths for a terminal where a Korean syllable takes two cells, and the table as aligned text,
CSV (with a BOM, for spreadsheets) or JSON.

Shared by `govreader table` and the reader's facts view, so both show the same rows alike.
Cells are page text that went through the ingest safety filter, so no control reaches here.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any

from rich.cells import cell_len, set_cell_size

from govreader.figures import korean_amount, number
from govreader.library.fact_table import Column, FactTable, TableRow

GAP = 2
MIN_CELLS = 6
DATE_COLUMNS = frozenset({"date", "first", "last"})


def _ages(value: tuple[int | None, int | None]) -> str:
    low, high = value
    if low is not None and high is not None:
        return f"{low}–{high}세"
    return f"{low}세 이상" if low is not None else f"{high}세 이하"


def cell_text(column: Column, value: Any) -> str:
    """One cell as the reader and the terminal table show it; empty when unknown."""
    if value is None:
        return ""
    if column.money:
        return f"{korean_amount(value)} 원"
    if column.name == "rate":
        return f"{number(value)}%"
    if column.name == "ages":
        return _ages(value)
    if column.name in DATE_COLUMNS:
        return str(value)[:10]
    if column.name == "year":
        return str(value)
    if isinstance(value, int | float):
        return number(value)
    return " ".join(str(value).split())


def _day(value: Any) -> Any:
    return None if value is None else str(value)[:10]


def _ages_plain(value: Any) -> Any:
    return None if value is None else list(value)


def _ages_csv(value: Any) -> Any:
    return None if value is None else "–".join("" if n is None else str(n) for n in value)


def _plain(columns: Sequence[Column], *, csv: bool) -> list[tuple[int, Callable[[Any], Any]]]:
    """The columns whose cells change on the way to CSV or JSON, and how: dates to YYYY-MM-DD,
    a range of ages to `18–34` (CSV) or a list (JSON); numbers stay numbers (amounts in 원)."""
    out: list[tuple[int, Callable[[Any], Any]]] = []
    for index, column in enumerate(columns):
        if column.name in DATE_COLUMNS:
            out.append((index, _day))
        elif len(column.sql) > 1:
            out.append((index, _ages_csv if csv else _ages_plain))
    return out


def _converted(table: FactTable, *, csv: bool) -> Sequence[Sequence[Any]]:
    changes = _plain(table.columns, csv=csv)
    rows = table.cells()
    if not changes:
        return rows
    out: list[Sequence[Any]] = []
    for cells in rows:
        values = list(cells)
        for index, change in changes:
            values[index] = change(values[index])
        out.append(values)
    return out


def widths(
    columns: Sequence[Column],
    rows: Sequence[TableRow],
    available: int | None = None,
    most: int | None = None,
    mark: int = 0,
) -> list[int]:
    """Each column's width in cells: its widest cell or header (and `mark` cells after a
    header, for a sort mark), at most `most`; when `available` is given and the row is wider,
    the widest columns give way first, down to a few cells each."""
    sizes = [cell_len(column.title) + mark for column in columns]
    for row in rows:
        for index, (column, value) in enumerate(zip(columns, row.cells, strict=True)):
            sizes[index] = max(sizes[index], cell_len(cell_text(column, value)))
    if most is not None:
        sizes = [min(size, most) for size in sizes]
    if available is None:
        return sizes
    room = available - GAP * (len(columns) - 1)
    while sum(sizes) > room:
        widest = max(range(len(sizes)), key=lambda i: sizes[i])
        if sizes[widest] <= MIN_CELLS:
            break
        sizes[widest] = max(MIN_CELLS, sizes[widest] - max(1, (sum(sizes) - room) // 2))
    return sizes


def fit(text: str, cells: int, numeric: bool = False) -> str:
    """`text` in exactly `cells` cells: cut with `…` (never inside a syllable), numbers to the
    right."""
    if cell_len(text) > cells:
        text = set_cell_size(text, max(cells - 1, 0)).rstrip() + "…"
    pad = " " * max(cells - cell_len(text), 0)
    return pad + text if numeric else text + pad


def table_lines(table: FactTable, available: int | None = None) -> list[str]:
    """The table as aligned lines (header first); cut to `available` cells in a terminal."""
    rows = [TableRow(cells) for cells in table.cells()]
    sizes = widths(table.columns, rows, available)
    gap = " " * GAP
    lines = [
        gap.join(fit(c.title, w, c.numeric) for c, w in zip(table.columns, sizes, strict=True))
    ]
    for row in rows:
        cells = (
            fit(cell_text(column, value), size, column.numeric)
            for column, value, size in zip(table.columns, row.cells, sizes, strict=True)
        )
        lines.append(gap.join(cells).rstrip())
    return lines


def table_csv(table: FactTable) -> str:
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(column.name for column in table.columns)
    writer.writerows(_converted(table, csv=True))
    return buffer.getvalue()


def table_json(table: FactTable) -> str:
    names = [column.name for column in table.columns]
    records = [dict(zip(names, cells, strict=True)) for cells in _converted(table, csv=False)]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
