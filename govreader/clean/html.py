"""HTML pages cleaned from the DOM: find the article's container, then read its blocks.

The container is the element whose text blocks read most like prose and least like chrome:
each block scores for its sentences and against its links and known chrome lines, and every
ancestor of a block sums those scores. Known article containers of Korean CMSs and boards win
when they hold prose. An article that the page's scripts carry as data (`embedded.py`) stands in
when the DOM holds none, or shows another story than the one the page is titled with; a long
JSON string of prose is the last resort.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning

from govreader.clean.boilerplate import (
    ARTICLE_CLASSES,
    ARTICLE_IDS,
    LIKELY_ATTR,
    UNLIKELY_ATTR,
    copyright_name,
    is_chrome,
    is_date_line,
    is_end_marker,
    is_reporter_line,
    squash,
    squash_space,
)
from govreader.clean.captions import CAPTION_ATTR
from govreader.clean.dates import (
    cued_date,
    iso_date,
    labelled_date,
    meta_date,
    signature_date,
    stamp_date,
)
from govreader.clean.embedded import embedded_article, stands_in
from govreader.clean.lines import Body, fingerprint, gather, looks_like_prose, title_repeats
from govreader.clean.markup import trim
from govreader.clean.reporters import (
    byline_reporter,
    named_reporter,
    person_name,
    reporter_in,
    writer_in,
)
from govreader.clean.site_names import DECORATION, GENERIC_TITLE, SITE_LIKE, names_only, strip_site
from govreader.model import Article, Page

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
BYLINE_ATTR = re.compile(r"byline|writer|reporter|author|journalist|kija", re.IGNORECASE)
"""class/id words of the element that names the article's author."""
FULLER_JOINS = ("…", "..", ",", ":", "-", "·", "!", "?", "‥", "/", "(", "[")
"""How a headline goes on where the page title cut it short."""
DATE_ATTR = re.compile(
    r"date|time|regdate|reg_?dt|write_?day|pubdate|publish|posted|wdate|created", re.I
)
BREADCRUMB = re.compile(r"\S\s*[<>]\s*\S")
JSON_STRING = re.compile(r'"((?:[^"\\]|\\.){400,})"')
TITLE_SEPARATORS = (" | ", " - ", " < ", " > ", " : ", "ㅣ", " :: ")
"""Where a page title joins its headline and the site's name (headline - 해오름일보)."""
SITE_WORD = re.compile(r"\s+(?:홈페이지|누리집|포털)$")
SENTENCE_CLOSE = re.compile(r"[가-힣][다요][.\"”]")
MIN_BODY = 80
HEADER_BLOCKS = 5
"""Blocks at the top of an article's container that may still be its header (category, date)."""

# Saved XHTML pages are read as HTML on purpose (browsers do the same): no warning on stderr.
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)


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


def parse(markup: str) -> BeautifulSoup:
    """Beautiful Soup over lxml; class attributes stay strings, which builds the tree faster."""
    return BeautifulSoup(markup, "lxml", multi_valued_attributes=None)


def clean_html(page: Page) -> Article:
    trimmed = trim(page.text)
    scan = _scan(parse(trimmed.markup))
    scan.json_ld[:0] = trimmed.json_ld
    scan.scripts[:0] = trimmed.scripts
    meta = _head_meta(scan)
    blocks = scan.blocks
    container = _known_container(scan) or _best_container(blocks)
    inside = [b for b in blocks if container is None or _within(b.holder, container)]
    body = _read(inside, container)
    embedded = embedded_article(scan.scripts, scan.json_ld)
    titles = [meta.get("title", ""), meta.get("page_title", "")]
    if embedded and stands_in(embedded, body.paragraphs, titles):
        body = gather(embedded.paragraphs, Body(published=meta_date(embedded.published or "")))
        meta.setdefault("title", embedded.headline or "")
        author = _author_name(embedded.author)
        if author:  # the story's own author, not a byline the DOM showed for another one
            meta["reporter"] = author
    elif sum(len(p) for p in body.paragraphs) < MIN_BODY:
        fallback = meta.get("articleBody") or _script_article(scan.scripts)
        if fallback and len(fallback) > sum(len(p) for p in body.paragraphs):
            body = _read_fragment(fallback, body)
    first = blocks.index(inside[0]) if inside and body.paragraphs else len(blocks)
    title = _title(meta, scan, first)
    if title:
        said_again = title_repeats(title)
        body.paragraphs = [p for p in body.paragraphs if not said_again(p)]
    subtitle = _subtitle(scan, first, title)
    if subtitle:
        body.paragraphs = [p for p in body.paragraphs if fingerprint(p) != fingerprint(subtitle)]
    published = (
        meta.get("published")
        or scan.published
        or body.published
        or _page_date(blocks)
        or _nearest_date(scan.dates, first)
        or _stamp_above(blocks, first)
        or signature_date(body.paragraphs)
        or body.updated
    )
    reporter = (
        meta.get("reporter")
        or scan.byline
        or body.reporter
        or byline_reporter(body.paragraphs)
        or _page_reporter(blocks, inside)
        or _page_writer(blocks)
    )
    return Article(
        text="\n\n".join(body.paragraphs),
        title=title,
        subtitle=subtitle,
        reporter=reporter,
        published=published,
        source=(
            meta.get("site")
            or _title_site(meta.get("page_title", ""))
            or _copyright_site(blocks, blocks.index(inside[-1]) if inside else len(blocks))
        ),
        path=str(page.path),
    )


