"""Keeping the facts table on disk: each article's lines (`fact_lines`), and the rows they merge
into (`fact_rows`, one per kind and key), updated as articles are stored and replaced.

A row is what the table shows for one fact however many articles tell it: its fields (max keeps
a field one article states and another leaves out), the number of articles, the first and last
dates, the sources, and the first article's span of it. Adding an article updates its rows in
place; removing one recomputes the rows it touched from the lines that remain. The same
aggregate reads a filtered library's rows straight from the lines (`AGGREGATE`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

SEPARATOR = "\x1f"
"""Between the sources of a row, and the parts of its first article's place (`opening`)."""

FIELDS: tuple[tuple[str, str], ...] = (
    ("year", "max"),
    ("name", "min"),
    ("prize", "min"),
    ("category", "max"),
    ("organizer", "max"),
    ("recipient", "min"),
    ("label", "min"),
    ("unit", "max"),
    ("goal", "max"),
    ("result", "max"),
    ("value", "max"),
    ("words", "min"),
    ("age_min", "max"),
    ("age_max", "max"),
)
"""The fields of a row and how the lines of one fact make them."""

ROW_COLUMNS: tuple[str, ...] = (
    "kind",
    "key",
    "opening",
    "first",
    "last",
    "articles",
    "sources",
    *(name for name, _ in FIELDS),
)

_OPENING = (
    f"coalesce(published, '9') || '{SEPARATOR}' || article_id || '{SEPARATOR}' || start"
    f" || '{SEPARATOR}' || end"
)
AGGREGATE = ", ".join(
    (
        "kind",
        "key",
        f"min({_OPENING}) AS opening",
        "min(published) AS first",
        "max(published) AS last",
        "count(*) AS articles",
        f"group_concat(source, '{SEPARATOR}') AS sources",
        *(f"{how}({name}) AS {name}" for name, how in FIELDS),
    )
)
"""The rows of `fact_lines` grouped by kind and key, with `fact_rows`' columns: over `LINES`."""

LINES = "fact_lines JOIN articles ON articles.id = fact_lines.article_id"
"""The lines with their article, whose date and source (`published`, `source`) they count."""


def _merged(name: str, how: str) -> str:
    """`name` of the stored row and of a new line, as the aggregate `how` would combine them."""
    old, new = f"fact_rows.{name}", f"excluded.{name}"
    return f"{how}(coalesce({old}, {new}), coalesce({new}, {old}))"


_UPSERT = (
    f"INSERT INTO fact_rows ({', '.join(ROW_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(ROW_COLUMNS))})"
    " ON CONFLICT (kind, key) DO UPDATE SET"
    " opening = min(fact_rows.opening, excluded.opening),"
    f" first = {_merged('first', 'min')},"
    f" last = {_merged('last', 'max')},"
    " articles = fact_rows.articles + 1,"
    " sources = CASE WHEN excluded.sources IS NULL THEN fact_rows.sources"
    " WHEN fact_rows.sources IS NULL THEN excluded.sources"
    f" WHEN instr('{SEPARATOR}' || fact_rows.sources || '{SEPARATOR}',"
    f" '{SEPARATOR}' || excluded.sources || '{SEPARATOR}') THEN fact_rows.sources"
    f" ELSE fact_rows.sources || '{SEPARATOR}' || excluded.sources END, "
    + ", ".join(f"{name} = {_merged(name, how)}" for name, how in FIELDS)
)


def write_lines(
    conn: sqlite3.Connection,
    article_id: int,
    published: str | None,
    source: str | None,
    lines: Sequence[Sequence[object]],
) -> None:
    """Store an article's lines (`FactLine`s, or the plain tuples they are) with its date and
    source, and count them into their rows."""
    from govreader.library.fact_rows import LINE_COLUMNS  # here: `search` and `list` never write

    names = ("article_id", *LINE_COLUMNS)
    conn.executemany(
        f"INSERT INTO fact_lines ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [(article_id, *line) for line in lines],
    )
    rows = []
    for line in lines:
        values = dict(zip(LINE_COLUMNS, line, strict=True))
        opening = SEPARATOR.join(
            (published or "9", str(article_id), str(values["start"]), str(values["end"]))
        )
        fields = tuple(values[name] for name, _ in FIELDS)
        rows.append(
            (values["kind"], values["key"], opening, published, published, 1, source, *fields)
        )
    conn.executemany(_UPSERT, rows)


def delete_lines(conn: sqlite3.Connection, article_id: int) -> None:
    """Take an article's lines out, and work out again the rows they counted in."""
    keys = conn.execute(
        "SELECT kind, key FROM fact_lines WHERE article_id = ?", (article_id,)
    ).fetchall()
    conn.execute("DELETE FROM fact_lines WHERE article_id = ?", (article_id,))
    conn.executemany("DELETE FROM fact_rows WHERE kind = ? AND key = ?", keys)
    conn.executemany(
        f"INSERT INTO fact_rows ({', '.join(ROW_COLUMNS)}) SELECT {AGGREGATE} FROM {LINES}"
        " WHERE kind = ? AND key = ? GROUP BY kind, key",
        keys,
    )
