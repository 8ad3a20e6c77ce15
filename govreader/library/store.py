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
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from govreader.library.errors import LibraryError
from govreader.library.location import DB_NAME, library_dir
from govreader.library.matching import Condition, bigram_text, conditions, snippet, terms
from govreader.library.records import ArticleRow, ListQuery, SearchHit, StoredArticle
from govreader.library.schema import FACT_COUNT_COLUMNS, SCHEMA_VERSION, migrate, read_version
from govreader.model import Article, Fact, FactKind, PageError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0

IMPORTED = "imported"
UPDATED = "updated"
UNCHANGED = "unchanged"
DUPLICATE = "duplicate"

_COUNT_COLUMNS = tuple(f"a.{c}" for c in FACT_COUNT_COLUMNS.values())
_ROW_COLUMNS = ", ".join(
    ("a.id", "a.title", "a.source", "a.published", *_COUNT_COLUMNS, "a.read", "a.bookmarked")
)
_NEWEST_FIRST = "ORDER BY a.published DESC, a.id DESC"
_UNTIL_END = "\uffff"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _damaged(path: Path, detail: str) -> LibraryError:
    return LibraryError(
        f"{path}: the library file is damaged or not a govreader library ({detail}); it was left "
        "untouched: move or rename it to start a new library, or use --library DIR"
    )


def _explain(path: Path, error: sqlite3.DatabaseError) -> LibraryError:
    """SQLite's failure as one line for the user: full disk, busy, unwritable, or damaged."""
    message = str(error)
    if "full" in message:
        return LibraryError(f"{path}: the disk is full ({message}); free some space and retry")
    if "locked" in message or "busy" in message:
        return LibraryError(f"{path}: the library is busy in another govreader ({message})")
    if "Could not decode" in message:  # text that is not UTF-8: the file is damaged
        return _damaged(path, message)
    if isinstance(error, sqlite3.OperationalError):
        return LibraryError(f"{path}: cannot use the library ({message})")
    return _damaged(path, message)


