"""Korean enumerations: the items of a list of noun phrases, with exact offsets.

One reader for every kind that meets lists (award winners, programs, targets, audiences). Items
are joined by the particles 와/과 (after a final consonant 과, after a vowel 와, so 성과·효과·결과
stay nouns), 이나/나, 하고 (between bodies), by 및 / 또는, by `,` `、` `/`, by the middle dots
`· ∙ ㆍ ‧` (not inside a short name such as 시·군·구 or 전·남, where a part is one syllable) and
by marks (▲ ○ □ ①, `-` at a line's start). Quotes and brackets are never split. A list may end
in a tail (`등`, `등 15개 지자체`, `총 3곳`, `2곳`), items may carry counts (`A 3명, B 2명`,
`A(3명)`), and its first item may hold a region prefix the others share (`경기 안산시와 안양시`).

`split` reads a span the caller knows to be a list; `before` and `after` find a list's extent
around a particle (`…이 선정됐다`, `각각 …을 받았다`); `enumeration_pairs` pairs two lists over
각각.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from govreader.facts.enumeration_joints import SEPARATOR_RE, is_joint
from govreader.facts.enumeration_regions import REGIONS, WIDE_PLACE_RE, is_under, spelled_out
from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.phrases import PARTICLES, has_final, is_plain_word, word_set

_UNIT = r"(?:개\s?기관|개\s?팀|개소|개사|개교|가구|명|곳|개|건|팀|기관|편|점|종)"
_COUNTED = rf"(?P<n>{NUMBER})여?\s?(?P<unit>{_UNIT})"
# `등`, `등 15개 지자체`, `외 2곳`, `총 3곳`, `모두 4명`; a count alone is read by `split`.
_TAIL_RE = re.compile(
    rf"(?:\s|(?<=[가-힣’”」』)]))(?:등|외)(?:\s(?:총\s?)?{_COUNTED}(?:\s?(?P<noun>[가-힣]{{1,8}}))?)?$"
)
_TOTAL_RE = re.compile(rf"\s(?:총|모두)\s?{_COUNTED}(?:\s?(?P<noun>[가-힣]{{1,8}}))?$")
_BARE_COUNT_RE = re.compile(rf"\s{_COUNTED}(?:\s?(?P<noun>[가-힣]{{1,8}}))?$")
_TAIL_REACH = 200
# Nouns that end in 등 (가로등, 초등): no tail when written without a space.
_ENDS_IN_DEUNG = tuple(word_set("가로등 신호등 보안등 경관등 평등 초등 중등 고등 차등 균등"))
# `A 3명`, `A(3명)`: one item's own count.
_ITEM_COUNT_RE = re.compile(rf"(?:\s?\(\s?{_COUNTED}\s?\)|\s{_COUNTED.replace('?P<', '?P<i_')})$")

_PROTECTED_RE = re.compile(
    r"‘[^’\n]{0,120}’|“[^”\n]{0,120}”|「[^」\n]{0,120}」|『[^』\n]{0,120}』|《[^》\n]{0,120}》"
    r"|〈[^〉\n]{0,120}〉|<[^<>\n]{0,120}>|\([^()\n]{0,120}\)|\[[^\[\]\n]{0,120}\]"
    r"|'[^'\n]{0,120}'|\"[^\"\n]{0,120}\""
)
# A word of a sentence; a quoted or bracketed group, spaces and all, stays one word.
_TOKEN_RE = re.compile(
    r"(?:‘[^’\n]{0,80}’|“[^”\n]{0,80}”|「[^」\n]{0,80}」|『[^』\n]{0,80}』|《[^》\n]{0,80}》"
    r"|<[^<>\n]{0,80}>|\([^()\n]{0,80}\)|'[^'\n]{0,80}'|\"[^\"\n]{0,80}\"|\S)+"
)
# Nouns that end like a particle (`평가`, `국가`): item words all the same.
_NOUNS_LIKE_PARTICLES = tuple(word_set("평가 국가 참가 추가 증가 작가 휴가 물가 단가 대가"))
_MARK_RE = re.compile(r"^(?:[▲△○◦□■●◆◇※①-⑳]|-(?=\s))\s*")
# A place or body before 의 owns what follows (`동구의`, `복지관의`, `경기도의`).
_OWNER_RE = re.compile(
    r"(?:[시군구도청관원부처]|센터|기관|정부|학교|본부|공단|재단|협회|기업|단체)$"
)
_CLOSING_WORDS = word_set("등 외 중 간 내 들 측 전체 모두 각각 일부")
_COPULA_RE = re.compile(r"(?:이)?(?:다|며|고|에요|예요|입니다|였다)[.,]?$")
_LIST_PARTICLE_RE = re.compile(
    r"(?<=[가-힣0-9’”」』)>'\"])(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")$"
)


@dataclass(frozen=True, slots=True)
class Count:
    """A number with its counter (`3명`, `등 15개 지자체`: 15 개, noun 지자체), at its span."""

    value: int | float
    unit: str
    start: int
    end: int
    noun: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One listed noun phrase at `text[start:end]`, with its own count when it has one."""

    start: int
    end: int
    text: str
    count: Count | None = None


