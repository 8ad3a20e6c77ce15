"""The facts table as people read it: cells as words (`65억 원`, `163.1%`, `18–34세`), column
widths for a terminal where a Korean syllable takes two cells, and the table as aligned text.
Its files (CSV with a BOM, JSON) are written by `table_files`.

Shared by `govreader table` and the reader's facts view, so both show the same rows alike.
Cells are page text, filtered at import; they are filtered again here (`safe`, once per distinct
value), since a library written by an older version or edited by hand is no safer than a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any

from govreader.figures import korean_amount, number
from govreader.library import table_sql
from govreader.library.fact_columns import (
    ARTICLES_COLUMN,
    DAY_COLUMNS,
    KEY_CELLS,
    KEY_COLUMNS,
    Column,
    TableRow,
    paired,
)
from govreader.library.fact_plain import plain_cells
from govreader.library.fact_table import FactTable, shown_value
from govreader.plain_output import safe

GAP = 2
MIN_CELLS = 6
READABLE = 10
"""The fewest cells `govreader table` cuts a column after the key ones to in a terminal (a whole
date): a column that would have fewer is left out, from the right, and counted."""
FEW_NUMBERS = 10
"""A column of whole numbers with fewer distinct values than a tenth of its cells formats each
value once (below that, building the dictionary costs more than it saves)."""
SQL_ROWS = 20_000
"""The fewest rows whose aligned text SQLite writes (`sql_lines`): below, the printers are as
fast (the bench library's 7,916 awards: 18 ms of CPU, 32 by SQLite; 44,807 targets: 136, 105)."""
STORED = ("rate", "sources")
"""The columns the aligned text reads as stored and shows a distinct value at a time."""


_PLAIN_TEXT = re.compile("[ -~가-힣]*")
"""Printable ASCII and Hangul syllables: one cell a character, two a syllable."""


def cell_len(text: str) -> int:
    """The cells `text` takes in a terminal, as Rich counts them: a text of printable ASCII and
    Hangul syllables (every header, most cells) is counted here, as SQLite counts a plain
    text's (`fact_plain.text_cells`), any other by Rich, whose tables take 11 ms of CPU to
    load: a tenth of what `govreader table` may take, which then never loads them."""
    if _PLAIN_TEXT.fullmatch(text):
        return plain_cells(text)
    from rich.cells import cell_len as counted

    return counted(text)


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
    if column.name in DAY_COLUMNS:
        return str(value)[:10]
    if column.name == "year":
        return str(value)
    if isinstance(value, int | float):
        return number(value)
    return " ".join(safe(str(value)).split())


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
    return _within(sizes, available, most)


def _within(
    sizes: list[int], available: int | None, most: int | None, floors: Sequence[int] = ()
) -> list[int]:
    """`sizes` at most `most` each, and together (with the gaps) at most `available`: the widest
    column above its floor (`floors`, else `MIN_CELLS`) gives way first."""
    if most is not None:
        sizes = [min(size, most) for size in sizes]
    if available is None:
        return sizes
    least = list(floors) or [MIN_CELLS] * len(sizes)
    room = available - GAP * (len(sizes) - 1)
    while sum(sizes) > room:
        above = [n for n, size in enumerate(sizes) if size > least[n]]
        if not above:
            break
        widest = max(above, key=sizes.__getitem__)
        sizes[widest] = max(least[widest], sizes[widest] - max(1, (sum(sizes) - room) // 2))
    return sizes


def _kept_columns(sizes: list[int], keys: int, available: int | None) -> tuple[int, list[int]]:
    """How many first columns a terminal of `available` cells shows, and the fewest cells each
    is cut to: all when they fit whole; else as many as fit with the `keys` first cut to no fewer
    than `KEY_CELLS` and the others to `READABLE` (a column left with less would be a stub like
    `2023-12-…`); else the key columns alone, cut as far as `MIN_CELLS`."""
    if available is None or sum(sizes) + GAP * (len(sizes) - 1) <= available:
        return len(sizes), []
    floors = [min(size, KEY_CELLS if n < keys else READABLE) for n, size in enumerate(sizes)]
    for count in range(len(sizes), keys, -1):
        if sum(floors[:count]) + GAP * (count - 1) <= available:
            return count, floors[:count]
    return min(keys, len(sizes)), []


def fit(text: str, cells: int, numeric: bool = False) -> str:
    """`text` in exactly `cells` cells: cut with `…` (never inside a syllable), numbers to the
    right."""
    if cell_len(text) > cells:
        from rich.cells import set_cell_size

        text = set_cell_size(text, max(cells - 1, 0)).rstrip() + "…"
    pad = " " * max(cells - cell_len(text), 0)
    return pad + text if numeric else text + pad


def _texts(column: Column, cells: Sequence[Any]) -> dict[Any, str]:
    """Each distinct value of a column as `cell_text` shows it: plain counts and figures (the
    most numerous values of a large table) are formatted without a Python call each, words
    read as UTF-8 bytes are decoded, and the values read as stored (`STORED`) are shown here,
    once each."""
    distinct = set(cells)
    unknown = None in distinct
    distinct.discard(None)
    if column.sql[0] in STORED and len(column.sql) == 1:
        sql = column.sql[0]
        texts = {value: cell_text(column, shown_value(sql, _decoded(value))) for value in distinct}
        return {**texts, None: ""} if unknown else texts
    whole = _whole_numbers(column, distinct)
    if whole is not None:
        texts = dict(zip(whole, map(format, whole, repeat(",")), strict=True))
    else:
        texts = {value: cell_text(column, _decoded(value)) for value in distinct}
    if unknown:
        texts[None] = ""
    return texts


def _decoded(value: Any) -> Any:
    """A value read as UTF-8 bytes (`FactTable.printed`'s words) as the text it is."""
    return value.decode() if isinstance(value, bytes) else value


def _widths(texts: dict[Any, str]) -> dict[Any, int]:
    """The cells each text takes: its length for printable ASCII (numbers, dates), else what
    Rich counts (a Korean syllable takes two)."""
    words = list(texts.values())
    one_each = all(map(str.isascii, words)) and all(map(str.isprintable, words))
    return dict(zip(texts, map(len if one_each else cell_len, words), strict=True))


def _padded(
    texts: dict[Any, str], cells: dict[Any, int], size: int, numeric: bool
) -> dict[Any, str]:
    """Each text in exactly `size` cells, as `fit` makes it, from the cells it takes (`str.rjust`
    and `str.ljust` at once where every text takes a cell a character and fits)."""
    if all(map(int.__eq__, cells.values(), map(len, texts.values()))) and (
        max(cells.values(), default=0) <= size
    ):
        pad = str.rjust if numeric else str.ljust
        return dict(zip(texts, map(pad, texts.values(), repeat(size)), strict=True))
    out = {}
    for value, text in texts.items():
        room = size - cells[value]
        if room < 0:
            out[value] = fit(text, size, numeric)
        else:
            out[value] = " " * room + text if numeric else text + " " * room
    return out


def _whole_numbers(column: Column, cells: Iterable[Any]) -> set[int] | None:
    """The distinct values of a column of plain counts or figures when all are whole numbers
    (shown as `14,000`), else None."""
    if not column.numeric or column.money or column.name in ("rate", "ages", "year"):
        return None
    distinct = set(cells)
    distinct.discard(None)
    return distinct if set(map(type, distinct)) <= {int} else None


def _number_width(numbers: set[int]) -> int:
    """The cells the widest of `numbers` takes with thousands separators."""
    return max(len(format(min(numbers), ",")), len(format(max(numbers), ","))) if numbers else 0


def _column(
    column: Column,
    values: Sequence[Any],
    numbers: set[int] | None,
    texts: dict[Any, str],
    cells: dict[Any, int],
    size: int,
) -> list[str]:
    """A column's cells in `size` cells each: whole numbers straight from one `format` each
    when they fit (half the time of a dictionary of their texts, for as many values as rows),
    or each formatted once where a few repeat down the column (counts of articles: a tenth of
    the time); else each distinct value's text padded once (`_padded`)."""
    if numbers is not None:
        if _number_width(numbers) <= size:
            blank, spec = " " * size, f">{size},"
            if len(numbers) * FEW_NUMBERS < len(values):
                padded: dict[int | None, str] = dict(
                    zip(numbers, map(format, numbers, repeat(spec)), strict=True)
                )
                padded[None] = blank
                return list(map(padded.__getitem__, values))
            return [blank if value is None else format(value, spec) for value in values]
        texts = _texts(column, values)
        cells = _widths(texts)
    return list(map(_padded(texts, cells, size, column.numeric).__getitem__, values))


def fitted_lines(table: FactTable, available: int | None = None) -> tuple[list[str], int]:
    """The table as aligned lines (header first), and how many columns on the right were left
    out to fit `available` cells (a terminal; `_kept_columns`): the kind's key columns
    (`KEY_COLUMNS`, the first of a grouping) stay readable, as in the reader's facts view.

    Each column is worked out once per distinct value (its words, their width, the padded
    cell) and the lines are joined from those: most columns hold far fewer values than rows,
    and equal values show alike (`104` and `104.0` read the same)."""
    batches = table.printed(STORED, words_as_bytes=True)
    rows = paired([row for batch in batches for row in batch], table.pair)
    values = list(zip(*rows, strict=True)) if rows else [() for _ in table.columns]
    numbers = [
        _whole_numbers(column, cells) for column, cells in zip(table.columns, values, strict=True)
    ]
    texts = [
        _texts(column, cells) if found is None else {}
        for column, cells, found in zip(table.columns, values, numbers, strict=True)
    ]
    cells = list(map(_widths, texts))
    sizes = [
        max([cell_len(column.title), *counted.values()])
        if found is None
        else max(cell_len(column.title), _number_width(found))
        for column, counted, found in zip(table.columns, cells, numbers, strict=True)
    ]
    keys = 1 if available is None or table.grouped_by else KEY_COLUMNS.get(table.kind, 1)
    count, floors = _kept_columns(sizes, keys, available)
    columns = table.columns[:count]
    if floors:  # the columns after the key ones give way first, then the key ones
        sizes = _within(sizes[:count], available, None, [*sizes[:keys], *floors[keys:]])
    sizes = _within(sizes[:count], available, None, floors)
    gap = " " * GAP
    header = gap.join(
        fit(column.title, size, column.numeric) for column, size in zip(columns, sizes, strict=True)
    ).rstrip()
    padded = [
        _column(column, column_values, found, shown, counted, size)
        for column, column_values, found, shown, counted, size in zip(
            columns, values, numbers, texts, cells, sizes, strict=False
        )
    ]
    lines = [header, *map(str.rstrip, map(gap.join, zip(*padded, strict=True)))]
    return lines, len(table.columns) - count


def sql_lines(table: FactTable, available: int | None = None) -> tuple[str, bytes] | None:
    """The header and the lines of `fitted_lines` (the lines as UTF-8, `\\n` between them) made by
    SQLite (`table_sql`), when it can make them, the table has `SQL_ROWS` rows or more and
    fits `available` cells whole; else None. The rows are counted by the scan that measures
    them (a count of its own cost the targets a tenth of the measures' time)."""
    measured = table_sql.text_measures(table)
    if measured is None or measured[1] < max(SQL_ROWS, 1):  # none: `fitted_lines` says so
        return None
    values, _ = measured
    natural = [
        max(cell_len(column.title), _measured_width(column, found))
        for column, found in zip(table.columns, values, strict=True)
    ]
    keys = 1 if available is None else KEY_COLUMNS.get(table.kind, 1)
    kept, floors = _kept_columns(natural, keys, available)
    if kept < len(natural) or _within(natural, available, None, floors) != natural:
        return None
    gap = " " * GAP
    header = gap.join(
        fit(column.title, size, column.numeric)
        for column, size in zip(table.columns, natural, strict=True)
    ).rstrip()
    whole = table.columns[-1] == ARTICLES_COLUMN  # never blank: no spaces to cut after it
    return header, table_sql.text_body(table, natural, not whole, GAP)


def _measured_width(column: Column, found: Sequence[Any]) -> int:
    """The cells column's widest value takes, from what `table_sql.text_measures` read of it:
    the widest cells of its values, or its least and greatest numbers (whole: a table SQLite
    writes as aligned text has no others but rates, whose cells are kept)."""
    if len(found) == 1 or not column.numeric:  # texts (of one source, of several), or cells
        widest = max((int(value) for value in found if value is not None), default=0)
        return min(widest, 10) if column.name in DAY_COLUMNS else widest
    shown = [value for value in found if value is not None]
    return max((len(cell_text(column, value)) for value in shown), default=0)
