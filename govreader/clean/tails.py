"""The page's chrome glued after a story's last sentence, cut off.

A copy that lost a line break joins the row under a story to its last sentence: the outlet's tag
(… 말했다. <해오름닷컴>), a bracketed byline ([해오름일보 홍길동 기자], <홍길동 기자>), a photo's
credit (사진=해오름군 제공, [사진=해오름군]), a copyright mark (ⓒ 해오름일보), the end mark
(끝), a link to the reporter's other stories. Judged whole, such a line is chrome and the
sentence goes with it (a short one), or the chrome stays in the body (a long one). Cut at the
sentence's end, the sentence is the story's and the tail the page's; a tail with a phone number
is whom to call, which stories end with, and stays.
"""

from __future__ import annotations

import re

from govreader.clean.boilerplate import SIDEBAR_HEAD, is_chrome, is_end_marker
from govreader.clean.bylines import byline_alone
from govreader.clean.captions import is_caption
from govreader.clean.reporters import signer_in

TAIL = 100
"""A glued row is shorter than this; a longer run after a sentence is more of the story."""
_SENTENCE_END = re.compile(r"[가-힣][다요]\.[”\"’'」』)\]]*(?=\s*\S)")
_ENDS = re.compile(r"[가-힣][다요][.!?]")
_WORD = re.compile(r"[^\W\d_]")
_TAG = re.compile(
    r"<[^<>]{1,24}>|\[[^\[\]]{1,30}(?:기자|특파원)\s*\]|\([^()]{1,24}=[^()]{1,12}(?:기자|특파원)\)"
    r"|[-–—]\s*[^-–—]{1,30}(?:기자|특파원)\s*[-–—]"
)
"""A tag closing a story: the outlet's or the reporter's name in brackets or between dashes."""
_STORY_CLOSE = re.compile(
    r"(?:(?:말|밝|전|강조|덧붙|당부|설명|주문)(?:했|혔|였)|(?:계획|예정|방침|전망)이)다\.[”\"’')\]]*$"
)
"""How a story's sentence closes and a caption's never does: what someone said, what is planned."""
_MARK = re.compile(r"[^\w\s]")
_CONTACT = re.compile(r"\d{2,4}[-.)]\s?\d{3,4}-\d{4}|문의|연락처|담당|전화|☎")
"""Whom to call, which a story ends with (… 접수한다. 문의 : 복지과): the story's, not chrome."""


def chrome_tail(line: str) -> tuple[str, str | None]:
    """`line` without the chrome glued after its last sentence, and the reporter the tail names
    (a byline's), if any; `line` itself when nothing is glued."""
    last = next(reversed([*_SENTENCE_END.finditer(line, max(0, len(line) - TAIL - 4))]), None)
    if last is None:
        return line, None
    tail = line[last.end() :].strip()
    if len(tail) >= TAIL or _ENDS.search(tail) or not _WORD.search(tail) or _CONTACT.search(tail):
        return line, None  # more of the story, a date or a mark, or whom to call
    if " " not in tail and not _MARK.search(tail):
        return line, None  # one plain word: perhaps a wrapped sentence's next
    if is_caption(line) and not _STORY_CLOSE.search(line, 0, last.end()):
        return line, None  # a photo's caption (…하고 있다. 해오름군 제공), credit and all
    name = byline_alone(tail)
    if name or _TAG.fullmatch(tail) or is_chrome(tail) or is_end_marker(tail):
        return line[: last.end()], name or signer_in(tail)
    return line, None


_WIDGET_HEAD = re.compile(SIDEBAR_HEAD + r"\s+(?=\S)")


def widget_line(line: str) -> bool:
    """A sidebar's header with its headlines glued after it on one line (주요기사 headline
    headline …), as a copy that lost its line breaks prints a 주요기사 or 많이 본 뉴스 box: what
    follows the story, as the header alone is (`boilerplate.is_end_marker`)."""
    return bool(_WIDGET_HEAD.match(line)) and not _ENDS.search(line)
