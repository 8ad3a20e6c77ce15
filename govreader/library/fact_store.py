"""Keeping the facts table on disk: each article's lines (`fact_lines`), and the rows they merge
into (`fact_rows`, one per kind and key), updated as articles are stored and replaced.

A row is what the table shows for one fact however many articles tell it: its fields (max keeps
a field one article states and another leaves out), the number of articles, the first and last
dates, the sources, and the first article's span of it. Adding an article updates its rows in
place; removing one recomputes the rows it touched from the lines that remain. The same
aggregate reads a filtered library's rows straight from the lines (`merged`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

SEPARATOR = "\x1f"
"""Between the sources of a row."""

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

PLACE = ("article", "start", "end")
"""A row's first place: the article that told it first (the earliest, then the first imported)
and the fact's span in it, where the reader opens it; integers, so rows tied in the sorted
column come in reading order (`fact_table.TIES`)."""

ROW_COLUMNS: tuple[str, ...] = (
    "kind",
    "key",
    *PLACE,
    "newest",
    "last",
    "articles",
    "sources",
    *(name for name, _ in FIELDS),
)
"""The columns a row is written with. `newest` is its first date, 0 where none is known (its
`first`, worked out by SQLite, is then NULL): the rows are kept in the order newest first
(`schema_facts.ROWS_IN_ORDER_V8`), and a key of that order may not be NULL."""

NO_DATE = 0
"""`newest` of a row whose articles have no date: it sorts after every date, as NULL would."""

_DIGITS = 20
_OPENING = (
    f"printf('%s{SEPARATOR}%0{_DIGITS}d{SEPARATOR}%0{_DIGITS}d{SEPARATOR}%0{_DIGITS}d',"
    " coalesce(published, '9'), article_id, start, end)"
)
"""A line's place as one string whose order is the places' (date, article, start, end: the
numbers zero-padded), so `min` finds the first; `merged` cuts the three numbers out again."""
_CUT = {
    name: f"CAST(substr(opening, {-(_DIGITS + 1) * (3 - n) + 1}, {_DIGITS}) AS INTEGER)"
    for n, name in enumerate(PLACE)
}
_AGGREGATE = ", ".join(
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

LINES = "fact_lines JOIN articles ON articles.id = fact_lines.article_id"
"""The lines with their article, whose date and source (`published`, `source`) they count."""


_NEWEST = {"newest": f"coalesce(first, {NO_DATE}) AS newest"}


def merged(
    where: str,
    over_lines: Sequence[tuple[str, str]] = (),
    over_rows: Sequence[tuple[str, str]] = (),
    names: Sequence[str] = ROW_COLUMNS,
) -> str:
    """The rows (`fact_rows`' columns `names`, in that order) that the lines kept by `where`
    (over `LINES`) merge into, by the same aggregate as the rows kept at import; then columns
    worked out over the lines (`over_lines`: expression and name) and over the rows (which
    may name the merged `first`, the first date or NULL)."""
    extra = "".join(f", {sql} AS {name}" for sql, name in over_lines)
    inner = f"SELECT {_AGGREGATE}{extra} FROM {LINES} WHERE {where} GROUP BY kind, key"
    worked_out = {**{name: f"{cut} AS {name}" for name, cut in _CUT.items()}, **_NEWEST}
    columns = [
        *(worked_out.get(name, name) for name in names),
        *(name for _, name in over_lines),
        *(f"{sql} AS {name}" for sql, name in over_rows),
    ]
    return f"SELECT {', '.join(columns)} FROM ({inner})"


def _merged(name: str, how: str) -> str:
    """`name` of the stored row and of a new line, as the aggregate `how` would combine them."""
    old, new = f"fact_rows.{name}", f"excluded.{name}"
    return f"{how}(coalesce({old}, {new}), coalesce({new}, {old}))"


def _place(row: str) -> str:
    """A row's first place as a row value whose order is the places' (no date last)."""
    day = f"CASE WHEN {row}.newest = {NO_DATE} THEN '9' ELSE {row}.newest END"
    return f"({day}, {row}.article, {row}.start, {row}.end)"


_NEWEST_MERGED = (
    f"CASE WHEN fact_rows.newest = {NO_DATE} THEN excluded.newest"
    f" WHEN excluded.newest = {NO_DATE} THEN fact_rows.newest"
    " ELSE min(fact_rows.newest, excluded.newest) END"
)
"""The earlier of a row's first date and a new line's, either unknown (`NO_DATE`)."""


_UPSERT = (
    f"INSERT INTO fact_rows ({', '.join(ROW_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(ROW_COLUMNS))})"
    " ON CONFLICT (kind, key) DO UPDATE SET "
    + "".join(
        f"{name} = CASE WHEN {_place('excluded')} < {_place('fact_rows')}"
        f" THEN excluded.{name} ELSE fact_rows.{name} END, "
        for name in PLACE
    )
    + f"newest = {_NEWEST_MERGED},"
    f" last = {_merged('last', 'max')},"
    " articles = fact_rows.articles + 1,"
    " sources = CASE WHEN excluded.sources IS NULL THEN fact_rows.sources"
    " WHEN fact_rows.sources IS NULL THEN excluded.sources"
    f" WHEN instr('{SEPARATOR}' || fact_rows.sources || '{SEPARATOR}',"
    f" '{SEPARATOR}' || excluded.sources || '{SEPARATOR}') THEN fact_rows.sources"
    f" ELSE fact_rows.sources || '{SEPARATOR}' || excluded.sources END, "
    + ", ".join(f"{name} = {_merged(name, how)}" for name, how in FIELDS)
)


def insert_lines(
    conn: sqlite3.Connection, article_id: int, lines: Sequence[Sequence[object]]
) -> None:
    """Store an article's lines (`FactLine`s, or the plain tuples they are), not yet counted
    into their rows."""
    from govreader.library.fact_rows import LINE_COLUMNS  # here: `search` and `list` never write

    names = ("article_id", *LINE_COLUMNS)
    conn.executemany(
        f"INSERT INTO fact_lines ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [(article_id, *line) for line in lines],
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
    from govreader.library.fact_rows import LINE_COLUMNS

    insert_lines(conn, article_id, lines)
    rows = []
    for line in lines:
        values = dict(zip(LINE_COLUMNS, line, strict=True))
        place = (article_id, values["start"], values["end"])
        fields = tuple(values[name] for name, _ in FIELDS)
        newest = NO_DATE if published is None else published
        rows.append((values["kind"], values["key"], *place, newest, published, 1, source, *fields))
    conn.executemany(_UPSERT, rows)


def delete_lines(conn: sqlite3.Connection, article_id: int) -> None:
    """Take an article's lines out, and work out again the rows they counted in."""
    keys = conn.execute(
        "SELECT kind, key FROM fact_lines WHERE article_id = ?", (article_id,)
    ).fetchall()
    conn.execute("DELETE FROM fact_lines WHERE article_id = ?", (article_id,))
    conn.executemany("DELETE FROM fact_rows WHERE kind = ? AND key = ?", keys)
    conn.executemany(
        f"INSERT INTO fact_rows ({', '.join(ROW_COLUMNS)}) {merged('kind = ? AND key = ?')}",
        keys,
    )
