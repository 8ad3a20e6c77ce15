"""What the reading pane shows, as plain text plus named style spans.

The article's words stay data: they are never parsed as markup, only sliced and given styles by
span. Style names are resolved to the theme's component classes when drawn, so a theme switch
recolours facts without rebuilding anything here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import NamedTuple

from govreader.article_text import meta_line, shown_title
from govreader.model import Article, Fact

FILE_KIND = re.compile(r"\.[0-9A-Za-z]{1,8}")
"""A saved file's suffix worth showing: short letters and digits, never a name's odd bytes."""

# Named tuples, not dataclasses: the reader imports these as it starts, and a frozen dataclass
# compiles its generated methods then (about 1 ms each before the first frame).


class Span(NamedTuple):
    start: int
    end: int
    style: str  # a component class suffix: "title", "meta", or a fact kind


class Document(NamedTuple):
    text: str
    spans: tuple[Span, ...] = ()
    facts: tuple[Fact, ...] = ()  # ordered by position in the article
    fact_spans: tuple[tuple[int, int], ...] = ()  # the facts' offsets in `text`


def article_document(article: Article, separator: str = " · ") -> Document:
    """Title, subtitle and meta line, a blank line, then the body with every fact as a span; with
    no headline, the body's first words stand in for it, marked and dimmed."""
    header: list[tuple[str, str]] = [(shown_title(article), "title" if article.title else "meta")]
    if article.subtitle:
        header.append((article.subtitle, "subtitle"))
    if meta := meta_line(article, separator):
        header.append((meta, "meta"))
    parts: list[str] = []
    spans: list[Span] = []
    offset = 0
    for line, style in header:
        spans.append(Span(offset, offset + len(line), style))
        parts.append(line + "\n")
        offset += len(line) + 1
    parts.append("\n")
    body = offset + 1
    facts = tuple(sorted(article.facts, key=lambda f: (f.start, f.end)))
    fact_spans = tuple((body + f.start, body + f.end) for f in facts)
    spans.extend(Span(a, b, str(f.kind)) for f, (a, b) in zip(facts, fact_spans, strict=True))
    return Document("".join(parts) + article.text, tuple(spans), facts, fact_spans)


def raw_document(text: str) -> Document:
    """The page as saved, unstyled."""
    return Document(text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4))


def pane_title(name: str, paths: Sequence[str], separator: str = " · ") -> str:
    """The reading pane's border title with the kind of file the article was read from
    (`Article · .txt`): the same story saved as a page and as copied text is two articles with
    one title, and this is where the two tell themselves apart."""
    suffix = PurePath(paths[0]).suffix.lower() if paths else ""
    return f"{name}{separator}{suffix}" if FILE_KIND.fullmatch(suffix) else name
