"""The facts table as files: CSV (with a BOM, for spreadsheets) and JSON, streamed a batch of
rows at a time, for `govreader table --format` and the facts view's export.

Apart from `table_text` because writing files shares nothing with fitting a table to a terminal
but the cells' order (`fact_columns.paired`): this part needs the escaping of stored cells for
spreadsheets and JSON readers, the other the cell widths of a terminal (and so never loads
them).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import date
from itertools import repeat
from pathlib import Path
from typing import Any, TextIO

from govreader.export import FORMULA_STARTS, all_printable, spreadsheet_text, write_new
from govreader.kept_tables import utf8_stdout
from govreader.library import table_sql
from govreader.library.fact_columns import paired
from govreader.library.fact_table import FactTable


def _ages_csv(value: tuple[int | None, int | None] | None) -> str | None:
    return None if value is None else "–".join("" if n is None else str(n) for n in value)


def _ages_list(value: tuple[int | None, int | None] | None) -> list[int | None] | None:
    return None if value is None else list(value)


def write_csv(table: FactTable, out: TextIO) -> None:
    """The table as CSV with a BOM (for spreadsheets), written a batch of rows at a time: dates
    as YYYY-MM-DD, a range of ages as `18–34`, numbers as numbers (amounts in 원); a control
    character or bidi override left in a stored cell is shown as its escape (`\\x1b`), and a text
    cell that a spreadsheet would run as a formula starts with an apostrophe, as in the facts' CSV
    (`spreadsheet_text`)."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(column.name for column in table.columns)
    body = table_sql.csv_body(table)
    if body is not None:
        write = utf8_writer(out)
        for part in (body, b"\r\n") if body else ():
            write(part)
        return
    batch_out = io.StringIO()
    batch_writer = csv.writer(batch_out, lineterminator="\r\n")
    for batch in table.printed():
        rows = paired(batch, table.pair, _ages_csv)
        batch_out.seek(0)
        batch_out.truncate()
        batch_writer.writerows(rows)
        lines = batch_out.getvalue()
        # A batch is checked whole, its cells one by one only when something needs escaping
        # (a cell at a time costs more than the rest of the CSV): the row ends are its only CRs,
        # and no field starts (at a line's start or after a comma, quoted or not) a formula.
        if (
            lines.count("\r") == len(rows)
            and all_printable(lines.replace("\r", ""))
            and _FIELD_FORMULA.search(lines) is None
        ):
            out.write(lines)
        else:
            cell = spreadsheet_text
            writer.writerows([cell(c) if isinstance(c, str) else c for c in row] for row in rows)


_FIELD_FORMULA = re.compile(f'(?:^|,)"?[{re.escape("".join(FORMULA_STARTS))}]', re.MULTILINE)
"""A CSV field that may start a formula (or a comma inside a quoted field: checked cell by cell)."""


def write_json(table: FactTable, out: TextIO) -> None:
    """The table as a JSON list of objects (indented by two), written a batch at a time: dates
    as YYYY-MM-DD, a range of ages as a list, numbers as numbers (amounts in 원).

    orjson, because the standard library indents in Python: 0.7 s for 44,000 rows. Its UTF-8
    goes straight to a UTF-8 stream's bytes (`_utf8_bytes`), not decoded to be encoded again.
    orjson escapes C0 controls; DEL, C1 controls and bidi overrides left in a stored cell are
    escaped here (`\\u202e`): the same string to a JSON reader, nothing to a terminal."""
    import orjson

    names = [column.name for column in table.columns]
    write = utf8_writer(out)
    body = table_sql.json_body(table, [orjson.dumps(name) for name in names])
    if body is not None:
        for part in (b"[\n", body, b"\n]\n") if body else (b"[]\n",):
            write(part)  # not joined: a copy of the table less
        return
    start = b"[\n"
    for batch in table.printed():
        rows = paired(batch, table.pair, _ages_list)
        records = list(map(dict, map(zip, repeat(names), rows)))
        encoded = _UNPRINTABLE_UTF8.sub(_escaped, orjson.dumps(records, option=orjson.OPT_INDENT_2))
        write(start + encoded[2:-2])
        start = b",\n"
    write(b"[]\n" if start == b"[\n" else b"\n]\n")


_UNPRINTABLE_UTF8 = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")
"""DEL, the C1 controls and the bidi embeddings, overrides and isolates, as UTF-8."""


def _escaped(match: re.Match[bytes]) -> bytes:
    return b"\\u%04x" % ord(match.group().decode())


TABLE_WRITERS: dict[str, Callable[[FactTable, TextIO], None]] = {
    "csv": write_csv,
    "json": write_json,
}
"""The files a table is written as, by format name (`govreader table --format`)."""


def table_name(table: FactTable, today: date | None = None) -> str:
    """A file name stem for a table's export: the day, the kind, and the grouping if any
    (`2026-12-06 award table by year`), by the column's title as the table heads it and the
    status line says it (`amount table by amount`, not `by value`); `--group-by` takes it too."""
    name = f"{(today or date.today()).isoformat()} {table.kind} table"
    if table.grouped_by is not None:
        name += f" by {table.grouped_by.title}"
    return name


def export_table(table: FactTable, fmt: str, folder: Path) -> Path:
    """Write `table` as `fmt` (csv or json: what `govreader table --format` prints, the same
    rows in the same order) to a new file in `folder`, never over an existing one; the path
    written. Raises OSError."""
    out = io.StringIO()
    TABLE_WRITERS[fmt](table, out)
    return write_new(folder, table_name(table), fmt, out.getvalue())


def utf8_writer(out: TextIO) -> Callable[[bytes], Any]:
    """A writer of UTF-8 bytes to `out`: the binary buffer of a UTF-8 standard output where
    lines end in `\n` (`kept_tables.utf8_stdout`; flushed first, so what was written as text
    comes before), else decoded and written as text (a file may translate line ends)."""
    binary = utf8_stdout(out)
    if binary is None:
        return lambda data: out.write(data.decode())
    out.flush()
    return binary.write