def _scan(soup: BeautifulSoup) -> Scan:
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
    stack: list[tuple[list[object], int, Tag, bool]] = [(root.contents, 0, root, False)]
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
    return ("class" in attrs or "id" in attrs) and bool(CAPTION_ATTR.search(_attr_label(node)))


def _attr_label(node: Tag) -> str:
    return f"{node.attrs.get('id') or ''} {node.attrs.get('class') or ''}".strip()


def _hidden(attrs: dict[str, object]) -> bool:
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
        if (tag.get("type") or "").lower() == "application/ld+json":
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
    for key, value in attrs.items():
        if key.startswith("data-") and DATE_ATTR.search(key) and len(str(value)) <= 40:
            iso = meta_date(str(value))
            if iso:
                scan.dates.append((position, iso))
    ident = attrs.get("id") or ""
    classes = str(attrs.get("class") or "").split()
    label = " ".join([ident, *classes])
    if not scan.byline and (prop in {"author", "creator"} or (label and BYLINE_ATTR.search(label))):
        text = squash(tag.get_text(" "))
        if len(text) <= 60:
            scan.byline = reporter_in(text) or person_name(text.removesuffix("기자").strip())
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


def _head_meta(scan: Scan) -> dict[str, str]:
    """og:/article: meta tags, <title> and JSON-LD NewsArticle fields."""
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
        elif key in {"article:published_time", "datepublished", "pubdate", "publishdate", "date"}:
            iso = meta_date(value)
            if iso:
                meta.setdefault("published", iso)
        elif key in {"author", "article:author", "dable:author", "byl"}:
            name = reporter_in(value) or person_name(value)
            if name and "://" not in name:
                meta.setdefault("reporter", name)
    for source in scan.json_ld:
        _json_ld(source, meta)
    return meta


def _json_ld(source: str, meta: dict[str, str]) -> None:
    try:
        data = json.loads(source)
    except ValueError:
        return
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        if isinstance(item.get("@graph"), list):
            items.extend(item["@graph"])
        kind = str(item.get("@type", ""))
        if "Article" not in kind and "Posting" not in kind:
            continue
        if isinstance(item.get("articleBody"), str):
            meta.setdefault("articleBody", item["articleBody"])
        if isinstance(item.get("headline"), str):
            meta.setdefault("title", squash(item["headline"]))
        if isinstance(item.get("datePublished"), str):
            iso = meta_date(item["datePublished"])
            if iso:
                meta.setdefault("published", iso)
        author = item.get("author")
        author = author[0] if isinstance(author, list) and author else author
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str):
            found = reporter_in(name) or person_name(squash(name))
            if found:
                meta.setdefault("reporter", found)
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            meta.setdefault("site", squash(publisher["name"]))


def _block_score(block: Block) -> float:
    text = block.text
    size = len(text)
    if is_end_marker(text):
        return -8.0
    if is_chrome(text) or is_date_line(text) or is_reporter_line(text):
        return -1.0 - size / 60
    density = block.link_chars / size
    if density > 0.5:
        return -1.0 - size / 40
    if looks_like_prose(text):
        return (2.0 + size / 40) * (1 - density)
    if size >= 60:
        return (size / 80) * (1 - density)
    return -0.5


