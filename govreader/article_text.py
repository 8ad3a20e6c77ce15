"""An article's head in words, the same in the shell and in the reader: the title it is shown
under and its `source · reporter · date` line; and an article as the reader may draw it."""

from __future__ import annotations

from dataclasses import replace

from govreader.library import stand_in_title
from govreader.model import Article, Fact
from govreader.plain_output import safe, safe_lines


def shown_title(article: Article) -> str:
    """The page's headline, else the body's first words marked as a stand-in (never blank)."""
    return article.title or stand_in_title(article.text)


def meta_line(article: Article, separator: str = " · ") -> str:
    """`source · reporter · date`, leaving out what the page did not say; the date to the minute,
    as a reader writes it (`2024-07-21 12:17`), not ISO's `T`."""
    date = article.published.replace("T", " ")[:16] if article.published else None
    return separator.join(part for part in (article.source, article.reporter, date) if part)


def drawn_article(article: Article) -> Article:
    """`article` with no control, override or isolate left in what the reader draws of it, each
    a space (a fact's span stays right): import filters page text, but a library written by an
    older version or edited by hand is no safer than a page, and the reader wrote what it held
    to the terminal as it was (`\\x1b]0;…\\x07` retitled the window). Its path stays as it is."""
    heads = (article.title, article.subtitle, article.reporter, article.published, article.source)
    drawn = tuple(head and safe(head) for head in heads)
    text = safe_lines(article.text)
    facts = tuple(map(_drawn_fact, article.facts))
    if text == article.text and drawn == heads and facts == article.facts:
        return article  # every article this version imported
    title, subtitle, reporter, published, source = drawn
    return replace(
        article,
        text=text,
        title=title,
        subtitle=subtitle,
        reporter=reporter,
        published=published,
        source=source,
        facts=facts,
    )


def _drawn_fact(fact: Fact) -> Fact:
    if fact.text.isprintable() and all(
        value.isprintable() for value in fact.fields.values() if isinstance(value, str)
    ):
        return fact
    fields = {k: safe(v) if isinstance(v, str) else v for k, v in fact.fields.items()}
    return replace(fact, text=safe_lines(fact.text), fields=fields)
