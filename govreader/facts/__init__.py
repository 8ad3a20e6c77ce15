"""Article to facts: awards, programs, targets, audiences, amounts and quotes, with exact spans.

The article is first read as a whole (`context`: headline, subtitle, date, the events it names,
the body it is about), so that a kind can fill what one clause leaves unsaid. Each kind has its
own module reading the article sentence by sentence (quotes paragraph by paragraph); this module
runs them all, orders the facts by position and drops exact duplicates.
Overlapping facts of different kinds stay: a target inside an award sentence is both; a number
that is a goal or a result is not reported again as a mere count.

Facts are looked for in the first `MAX_CHARS` characters only (to the paragraph break before
it): a news article or press release is a few thousand characters, and the bound keeps a huge
or generated page from costing minutes.
"""

from __future__ import annotations

from govreader.facts import amount, audience, award, context, count, program, quote, target
from govreader.facts.sentences import paragraphs, sentences
from govreader.model import Article, Fact

MAX_CHARS = 200_000


def _searched_text(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind("\n\n", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


def extract(article: Article) -> list[Fact]:
    """Every fact found in `article.text`, sorted by start; `text[start:end] == fact.text`."""
    text = _searched_text(article.text)
    pieces = list(sentences(text))
    read_whole = context.read(article, pieces)
    targets = list(target.find(pieces))
    measured = {fact.start for fact in targets}
    found = [
        *award.find(pieces, read_whole),
        *program.find(
            pieces,
            [heading for heading in (read_whole.title, read_whole.subtitle) if heading],
            [event.name for event in read_whole.events],
        ),
        *targets,
        *(fact for fact in count.find(pieces) if fact.start not in measured),
        *audience.find(pieces),
        *amount.find(pieces),
        *quote.find(paragraphs(text)),
    ]
    unique: dict[tuple[object, ...], Fact] = {}
    for fact in found:
        key = (fact.kind, fact.start, fact.end, tuple(sorted(fact.fields.items())))
        unique.setdefault(key, fact)
    return sorted(unique.values(), key=lambda f: (f.start, f.end, f.kind))
