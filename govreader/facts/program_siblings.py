"""Programs named beside one already found, as the other items of a list the body runs.

A list that is the object (or subject) of a verb of running (`A, B, C를 운영한다`, `A와 B 등을
추진`, `A, B 등이 진행된다`) names items of one kind. When another rule has already found one
of them plainly a program (`탄소중립 실천 캠페인`, `부모 코칭 프로그램`), its siblings are programs
too, though they carry no program word of their own (`노래 부르기`, `골목길 화분 놓기`, `일자리
만남의 날`).
A list with no item found says nothing of its kind, and is left to the other rules; each sibling
still passes the names' common checks (no vague word, field, place or figure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from govreader.facts import enumeration
from govreader.facts.enumeration import Item
from govreader.facts.program_spans import MARKS, item_name_span

# Verbs of running what the list names (`운영`, `운영되는`, `추진한다`, `진행돼`), not nouns
# built on them (`실시간`, `진행자`).
_RUN = r"(?:운영|추진|실시|개설|진행|통해|통하여|펼치|펼쳐)(?!간|자|률|율)"
# A list as the verb's subject is what is run only when the verb is passive (`A, B가 운영된다`);
# with an active verb it is who runs something (`A센터, B센터가 운영하는 C`).
_RUN_PASSIVE = r"(?:운영|추진|실시|개설|진행)(?:되|돼|됐|됩|된)"

# `… 등[ N개][을] [words] 운영`: the list closed by 등, the verb a few words on; a word between
# may be the program word that names the items (`등 다양한 프로그램을 운영`), but no other object
# of the verb nor a clause of its own (`등이 참여하는 협력망을 통해`).
_BETWEEN = (
    r"(?:[^\s.,]{1,20}(?<![을를는])"
    r"|[^\s.,]{0,16}(?:프로그램|사업|교육|활동|서비스|행사|강좌|과정|캠페인)(?:을|를))\s"
)
_ETC_RUN_RE = re.compile(
    rf"\s등(?:\s\d[\d,]*\s?(?:개|건|종|가지)(?:\s[가-힣]{{1,6}})?)?"
    rf"(?:(?:을|를|도)?\s(?:{_BETWEEN}){{0,3}}?{_RUN}|(?:이|가)\s(?:{_BETWEEN}){{0,3}}?{_RUN_PASSIVE})"
)

# `…C를 [함께] 운영`, `…C가 진행된다`: the particle on the last item, the verb right after it
# (a word in 을/를 between would be the verb's own object).
_GAP = r"(?:[^\s.,]{1,20}(?<![을를])\s){0,2}?"
_PARTICLE_RUN_RE = re.compile(
    rf"(?<=[가-힣A-Za-z0-9)’'」』])(?:(?:을|를)\s{_GAP}{_RUN}|(?:이|가)\s{_GAP}{_RUN_PASSIVE})"
)

# A list starts after a list mark or an opening quote of what someone says.
_MARK_BEFORE_RE = re.compile(rf"[{MARKS}“]")

_MAX_ITEM_WORDS = 6

_ETC_WORD_RE = re.compile(r"(?:^|\s)등(?:\s|$)")

# `다양한 건강교육 및 건강상담, A, B`: the group after 다양한 names kinds of work, not programs.
_MANY_BEFORE_RE = re.compile(r"(?:다양한|각종|여러|갖가지)\s$")

# `공유모아 활성화` read as `활성화`: an item cut down to its act alone names nothing.
_BARE_ACT_RE = re.compile(r"[가-힣]{0,3}화|강화|확대|개선|지원|운영|추진|도입|정비|확충|관리|구축")


def _list_ends(text: str) -> Iterator[int]:
    """Where each list a verb of running takes ends (just before its 등 or particle)."""
    for pattern in (_ETC_RUN_RE, _PARTICLE_RUN_RE):
        for match in pattern.finditer(text):
            yield match.start()


def _overlaps(item: Item, span: tuple[int, int]) -> bool:
    """Whether a found name and a list item are mostly the same words."""
    shared = min(item.end, span[1]) - max(item.start, span[0])
    return shared > 0 and 2 * shared >= min(item.end - item.start, span[1] - span[0])


def _item_span(text: str, item: Item) -> tuple[int, int] | None:
    return item_name_span(text, item.start, item.end, _MAX_ITEM_WORDS, typed=True)


def sibling_items(text: str, found: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The other items of each run list in `text` one of whose items is a `found` program."""
    spans = list(found)
    if not spans:
        return
    for end in _list_ends(text):
        marks = list(_MARK_BEFORE_RE.finditer(text, 0, end))
        start = marks[-1].end() if marks else 0
        items = enumeration.before(text, end, start, max_words=_MAX_ITEM_WORDS).items
        if len(items) < 2 or any(item.count for item in items):
            continue  # one item, or a breakdown of figures by kind (`A 30명, B 20명`)
        if any(_ETC_WORD_RE.search(item.text) for item in items):
            continue  # `A, B 등 C 지원을 펼쳐`: the list ends at 등, and is read there
        if _MANY_BEFORE_RE.search(text, max(0, items[0].start - 6), items[0].start):
            items = _after_first_group(text, items)
        known = [item for item in items if any(_overlaps(item, span) for span in spans)]
        if not known:
            continue
        paired = _paired_inside(text, items)
        for item in items:
            span = _item_span(text, item) if item not in known and item not in paired else None
            if span and not _BARE_ACT_RE.fullmatch(text, *span):
                yield span


def _paired_inside(text: str, items: tuple[Item, ...]) -> set[Item]:
    """Items joined by 와/과 between commas (`A, B과 C, D`): `B과 C` may be one name
    (`이웃관계 회복과 마을공동체`) as well as two, so neither is read as a name of its own. At
    the list's start (`A과 B, C`) 와/과 is how the list opens, and joins two items."""
    joints = [text[left.end : right.start] for left, right in pairwise(items)]
    paired: set[Item] = set()
    for index, joint in enumerate(joints):
        between = any("," in other for other in joints[:index]) and any(
            "," in other for other in joints[index + 1 :]
        )
        if joint.strip() in ("와", "과") and between:
            paired.update(items[index : index + 2])
    return paired


def _after_first_group(text: str, items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items after the first comma: those joined before it share the 다양한 before them."""
    for index, item in enumerate(items[1:], 1):
        if "," in text[items[index - 1].end : item.start]:
            return items[index:]
    return ()
