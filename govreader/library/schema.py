"""The SQLite schema and its migrations: version N of the library is built by steps 1..N.

A step is only ever appended, never edited, so a library written by any earlier version can be
brought forward; a library from a later version is refused before anything is written to it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from govreader.library.fact_rows import fact_lines
from govreader.library.fact_store import write_lines
from govreader.model import Article, Fact, FactKind

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

_V2_FACT_LINES = """
CREATE TABLE fact_lines (
    kind TEXT NOT NULL,
    key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    published TEXT,
    source TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
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
    PRIMARY KEY (article_id, kind, key)
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
    rate REAL GENERATED ALWAYS AS (round(100.0 * result / goal, 1)) VIRTUAL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID
"""


def _v2_fact_lines(conn: sqlite3.Connection) -> None:
    """Version 2: the facts table across the library, its lines (`fact_rows`) and the rows they
    merge into (`fact_store`), kept at import and filled here from the facts every article of a
    version-1 library stores as JSON."""
    for statement in _V2_FACT_LINES.split(";"):
        conn.execute(statement)
    stored = conn.execute(
        "SELECT a.id, a.published, a.source, t.body, t.facts FROM articles a"
        " JOIN texts t ON t.id = a.id"
    )
    for article_id, published, source, body, facts in stored.fetchall():
        article = Article(
            text=body,
            published=published,
            facts=tuple(
                Fact(FactKind(kind), start, end, body[start:end], fields)
                for kind, start, end, fields in json.loads(facts)
            ),
        )
        write_lines(conn, article_id, published, source, fact_lines(article))


MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (_V1, _v2_fact_lines)
"""MIGRATIONS[i] turns a version-i library into version i+1 (version 0: an empty file): SQL
statements, or a function for a step that needs Python."""

SCHEMA_VERSION = len(MIGRATIONS)


def read_version(conn: sqlite3.Connection) -> int | None:
    """The library's schema version; 0 for an empty database, None for a database that is not a
    govreader library (it has tables, but no version)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "schema_version" not in tables:
        return 0 if not tables else None
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else None


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
            step = MIGRATIONS[version]
            if callable(step):
                step(conn)
            else:
                for statement in step.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
