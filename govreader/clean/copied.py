"""What copying text out of a page does to its lines, undone before the lines are scored.

A copy holds each photo's alt text and caption one after the other, a portal's summary box
ahead of the sentences it repeats, sometimes the whole story twice; a narrow column or a
broadcast script breaks each sentence over several short lines; and a selection often stops in
the middle of the last paragraph.
"""

from __future__ import annotations

import re
from itertools import accumulate

from govreader.clean.boilerplate import is_chrome, is_end_marker
from govreader.clean.captions import CREDIT_TAIL, is_caption
from govreader.clean.dates import stamp_date
from govreader.clean.lines import (
    CAPTION_MAX,
    HANGUL,
    INNER_SENTENCE,
    fingerprint,
    holds_sentences,
    looks_like_prose,
)
from govreader.clean.metadata_lines import is_date_line, is_reporter_line

REPEAT_REACH = 40
"""How many lines later a repeated sentence may stand and still be the body's own copy (a
summary box sits just above the story; a "most read" list repeating a lead is further off)."""


def repeated(lines: list[str]) -> tuple[set[int], set[int]]:
    """Lines of prose that the page says again: the earlier copies of a sentence repeated further
    down (a summary box, a story copied twice: the body's own copy is the later one), and both
    copies of a caption's sentence repeated on the very next line, a photo's alt text and its
    caption (a lead repeated so is the story's, its earlier copy dropped). A sentence said twice
    in a row keeps the characters it was first written with (‘’ rather than a copy's ``): the
    later line of `lines` is rewritten so."""
    earlier: set[int] = set()
    captions: set[int] = set()
    last_at: dict[str, int] = {}
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not (looks_like_prose(line) or holds_sentences(line)):
            continue
        key = fingerprint(line)
        later = last_at.get(key)
        last_at[key] = i
        if later is None or later - i > REPEAT_REACH:
            continue
        if later == i + 1 and _caption_pair(lines, i) and not _repeated_again(lines, i):
            captions.update((i, later))
            continue
        earlier.add(i)
        if later == i + 1:
            lines[later] = line
        else:
            earlier.update(_said_again(lines, i, later))
    return earlier, captions


def _said_again(lines: list[str], first: int, again: int) -> range:
    """The lines after `first` that the copy starting at `again` says again line for line (a
    notice printed twice: its outline items, short as they are, go with its prose)."""
    end = first + 1
    while (
        end < again
        and again + end - first < len(lines)
        and fingerprint(lines[end]) == fingerprint(lines[again + end - first])
    ):
        end += 1
    return range(first + 1, end)


_SUMMARY_LABEL = re.compile(r"자동\s*요약|요약한\s*결과입니다|요약\s*결과입니다")
SUMMARY_LINES = 5
"""A portal's summary box holds three to five sentences."""


def summary_box(lines: list[str]) -> set[int]:
    """The sentences of a portal's summary box, under its label (자동요약 … 결과입니다) and its
    notes, closed by the page's next widget: they repeat the story's, which may come cut short
    further down, so they never make the story's run themselves. Sentences that go on past the
    box's size, or into no widget, are the story itself under a label."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if len(line) > 240 or not _SUMMARY_LABEL.search(line):
            continue
        at = i + 1
        while at < len(lines) and at <= i + 2 and is_chrome(lines[at]):
            at += 1  # the box's notes (전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.)
        box = at
        while at < len(lines) and at - box < SUMMARY_LINES and looks_like_prose(lines[at]):
            at += 1
        closed = at < len(lines) and is_chrome(lines[at]) and not is_end_marker(lines[at])
        if closed and any(map(looks_like_prose, lines[at + 1 : at + 1 + REPEAT_REACH])):
            found.update(range(box, at))  # the box closes, and the story comes after it
    return found


CAPTION_SENTENCE = re.compile(r"(?:고\s*있다|모습(?:이다)?)\.?[”\"’']?$|기념\s*촬영|사진")
"""How a photo's caption reads: what people are doing (…을 하고 있다.), a scene (… 모습)."""


