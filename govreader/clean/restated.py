"""A sentence at the top of a story that the next paragraph says again, nearly word for word.

Pages print a photo's caption once above the lead it restates (… 17일 … 경진대회를 열었다. over
… 11월 17일 오후 2시 … 경진대회를 열었다.), and a portal's summary box leaves its last sentence
right above the paragraph it was cut from. A copy keeps both; the reader wants the story once.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from govreader.clean.lines import CAPTION_MAX, INNER_SENTENCE, fingerprint

RESTATED_REACH = 3
"""Captions and summary lines stand among a story's first paragraphs, above its lead."""
_SENTENCE_END = re.compile(r"[가-힣][다요]\.?[”\"’']?$")
"""A caption or summary line is a sentence; a series' links (② … 上, ③ … 下) are not."""
ALIKE = 0.8
"""How alike a line and the opening of the next paragraph are when one restates the other (a
date written out in full, a time added)."""


def restates(paragraph: str, line: str) -> bool:
    """Whether `paragraph` says `line` again: it holds it whole, or opens nearly as it reads."""
    if fingerprint(line) in fingerprint(paragraph):
        return True
    opening = paragraph[: len(line) + len(line) // 3]
    return SequenceMatcher(None, line, opening, autojunk=False).ratio() >= ALIKE


def without_restated(paragraphs: list[str]) -> list[str]:
    """The story without the one-sentence lines near its top that the next paragraph, as long or
    longer, says again."""
    kept = list(paragraphs)
    for i in range(min(RESTATED_REACH, len(kept) - 1) - 1, -1, -1):
        line, after = kept[i], kept[i + 1]
        if (
            line != after
            and len(line) <= min(CAPTION_MAX, len(after))
            and _SENTENCE_END.search(line)
            and not INNER_SENTENCE.search(line)
            and restates(after, line)
        ):
            del kept[i]
    return kept
