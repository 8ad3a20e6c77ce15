"""Programs named right after the kind they are, joined by the copula: `청년공간인 A, B, C에`,
`공동육아시설인 ‘A’를`, `장기전세주택Ⅱ인 ‘A’를`.

`KIND인 NAME` says NAME is a KIND, so a kind of place or work that a body runs (공간, 시설,
주택, 사업, 프로그램 …) makes its names programs whatever verb follows. A name alone there is
read only in quotes (`복지시설인 경로당` names a kind of building, not one program); two or more
form a list of coined names, read with the shared enumeration reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts import enumeration
from govreader.facts.program_spans import QUOTED_RE, clean_span, name_word

# The kind, its edition after it (`주택Ⅱ`, `주택2`), the copula 인.
_KIND_IS_RE = re.compile(
    r"(?<=[가-힣])(?:공간|시설|주택|쉼터|카페|사업|프로그램|서비스|제도|플랫폼|교실|캠페인|축제)"
    r"[Ⅰ-Ⅹ0-9]?인\s"
)
_MAX_ITEM_WORDS = 3


def apposed_names(text: str) -> Iterator[tuple[int, int]]:
    """The names `text` gives right after their kind and 인 (see the module)."""
    for kind in _KIND_IS_RE.finditer(text):
        items = enumeration.after(text, kind.end(), max_words=_MAX_ITEM_WORDS, tails=True).items
        if any(item.count for item in items):
            continue
        for item in items:
            quoted = QUOTED_RE.fullmatch(text, item.start, item.end)
            if quoted:
                span = clean_span(text, quoted.start("name"), quoted.end("name"))
            elif len(items) >= 2 and _coined(item.text, last=item is items[-1]):
                span = clean_span(text, item.start, item.end)
            else:
                span = None
            if span:
                yield span


def _coined(item: str, last: bool) -> bool:
    """Whether a listed item is a name's words; one before a joint may end like a particle
    (`청춘너나들이,`), as the enumeration reader read it."""
    *words, final = item.split()
    tail = not last and final[-1] in "이가로" and name_word(final[:-1])
    return all(name_word(word) for word in words) and (name_word(final) or tail)
