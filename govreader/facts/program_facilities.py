"""Facilities a body builds or lays out, named with the work: `장애인체육관 건립도 추진`,
`어린이 생태과학체험관을 조성할 예정`, `소방학교 북부캠퍼스 건립 추진`.

A building project is named by the facility and what is done to it, with no program word; a
facility's kind (`…체육관`, `…어린이집`, `…캠퍼스`) makes the phrase a project where a bare act
(`시설 건립`) does not, and the name must say which facility (two words, or a compound of two
letters or more before its kind word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts.program_spans import clean_span, name_start, word_start

# The facility's kind ends its last word; the work follows it, with a particle or a blank (not
# `완공식`, a ceremony, nor `조성률`).
_BUILT_RE = re.compile(
    r"(?<=[가-힣A-Za-z0-9])(?P<kind>체육관|복지관|회관|도서관|체험관|문화관|전시관|기념관|수련관|"
    r"센터|어린이집|캠퍼스|공원|주차장|수영장|쉼터)"
    r"(?P<object>을|를)?\s(?P<act>건립|건축|신축|조성|설치|개관|착공)"
    r"(?=[을를이가은는도에의과와]|할|하|한|해|\s|[,.]|$)"
)
_MIN_NAME_LETTERS = 2


def built_facilities(text: str) -> Iterator[tuple[int, int]]:
    """Facilities `text` builds or opens, each named with the work when written beside it
    (`장애인체육관 건립`) and alone when it is the work's object (`생태과학체험관을 조성`)."""
    for built in _BUILT_RE.finditer(text):
        end = built.end("kind") if built.group("object") else built.end("act")
        start = name_start(text, word_start(text, built.end("kind")))
        facility = text[start : built.end("kind")]
        if len(facility.split()) < 2 and len(facility) < _MIN_NAME_LETTERS + len(built["kind"]):
            continue
        span = clean_span(text, start, end)
        if span:
            yield span
