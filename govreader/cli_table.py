"""`govreader table KIND`: the facts table of the library in the shell, as aligned text, CSV or
JSON (the same rows as the reader's facts view)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from contextlib import redirect_stdout
from typing import TYPE_CHECKING, Any, TextIO, cast

from govreader.export import say

if TYPE_CHECKING:
    from govreader.library import Library
    from govreader.library.fact_table import FactTable
    from govreader.model import FactKind

KINDS = ("award", "program", "target", "audience", "amount")
FORMATS = ("text", "csv", "json")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def add_parser(sub: Any, library_option: Any) -> None:
    """The `table` subcommand. Its choices are checked by `run`, so a bad one is one line."""
    table = sub.add_parser(
        "table",
        help="every award, program, target, audience or amount across the library",
        description="One row per fact across the library; a fact told by several articles is "
        "one row with their number and sources.",
    )
    table.add_argument("kind", metavar="KIND", help="one of: " + ", ".join(KINDS))
    table.add_argument(
        "--since", metavar="DATE", help="only articles published on or after YYYY[-MM[-DD]]"
    )
    table.add_argument(
        "--until", metavar="DATE", help="only articles published on or before YYYY[-MM[-DD]]"
    )
    add_source_options(table)
    table.add_argument(
        "--group-by",
        metavar="COLUMN",
        help="one row per value, with counts; COLUMN is a heading the text shows (달성률, "
        "program) or its name in JSON (rate, name)",
    )
    table.add_argument("--sort", metavar="COLUMN", help="order by this column (named as above)")
    table.add_argument(
        "--format", default="text", metavar="FORMAT", help="text (default), csv or json"
    )
    library_option(table)


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """`--source NAME` and `--no-source` (the reader's `(no source)`), one or the other: an
    article whose page names no source has no name to give `--source`."""
    sources = parser.add_mutually_exclusive_group()
    sources.add_argument("--source", metavar="NAME", help="only articles from this source")
    sources.add_argument(
        "--no-source",
        action="store_true",
        help="only articles whose page names no source (the reader's `(no source)`)",
    )


EMPTY_SOURCE = "no source is named '': --no-source keeps the articles whose page names none"


def _bad(option: str, reason: str) -> int:
    say(reason, option)
    return 2


def run(args: argparse.Namespace) -> int:
    from govreader.import_report import empty_library, open_library
    from govreader.library import LibraryError
    from govreader.library.fact_columns import COLUMNS, accepted_names, column_named
    from govreader.model import FactKind

    kind = args.kind.lower().removesuffix("s")
    if kind not in KINDS:
        return _bad("table", f"unknown kind {args.kind!r} (one of {', '.join(KINDS)})")
    columns = COLUMNS[FactKind(kind)]
    for option in ("group_by", "sort"):  # a heading as shown, or a name: the name from here on
        value = getattr(args, option)
        column = None if value is None else column_named(columns, value)
        if column is not None:
            setattr(args, option, column.name)
        elif value is not None:
            return _bad(
                "--" + option.replace("_", "-"),
                f"no column {value!r} in the {kind} table (one of {accepted_names(columns)})",
            )
    for option in ("since", "until"):
        value = getattr(args, option)
        if value is not None and not _DATE.fullmatch(value):
            return _bad(f"--{option}", f"{value!r} is not a date like 2022-07-21")
    if args.format not in FORMATS:
        return _bad("--format", f"unknown format {args.format!r} (one of {', '.join(FORMATS)})")
    filtered = any((args.since, args.until, args.source, args.no_source))
    available = None
    if args.format == "text" and sys.stdout.isatty():
        import shutil

        available = shutil.get_terminal_size().columns
    try:
        with open_library(args.library) as library:
            empty = library.is_empty()
            if empty and args.format == "text":  # said afresh each time, never kept
                sys.stdout.write(empty_library(args.library) + "\n")
                return 0
            question = (
                str(library.path.resolve()),
                *(kind, args.since, args.until, args.source, args.no_source),
                *(args.group_by, args.sort),
                *(args.format, available),
            )
            _answer(
                library, question, lambda: _made(library, FactKind(kind), args, available, filtered)
            )
            if empty:  # CSV and JSON keep their empty table for a pipe; the hint goes to stderr
                _note(empty_library(args.library))
    except LibraryError as error:
        say(str(error))
        return 1
    return 0


def _answer(library: Library, question: tuple[Any, ...], make: Callable[[], str]) -> None:
    """Print the answer to `question`: the one kept for the library's present table if there is
    one, else what `make` prints, kept when the table did not change while it was made; then
    its note on stderr, if any (kept with it, so a kept answer says it too)."""
    from govreader import kept_tables

    out = sys.stdout
    binary = kept_tables.utf8_stdout(out)
    state = library.table_state() if binary is not None else None
    if binary is None or state is None:
        _note(make())
        return
    answer = kept_tables.kept(question, state)
    if answer is not None:
        out.flush()
        binary.write(answer.body)
        _note(answer.note)
        return
    keeping = kept_tables.Keeping(out, binary)
    with redirect_stdout(cast(TextIO, keeping)):
        note = make()
    written = keeping.written()
    if written is not None and library.table_state() == state:
        kept_tables.keep(question, state, written, note)
    _note(note)


def _note(note: str) -> None:
    """`note` as a line on stderr, after the table (flushed first, so it comes below it)."""
    if note:
        sys.stdout.flush()
        say(note)


def _made(
    library: Library,
    kind: FactKind,
    args: argparse.Namespace,
    available: int | None,
    filtered: bool,
) -> str:
    """Read the `kind` table the arguments ask for and print it; what to note on stderr."""
    from govreader.library import ListQuery

    query = ListQuery(source=args.source, sourceless=args.no_source)
    table = library.fact_table(kind, query, args.since, args.until)
    if args.sort:
        table.sort(args.sort)
    if args.group_by:
        table = table.grouped(args.group_by)
    return _write(table, args.format, filtered, available)


def _write(table: FactTable, fmt: str, filtered: bool, available: int | None) -> str:
    """The table on stdout, streamed as it is read (CSV, JSON), or aligned when all is read (cut
    to `available` cells in a terminal); the note of the columns a terminal left out, if any."""
    from govreader import table_files

    out = sys.stdout
    if fmt in table_files.TABLE_WRITERS:
        table_files.TABLE_WRITERS[fmt](table, out)
        return ""
    from govreader import table_text  # its widths: CSV and JSON never load it

    made = table_text.sql_lines(table, available)
    if made is not None:  # the lines as SQLite wrote them (most of a large table's time)
        header, body = made
        out.write(header + "\n")
        write = table_files.utf8_writer(out)
        write(body)
        write(b"\n")
        return ""
    lines, hidden = table_text.fitted_lines(table, available)
    if len(lines) == 1:
        where = "the articles these filters keep" if filtered else "the library"
        out.write(f"No {table.kind} in {where}.\n")
        return ""
    out.write("\n".join(lines) + "\n")
    return left_out(hidden)


def left_out(hidden: int) -> str:
    """The one line (75 cells at most with its `govreader: `, so whole in 80) that says how many
    columns on the right a terminal left out, and how to see them; empty when none were."""
    if not hidden:
        return ""
    columns, them = (f"{hidden} columns", "them") if hidden > 1 else ("1 column", "it")
    return f"{columns} not shown: --format csv or a wider terminal shows {them}"
