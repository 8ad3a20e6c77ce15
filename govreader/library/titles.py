"""What stands in for a headline when a page has none (text copied from the middle of a story).

The list, `govreader list` and the reader show the first words of the body instead, marked so
that nobody takes them for the page's headline: the mark is text, so it shows without colour
and in a pipe, and the screens dim it as well.
"""

from __future__ import annotations

STAND_IN_MARK = "(untitled)"
STAND_IN_WORDS = 60
"""At most this many characters of the body's first line, cut at a word's end."""


def stand_in_title(text: str) -> str:
    """`(untitled) ` and the first words of `text`, or the mark alone for an empty body."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) > STAND_IN_WORDS:
        cut = first.rfind(" ", 0, STAND_IN_WORDS)
        first = first[: cut if cut > STAND_IN_WORDS // 2 else STAND_IN_WORDS].rstrip() + "…"
    return f"{STAND_IN_MARK} {first}".rstrip()


def is_stand_in(title: str | None) -> bool:
    """Whether a stored or shown title is a stand-in made by `stand_in_title`."""
    return title is not None and title.startswith(STAND_IN_MARK)
