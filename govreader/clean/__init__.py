"""Page to Article: the article body and its metadata, without the page's chrome."""

from __future__ import annotations

from govreader.clean.text import clean_text
from govreader.model import Article, Page, PageFormat


def clean_page(page: Page) -> Article:
    """The article in `page`; never raises on malformed content (reads as far as it goes)."""
    if page.format is PageFormat.TEXT:
        return clean_text(page)
    from govreader.clean.html import clean_html

    return clean_html(page)
