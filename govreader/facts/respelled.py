"""One thing told twice in two spellings is one fact: the later spelling is dropped.

Korean news often names the same program, audience or winner again a few sentences on with its
spacing changed (`청년 일자리 사업`, then `청년일자리사업`), in or out of quotes or brackets, or
with the plural `들` added (`구직자`, then `구직자들`). Each reader finds both, and the facts
pane and the exports then list what a reader sees as one thing twice. A repeat in the SAME
spelling stays, as it always has: it is another mention of a fact already listed, one a reader
can jump to. A repeat in ANOTHER spelling is dropped, and the first-told spelling kept: it is
where the reader first meets the thing, usually the headline or the lead, and the labels'
style gives no other preference (they keep the page's own spelling, and spacing, quotes and a
plural `들` make no difference to which labelled thing a fact names).

Only kinds named by words take part: awards (by their fields: name, prize, category, organizer,
recipient, year), programs (by their name) and audiences (by their text and ages). Targets,
amounts and quotes are told by numbers or speakers, and two of them with equal words are two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from govreader.model import FACT_FIELDS, Fact, FactKind

_NAMED_BY_WORDS = frozenset({FactKind.AWARD, FactKind.PROGRAM, FactKind.AUDIENCE})
# Spacing, quotes and brackets around or inside a name change its spelling, not what it names.
_NOT_SPELLING = re.compile(r"[\s'\"‘’“”`´「」『』《》〈〉<>()\[\]]+")
_PLURAL = "들"

Identity = tuple[object, ...]


def _spelled(value: object) -> object:
    """`value` with its spacing, quotes, brackets and a final plural `들` taken out."""
    if not isinstance(value, str):
        return value
    bare = _NOT_SPELLING.sub("", value)
    if bare.endswith(_PLURAL) and len(bare) > len(_PLURAL) + 1:
        return bare[: -len(_PLURAL)]
    return bare


def _identity(fact: Fact) -> Identity:
    """What the fact names as written: its kind's fields, and its text where no field names it."""
    fields = tuple(fact.fields.get(name) for name in FACT_FIELDS[fact.kind])
    if fact.kind is FactKind.AUDIENCE or not any(isinstance(v, str) for v in fields):
        return (*fields, fact.text)
    return fields


def drop_respelled(facts: Iterable[Fact]) -> list[Fact]:
    """`facts` (in reading order) without those naming an earlier fact in another spelling."""
    first_spelling: dict[tuple[FactKind, Identity], Identity] = {}
    kept: list[Fact] = []
    for fact in facts:
        if fact.kind in _NAMED_BY_WORDS:
            written = _identity(fact)
            spelled = (fact.kind, tuple(_spelled(value) for value in written))
            if first_spelling.setdefault(spelled, written) != written:
                continue
        kept.append(fact)
    return kept
