"""The schema's steps for the facts table across the library (versions 2, 4, 6, 7 and 8 of
`schema.MIGRATIONS`): its lines and merged rows, the generation `govreader table` keeps its
answers by, what lets SQLite print a table's lines, and the rows' order.

A step is only ever appended, never edited (see `schema`).
"""

from __future__ import annotations

import json
import sqlite3

from govreader.library.fact_plain import PLAIN_ROW, ROW_CELLS
from govreader.library.schema_texts import stored_batches
from govreader.model import FactKind

# The fields of a fact, as both the lines and the merged rows keep them.
_V2_FACT_FIELDS = """\
    year INTEGER,
    name TEXT,
    prize TEXT,
    category TEXT,
    organizer TEXT,
    recipient TEXT,
    label TEXT,
    unit TEXT,
    goal NUMERIC,
    result NUMERIC,
    value NUMERIC,
    words TEXT,
    age_min INTEGER,
    age_max INTEGER,
"""

_V2_FACT_LINES = f"""
CREATE TABLE fact_lines (
    kind TEXT NOT NULL,
    key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    published TEXT,
    source TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
{_V2_FACT_FIELDS}    PRIMARY KEY (article_id, kind, key)
) WITHOUT ROWID;
CREATE INDEX fact_lines_by_key ON fact_lines (kind, key);
CREATE TABLE fact_rows (
    kind TEXT NOT NULL,
    key INTEGER NOT NULL,
    opening TEXT NOT NULL,
    first TEXT,
    last TEXT,
    articles INTEGER NOT NULL,
    sources TEXT,
{_V2_FACT_FIELDS}    rate REAL GENERATED ALWAYS AS (round(100.0 * result / goal, 1)) VIRTUAL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID
"""


_V2_ROWS = """
INSERT INTO fact_rows (kind, key, opening, first, last, articles, sources, year, name, prize,
    category, organizer, recipient, label, unit, goal, result, value, words, age_min, age_max)
SELECT kind, key,
    min(coalesce(a.published, '9') || char(31) || article_id || char(31) || start || char(31)
        || end),
    min(a.published), max(a.published), count(*), group_concat(a.source, char(31)),
    max(year), min(name), min(prize), max(category), max(organizer), min(recipient), min(label),
    max(unit), max(goal), max(result), max(value), min(words), max(age_min), max(age_max)
FROM fact_lines JOIN articles a ON a.id = fact_lines.article_id GROUP BY kind, key
"""
"""Version 2's rows, merged from its lines as its code merged them (the rows' place one string)."""


def fact_lines_v2(conn: sqlite3.Connection) -> None:
    """Version 2: the facts table across the library, its lines (`fact_rows`) and the rows they
    merge into (`fact_store`), kept at import; filled here from the facts every article of a
    version-1 library stores as JSON (the rows as version 2 merged them: version 7 merges them
    again)."""
    from govreader.library.fact_rows import fact_lines  # here: opening a library needs none
    from govreader.library.fact_store import insert_lines
    from govreader.model import Article, Fact

    for statement in _V2_FACT_LINES.split(";"):
        conn.execute(statement)
    for batch in stored_batches(conn, "a.published, t.body, t.facts"):
        for article_id, published, body, facts in batch:
            article = Article(
                text=body,
                published=published,
                facts=tuple(
                    Fact(FactKind(kind), start, end, body[start:end], fields)
                    for kind, start, end, fields in json.loads(facts)
                ),
            )
            insert_lines(conn, article_id, fact_lines(article))
    conn.execute(_V2_ROWS)


_FIELD_NAMES = (
    "year, name, prize, category, organizer, recipient, label, unit, goal, result, value, words,"
    " age_min, age_max"
)

SLIM_LINES_V4 = f"""
CREATE TABLE slim_fact_lines (
    kind TEXT NOT NULL,
    key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
{_V2_FACT_FIELDS}    PRIMARY KEY (article_id, kind, key)
) WITHOUT ROWID;
INSERT INTO slim_fact_lines (kind, key, article_id, start, end, {_FIELD_NAMES})
    SELECT kind, key, article_id, start, end, {_FIELD_NAMES} FROM fact_lines;
DROP TABLE fact_lines;
ALTER TABLE slim_fact_lines RENAME TO fact_lines;
CREATE INDEX fact_lines_by_key ON fact_lines (kind, key)
"""
"""Version 4: the facts table's lines without their article's date and source, which the article
row holds once (`fact_store` reads them from there): 0.7 KB an article less."""

WATCHED = (
    ("fact_lines", "INSERT"),
    ("fact_lines", "UPDATE"),
    ("fact_lines", "DELETE"),
    ("fact_rows", "INSERT"),
    ("fact_rows", "UPDATE"),
    ("fact_rows", "DELETE"),
    ("articles", "INSERT"),
    ("articles", "UPDATE OF published, source, newest"),
    ("articles", "DELETE"),
)


