"""A page's notices to its reader, told apart from its story by register.

Korean news is written in the plain style (…했다., …이다.); a site talks to its reader in the
polite one (로그인 후 이용해 주세요., …삭제될 수 있습니다., …이용하실 수 있습니다.). On a page
whose story is plain, a polite line with no one quoted in it stands outside the story's
sentences: a comment box's rules, a paywall's or a player's notice, the outlet's greeting. A
broadcast script, a letter or a polite release is polite throughout, and keeps its lines.
"""

from __future__ import annotations

import re

_POLITE_END = re.compile(
    r"(?:니다|세요|시오|까요|니까|어요|아요|에요|예요|해요|지요)[.!?]?[\s)\]]*$"
)
_PLAIN_END = re.compile(r"(?<![니까])다[.!]?[\s”\"’')\]]*$")
_SPEECH = re.compile(r"[“”\"]")
LONG = 60
"""A line this long with a sentence's end in it is the story's prose, or a notice of that size:
the page's register is read from such lines only (a notice's rules are shorter)."""
SHORTEST = 10
PLAIN_SHARE = 2
"""A story is plain when its long plain lines outnumber its long polite ones more than twice (a
broadcast report's plain lines between an anchor's polite ones do not)."""


def _polite(line: str) -> bool:
    return len(line) >= SHORTEST and bool(_POLITE_END.search(line))


def _plain(line: str) -> bool:
    return len(line) >= SHORTEST and bool(_PLAIN_END.search(line)) and not _polite(line)


def _long_prose(lines: list[str]) -> tuple[int, int]:
    """How many long lines of prose end plainly, and how many politely: the page's register."""
    long = [line for line in lines if len(line) >= LONG]
    return sum(map(_plain, long)), sum(map(_polite, long))


def reader_notices(lines: list[str]) -> set[int]:
    """Polite lines, none quoting anyone, on a page whose long lines of prose are plain."""
    plain, polite = _long_prose(lines)
    if plain <= PLAIN_SHARE * polite:
        return set()
    return {i for i, line in enumerate(lines) if _polite(line) and not _SPEECH.search(line)}


SHORT_POLITE = 8
"""A polite sentence this long on a polite page is the story's (새해가 밝았습니다.)."""


def polite_sentences(lines: list[str]) -> set[int]:
    """Short polite sentences on a page told politely (a broadcast script, a letter, a speech):
    its long prose lines are polite, more than twice as many as plain ones, so its short polite
    lines (새해가 밝았습니다.) are the story's too, as short plain ones are a plain story's."""
    plain, polite = _long_prose(lines)
    if polite <= PLAIN_SHARE * plain:
        return set()
    return {
        i
        for i, line in enumerate(lines)
        if SHORT_POLITE <= len(line) < LONG and _polite(line) and " " in line
    }


_RULES_NOTICE = re.compile(
    r"(?:아래|다음|하기).{0,40}(?:게시물|게시글|댓글|게시판).{0,60}(?:삭제|제한|차단|금지|제재|블라인드)"
    r"|(?:아래|다음|하기).{0,40}경우.{0,60}(?:삭제|블라인드)"
)
"""A notice announcing what posts the site takes down: never a program's notice of who may not
apply (다음의 경우 지원이 제한됩니다.), whose items are the story's."""
_RULE_ITEM_END = re.compile(r"(?:경우|게시물|게시글|글|내용|댓글|행위|광고|표현)\W{0,3}$")
RULE_ITEM = 100
"""A rule's item is a kind of post, named in a line shorter than this."""
_RUNS_ON = re.compile(r"[,，]\s*$")


def rules_lists(lines: list[str]) -> set[int]:
    """A board's or comment box's rules of what it takes down: the notice announcing them
    (아래와 같은 게시물은 삭제될 수 있습니다., 다음의 경우 통보없이 삭제합니다.), told politely
    or as a label, with the start of its sentence on the line above; the kinds of post under it,
    one an item (…비방하는 경우, …광고성 게시물, 음란성 댓글), which read like an outline's items
    and so like a story's; and the polite notes right after them (…답변의 의무가 없습니다.)."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if i in found or not _RULES_NOTICE.search(line) or _plain(line):
            continue
        items = i + 1
        while items < len(lines) and _rule_item(lines[items]):
            items += 1
        if items == i + 1:
            continue  # a notice with no list under it: the register reads it, if anything
        end = items
        while end < len(lines) and _polite(lines[end]) and not _SPEECH.search(lines[end]):
            end += 1
        start = i - 1 if i and _RUNS_ON.search(lines[i - 1]) else i
        found.update(range(start, end))
    return found


def _rule_item(line: str) -> bool:
    return len(line) < RULE_ITEM and not _plain(line) and bool(_RULE_ITEM_END.search(line))
