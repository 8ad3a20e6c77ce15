"""Whether a pattern occurs in the part of a sentence before a count, or in the sentence the count
stands in, answered for all the counts of a sentence from a few searches of it.

Asked count by count, each question searched the sentence from its start, so a sentence of many
counts cost its length squared: a 1,000-character run of `지원사업, 등 3개 사업` holds some 70
counts, and seven prize and statistics words were each searched over 500 characters a count.

Only a `plain` pattern is answered so. Its matches read nothing outside themselves (no
lookaround, no word boundary, no `$`; `^` is the sentence's start) and are at most `SEAM`
characters long, so that (tests/test_facts_linear.py checks each such pattern):
- the part before a count holds a match exactly when it reaches as far as the shortest part
  before any count that holds one, found once a sentence by halving;
- the sentence a count stands in, that part joined to the rest of the sentence after the count
  (`Spot.sentence`), holds one exactly when the part before does, or the rest does, or the
  `SEAM` characters either side of the join do.
Any other pattern is searched as before.
"""

from __future__ import annotations

import re

SEAM = 40
"""The longest match of a `plain` pattern."""

PLAIN: set[str] = set()
"""The sources of the patterns made by `plain` (a source, not the compiled pattern, so that a
pattern wrapped to count its work is still known)."""


def plain(source: str) -> re.Pattern[str]:
    """A pattern compiled and marked as one whose matches read only themselves (see the module)."""
    PLAIN.add(source)
    return re.compile(source)


class SentenceSearch:
    """The searches of one sentence shared by its counts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._least: dict[str, int | None] = {}

    def _least_end(self, pattern: re.Pattern[str]) -> int | None:
        """The length of the shortest start of the sentence holding a match (None: none does)."""
        if pattern.pattern in self._least:
            return self._least[pattern.pattern]
        found = pattern.search(self.text)
        least = None
        if found is not None:
            low, least = 0, found.end()
            while low < least:
                middle = (low + least) // 2
                if pattern.search(self.text, 0, middle):
                    least = middle
                else:
                    low = middle + 1
        self._least[pattern.pattern] = least
        return least

    def before(self, pattern: re.Pattern[str], end: int) -> bool:
        """Whether `pattern` occurs in `text[:end]`."""
        if pattern.pattern not in PLAIN:
            return pattern.search(self.text, 0, end) is not None
        least = self._least_end(pattern)
        return least is not None and least <= end

    def joined(self, pattern: re.Pattern[str], end: int, start: int, stop: int) -> bool:
        """Whether `pattern` occurs in `text[:end] + text[start:stop]` (`start` >= `end`)."""
        text = self.text
        if pattern.pattern not in PLAIN:
            return pattern.search(text[:end] + text[start:stop]) is not None
        if self.before(pattern, end) or pattern.search(text, start, stop):
            return True
        left = max(0, end - SEAM)
        seam = text[left:end] + text[start : min(stop, start + SEAM)]
        # `^` is the sentence's start only: not where the seam's cut begins
        return bool(pattern.search(seam) if left == 0 else pattern.search(" " + seam, 1))