def table_generation_v6(conn: sqlite3.Connection) -> None:
    """Version 6: a number that changes with every change the facts table could show
    (`table_generation`), so `govreader table` may answer from the output it kept for the
    number it read (`kept_tables`). Triggers, not the writes' code: every write of the lines,
    the rows, or the articles' dates and sources (the filters read them; reading state does
    not count) changes it in its own transaction, whatever code makes it. A random number,
    not a count: a library put back from a copy, or a new one at the same place, never comes
    back to a number an answer was kept for unless its facts are the very same."""
    conn.execute("CREATE TABLE table_generation (generation INTEGER NOT NULL)")
    conn.execute("INSERT INTO table_generation (generation) VALUES (random())")
    for table, event in WATCHED:
        name = f"table_generation_{table}_{event.split()[0].lower()}"
        conn.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON {table}"
            " BEGIN UPDATE table_generation SET generation = random(); END"
        )


_CELLS_COLUMNS = "".join(
    f"    {name} INTEGER GENERATED ALWAYS AS ({sql}) STORED,\n" for name, sql in ROW_CELLS.items()
)
_V7_FACT_ROWS = f"""
DROP TABLE fact_rows;
CREATE TABLE fact_rows (
    kind TEXT NOT NULL,
    key INTEGER NOT NULL,
    article INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    first TEXT,
    last TEXT,
    articles INTEGER NOT NULL,
    sources TEXT,
{_V2_FACT_FIELDS}    rate REAL GENERATED ALWAYS AS (round(100.0 * result / goal, 1)) STORED,
    plain INTEGER GENERATED ALWAYS AS ({PLAIN_ROW}) STORED,
{_CELLS_COLUMNS}    PRIMARY KEY (kind, key)
) WITHOUT ROWID
"""


def fact_rows_v7(conn: sqlite3.Connection) -> None:
    """Version 7: the rows' first place as integers (`fact_store.PLACE`; it was one string,
    whose order put article 10 before article 9), 달성률 stored (worked out at each read, it
    cost a sorted table of 44,807 targets more than its sort), and what lets SQLite write a
    table's lines:
    whether each row is plain and the cells its texts take (`PLAIN_ROW`, `ROW_CELLS`). The rows
    are merged again from the lines (a library brought up from version 1 has only its lines
    here), and the triggers that kept the table's generation on the old rows are made again."""
    from govreader.library.fact_store import merged

    for statement in _V7_FACT_ROWS.split(";"):
        conn.execute(statement)
    rows = merged("1", names=_V7_COLUMNS)
    conn.execute(f"INSERT INTO fact_rows ({', '.join(_V7_COLUMNS)}) {rows}")
    _watch_rows_again(conn)


_V7_COLUMNS = (
    *("kind", "key", "article", "start", "end", "first", "last", "articles", "sources"),
    *_FIELD_NAMES.split(", "),
)
"""The columns version 7 writes its rows with (`fact_store.merged` names)."""


def _watch_rows_again(conn: sqlite3.Connection) -> None:
    """The triggers that keep the table's generation on `fact_rows`, made again for a step that
    made the table anew (they went with the old one), and a new generation."""
    for table, event in WATCHED:
        if table == "fact_rows":
            name = f"table_generation_{table}_{event.split()[0].lower()}"
            conn.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON {table}"
                " BEGIN UPDATE table_generation SET generation = random(); END"
            )
    conn.execute("UPDATE table_generation SET generation = random()")


_KEPT_V8 = (
    *("kind", "key", "article", "start", "end", "last", "articles", "sources"),
    *_FIELD_NAMES.split(", "),
)
ROWS_IN_ORDER_V8 = f"""
ALTER TABLE fact_rows RENAME TO fact_rows_v7;
CREATE TABLE fact_rows (
    kind TEXT NOT NULL,
    key INTEGER NOT NULL,
    newest NOT NULL,
    article INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    first TEXT GENERATED ALWAYS AS (CASE WHEN newest <> 0 THEN newest END) VIRTUAL,
    last TEXT,
    articles INTEGER NOT NULL,
    sources TEXT,
{_V2_FACT_FIELDS}    rate REAL GENERATED ALWAYS AS (round(100.0 * result / goal, 1)) STORED,
    plain INTEGER GENERATED ALWAYS AS ({PLAIN_ROW}) STORED,
{_CELLS_COLUMNS}    PRIMARY KEY (kind, newest DESC, article, start, key)
) WITHOUT ROWID;
INSERT INTO fact_rows (newest, {", ".join(_KEPT_V8)})
    SELECT coalesce(first, 0), {", ".join(_KEPT_V8)} FROM fact_rows_v7;
DROP TABLE fact_rows_v7;
CREATE UNIQUE INDEX fact_rows_by_key ON fact_rows (kind, key)
"""
"""Version 8: the rows kept in the order most tables are read in, newest first (then in
reading order, `fact_table.TIES`), so SQLite reads the awards, targets and amounts in their
first order without sorting them: a quarter of the time of `govreader table target` (44,807
rows). A key of that order cannot be NULL: `newest` is the first date, or 0 (`NO_DATE`, after
every date as NULL was), and `first` is worked out from it; each fact is found by its key
through an index of its own."""


def rows_in_order_v8(conn: sqlite3.Connection) -> None:
    """Version 8 (`ROWS_IN_ORDER_V8`): the rows copied as they are into their new order."""
    for statement in ROWS_IN_ORDER_V8.split(";"):
        conn.execute(statement)
    _watch_rows_again(conn)
