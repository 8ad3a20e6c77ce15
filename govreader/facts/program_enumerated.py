"""Programs named as the items of an inline list, read with the shared enumeration reader.

A list names programs when what closes it says so: a program word after its 등 (`A, B 등의
사업`, `A와 B 등 현장 중심의 정책`) or a verb of running the items after its particle (`A, B 등을
추진`, `A, B 등이 운영되며`, `A와 B 등을 통해`). Items are named bare, so a list closed only by a
verb, a bare kind of support (`… 등 다양한 지원`) or a word of many kinds (but before 프로그램,
`A, B 등 다양한 프로그램`, whose items are its activities) counts when most of its
items are plainly work (their last word is a program word or an act: 교육, 캠페인, 조성, 제작),
and then only those items; a list of benefits, supplies or fields (`금리우대, 우대카드 발급 등
다양한 지원`, `강사료, 용품 등 지원`, `환경, 관광 등 다양한 신규사업`) names none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from govreader.facts import enumeration
from govreader.facts.enumeration import Item
from govreader.facts.phrases import VAGUE, is_plain_word
from govreader.facts.program_spans import (
    MARKS,
    STRONG_ENDS,
    clean_span,
    item_name_span,
    name_start,
    name_word,
    word_start,
)

# The list's last item ends at 등; what follows it says what the items are.
_ETC_RE = re.compile(r"(?<=\S)\s등(?=[\s의을를이가은는도에]|$)")

# `등(의) [N개] [다양한] … 사업`: a program word a few words after 등 names the items' kind.
_KIND_AFTER_RE = re.compile(
    # (the count may be a total and own what it counts: `등 총 33개 프로그램`, `등 7개의 강좌`;
    # not `등 42건의 주민 제안 사업`, cases put forward)
    r"(?:의)?\s(?P<count>(?:총\s?)?\d[\d,]*\s?(?:개의|개|건|종|가지)\s)?"
    r"(?P<many>(?:다양한|각종|여러|갖가지)\s)?"
    r"(?:[가-힣‧·]+\s){0,3}?[가-힣‧·]{0,10}?"
    # (`등 전 과정`, `등 모든 과정` is the whole process, not a course)
    r"(?P<head>사업|프로그램|정책|(?<!전\s)(?<!모든\s)과정|교육|서비스|지원|시책|캠페인"
    # (`등 5개 강좌`, `등 7개의 일반인 대상 강좌`: courses counted, not `강좌 수강료`)
    r"|강좌)들?"
    # the program word closes the phrase (`등의 사업을`, `… 정책 ▲`), not another noun (`등의
    # 교육 콘텐츠`)
    rf"(?:[을를이가은는도에의과와]|으로|로|[,.]|$|\s?[{MARKS}])"
)

# `등(을|이|…) [N건을] … 추진`: a verb of running what the list names (not `등의 추진 성과`,
# where the verb is a noun), promoting it (`등에 대한 홍보`) or praise for it (`등이 좋은 평가를
# 받았다`).
_RUN_AFTER_RE = re.compile(
    r"(?:\s\d[\d,]*\s?(?:개|건|종|가지)\s?)?(?:을|를|이|가|은|는|도|에)?\s(?:[^\s.,]+\s){0,2}?"
    r"(?:운영|추진|실시|시행|펼치|펼쳐|펼친|전개|마련|도입|제공|병행|진행|개최|통해|통하여|운용|선보"
    r"|홍보|평가를\s받)"
)

# Items that are plainly work: a program word or an act at their end.
_WORK_END_RE = re.compile(
    rf"(?:{STRONG_ENDS}|관리|검진|검사|상담|돌봄|접종|진료|서비스|컨설팅|멘토링|훈련|양성|육성|"
    r"조성|구축|건립|설치|정비|개최|제작|개설|보급|배부|제공|콘서트|캠프|인턴제|공시제|행사|"
    r"사업단|체험|투어|시책|일자리|운영|추진|만들기|가꾸기|살리기|줄이기|돕기|지키기)$"
)

# Joints that may join two words of one name (`노인 일자리 및 사회활동 지원사업`, `반부패·청렴
# 교육`): the left part is no item of its own unless it is plainly work.
_INNER_JOINT_RE = re.compile(r"^\s*(?:및|[·∙ㆍ‧])\s*$")

# `… 등 다양한 지원`, `… 등 서비스`: a bare kind of help says nothing of what the items are.
_BARE_KINDS = ("지원", "서비스")

# A list starts after a list mark or an opening quote of what someone says.
_MARK_BEFORE_RE = re.compile(rf"[{MARKS}“]")

_MAX_ITEM_WORDS = 7


@lru_cache(maxsize=64)
def _mark_ends(sentence: str) -> tuple[int, ...]:
    """Where each list mark of `sentence` ends, found once: each list read back looks for the
    last mark before it, and a sentence of lists searched from its start for each cost its
    length squared."""
    return tuple(mark.end() for mark in _MARK_BEFORE_RE.finditer(sentence))


def listed_items(text: str) -> Iterator[tuple[int, int]]:
    """The items of each list closed by 등, or run without it, that names programs (see the
    module)."""
    if " 등" in text:
        for etc in _ETC_RE.finditer(text):
            if _CONTENTS_AFTER_RE.match(text, etc.end()):
                continue
            kind = _KIND_AFTER_RE.match(text, etc.end())
            if kind and not all(
                _kind_word(w) for w in text[etc.end() : kind.start("head")].split()
            ):
                kind = None
            if kind and kind.group("head") == "강좌" and not kind.group("count"):
                kind = None
            run = None if kind else _RUN_AFTER_RE.match(text, etc.end())
            if kind or run:
                strict = kind is None or _strict_kind(kind)
                one = bool(kind and kind.group("count") and kind.group("head") in _COUNTED_KINDS)
                course = bool(kind and kind.group("head") in _COURSE_KINDS)
                yield from _items(text, etc.end(), strict, one, course)
    for ran in _RAN_RE.finditer(text):
        yield from _items(text, ran.start(), strict=True)
    for counted in _BESIDES_COUNTED_RE.finditer(text):
        yield from _named_besides(text, counted.start())


def _strict_kind(kind: re.Match[str]) -> bool:
    """Whether the program word after 등 leaves the items to show they are work: a bare kind
    of help (`등 다양한 지원`), or a word of many kinds before any word but 프로그램 (`환경, 관광
    등 다양한 신규사업` are fields; `A, B 등 다양한 프로그램` names its activities)."""
    head = kind.group("head")
    return head in _BARE_KINDS or (bool(kind.group("many")) and head != "프로그램")


# `A 시범 외 24개 사업`, `A 교실 외 5개 프로그램`: one program named for a counted group of them.
_BESIDES_COUNTED_RE = re.compile(
    r"(?<=[가-힣A-Za-z0-9)’'」』])\s외\s(?:총\s?)?\d[\d,]*\s?(?:개|종|건)\s?"
    r"(?:사업|프로그램|과정|강좌|교실)"
)


def _named_besides(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The program named before `외 N개 사업`: a plain noun phrase of two words or more."""
    start = name_start(text, word_start(text, end))
    words = text[start:end].split()
    if len(words) >= 2 and all(name_word(word) for word in words):
        yield from filter(None, [clean_span(text, start, end)])


