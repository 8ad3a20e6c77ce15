"""An article's head in words, the same in the shell and in the reader: the title it is shown
under and its `source · reporter · date` line."""

from __future__ import annotations

from govreader.library import stand_in_title
from govreader.model import Article


def shown_title(article: Article) -> str:
    """The page's headline, else the body's first words marked as a stand-in (never blank)."""
    return article.title or stand_in_title(article.text)


def meta_line(article: Article, separator: str = " · ") -> str:
    """`source · reporter · date`, leaving out what the page did not say; the date to the minute,
    as a reader writes it (`2024-07-21 12:17`), not ISO's `T`."""
    date = article.published.replace("T", " ")[:16] if article.published else None
    return separator.join(part for part in (article.source, article.reporter, date) if part)
