"""What each kind's facts table shows: its columns, their first order, a row and a year's
count, and how a row's sources read. Kept apart from the table's SQL (`fact_table`) so the
printers and the reader's widgets can name columns without the queries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from govreader.library.fact_plain import plain_cells
from govreader.library.fact_store import SEPARATOR
from govreader.model import FactKind


class Column(NamedTuple):
    """A column: `name` is what `--group-by` and sorting take, `title` its header, `sql` the
    expressions it is read from (two for a range of ages); `money` is summed in groups."""

    name: str
    title: str
    sql: tuple[str, ...]
    numeric: bool = False
    money: bool = False


def table_column(
    name: str, title: str, *sql: str, numeric: bool = False, money: bool = False
) -> Column:
    return Column(name, title, sql or (name,), numeric, money)


ARTICLES_COLUMN = table_column("articles", "articles", numeric=True)
_DATE = table_column("date", "date", "first")
_SOURCE = table_column("source", "source", "sources")
_YEAR = table_column("year", "year", numeric=True)

COLUMNS: dict[FactKind, tuple[Column, ...]] = {
    FactKind.AWARD: (
        table_column("recipient", "recipient"),
        table_column("award", "award", "name"),
        table_column("prize", "prize"),
        table_column("category", "category"),
        table_column("organizer", "organizer"),
        _YEAR,
        _DATE,
        _SOURCE,
        ARTICLES_COLUMN,
    ),
    FactKind.PROGRAM: (
        table_column("name", "program"),
        ARTICLES_COLUMN,
        table_column("first", "first"),
        table_column("last", "last"),
        table_column("sources", "sources"),
    ),
    FactKind.TARGET: (
        table_column("label", "label"),
        table_column("unit", "unit"),
        table_column("goal", "goal", numeric=True),
        table_column("result", "result", numeric=True),
        table_column("rate", "달성률", numeric=True),
        _YEAR,
        _DATE,
        _SOURCE,
        ARTICLES_COLUMN,
    ),
    FactKind.AUDIENCE: (
        table_column("text", "audience", "words"),
        table_column("ages", "ages", "age_min", "age_max", numeric=True),
        ARTICLES_COLUMN,
        table_column("first", "first"),
        table_column("sources", "sources"),
    ),
    FactKind.AMOUNT: (
        table_column("value", "amount", numeric=True, money=True),
        table_column("for", "for", "words"),
        _DATE,
        _SOURCE,
        ARTICLES_COLUMN,
    ),
}
"""Each kind's columns, in the order the reader and `govreader table` show them."""

KEY_COLUMNS = {FactKind.AWARD: 3, FactKind.TARGET: 5, FactKind.AMOUNT: 2}
"""How many first columns of a kind stay in view however narrow the screen (who won, what and
which prize; label, unit, goal, result, 달성률; how much and for what; else the first): in the
reader the bars beside them give way when these would have fewer than `KEY_CELLS` cells each,
then the widest of them is cut short; `govreader table` leaves out columns on their right."""
KEY_CELLS = 20


def column_named(columns: tuple[Column, ...], given: str) -> Column | None:
    """The column `given` names: its machine name (what JSON and CSV use) or the heading the
    text shows (`rate` or `달성률`, `name` or `program`), in either case, so a reader can type
    what they see. A machine name wins over another column's heading."""
    wanted = given.strip().casefold()
    for field in ("name", "title"):
        for column in columns:
            if getattr(column, field).casefold() == wanted:
                return column
    return None


def accepted_names(columns: tuple[Column, ...]) -> str:
    """The names `column_named` takes, for an error line: `rate or 달성률` where they differ."""
    return ", ".join(c.name if c.name == c.title else f"{c.name} or {c.title}" for c in columns)


DAY_COLUMNS = frozenset({"date", "first", "last"})
"""The columns holding a date and time (of publication), printed as the day alone."""

DEFAULT_SORT: dict[FactKind, tuple[str, bool]] = {
    FactKind.AWARD: ("date", True),
    FactKind.PROGRAM: ("articles", True),
    FactKind.TARGET: ("date", True),
    FactKind.AUDIENCE: ("articles", True),
    FactKind.AMOUNT: ("date", True),
}
"""Each kind's first order (column, descending): newest first, or the most told first."""


class TableRow(NamedTuple):
    """One row: cells in the order of the table's columns; for a fact (not a group), its `key`
    and where to read it: the span of the fact in the first article that told it."""

    cells: tuple[Any, ...]
    key: int | None = None
    article_id: int | None = None
    start: int = 0
    end: int = 0


class Year(NamedTuple):
    year: int
    rows: int
    amount: float


def joined_sources(joined: str | None) -> str | None:
    """A row's sources as it shows them: each once, sorted, `, ` between them."""
    if joined is None or SEPARATOR not in joined:
        return joined
    return _joined(joined)


@lru_cache(maxsize=4096)
def _joined(joined: str) -> str:
    """Several sources as shown: worked out once for each of the few lists a library's rows
    have (8,310 of the 22,173 amounts of the bench library name several, in 20-odd lists)."""
    return ", ".join(sorted(set(joined.split(SEPARATOR))))


def sources_cells(joined: str | None) -> int | None:
    """The cells a row's sources take as shown (`joined_sources`), counted as SQL counts a
    plain text's (`fact_plain.text_cells`: two for a character of three UTF-8 bytes); one call
    where SQL would show them three times to count them."""
    shown = joined_sources(joined) if isinstance(joined, str) else None
    if shown is None:
        return None
    return plain_cells(shown)


def paired(
    rows: Sequence[tuple[Any, ...]], pair: int | None, shown: Callable[[Any], Any] = lambda v: v
) -> Sequence[Sequence[Any]]:
    """The rows of `FactTable.printed` with the two values of column `pair` (a range of ages)
    as one cell, `shown` (None when both are unknown)."""
    if pair is None:
        return rows
    return [
        (
            *row[:pair],
            shown(None if row[pair] is None and row[pair + 1] is None else row[pair : pair + 2]),
            *row[pair + 2 :],
        )
        for row in rows
    ]
