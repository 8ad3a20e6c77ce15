"""The list's filters as SQL: the WHERE clauses over `articles a` that keep a `ListQuery`'s
articles, the columns a list row is read from, and the row they make.

Shared by the reads, the search and the writes that act on a filtered list (marking it read);
the words of a filter (`ListQuery.text`) are turned into clauses by `matching`, loaded only
when a filter has words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from govreader.library.newest import key_range
from govreader.library.records import ArticleRow, ListQuery
from govreader.library.schema import FACT_COUNT_COLUMNS
from govreader.model import FactKind


class Condition(NamedTuple):
    """A WHERE clause over `articles a` and its parameters."""

    sql: str
    params: tuple[object, ...]


_KINDS = tuple(FACT_COUNT_COLUMNS)
_COUNT_COLUMNS = tuple(f"a.{c}" for c in FACT_COUNT_COLUMNS.values())
ROW_COLUMNS = ", ".join(
    ("a.id", "a.title", "a.source", "a.published", *_COUNT_COLUMNS, "a.read", "a.bookmarked")
)
"""What a list row is read from (`row_of` makes the row)."""
NEWEST_FIRST = "ORDER BY a.newest DESC"
TEXT_COLUMNS = "coalesce(t.title, a.title), a.subtitle, t.body"
"""What a search reads of an article besides its row: the page's title, subtitle, packed body."""


def row_of(values: Sequence[Any]) -> ArticleRow:
    return ArticleRow(
        id=values[0],
        title=values[1],
        source=values[2],
        published=values[3],
        fact_counts=dict(zip(_KINDS, values[4 : 4 + len(_KINDS)], strict=True)),
        read=bool(values[-2]),
        bookmarked=bool(values[-1]),
    )


def in_range(column: str, since: str | None, until: str | None) -> list[Condition]:
    """`column` (a `newest` key) within the period from `since` to `until`."""
    low, high = key_range(since, until)
    bounds = [Condition(f"{column} >= ?", (low,))] if low is not None else []
    return bounds + ([Condition(f"{column} <= ?", (high,))] if high is not None else [])


def joined(found: Sequence[Condition]) -> tuple[str, list[Any]]:
    """`found` as one WHERE clause (empty for none) and its parameters."""
    if not found:
        return "", []
    return " WHERE " + " AND ".join(c.sql for c in found), [p for c in found for p in c.params]


def list_clauses(
    query: ListQuery,
    since: str | None = None,
    until: str | None = None,
    *,
    with_text: bool = True,
) -> list[Condition]:
    """The clauses keeping `query`'s articles published from `since` to `until`."""
    found: list[Condition] = []
    if with_text and query.text.strip():
        from govreader.library.matching import conditions  # only a filter with words needs it

        found += conditions(query.text)
    if query.kind is not None:
        found.append(Condition(f"a.{FACT_COUNT_COLUMNS[FactKind(query.kind)]} > 0", ()))
    if query.source is not None:
        found.append(Condition("a.source = ?", (query.source,)))
    if query.sourceless:
        found.append(Condition("a.source IS NULL", ()))
    if query.unread:
        found.append(Condition("a.read = 0", ()))
    if query.bookmarked:
        found.append(Condition("a.bookmarked = 1", ()))
    if query.ids is not None:
        # One JSON parameter, however many ids: SQLite limits the number of parameters.
        ids = json.dumps(sorted(query.ids))
        found.append(Condition("a.id IN (SELECT value FROM json_each(?))", (ids,)))
    return found + in_range("a.newest", since, until)


def list_where(
    query: ListQuery, since: str | None = None, until: str | None = None
) -> tuple[str, list[Any]]:
    """The WHERE clause over `articles a` keeping `query`'s articles, and its parameters."""
    return joined(list_clauses(query, since, until))


def holds(terms_json: str, title: str | None, subtitle: str | None, body: bytes) -> bool:
    """`govreader_holds` in SQL: whether an article holds every term (`matching.holds_sql`,
    loaded on the first call: only a filter or search with words calls it)."""
    from govreader.library.matching import holds_sql

    return holds_sql(terms_json, title, subtitle, body)