@dataclass(frozen=True, slots=True)
class Enumeration:
    """The items of a list at `text[start:end]`, its tail total and shared region prefix."""

    start: int
    end: int
    items: tuple[Item, ...] = ()
    total: Count | None = None
    # `경기 안산시와 안양시` → `경기`: written once, before the first item, meant for all.
    prefix: str | None = None

    @property
    def texts(self) -> list[str]:
        return [item.text for item in self.items]

    def prefixed(self) -> list[str]:
        """The items with the region written once before them spelled out: `경기 안산시와
        안양시` → 경기 안산시, 경기 안양시; `인천 부평구/서구∙전북 전주시` → 인천 부평구, 인천
        서구, 전북 전주시. A region holds for the one-word local bodies after it, up to the
        next item that is no such body; a place word written once after bare names is theirs
        too (`경기도 부천·안산시` → 경기도 부천시, 경기도 안산시)."""
        return spelled_out(self.texts)


def _separators(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The joints of `text[start:end]` outside quotes and brackets."""
    protected = [m.span() for m in _PROTECTED_RE.finditer(text, start, end)]
    opens = [a for a, _ in protected]
    for match in SEPARATOR_RE.finditer(text, start, end):
        inside = bisect_right(opens, match.start()) - 1
        if inside >= 0 and match.start() < protected[inside][1]:
            continue
        if is_joint(text, match):
            yield match.span()


def _tail(text: str, start: int, end: int) -> tuple[int, Count | None]:
    """Where the items end before a tail (`등 15개 지자체`), and the tail's count. A tail is a
    few words at the end: it is looked for in the last `_TAIL_REACH` characters, so that each
    list of a sentence of lists does not search the sentence from its start. (Read from `start`
    itself, the segment is cut there, so that nothing before it is looked at.)"""
    if end - start <= _TAIL_REACH:
        offset, segment, pos, endpos = start, text[start:end], 0, end - start
    else:
        offset, segment, pos, endpos = 0, text, end - _TAIL_REACH, end
    match = _TAIL_RE.search(segment, pos, endpos) or _TOTAL_RE.search(segment, pos, endpos)
    if not match or (
        match.group().lstrip()[:1] == "등" and text.endswith(_ENDS_IN_DEUNG, start, end)
    ):
        return end, None
    value = match.group("n")
    if value is None:
        return offset + match.start(), None
    noun = match.group("noun")
    count = Count(
        parse_number(value) or 0, re.sub(r"\s", "", match.group("unit")),
        offset + match.start("n"), offset + match.end(), noun,
    )  # fmt: skip
    return offset + match.start(), count


def _item(text: str, start: int, end: int) -> Item | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    mark = _MARK_RE.match(text[start:end])
    if mark:
        start += mark.end()
    if start >= end:
        return None
    count = None
    own = _ITEM_COUNT_RE.search(text, start, end)
    if own and own.start() > start:
        value = own.group("n") or own.group("i_n")
        unit = own.group("unit") or own.group("i_unit")
        number_at = own.start("n") if own.group("n") else own.start("i_n")
        count = Count(parse_number(value) or 0, re.sub(r"\s", "", unit), number_at, own.end())
        end = own.start()
    return Item(start, end, text[start:end], count)


def _prefix(items: list[Item]) -> str | None:
    """The region words that open the first item when the next item leaves them out."""
    if len(items) < 2 or len(items[1].text.split()) != 1:
        return None
    lead = " ".join(items[0].text.split()[:-1])
    return lead if lead and is_under(lead, items[1].text) else None


def split(text: str, start: int = 0, end: int | None = None) -> Enumeration:
    """The items of `text[start:end]`, a span the caller knows to be a list (no particle after
    its last item). Offsets index `text`."""
    end = len(text) if end is None else end
    items_end, total = _tail(text, start, end)
    items: list[Item] = []
    position = start
    for sep_start, sep_end in _separators(text, start, items_end):
        item = _item(text, position, sep_start)
        if item:
            items.append(item)
        position = sep_end
    last = _item(text, position, items_end)
    if last:
        items.append(last)
    if total is None and len(items) >= 2 and not any(i.count for i in items):
        bare = _BARE_COUNT_RE.search(text, items[-1].start, items[-1].end)
        if bare and bare.start() > items[-1].start:
            total = Count(parse_number(bare.group("n")) or 0, re.sub(r"\s", "", bare.group("unit")),
                          bare.start("n"), bare.end(), bare.group("noun"))  # fmt: skip
            items[-1] = _item(text, items[-1].start, bare.start()) or items[-1]
    elif len(items) >= 2 and items[-1].count and not any(i.count for i in items[:-1]):
        # `A와 B 2곳`: a count on the last item alone that counts the list is its total.
        own = items[-1].count
        if own.value == len(items):
            total = own
            items[-1] = Item(items[-1].start, items[-1].end, items[-1].text)
    return Enumeration(start, end, tuple(items), total, _prefix(items))


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the words (quoted and bracketed runs kept whole) in `text[start:end]`. The
    words of `text` from `start` on are read once (a sentence's lists are read back from each
    of their ends, so a sentence of lists cost its length squared): those ending by `end` are
    the words a reading that stops at `end` finds (a word is a run up to a blank, and no part of
    it looks past it), and what follows them is read again up to `end`."""
    words = _words_from(text, start)
    words.read_past(end)
    kept = bisect_right(words.ends, end)
    rest = words.ends[kept - 1] if kept else start
    return [*words.spans[:kept], *(m.span() for m in _TOKEN_RE.finditer(text, rest, end))]


class _Words:
    """The words of a text from one place on, read only as far as they have been asked for: the
    lists of a sentence read from many places (after each ▲ before a list) would each read the
    rest of the sentence."""

    def __init__(self, text: str, start: int) -> None:
        self._found = _TOKEN_RE.finditer(text, start)
        self.spans: list[tuple[int, int]] = []
        self.ends: list[int] = []

    def read_past(self, end: int) -> None:
        """Read words until one ends after `end` (or the text does)."""
        while not self.ends or self.ends[-1] <= end:
            word = next(self._found, None)
            if word is None:
                return
            self.spans.append(word.span())
            self.ends.append(word.end())


@lru_cache(maxsize=64)
def _words_from(text: str, start: int) -> _Words:
    return _Words(text, start)


@lru_cache(maxsize=4096)
def _item_word(word: str) -> bool:
    """A word that can sit in a listed noun phrase: a plain word, a quoted or counted word, a
    place, or parts joined by middle dots that are each such a word. Kept per word: a sentence's
    lists are read back word by word from each of their ends, so the same words are asked of
    again and again (a row of lists closed by 등 asked about seven words a list)."""
    word = _MARK_RE.sub("", word)
    if not word:
        return True
    quoted = _PROTECTED_RE.match(word)
    if quoted:
        return quoted.end() == len(word)
    if re.fullmatch(rf"{NUMBER}여?{_UNIT}?", word):
        return True
    if re.search(r"\([^()]*\)$", word):
        word = re.sub(r"\([^()]*\)$", "", word) or "가"
    parts = re.split(r"[·∙ㆍ‧/]", word)
    return all(
        not p or is_plain_word(p) or p.endswith(_NOUNS_LIKE_PARTICLES) or p in REGIONS
        or WIDE_PLACE_RE.match(p)
        for p in parts
    )  # fmt: skip


def _joint_before(text: str, word_start: int, word_end: int) -> int | None:
    """Where the word at `text[word_start:word_end]` ends before a joint it carries (`A시와`,
    `A,`), or None when it carries none."""
    for match in SEPARATOR_RE.finditer(text, word_start, word_end + 1):
        if match.end() >= word_end and match.start() > word_start and is_joint(text, match):
            return match.start()
    return None


def before(
    text: str, end: int, start: int = 0, max_words: int = 4, tails: bool = False
) -> Enumeration:
    """The list that ends at `end` (just before its particle: `A와 B, C 등 3곳|이`), read back
    while words are item words and joints. The first item keeps no more words than the longest
    other item, besides a region prefix (`평가 결과 경기 안산시와 안양시` → `경기 안산시`).

    A word in 의 stays inside an item after a word of its own (`구인구직 만남의 날과 B`); opening an
    item or in a list of one it is `B of A` (`구청의 청년센터와 B` → 청년센터, `청년과 여성의
    일자리` → 일자리), and the list starts after it. `tails` as for `after`."""
    tokens = word_spans(text, start, end)
    tail_start, _ = _tail(text, start, end)
    begin = end
    words_in_item = 0
    joined = False
    # Closes of earlier lists read past: one may sit in an item (`청년 등 취약계층과 B`); at a
    # second the walk stops, or each list of a run of lists would be read back over all before.
    closes = 0
    # In the item being read: after its leftmost word in 의, that word, after its rightmost one.
    genitive: tuple[int, int, int] | None = None
    for index in range(len(tokens) - 1, -1, -1):
        word_start, word_end = tokens[index]
        word = text[word_start:word_end]
        if word_start >= tail_start:
            begin = word_start
            continue
        if word in ("및", "또는", "그리고"):
            words_in_item, joined, genitive = 0, True, None
            begin = word_start
            continue
        joint = _joint_before(text, word_start, word_end) if index < len(tokens) - 1 else None
        stem = text[word_start:joint] if joint is not None else word
        if stem == "등":
            closes += 1
            if closes == 2:
                break
        if joint is not None:
            joined, genitive = True, None
        if joint is None and words_in_item and words_in_item < max_words and _genitive(stem):
            genitive = (begin, word_start, genitive[2] if genitive else begin)
        elif not (_item_word(stem) or (tails and joint is not None and noun_tail(stem))) or (
            joint is None and words_in_item >= max_words
        ):
            break
        words_in_item = 1 if joint is not None else words_in_item + 1
        begin = word_start
    if genitive is not None:
        after_leftmost, leftmost, after_rightmost = genitive
        if not joined:
            begin = after_rightmost
        elif begin == leftmost:
            begin = after_leftmost
    found = split(text, begin, end)
    owned = _owned_from(found)
    return _trim_first(text, split(text, owned, end) if owned is not None else found)


def _owned_from(found: Enumeration) -> int | None:
    """Where a list really starts when one of its later items opens with a word in 의: after it."""
    items = found.items
    for index in range(len(items) - 1, 0, -1):
        first, _, rest = items[index].text.partition(" ")
        if rest and _genitive(first):
            return items[index].end - len(rest)
    return None


def _genitive(word: str) -> bool:
    """A noun in 의 inside a name (`만남의`, `시민의`): not 의 as a word's own syllable (`회의`),
    nor a place or body owning what follows (`동구의 청년센터` is the district's centre), nor a
    count or a closing word (`3곳의`, `창업 등의 과정`)."""
    stem = word[:-1]
    return (
        len(word) > 1
        and word.endswith("의")
        and is_plain_word(stem)
        and stem not in _CLOSING_WORDS
        and not is_plain_word(word)
        and not _OWNER_RE.search(stem)
        and stem not in REGIONS
    )


def _trim_first(text: str, found: Enumeration) -> Enumeration:
    if len(found.items) < 2:
        return found
    first, rest = found.items[0], found.items[1:]
    longest = max(len(i.text.split()) for i in rest)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", first.text)]
    if len(words) <= longest:
        return found
    keep_from = len(words) - longest
    while keep_from > 0 and (
        words[keep_from - 1][1] in REGIONS or WIDE_PLACE_RE.match(words[keep_from - 1][1])
    ):
        keep_from -= 1
    cut = first.start + words[keep_from][0]
    trimmed = Item(cut, first.end, text[cut : first.end], first.count)
    items = (trimmed, *rest)
    return Enumeration(cut, found.end, items, found.total, _prefix(list(items)))


def after(
    text: str, start: int, end: int | None = None, max_words: int = 4, tails: bool = False
) -> Enumeration:
    """The list that starts at `start` and ends before the particle of its last word (`각각
    |최우수상과 우수상|을 받았다`); a word that is neither item word nor particle ends it too.
    With `tails`, a word ending like a particle before a joint is an item word (`noun_tail`)."""
    end = len(text) if end is None else end
    stop = start
    words_in_item = 0
    for word_start, word_end in word_spans(text, start, end):
        word = text[word_start:word_end]
        if word in ("및", "또는", "그리고", "등", "외", "총", "모두"):
            words_in_item = 0
            continue
        joint = _joint_before(text, word_start, word_end)
        if joint is not None and (
            _item_word(text[word_start:joint]) or (tails and noun_tail(text[word_start:joint]))
        ):
            stop, words_in_item = joint, 0
            continue
        if _item_word(word) and words_in_item < max_words:
            stop, words_in_item = word_end, words_in_item + 1
            continue
        particle = _LIST_PARTICLE_RE.search(word) or _copula(word)
        if particle and _item_word(word[: particle.start()]) and words_in_item < max_words:
            stop = word_start + particle.start()
        break
    return split(text, start, stop) if stop > start else Enumeration(start, start)


def noun_tail(word: str) -> bool:
    """`청춘나들이,`, `진로,`, `요가,`: a word ending in 이, 가 or 로 right before a list's joint
    ends in its own syllable, for a particle there would leave its clause with no verb. Only the
    callers whose lists hold coined names ask for it: elsewhere (`A군이, B시가 …`) the joint
    may follow a subject."""
    return len(word) >= 2 and word[-1] in "이가로" and _item_word(word[:-1])


def _copula(word: str) -> re.Match[str] | None:
    """`가구다`, `청년이다`: a noun closing the sentence with the copula (다 after a vowel, 이다
    after a consonant), not a verb (`받았다`)."""
    match = _COPULA_RE.search(word)
    if not match or match.start() == 0:
        return None
    final = has_final(word[match.start() - 1])
    return match if final is None or final == match.group().startswith("이") else None
