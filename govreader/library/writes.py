"""What the library writes: one imported page a transaction (a new article, a changed page, a
copy under another path), reading state, and taking articles out; each write keeps the search
index and the facts table in step."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from govreader.library.connection import LibraryFile
from govreader.library.fact_store import delete_lines, write_lines
from govreader.library.filters import TEXT_COLUMNS, list_where
from govreader.library.newest import key_for
from govreader.library.opening import damaged
from govreader.library.records import ListQuery
from govreader.library.schema import FACT_COUNT_COLUMNS
from govreader.library.texts import DAMAGED, unpack
from govreader.model import Article

if TYPE_CHECKING:
    from govreader.library.prepared import Prepared
    from govreader.reading import ReaderVersions

IMPORTED = "imported"
UPDATED = "updated"
UNCHANGED = "unchanged"
DUPLICATE = "duplicate"
REFRESHED = "refreshed"
"""An unchanged page whose article was read again by newer rules (`refresh`)."""
READ_AGAIN = "read again"
FACTS_AGAIN = "facts again"
"""What `known` asks of an unchanged page read by older rules: parse its bytes again (the
cleaning rules changed), or only read the stored article's facts again (the facts rules changed,
or a kind's facts were lost); either is then passed to `refresh`."""


def _now() -> str:
    from datetime import UTC, datetime  # here: the commands that only read never need it

    return datetime.now(UTC).isoformat(timespec="seconds")


def _free_key(conn: sqlite3.Connection, wanted: int) -> int:
    """The first `newest` key from `wanted` on that no article holds (see `newest.py`)."""
    row = conn.execute(
        "SELECT coalesce((SELECT ?1 WHERE NOT EXISTS (SELECT 1 FROM articles WHERE newest = ?1)),"
        " (SELECT a.newest + 1 FROM articles a WHERE a.newest >= ?1 AND NOT EXISTS"
        " (SELECT 1 FROM articles b WHERE b.newest = a.newest + 1) ORDER BY a.newest LIMIT 1))",
        (wanted,),
    ).fetchone()
    return int(row[0])


class Writes(LibraryFile):
    """The library's writes (see `LibraryFile` for opening it)."""

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
        where, params = list_where(query)
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

    def known(self, path: str, digest: str, current: ReaderVersions | None = None) -> str | None:
        """What importing `path` with content `digest` comes to without parsing it: `unchanged`,
        or (content already stored under another path) `updated`/`duplicate` after remembering
        the path; None when the page must be parsed and passed to `record`. Given the `current`
        rules, an unchanged page whose article older rules read is `read again`/`facts again`."""
        with self._guard() as conn:
            same = conn.execute(
                "SELECT id, cleaned_by, facts_by FROM articles WHERE hash = ?", (digest,)
            ).fetchone()
            if same is None:
                return None
            held = conn.execute("SELECT article_id FROM paths WHERE path = ?", (path,)).fetchone()
            if held is not None and held[0] == same[0]:
                if current is None or same[1:] == tuple(current):
                    return UNCHANGED
                return READ_AGAIN if same[1] != current.cleaning else FACTS_AGAIN
        return self.record(path, digest, None)

    def refresh(self, path: str, digest: str, prepared: Prepared) -> str | None:
        """Store an unchanged page's article read again by newer rules, in one transaction:
        only its facts when its stored text was cleaned by the same rules, else all of it (read
        state, bookmark and position kept either way). `refreshed`, or what `record` makes of
        it when the content is no longer stored."""
        with self._write() as conn:
            same = conn.execute(
                "SELECT id, cleaned_by, published, source FROM articles WHERE hash = ?", (digest,)
            ).fetchone()
            if same is not None:
                article_id, cleaned_by, published, source = same
                if cleaned_by is not None and cleaned_by == prepared.cleaned_by:
                    self._replace_facts(conn, article_id, published, source, prepared)
                else:
                    self._replace(conn, article_id, digest, prepared, _now())
                return REFRESHED
        return self.record(path, digest, prepared)

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
            from govreader.library.prepared import Prepared  # here: reading never loads it

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
            f" {columns}, imported_at, updated_at, newest, cleaned_by, facts_by)"
            f" VALUES (?, ?, ?, ?, ?, ?, {marks}, ?, ?, ?, ?, ?)",
            (
                digest,
                *prepared.meta,
                *prepared.counts,
                *(now, now, newest, prepared.cleaned_by, prepared.facts_by),
            ),
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
            f" source = ?, {assignments}, updated_at = ?, newest = ?, cleaned_by = ?,"
            " facts_by = ? WHERE id = ?",
            (
                digest,
                *prepared.meta,
                *prepared.counts,
                *(now, newest, prepared.cleaned_by, prepared.facts_by, article_id),
            ),
        )
        self._write_text(conn, article_id, newest, prepared)

    @staticmethod
    def _replace_facts(
        conn: sqlite3.Connection,
        article_id: int,
        published: str | None,
        source: str | None,
        prepared: Prepared,
    ) -> None:
        """Only the facts of an article (counts, stored facts, the facts table's lines): its
        text and the search index stay as they are."""
        assignments = ", ".join(f"{c} = ?" for c in FACT_COUNT_COLUMNS.values())
        conn.execute(
            f"UPDATE articles SET {assignments}, facts_by = ? WHERE id = ?",
            (*prepared.counts, prepared.facts_by, article_id),
        )
        conn.execute("UPDATE texts SET facts = ? WHERE id = ?", (prepared.facts, article_id))
        delete_lines(conn, article_id)
        write_lines(conn, article_id, published, source, prepared.lines)

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
        from govreader.library.matching import index_text  # here: reading never loads it

        row = conn.execute(
            f"SELECT a.newest, {TEXT_COLUMNS} FROM articles a JOIN texts t ON t.id = a.id"
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
