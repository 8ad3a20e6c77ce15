"""Lists whose closing count says what their items are, when that is no program.

`▲A복지관 ▲B센터 ▲C재활시설 등 5개 수행기관을 지정`, `A, B, C 등 10개 부문에 98개 자치단체가
참여`, `△A △B 운영 △C 등 5개 항목에서 20개 지표를 평가`: the count after 등 names the items'
class, and a body, an award's category or an evaluation's criterion is no program, however its
item ends (`…센터`, `…서비스`, `…제도 운영`). Whichever rule found an item, it is dropped here,
once for every rule. Fields (`등 4개 분야`) are left to the list readers: a field of services
(`▲방문건강관리 ▲치매 조기검진 등 4개 분야`) may name programs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from govreader.facts import enumeration
from govreader.facts.program_spans import BULLETS

# `등 5개 수행기관`, `등의 3개 부문`, `등 총 306개 기관`, `등 14개 평가지표`, `등 21개 지자체`.
_CLASS_COUNT_RE = re.compile(
    r"\s등의?\s(?:총\s?)?(?:\d[\d,]*|[한두세네])\s?(?:개|곳)\s?[가-힣]{0,5}?"
    r"(?:부문|항목|지표|기관|단체|지자체|자치단체|업체|기업|부서)(?=[을를이가은는에의과와도로으\s,.]|$)"
)

_MARK_RE = re.compile(f"[{BULLETS}]")

# A list read back is at most this many words an item (the shared reader's own bound is 4).
_MAX_ITEM_WORDS = 7


def _list_start(text: str, closer: int, tail_end: int) -> int:
    """Where the list closed at `closer` starts: its first mark (`▲A ▲B 등`) when its items are
    marked, else the first item the shared enumeration reader finds."""
    marks = [mark.start() for mark in _MARK_RE.finditer(text, 0, closer)]
    if marks:
        first = marks[-1]
        for earlier in reversed(marks[:-1]):
            between = text[earlier:first]
            if "다." in between or "。" in between:
                break
            first = earlier
        return first
    found = enumeration.before(text, tail_end, max_words=_MAX_ITEM_WORDS)
    return found.items[0].start if len(found.items) >= 2 else closer


def counted_as_not_programs(text: str, spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans of `text` that are items of a list its count calls bodies, categories or
    criteria."""
    spans = list(spans)
    if not spans or " 등" not in text:
        return set()
    dropped: set[tuple[int, int]] = set()
    for closer in _CLASS_COUNT_RE.finditer(text):
        start = _list_start(text, closer.start(), closer.end())
        dropped.update(span for span in spans if start <= span[0] and span[1] <= closer.start())
    return dropped
