"""The SQLite schema and its migrations: version N of the library is built by steps 1..N.

A step is only ever appended, never edited, so a library written by any earlier version can be
brought forward; a library from a later version is refused before anything is written to it.
The steps live by what they build: the articles and their texts (`schema_texts`), the facts
table (`schema_facts`); this module holds their order and runs them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from govreader.library.schema_facts import (
    SLIM_LINES_V4,
    WATCHED,
    fact_lines_v2,
    fact_rows_v7,
    rows_in_order_v8,
    table_generation_v6,
)
from govreader.library.schema_texts import ARTICLES_V1, READ_BY_V5, compact_v3
from govreader.model import FactKind

FACT_COUNT_COLUMNS: dict[FactKind, str] = {kind: f"n_{kind.value}" for kind in FactKind}
"""Per-kind fact counts kept on each article row, so the list pane never touches the facts.
A new `FactKind` needs a migration adding its column (a test checks that every kind has one)."""

MIGRATIONS: tuple[str | Callable[[sqlite3.Connection], None], ...] = (
    ARTICLES_V1,
    fact_lines_v2,
    compact_v3,
    SLIM_LINES_V4,
    READ_BY_V5,
    table_generation_v6,
    fact_rows_v7,
    rows_in_order_v8,
)
"""MIGRATIONS[i] turns a version-i library into version i+1 (version 0: an empty file): SQL
statements, or a function for a step that needs Python."""

SCHEMA_VERSION = len(MIGRATIONS)

GENERATION_TRIGGERS = len(WATCHED)
"""The triggers that keep `table_generation` (named `table_generation_*`): a later step that
rebuilds a watched table loses its triggers with it, and then the number is not trusted
(`Reads.table_state`) until the step makes them again."""

SHRUNK = MIGRATIONS.index(SLIM_LINES_V4) + 1
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
            # Each step's pages into the file before the next: the log then holds one step at
            # a time, not all (a new library's eight steps no longer fit a 256 KB disk at once).
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