def _best_container(blocks: list[Block]) -> Tag | None:
    """The element whose blocks sum to the highest score."""
    totals: dict[int, float] = {}
    elements: dict[int, Tag] = {}
    for block in blocks:
        score = _block_score(block)
        node: Tag | None = block.holder
        while node is not None and node.name != "[document]":
            key = id(node)
            totals[key] = totals.get(key, 0.0) + score
            elements[key] = node
            node = node.parent
    if not totals:
        return None
    best = max(totals, key=lambda key: totals[key])
    return elements[best] if totals[best] > 0 else None


def _known_container(scan: Scan) -> Tag | None:
    order = ["itemprop", *("#" + i for i in ARTICLE_IDS), *("." + c for c in ARTICLE_CLASSES)]
    for key in order:
        found = scan.known.get(key)
        if found is not None and _prose_chars(scan.blocks, found) >= MIN_BODY:
            return found
    return None


def _prose_chars(blocks: list[Block], container: Tag) -> int:
    return sum(
        len(b.text) for b in blocks if looks_like_prose(b.text) and _within(b.holder, container)
    )


def _within(node: Tag | None, container: Tag) -> bool:
    while node is not None:
        if node is container:
            return True
        node = node.parent
    return False


def _chrome_element(node: Tag | None, container: Tag | None, cache: dict[int, bool]) -> bool:
    """Whether a block sits in an element whose class or id names page chrome."""
    seen: list[int] = []
    verdict = False
    while node is not None and node is not container:
        key = id(node)
        if key in cache:
            verdict = cache[key]
            break
        seen.append(key)
        label = _attr_label(node)
        if label and (
            CAPTION_ATTR.search(label)
            or (UNLIKELY_ATTR.search(label) and not LIKELY_ATTR.search(label))
        ):
            verdict = True
            break
        node = node.parent
    for key in seen:
        cache[key] = verdict
    return verdict


def _read(blocks: list[Block], container: Tag | None) -> Body:
    kept: list[str] = []
    body = Body()
    cache: dict[int, bool] = {}
    for block in blocks:
        text = block.text
        if block.link_chars * 2 > len(text) and not looks_like_prose(text):
            if is_end_marker(text) and kept:
                break
            continue
        if _chrome_element(block.holder, container, cache):
            if is_date_line(text):
                found = cued_date(text)
                if found and not found[1]:
                    body.published = body.published or found[0]
            elif "기자" in text:
                body.reporter = body.reporter or reporter_in(text)
            continue
        kept.append(text)
    return gather(kept, body)


def _author_name(author: str | None) -> str | None:
    return (reporter_in(author) or person_name(squash(author))) if author else None


def _read_fragment(source: str, body: Body) -> Body:
    """An article carried as a string (JSON-LD articleBody, a script's JSON): HTML or text."""
    if "<" in source and ">" in source:
        scan = _scan(parse(trim(source).markup))
        return _read(scan.blocks, None)
    return gather((squash(line) for line in source.split("\n")), body)


def _script_article(scripts: list[str]) -> str | None:
    """The longest prose-like JSON string in the page's scripts (apps that render on load)."""
    best, best_score = None, 0
    for script in scripts:
        for match in JSON_STRING.finditer(script):
            raw = match.group(1)
            try:
                value = json.loads(f'"{raw}"')
            except ValueError:
                continue
            score = sum(1 for _ in SENTENCE_CLOSE.finditer(value))
            if score > best_score:
                best, best_score = value, score
    return best if best_score >= 3 else None


def _site_names(meta: dict[str, str], blocks: list[Block]) -> set[str]:
    names = {meta.get("site", ""), _copyright_site(blocks) or ""}
    page_title = meta.get("page_title", "")
    for separator in TITLE_SEPARATORS:
        if separator in page_title:
            rest, last = page_title.rsplit(separator, 1)
            if len(last.strip()) < len(rest.strip()):
                names.add(last.strip())
    return {name for name in names if name}


def _good_title(title: str | None, sites: set[str]) -> bool:
    if not title or len(title) < 4 or title in sites or BREADCRUMB.search(title):
        return False
    if SITE_LIKE.fullmatch(title.strip(DECORATION)):
        return False
    if GENERIC_TITLE.fullmatch(title) or is_chrome(title) or names_only(title):
        return False
    return not any(title in site or site.startswith(title) for site in sites)


def _title(meta: dict[str, str], scan: Scan, first_body: int) -> str | None:
    """og:title or JSON-LD headline; else <title>; else the headline element above the body."""
    sites = _site_names(meta, scan.blocks)
    before = [text for position, text in scan.headlines if position <= first_body]
    stated = [
        strip_site(raw, tuple(sites)) if raw else ""
        for raw in (meta.get("title"), meta.get("page_title"))
    ]
    for title in stated:
        if title and _good_title(title, sites):
            return _fuller(_without_keywords(title, stated), before)
    for text in reversed(before):
        if 8 <= len(text) <= 200 and _good_title(text, sites) and not is_date_line(text):
            return text
    return None


