"""The library file: opening it safely, writing one imported page per transaction, and the reads
the list pane, the reader and `govreader search` need.

One `Library` wraps one SQLite connection in WAL mode, so a reader (the TUI) and a writer
(`govreader add`) can work on the same file at once; writers wait for each other (busy timeout).
A file that is damaged, not a library, or from a newer govreader is refused before anything is
written to it, and it is never deleted or replaced.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from govreader.library.errors import LibraryError
from govreader.library.fact_store import delete_lines, write_lines
from govreader.library.location import DB_NAME, library_dir
from govreader.library.matching import (
    Condition,
    Matcher,
    conditions,
    holds_sql,
    index_text,
    matcher,
    snippet_of,
)
from govreader.library.newest import key_for, key_range
from govreader.library.opening import (
    connect_read_only,
    damaged,
    explain,
    newer,
    older,
    probe,
    writable,
)
from govreader.library.prepared import Prepared, decode_facts
from govreader.library.records import ArticleRow, ListQuery, SearchHit, StoredArticle
from govreader.library.schema import (
    COMPACTED,
    FACT_COUNT_COLUMNS,
    SCHEMA_VERSION,
    migrate,
    read_version,
)
from govreader.library.texts import DAMAGED, unpack
from govreader.model import Article, FactKind, PageError

if TYPE_CHECKING:
    from govreader.library.fact_table import FactTable

BUSY_TIMEOUT_S = 30.0
READ_BATCH = 1000

IMPORTED = "imported"
UPDATED = "updated"
UNCHANGED = "unchanged"
DUPLICATE = "duplicate"

_KINDS = tuple(FACT_COUNT_COLUMNS)
_COUNT_COLUMNS = tuple(f"a.{c}" for c in FACT_COUNT_COLUMNS.values())
_ROW_COLUMNS = ", ".join(
    ("a.id", "a.title", "a.source", "a.published", *_COUNT_COLUMNS, "a.read", "a.bookmarked")
)
_NEWEST_FIRST = "ORDER BY a.newest DESC"
_TEXT_COLUMNS = "coalesce(t.title, a.title), a.subtitle, t.body"
"""What a search reads of an article besides its row: the page's title, subtitle, packed body."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row(values: Sequence[Any]) -> ArticleRow:
    return ArticleRow(
        id=values[0],
        title=values[1],
        source=values[2],
        published=values[3],
        fact_counts=dict(zip(_KINDS, values[4 : 4 + len(_KINDS)], strict=True)),
        read=bool(values[-2]),
        bookmarked=bool(values[-1]),
    )


def _in_range(column: str, since: str | None, until: str | None) -> list[Condition]:
    low, high = key_range(since, until)
    bounds = [Condition(f"{column} >= ?", (low,))] if low is not None else []
    return bounds + ([Condition(f"{column} <= ?", (high,))] if high is not None else [])


def _joined(clauses: Sequence[Condition]) -> tuple[str, list[Any]]:
    if not clauses:
        return "", []
    return " WHERE " + " AND ".join(c.sql for c in clauses), [p for c in clauses for p in c.params]


def _free_key(conn: sqlite3.Connection, wanted: int) -> int:
    """The first `newest` key from `wanted` on that no article holds (see `newest.py`)."""
    row = conn.execute(
        "SELECT coalesce((SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM articles WHERE newest = ?1)),"
        " (SELECT a.newest + 1 FROM articles a WHERE a.newest >= ?1 AND NOT EXISTS"
        " (SELECT 1 FROM articles b WHERE b.newest = a.newest + 1) ORDER BY a.newest LIMIT 1))",
        (wanted,),
    ).fetchone()
    return int(row[0])


