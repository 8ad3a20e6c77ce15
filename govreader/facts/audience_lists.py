"""A list of distinct groups is one audience per group (`A 청년, B 청년 등을 대상으로`).

The shared enumeration reader splits an audience phrase at its joints; this module decides which
pieces are groups of their own, in two steps. Commas, 및 and 또는 list groups (middle dots too,
between single words: `성인·청소년·어린이`); the pieces between them are units, though a list
with `A과 B` among its items stays whole, as the owner's labels keep it (`한부모 가구와 조손 가구,
다문화 가구 등 돌봄 공백 가구`), unless A and B are single words naming people and no umbrella
after 등 sums the list up (`중증장애인과 소년소녀가장, 쪽방주민 등`). Inside a unit, `A과 B` is
two groups when A is one word naming people (`결혼이민자와 외국인`) or both have words of their
own and A's are plain nouns (`한부모 가구와 조손 가구`) or B repeats A's head (`홀로 사는 1인
가구와 저소득 2인 가구`). A clause or a modifier before A may qualify both (`홀로 사는 노인과
장애인`, `도내 대학생과 휴학생`), a head after B may be both's (`어르신과 장애인 가구`) and a
companion or family goes with the person (`장애인과 보호자 1명`, `외국인 근로자와 그 가족`, even
inside a longer list), so those stay whole, as does `A·B C`
(`여성·장애인 창업자`, `기업·법인`). A unit naming no people is part of the next one (`대학 및
연구기관 관계자`); when none names people of its own, the list counts one whole (`광역 15, 기초
166개 등 총 181개 지자체`), as does a list of bodies summed up by their count (`A, B 및 C 등 306개
기관`). An item of a marked list (`△A 및 B`) stays as the story set it apart.
`A, B 등 돌봄 공백 가구`: the groups are A and B, the umbrella after 등 only sums them up. `A, B,
C 중 D`: the pool's groups, then D, who is picked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from govreader.facts import enumeration
from govreader.facts.audience_phrase_words import plain_phrase
from govreader.facts.audience_words import AGE_RE, HEAD_RE

_MARKS = "▲△■□○●◆◇※•▷▶①-⑳"
_MARK_BEFORE_RE = re.compile(rf"[{_MARKS}]\s*$")
_MARKS_RE = re.compile(rf"[{_MARKS}]")
_COMPANION_RE = re.compile(r"^(?:보호자|동반자|동행인|활동지원사|보조인)")
# `외국인 근로자와 그 가족`, `북한이탈주민 및 가족`, `이주 노동자와 자녀`: the family of the people
# just named goes with them, as a companion does, whatever the list around them.
_FAMILY_RE = re.compile(r"^(?:그\s)?(?:가족|자녀)들?$")
_FAMILY_JOINTS = frozenset(("과", "와", "및", "하고"))
# `가족과 다른 지역에 사는 어르신`: 과 of a comparison, not a list.
_COMPARED_RE = re.compile(r"^(?:다른|같은|동일한|비슷한|함께|떨어져|따로)\s")
_POOL_RE = re.compile(r"\s(?:가운데|중)\s")
_UMBRELLA_RE = re.compile(r"\s등\s")
# `중앙행정기관, 지방자치단체 및 시도교육청 등 306개 기관`: bodies summed up by a count of them are
# the one set an evaluation covers, listed whole as the owner's labels keep it (a count of
# people, `결혼이민자와 외국인 등 30명`, still lists its groups).
_COUNTED_BODIES_RE = re.compile(
    r"\s등\s(?:총\s|모두\s|전국\s)*\d[\d,]*여?\s?(?:개|곳)(?:의)?\s?\S*$"
)
# Any joint at all: most phrases have none, and then need no reading as a list.
_JOINT_RE = re.compile(r"[,，、·∙ㆍ‧]|및|또는|[과와]\s|이나\s")
_LISTING_JOINT_RE = re.compile(r"[,，、]|및|또는")
_DOTS = frozenset("·∙ㆍ‧")
_JOINS = frozenset(("과", "와", "이나"))
_ONE_GROUP_CHARS = 60
# `65세 이상 기초연금 및 직역연금 수급자`: who holds or receives the things listed before.
_HOLDER_HEAD_RE = re.compile(r"(?:수급|가입|수령|보유|소지|납부|수혜|취득)자(?:들)?$")

Span = tuple[int, int]


# `차상위 계층(본인·자녀)`, `다자녀 가구(3자녀 이상)`: a note in brackets after an item.
_NOTE_AFTER_RE = re.compile(r"\s?\([^()]*\)$")


def _group(text: str) -> bool:
    """A piece that names people or bodies on its own (a head word or an age), a bracketed
    note after it aside."""
    bare = _NOTE_AFTER_RE.sub("", text)
    return bool(HEAD_RE.search(bare) or AGE_RE.search(bare))


def _shared_head(last: str) -> bool:
    """`여성·장애인 창업자`, `어르신과 장애인 가구`: the last item's head after a people word
    may be every item's, so the list is one group as written."""
    words = last.split()
    return len(words) == 2 and bool(HEAD_RE.search(words[-2]))