def _without_keywords(title: str, stated: list[str]) -> str:
    """The headline without the keywords some sites append to og:title (헤드라인, 해오름시,
    Haeoreum City): the page title says the headline alone."""
    for other in stated:
        rest = title[len(other) :] if other and title.startswith(other) else ""
        if rest.startswith(",") and rest.count(",") >= 2:
            return other
    return title


def _fuller(title: str, headlines: list[str]) -> str:
    """The headline element's text when the page title is its shortened form (제목… → 제목)."""
    key = fingerprint(title)
    for text in reversed(headlines):
        full = fingerprint(text)
        if len(title) < len(text) <= 2 * len(title) + 10 and full.startswith(key):
            rest = full[len(key) :]
            if rest.startswith(FULLER_JOINS) and "기자" not in rest and not is_date_line(text):
                return text
    return title


def _subtitle(scan: Scan, first_body: int, title: str | None) -> str | None:
    for position, text in scan.subtitles:
        near = position <= first_body + 2 and 8 <= len(text) <= 300 and text != title
        if near and not is_chrome(text) and not is_date_line(text):
            return text
    return None


def _page_reporter(blocks: list[Block], inside: list[Block]) -> str | None:
    """A short byline block (홍길동 기자, 기사입력 ... | 홍길동 기자): in the article first, then
    the nearest above it, then below."""
    first = blocks.index(inside[0]) if inside else 0
    last = blocks.index(inside[-1]) if inside else len(blocks) - 1
    order = [*inside, *reversed(blocks[max(0, first - 40) : first]), *blocks[last + 1 : last + 40]]
    return named_reporter(block.text for block in order)


def _title_site(page_title: str) -> str | None:
    """The site's name as the page title states it: all of it (::: 해오름군청 :::), or its last
    segment after the headline (제목 - 해오름일보), when that reads as an outlet or a body."""
    for separator in TITLE_SEPARATORS:
        if separator in page_title:
            page_title = page_title.rsplit(separator, 1)[1]
            break
    name = page_title.strip(DECORATION)
    name = SITE_WORD.sub("", name)
    if 2 <= len(name) <= 20 and SITE_LIKE.fullmatch(name) and not GENERIC_TITLE.fullmatch(name):
        return name
    return None


def _copyright_site(blocks: list[Block], after: int = 0) -> str | None:
    """The outlet a copyright line names: the first line after the article, else the page's last
    (a portal's copy of a story carries the outlet's line under the story, its own at the end)."""
    for block in (*blocks[after : after + 80], *reversed(blocks[-300:])):
        name = copyright_name(block.text)
        if name:
            return name
    return None


def _page_writer(blocks: list[Block]) -> str | None:
    """A board's 작성자 row, in one cell or split over a label and a value cell."""
    for i, block in enumerate(blocks):
        if len(block.text) <= 20 and ("작성" in block.text or "글쓴이" in block.text):
            following = blocks[i + 1].text if i + 1 < len(blocks) else ""
            name = writer_in(block.text) or writer_in(block.text, following)
            if name:
                return name
    return None


def _nearest_date(dates: list[tuple[int, str]], first_body: int) -> str | None:
    """The date of a date-classed element (or <time>) nearest above the body or at its top (an
    article header inside the container), else the first."""
    above = [iso for position, iso in dates if position <= first_body + HEADER_BLOCKS]
    return above[-1] if above else (dates[0][1] if dates else None)


def _stamp_above(blocks: list[Block], first_body: int) -> str | None:
    """A date stamp line (소식지 3월호 | 2025-03-05) just above the body."""
    for block in reversed(blocks[max(0, first_body - 12) : first_body + 1]):
        found = stamp_date(block.text)
        if found:
            return found
    return None


def _page_date(blocks: list[Block]) -> str | None:
    """The first cued publication date anywhere on the page (등록일 2025.12.09, 입력 ...)."""
    for i, block in enumerate(blocks):
        if len(block.text) <= 120:
            found = cued_date(block.text)
            if found and not found[1]:
                return found[0]
            if i + 1 < len(blocks):
                labelled = labelled_date(block.text, blocks[i + 1].text)
                if labelled:
                    return labelled
    return None
