"""Markup left in a text page undone before its lines are read: the one place that decides it.

A copy taken from a CMS, a feed's body or a page's source keeps some of its markup: a line that is
only a tag (a wire service's photo element `<PHOTO id='…'/>`, an `<iframe …></iframe>`, an
`<!-- … -->` comment), a script broken into lines by `<br />` rather than by line ends, and
entities (`&nbsp;`, `&quot;`). Read as words, a tag line of sixty characters that ends no
sentence looked like a listing's teaser cut short, so the byline'd lead under it read as the next
story and the whole body was lost; a `<br />` kept two paragraphs on one line.

So, before the cleaner splits a text page into lines: a tag is no text (an element of code,
`<script>` or `<iframe>` with what it holds, goes whole), a `<br>` or a block's tag (`<p>`,
`</div>`) is a line break, and an entity is the character it names. The result is plain text
again (nothing here becomes markup to anything that shows it): an escaped tag (`&lt;b&gt;`) is
decoded after the tags are gone, so it stays the characters a reader saw. Only what reads as
markup is a tag: an ASCII element name, and either a name HTML knows, a closing tag, a
self-closing one or attributes with values; `<저작권자 ⓒ …>` or `<KBS 뉴스>` are words.

Tables drawn as text are undone line by line (`unboxed`): a terminal browser's box characters
and a Markdown copy's pipes become spaces and its images go, so the cells read as text.

The cleaner's offsets (a fact's span) are into the article text it builds from these lines, so
they hold as they did.
"""

from __future__ import annotations

import html
import re

from govreader.clean.captions import CAPTION_LIMIT

_CANDIDATE = re.compile(r"<[^<>\n]{1,4000}>")
"""Anything in angle brackets on one line: each try stops at the next `<`, so a line of
unclosed brackets is read once."""
_ATTRIBUTE = r"""[A-Za-z_:@][\w:.@-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?"""
_TAG = re.compile(
    rf"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attributes>(?:\s+{_ATTRIBUTE})*)\s*"
    r"(?P<self>/)?>"
)
_BREAKS = re.compile(
    r"br|p|div|li|[uod]l|d[td]|t[rdh]|table|t(?:body|head|foot)|h[1-6]|blockquote|section"
    r"|article|header|footer|aside|figure|figcaption|hr|pre|center"
)
"""Tags that end a line where they stand: a break, or a block's edge."""
_CODE = re.compile(r"script|style|iframe|noscript|object|svg|video|audio")
"""Elements whose content is not text: dropped with what they hold when closed on the line."""
_VOID = re.compile(r"img|embed|input|source|param|wbr")
"""Elements that hold nothing and stand between words: a space."""
_INLINE = re.compile(
    r"a|b|i|u|s|em|strong|span|font|small|big|sup|sub|mark|nobr|label|html|head|body|meta|link"
    r"|title"
)
"""Elements around words (`<b>해오름</b>군`): nothing, so the words stay as they were written."""
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = {"\xa0", "\u2002", "\u2003", "\u2009"}
"""Entities that name a kind of space (`&nbsp;`, `&ensp;`, `&thinsp;`): a plain one."""


HEADLINE_MAX = 80
"""A line this short that holds no sentence is a headline or a deck: its `<br>` is where the
site set the headline's second line, and it reads as a space (as the HTML cleaner reads one)."""
_SENTENCE_END = re.compile(r"(?:[다요][.!?]?|[.!?…])[\s”\"’')\]]*$")
_ROW_START = re.compile(r"\s*(?:[-ㅇ○◦□■◇◆▲△▶▷※❍●·∙*]|\d{1,2}[.)]|[가-하]\.|[^\s:]{1,10}\s?:)")
"""How a row of a list or a notice begins (- 항목, 1. 항목, 대상: …): a break before one stays."""


def unmarked(text: str) -> str:
    """`text` with its markup undone: tags dropped or made line breaks, entities decoded."""
    if "<" in text:
        text = "\n".join(map(_untagged, text.split("\n")))
    return _ENTITY.sub(_decoded, text) if "&" in text else text


