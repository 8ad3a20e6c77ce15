"""Where a jump lands: the next or previous fact, of one kind or any, from where the reader is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from govreader.model import Fact, FactKind


@dataclass(frozen=True, slots=True)
class Landing:
    index: int  # into the article's facts, ordered by position
    ordinal: int  # 1-based among the facts of the kind jumped to
    count: int
    wrapped: bool  # went past the last (or first) and came round


def jump(
    facts: Sequence[Fact],
    kind: FactKind | None,
    *,
    current: int | None,
    anchor: int,
    forward: bool,
) -> Landing | None:
    """The fact to land on, or None when the article has no fact of `kind`.

    From the current fact when there is one; otherwise from `anchor`, the character offset at the
    top of the view, so the first jump lands on what the reader is looking at, not on line one.
    """
    candidates = [i for i, fact in enumerate(facts) if kind is None or fact.kind is kind]
    if not candidates:
        return None
    if current is not None:
        ahead = [i for i in candidates if i > current]
        behind = [i for i in candidates if i < current]
    else:
        ahead = [i for i in candidates if facts[i].start >= anchor]
        behind = [i for i in candidates if facts[i].start < anchor]
    if forward:
        index, wrapped = (ahead[0], False) if ahead else (candidates[0], True)
    else:
        index, wrapped = (behind[-1], False) if behind else (candidates[-1], True)
    return Landing(
        index, candidates.index(index) + 1, len(candidates), wrapped and len(candidates) > 1
    )