def _units(text: str, items: tuple[enumeration.Item, ...]) -> list[list[enumeration.Item]]:
    """The items grouped into units between listing joints. `A과 B` too long to be one group
    lists two (`… 이력이 없는 18~34세 청년과 자립준비·북한이탈 청년`); a shorter one inside a
    comma list keeps the list whole, as the labels do (`A과 B, C 등 D`)."""
    single = all(" " not in item.text for item in items)
    umbrella = bool(_UMBRELLA_RE.search(items[-1].text))
    long = items[-1].end - items[0].start > _ONE_GROUP_CHARS
    units = [[items[0]]]
    joined = False
    for before, after in pairwise(items):
        joint = text[before.end : after.start].strip()
        listing = _LISTING_JOINT_RE.fullmatch(joint) or (single and joint in _DOTS)
        named = joint in _JOINS and not umbrella and _named_words(before.text, after.text)
        if joint in _FAMILY_JOINTS and _FAMILY_RE.match(after.text):
            units[-1].append(after)
        elif listing or named or (long and (joint in _JOINS or joint in _DOTS)):
            units.append([after])
        else:
            joined = joined or joint in _JOINS
            units[-1].append(after)
    return [list(items)] if joined and len(units) > 1 else units


def _named_words(first: str, second: str) -> bool:
    """`중증장애인과 소년소녀가장, 쪽방주민`: two single words each naming people, joined by 과
    inside a comma list, are two of its groups."""
    return " " not in first + second and _group(first) and _group(second)


def _waits(piece: str, following: str) -> bool:
    """An age before a thing (`65세 이상 기초연금`) is the head's after it when the next piece
    names who holds or receives such things (`직역연금 수급자`)."""
    ages = list(AGE_RE.finditer(piece))
    return (
        bool(ages)
        and not HEAD_RE.search(piece)
        and bool(piece[ages[-1].end() :].strip(" ,"))
        and bool(_HOLDER_HEAD_RE.search(following))
    )


def _pair(text: str, unit: list[enumeration.Item]) -> bool:
    """`결혼이민자와 외국인`, `한부모 가구와 조손 가구`: one word naming people, or plain nouns
    naming people (or any phrase whose head B repeats) before others with words of their own,
    joined by 과, are two groups. A modifier before A may be B's too when B is one word (`도내
    대학생과 휴학생`), a clause when B has another head (`설립 3년 미만인 협동조합과 사회적
    기업`)."""
    if len(unit) != 2 or text[unit[0].end : unit[1].start].strip() not in _JOINS:
        return False
    first, second = unit[0].text, unit[1].text
    if _COMPANION_RE.match(second) or _FAMILY_RE.match(second) or _COMPARED_RE.match(second):
        return False
    if _shared_head(second):
        return False
    # `고립 위험이 있는 1인 가구와 취약 2인 가구`: B repeats A's head with words of its own, so
    # A's clause is A's alone.
    restated = first.split()[-1] == second.split()[-1]
    alone = " " not in first or (" " in second and (plain_phrase(first) or restated))
    return alone and _group(first) and _group(second)


