"""A list of distinct groups is one audience per group (`A 청년, B 청년 등을 대상으로`).

The shared enumeration reader splits an audience phrase at its joints; this module decides which
pieces are groups of their own. Commas, 및 and 또는 list groups. `A과 B` is two groups when A is
one word naming people (`결혼이민자와 외국인`); otherwise it and `A·B C` read as one group as often
as two (`홀로 사는 노인과 장애인`, `여성·장애인 창업자`), so they stay whole. A piece without a word
for people or bodies is part of the next one (`대학 및 연구기관 관계자`); when the last piece has
none either, the list counts one whole (`광역 15, 기초 166개 등 총 181개 지자체`). A person and a
companion (`장애인과 보호자 1명`) stay one audience, and so does an item of a marked list (`△A 및
B`), which the story already set apart as written. `A, B 등 돌봄 공백 가구`: the groups are A and B;
the umbrella after 등 only sums them up. `A, B, C 중 D`: the pool's groups, then D, who is picked.
"""

from __future__ import annotations

import re
from itertools import pairwise

from govreader.facts import enumeration
from govreader.facts.audience_phrase import AGE_RE, HEAD_RE

_MARK_BEFORE_RE = re.compile(r"[▲△■□○●◆◇※•①-⑳]\s*$")
_COMPANION_RE = re.compile(r"^(?:보호자|동반자|동행인|활동지원사|보조인)")
# `가족과 다른 지역에 사는 어르신`: 과 of a comparison, not a list.
_COMPARED_RE = re.compile(r"^(?:다른|같은|동일한|비슷한|함께|떨어져|따로)\s")
# `A과 B 가운데 …`: the list is the pool the group is picked from.
_POOL_RE = re.compile(r"\s(?:가운데|중)\s")
_UMBRELLA_RE = re.compile(r"\s등\s")
# Any joint at all: most phrases have none, and then need no reading as a list.
_JOINT_RE = re.compile(r"[,，、·∙ㆍ‧]|및|또는|[과와]\s|이나\s")
_LISTING_JOINT_RE = re.compile(r"[,，、]|및|또는")
_DOTS = frozenset("·∙ㆍ‧")
_JOINS = frozenset(("과", "와", "이나"))
_ONE_GROUP_CHARS = 60


def _group(text: str) -> bool:
    """A piece that names people or bodies on its own (a head word or an age)."""
    return bool(HEAD_RE.search(text) or AGE_RE.search(text))


def _shared_head(last: str) -> bool:
    """`여성·장애인 창업자`, `어르신과 장애인 가구`: the last item's head after a people word
    may be every item's, so the list is one group as written."""
    words = last.split()
    return len(words) >= 2 and bool(HEAD_RE.search(words[-2]))


def _listing(text: str, items: tuple[enumeration.Item, ...]) -> bool:
    """Joints that list groups: commas, 및, 또는; middle dots only between single words
    (`성인·청소년·어린이`). `A과 B` reads as one group as often as two, so it stays whole unless
    it is too long to be one (`… 이력이 없는 18~34세 청년과 자립준비·북한이탈 청년`)."""
    single = all(" " not in item.text for item in items)
    long = items[-1].end - items[0].start > _ONE_GROUP_CHARS
    for before, after in pairwise(items):
        joint = text[before.end : after.start].strip()
        joined = long and (joint in _JOINS or joint in _DOTS)
        if not (_LISTING_JOINT_RE.fullmatch(joint) or (single and joint in _DOTS) or joined):
            return False
    return True


def _pair(text: str, items: tuple[enumeration.Item, ...]) -> bool:
    """`결혼이민자와 외국인`, `임산부와 만 2세 미만 영아가 있는 가정`: one word naming people
    joined to other people is two groups; there is nothing before it to share."""
    if len(items) != 2 or text[items[0].end : items[1].start].strip() not in _JOINS:
        return False
    first, second = items[0].text, items[1].text
    return " " not in first and _group(first) and _group(second)


def _one_group(text: str, items: tuple[enumeration.Item, ...]) -> bool:
    if len(items) < 2 or not (_listing(text, items) or _pair(text, items)):
        return True
    if _shared_head(items[-1].text):
        return True
    # `A과 B 가운데 C` is one group picked from a pool; `A, B, C 중 D` lists the pool's groups.
    if _POOL_RE.search(items[-1].text) and len(items) < 3:
        return items[-1].end - items[0].start <= _ONE_GROUP_CHARS
    later = items[1:]
    return any(_COMPANION_RE.match(i.text) or _COMPARED_RE.match(i.text) for i in later)


def groups(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The groups of the audience phrase `text[span[0]:span[1]]`: its list items that name
    people, each with the headless items before it; `[span]` when it is one group."""
    start, end = span
    if not _JOINT_RE.search(text, start, end) or _MARK_BEFORE_RE.search(
        text, max(0, start - 3), start
    ):
        return [span]
    items = enumeration.split(text, start, end).items
    if _one_group(text, items):
        return [span]
    found: list[tuple[int, int]] = []
    pending: int | None = None
    for index, item in enumerate(items):
        item_end = item.end
        umbrella = _UMBRELLA_RE.search(item.text)
        if umbrella and index == len(items) - 1:
            item_end = item.start + umbrella.start()
        pool = _POOL_RE.search(item.text) if index == len(items) - 1 else None
        if pool and _group(item.text[pool.end() :]):
            # `A, B, C 중 만 18~34세 미취업 청년`: the pool's last group, then who is picked.
            found.append((item.start + pool.end(), item_end))
            item_end = item.start + pool.start()
        item_start = item.start if pending is None else pending
        if _group(text[item.start : item_end]):
            found.append((item_start, item_end))
            pending = None
        else:
            pending = item_start
    # `일손필요농가 및 자원봉사`: a last piece naming no people is no group; the list counts
    # whole only when no piece names one of its own.
    if not found or (pending is not None and len(found) < 2 and pending == items[0].start):
        return [span]
    return found
