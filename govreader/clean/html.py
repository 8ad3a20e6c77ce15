"""HTML pages cleaned from the DOM: find the article's container, then read its blocks.

The container is the element whose text blocks read most like prose and least like chrome:
each block scores for its sentences and against its links and known chrome lines, and every
ancestor of a block sums those scores. Known article containers of Korean CMSs and boards win
when they hold prose, and a JSON-LD `articleBody` stands in when the DOM holds none.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from govreader.clean.boilerplate import (
    ARTICLE_SELECTORS,
    LIKELY_ATTR,
    UNLIKELY_ATTR,
    is_chrome,
    is_date_line,
    is_end_marker,
    is_reporter_line,
    squash,
)
from govreader.clean.lines import Body, fingerprint, gather, looks_like_prose
from govreader.clean.meta import cued_date, meta_date, reporter_in, strip_site
from govreader.ingest import terminal_safe
from govreader.model import Article, Page

DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "textarea",
    "input",
    "option",
    "figcaption",
    "head",
)
BLOCK_TAGS = frozenset(
    {
        *("p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"),
        *("pre", "tr", "table", "tbody", "thead", "tfoot", "section", "article", "dd", "dt"),
        *("dl", "ul", "ol", "main", "header", "footer", "nav", "aside", "figure", "form"),
        *("center", "address", "hr", "body", "html", "fieldset", "caption", "details"),
    }
)
GENERIC_TITLES = frozenset(
    {"보도자료", "공지사항", "알림마당", "새소식", "뉴스", "게시판", "상세", "상세보기"}
)
MIN_BODY = 80


@dataclass(slots=True)
class Block:
    """One line of text as a reader sees it, with the element that holds it."""

    text: str
    link_chars: int
    holder: Tag


def clean_html(page: Page) -> Article:
    soup = BeautifulSoup(page.text, "lxml")
    meta = _head_meta(soup)
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    root = soup.body or soup
    blocks = list(_blocks(root))
    container = _known_container(soup) or _best_container(blocks)
    inside = [b for b in blocks if container is None or _within(b.holder, container)]
    body = _read(inside, container)
    text_len = sum(len(p) for p in body.paragraphs)
    if text_len < MIN_BODY and len(meta.get("articleBody", "")) > text_len:
        body = gather(squash(p) for p in meta["articleBody"].split("\n"))
    title = _title(soup, meta, blocks, container)
    if title:
        body.paragraphs = [p for p in body.paragraphs if fingerprint(p) != fingerprint(title)]
    published = meta.get("published") or body.published or _page_date(blocks) or body.updated
    reporter = meta.get("reporter") or body.reporter
    return Article(
        text=terminal_safe("\n\n".join(body.paragraphs)),
        title=terminal_safe(title) if title else None,
        subtitle=None,
        reporter=terminal_safe(reporter) if reporter else None,
        published=published,
        source=terminal_safe(meta["site"]) if meta.get("site") else None,
        path=str(page.path),
    )


def _head_meta(soup: BeautifulSoup) -> dict[str, str]:
    """og:/article: meta tags, <title> and JSON-LD NewsArticle fields."""
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
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
            name = reporter_in(value) or (value if 2 <= len(value) <= 4 else None)
            if name and "://" not in name:
                meta.setdefault("reporter", name)
    title_tag = soup.find("title")
    if title_tag:
        meta["page_title"] = squash(title_tag.get_text(" "))
    for script in soup.find_all("script", type="application/ld+json"):
        _json_ld(script.get_text(), meta)
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
        if "@graph" in item and isinstance(item["@graph"], list):
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
            found = reporter_in(name) or (squash(name) if 2 <= len(squash(name)) <= 4 else None)
            if found:
                meta.setdefault("reporter", found)
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            meta.setdefault("site", squash(publisher["name"]))


def _blocks(root: Tag) -> Iterator[Block]:
    """The page's lines in reading order: a block element or a <br> ends a line."""
    parts: list[str] = []
    link_chars = 0

    def flush(holder: Tag) -> Iterator[Block]:
        nonlocal parts, link_chars
        text = squash("".join(parts))
        if text:
            yield Block(text, min(link_chars, len(text)), holder)
        parts, link_chars = [], 0

    def walk(element: Tag, holder: Tag, in_link: bool) -> Iterator[Block]:
        nonlocal link_chars
        for child in element.children:
            if isinstance(child, NavigableString):
                if isinstance(child, Comment) or type(child) is not NavigableString:
                    continue
                parts.append(str(child))
                if in_link:
                    link_chars += len(child.strip())
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                yield from flush(holder)
            elif name in BLOCK_TAGS:
                yield from flush(holder)
                yield from walk(child, child, False)
                yield from flush(child)
            else:
                yield from walk(child, holder, in_link or name == "a")

    yield from walk(root, root, False)
    yield from flush(root)


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


def _known_container(soup: BeautifulSoup) -> Tag | None:
    for selector in ARTICLE_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and len(found.get_text(" ", strip=True)) >= MIN_BODY:
            return found
    return None


def _within(node: Tag | None, container: Tag) -> bool:
    while node is not None:
        if node is container:
            return True
        node = node.parent
    return False


def _chrome_element(node: Tag | None, container: Tag | None) -> bool:
    """Whether a block sits in an element whose class or id names page chrome."""
    while node is not None and node is not container:
        attrs = " ".join(
            [node.get("id") or "", *(node.get("class") or [])]  # type: ignore[list-item]
        )
        if attrs and UNLIKELY_ATTR.search(attrs) and not LIKELY_ATTR.search(attrs):
            return True
        node = node.parent
    return False


def _read(blocks: list[Block], container: Tag | None) -> Body:
    kept: list[str] = []
    body = Body()
    for block in blocks:
        if block.link_chars / len(block.text) > 0.5 and not looks_like_prose(block.text):
            if is_end_marker(block.text) and kept:
                break
            continue
        if _chrome_element(block.holder, container):
            if is_date_line(block.text):
                found = cued_date(block.text)
                if found and not found[1]:
                    body.published = body.published or found[0]
            elif block.text and "기자" in block.text:
                body.reporter = body.reporter or reporter_in(block.text)
            continue
        kept.append(block.text)
    return gather(kept, body)


def _title(
    soup: BeautifulSoup, meta: dict[str, str], blocks: list[Block], container: Tag | None
) -> str | None:
    site = meta.get("site", "")
    page_title = meta.get("page_title", "")
    names = tuple(n for n in (site,) if n)
    for raw in (meta.get("title"), page_title):
        if not raw:
            continue
        title = strip_site(raw, names)
        if _good_title(title, site):
            return title
    for heading in soup.find_all(["h1", "h2", "h3", "h4"]):
        text = squash(heading.get_text(" "))
        if _good_title(text, site) and len(text) >= 8:
            return text
    return None


def _good_title(title: str, site: str) -> bool:
    if len(title) < 4 or title == site or title in GENERIC_TITLES:
        return False
    return not any(word in title for word in ("<", ">")) and not is_chrome(title)


def _page_date(blocks: list[Block]) -> str | None:
    """The first cued publication date anywhere on the page (등록일 2025.12.09, 입력 ...)."""
    for block in blocks:
        if len(block.text) <= 120:
            found = cued_date(block.text)
            if found and not found[1]:
                return found[0]
    return None
