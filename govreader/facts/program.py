"""Programs, projects, courses, centres, policies and initiatives a public body runs or plans.

Four families of sentences name them:
- list items after ▲ (or ○, ■, ◆, and ·, - at a line start): `▲G밸리 고용 생태계 강화 사업`;
- comma lists closed by `등(의) … 사업/프로그램/정책`: `일경험 지원사업, 광역 일자리 카페, 취준생
  인턴 스펙쌓기 등의 사업`;
- a noun phrase headed by a program word (사업, 프로그램, 양성과정, 지원제도, 캠페인 ...):
  `청년도전 지원사업을 추진`;
- a single-quoted name that a program word or verb follows: `‘청년이룸’을 운영`.
Names are kept as written, without the marker, a trailing 등 or 운영; vague phrases (다양한 정책,
각종 사업), organisations and awards are not programs. Text inside double quotes is speech, and
is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.phrases import VAGUE, is_plain_word, phrase_start, strip_particle
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

_SUFFIX = (
    r"사업|프로그램|과정|교육|센터|카페|제도|지원|정책|지원책|캠페인|박람회|프로젝트|아카데미|서비스|"
    r"축제|교실|바우처|수당|훈련|컨설팅|멘토링|조성|구축|운영|강화|확대|양성|행사|스쿨|학교|사업단"
)
_ITEM_END_RE = re.compile(rf"(?:{_SUFFIX})$")
_STRONG_END_RE = re.compile(
    r"(?:사업|프로그램|과정|교육|센터|카페|제도|지원|정책|캠페인|박람회|프로젝트|아카데미|축제|교실|"
    r"바우처|수당)$"
)
_STRONG_BULLETS = frozenset("▲○■◆□●◇")
# Heads that name a program on their own; 과정, 제도, 정책 only inside a compound (양성과정).
_HEAD_RE = re.compile(
    r"(?<![가-힣])[0-9A-Za-z가-힣·‧]*"
    r"(?:사업|프로그램|캠페인|박람회|프로젝트|아카데미|[가-힣]{2}(?:과정|제도|정책))"
    r"(?=(?:에서의|으로의|와의|과의|에서|으로|에는|에도|까지|부터|을|를|이|가|은|는|의|에|와|과|도|로)?"
    r"(?:[\s,.)]|$))"
)
_VAGUE_HEADS = frozenset(
    "사업 주요사업 핵심사업 주력사업 협력사업 지원사업 시범사업 공모사업 국비사업 신규사업 역점사업 "
    "중점사업 관련사업 본사업 전체사업 세부사업 단위사업 프로그램 캠페인 프로젝트 박람회 아카데미 "
    "지원정책 정책 제도 과정 교육과정 주요정책 우수사업 대표사업 후속사업 연계사업 해당사업".split()
)
_BULLET_RE = re.compile(r"(?:^|(?<=\s))[▲○■◆□●◇](?=\s?\S)|^\s*[·\-•]\s")
_LIST_END_RE = re.compile(
    r"\s등(?:의)?\s(?:다양한\s|각종\s|여러\s)?[가-힣‧·\s]{0,12}?"
    r"(?:사업|프로그램|정책|과정|교육|서비스|지원|활동)"
)
_QUOTED_RE = re.compile(r"[‘'](?P<name>[^‘’'\n]{2,40})[’']")
_QUOTED_FOLLOW_RE = re.compile(
    r"(?:을|를|은|는|이|가|의|에)?\s?(?:사업|프로그램|캠페인|(?:을|를)?\s?(?:운영|추진|시행|개최|실시|도입|진행))"
)
_NOT_PROGRAM_RE = re.compile(
    r"(?:상|대상|평가|어워드|어워즈|인증|심사|지침|법|조례|규정|규칙|기준|협회|위원회|재단|공단|공사|"
    r"대학교|연구원|진흥원|[시군구도]청|[가-힣]{2,}(?<!지)[부처청])$|[:：]|^\d{4}년\s?\S*(?:평가|대상)"
)
_ORG_RE = re.compile(r"(?:행정복지센터|보건소|복지관|주민센터|센터장|지원센터장)$")
_SPEECH_RE = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
_TRAILING_RE = re.compile(r"(?:\s?등|\s운영|\s?[.,;:])+$")


def _clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`text[start:end]` without surrounding blanks, a trailing 등 / 운영 or punctuation."""
    while start < end and text[start].isspace():
        start += 1
    trail = _TRAILING_RE.search(text, start, end)
    if trail:
        end = trail.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    name = text[start:end]
    if len(name) < 3 or len(name) > 60 or name in VAGUE or name in _VAGUE_HEADS:
        return None
    if _NOT_PROGRAM_RE.search(name) or _ORG_RE.search(name):
        return None
    return start, end