def _caption_pair(lines: list[str], at: int) -> bool:
    """Whether the sentence at `at`, said again on the next line, is a photo's alt text and
    caption: one reading like a caption (…을 하고 있다.), or any short sentence said twice in a
    row character for character, as a copy prints a photo's one caption field twice (… 한 자리에
    모였다.). A lead a page repeats from its summary differs in some character (‘’ for ``), and
    a sentence said twice right after a caption pair is the lead: both are kept once, as is a
    pair another pair follows (a story printed paragraph by paragraph twice)."""
    line = lines[at]
    if CAPTION_SENTENCE.search(line):
        return True
    return (
        len(line) <= CAPTION_MAX
        and lines[at + 1] == line
        and not _paired(lines, at - 2)
        and not _paired(lines, at + 2)
    )


def _paired(lines: list[str], at: int) -> bool:
    """Whether the line at `at` is said again on the next line."""
    return 0 <= at < len(lines) - 1 and fingerprint(lines[at]) == fingerprint(lines[at + 1])


def _repeated_again(lines: list[str], at: int) -> bool:
    """Whether the sentence at `at` (and on the next line) comes a third time, above or further
    down: a lead printed thrice (alt text, caption, body) keeps its body copy."""
    key = fingerprint(lines[at])
    before = lines[max(0, at - REPEAT_REACH) : at]
    return any(
        fingerprint(line) == key for line in [*before, *lines[at + 2 : at + 2 + REPEAT_REACH]]
    )


DOUBLED_MAX = 120
"""A photo's alt text and caption are short; a paragraph said twice is a summary box's."""


def doubled_lines(lines: list[str]) -> set[int]:
    """Both copies of a short line that is not a sentence, said twice in a row once the story
    has begun: a photo's alt text and its caption (▲ 축사를 하고 있는 해오름군의회 의장), or a
    widget's placeholder (배너). A headline said twice stands above the story."""
    found: set[int] = set()
    begun = False
    for i, line in enumerate(lines[:-1]):
        prose = looks_like_prose(line)
        if begun and not prose and len(line) <= DOUBLED_MAX and lines[i + 1] == line:
            found.update((i, i + 1))
        begun = begun or prose
    return found


_CREDIT_END = re.compile(r"\s*[(\[][^()\[\]]{0,12}(?:사진|제공|출처)[^()\[\]]{0,30}[)\]]\.?$")


def photo_story(lines: list[str]) -> list[str]:
    """The story of a page that is a photo and its caption (a photo story: 해오름구는 … 열었다.
    사진은 … 모습.(사진제공=해오름구)), when nothing else on the page reads as a story: the
    captions that hold a finished sentence before more words, their credit cut off."""
    return [
        _CREDIT_END.sub("", line)
        for line in lines
        if is_caption(line) and INNER_SENTENCE.search(line)
    ]


_LIST_MARK = tuple("▲△▶▷-–·•○◦□■◆◇※")
_ITEM_MARK = (*_LIST_MARK, "*", "ㅇ ", "❍")
"""A line opening with an item's mark starts an item; it never goes on with the line above."""
_ONE_SENTENCE = re.compile(r"[▲△]\s*[^▲△]{8,150}?[가-힣]다\.[”\"’']?")


def marked_captions(lines: list[str]) -> set[int]:
    """A ▲ line that is one sentence standing alone between paragraphs (▲ 해오름군이 …을
    수상했다.), perhaps with its credit after a slash (… 있다. /해오름일보 DB): the caption some
    news CMSs print under a photo; items of a ▲ list come in runs."""
    found = set()
    for i, whole in enumerate(lines):
        line = CREDIT_TAIL.sub("", whole) if whole.startswith(("▲", "△")) else whole
        if not _ONE_SENTENCE.fullmatch(line) or "다. " in line:
            continue
        before = lines[i - 1] if i else ""
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if not before.startswith(_LIST_MARK) and not after.startswith(_LIST_MARK):
            found.add(i)
    return found


_WRAPPED = re.compile(r"[가-힣a-zA-Z0-9%)’”』」,·]$")
_FINISHED = re.compile(r"[.!?。:]\W{0,3}$|(?<!보)다$|요$")
"""A line that ends a sentence, with or without its period; never at the particle 보다."""
_SCRIPT_END = re.compile(r"(?<=[.!?다요])\s*(?:\\?/){3,}$")


def without_script_end(line: str) -> str:
    """A line without the marks a broadcast script ends on (…밝혔습니다.///, as some copies
    escape them, …했습니다.\\/\\/\\/): they close the script, and left on its last sentence they
    keep it from reading as one."""
    return _SCRIPT_END.sub("", line)


WRAP_MIN, WRAP_MAX = 10, 40
"""A broken line's length; the piece that ends a sentence may be shorter."""
LONG_PIECE = 60
"""A script broken at an uneven width: a piece inside a sentence may be this long."""


