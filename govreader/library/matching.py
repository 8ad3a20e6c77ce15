"""Substring search over Korean text: which SQL finds a term, and the snippet that shows it.

Korean has no spaces inside words, so every term matches as a substring. The library indexes
every word's overlapping character pairs and triples (`일자리대상` → `일자 자리 리대 대상 일자리
자리대 리대상`) in one contentless FTS5 index that keeps no positions: a term's pairs or triples
find the articles that may hold it, newest first. A term that is one word of two or three
characters is exactly one token, so the index decides; any other term (a longer word, a phrase,
a term with punctuation) is then checked in the text itself, so a hit always holds every term as
written. A query with no token at all (one-character terms) checks the texts newest first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from rich.cells import cell_len

from govreader.hangul_forms import composed_hangul
from govreader.library.filters import Condition
from govreader.library.texts import unpack

_WORD_RUN = re.compile(r"[^\W_]+")
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_SPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


def terms(text: str) -> list[str]:
    """The query's terms, all of which must match: words split on whitespace, or a phrase in
    double quotes kept whole (`"구직단념 청년"`); duplicates dropped. Decomposed Hangul is
    composed, as the stored text is at import (a query pasted from a macOS file name)."""
    found = (quoted or word.strip('"') for quoted, word in _TERM.findall(composed_hangul(text)))
    return list(dict.fromkeys(term for term in found if term.strip()))


def _tokens(run: str) -> list[str]:
    """The index's tokens of one word: its pairs, and its triples when it has three letters."""
    pairs = [run[i : i + 2] for i in range(len(run) - 1)]
    return pairs + [run[i : i + 3] for i in range(len(run) - 2)]


def index_text(*fields: str | None) -> str:
    """The tokens the index keeps for `fields`, space-separated. Changing what this returns
    needs a migration that rebuilds the index: removing an article takes out exactly the tokens
    it was given."""
    runs = (run for field in fields for run in _WORD_RUN.findall(field or ""))
    return " ".join(token for run in runs for token in _tokens(run))


def _query_tokens(term: str) -> list[str]:
    """The fewest tokens every text holding `term` has: a word's triples (its pair when it has
    two letters); a word of one letter has none."""
    out: list[str] = []
    for run in _WORD_RUN.findall(term):
        out += [run] if len(run) == 2 else [run[i : i + 3] for i in range(len(run) - 2)]
    return out


def _phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


class Matcher(NamedTuple):
    """A query as the index answers it, and the check of what the index cannot prove (a named
    tuple: a frozen dataclass costs a search milliseconds of start-up, see `records`)."""

    terms: tuple[str, ...]
    match: str | None
    """The FTS5 query that finds every article that may hold all the terms; None when the terms
    have no token (then every text is checked)."""
    exact: bool
    """Whether the index alone decides: every term is one word of two or three characters."""

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return _patterns(self.terms)

    @property
    def longest_first(self) -> tuple[re.Pattern[str], ...]:
        """The terms' patterns, the longest (the most telling, for a snippet) first."""
        return _patterns(tuple(sorted(self.terms, key=len, reverse=True)))

    def holds(self, *fields: str | None) -> bool:
        """Whether every term occurs in one of `fields` (letters in either case)."""
        return all(any(p.search(f) for f in fields if f) for p in self.patterns)


@lru_cache(maxsize=64)
def _patterns(found: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(re.escape(term), re.IGNORECASE) for term in found)


def matcher(query: str) -> Matcher:
    found = tuple(terms(query))
    tokens = list(dict.fromkeys(token for term in found for token in _query_tokens(term)))
    exact = all(_WORD_RUN.fullmatch(term) and len(term) in (2, 3) for term in found)
    match = " AND ".join(map(_phrase, tokens)) if tokens else None
    return Matcher(found, match, exact)


def holds_sql(terms_json: str, title: str | None, subtitle: str | None, body: bytes) -> bool:
    """`govreader_holds(terms, title, subtitle, body)` in SQL: the text check of a query's
    terms (given as a JSON list) in an article, its body as stored (packed, so it is unpacked
    only for a term the title and subtitle do not hold)."""
    patterns = _listed_patterns(terms_json)
    heads = [field for field in (title, subtitle) if field]
    rest = [p for p in patterns if not any(p.search(field) for field in heads)]
    if not rest:
        return True
    text = unpack(body)
    return all(p.search(text) for p in rest)


@lru_cache(maxsize=64)
def _listed_patterns(terms_json: str) -> tuple[re.Pattern[str], ...]:
    return _patterns(tuple(json.loads(terms_json)))


def conditions(query: str) -> list[Condition]:
    """The clauses that together keep the articles containing every term of `query`."""
    found = matcher(query)
    out: list[Condition] = []
    if found.match is not None:
        out.append(
            Condition(
                "a.newest IN (SELECT rowid FROM text_index WHERE text_index MATCH ?)",
                (found.match,),
            )
        )
    if not found.exact:
        out.append(
            Condition(
                "EXISTS (SELECT 1 FROM texts t WHERE t.id = a.id AND"
                " govreader_holds(?, coalesce(t.title, a.title), a.subtitle, t.body))",
                (json.dumps(found.terms, ensure_ascii=False),),
            )
        )
    return out


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text)


def _head(text: str, cells: int) -> str:
    """The start of `text` that fits in `cells` terminal cells (Korean takes two a syllable)."""
    head = text[: max(cells, 0) + 1]  # a character takes one cell at least
    used = 0
    for index, char in enumerate(head):
        used += 2 if "\uac00" <= char <= "\ud7a3" else cell_len(char)  # a syllable: two cells
        if used > cells:
            return text[:index]
    return head


def _tail(text: str, cells: int) -> str:
    """The end of `text` that fits in `cells` terminal cells."""
    return _head(text[::-1], cells)[::-1]


def snippet(query: str, *fields: str | None, width: int = 76) -> tuple[str, int, int]:
    """One line of about `width` terminal cells around a match, with the match's span inside
    it: the first match of the longest term (the most telling one) in the first field holding a
    term; the text's start if nothing matches."""
    return snippet_of(_patterns(tuple(sorted(terms(query), key=len, reverse=True))), fields, width)


def snippet_of(
    patterns: Sequence[re.Pattern[str]], fields: Sequence[str | None], width: int = 76
) -> tuple[str, int, int]:
    """`snippet` for terms already compiled, longest first: a search compiles them once."""
    for field in fields:
        if not field:
            continue
        match = next((m for p in patterns if (m := p.search(field))), None)
        if match is None:
            continue
        start, end = match.span()
        hit = _one_line(match.group())
        room = max(width - cell_len(hit), 10)  # no more characters than this can fit
        before_text = _one_line(field[max(0, start - room) : start]).lstrip()
        after_text = _one_line(field[end : end + room + 1]).rstrip()
        before = _tail(before_text, room // 4)
        after = _head(after_text, room - cell_len(before))
        if len(before) < len(before_text) or start > room:
            before = "…" + before[1:] if before else "…"
        if len(after) < len(after_text) or end + room + 1 < len(field):
            after = after[:-1] + "…" if after else "…"
        return before + hit + after, len(before), len(before) + len(hit)
    first = next((f for f in fields if f), "")
    text = _one_line(first[: width + 1]).strip()
    head = _head(text, width)
    return (head[:-1] + "…" if len(head) < len(text) or len(first) > width + 1 else head), 0, 0
