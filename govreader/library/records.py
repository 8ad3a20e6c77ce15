"""What the library hands out: list rows, stored articles, search hits, and list filters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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


@dataclass(frozen=True)
class ListQuery:
    """A filter of the list pane; `text` matches like `Library.search` (two syllables work).

    `ids`, when set, keeps only those articles (say, the ones just imported); empty keeps none."""

    text: str = ""
    kind: FactKind | None = None
    source: str | None = None
    unread: bool = False
    bookmarked: bool = False
    ids: frozenset[int] | None = None


@dataclass(frozen=True)
class ArticleRow:
    """One line of the list pane, fetched without the article's text or facts.

    `fact_counts` has every `FactKind`, zero where the article has none."""

    id: int
    title: str
    source: str | None
    published: str | None
    fact_counts: Mapping[FactKind, int]
    read: bool
    bookmarked: bool


@dataclass(frozen=True)
class StoredArticle:
    """An article as imported (text and facts, never re-parsed) with its reading state."""

    id: int
    article: Article
    read: bool
    bookmarked: bool
    position: int
    paths: tuple[str, ...]


@dataclass(frozen=True)
class SearchHit:
    """A search result: its row and one line of text around the first match."""

    row: ArticleRow
    snippet: str
    match_start: int
    match_end: int