def wrapped_groups(lines: list[str], opens: list[bool] | None = None) -> list[range]:
    """The lines grouped into paragraphs: one line each, except sentences broken over short
    lines of about one width (a narrow column, a broadcast script, a PDF), which join back: a
    block of at least four such lines in a row, none of them chrome, in which lines end
    mid-sentence and sentences end at some lines. Lines set apart by blank lines (`opens`) join
    only when they break the way sentences do (`_Wrapped.reads_as_wrapped`)."""
    groups: list[range] = []
    wrapped = _Wrapped(lines)
    apart = opens or [False] * len(lines)
    reach = 0  # where the last run of pieces stopped: a run starting inside it stops there too
    i = 0
    while i < len(lines):
        end = i
        if i < reach and _wrap_piece(lines[i]):
            end = reach  # read once, not again from each of its lines (quadratic in a long run)
        while (
            end < len(lines)
            and not (end > i and lines[end].startswith(_ITEM_MARK))
            and (
                _wrap_piece(lines[end])
                or (end > i and _last_piece(lines[end], lines[end - 1]))
                or (end > i and _long_piece(lines[end], lines[end - 1]))
                or (end > i and _short_piece(lines[end], lines[end - 1]))
            )
        ):
            end += 1
        reach = max(reach, end)
        if end - i >= 4 and wrapped.reads_as_wrapped(i, end, any(apart[i + 1 : end])):
            if end - i > 4 and headline_shaped(lines[i]):
                groups.append(range(i, i + 1))  # the script's headline above its first sentence
                i += 1
            elif (
                groups
                and groups[-1] == range(i - 1, i)
                and _opening_piece(lines[i - 1])
                and not apart[i]
            ):
                i = groups.pop().start  # the sentence's first piece, printed long, no blank between
            groups.extend(_sentences(lines, i, end))
            i = end
        else:
            groups.append(range(i, i + 1))
            i += 1
    return groups


_HEADLINE_SHAPE = re.compile(r"[^,…]{2,20}(?:,|…)\s.*[가-힣A-Za-z0-9]")
"""A headline's shape (해오름군, 돌봄 일자리 두 배로): a subject set off by a comma or an
ellipsis, and no particle, comma or sentence ending where it stops."""


def headline_shaped(line: str) -> bool:
    return bool(_HEADLINE_SHAPE.fullmatch(line)) and not _MID_SENTENCE.search(line)


def ends_mid_sentence(line: str) -> bool:
    """Whether a line stops after a particle or a comma, as a clause does and a headline never."""
    return bool(_MID_SENTENCE.search(line))


def _wrap_piece(line: str, longest: int = WRAP_MAX, shortest: int = WRAP_MIN) -> bool:
    return (
        shortest <= len(line) <= longest
        and " " in line
        and bool(HANGUL.search(line))
        and not (is_chrome(line) or is_date_line(line) or is_reporter_line(line))
        and not is_end_marker(line)
        and stamp_date(line) is None
    )


def _long_piece(line: str, before: str) -> bool:
    """A longer piece inside a sentence broken at an uneven width (a broadcast script: … 신청을
    받아 학자금 대출 이자를 한국장학재단에 / 상환하는 방식으로 지원합니다.): this one breaks off
    mid-sentence, and the line before ended a sentence or broke off after a particle or a comma
    (not a headline's noun or a byline row's time)."""
    cut = not _FINISHED.search(line) and bool(_WRAPPED.search(line))
    after_words = bool(_MID_SENTENCE.search(before) or _FINISHED.search(before))
    return cut and after_words and _wrap_piece(line, LONG_PIECE)


_MID_SENTENCE = re.compile(r"(?:[을를에의고며서는은이가로와과도면여])$|[가-힣],$")
"""How a line broken inside a sentence ends: a particle or a clause's ending, or a comma."""


def _last_piece(line: str, before: str) -> bool:
    """A short line ending the sentence the line before broke off (… 300개를 / 새로 만듭니다.)."""
    short = 4 <= len(line) < WRAP_MIN
    return short and bool(_FINISHED.search(line)) and not _FINISHED.search(before)


_CONNECTIVE_END = re.compile(r"[가-힣][아어나게지]$")
"""A verb broken off before the clause goes on (늘어, 늘어나, 띄게): never a menu item's noun."""