class Library:
    """The imported articles in one SQLite file; open with `Library.open(folder)`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self.read_only = read_only
        """Opened read-only (its file or folder cannot be written): it lists, searches and
        reads; reading state is not kept and nothing can be imported."""
        conn.create_function("govreader_holds", 4, holds_sql, deterministic=True)

    @classmethod
    def open(
        cls,
        folder: Path | None = None,
        *,
        read_only: bool = False,
        on_upgrade: Callable[[int], None] | None = None,
    ) -> Library:
        """Open (creating on first use) the library in `folder` (see `library_dir`); read-only
        when asked, or when the file or its folder cannot be written. A library from an earlier
        version is brought forward first, once (about a minute for 10,000 articles):
        `on_upgrade` hears its number of articles before that starts."""
        folder = library_dir(folder)
        path = folder / DB_NAME
        if read_only or (path.is_file() and not writable(path)):
            return cls._open_read_only(path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            raise LibraryError(f"{folder}: cannot create the library folder ({reason})") from None
        if path.is_symlink() and not path.exists():  # SQLite would create the link's target
            raise LibraryError(
                f"{path}: a link to {os.readlink(path)}, which does not exist; it was left "
                "untouched: fix or remove the link, or use --library DIR"
            )
        if path.exists():
            probe(path)
        try:
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise LibraryError(f"{path}: cannot open the library ({error})") from None
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            found = read_version(conn)
            if found != SCHEMA_VERSION:
                if on_upgrade is not None and found is not None and 0 < found < SCHEMA_VERSION:
                    on_upgrade(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
                found = migrate(conn)
                if found is not None and 0 < found < COMPACTED:
                    conn.execute("VACUUM")
        except sqlite3.DatabaseError as error:
            conn.close()
            raise explain(path, error) from None
        if found is None or found > SCHEMA_VERSION:
            conn.close()
            raise damaged(path, "no schema_version") if found is None else newer(path, found)
        return cls(path, conn)

    @classmethod
    def _open_read_only(cls, path: Path) -> Library:
        probe(path)
        conn, version = connect_read_only(path)
        if version != SCHEMA_VERSION:  # a newer one was refused by _probe
            conn.close()
            raise damaged(path, "no schema_version") if version is None else older(path)
        return cls(path, conn, read_only=True)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        """The connection, with SQLite failures turned into one-line `LibraryError`s."""
        with self._lock:
            try:
                yield self._conn
            except sqlite3.DatabaseError as error:
                raise explain(self.path, error) from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is kept, or none of it (also on Ctrl-C)."""
        self._refuse_read_only()
        with self._guard() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # reading ---------------------------------------------------------------------------------

    def _clauses(
        self,
        query: ListQuery,
        since: str | None = None,
        until: str | None = None,
        *,
        with_text: bool = True,
    ) -> list[Condition]:
        clauses: list[Condition] = []
        if with_text and query.text.strip():
            clauses += conditions(query.text)
        if query.kind is not None:
            clauses.append(Condition(f"a.{FACT_COUNT_COLUMNS[FactKind(query.kind)]} > 0", ()))
        if query.source is not None:
            clauses.append(Condition("a.source = ?", (query.source,)))
        if query.unread:
            clauses.append(Condition("a.read = 0", ()))
        if query.bookmarked:
            clauses.append(Condition("a.bookmarked = 1", ()))
        if query.ids is not None:
            # One JSON parameter, however many ids: SQLite limits the number of parameters.
            ids = json.dumps(sorted(query.ids))
            clauses.append(Condition("a.id IN (SELECT value FROM json_each(?))", (ids,)))
        return clauses + _in_range("a.newest", since, until)

    def _where(
        self,
        query: ListQuery,
        since: str | None = None,
        until: str | None = None,
    ) -> tuple[str, list[Any]]:
        """The WHERE clause over `articles a` keeping `query`'s articles, and its parameters."""
        return _joined(self._clauses(query, since, until))

    def count(self, query: ListQuery = ListQuery()) -> int:  # noqa: B008
        where, params = self._where(query)
        with self._guard() as conn:
            return int(
                conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
            )

    def rows(
        self,
        query: ListQuery = ListQuery(),  # noqa: B008
        offset: int = 0,
        limit: int = 100,
    ) -> list[ArticleRow]:
        """A slice of the list, newest first (publication time, then import order)."""
        where, params = self._where(query)
        sql = f"SELECT {_ROW_COLUMNS} FROM articles a{where} {_NEWEST_FIRST} LIMIT ? OFFSET ?"
        with self._guard() as conn:
            return [_row(r) for r in conn.execute(sql, [*params, limit, offset])]

    def iter_rows(self, query: ListQuery = ListQuery()) -> Iterator[ArticleRow]:  # noqa: B008
        """Every row of `query`'s list, newest first, read as they are used (`govreader list`):
        the first row comes at once and memory stays flat however long the list."""
        where, params = self._where(query)
        sql = f"SELECT {_ROW_COLUMNS} FROM articles a{where} {_NEWEST_FIRST}"
        with self._guard() as conn:
            yield from map(_row, conn.execute(sql, params))

    def position(self, query: ListQuery, article_id: int) -> int | None:
        """Where `article_id` sits in the list of `query` (as `rows` orders it), or None: the
        number of its articles that are newer."""
        clauses = self._clauses(query)
        where, params = _joined([*clauses, Condition("a.id = ?", (article_id,))])
        newer = Condition("a.newest > (SELECT newest FROM articles WHERE id = ?)", (article_id,))
        counted, counted_params = _joined([*clauses, newer])
        with self._guard() as conn:
            if conn.execute(f"SELECT 1 FROM articles a{where}", params).fetchone() is None:
                return None
            sql = f"SELECT count(*) FROM articles a{counted}"
            return int(conn.execute(sql, counted_params).fetchone()[0])

    def article(self, article_id: int) -> StoredArticle:
        """The stored article with its facts; `LibraryError` if it is no longer there."""
        with self._guard() as conn:
            row = conn.execute(
                "SELECT a.reporter, a.published, a.source, a.read, a.bookmarked, a.position,"
                " coalesce(t.title, a.title), a.subtitle, t.body, t.facts"
                " FROM articles a JOIN texts t ON t.id = a.id WHERE a.id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                raise LibraryError(f"article {article_id} is no longer in the library")
            paths = tuple(self._paths(conn, article_id))
        reporter, published, source, read, bookmarked, position, title, subtitle, body, facts = row
        try:
            text = unpack(body)
            found = decode_facts(unpack(facts), text)
        except DAMAGED as error:
            raise damaged(self.path, f"article {article_id}: {error}") from None
        article = Article(
            text=text,
            title=title or None,
            subtitle=subtitle or None,
            reporter=reporter,
            published=published,
            source=source,
            path=paths[0] if paths else None,
            facts=found,
        )
        return StoredArticle(article_id, article, bool(read), bool(bookmarked), position, paths)

    @staticmethod
    def _paths(conn: sqlite3.Connection, article_id: int) -> list[str]:
        return [
            r[0]
            for r in conn.execute(
                "SELECT path FROM paths WHERE article_id = ? ORDER BY imported_at, rowid",
                (article_id,),
            )
        ]

    def raw_text(self, article_id: int) -> str:
        """The page as saved, read again from the first of its paths that is still there."""
        from govreader.ingest import load_page

        with self._guard() as conn:
            paths = self._paths(conn, article_id)
        last: PageError | None = None
        for path in paths:
            try:
                return load_page(Path(path)).text
            except PageError as error:
                last = error
        if last is None:
            raise PageError(f"article {article_id}", "no saved page is known for it")
        if len(paths) == 1:
            raise last
        raise PageError(paths[0], f"none of its {len(paths)} saved copies can be read")

    def search(
        self,
        text: str,
        *,
        kind: FactKind | None = None,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Articles containing every term of `text` (substrings, any length), newest first.

        The index is walked newest first and the walk stops at `limit` hits, so a word in every
        article costs what a rare one does; nothing is counted."""
        found = matcher(text)
        if not found.terms:
            return []
        query = ListQuery(kind=kind, source=source)
        if found.match is None:  # no token to look up: every text is checked, newest first
            where, params = self._where(query, since, until)
            sql = (
                f"SELECT {_ROW_COLUMNS}, {_TEXT_COLUMNS} FROM articles a"
                f" JOIN texts t ON t.id = a.id{where} {_NEWEST_FIRST}"
            )
        else:
            clauses = [Condition("text_index MATCH ?", (found.match,))]
            clauses += _in_range("f.rowid", since, until)
            where, params = _joined([*clauses, *self._clauses(query)])
            sql = (
                f"SELECT {_ROW_COLUMNS}, {_TEXT_COLUMNS} FROM text_index f"
                " CROSS JOIN articles a ON a.newest = f.rowid CROSS JOIN texts t ON t.id = a.id"
                f"{where} ORDER BY f.rowid DESC"
            )
        with self._guard() as conn:
            return self._hits(conn.execute(sql, params), found, limit)

    def _hits(self, rows: Iterator[Sequence[Any]], found: Matcher, limit: int) -> list[SearchHit]:
        """The first `limit` of `rows` that hold every term, each with its line of text."""
        hits: list[SearchHit] = []
        longest_first = found.longest_first
        for values in rows:
            if len(hits) >= limit:
                break
            title, subtitle, packed = values[-3:]
            try:
                body = unpack(packed)
            except DAMAGED as error:
                raise damaged(self.path, f"article {values[0]}: {error}") from None
            if found.exact or found.holds(title, subtitle, body):
                line, start, end = snippet_of(longest_first, (body, subtitle, title))
                hits.append(SearchHit(_row(values[:-3]), line, start, end))
        return hits

    def fact_table(
        self,
        kind: FactKind,
        query: ListQuery = ListQuery(),  # noqa: B008
        since: str | None = None,
        until: str | None = None,
    ) -> FactTable:
        """Every `kind` fact of the articles `query` keeps, a fact told by several articles one
        row, in the kind's first order (`fact_table`)."""
        from govreader.library.fact_table import (  # only the table's users need it
            SOURCES_SQL,
            FactTable,
            filtered_rows,
            joined_sources,
        )

        where, params = self._where(query, since, until)
        source = "fact_rows"
        with self._guard() as conn:
            conn.create_function(SOURCES_SQL, 1, joined_sources, deterministic=True)
            if where:
                source = filtered_rows(conn, kind, where, params)
        return FactTable(self._read, kind, source)

    def _read(self, sql: str, params: Sequence[Any]) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of one query, `READ_BATCH` at a time, the connection held until the last."""
        with self._guard() as conn:
            cursor = conn.execute(sql, params)
            while batch := cursor.fetchmany(READ_BATCH):
                yield batch

    def sources(self) -> list[str]:
        with self._guard() as conn:
            return [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source"
                )
            ]

    def known_paths(self) -> set[str]:
        """Every path an article was imported from (for reporting pages that went missing)."""
        with self._guard() as conn:
            return {r[0] for r in conn.execute("SELECT path FROM paths")}

    def article_ids(self, paths: Sequence[str]) -> list[int]:
        """The articles now stored under `paths`, in the paths' order, each once."""
        sql = (
            "SELECT p.article_id FROM json_each(?) AS given JOIN paths p ON p.path = given.value"
            " ORDER BY given.key"
        )
        with self._guard() as conn:
            found = conn.execute(sql, (json.dumps(list(paths), ensure_ascii=False),)).fetchall()
        return list(dict.fromkeys(row[0] for row in found))

    # reading state -----------------------------------------------------------------------------

    def _set(self, column: str, article_id: int, value: int) -> None:
        if self.read_only:  # reading state is not kept: the reader says so once, at start
            return
        with self._write() as conn:
            conn.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", (value, article_id))

    def set_read(self, article_id: int, read: bool) -> None:
        self._set("read", article_id, int(read))

    def set_bookmark(self, article_id: int, bookmarked: bool) -> None:
        self._set("bookmarked", article_id, int(bookmarked))

    def set_position(self, article_id: int, position: int) -> None:
        self._set("position", article_id, max(0, int(position)))

    def mark_read(self, query: ListQuery) -> int:
        """Mark every unread article in `query`'s list read; how many were."""
        where, params = self._where(query)
        where += " AND a.read = 0" if where else " WHERE a.read = 0"
        with self._write() as conn:
            return conn.execute(f"UPDATE articles AS a SET read = 1{where}", params).rowcount

    def remove(self, article_ids: Sequence[int]) -> int:
        """Take articles out of the library (their saved pages are left alone); how many were."""
        removed = 0
        with self._write() as conn:
            for article_id in article_ids:
                self._unindex(conn, article_id)
                delete_lines(conn, article_id)
                removed += conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
        return removed

    def data_version(self) -> int:
        """A number that changes whenever another connection (say, `govreader add`) commits."""
        with self._guard() as conn:
            return int(conn.execute("PRAGMA data_version").fetchone()[0])

    # importing ---------------------------------------------------------------------------------

    def _refuse_read_only(self) -> None:
        if self.read_only:
            raise LibraryError(
                f"{self.path}: the library is read-only (its file or folder cannot be written);"
                " nothing can be imported into it, removed from it or marked read"
            )

    def check(self) -> None:
        """Refuse to write into a read-only or damaged file: SQLite's `quick_check` (every page
        and index entry read once; about 0.4 s for 10,000 articles) must pass before an import."""
        self._refuse_read_only()
        with self._guard() as conn:
            found = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        if found != ["ok"]:
            raise damaged(self.path, "; ".join(found))

    def known(self, path: str, digest: str) -> str | None:
        """What importing `path` with content `digest` comes to without parsing it: `unchanged`,
        or (content already stored under another path) `updated`/`duplicate` after remembering
        the path; None when the page must be parsed and passed to `record`."""
        with self._guard() as conn:
            same = conn.execute("SELECT id FROM articles WHERE hash = ?", (digest,)).fetchone()
            if same is None:
                return None
            held = conn.execute("SELECT article_id FROM paths WHERE path = ?", (path,)).fetchone()
            if held is not None and held[0] == same[0]:
                return UNCHANGED
        return self.record(path, digest, None)

    def record(self, path: str, digest: str, article: Article | Prepared | None) -> str | None:
        """Store one page in one transaction: `imported` (new content), `updated` (the path's
        content changed; read state and bookmark kept), `unchanged`, or `duplicate` (content
        already stored under another path; this path is remembered too). None only when
        `article` is None and the content is new."""
        now = _now()
        with self._write() as conn:
            held = conn.execute("SELECT article_id FROM paths WHERE path = ?", (path,)).fetchone()
            same = conn.execute("SELECT id FROM articles WHERE hash = ?", (digest,)).fetchone()
            if same is not None:
                if held is not None and held[0] == same[0]:
                    return UNCHANGED
                if held is not None:
                    conn.execute(
                        "UPDATE paths SET article_id = ?, imported_at = ? WHERE path = ?",
                        (same[0], now, path),
                    )
                    self._drop_if_pathless(conn, held[0], same[0])
                    return UPDATED
                conn.execute(
                    "INSERT INTO paths (path, article_id, imported_at) VALUES (?, ?, ?)",
                    (path, same[0], now),
                )
                return DUPLICATE
            if article is None:
                return None
            prepared = article if isinstance(article, Prepared) else Prepared.of(article)
            if held is not None:
                shared = conn.execute(
                    "SELECT count(*) FROM paths WHERE article_id = ?", (held[0],)
                ).fetchone()[0]
                if shared == 1:
                    self._replace(conn, held[0], digest, prepared, now)
                    return UPDATED
                new_id = self._insert(conn, digest, prepared, now)
                conn.execute(
                    "UPDATE paths SET article_id = ?, imported_at = ? WHERE path = ?",
                    (new_id, now, path),
                )
                return UPDATED
            new_id = self._insert(conn, digest, prepared, now)
            conn.execute(
                "INSERT INTO paths (path, article_id, imported_at) VALUES (?, ?, ?)",
                (path, new_id, now),
            )
            return IMPORTED

    def _insert(self, conn: sqlite3.Connection, digest: str, prepared: Prepared, now: str) -> int:
        columns = ", ".join(FACT_COUNT_COLUMNS.values())
        marks = ", ".join("?" * len(FACT_COUNT_COLUMNS))
        newest = _free_key(conn, key_for(prepared.meta[3]))
        cursor = conn.execute(
            "INSERT INTO articles (hash, title, subtitle, reporter, published, source,"
            f" {columns}, imported_at, updated_at, newest)"
            f" VALUES (?, ?, ?, ?, ?, ?, {marks}, ?, ?, ?)",
            (digest, *prepared.meta, *prepared.counts, now, now, newest),
        )
        article_id = int(cursor.lastrowid or 0)
        self._write_text(conn, article_id, newest, prepared)
        return article_id

    def _replace(
        self, conn: sqlite3.Connection, article_id: int, digest: str, prepared: Prepared, now: str
    ) -> None:
        assignments = ", ".join(f"{c} = ?" for c in FACT_COUNT_COLUMNS.values())
        self._unindex(conn, article_id)
        conn.execute("DELETE FROM texts WHERE id = ?", (article_id,))
        delete_lines(conn, article_id)
        conn.execute("UPDATE articles SET newest = NULL WHERE id = ?", (article_id,))
        newest = _free_key(conn, key_for(prepared.meta[3]))
        conn.execute(
            "UPDATE articles SET hash = ?, title = ?, subtitle = ?, reporter = ?, published = ?,"
            f" source = ?, {assignments}, updated_at = ?, newest = ? WHERE id = ?",
            (digest, *prepared.meta, *prepared.counts, now, newest, article_id),
        )
        self._write_text(conn, article_id, newest, prepared)

    @staticmethod
    def _write_text(
        conn: sqlite3.Connection, article_id: int, newest: int, prepared: Prepared
    ) -> None:
        conn.execute(
            "INSERT INTO texts (id, title, body, facts) VALUES (?, ?, ?, ?)",
            (article_id, prepared.title, prepared.body, prepared.facts),
        )
        conn.execute(
            "INSERT INTO text_index (rowid, grams) VALUES (?, ?)", (newest, prepared.grams)
        )
        write_lines(conn, article_id, prepared.meta[3], prepared.meta[4], prepared.lines)

    def _unindex(self, conn: sqlite3.Connection, article_id: int) -> None:
        """Take an article out of the search index, which needs the very tokens it was given:
        they are worked out again from the stored text."""
        row = conn.execute(
            f"SELECT a.newest, {_TEXT_COLUMNS} FROM articles a JOIN texts t ON t.id = a.id"
            " WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return
        newest, title, subtitle, packed = row
        try:
            body = unpack(packed)
        except DAMAGED as error:
            raise damaged(self.path, f"article {article_id}: {error}") from None
        conn.execute(
            "INSERT INTO text_index (text_index, rowid, grams) VALUES ('delete', ?, ?)",
            (newest, index_text(title, subtitle, body)),
        )

    def _drop_if_pathless(self, conn: sqlite3.Connection, article_id: int, heir: int) -> None:
        """Remove an article no path holds any more, handing its read state and bookmark on."""
        if conn.execute("SELECT 1 FROM paths WHERE article_id = ?", (article_id,)).fetchone():
            return
        conn.execute(
            "UPDATE articles SET read = max(read, (SELECT read FROM articles WHERE id = ?)),"
            " bookmarked = max(bookmarked, (SELECT bookmarked FROM articles WHERE id = ?))"
            " WHERE id = ?",
            (article_id, article_id, heir),
        )
        self._unindex(conn, article_id)
        delete_lines(conn, article_id)
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