def _last_item_end(text: str, start: int, end: int) -> int | None:
    """Where the last item of an inline list ends: before ` 등`, or at its first particle."""
    etc = re.search(r"\s등(?:의)?(?:\s|$)", text[start:end])
    if etc:
        return start + etc.start()
    position = start
    for word in text[start:end].split(" "):
        stripped = strip_particle(word.rstrip(".,"))
        if stripped != word.rstrip(".,"):
            return position + len(stripped)
        if word and not is_plain_word(word.rstrip(".,")):
            return None
        position += len(word) + 1
    return end


def _bullet_items(text: str) -> Iterator[tuple[int, int]]:
    marks = list(_BULLET_RE.finditer(text))
    for index, mark in enumerate(marks):
        start = mark.end()
        end: int | None = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        if index + 1 == len(marks):
            end = _last_item_end(text, start, len(text))
        span = _clean_span(text, start, end) if end else None
        if not span:
            continue
        strong = mark.group().strip() in _STRONG_BULLETS
        ending = _ITEM_END_RE if strong else _STRONG_END_RE
        if ending.search(text[span[0] : span[1]]):
            yield span


def _list_items(text: str) -> Iterator[tuple[int, int]]:
    for anchor in _LIST_END_RE.finditer(text):
        items = []
        end = anchor.start()
        while True:
            comma = text.rfind(", ", 0, end)
            item_start = comma + 2 if comma >= 0 else 0
            words = text[item_start:end].split()
            clean = bool(words) and all(is_plain_word(w) for w in words)
            if not clean:
                head = text.rfind(" ", item_start, end - 1) + 1
                item_start = phrase_start(text, head)
            items.append((item_start, end))
            if not clean or comma < 0 or len(items) >= 8:
                break
            end = comma
        if len(items) < 2:
            continue
        for start, end in items:
            span = _clean_span(text, start, end)
            if span:
                yield span


def _headed_phrases(text: str) -> Iterator[tuple[int, int]]:
    for head in _HEAD_RE.finditer(text):
        word = head.group()
        if word in _VAGUE_HEADS:
            start = phrase_start(text, head.start())
            if start == head.start():
                continue
        else:
            start = phrase_start(text, head.start())
        before = text[max(0, start - 3) : start]
        if re.search(r"등(?:의)?\s$", before):
            continue
        words = text[start : head.end()].split()
        if len(words) == 1 and len(word) < 5:
            continue
        span = _clean_span(text, start, head.end())
        if span:
            yield span


def _quoted_names(text: str) -> Iterator[tuple[int, int]]:
    for match in _QUOTED_RE.finditer(text):
        name = match.group("name").strip()
        follows = _QUOTED_FOLLOW_RE.match(text, match.end())
        if not (follows or _ITEM_END_RE.search(name) or name.endswith("의 날")):
            continue
        span = _clean_span(text, match.start("name"), match.end("name"))
        if span:
            yield span


def _outside_speech(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    speech = [m.span() for m in _SPEECH_RE.finditer(text)]
    return [s for s in spans if not any(a <= s[0] < b for a, b in speech)]


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    for piece in pieces:
        text = piece.text
        spans = set()
        for finder in (_bullet_items, _list_items, _headed_phrases, _quoted_names):
            spans.update(finder(text))
        kept = _outside_speech(text, spans)
        for start, end in kept:
            inside_other = any(a <= start and end <= b and (a, b) != (start, end) for a, b in kept)
            if not inside_other:
                yield piece.fact(FactKind.PROGRAM, start, end, name=text[start:end])