# `A, B 등 실전형 콘텐츠도 제공`, `A, B 등의 내용으로 진행`: what a course teaches, not programs.
_CONTENTS_AFTER_RE = re.compile(
    r"(?:의)?\s(?:[^\s.,]+\s){0,2}?[^\s.,]*(?:콘텐츠|내용|과목|커리큘럼)(?:[을를이가은는도의]|으로|로)?\s"
)


# `A와 B를 운영한 공로`, `A, B를 운영해`: a list without 등 that the body runs.
_RAN_RE = re.compile(r"(?<=[가-힣’'」』)])(?:을|를)\s운영(?:한|해|하|했|중)")


# `A 구축 등 10개 사업`, `A, B 등 5개 강좌`: a count of programs after 등.
_COUNTED_KINDS = ("사업", "프로그램", "과정", "강좌")


def _items(
    text: str, end: int, strict: bool, one: bool = False, course: bool = False
) -> Iterator[tuple[int, int]]:
    """The programs of the list that ends at `end`: all its items, or when `strict` only those
    plainly work, and then only when most are. With `one` (the list is closed by a count of
    programs), a single item is one of them, named as an example, when it is a name of two
    words or more or plainly work. In a list of courses (`course`) an item may be one word of
    two letters (`요가, 노래교실 등 22개 프로그램`)."""
    ends = _mark_ends(text)
    before_end = bisect_right(ends, end)
    start = ends[before_end - 1] if before_end else 0
    found = enumeration.before(text, end, start, max_words=_MAX_ITEM_WORDS)
    read = list(found.items) if strict else _over_tails(text, end, start, list(found.items), course)
    items = _resumed(text, start, _first_extended(text, read, start))
    items = _besides(text, _merged(text, items))
    if one and len(items) == 1 and not items[0].count:
        yield from _example(text, items[0])
        return
    if len(items) < 2 or any(item.count for item in items):
        return  # `A 7,931명, B 394명 등`: a breakdown of figures by kind
    if any(_ETC_WORD_RE.search(item.text) for item in items):
        return  # `A, B 등 C 프로그램을 운영`: the list ends at 등, read there
    if _MANY_BEFORE_RE.search(text, max(0, items[0].start - 6), items[0].start):
        items = _after_first_group(text, items)
    spans = [_item_span(text, item, typed=not strict) for item in items]
    if course and not strict:
        spans = _short_courses(text, items, spans)
    work = [
        span
        for span, item in zip(spans, items, strict=True)
        if span and _WORK_END_RE.search(text, item.start, _before_note(text, item))
    ]
    if strict and 2 * len(work) < len(items):
        return
    yield from work if strict else filter(None, spans)


