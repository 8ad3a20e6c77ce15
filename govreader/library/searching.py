"""`Library.search`: the articles holding every term of a query, newest first, each with the
line that shows it; the index is walked newest first and stops at the limit (`matching`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from govreader.library.connection import LibraryFile
from govreader.library.filters import (
    NEWEST_FIRST,
    ROW_COLUMNS,
    TEXT_COLUMNS,
    Condition,
    in_range,
    joined,
    list_clauses,
    list_where,
    row_of,
)
from govreader.library.opening import damaged
from govreader.library.records import ListQuery, SearchHit
from govreader.library.texts import DAMAGED, unpack
from govreader.model import FactKind

if TYPE_CHECKING:
    from govreader.library.matching import Matcher


class Searching(LibraryFile):
    """The library's search (see `LibraryFile` for opening it)."""

    def search(
        self,
        text: str,
        *,
        kind: FactKind | None = None,
        source: str | None = None,
        sourceless: bool = False,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Articles containing every term of `text` (substrings, any length), newest first.

        `sourceless` keeps the articles whose page named no source. The index is walked newest
        first and the walk stops at `limit` hits, so a word in every article costs what a rare
        one does; nothing is counted."""
        from govreader.library.matching import matcher  # here: `list` and `table` never search

        found = matcher(text)
        if not found.terms:
            return []
        query = ListQuery(kind=kind, source=source, sourceless=sourceless)
        if found.match is None:  # no token to look up: every text is checked, newest first
            where, params = list_where(query, since, until)
            sql = (
                f"SELECT {ROW_COLUMNS}, {TEXT_COLUMNS} FROM articles a"
                f" JOIN texts t ON t.id = a.id{where} {NEWEST_FIRST}"
            )
        else:
            clauses = [Condition("text_index MATCH ?", (found.match,))]
            clauses += in_range("f.rowid", since, until)
            where, params = joined([*clauses, *list_clauses(query)])
            sql = (
                f"SELECT {ROW_COLUMNS}, {TEXT_COLUMNS} FROM text_index f"
                " CROSS JOIN articles a ON a.newest = f.rowid CROSS JOIN texts t ON t.id = a.id"
                f"{where} ORDER BY f.rowid DESC"
            )
        with self._guard() as conn:
            return self._hits(conn.execute(sql, params), found, limit)

    def _hits(self, rows: Iterator[Sequence[Any]], found: Matcher, limit: int) -> list[SearchHit]:
        """The first `limit` of `rows` that hold every term, each with its line of text."""
        from govreader.library.matching import snippet_of

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
                hits.append(SearchHit(row_of(values[:-3]), line, start, end))
        return hits
