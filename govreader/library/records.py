"""What the library hands out: list rows, stored articles, search hits, and list filters.

Named tuples, not frozen dataclasses: `search` and `list` load this module before their first
line, and making a frozen dataclass compiles generated code for each of its methods (these four
took 4-6 ms of CPU to define, as named tuples under 2); a list row is made faster too. Change one
with `_replace`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from govreader.model import Article, FactKind

TABLE_KINDS: tuple[FactKind, ...] = (
    FactKind.AWARD,
    FactKind.PROGRAM,
    FactKind.TARGET,
    FactKind.AUDIENCE,
    FactKind.AMOUNT,
)
"""The kinds the facts table shows (a quote is read in its article, not counted across
articles). Here, not beside the table's code, so the reader's keys name them without loading it."""


class ListQuery(NamedTuple):
    """A filter of the list pane; `text` matches like `Library.search` (two syllables work).

    `ids`, when set, keeps only those articles (say, the ones just imported); empty keeps none.
    `sourceless` keeps the articles whose page named no source (which no `source` can pick)."""

    text: str = ""
    kind: FactKind | None = None
    source: str | None = None
    sourceless: bool = False
    unread: bool = False
    bookmarked: bool = False
    ids: frozenset[int] | None = None


class ArticleRow(NamedTuple):
    """One line of the list pane, fetched without the article's text or facts.

    `fact_counts` has every `FactKind`, zero where the article has none."""

    id: int
    title: str
    source: str | None
    published: str | None
    fact_counts: Mapping[FactKind, int]
    read: bool
    bookmarked: bool


class StoredArticle(NamedTuple):
    """An article as imported (text and facts, never re-parsed) with its reading state."""

    id: int
    article: Article
    read: bool
    bookmarked: bool
    position: int
    paths: tuple[str, ...]


class SearchHit(NamedTuple):
    """A search result: its row and one line of text around the first match."""

    row: ArticleRow
    snippet: str
    match_start: int
    match_end: int