_ETC_WORD_RE = re.compile(r"(?:^|\s)등(?:\s|$)")

# `… 등 7개 강좌`, `… 등 다양한 댄스 프로그램`: the items are courses or classes.
_COURSE_KINDS = ("강좌", "프로그램")


def _short_courses(
    text: str, items: list[Item], spans: list[tuple[int, int] | None]
) -> list[tuple[int, int] | None]:
    """`spans` with the items of one word of two letters a list of courses names (`요가`,
    `난타`) read, when another item of it is a longer name: a list of two-letter words only
    (`어학, 예술 등 10개 강좌`) sorts courses by field, and a word after an object
    (`A 교실을 비롯,`) is a verb."""
    if not any(span and span[1] - span[0] >= 3 for span in spans):
        return spans
    return [
        span or (_item_span_course(text, item) if _one_short_word(text, item) else None)
        for span, item in zip(spans, items, strict=True)
    ]


# `중국어 교실을 비롯,`: a word after its object is a verb.
_OBJECT_BEFORE_RE = re.compile(r"[을를]\s$")


def _one_short_word(text: str, item: Item) -> bool:
    """An item that is one word of two letters, not a verb after its object."""
    start = len(item.text) - len(item.text.lstrip()) + item.start
    return len(item.text.strip()) == 2 and not _OBJECT_BEFORE_RE.search(
        text, max(0, start - 2), start
    )


def _item_span_course(text: str, item: Item) -> tuple[int, int] | None:
    return item_name_span(text, item.start, item.end, _MAX_ITEM_WORDS, typed=True, course=True)


_NOTE_RE = re.compile(r"\([^()]{1,40}\)")


def _over_tails(
    text: str, end: int, start: int, items: list[Item], course: bool = False
) -> list[Item]:
    """A typed list read back over items that end like a particle (`조치원 우회도로, 회덕IC
    연결도로, A 등 6개 사업`): the enumeration reader stops at them; read with `tails`, the items
    before the first it found count while each is made of name words (not `감소했으나,` nor
    `…하는 프로그램으로,`). In a list of courses the first may open after the topic that
    introduces the list (`이번 프로그램은 요가, …`): its last word alone is the item."""
    if not items:
        return items
    longer = enumeration.before(text, end, start, max_words=_MAX_ITEM_WORDS, tails=True)
    earlier = [item for item in longer.items if item.end <= items[0].start]
    kept: list[Item] = []
    for item in reversed(earlier):
        if not _named(_NOTE_RE.sub("", item.text).split()):
            topic = _AFTER_TOPIC_RE.search(item.text) if course else None
            if topic:
                at = item.start + topic.start("word")
                kept.insert(0, Item(at, item.end, text[at : item.end]))
            break
        kept.insert(0, item)
    return [*kept, *items]


# `프로그램은 요가`, `외에도 요가`: a word after a topic or an addition that opens a list.
_AFTER_TOPIC_RE = re.compile(r"(?:은|는|에도)\s(?P<word>[가-힣]{2})$")


def _named(words: list[str]) -> bool:
    """An item read back over a list's joints is made of name words; its last word, right
    before the joint, may end in its own 이, 가 or 로 (`웰빙요가,`, `청춘나들이,`)."""
    *inner, last = words or [""]
    return all(map(name_word, inner)) and (name_word(last) or enumeration.noun_tail(last))


def _example(text: str, item: Item) -> Iterator[tuple[int, int]]:
    """The one item named before a count of programs, when it is plainly work or a name of
    two words or more."""
    span = _item_span(text, item, typed=True)
    if not span or _ETC_WORD_RE.search(item.text):
        return
    name = text[span[0] : span[1]]
    words = name.split()
    if all(name_word(w) for w in words) and (_WORK_END_RE.search(name) or len(words) >= 2):
        yield span


# `광고교실(한국방송광고진흥공사)`, `창업특강(4회)`: who runs an item or how often, in brackets
# after it, is no part of the work it names.
_NOTE_AFTER_RE = re.compile(r"\s?\([^()]{1,30}\)$")


