"""An article as the store writes it, worked out in the import worker that parsed it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from govreader.library.fact_json import encode_facts
from govreader.library.matching import index_text
from govreader.library.schema import FACT_COUNT_COLUMNS
from govreader.library.texts import pack
from govreader.library.titles import stand_in_title
from govreader.model import Article

if TYPE_CHECKING:
    from govreader.reading import ReaderVersions


@dataclass(frozen=True)
class Prepared:
    """An article as the columns the store writes, worked out by the import worker that parsed
    it (compressing and finding the index's tokens included): plain strings, bytes and numbers,
    cheap to send between processes, so the single writing process has little left to do."""

    meta: tuple[str | None, ...]
    """Display title, subtitle, reporter, published and source, as the articles table has them."""
    counts: tuple[int, ...]
    title: str | None
    """The page's own title where it differs from the display title ('' when it has none)."""
    body: bytes
    facts: bytes
    """Body and facts packed (`texts.pack`)."""
    grams: str
    """The tokens the library indexes for the title, subtitle and body (`index_text`)."""
    lines: tuple[tuple[object, ...], ...] = ()
    """The article's lines of the facts table (`fact_rows`)."""
    problems: tuple[str, ...] = ()
    """What went wrong reading it that did not cost the page (`reading.read_page`)."""
    cleaned_by: str | None = None
    facts_by: str | None = None
    """The rules that read it (`reading.reader_versions`); None when not known, and `facts_by`
    also when a kind's facts were lost (`problems`), so a later import reads them again."""

    @classmethod
    def of(
        cls,
        article: Article,
        problems: tuple[str, ...] = (),
        read_by: ReaderVersions | None = None,
    ) -> Prepared:
        from govreader.library.fact_rows import fact_lines  # here: only importing loads it

        counts = Counter(fact.kind for fact in article.facts)
        shown = display_title(article)
        return cls(
            meta=(shown, article.subtitle, article.reporter, article.published, article.source),
            counts=tuple(counts.get(kind, 0) for kind in FACT_COUNT_COLUMNS),
            title=None if article.title == shown else (article.title or ""),
            body=pack(article.text),
            facts=pack(encode_facts(article.facts)),
            grams=index_text(article.title, article.subtitle, article.text),
            lines=tuple(fact_lines(article)),
            problems=problems,
            cleaned_by=read_by.cleaning if read_by else None,
            facts_by=read_by.facts if read_by and not problems else None,
        )


def display_title(article: Article) -> str:
    """The list's title: the page's, else the body's first words marked as such, so no row is
    blank and none passes a body line off as a headline."""
    if article.title and article.title.strip():
        return article.title.strip()
    return stand_in_title(article.text)
