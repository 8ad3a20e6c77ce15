"""Fuzzy matching for the command palette, in time linear in a command's length.

Textual's `FuzzySearch` scores every way the typed letters can fall in a title and keeps the
best: the ways grow as the title's length to the power of the query's length. The palette offers
"Filter by source: …" for each site, named as its page names it, so a page could make typing
freeze the reader: `가가가가` against a site name of 240 syllables `가나가나…` took 8 s of CPU,
600 would take hours. Here the letters are placed once (the first place they all fit, drawn
together from its end) and scored with Textual's own scoring, and the matched letters are
styled on the title as plain text (a site name is never read as markup).
"""

from __future__ import annotations

from textual.content import Content
from textual.fuzzy import FuzzySearch
from textual.style import Style

_SCORE = FuzzySearch().score


def fuzzy_match(query: str, title: str) -> tuple[float, list[int]]:
    """How well `title` matches `query` (0 when the query's letters are not all in it, in
    order; any case) and the offsets of the letters matched: the query whole where the title
    holds it (scored up, as Textual does), else the first placement of its letters, each moved
    as late as it can go, so they stand as close together as that placement allows."""
    if not query:
        return 0.0, []
    wanted, text = query.lower(), title.lower()
    if len(text) != len(title):  # a letter whose lower case is longer: offsets must hold
        wanted, text = query, title
    found = text.find(wanted)
    if found != -1:
        offsets = list(range(found, found + len(wanted)))
        return _SCORE(text, offsets) * (2.0 if text == wanted else 1.5), offsets
    index, end = 0, -1
    for offset, letter in enumerate(text):
        if letter == wanted[index]:
            index += 1
            if index == len(wanted):
                end = offset
                break
    if end < 0:
        return 0.0, []
    offsets, index = [], len(wanted) - 1
    for offset in range(end, -1, -1):
        if text[offset] == wanted[index]:
            offsets.append(offset)
            index -= 1
            if index < 0:
                break
    offsets.reverse()
    return _SCORE(text, offsets), offsets


def highlighted(title: str, offsets: list[int], style: Style) -> Content:
    """The title as plain text, the matched letters (but spaces) in `style`."""
    content = Content(title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content