def _before_note(text: str, item: Item) -> int:
    """Where `item` ends before a note in brackets after it."""
    note = _NOTE_AFTER_RE.search(text, item.start, item.end)
    return note.start() if note and note.start() > item.start else item.end


# `다양한 건강교육 및 건강상담, …`: the first item after a word of many kinds is a kind.
_MANY_BEFORE_RE = re.compile(r"(?:다양한|각종|여러|갖가지)\s$")


def _after_first_group(text: str, items: list[Item]) -> list[Item]:
    """The items after the first and those joined to it by 및 or 와/과 (`다양한 건강교육 및
    건강상담, …`: what the word of many kinds qualifies is kinds)."""
    for index in range(1, len(items)):
        if "," in text[items[index - 1].end : items[index].start]:
            return items[index:]
    return []


# `A, B, 실종예방을 위한 C, D 등`: a clause that describes one item stops the enumeration reader,
# though the list goes on before it.
_CLAUSE_GAP_RE = re.compile(
    r",\s(?P<clause>(?:[^\s,]+\s){0,2}[^\s,]+(?:을|를|에|에게|으로|로|이|가|와|과)\s\S*(?:위한|하는|대한|통한|따른)\s)$"
)


def _resumed(text: str, limit: int, items: list[Item]) -> list[Item]:
    """The list read on past a clause that describes its first item (`치매조기검사, 실종예방을
    위한 지문인식 서비스, …`): the earlier items, then the first with its clause."""
    while items:
        gap = _CLAUSE_GAP_RE.search(text, max(limit, items[0].start - 40), items[0].start)
        if not gap:
            break
        found = enumeration.before(text, gap.start(), limit, max_words=_MAX_ITEM_WORDS)
        earlier = _first_extended(text, list(found.items), limit)
        if not earlier:
            break
        first = items[0]
        described = Item(gap.start("clause"), first.end, text[gap.start("clause") : first.end])
        items = [*earlier, described, *items[1:]]
    return items


# `한국어교육 외 통합교육, 방문교육 등`: besides A, the list names more; A is one of them.
_BESIDES_RE = re.compile(r"\s외(?:에도|에)?\s")


def _besides(text: str, items: list[Item]) -> list[Item]:
    """Items with `A 외 B` split in two (`한국어교육 외 다문화가족통합교육`)."""
    split: list[Item] = []
    for item in items:
        besides = _BESIDES_RE.search(text, item.start, item.end)
        if besides is None:
            split.append(item)
            continue
        split.append(Item(item.start, besides.start(), text[item.start : besides.start()]))
        split.append(Item(besides.end(), item.end, text[besides.end() : item.end], item.count))
    return split


def _kind_word(word: str) -> bool:
    """A word between 등 and its program word: `등의 [현장 중심의] 정책`, `등 [3개] 사업`, not a
    clause (`등 166개 단체가 이 사업에`)."""
    return is_plain_word(word) or word.endswith("의") or word in VAGUE or word[:1].isdigit()


# `부산권 여행사와의 공동 프로모션`: who the work is done with belongs to its name.
_PARTNER_RE = re.compile(r"(?<=[가-힣])(?:와|과)의$")


def _first_extended(text: str, items: list[Item], limit: int) -> list[Item]:
    """The first item read back over nouns that end like a particle (the enumeration reader
    stops at them) and over a partner (`여행사와의`), up to a word that plainly ends a clause."""
    if len(items) < 2:
        return items
    first = items[0]
    start = first.start
    words = len(first.text.split())
    while words < _MAX_ITEM_WORDS and start - 1 > limit and text[start - 1] == " ":
        previous = text.rfind(" ", limit, start - 1) + 1
        word = text[previous : start - 1]
        partner = _PARTNER_RE.sub("", word)
        if word in VAGUE or not name_word(partner):
            break
        start, words = previous, words + 1
    extended = Item(start, first.end, text[start : first.end], first.count)
    return [extended, *items[1:]]


def _merged(text: str, items: list[Item]) -> list[Item]:
    """Items with a part joined by 및 or a dot to the next merged into it when that part is no
    work of its own (`노인 일자리 및 사회활동 지원사업` is one name)."""
    merged: list[Item] = []
    for item in items:
        if merged:
            previous = merged[-1]
            joint = text[previous.end : item.start]
            if _INNER_JOINT_RE.match(joint) and not _WORK_END_RE.search(previous.text):
                merged[-1] = Item(previous.start, item.end, text[previous.start : item.end])
                continue
        merged.append(item)
    return merged


def _item_span(text: str, item: Item, typed: bool = False) -> tuple[int, int] | None:
    return item_name_span(text, item.start, item.end, _MAX_ITEM_WORDS, typed)