def _probe(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a library this version can open."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise LibraryError(f"{path}: cannot read the library ({error.strerror or error})") from None
    if not header:
        return
    if header != SQLITE_HEADER:
        raise _damaged(path, "not an SQLite database")
    conn, version = _connect_read_only(path)
    conn.close()
    if version is None:
        raise _damaged(path, "it has no schema_version table")
    if version > SCHEMA_VERSION:
        raise _newer(path, version)


def _connect_read_only(path: Path) -> tuple[sqlite3.Connection, int | None]:
    """A read-only connection (SQLite's `mode=ro`) and the library's version; `immutable` when
    even that cannot read (a read-only folder without the `-shm` file that WAL mode needs and
    only a writer can make: then nobody can be writing the file either)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    for immutable in (False, True):
        try:
            conn = sqlite3.connect(
                uri + ("&immutable=1" if immutable else ""),
                uri=True,
                timeout=5,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as error:
            raise LibraryError(f"{path}: cannot open the library ({error})") from None
        try:
            conn.execute("PRAGMA query_only=ON")
            return conn, read_version(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            if immutable or not isinstance(error, sqlite3.OperationalError):
                raise _explain(path, error) from None
    raise AssertionError("unreachable")


def _newer(path: Path, version: int) -> LibraryError:
    return LibraryError(
        f"{path}: this library was written by a newer govreader (schema {version}, this version "
        f"reads up to {SCHEMA_VERSION}); it was left untouched: upgrade govreader, or use "
        "--library DIR for another library"
    )


def _older(path: Path) -> LibraryError:
    return LibraryError(
        f"{path}: this library was written by an older govreader and must be upgraded, which "
        "needs write access; it was left untouched: open it once where it can be written"
    )


def writable(path: Path) -> bool:
    """Whether this process may change the library: the file, and the folder SQLite keeps its
    `-wal` and `-shm` files in (a seam tests replace: root may write anything)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def encode_facts(facts: Sequence[Fact]) -> str:
    """Facts as compact JSON: kind, span and fields (the text is the article's, sliced)."""
    return json.dumps(
        [[str(f.kind), f.start, f.end, dict(f.fields)] for f in facts],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_facts(data: str, text: str) -> tuple[Fact, ...]:
    return tuple(
        Fact(FactKind(kind), start, end, text[start:end], fields)
        for kind, start, end, fields in json.loads(data)
    )


@dataclass(frozen=True)
class Prepared:
    """An article as the columns the store writes, worked out by the import worker that parsed
    it: plain strings and numbers, cheap to send between processes, so the single writing
    process has little left to do."""

    meta: tuple[str | None, ...]
    """Display title, subtitle, reporter, published and source, as the articles table has them."""
    counts: tuple[int, ...]
    title: str
    subtitle: str
    body: str
    facts: str
    grams: str
    """The pair tokens the library indexes for title, subtitle and body."""

    @classmethod
    def of(cls, article: Article) -> Prepared:
        counts = Counter(fact.kind for fact in article.facts)
        return cls(
            meta=(
                _display_title(article),
                article.subtitle,
                article.reporter,
                article.published,
                article.source,
            ),
            counts=tuple(counts.get(kind, 0) for kind in FACT_COUNT_COLUMNS),
            title=article.title or "",
            subtitle=article.subtitle or "",
            body=article.text,
            facts=encode_facts(article.facts),
            grams=bigram_text(article.title, article.subtitle, article.text),
        )


def _display_title(article: Article) -> str:
    """The list's title: the page's, else its first line, so no row is blank."""
    if article.title and article.title.strip():
        return article.title.strip()
    first = next((line.strip() for line in article.text.splitlines() if line.strip()), "")
    return first[:80] or "(no title)"


def _row(values: Sequence[Any]) -> ArticleRow:
    counts = values[4 : 4 + len(FACT_COUNT_COLUMNS)]
    return ArticleRow(
        id=values[0],
        title=values[1],
        source=values[2],
        published=values[3],
        fact_counts=dict(zip(FACT_COUNT_COLUMNS, counts, strict=True)),
        read=bool(values[-2]),
        bookmarked=bool(values[-1]),
    )


class Library:
    """The imported articles in one SQLite file; open with `Library.open(folder)`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self.read_only = read_only
        """Opened read-only (its file or folder cannot be written): it lists, searches and
        reads; reading state is not kept and nothing can be imported."""

    @classmethod
    def open(cls, folder: Path | None = None, *, read_only: bool = False) -> Library:
        """Open (creating on first use) the library in `folder` (see `library_dir`); read-only
        when asked, or when the file or its folder cannot be written."""
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
            _probe(path)
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
                found = migrate(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise _explain(path, error) from None
        if found is None or found > SCHEMA_VERSION:
            conn.close()
            raise _damaged(path, "no schema_version") if found is None else _newer(path, found)
        return cls(path, conn)

    @classmethod
    def _open_read_only(cls, path: Path) -> Library:
        _probe(path)
        conn, version = _connect_read_only(path)
        if version != SCHEMA_VERSION:  # a newer one was refused by _probe
            conn.close()
            raise _damaged(path, "no schema_version") if version is None else _older(path)
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
                raise _explain(self.path, error) from None

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

    def _where(
        self,
        query: ListQuery,
        since: str | None = None,
        until: str | None = None,
    ) -> tuple[str, list[Any]]:
        clauses: list[Condition] = conditions(query.text) if query.text.strip() else []
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
        if since:
            clauses.append(Condition("a.published >= ?", (since,)))
        if until:
            clauses.append(Condition("a.published <= ?", (until + _UNTIL_END,)))
        if not clauses:
            return "", []
        sql = " WHERE " + " AND ".join(c.sql for c in clauses)
        return sql, [p for c in clauses for p in c.params]

    def count(self, query: ListQuery = ListQuery()) -> int:  # noqa: B008
        where, params = self._where(query)
        with self._guard() as conn:
            return conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]

    def rows(
        self,
        query: ListQuery = ListQuery(),  # noqa: B008
        offset: int = 0,
        limit: int = 100,
    ) -> list[ArticleRow]:
        """A slice of the list, newest first (publication date, then import order)."""
        where, params = self._where(query)
        sql = f"SELECT {_ROW_COLUMNS} FROM articles a{where} {_NEWEST_FIRST} LIMIT ? OFFSET ?"
        with self._guard() as conn:
            return [_row(r) for r in conn.execute(sql, [*params, limit, offset])]

    def position(self, query: ListQuery, article_id: int) -> int | None:
        """Where `article_id` sits in the list of `query` (as `rows` orders it), or None."""
        where, params = self._where(query)
        sql = (
            f"SELECT place FROM (SELECT a.id, row_number() OVER ({_NEWEST_FIRST}) - 1 AS place"
            f" FROM articles a{where}) WHERE id = ?"
        )
        with self._guard() as conn:
            found = conn.execute(sql, [*params, article_id]).fetchone()
        return None if found is None else found[0]

    def article(self, article_id: int) -> StoredArticle:
        """The stored article with its facts; `LibraryError` if it is no longer there."""
        with self._guard() as conn:
            row = conn.execute(
                "SELECT a.reporter, a.published, a.source, a.read, a.bookmarked, a.position,"
                " t.title, t.subtitle, t.body, t.facts FROM articles a JOIN texts t ON t.id = a.id"
                " WHERE a.id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                raise LibraryError(f"article {article_id} is no longer in the library")
            paths = tuple(self._paths(conn, article_id))
        reporter, published, source, read, bookmarked, position, title, subtitle, body, facts = row
        article = Article(
            text=body,
            title=title or None,
            subtitle=subtitle or None,
            reporter=reporter,
            published=published,
            source=source,
            path=paths[0] if paths else None,
            facts=decode_facts(facts, body),
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
        """Articles containing every term of `text` (substrings, any length), newest first."""
        if not terms(text):
            return []
        where, params = self._where(ListQuery(text=text, kind=kind, source=source), since, until)
        sql = f"SELECT {_ROW_COLUMNS} FROM articles a{where} {_NEWEST_FIRST} LIMIT ?"
        with self._guard() as conn:
            rows = [_row(r) for r in conn.execute(sql, [*params, limit])]
            texts = {
                r[0]: r[1:]
                for r in conn.execute(
                    "SELECT id, body, subtitle, title FROM texts WHERE id IN"
                    f" ({','.join('?' * len(rows))})",
                    [r.id for r in rows],
                )
            }
        hits = []
        for row in rows:
            line, start, end = snippet(text, *texts.get(row.id, ("",)))
            hits.append(SearchHit(row, line, start, end))
        return hits

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

    # importing ---------------------------------------------------------------------------------

    def _refuse_read_only(self) -> None:
        if self.read_only:
            raise LibraryError(
                f"{self.path}: the library is read-only (its file or folder cannot be written);"
                " nothing can be imported into it"
            )

    def check(self) -> None:
        """Refuse to write into a read-only or damaged file: SQLite's `quick_check` (every page
        and index entry read once; about 0.4 s for 10,000 articles) must pass before an import."""
        self._refuse_read_only()
        with self._guard() as conn:
            found = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        if found != ["ok"]:
            raise _damaged(self.path, "; ".join(found))

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
        cursor = conn.execute(
            "INSERT INTO articles (hash, title, subtitle, reporter, published, source,"
            f" {columns}, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, {marks}, ?, ?)",
            (digest, *prepared.meta, *prepared.counts, now, now),
        )
        article_id = int(cursor.lastrowid or 0)
        self._write_text(conn, article_id, prepared)
        return article_id

    def _replace(
        self, conn: sqlite3.Connection, article_id: int, digest: str, prepared: Prepared, now: str
    ) -> None:
        assignments = ", ".join(f"{c} = ?" for c in FACT_COUNT_COLUMNS.values())
        self._unindex(conn, article_id)
        conn.execute("DELETE FROM texts WHERE id = ?", (article_id,))
        conn.execute(
            "UPDATE articles SET hash = ?, title = ?, subtitle = ?, reporter = ?, published = ?,"
            f" source = ?, {assignments}, updated_at = ? WHERE id = ?",
            (digest, *prepared.meta, *prepared.counts, now, article_id),
        )
        self._write_text(conn, article_id, prepared)

    @staticmethod
    def _write_text(conn: sqlite3.Connection, article_id: int, prepared: Prepared) -> None:
        title, subtitle, body = prepared.title, prepared.subtitle, prepared.body
        conn.execute(
            "INSERT INTO texts (id, title, subtitle, body, facts) VALUES (?, ?, ?, ?, ?)",
            (article_id, title, subtitle, body, prepared.facts),
        )
        conn.execute(
            "INSERT INTO text_trigrams (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)",
            (article_id, title, subtitle, body),
        )
        conn.execute(
            "INSERT INTO text_bigrams (rowid, grams) VALUES (?, ?)", (article_id, prepared.grams)
        )

    @staticmethod
    def _unindex(conn: sqlite3.Connection, article_id: int) -> None:
        """Take an article out of both search indexes (they need the exact text they indexed)."""
        row = conn.execute(
            "SELECT title, subtitle, body FROM texts WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return
        conn.execute(
            "INSERT INTO text_trigrams (text_trigrams, rowid, title, subtitle, body)"
            " VALUES ('delete', ?, ?, ?, ?)",
            (article_id, *row),
        )
        conn.execute(
            "INSERT INTO text_bigrams (text_bigrams, rowid, grams) VALUES ('delete', ?, ?)",
            (article_id, bigram_text(*row)),
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
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
