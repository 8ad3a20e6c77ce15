"""Articles that a page carries in a script's JSON, for pages whose DOM does not show them.

Script-built news sites ship the story as data and draw it in the browser: Arc XP's
`Fusion.globalContent` (`content_elements` of type `text`), Next.js's `__NEXT_DATA__`, other
apps' state objects (blocks or paragraphs with their text, or one long `body`), and JSON-LD's
`articleBody`. A saved copy of such a page may hold only the data, or the data and another
story's teaser in the DOM. The article here is the node of the decoded JSON whose text reads
most like a story, with the headline, date and author stored beside it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from govreader.clean.boilerplate import squash
from govreader.clean.html_reporter import MAX_AUTHORS

TEXT_TYPES = frozenset({"text", "paragraph", "p", "header", "heading", "subheadline", "quote"})
"""Element types that hold article text in a list of content blocks."""
BLOCK_LISTS = ("content_elements", "contentElements", "elements", "blocks", "paragraphs", "body")
BLOCK_TEXT = ("content", "text", "html", "value")
BODY_KEYS = ("articleBody", "body", "content", "text", "html", "contents", "story")
HEADLINE_KEYS = ("headline", "headlines", "title")
DATE_KEYS = (
    *("datePublished", "first_publish_date", "display_date", "publish_date", "published_at"),
    *("publishedAt", "pubDate", "created_date", "createdAt"),
)
AUTHOR_KEYS = (
    *("credits", "author", "authors", "byline", "writer", "writers", "reporter", "reporters"),
    *("journalists", "writerName", "reporterName"),
)
_ASSIGNED = re.compile(r"[\w$\]\"'.]\s*=\s*(?=[{\[])")
"""Where a script assigns an object or an array (`Fusion.globalContent={`, `window.__S__ = {`)."""
_TELLTALE = re.compile(r"content_?[eE]lements|articleBody|\"(?:body|blocks|paragraphs)\"\s*:")
_TAG = re.compile(r"<[^<>]{0,400}>")
_BREAK = re.compile(r"<\s*(?:br|/p|/div|/h\d|/li)\b[^<>]{0,40}>", re.IGNORECASE)
_SENTENCE = re.compile(r"[가-힣][다요][.\"”]|[a-z][.!?](?:\s|$)")
MAX_NODES = 200_000
"""Nodes of decoded JSON looked at per page: app states can be large; stories sit near the top."""
MAX_ASSIGNMENTS = 12
MIN_SHOWN = 80
"""Fewer characters of text than this are not a story (a teaser, a "loading" notice)."""


@dataclass
class Embedded:
    """A story found in a script's data."""

    paragraphs: list[str] = field(default_factory=list)
    headline: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)

    @property
    def sentences(self) -> int:
        return sum(len(_SENTENCE.findall(p)) for p in self.paragraphs)


def embedded_article(scripts: list[str], json_ld: Sequence[str] = ()) -> Embedded | None:
    """The story that reads best among the page's script data, or None (fewer than three
    sentences anywhere)."""
    best: Embedded | None = None
    stories: list[Embedded] = []
    for data in _decoded(scripts, json_ld):
        for found in _stories(data):
            stories.append(found)
            if best is None or found.sentences > best.sentences:
                best = found
    if best is None or best.sentences < 3:
        return None
    first = _key(best.paragraphs[0])
    for other in stories:  # the same story kept twice (JSON-LD and the app's data): one may sign it
        if other is not best and other.paragraphs and _key(other.paragraphs[0]) == first:
            best.authors += [name for name in other.authors if name not in best.authors]
    return best


def _decoded(scripts: list[str], json_ld: Sequence[str]) -> Iterator[object]:
    decoder = json.JSONDecoder()
    for source in json_ld:
        try:
            yield json.loads(source)
        except (ValueError, RecursionError):  # nested deeper than the decoder recurses
            continue
    for script in scripts:
        if not _TELLTALE.search(script):
            continue
        starts = [len(script) - len(script.lstrip())] if script.lstrip()[:1] in "{[" else []
        starts += [m.end() for m in _ASSIGNED.finditer(script)][:MAX_ASSIGNMENTS]
        for start in starts:
            try:
                yield decoder.raw_decode(script, start)[0]
            except (ValueError, RecursionError):
                continue


def _stories(data: object) -> Iterator[Embedded]:
    """Every dict of `data` that holds article text, as a story (a bounded walk)."""
    stack, seen = [data], 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            story = _story(node)
            if story is not None:
                yield story
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _story(node: dict[str, object]) -> Embedded | None:
    paragraphs = _blocks(node) or _body(node)
    if not paragraphs:
        return None
    return Embedded(paragraphs, _headline(node), _date(node), _authors(node))


