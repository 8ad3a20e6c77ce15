"""The pipeline, written once: a saved page's path to a cleaned article with its facts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from govreader.clean import clean_page
from govreader.facts import extract
from govreader.ingest import load_page
from govreader.model import Article


def read_page(path: Path, data: bytes | None = None) -> Article:
    """Load, clean and extract facts from one page (from `data`, its bytes, when given); raises
    `PageError` for unreadable input."""
    article = clean_page(load_page(path, data))
    return replace(article, facts=tuple(extract(article)))
