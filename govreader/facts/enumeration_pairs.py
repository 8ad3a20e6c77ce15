"""Two Korean lists paired item by item over 각각: `A와 B가 각각 최우수상과 우수상을 받았다`.

Split from `enumeration` because pairing is a reading of its own on top of the list reader: it
finds the 각각 that pairs, the particle that closes the list before it, and matches the two lists'
lengths (one item after 각각 goes to each before it), while `enumeration` only reads one list.
"""

from __future__ import annotations

import re

from govreader.facts.enumeration import Item, after, before, word_spans

_RESPECTIVELY_RE = re.compile(r"(?<![가-힣])각각(?![가-힣])")
_TOPIC_PARTICLE_RE = re.compile(
    r"(?<=[가-힣’”」』)'\"])(?:에서는|에서|에는|에게|으로|로|이|가|은|는|에|을|를)$"
)
_SUBJECT_PARTICLE_RE = re.compile(r"(?<=[가-힣’”」』)'\"])(?:이|가|은|는)$")


def respective(text: str, start: int = 0, end: int | None = None) -> list[tuple[Item, Item]]:
    """Items paired over 각각: `A와 B가 각각 최우수상과 우수상을` → (A, 최우수상), (B, 우수상);
    `A 부문과 B 부문에 각각 ‘X’과 ‘Y’를`; one item after 각각 goes to each before it."""
    end = len(text) if end is None else end
    mark = _RESPECTIVELY_RE.search(text, start, end)
    if not mark:
        return []
    tokens = word_spans(text, start, mark.start())
    left: tuple[Item, ...] = ()
    for index, (word_start, word_end) in enumerate(reversed(tokens[-7:])):
        pattern = _TOPIC_PARTICLE_RE if index == 0 else _SUBJECT_PARTICLE_RE
        particle = pattern.search(text, word_start, word_end)
        if particle:
            left = before(text, particle.start(), start).items
            if len(left) >= 2:
                break
    right = after(text, mark.end() + 1, end).items
    if len(left) < 2 or not right:
        return []
    if len(right) == 1:
        return [(item, right[0]) for item in left]
    if len(right) != len(left):
        return []
    return list(zip(left, right, strict=True))
