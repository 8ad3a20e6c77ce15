"""HTML pages cleaned from the DOM: scan the page (`html_scan`), find the article's container and
read its blocks (`html_body`), then pick its headline, date, reporter and site (`html_fields`).
An article that the page's scripts carry as data (`embedded.py`) stands in when the DOM holds
none, or shows another story than the one the page is titled with; a long JSON string of prose
is the last resort.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from bs4 import XMLParsedAsHTMLWarning

from govreader.clean.dates import meta_date, signature_date
from govreader.clean.embedded import embedded_article, script_authors, stands_in, titled
from govreader.clean.html_body import (
    MIN_BODY,
    best_container,
    blocks_within,
    known_container,
    read,
    read_fragment,
    script_article,
)
from govreader.clean.html_fields import (
    copyright_names,
    copyright_site,
    nearest_date,
    page_date,
    page_reporter,
    page_writer,
    pick_subtitle,
    pick_title,
    site_names,
    stamp_above,
    title_site,
)
from govreader.clean.html_reporter import first_person, is_site_name, shown_bylines, signed_by
from govreader.clean.html_scan import Block, Scan, head_meta, parse, scan_document
from govreader.clean.lines import Body, fingerprint, gather, title_repeats
from govreader.clean.markup import trim, within_limit
from govreader.clean.reporters import byline_reporter
from govreader.model import Article, Page

# Saved XHTML pages are read as HTML on purpose (browsers do the same): no warning on stderr.
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)


BYLINE_ABOVE = 12
"""Blocks above the body's first that may still be its header (headline, deck, byline, date,
share row): a byline element there is the article's own."""


def _other_bylines(scan: Scan, body: Body, inside: list[Block]) -> Iterator[str | None]:
    """Where else a page names its reporter, in the order trusted, each read only when those
    before it named no one: a byline element anywhere, a byline line in the body or at its
    edges, a short byline block near the article, a board's writer row."""
    yield scan.byline
    yield body.reporter
    yield byline_reporter(body.paragraphs)
    yield page_reporter(scan.blocks, inside)
    yield page_writer(scan.blocks)


def _local_date(meta: dict[str, str], shown_date: Callable[[], str | None]) -> str | None:
    """The metadata's date; when it is told in UTC, the date the page shows if that is a day
    later (a story published at 08:30 in Korea is stamped 23:30Z the day before)."""
    stated = meta.get("published")
    shown = shown_date() if stated and meta.get("published_utc") == stated else None
    if stated and shown:
        try:
            later = date.fromisoformat(shown[:10]) - date.fromisoformat(stated[:10])
        except ValueError:
            return stated
        if later == timedelta(days=1):
            return shown
    return stated


def clean_html(page: Page) -> Article:
    trimmed = trim(page.text)
    scan = scan_document(parse(within_limit(trimmed.markup)))
    scan.json_ld[:0] = trimmed.json_ld
    scan.scripts[:0] = trimmed.scripts
    meta = head_meta(scan)
    blocks = scan.blocks
    container = known_container(scan) or best_container(blocks)
    inside = blocks if container is None else blocks_within(blocks, container)
    body = read(inside, container)
    embedded = embedded_article(scan.scripts, scan.json_ld)
    titles = [meta.get("title", ""), meta.get("page_title", "")]
    authors = scan.authors
    from_data = embedded is not None and stands_in(embedded, body.paragraphs, titles)
    if embedded and from_data:
        body = gather(embedded.paragraphs, Body(published=meta_date(embedded.published or "")))
        meta.setdefault("title", embedded.headline or "")
        authors = [*embedded.authors, *authors]  # the story's own author before the page's
    elif embedded and titled(embedded, titles):
        authors = [*authors, *embedded.authors]
    elif sum(len(p) for p in body.paragraphs) < MIN_BODY:
        fallback = meta.get("articleBody") or script_article(scan.scripts)
        if fallback and len(fallback) > sum(len(p) for p in body.paragraphs):
            body = read_fragment(fallback, body)
            authors = [*authors, *script_authors(scan.scripts)]
    first = blocks.index(inside[0]) if inside and body.paragraphs else len(blocks)
    own_names = site_names(meta, blocks)
    title = pick_title(meta, scan, first, own_names)
    if title:
        said_again = title_repeats(title)
        body.paragraphs = [p for p in body.paragraphs if not said_again(p)]
    subtitle = pick_subtitle(scan, first, title)
    if subtitle:
        body.paragraphs = [p for p in body.paragraphs if fingerprint(p) != fingerprint(subtitle)]
    published = (
        _local_date(meta, lambda: body.published or page_date(blocks))
        or scan.published
        or body.published
        or page_date(blocks)
        or nearest_date(scan.dates, first)
        or stamp_above(blocks, first)
        or signature_date(body.paragraphs)
        or body.updated
    )
    sites = own_names | copyright_names(blocks) | set(scan.outlets)
    last = blocks.index(inside[-1]) if inside and body.paragraphs else first
    shown = (
        []
        if container is None or from_data
        else shown_bylines(scan.bylines, first - BYLINE_ABOVE, last + 1)
    )
    others = _other_bylines(scan, body, inside)
    reporter = signed_by(shown, first_person(authors, sites)) or next(
        (name for name in others if name and not is_site_name(name, sites)), None
    )
    return Article(
        text="\n\n".join(body.paragraphs),
        title=title,
        subtitle=subtitle,
        reporter=reporter,
        published=published,
        source=(
            meta.get("site")
            or title_site(meta.get("page_title", ""))
            or copyright_site(blocks, blocks.index(inside[-1]) if inside else len(blocks))
        ),
        path=str(page.path),
    )
