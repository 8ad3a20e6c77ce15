"""One walk over an HTML page: its text blocks in reading order with the element holding each,
and what the page says of itself on the way (meta tags, <title>, scripts, JSON-LD, headline and
subtitle elements, dated elements, a byline element, known article containers)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PageElement, Tag

from govreader.clean.boilerplate import squash, squash_space
from govreader.clean.captions import CAPTION_ATTR
from govreader.clean.dates import iso_date, meta_date
from govreader.clean.html_markers import ARTICLE_CLASSES, ARTICLE_IDS
from govreader.clean.html_reporter import MAX_AUTHORS, meta_person

SKIP_TAGS = frozenset(
    {
        *("script", "style", "noscript", "template", "svg", "iframe", "button", "select"),
        *("textarea", "input", "option", "figcaption", "head", "title", "meta", "link", "map"),
        *("object", "embed", "canvas", "video", "audio", "picture", "img"),
    }
)


BLOCK_TAGS = frozenset(
    {
        *("p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"),
        *("pre", "tr", "table", "tbody", "thead", "tfoot", "section", "article", "dd", "dt"),
        *("dl", "ul", "ol", "main", "header", "footer", "nav", "aside", "figure", "form"),
        *("center", "address", "hr", "body", "html", "fieldset", "caption", "details", "label"),
    }
)


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


TITLE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:tit|title|subject|headline|sbj|view_?tit|title_result|art_?tit|news_?tit)"
    r"(?:$|[\s_\d-])",
    re.IGNORECASE,
)


SUBTITLE_ATTR = re.compile(r"sub_?tit|subtitle|sub-title|sub_?head|deck|summary_?tit", re.I)


PUBLISHED_PROPS = frozenset({"datePublished", "dateCreated", "uploadDate"})


BYLINE_ATTR = re.compile(r"byline|writer|repo?rter|author|journalist|kija|gija", re.IGNORECASE)
"""class/id words of the element that names the article's author."""


MAX_BYLINES = 40
"""Byline-classed elements kept per page (a listing can hold one per teaser)."""


DATE_ATTR = re.compile(
    r"date|time|regdate|reg_?dt|write_?day|pubdate|publish|posted|wdate|created", re.I
)


@dataclass(slots=True)
class Block:
    """One line of text as a reader sees it, with the element that holds it."""

    text: str
    link_chars: int
    holder: Tag


