"""The article's container in a scanned page and the body read from it.

The container is the element whose text blocks read most like prose and least like chrome:
each block scores for its sentences and against its links and known chrome lines, and every
ancestor of a block sums those scores. Known article containers of Korean CMSs and boards win
when they hold prose. A long JSON string of prose in the page's scripts is the last resort."""

from __future__ import annotations

import json
import re

from bs4 import Tag

from govreader.clean.boilerplate import is_chrome, is_end_marker, squash
from govreader.clean.captions import CAPTION_ATTR
from govreader.clean.dates import cued_date
from govreader.clean.html_markers import ARTICLE_CLASSES, ARTICLE_IDS, LIKELY_ATTR, UNLIKELY_ATTR
from govreader.clean.html_scan import Block, Scan, attr_label, parse, scan_document
from govreader.clean.lines import RELATED_ITEMS, RELATED_LABEL, Body, gather, looks_like_prose
from govreader.clean.markup import trim, within_limit
from govreader.clean.metadata_lines import is_date_line, is_reporter_line
from govreader.clean.reporters import reporter_in

JSON_STRING = re.compile(r'"((?:[^"\\]|\\.){400,}+)"')
"""A JSON string of 400 characters or more. Possessive (`{400,}+`): a repeated group otherwise
keeps a backtracking state per character it takes, 140 bytes each (a 10 MB image inlined in a
script's string took 1.4 GB), while a string's end can never be given back anyway."""
SENTENCE_CLOSE = re.compile(r"[가-힣][다요][.\"”]")
MIN_BODY = 80


def _block_score(block: Block) -> float:
    text = block.text
    size = len(text)
    if is_end_marker(text):
        return -0.5 if size <= 60 and reporter_in(text) else -8.0  # a story's own sign-off
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


def best_container(blocks: list[Block]) -> Tag | None:
    """The element whose blocks sum to the highest score. Each block's score goes to its holder
    and the sums go up the tree once, deepest elements first: walking every block's ancestors
    took time as the square of the page in thousands of unclosed, nested elements."""
    totals: dict[int, float] = {}
    elements: dict[int, Tag] = {}
    depth: dict[int, int] = {}
    for block in blocks:
        chain: list[Tag] = []
        node: Tag | None = block.holder
        while node is not None and node.name != "[document]" and id(node) not in totals:
            totals[id(node)] = 0.0
            elements[id(node)] = node
            chain.append(node)
            node = node.parent
        known = depth.get(id(node), 0) if node is not None else 0
        for level, element in enumerate(reversed(chain), start=known + 1):
            depth[id(element)] = level
        totals[id(block.holder)] += _block_score(block)
    if not totals:
        return None
    for key in sorted(totals, key=depth.__getitem__, reverse=True):
        parent = elements[key].parent
        if parent is not None and id(parent) in totals:
            totals[id(parent)] += totals[key]
    best = max(totals, key=lambda key: totals[key])
    return elements[best] if totals[best] > 0 else None


def known_container(scan: Scan) -> Tag | None:
    order = ["itemprop", *("#" + i for i in ARTICLE_IDS), *("." + c for c in ARTICLE_CLASSES)]
    for key in order:
        found = scan.known.get(key)
        if found is not None and _prose_chars(scan.blocks, found) >= MIN_BODY:
            return found
    return None


def _prose_chars(blocks: list[Block], container: Tag) -> int:
    return sum(len(b.text) for b in blocks_within(blocks, container) if looks_like_prose(b.text))


def blocks_within(blocks: list[Block], container: Tag) -> list[Block]:
    """The blocks held inside `container`; each element's answer is kept, so that every block
    does not walk up to the root (thousands of nested elements)."""
    inside: dict[int, bool] = {id(container): True}
    found = []
    for block in blocks:
        chain: list[int] = []
        node: Tag | None = block.holder
        verdict = False
        while node is not None:
            if id(node) in inside:
                verdict = inside[id(node)]
                break
            chain.append(id(node))
            node = node.parent
        for key in chain:
            inside[key] = verdict
        if verdict:
            found.append(block)
    return found


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
        label = attr_label(node)
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


def _linked(block: Block) -> bool:
    return block.link_chars * 2 > len(block.text)


def _same_story(before: Tag, after: Tag) -> bool:
    """Whether two paragraphs sit in one story's element: the same one, or siblings' holder."""
    return before is after or (before.parent is not None and before.parent is after.parent)


def related_box(blocks: list[Block]) -> set[int]:
    """Blocks of a related-stories box set inside a story (관련기사 and its linked headlines):
    the story goes on after it in the element that held its paragraphs before, so the box does
    not end the story as a related list after it does."""
    boxed: set[int] = set()
    prose_above: Block | None = None
    for i, block in enumerate(blocks):
        if looks_like_prose(block.text) and not _linked(block):
            prose_above = block
        if prose_above is None or not RELATED_LABEL.fullmatch(block.text):
            continue
        end = i + 1
        while end < len(blocks) and end - i <= RELATED_ITEMS and _linked(blocks[end]):
            end += 1
        after = blocks[end] if i + 1 < end < len(blocks) else None
        if after and looks_like_prose(after.text) and _same_story(prose_above.holder, after.holder):
            boxed.update(range(i, end))
    return boxed


def read(blocks: list[Block], container: Tag | None) -> Body:
    kept: list[str] = []
    body = Body()
    cache: dict[int, bool] = {}
    boxed = related_box(blocks)
    for at, block in enumerate(blocks):
        if at in boxed:
            continue
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


def read_fragment(source: str, body: Body) -> Body:
    """An article carried as a string (JSON-LD articleBody, a script's JSON): HTML or text."""
    if "<" in source and ">" in source:
        scan = scan_document(parse(within_limit(trim(source).markup)))
        return read(scan.blocks, None)
    return gather((squash(line) for line in source.split("\n")), body)


def script_article(scripts: list[str]) -> str | None:
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