def _untagged(line: str) -> str:
    """One line without its tags, each read by what it is (`_BREAKS` a line break, but a
    headline's one `<br>` a space; `_CODE` gone with what it holds; `_INLINE` nothing; any other
    a space). A line at a time: an element of code left open takes the rest of its line only,
    never the lines after it."""
    if "<" not in line:
        return line
    if "<!--" in line:
        line = _without_comments(line)
    pieces: list[str] = []
    at = 0
    skip_to: str | None = None  # the closing tag of an element of code being dropped
    for candidate in _CANDIDATE.finditer(line):
        tag = _TAG.fullmatch(candidate.group())
        if tag is None or not _markup(tag):
            continue
        name = tag["name"].lower()
        if skip_to is not None:
            if tag["close"] and name == skip_to:
                at, skip_to = candidate.end(), None
            continue
        pieces.append(line[at : candidate.start()])
        at = candidate.end()
        if name == "br" and _headline_break(line, candidate.start(), candidate.end()):
            pieces.append(" ")
        elif _BREAKS.fullmatch(name):
            pieces.append("\n")
        elif _CODE.fullmatch(name) and not tag["close"] and not tag["self"]:
            skip_to = name
            pieces.append(" ")
        else:
            pieces.append("" if _INLINE.fullmatch(name) else " ")  # a void or unknown element
    if skip_to is not None:
        return "".join(pieces)  # an element of code left open: the rest of the line is its
    pieces.append(line[at:])
    return "".join(pieces)


def _headline_break(line: str, start: int, end: int) -> bool:
    """Whether the `<br>` at `start:end` parts the two lines of a headline: one break in a short
    line, after no sentence's end, before no list row's mark."""
    if len(line) > HEADLINE_MAX * 2 or line.lower().count("<br") > 1:
        return False
    if len(_CANDIDATE.sub("", line)) > HEADLINE_MAX:
        return False
    before, after = line[:start].strip(), line[end:].strip()
    if not before or not after:
        return False
    return not _SENTENCE_END.search(before) and not _ROW_START.match(after)


def _without_comments(line: str) -> str:
    """`line` without its closed comments; one left open stays as it is (words, perhaps)."""
    pieces: list[str] = []
    at = 0
    while (start := line.find("<!--", at)) >= 0 and (end := line.find("-->", start + 4)) >= 0:
        pieces.extend((line[at:start], " "))
        at = end + 3
    pieces.append(line[at:])
    return "".join(pieces)


def _markup(tag: re.Match[str]) -> bool:
    """Whether a tag-shaped bracket is markup rather than words in brackets."""
    name = tag["name"].lower()
    if tag["close"] or any(known.fullmatch(name) for known in (_BREAKS, _CODE, _VOID, _INLINE)):
        return True
    return bool(tag["self"]) or "=" in tag["attributes"]


def _decoded(entity: re.Match[str]) -> str:
    """The character an entity names; a space for any kind of space (`_SPACES`), as the
    cleaner reads a no-break space between words as a plain one."""
    character = html.unescape(entity.group())
    return " " if character in _SPACES else character


_BOX_RULE = re.compile(r"[\s─━┄┈═┌┐└┘├┤┬┴┼╋┏┓┗┛┣┫┳┻╔╗╚╝╠╣╦╩╬]+")
_BOX_WALLS = str.maketrans(dict.fromkeys("│┃║┆┊", " "))
_PIPE_ROW = re.compile(r"\s*\|.*|.*\|\s*")
_PIPE_RULE = re.compile(r"[\s|:-]+")
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")


def unboxed(text: str) -> list[str]:
    """Lines of a page whose tables a terminal browser drew with box characters
    (`│ 제목 │ headline │`) or a copy wrote as Markdown (`| 작성일 | 2024-03-14 |`, `![](…)`):
    rules and images dropped, walls made spaces, so the cells read as text. The cell right
    under a picture (`![](…) |` over `| 홍길동 군수가 … 살피고 있다. |`) is its caption and is
    dropped with it."""
    boxed = any(wall in text for wall in "│┃║")
    piped = "|" in text
    if not boxed and not piped and "![" not in text:
        return text.split("\n")
    lines = []
    pictured = False  # the line before held a picture and nothing else (in a cell or not)
    for line in text.split("\n"):
        shown = _MARKDOWN_IMAGE.sub("", line) if "![" in line else line
        if boxed:
            shown = "" if _BOX_RULE.fullmatch(shown) else shown.translate(_BOX_WALLS)
        if piped and _PIPE_ROW.fullmatch(shown):
            if pictured and len(shown.strip(" |")) <= CAPTION_LIMIT:
                shown = ""  # the picture's caption, in the table cell under it
            shown = "" if _PIPE_RULE.fullmatch(shown) else shown.replace("|", " ")
        pictured = "![" in line and not shown.strip()
        lines.append(shown)
    return lines