def _blocks(node: dict[str, object]) -> list[str]:
    """Paragraphs of a list of content blocks (`[{"type": "text", "content": "…"}, …]`)."""
    for key in BLOCK_LISTS:
        blocks = node.get(key)
        if not isinstance(blocks, list):
            continue
        paragraphs = []
        for block in blocks:
            if isinstance(block, dict) and str(block.get("type", "text")).lower() in TEXT_TYPES:
                text = next((block[k] for k in BLOCK_TEXT if isinstance(block.get(k), str)), "")
                paragraphs.extend(_lines(text))
        if paragraphs:
            return paragraphs
    return []


def _body(node: dict[str, object]) -> list[str]:
    """Paragraphs of one long text or HTML string (`"articleBody": "…"`)."""
    for key in BODY_KEYS:
        text = node.get(key)
        if isinstance(text, str) and len(text) >= MIN_SHOWN:
            return _lines(text)
    return []


def _lines(text: str) -> list[str]:
    if "<" in text:
        text = _TAG.sub("", _BREAK.sub("\n", text))
    text = html.unescape(text) if "&" in text else text
    return [line for line in map(squash, text.split("\n")) if line]


def _headline(node: dict[str, object]) -> str | None:
    for key in HEADLINE_KEYS:
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("basic") or value.get("main") or value.get("title")
        if isinstance(value, str) and 4 <= len(value.strip()) <= 300:
            return squash(html.unescape(value))
    return None


def _date(node: dict[str, object]) -> str | None:
    return next((value for k in DATE_KEYS if isinstance(value := node.get(k), str)), None)


def _authors(node: dict[str, object]) -> list[str]:
    """The authors' names in order: `credits.by[].name`, `author.name`, `authors[]`, a string;
    of an author's names, the one in Hangul (Arc XP keeps the byline the site printed, 홍길동
    기자, in `additional_properties.original.byline` beside a romanized or missing `name`).
    Which of them is a person, not the outlet, is judged by the page's reader."""
    found: list[str] = []
    for key in AUTHOR_KEYS:
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("by") or value.get("name")
        for author in (value if isinstance(value, list) else [value])[:MAX_AUTHORS]:
            if isinstance(author, dict):
                given = [author.get("name"), author.get("byline"), _printed_byline(author)]
                names = [name.strip() for name in given if isinstance(name, str) and name.strip()]
                korean = [name for name in names if _HANGUL.search(name)]
                author = next(iter(korean or names), None)
            if isinstance(author, str) and author.strip():
                found.append(author.strip())
    return found


_HANGUL = re.compile(r"[가-힣]")


def _printed_byline(author: dict[str, object]) -> object:
    """`additional_properties.original.byline` of an Arc XP author, if there."""
    extra = author.get("additional_properties")
    original = extra.get("original") if isinstance(extra, dict) else None
    return original.get("byline") if isinstance(original, dict) else None


_SCRIPT_AUTHOR = re.compile(
    r'"by"\s*:\s*\[\s*\{[^\[\]{}]{0,300}?"name"\s*:\s*"(?P<by>[^"\\]{2,40})"'
    r'|"(?:byline|author|authorName|writer|writerName|reporter|reporterName)"\s*:\s*'
    r'"(?P<named>[^"\\]{2,40})"'
)
"""An author's name in script text that did not decode as JSON (`"by":[{"name":"홍길동"`,
`"byline":"홍길동 기자"`)."""


def script_authors(scripts: list[str]) -> list[str]:
    """Author names written in the page's scripts, in order, for a story read from a script's
    prose when its data did not decode: which of them is a person is judged by the reader."""
    names: list[str] = []
    for script in scripts:
        for match in _SCRIPT_AUTHOR.finditer(script):
            name = match["by"] or match["named"]
            if name not in names:
                names.append(name)
            if len(names) >= MAX_AUTHORS:
                return names
    return names


_NOT_WORD = re.compile(r"\W")


def _key(text: str) -> str:
    """A paragraph's first letters, spaces and marks aside: enough to find it elsewhere."""
    return _NOT_WORD.sub("", text)[:24]


def stands_in(embedded: Embedded, shown: list[str], titles: list[str]) -> bool:
    """Whether the story in the data should stand in for the paragraphs the DOM showed: they
    are too few to be a story, or the data's story is the page's own (its headline is the page
    title's) and the DOM shows less than half of it (another story's teaser, a fallback text)."""
    shown_chars = sum(len(p) for p in shown)
    if shown_chars < MIN_SHOWN:
        return True
    if not titled(embedded, titles):
        return False
    dom = _key_all(" ".join(shown))
    kept = sum(1 for p in embedded.paragraphs if len(p) >= 20 and _key(p) in dom)
    longer = sum(1 for p in embedded.paragraphs if len(p) >= 20)
    return kept * 2 < longer


def titled(embedded: Embedded, titles: list[str]) -> bool:
    """Whether the data's story is the page's own: its headline is in the page's title."""
    headline = _key(embedded.headline or "")
    return bool(headline) and any(headline in _key_all(title) for title in titles if title)


def _key_all(text: str) -> str:
    return _NOT_WORD.sub("", text)
