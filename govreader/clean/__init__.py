"""Page to Article: the article body and its metadata, without the page's chrome."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from govreader.clean.text import clean_text
from govreader.ingest import terminal_safe
from govreader.model import Article, Page, PageFormat


def clean_page(page: Page) -> Article:
    """The article in `page`; never raises on malformed content (reads as far as it goes)."""
    if page.format is PageFormat.TEXT:
        article = clean_text(page)
    else:
        from govreader.clean.html import clean_html

        article = clean_html(page)
    return _terminal_safe(article)


def _terminal_safe(article: Article) -> Article:
    """Every string of the article made safe again: a `Page` may come from elsewhere than
    `load_page`, and HTML entities can spell control characters."""
    fields = ("text", "title", "subtitle", "reporter", "published", "source")
    values = {name: getattr(article, name) for name in fields}
    safe: dict[str, Any] = {
        name: terminal_safe(value) if value else value for name, value in values.items()
    }
    return article if safe == values else replace(article, **safe)
