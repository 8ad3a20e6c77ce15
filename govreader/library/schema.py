"""The SQLite schema and its migrations: version N of the library is built by steps 1..N.

A step is only ever appended, never edited, so a library written by any earlier version can be
brought forward; a library from a later version is refused before anything is written to it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from govreader.library.fact_plain import PLAIN_ROW, ROW_CELLS
from govreader.model import FactKind

FACT_COUNT_COLUMNS: dict[FactKind, str] = {kind: f"n_{kind.value}" for kind in FactKind}
"""Per-kind fact counts kept on each article row, so the list pane never touches the facts.
A new `FactKind` needs a migration adding its column (a test checks that every kind has one)."""

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    title TEXT,
    subtitle TEXT,
    reporter TEXT,
    published TEXT,
    source TEXT,
    n_award INTEGER NOT NULL DEFAULT 0,
    n_program INTEGER NOT NULL DEFAULT 0,
    n_target INTEGER NOT NULL DEFAULT 0,
    n_audience INTEGER NOT NULL DEFAULT 0,
    n_amount INTEGER NOT NULL DEFAULT 0,
    n_quote INTEGER NOT NULL DEFAULT 0,
    read INTEGER NOT NULL DEFAULT 0,
    bookmarked INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_newest ON articles (published, id);
CREATE INDEX articles_source ON articles (source);
CREATE TABLE texts (
    id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL,
    body TEXT NOT NULL,
    facts TEXT NOT NULL
);
CREATE TABLE paths (
    path TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    imported_at TEXT NOT NULL
);
CREATE INDEX paths_article ON paths (article_id);
CREATE VIRTUAL TABLE text_trigrams USING fts5 (
    title, subtitle, body, content='texts', content_rowid='id', tokenize='trigram', columnsize=0
);
CREATE VIRTUAL TABLE text_bigrams USING fts5 (
    grams, content='', detail='none', columnsize=0, tokenize='unicode61 remove_diacritics 0'
);
"""


def _stored(conn: sqlite3.Connection, columns: str) -> Iterator[list[tuple[Any, ...]]]:
    """Every article's id and `columns` (of `articles a` and `texts t`), 500 at a time, so a
    step's memory stays flat however large the library (100,000 articles held at once took
    744 MB)."""
    last = 0
    while True:
        batch = conn.execute(
            f"SELECT a.id, {columns} FROM articles a JOIN texts t ON t.id = a.id"
            " WHERE a.id > ? ORDER BY a.id LIMIT 500",
            (last,),
        ).fetchall()
        if not batch:
            return
        yield batch
        last = batch[-1][0]


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


def _v2_fact_lines(conn: sqlite3.Connection) -> None:
    """Version 2: the facts table across the library, its lines (`fact_rows`) and the rows they
    merge into (`fact_store`), kept at import; filled here from the facts every article of a
    version-1 library stores as JSON (the rows as version 2 merged them: version 7 merges them
    again)."""
    from govreader.library.fact_rows import fact_lines  # here: opening a library needs none
    from govreader.library.fact_store import insert_lines
    from govreader.model import Article, Fact

    for statement in _V2_FACT_LINES.split(";"):
        conn.execute(statement)
    for batch in _stored(conn, "a.published, t.body, t.facts"):
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


_V3_TABLES = """
ALTER TABLE articles ADD COLUMN newest INTEGER;
DROP INDEX articles_newest;
DROP TABLE text_trigrams;
DROP TABLE text_bigrams;
CREATE TABLE packed_texts (
    id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    title TEXT,
    body BLOB NOT NULL,
    facts BLOB NOT NULL
);
CREATE VIRTUAL TABLE text_index USING fts5 (
    grams, content='', detail='none', columnsize=0, tokenize='unicode61 remove_diacritics 0'
)
"""


def _v3_compact(conn: sqlite3.Connection) -> None:
    """Version 3, a library a third the size whose search stops at its limit: the list's order
    as one small key an article (`newest`, which keys the search index too, see `newest.py`);
    body and facts compressed (`texts.py`); the page title kept only where it differs from the
    list's, the subtitle only on the article; one index of each word's pairs and triples, without
    positions, in place of the trigram index (five times its size) and the pair index."""
    from govreader.library.matching import index_text  # here: opening a library needs none
    from govreader.library.newest import key_for
    from govreader.library.texts import pack

    for statement in _V3_TABLES.split(";"):
        conn.execute(statement)
    taken: set[int] = set()
    given: dict[int, int] = {}  # the last key given for each key asked for
    dated = conn.execute("SELECT id, published FROM articles ORDER BY published, id").fetchall()
    for article_id, published in dated:
        wanted = key_for(published)
        newest = given.get(wanted, wanted - 1) + 1
        while newest in taken:
            newest += 1
        taken.add(newest)
        given[wanted] = newest
        conn.execute("UPDATE articles SET newest = ? WHERE id = ?", (newest, article_id))
    columns = "a.newest, a.title, a.subtitle, t.title, t.body, t.facts"
    for batch in _stored(conn, columns):
        for article_id, newest, shown, subtitle, title, body, facts in batch:
            conn.execute(
                "INSERT INTO packed_texts (id, title, body, facts) VALUES (?, ?, ?, ?)",
                (article_id, None if title == shown else title, pack(body), pack(facts)),
            )
            conn.execute(
                "INSERT INTO text_index (rowid, grams) VALUES (?, ?)",
                (newest, index_text(title, subtitle, body)),
            )
    conn.execute("DROP TABLE texts")
    conn.execute("ALTER TABLE packed_texts RENAME TO texts")
    conn.execute("CREATE UNIQUE INDEX articles_by_newest ON articles (newest)")
    conn.execute("INSERT INTO text_index (text_index) VALUES ('optimize')")


