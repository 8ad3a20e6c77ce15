"""Programs a sentence introduces as its list: `새로 시작하는 사업으로는 A, B 등이 꼽힌다`,
`보조금 지원사업으로 A 보급, B 설치 등이 있다`, `주요사업으로는 A 정비 5억원, B 조성 3억원이다`.

The introduction (`… 사업으로는`, `… 프로그램으로`) says what the items are, so an item needs no
program word of its own: one named as a kind of support, service or building work counts, and
so does any plain noun phrase of two words or more (`목공 기초반`), unless it names who gains or
takes part. A sum after an item is no part of its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts.phrases import word_set
from govreader.facts.program_kinds import AUDIENCE_PARTS
from govreader.facts.program_lists import ETC_RE
from govreader.facts.program_spans import (
    QUOTED_RE,
    STRONG_ENDS,
    clean_span,
    name_word,
)

_ITEM_JOIN_RE = re.compile(r",\s|(?<=[’'」』>》〉])(?:과|와)\s")

# (`신규 강좌로는 A, B 등이`: courses, named by one word as often as not)
_INTRO_RE = re.compile(
    r"(?:(?:사업|프로그램|정책|과제|공약|시책|서비스)(?:으로는|으론|으로)|(?P<course>강좌)로는)\s"
)

# `… 정비 5억원`, `… 조성 6억3300만원`: an introduced item's budget after its name.
_ITEM_SUM_RE = re.compile(
    r"\s\d[\d,.]*\s?(?:[십백천만억조]\s?)+(?:\d[\d,.]*\s?(?:[십백천만억조]\s?)+)*원$"
)

# `… 5억원, … 3억원이다.`: a list of budget lines that ends the sentence without 등.
_SUMS_END_RE = re.compile(r"(?<=원)(?:이다|입니다)\.?$")

# An introduced item of two words or more is a program by its place in the list (`프로그램으로는
# 목공 기초반, 생활 도자기 등이 있다`), unless it names who gains or takes part (`이 사업으로 지역
# 주민, 인근 상인 등이 혜택을`).
_WHO_WORDS = AUDIENCE_PARTS | word_set(
    "주민 상인 시민 구민 군민 도민 관광객 방문객 부모 가구 세대 기업 업체 단체 기관 참가자 "
    "참여자 이용자 수혜자 대상자"
)

# `숲 가꾸기(600ha)`, `군도16호(A~B간) 우회도로 확포장`: a note in brackets inside an item says
# where or how much; the words around it name the work.
_NOTE_RE = re.compile(r"\([^()]{1,40}\)")

_INTRODUCED_END_RE = re.compile(
    rf"(?:{STRONG_ENDS}|관리|검진|상담|돌봄|접종|진료|서비스|컨설팅|멘토링|인큐베이팅|양성|육성"
    r"|보급|설치|교체|시공|조성|구축|건립|정비|개설|확충)$"
)


def introduced_items(text: str) -> Iterator[tuple[int, int]]:
    """The items a sentence introduces as its programs (see the module): quoted names, and
    plain noun phrases that are work by their last word or have two words or more."""
    intros = list(_INTRO_RE.finditer(text))
    if not intros:
        return
    intro = intros[-1]
    etc = ETC_RE.search(text, intro.end()) or _SUMS_END_RE.search(text, intro.end())
    if etc:
        yield from _items(text, intro.end(), etc.start(), courses=bool(intro.group("course")))


def _items(text: str, start: int, stop: int, courses: bool = False) -> Iterator[tuple[int, int]]:
    """The names among the items joined between `start` and `stop`; in a list of `courses`
    (`신규 강좌로는 A, B 등`) a name may be one word (`왈츠`, `북난타`)."""
    for comma in [*_ITEM_JOIN_RE.finditer(text, start, stop), None]:
        end = comma.start() if comma else stop
        summed = _ITEM_SUM_RE.search(text, start, end)
        end = summed.start() if summed else end
        quoted = QUOTED_RE.fullmatch(text, start, end)
        words = _NOTE_RE.sub("", text[start:end]).split()
        plain = 0 < len(words) <= 6 and all(name_word(w) for w in words)
        if quoted:
            span = clean_span(text, quoted.start("name"), quoted.end("name"))
        elif plain and (
            _INTRODUCED_END_RE.search(text, start, end)
            or ((len(words) >= 2 or courses) and words[-1] not in _WHO_WORDS)
        ):
            span = clean_span(text, start, end, course=courses)
        else:
            span = None
        if span:
            yield span
        start = comma.end() if comma else end
