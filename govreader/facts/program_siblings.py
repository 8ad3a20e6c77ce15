"""Programs named beside one already found, as the other items of a list the body runs.

A list that is the object (or subject) of a verb of running (`A, B, C를 운영한다`, `A와 B 등을
추진`, `A, B 등이 진행된다`) names items of one kind. When another rule has already found one
of them plainly a program (`기후행동 실천 캠페인`, `현직자 멘토링`), its siblings are programs too,
though they carry no program word of their own (`요가`, `마을숲 가꾸기`, `구인구직 만남의 날`).
A list with no item found says nothing of its kind, and is left to the other rules; each sibling
still passes the names' common checks (no vague word, field, place or figure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts import enumeration
from govreader.facts.enumeration import Item
from govreader.facts.program_spans import MARKS, clean_span, describing_clause_end

# Verbs of running what the list names (`운영`, `운영되는`, `추진한다`, `진행돼`), not nouns
# built on them (`실시간`, `진행자`).
_RUN = r"(?:운영|추진|실시|개설|진행)(?!간|자|률|율)"

# `… 등[ N개][을] [words] 운영`: the list closed by 등, the verb a few words on.
_ETC_RUN_RE = re.compile(
    rf"\s등(?:\s\d[\d,]*\s?(?:개|건|종|가지)(?:\s[가-힣]{{1,6}})?)?(?:을|를|이|가|도)?\s"
    rf"(?:[^\s.,]{{1,20}}\s){{0,3}}?{_RUN}"
)

# `…C를 [함께] 운영`, `…C가 진행된다`: the particle on the last item, the verb right after it
# (a word in 을/를 between would be the verb's own object).
_PARTICLE_RUN_RE = re.compile(
    rf"(?<=[가-힣A-Za-z0-9)’'」』])(?:을|를|이|가)\s(?:[^\s.,]{{1,20}}(?<![을를])\s){{0,2}}?{_RUN}"
)

# A list starts after a list mark or an opening quote of what someone says.
_MARK_BEFORE_RE = re.compile(rf"[{MARKS}“]")

_MAX_ITEM_WORDS = 6

# `다양한 건강교육 및 건강상담, A, B`: the group after 다양한 names kinds of work, not programs.
_MANY_BEFORE_RE = re.compile(r"(?:다양한|각종|여러|갖가지)\s$")

# `… 배달앱 활성화`: what is left of an item when only its act is a word is no name.
_BARE_ACT_RE = re.compile(r"[가-힣]{0,3}화|강화|확대|개선|지원|운영|추진|도입|정비|확충|관리|구축")

# `단기(5주)`: a note in brackets after an item is no part of its name.
_NOTE_RE = re.compile(r"\s?\([^()]*\)$")


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
    start = describing_clause_end(text, item.start, item.end)
    note = _NOTE_RE.search(text, start, item.end)
    end = note.start() if note else item.end
    if len(text[start:end].split()) > _MAX_ITEM_WORDS:
        return None
    return clean_span(text, start, end)


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
    """Items joined by 와/과 inside a list of commas (`A, B과 C, D`): `B과 C` may be one name
    (`가족관계증진과 지역공동체`) as well as two, so neither is read as a name of its own."""
    joints = [text[left.end : right.start] for left, right in zip(items, items[1:], strict=False)]
    paired: set[Item] = set()
    for index, joint in enumerate(joints):
        if joint.strip() in ("와", "과") and any("," in later for later in joints[index + 1 :]):
            paired.update(items[index : index + 2])
    return paired


def _after_first_group(text: str, items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items after the first comma: those joined before it share the 다양한 before them."""
    for index, item in enumerate(items[1:], 1):
        if "," in text[items[index - 1].end : item.start]:
            return items[index:]
    return ()