def _short_piece(line: str, before: str) -> bool:
    """A short piece inside a sentence the line before broke off too (… 외국인 관광객이 / 눈에
    띄게 늘어나 / …): words that stop at a particle or a verb that goes on, as a script broken at
    an uneven width has them; a menu's short items end in nouns (회장 인사말)."""
    short = 4 <= len(line) < WRAP_MIN and (" " in line or _cut_at_particle(before))
    cut = bool(_MID_SENTENCE.search(line) or _CONNECTIVE_END.search(line))
    return short and cut and not _FINISHED.search(before) and not is_chrome(line)


def _cut_at_particle(line: str) -> bool:
    """A line broken off right after a particle or a comma (… 정부와 제주도는): the one-word piece
    after it (2030년까지) goes on with the sentence, as no menu item follows such a line."""
    return bool(_MID_SENTENCE.search(line)) and " " in line


_HANGUL_END = re.compile(r"[가-힣]$")


def _opening_piece(line: str) -> bool:
    """A long first piece of a sentence that broken lines go on with (진도군이 … 관광객이 찾아 /
    6만여 명이 늘어난 것으로 / 집계됐습니다.): words that stop mid-sentence, not an item,
    chrome, a date or a byline row."""
    cut = not _FINISHED.search(line) and bool(_HANGUL_END.search(line))
    return cut and not line.startswith(_ITEM_MARK) and _wrap_piece(line, 2 * LONG_PIECE, 4)


class _Wrapped:
    """Which lines end a sentence and which break off inside one, counted once for the page, so
    that any block of lines is judged in constant time."""

    def __init__(self, lines: list[str]) -> None:
        self.ends = [bool(_FINISHED.search(line)) for line in lines]
        pairs = zip(self.ends, lines, strict=True)
        cut = (not end and bool(_WRAPPED.search(line)) for end, line in pairs)
        inside = (
            bool(_MID_SENTENCE.search(line) or _CONNECTIVE_END.search(line)) for line in lines
        )
        self.finished = list(accumulate(self.ends, initial=0))
        self.cut = list(accumulate(cut, initial=0))
        self.inside = list(accumulate(inside, initial=0))

    def reads_as_wrapped(self, start: int, end: int, apart: bool = False) -> bool:
        """Lines `start` to `end` read as sentences broken over lines: at least one sentence
        ends, at least half the lines break off mid-sentence, and the last line ends one. Lines
        set `apart` by blank lines break, at least half of those that end no sentence, after a
        particle, a comma or a verb's connective (… 농업인에게 / … 주기로 하고), as a script
        printed double-spaced does; other stories' headlines cut at a column's width, or decks,
        stop on nouns (… 인력난 심화...지역 맞, … 순회 간담회)."""
        finished = self.finished[end] - self.finished[start]
        cut = self.cut[end] - self.cut[start]
        inside = self.inside[end] - self.inside[start]
        if apart and 2 * inside < end - start - finished:
            return False
        return finished >= 1 and cut >= (end - start) // 2 and self.ends[end - 1]


def _sentences(lines: list[str], start: int, end: int) -> list[range]:
    groups, first = [], start
    for i in range(start, end):
        if _FINISHED.search(lines[i]):
            groups.append(range(first, i + 1))
            first = i + 1
    return groups + ([range(first, end)] if first < end else [])


_WORDS = re.compile(r"[가-힣0-9]\S*\s+[가-힣0-9“\"‘'(]")
"""A sentence's start: a word, a space, another word."""


def cut_short(lines: list[str], end: int, at: int | None = None) -> bool:
    """Whether the line right after a body that ends at `end` (or at `at`, past the captions
    there) is its last paragraph, cut where the copy stopped: the page ends there (or only chrome
    follows), the body's last line is a sentence, and the line starts one (words, no headline
    marks) without finishing it."""
    at = end if at is None else at
    if not 0 < end <= at < len(lines) or not looks_like_prose(lines[end - 1]):
        return False
    line = lines[at]
    rest = lines[at + 1 :]
    if not all(is_chrome(after) or is_end_marker(after) for after in rest[:3]):
        return False
    if rest and len(line) < 20:
        return False  # a short line with more after it is a widget's, not the copy's last
    return (
        bool(_WORDS.match(line))
        and "@" not in line
        and " / " not in line
        and not _FINISHED.search(line)
        and not (is_chrome(line) or is_date_line(line) or is_reporter_line(line))
        and not is_end_marker(line)
        and "…" not in line
    )
