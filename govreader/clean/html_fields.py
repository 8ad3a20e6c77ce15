"""The headline, subtitle, date, reporter and site of a scanned HTML page: what its meta tags
state, else the elements and lines around the article's body."""

from __future__ import annotations

import re

from govreader.clean.boilerplate import is_chrome
from govreader.clean.dates import cued_date, labelled_date, split_date, stamp_date
from govreader.clean.html_scan import Block, Scan
from govreader.clean.lines import fingerprint
from govreader.clean.metadata_lines import copyright_name, is_date_line
from govreader.clean.person_names import plausible_name
from govreader.clean.reporters import named_reporter, writer_in
from govreader.clean.site_names import DECORATION, GENERIC_TITLE, SITE_LIKE, names_only, strip_site

BREADCRUMB = re.compile(r"\S\s*[<>]\s*\S")


TITLE_SEPARATORS = (" | ", " - ", " < ", " > ", " : ", "ㅣ", " :: ")
"""Where a page title joins its headline and the site's name (headline - 해오름일보)."""


SITE_WORD = re.compile(r"\s+(?:홈페이지|누리집|포털)$")


FULLER_JOINS = ("…", "..", ",", ":", "-", "·", "!", "?", "‥", "/", "(", "[")
"""How a headline goes on where the page title cut it short."""


TRUNCATED = re.compile(r"\s*(?:\.{2,}|…)$")
"""The mark a site leaves where it cut a long headline to fit its page title or og:title."""


MAX_BLOCKS = 3000
"""Blocks read for copyright lines (a huge page's tail is no more telling)."""


HEADER_BLOCKS = 5
"""Blocks at the top of an article's container that may still be its header (category, date)."""


def site_names(meta: dict[str, str], blocks: list[Block]) -> set[str]:
    """The site's names: og:site_name (or JSON-LD's publisher), its copyright line's, and the
    page title's last segment after the headline."""
    names = {meta.get("site", ""), copyright_site(blocks) or ""}
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


def copyright_names(blocks: list[Block]) -> set[str]:
    """Every outlet a copyright line of the page names (a portal's copy names the paper under
    the story and the portal at the end): names a reporter may not be."""
    return {name for block in blocks[:MAX_BLOCKS] if (name := copyright_name(block.text))}


def pick_title(meta: dict[str, str], scan: Scan, first_body: int, sites: set[str]) -> str | None:
    """og:title or JSON-LD headline; else <title>; else the headline element above the body;
    none of them one of the site's `sites` (`site_names`)."""
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
    cut = TRUNCATED.search(title)  # a title cut at its length (제목 앞부분...): any rest fits
    key = fingerprint(title[: cut.start()] if cut else title)
    for text in reversed(headlines):
        full = fingerprint(text)
        if len(title) < len(text) <= (4 if cut else 2) * len(title) + 10 and full.startswith(key):
            rest = full[len(key) :]
            joined = cut is not None or rest.startswith(FULLER_JOINS)
            if rest and joined and "기자" not in rest and not is_date_line(text):
                return text
    return title


def pick_subtitle(scan: Scan, first_body: int, title: str | None) -> str | None:
    for position, text in scan.subtitles:
        near = position <= first_body + 2 and 8 <= len(text) <= 300 and text != title
        if near and not is_chrome(text) and not is_date_line(text):
            return text
    return None


def page_reporter(blocks: list[Block], inside: list[Block]) -> str | None:
    """A short byline block (홍길동 기자, 기사입력 ... | 홍길동 기자): in the article first, then
    the nearest above it, then below."""
    first = blocks.index(inside[0]) if inside else 0
    last = blocks.index(inside[-1]) if inside else len(blocks) - 1
    order = [*inside, *reversed(blocks[max(0, first - 40) : first]), *blocks[last + 1 : last + 40]]
    return named_reporter(block.text for block in order)


def title_site(page_title: str) -> str | None:
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


def copyright_site(blocks: list[Block], after: int = 0) -> str | None:
    """The outlet a copyright line names: the first line after the article, else the page's last
    (a portal's copy of a story carries the outlet's line under the story, its own at the end)."""
    for block in (*blocks[after : after + 80], *reversed(blocks[-300:])):
        name = copyright_name(block.text)
        if name:
            return name
    return None


def page_writer(blocks: list[Block]) -> str | None:
    """A board's 작성자 row, in one cell or split over a label and a value cell."""
    for i, block in enumerate(blocks):
        if len(block.text) <= 20 and ("작성" in block.text or "글쓴이" in block.text):
            following = blocks[i + 1].text if i + 1 < len(blocks) else ""
            name = writer_in(block.text) or writer_in(block.text, following)
            if name and plausible_name(name):  # not a form's next label (작성자, 비밀번호)
                return name
    return None


def nearest_date(dates: list[tuple[int, str]], first_body: int) -> str | None:
    """The date of a date-classed element (or <time>) nearest above the body or at its top (an
    article header inside the container), else the first."""
    above = [iso for position, iso in dates if position <= first_body + HEADER_BLOCKS]
    return above[-1] if above else (dates[0][1] if dates else None)


def stamp_above(blocks: list[Block], first_body: int) -> str | None:
    """A date stamp line (소식지 3월호 | 2025-03-05) just above the body."""
    for block in reversed(blocks[max(0, first_body - 12) : first_body + 1]):
        found = stamp_date(block.text)
        if found:
            return found
    return None


def page_date(blocks: list[Block]) -> str | None:
    """The first cued publication date anywhere on the page (등록일 2025.12.09, 입력 ...)."""
    for i, block in enumerate(blocks):
        if len(block.text) <= 120:
            found = cued_date(block.text)
            if found and not found[1]:
                return found[0]
            if i + 1 < len(blocks):
                following = blocks[i + 1].text
                labelled = labelled_date(block.text, following) or split_date(block.text, following)
                if labelled:
                    return labelled
    return None
