"""Raw markup trimmed before it is parsed: most of a saved page's nodes are never read.

Building nodes is most of the time Beautiful Soup spends, and scripts, style sheets, inline SVG,
`<noscript>` fallbacks, comments, form controls, frames, images and `<link>` tags are nodes the
cleaner skips anyway. They are cut out of the string first; the scripts it does read (JSON-LD,
and long scripts that may carry an app's article as a JSON string) are kept aside as strings.
Attribute blobs (serialised widget settings in `data-*`, inline `style`, `srcset`) go as well,
and so does white space between tags at a block's edge (indentation: a node each, never read).

One forward pass of `re` searches, each closing tag searched for once: a script, style sheet or
comment left open ends the trimming there (the rest is parsed as it stands, as a browser would);
an SVG, select or button left open keeps its tag and the trimming goes on after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ELEMENTS = ("script", "style", "svg", "noscript", "select", "button", "textarea", "iframe")
_OPEN = re.compile(rf"<({'|'.join(_ELEMENTS)})\b([^<>]*)>|<!--", re.IGNORECASE)
_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _ELEMENTS}
_CONTAINERS = frozenset({"svg", "select", "button"})
"""Elements whose content is markup: one left open does not swallow the rest of the page."""
_AGAIN = {name: re.compile(rf"<{name}\b", re.IGNORECASE) for name in _CONTAINERS}
_VOID = re.compile(r"<(?:img|input|link)\b[^<>]*>", re.IGNORECASE)
_COMMENT_END = re.compile(r"-->")
_JSON_LD = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.IGNORECASE)
_APP_DATA = re.compile(r"""type\s*=\s*["']?application/json|__NEXT_DATA__""", re.IGNORECASE)
"""A script of data, however short (an app's state: the article it draws on load)."""
_BLOB = re.compile(
    r"""\s(?:data-(?![\w-]*(?:date|time))[\w-]+|style|srcset|sizes|on[a-z]+)\s*=\s*"""
    r"""(?:"[^"<>]{80,}"|'[^'<>]{80,}')""",
    re.IGNORECASE,
)
_BLOCK = (
    r"(?:div|p|li|ul|ol|dl|dt|dd|tr|td|th|table|tbody|thead|tfoot|section|article|header|footer"
    r"|nav|aside|main|form|fieldset|h[1-6]|br|hr|meta|head|body|html|title)"
)
_BLOCK_TAG = re.compile(rf"<{_BLOCK}\b[^<>]*>|</{_BLOCK}\s*>", re.IGNORECASE)
_NEXT_BLOCK = re.compile(rf"</?{_BLOCK}\b", re.IGNORECASE)
_BETWEEN_TAGS = re.compile(r"(?<=>)\s++(?=<)")
"""White space between two tags: dropped when one of them is a block's (blocks are lines, their
edges are trimmed), since it would be a node each. Found as a gap first and its tags checked
after: matching every tag against the block names cost seconds on pages of millions of tags."""
HUGE_VALUE = 100_000
"""Characters past which a quoted attribute value is emptied in markup over `PARSE_LIMIT`: an
inline file or a serialised app state of megabytes is never read, and left in, it pushed the
article past the limit (a 20 MB `<meta content>` left a page with no text). A value holding `<`
is kept: 100,000 characters of page text between two quotes would hold a tag."""
_HUGE = re.compile(rf"""=\s*(?:"[^"<]{{{HUGE_VALUE},}}"|'[^'<]{{{HUGE_VALUE},}}')""")
_HUGE_TAG = re.compile(rf"<([A-Za-z][\w:-]*+)[^<>]{{{HUGE_VALUE},}}+>")
"""A tag whose attributes run past `HUGE_VALUE` characters (a million `data-x=1`): kept as its
bare name, else the cut at `PARSE_LIMIT` fell inside it and the article after it was lost."""
PARSE_LIMIT = 2_000_000
"""Characters of trimmed markup read as a tree at most (13 times the largest page seen)."""
LONG_SCRIPT = 400
"""A script at least this long may carry an article as a JSON string (apps that render on load)."""


@dataclass
class Trimmed:
    """The markup left to parse, and the script bodies kept aside."""

    markup: str
    json_ld: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)


def trim(markup: str) -> Trimmed:
    """`markup` without scripts, styles, SVG, `<noscript>`, comments and attribute blobs."""
    out = Trimmed("")
    pieces: list[str] = []
    closers: dict[str, re.Match[str] | None] = {}
    position = 0
    while True:
        match = _OPEN.search(markup, position)
        if match is None:
            pieces.append(markup[position:])
            break
        name = (match.group(1) or "").lower()
        end = closers.get(name)
        if name not in closers or (end is not None and end.start() < match.end()):
            end = (_CLOSE[name] if name else _COMMENT_END).search(markup, match.end())
            closers[name] = end  # none now means none later: each tag searched for once
        if (
            name in _CONTAINERS
            and end is not None
            and _AGAIN[name].search(markup, match.end(), end.start())
        ):
            end = None  # another one opens first: this one was left open
        if end is None and name in _CONTAINERS:  # left open: only its tag is parsed as it is
            pieces.append(markup[position : match.end()])
            position = match.end()
            continue
        if end is None:  # raw text left open: the rest is parsed as it stands
            pieces.append(markup[position:])
            break
        pieces.append(markup[position : match.start()])
        if name == "script":
            body = markup[match.end() : end.start()]
            if _JSON_LD.search(match.group(2) or ""):
                out.json_ld.append(body)
            elif len(body) > LONG_SCRIPT or _APP_DATA.search(match.group(2) or ""):
                out.scripts.append(body)
        position = end.end()
    out.markup = _BETWEEN_TAGS.sub(_gap, _BLOB.sub("", _VOID.sub("", "".join(pieces))))
    return out


def _gap(match: re.Match[str]) -> str:
    markup, start, end = match.string, match.start(), match.end()
    before = markup.rfind("<", 0, start)
    if before >= 0 and _BLOCK_TAG.fullmatch(markup, before, start):
        return ""
    return "" if _NEXT_BLOCK.match(markup, end) else match.group()


def within_limit(markup: str, limit: int = PARSE_LIMIT) -> str:
    """The head of `markup` that a tree is built from, cut before a tag. Trimmed, a saved article
    is 10-150 KB of markup; a page of millions of elements (50 MB of unclosed `<div><span>`) took
    minutes and 4 GB as a tree, and its article, if any, is near the top. Huge attribute values
    (`HUGE_VALUE`) are emptied first, then tags of huge attribute lists bared: they are never
    read, and the article may come after them."""
    if len(markup) <= limit:
        return markup
    markup = _HUGE.sub('=""', markup)
    if len(markup) <= limit:
        return markup
    markup = _HUGE_TAG.sub(r"<\1>", markup)
    if len(markup) <= limit:
        return markup
    cut = markup.rfind("<", limit // 2, limit)
    return markup[: cut if cut > 0 else limit]
