"""Pages for the cleaning tests, built from invented paragraphs."""

from __future__ import annotations

from pathlib import Path

from govreader.clean import clean_page
from govreader.model import Article, Page, PageFormat


def read_paragraphs(*paragraphs: str) -> Article:
    """A saved text page of `paragraphs` set apart by blank lines, as copied stories come,
    cleaned."""
    text = "\n\n".join(paragraphs)
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


def read_lines(*lines: str) -> Article:
    """A saved text page of `lines`, one a line with no blank line between them, cleaned."""
    text = "\n".join(lines)
    return clean_page(Page(path=Path("p.txt"), text=text, format=PageFormat.TEXT, encoding="utf-8"))


def read_html(markup: str) -> Article:
    """A saved HTML page of `markup`, cleaned."""
    return clean_page(
        Page(path=Path("p.html"), text=markup, format=PageFormat.HTML, encoding="utf-8")
    )
