"""Page to Article: the article body and its metadata, without the page's chrome."""

from __future__ import annotations

from govreader.model import Article, Page


def clean_page(page: Page) -> Article:
    raise NotImplementedError
