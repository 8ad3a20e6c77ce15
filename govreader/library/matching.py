"""Substring search over Korean text: which SQL finds a term, and the snippet that shows it.

Korean has no spaces inside words, so every term matches as a substring. FTS5's `trigram`
tokenizer answers terms of three characters or more; for two-character terms the library keeps a
second, contentless FTS5 index whose tokens are the overlapping character pairs of each word
(`일자리대상` → `일자 자리 리대 대상`), so `대상` is one token lookup instead of a scan. Only
one-character terms (and two-character ones with punctuation) fall back to LIKE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.cells import cell_len

_WORD_RUN = re.compile(r"[^\W_]+")
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_SPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


def terms(text: str) -> list[str]:
    """The query's terms, all of which must match: words split on whitespace, or a phrase in
    double quotes kept whole (`"구직단념 청년"`); duplicates dropped."""
    found = (quoted or word.strip('"') for quoted, word in _TERM.findall(text))
    return list(dict.fromkeys(term for term in found if term.strip()))


def bigram_text(*fields: str | None) -> str:
    """The pair tokens of every word run in `fields`, space-separated, for the pair index."""
    grams: list[str] = []
    for field in fields:
        for run in _WORD_RUN.findall(field or ""):
            grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(grams)


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True)
class Condition:
    """A WHERE clause over `articles a` and its parameters."""

    sql: str
    params: tuple[str, ...]


def conditions(query: str) -> list[Condition]:
    """The clauses that together keep the articles containing every term of `query`."""
    long_terms: list[str] = []
    pairs: list[str] = []
    short: list[str] = []
    for term in terms(query):
        if len(term) >= 3:
            long_terms.append(term)
        elif len(term) == 2 and term.isalnum():
            pairs.append(term)
        else:
            short.append(term)
    out: list[Condition] = []
    if long_terms:
        out.append(
            Condition(
                "a.id IN (SELECT rowid FROM text_trigrams WHERE text_trigrams MATCH ?)",
                (" AND ".join(map(_phrase, long_terms)),),
            )
        )
    if pairs:
        out.append(
            Condition(
                "a.id IN (SELECT rowid FROM text_bigrams WHERE text_bigrams MATCH ?)",
                (" AND ".join(map(_phrase, pairs)),),
            )
        )
    for term in short:
        pattern = _like(term)
        out.append(
            Condition(
                "EXISTS (SELECT 1 FROM texts t WHERE t.id = a.id AND (t.title LIKE ? ESCAPE '\\'"
                " OR t.subtitle LIKE ? ESCAPE '\\' OR t.body LIKE ? ESCAPE '\\'))",
                (pattern, pattern, pattern),
            )
        )
    return out


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text)


def _head(text: str, cells: int) -> str:
    """The start of `text` that fits in `cells` terminal cells (Korean takes two a syllable)."""
    used = 0
    for index, char in enumerate(text):
        used += cell_len(char)
        if used > cells:
            return text[:index]
    return text


def _tail(text: str, cells: int) -> str:
    """The end of `text` that fits in `cells` terminal cells."""
    return _head(text[::-1], cells)[::-1]


def snippet(query: str, *fields: str | None, width: int = 76) -> tuple[str, int, int]:
    """One line of about `width` terminal cells around a match, with the match's span inside
    it: the first match of the longest term (the most telling one) in the first field holding a
    term; the text's start if nothing matches."""
    patterns = [re.compile(re.escape(t), re.I) for t in sorted(terms(query), key=len, reverse=True)]
    for field in fields:
        if not field:
            continue
        match = next((m for p in patterns if (m := p.search(field))), None)
        if match is None:
            continue
        hit = _one_line(match.group())
        before_text = _one_line(field[max(0, match.start() - 200) : match.start()]).lstrip()
        after_text = _one_line(field[match.end() : match.end() + 400]).rstrip()
        room = max(width - cell_len(hit), 10)
        before = _tail(before_text, min(room // 4, cell_len(before_text)))
        after = _head(after_text, room - cell_len(before))
        if len(before) < len(before_text) or match.start() > 200:
            before = "…" + before[1:] if before else "…"
        if len(after) < len(after_text) or match.end() + 400 < len(field):
            after = after[:-1] + "…" if after else "…"
        return before + hit + after, len(before), len(before) + len(hit)
    first = next((f for f in fields if f), "")
    text = _one_line(first).strip()
    head = _head(text, width)
    return (head[:-1] + "…" if len(head) < len(text) else head), 0, 0
