"""The schema's steps for the articles, their texts and the search index (versions 1, 3 and 5
of `schema.MIGRATIONS`): what a library holds of each article, apart from its facts table
(`schema_facts`).

A step is only ever appended, never edited (see `schema`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

ARTICLES_V1 = """
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


def stored_batches(conn: sqlite3.Connection, columns: str) -> Iterator[list[tuple[Any, ...]]]:
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


def compact_v3(conn: sqlite3.Connection) -> None:
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
    for batch in stored_batches(conn, columns):
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


READ_BY_V5 = """
ALTER TABLE articles ADD COLUMN cleaned_by TEXT;
ALTER TABLE articles ADD COLUMN facts_by TEXT
"""
"""Version 5: which rules read each article (`reading.reader_versions`), so `add` reads an
unchanged page again when its article was read by older rules. `facts_by` is NULL also when a
kind's facts were lost to a reader bug; both are NULL for articles stored before this step."""