def _pieces(text: str, units: list[list[enumeration.Item]]) -> list[Span]:
    """Each unit's span, a pair split in two."""
    pieces: list[Span] = []
    for unit in units:
        if _pair(text, unit):
            pieces += [(item.start, item.end) for item in unit]
        else:
            pieces.append((unit[0].start, unit[-1].end))
    return pieces


def _one_group(text: str, items: tuple[enumeration.Item, ...], pieces: list[Span]) -> bool:
    # `여주시민 또는 관내 사업체 근로자`: 또는 offers another group, never shares its head.
    either = text[items[-2].end : items[-1].start].strip() == "또는"
    if len(pieces) < 2 or (_shared_head(items[-1].text) and not either and len(pieces) < 3):
        return True
    # `A과 B 가운데 C` is one group picked from a pool; `A, B, C 중 D` lists the pool's groups.
    if _POOL_RE.search(items[-1].text) and len(pieces) < 3:
        return items[-1].end - items[0].start <= _ONE_GROUP_CHARS
    return any(
        _COMPANION_RE.match(i.text) or _COMPARED_RE.match(i.text)
        for i in items[1:]
        if not _FAMILY_RE.match(i.text)
    )


def _after_mark(text: str, span: Span) -> bool:
    return bool(_MARK_BEFORE_RE.search(text, max(0, span[0] - 3), span[0]))


def marked(text: str, span: Span) -> bool:
    """`span` is an item of a marked list (`▲장애인 ▲한부모 가정`): one group among others, as
    the items of a written list are (a mark before a lone item makes no list)."""
    return _after_mark(text, span) and _several_marks(text)


@lru_cache(maxsize=256)
def _several_marks(sentence: str) -> bool:
    """Whether `sentence` holds two list marks or more: read once per sentence, not once for
    each of its items (a line of marked items would cost its length squared)."""
    first = _MARKS_RE.search(sentence)
    return bool(first and _MARKS_RE.search(sentence, first.end()))


def groups(text: str, span: Span) -> list[Span]:
    """The groups of the audience phrase `text[span[0]:span[1]]`: its pieces that name people,
    each with the headless pieces before it; `[span]` when it is one group."""
    start, end = span
    if not _JOINT_RE.search(text, start, end) or _after_mark(text, span):
        return [span]
    items = enumeration.split(text, start, end).items
    if len(items) < 2 or _COUNTED_BODIES_RE.search(text[start:end]):
        return [span]
    pieces = _pieces(text, _units(text, items))
    if _one_group(text, items, pieces):
        return [span]
    found: list[Span] = []
    pending: int | None = None
    for index, (piece_start, piece_end) in enumerate(pieces):
        last = text[piece_start:piece_end] if index == len(pieces) - 1 else ""
        umbrella = _UMBRELLA_RE.search(last)
        if umbrella:
            piece_end = piece_start + umbrella.start()
        pool = _POOL_RE.search(last)
        if pool and _group(last[pool.end() :]):
            found.append((piece_start + pool.end(), piece_end))
            piece_end = piece_start + pool.start()
        group_start = piece_start if pending is None else pending
        following = text[slice(*pieces[index + 1])] if index + 1 < len(pieces) else ""
        if _group(text[piece_start:piece_end]) and not _waits(
            text[piece_start:piece_end], following
        ):
            found.append((group_start, piece_end))
            pending = None
        else:
            pending = group_start
    # `일손필요농가 및 자원봉사`: a last piece naming no people is no group; the list counts
    # whole only when no piece names one of its own.
    if not found or (pending is not None and len(found) < 2 and pending == items[0].start):
        return [span]
    return sorted(found)