_FIELD_NAMES = (
    "year, name, prize, category, organizer, recipient, label, unit, goal, result, value, words,"
    " age_min, age_max"
)

_V4_SLIM_LINES = f"""
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

_V5_READ_BY = """
ALTER TABLE articles ADD COLUMN cleaned_by TEXT;
ALTER TABLE articles ADD COLUMN facts_by TEXT
"""
"""Version 5: which rules read each article (`reading.reader_versions`), so `add` reads an
unchanged page again when its article was read by older rules. `facts_by` is NULL also when a
kind's facts were lost to a reader bug; both are NULL for articles stored before this step."""

_V6_WATCHED = (
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


def _v6_table_generation(conn: sqlite3.Connection) -> None:
    """Version 6: a number that changes with every change the facts table could show
    (`table_generation`), so `govreader table` may answer from the output it kept for the
    number it read (`kept_tables`). Triggers, not the writes' code: every write of the lines,
    the rows, or the articles' dates and sources (the filters read them; reading state does
    not count) changes it in its own transaction, whatever code makes it. A random number,
    not a count: a library put back from a copy, or a new one at the same place, never comes
    back to a number an answer was kept for unless its facts are the very same."""
    conn.execute("CREATE TABLE table_generation (generation INTEGER NOT NULL)")
    conn.execute("INSERT INTO table_generation (generation) VALUES (random())")
    for table, event in _V6_WATCHED:
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


def _v7_fact_rows(conn: sqlite3.Connection) -> None:
    """Version 7: the rows' first place as integers (`fact_store.PLACE`; it was one string,
    whose order put article 10 before article 9), 달성률 stored (worked out at each read, it
    cost a sorted table of 44,807 targets more than its sort), and what lets SQLite write a
    table's lines:
    whether each row is plain and the cells its texts take (`PLAIN_ROW`, `ROW_CELLS`). The rows
    are merged again from the lines (a library brought up from version 1 has only its lines
    here), and the triggers that kept the table's generation on the old rows are made again."""
    from govreader.library.fact_store import ROW_COLUMNS, merged

    for statement in _V7_FACT_ROWS.split(";"):
        conn.execute(statement)
    conn.execute(f"INSERT INTO fact_rows ({', '.join(ROW_COLUMNS)}) {merged('1')}")
    for table, event in _V6_WATCHED:
        if table == "fact_rows":
            name = f"table_generation_{table}_{event.split()[0].lower()}"
            conn.execute(
                f"CREATE TRIGGER {name} AFTER {event} ON {table}"
                " BEGIN UPDATE table_generation SET generation = random(); END"
            )
    conn.execute("UPDATE table_generation SET generation = random()")


MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    _V1,
    _v2_fact_lines,
    _v3_compact,
    _V4_SLIM_LINES,
    _V5_READ_BY,
    _v6_table_generation,
    _v7_fact_rows,
)
"""MIGRATIONS[i] turns a version-i library into version i+1 (version 0: an empty file): SQL
statements, or a function for a step that needs Python."""

SCHEMA_VERSION = len(MIGRATIONS)

GENERATION_TRIGGERS = len(_V6_WATCHED)
"""The triggers that keep `table_generation` (named `table_generation_*`): a later step that
rebuilds a watched table loses its triggers with it, and then the number is not trusted
(`Reads.table_state`) until the step makes them again."""

SHRUNK = MIGRATIONS.index(_V4_SLIM_LINES) + 1
"""The last version whose step left room behind: a library brought up from before it is vacuumed
once, to give that room back (the old indexes, two thirds of the file, at version 3; the lines'
dates and sources at 4)."""


def read_version(conn: sqlite3.Connection) -> int | None:
    """The library's schema version; 0 for an empty database, None for a database that is not a
    govreader library (it has tables, but no version)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "schema_version" not in tables:
        return 0 if not tables else None
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def branch_draft(conn: sqlite3.Connection, version: int | None) -> bool:
    """Whether a library stamped version 2 was written by the unmerged `scale` branch, whose
    compacted layout called itself 2 before the facts table took that number in development;
    this sequence's version 2 has the facts table and not yet the compacted index."""
    if version != 2:
        return False
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return "text_index" in tables and "fact_lines" not in tables


def run_step(conn: sqlite3.Connection, version: int) -> None:
    """Run the step that turns a version-`version` library into the next, in the caller's
    transaction."""
    step = MIGRATIONS[version]
    if callable(step):
        step(conn)
        return
    for statement in step.split(";"):
        if statement.strip():
            conn.execute(statement)


def migrate(conn: sqlite3.Connection) -> int | None:
    """Apply every missing step, each in its own transaction with the version it reaches; returns
    the version found before (None: not a library; above SCHEMA_VERSION: left untouched).

    The version is read again inside each write transaction, so two processes opening a new
    library at once do not both create it."""
    found: int | None = -1
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = read_version(conn)
            if found == -1:
                found = version
            if version is None or version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return found
            if version == 0:
                conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            run_step(conn, version)
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
