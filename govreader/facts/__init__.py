"""Article to facts: awards, programs, targets, audiences, amounts and quotes, with exact spans.

The article is first read as a whole (`context`: headline, subtitle, date, the events it names,
the body it is about), so that a kind can fill what one clause leaves unsaid. Each kind has its
own module reading the article sentence by sentence (quotes paragraph by paragraph); this module
runs them all, orders the facts by position and drops exact duplicates, and a thing told again in
another spelling (`respelled`).
Overlapping facts of different kinds stay: a target inside an award sentence is both; a number
that is a goal or a result is not reported again as a mere count.

Each kind is read through a `guard` (by default none): `govreader.reading` passes one so a
bug in one kind's reader costs that kind's facts, not the page (see there).

Facts are looked for in the first `MAX_CHARS` characters only (to the paragraph break before
it): a news article or press release is a few thousand characters, and the bound keeps a huge
or generated page from costing minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from govreader.facts import amount, audience, award, context, count, program, quote, target
from govreader.facts.respelled import drop_respelled
from govreader.facts.sentences import paragraphs, sentences
from govreader.model import Article, Fact

MAX_CHARS = 200_000
# Pages write the middle dot as `·`, `ㆍ` (a Hangul letter) or `‧`; the readers are written with
# `·`, so they read a copy with one `·` for each of the others, and facts take their text back
# from the page (offsets are the same, one character for one).
_DOTS = str.maketrans("ㆍ‧", "··")

Guard = Callable[[str, Callable[[], Iterable[Fact]]], list[Fact]]
"""Runs one kind's reader (named by its module) and gives its facts."""


def _unguarded(kind: str, read: Callable[[], Iterable[Fact]]) -> list[Fact]:
    return list(read())


def _searched_text(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind("\n\n", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


def extract(article: Article, guard: Guard = _unguarded) -> list[Fact]:
    """Every fact found in `article.text`, sorted by start; `text[start:end] == fact.text`.
    Each kind's reader runs through `guard`."""
    page_text = _searched_text(article.text)
    text = page_text.translate(_DOTS)
    pieces = list(sentences(text))
    read_whole = context.read(_with_dots(article, text), pieces)
    targets = guard("target", lambda: target.find(pieces))
    measured = {fact.start for fact in targets}
    headings = [heading for heading in (read_whole.title, read_whole.subtitle) if heading]
    events = [event.name for event in read_whole.events]
    found = [
        *guard("award", lambda: award.find(pieces, read_whole)),
        *guard("program", lambda: program.find(pieces, headings, events)),
        *targets,
        *guard("count", lambda: (f for f in count.find(pieces) if f.start not in measured)),
        *guard("audience", lambda: audience.find(pieces)),
        *guard("amount", lambda: amount.find(pieces)),
        *guard("quote", lambda: quote.find(paragraphs(text))),
    ]
    unique: dict[tuple[object, ...], Fact] = {}
    for fact in found:
        key = (fact.kind, fact.start, fact.end, tuple(sorted(fact.fields.items())))
        unique.setdefault(key, fact)
    facts = drop_respelled(sorted(unique.values(), key=lambda f: (f.start, f.end, f.kind)))
    if text == page_text:
        return facts
    return [_as_written(fact, text, page_text) for fact in facts]


def _as_written(fact: Fact, text: str, page_text: str) -> Fact:
    """`fact` with its text and the names in its fields spelled with the page's own dots."""
    fields = dict(fact.fields)
    for name, value in fields.items():
        if isinstance(value, str) and "·" in value:
            at = text.find(value, fact.start)
            at = at if 0 <= at < fact.end else text.find(value)
            fields[name] = page_text[at : at + len(value)] if at >= 0 else value
    return replace(fact, text=page_text[fact.start : fact.end], fields=fields)


def _with_dots(article: Article, text: str) -> Article:
    """The article as the readers read it: `text` and headings with `·` (see `_DOTS`)."""
    title, subtitle = article.title, article.subtitle
    return replace(
        article,
        text=text,
        title=title.translate(_DOTS) if title else title,
        subtitle=subtitle.translate(_DOTS) if subtitle else subtitle,
        facts=(),
    )