@dataclass
class Scan:
    """What one pass over the document collects."""

    blocks: list[Block] = field(default_factory=list)
    metas: list[Tag] = field(default_factory=list)
    title: str = ""
    scripts: list[str] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)
    known: dict[str, Tag] = field(default_factory=dict)
    headlines: list[tuple[int, str]] = field(default_factory=list)
    subtitles: list[tuple[int, str]] = field(default_factory=list)
    dates: list[tuple[int, str]] = field(default_factory=list)
    published: str | None = None
    byline: str | None = None
    bylines: list[tuple[int, str]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


def parse(markup: str) -> BeautifulSoup:
    """Beautiful Soup over lxml; class attributes stay strings, which builds the tree faster."""
    return BeautifulSoup(markup, "lxml", multi_valued_attributes=None)


def scan_document(soup: BeautifulSoup) -> Scan:
    """One iterative walk: text blocks in reading order, plus meta tags, scripts and headlines."""
    scan = Scan()
    parts: list[str] = []
    link_chars = 0

    def flush(holder: Tag) -> None:
        nonlocal parts, link_chars
        if parts:
            text = squash_space("".join(parts))
            if text:
                scan.blocks.append(Block(text, min(link_chars, len(text)), holder))
            parts, link_chars = [], 0

    root: Tag = soup
    # Each frame: the children still to visit, the block element holding them, inside a link?
    stack: list[tuple[list[PageElement], int, Tag, bool]] = [(root.contents, 0, root, False)]
    while stack:
        children, index, holder, in_link = stack[-1]
        if index >= len(children):
            stack.pop()
            if holder.name in BLOCK_TAGS and (not stack or stack[-1][2] is not holder):
                flush(holder)
            continue
        stack[-1] = (children, index + 1, holder, in_link)
        child = children[index]
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                parts.append(child)
                if in_link:
                    link_chars += len(child.strip())
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in SKIP_TAGS:
            _note_skipped(scan, child, name)
            continue
        if name == "br":
            flush(holder)
            continue
        if child.attrs and (_hidden(child.attrs) or (name not in BLOCK_TAGS and _caption(child))):
            continue
        _note_tag(scan, child, name, len(scan.blocks))
        if name in BLOCK_TAGS:
            flush(holder)
            stack.append((child.contents, 0, child, False))
        else:
            stack.append((child.contents, 0, holder, in_link or name == "a"))
    flush(root)
    return scan


def _caption(node: Tag) -> bool:
    """An inline element whose class or id names a photo caption (<span class="img_cap">), which
    the block holding the photo would otherwise read as a line of the story."""
    attrs = node.attrs
    return ("class" in attrs or "id" in attrs) and bool(CAPTION_ATTR.search(attr_label(node)))


def attr_label(node: Tag) -> str:
    return f"{node.attrs.get('id') or ''} {node.attrs.get('class') or ''}".strip()


def _hidden(attrs: Mapping[str, object]) -> bool:
    """An element that a reader never sees as page text: hidden, or a pop-up dialog (a layer
    that a script shows on a click: report forms, share sheets, moderation notices)."""
    return (
        "hidden" in attrs
        or str(attrs.get("aria-hidden", "")).lower() == "true"
        or str(attrs.get("role", "")).lower() in {"dialog", "alertdialog"}
        or "display:none" in str(attrs.get("style", "")).replace(" ", "").lower()
    )


def _note_skipped(scan: Scan, tag: Tag, name: str) -> None:
    if name == "meta":
        scan.metas.append(tag)
    elif name == "title" and not scan.title:
        scan.title = squash(tag.get_text(" "))
    elif name == "script":
        text = tag.string or ""
        if str(tag.get("type") or "").lower() == "application/ld+json":
            scan.json_ld.append(text)
        elif len(text) > 400:
            scan.scripts.append(text)
    elif name == "head":
        stack = list(tag.children)
        while stack:
            child = stack.pop()
            if isinstance(child, Tag):
                if child.name in {"meta", "title", "script"}:
                    _note_skipped(scan, child, child.name)
                else:
                    stack.extend(child.children)


_TITLE_LABELS = frozenset({"제목", "제 목", "글제목"})


_CELL_WRAPPERS = frozenset({"b", "strong", "span", "font", "label", "p"})


def _short_text_cell(tag: Tag) -> bool:
    """A table cell holding one short string, maybe in bold: old board layouts label rows with
    plain `<td>`s (`<td bgcolor=…><b>제 목</b></td><td>headline</td>`); only those are read."""
    node = tag
    for _ in range(3):
        if len(node.contents) != 1:
            return False
        child = node.contents[0]
        if isinstance(child, str):
            return len(child) < 12
        if not isinstance(child, Tag) or child.name not in _CELL_WRAPPERS:
            return False
        node = child
    return False


def _note_tag(scan: Scan, tag: Tag, name: str, position: int) -> None:
    """Known article containers, and elements that look like a headline or a subtitle."""
    attrs = tag.attrs
    if (name == "th" or (name == "td" and _short_text_cell(tag))) and squash(
        tag.get_text("")
    ) in _TITLE_LABELS:
        cell = tag.find_next_sibling("td")
        if cell is not None:
            headline = squash(cell.get_text(" "))
            if name == "th" or len(headline) >= 8:  # a list's header row names columns only
                scan.headlines.append((position, headline))
        return
    if not attrs and name not in HEADINGS:
        return
    if name == "time" and attrs.get("datetime"):
        iso = meta_date(str(attrs["datetime"]))
        if iso:
            scan.dates.append((position, iso))
    prop = str(attrs.get("itemprop") or "")
    if prop in PUBLISHED_PROPS and not scan.published:
        value = str(attrs.get("content") or attrs.get("datetime") or tag.get_text(" "))
        scan.published = meta_date(value) if len(value) <= 80 else None
    for key, raw in attrs.items():
        if key.startswith("data-") and DATE_ATTR.search(key) and len(str(raw)) <= 40:
            iso = meta_date(str(raw))
            if iso:
                scan.dates.append((position, iso))
    ident = str(attrs.get("id") or "")
    classes = str(attrs.get("class") or "").split()
    label = " ".join([ident, *classes])
    if prop in {"author", "creator"} or (label and BYLINE_ATTR.search(label)):
        text = squash(tag.get_text(" "))
        if len(text) <= 60 and len(scan.bylines) < MAX_BYLINES:
            scan.bylines.append((position, text))
            if not scan.byline:
                scan.byline = meta_person(text)
    if attrs.get("itemprop") == "articleBody":
        scan.known.setdefault("itemprop", tag)
    if ident in ARTICLE_IDS:
        scan.known.setdefault("#" + ident, tag)
    for cls in classes:
        if cls in ARTICLE_CLASSES:
            scan.known.setdefault("." + cls, tag)
    if label and DATE_ATTR.search(label):
        text = tag.get_text(" ")
        iso = iso_date(text) if len(text) <= 80 else None
        if iso:
            scan.dates.append((position, iso))
    if name in HEADINGS or (label and TITLE_ATTR.search(label)):
        if label and SUBTITLE_ATTR.search(label):
            scan.subtitles.append((position, squash(tag.get_text(" "))))
        else:
            scan.headlines.append((position, squash(tag.get_text(" "))))
    elif label and SUBTITLE_ATTR.search(label):
        scan.subtitles.append((position, squash(tag.get_text(" "))))


def head_meta(scan: Scan) -> dict[str, str]:
    """og:/article: meta tags, <title> and JSON-LD NewsArticle fields. The author and outlet
    values go to `scan.authors` and `scan.outlets` unjudged: which author is a person, and not
    one of the outlets, is only told once the page's every name is known (`html_reporter`)."""
    meta: dict[str, str] = {"page_title": scan.title}
    for tag in scan.metas:
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        value = squash(str(tag.get("content") or ""))
        if not key or not value:
            continue
        if key in {"og:title", "twitter:title", "title", "headline"}:
            meta.setdefault("title", value)
        elif key in {"og:site_name", "application-name"}:
            meta.setdefault("site", value)
            scan.outlets.append(value)
        elif key in OUTLET_METAS and "://" not in value and not _CUED.search(value):
            scan.outlets.append(value.lstrip("@"))
        elif key in PUBLISHED_METAS:
            _note_published(meta, value)
        elif key in AUTHOR_METAS and (key != "og:article:author" or _CUED.search(value)):
            scan.authors.append(value)
    for source in scan.json_ld:
        _json_ld(source, meta, scan.authors, scan.outlets)
    return meta


PUBLISHED_METAS = frozenset(
    {
        *("article:published_time", "datepublished", "pubdate", "publishdate", "date"),
        *("og:published_time", "article:published", "dd:published_time", "og:regdate"),
        *("dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date"),
    }
)
"""Meta tags that date the story's first publication."""
_UTC = re.compile(r"(?:Z|[+-]00:?00)\s*$")
"""A stamp told in UTC: a Korean story published before 09:00 falls on the day before."""


def _note_published(meta: dict[str, str], value: str) -> None:
    """The first publication date the metadata states, marked when told in UTC so that the
    reader may take the next day the page shows instead."""
    iso = meta_date(value)
    if iso and "published" not in meta:
        meta["published"] = iso
        if _UTC.search(value):
            meta["published_utc"] = iso


OUTLET_METAS = frozenset({"twitter:site", "dd:publisher", "article:publisher"})
"""Meta tags that name the outlet: never a reporter (`twitter:creator` names the outlet on a
portal's copy, the reporter on some papers' own pages, so it is neither)."""
_CUED = re.compile(r"기자|특파원")
"""`og:article:author` names a person only beside 기자: portals put the outlet there (해오름일보 |
포털), and its Open Graph meaning is a profile."""


AUTHOR_METAS = frozenset(
    {"author", "article:author", "og:article:author", "dable:author", "dd:author", "byl", "byline"}
)
"""Meta tags that name the story's author (or, on many sites, the outlet: judged later)."""


def _resolved(node: object, named: Mapping[str, dict[str, object]]) -> object:
    """A graph node given by reference (`{"@id": "…#author"}`, as WordPress's SEO plugins
    write an article's author and publisher), as the node the graph holds under that id."""
    if isinstance(node, dict) and "name" not in node and isinstance(node.get("@id"), str):
        return named.get(node["@id"], node)
    return node


def _ld_people(author: object, named: Mapping[str, dict[str, object]]) -> list[str]:
    """The names of JSON-LD's `author`: a string, an object (or a reference to one in the
    graph), or a list of those; an `Organization` is the outlet, not who wrote the story."""
    people = author if isinstance(author, list) else [author]
    names = []
    for person in people[:MAX_AUTHORS]:
        person = _resolved(person, named)
        if isinstance(person, dict):
            if "Organization" in str(person.get("@type", "")):
                continue
            person = person.get("name")
        if isinstance(person, str) and person.strip():
            names.append(person)
    return names


def _json_ld(source: str, meta: dict[str, str], authors: list[str], outlets: list[str]) -> None:
    """One JSON-LD block's article fields into `meta`, its authors and outlets into the lists;
    an `@graph`'s nodes are read as articles of their own, and `@id` references resolved."""
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):  # nested deeper than the decoder recurses
        return
    items = data if isinstance(data, list) else [data]
    for item in items:  # a graph's nodes join the list, and are visited in turn
        if isinstance(item, dict) and isinstance(item.get("@graph"), list):
            items.extend(item["@graph"])
    named = {
        item["@id"]: item
        for item in items
        if isinstance(item, dict) and isinstance(item.get("@id"), str)
    }
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = str(item.get("@type", ""))
        if "Article" not in kind and "Posting" not in kind:
            continue
        if isinstance(item.get("articleBody"), str):
            meta.setdefault("articleBody", item["articleBody"])
        if isinstance(item.get("headline"), str):
            meta.setdefault("title", squash(item["headline"]))
        if isinstance(item.get("datePublished"), str):
            _note_published(meta, item["datePublished"])
        authors.extend(_ld_people(item.get("author"), named))
        publisher = _resolved(item.get("publisher"), named)
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            meta.setdefault("site", squash(publisher["name"]))
            outlets.append(squash(publisher["name"]))
