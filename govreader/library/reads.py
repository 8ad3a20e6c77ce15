"""What the library reads for the list, the reader and the commands: list rows and counts,
an article with its facts, saved paths, sources, and the facts table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govreader.library.connection import LibraryFile
from govreader.library.errors import LibraryError
from govreader.library.fact_json import decode_facts
from govreader.library.filters import (
    NEWEST_FIRST,
    ROW_COLUMNS,
    Condition,
    joined,
    list_clauses,
    list_where,
    row_of,
)
from govreader.library.opening import damaged
from govreader.library.records import ArticleRow, ListQuery, StoredArticle
from govreader.library.schema import FACT_COUNT_COLUMNS, GENERATION_TRIGGERS
from govreader.library.texts import DAMAGED, unpack
from govreader.model import Article, FactKind, PageError

if TYPE_CHECKING:
    from govreader.library.fact_table import FactTable

READ_BATCH = 1000


class Reads(LibraryFile):
    """The library's reads (see `LibraryFile` for opening it)."""

    def count(self, query: ListQuery = ListQuery()) -> int:  # noqa: B008
        where, params = list_where(query)
        with self._guard() as conn:
            return int(
                conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
            )

    def is_empty(self) -> bool:
        """Whether the library holds no article: a page or two read, where a count reads an
        index entry for every article (about 400 pages at 100,000 articles)."""
        with self._guard() as conn:
            return not conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]

    def rows(
        self,
        query: ListQuery = ListQuery(),  # noqa: B008
        offset: int = 0,
        limit: int = 100,
    ) -> list[ArticleRow]:
        """A slice of the list, newest first (publication time, then import order)."""
        where, params = list_where(query)
        sql = f"SELECT {ROW_COLUMNS} FROM articles a{where} {NEWEST_FIRST} LIMIT ? OFFSET ?"
        with self._guard() as conn:
            return [row_of(r) for r in conn.execute(sql, [*params, limit, offset])]

    def iter_rows(self, query: ListQuery = ListQuery()) -> Iterator[ArticleRow]:  # noqa: B008
        """Every row of `query`'s list, newest first, read as they are used (`govreader list`):
        the first row comes at once and memory stays flat however long the list."""
        where, params = list_where(query)
        sql = f"SELECT {ROW_COLUMNS} FROM articles a{where} {NEWEST_FIRST}"
        with self._guard() as conn:
            yield from map(row_of, conn.execute(sql, params))

    def position(self, query: ListQuery, article_id: int) -> int | None:
        """Where `article_id` sits in the list of `query` (as `rows` orders it), or None: the
        number of its articles that are newer."""
        clauses = list_clauses(query)
        where, params = joined([*clauses, Condition("a.id = ?", (article_id,))])
        newer = Condition("a.newest > (SELECT newest FROM articles WHERE id = ?)", (article_id,))
        counted, counted_params = joined([*clauses, newer])
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

    def fact_table(
        self,
        kind: FactKind,
        query: ListQuery = ListQuery(),  # noqa: B008
        since: str | None = None,
        until: str | None = None,
    ) -> FactTable:
        """Every `kind` fact of the articles `query` keeps, a fact told by several articles one
        row, in the kind's first order (`fact_table`)."""
        from govreader.library.fact_columns import joined_sources, sources_cells
        from govreader.library.fact_table import (  # only the table's users
            SOURCES_CELLS_SQL,
            SOURCES_SQL,
            FactTable,
            filtered_rows,
        )

        where, params = list_where(query, since, until)
        source = "fact_rows"
        with self._guard() as conn:
            conn.create_function(SOURCES_SQL, 1, joined_sources, deterministic=True)
            conn.create_function(SOURCES_CELLS_SQL, 1, sources_cells, deterministic=True)
            if where:
                source = filtered_rows(conn, kind, where, params)
        return FactTable(self._read, kind, source)

    def table_state(self) -> tuple[int, int] | None:
        """The facts table's generation (changed by every write it could show, see
        `schema_facts.table_generation_v6`) and the schema version: equal twice, the table is the
        same. None when a trigger that keeps the generation is missing (nothing can be said)."""
        sql = (
            "SELECT generation, (SELECT max(version) FROM schema_version) FROM table_generation"
            " WHERE (SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
            " AND name GLOB 'table_generation_*') = ?"
        )
        with self._guard() as conn:
            found = conn.execute(sql, (GENERATION_TRIGGERS,)).fetchone()
        return None if found is None else (int(found[0]), int(found[1]))

    def _read(self, sql: str, params: Sequence[Any]) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of one query, `READ_BATCH` at a time, the connection held until the last."""
        with self._guard() as conn:
            cursor = conn.execute(sql, params)
            while batch := cursor.fetchmany(READ_BATCH):
                yield batch

    def kind_counts(self) -> dict[FactKind, int]:
        """How many articles have at least one fact of each kind (for the kind chooser)."""
        sums = ", ".join(f"total({c} > 0)" for c in FACT_COUNT_COLUMNS.values())
        with self._guard() as conn:
            found = conn.execute(f"SELECT {sums} FROM articles").fetchone()
        return {kind: int(n) for kind, n in zip(FACT_COUNT_COLUMNS, found, strict=True)}

    def source_tally(self) -> tuple[dict[str, int], int]:
        """Each source's number of articles, and the number whose page named none (for the
        source chooser): one read, so the two agree while another process imports."""
        sql = "SELECT source, count(*) FROM articles GROUP BY source ORDER BY source"
        with self._guard() as conn:
            counts = {source: count for source, count in conn.execute(sql)}
        return {s: n for s, n in counts.items() if s is not None}, counts.get(None, 0)

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
