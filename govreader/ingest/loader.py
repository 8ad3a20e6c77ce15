"""One saved page's path to a `Page`: read, refuse what is not a page, detect, decode."""

from __future__ import annotations

import html
import re
from pathlib import Path

from govreader.ingest.decode import decode
from govreader.ingest.files import read_file
from govreader.ingest.mhtml import NoPagePart, main_part
from govreader.ingest.safety import terminal_safe
from govreader.ingest.sniff import (
    NOT_TEXT,
    UTF8_BOM,
    binary_kind,
    is_html,
    is_mhtml,
    sniffed_head,
    utf16_codec,
)
from govreader.model import Page, PageError, PageFormat

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_URL_TAG = re.compile(r"<(link|meta)\b([^<>]*)", re.IGNORECASE)
"""A `<link>` or `<meta>` tag's attributes: each try ends at the next `<`, so tags never overlap
and a page of unclosed tags is read once (a pattern spanning `[^>]+rel=…[^>]+href` was cubic)."""
_CANONICAL_REL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_OG_URL = re.compile(r"""\bproperty\s*=\s*["']og:url["']""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']?([^"'<>\s]+)""", re.IGNORECASE)
_CONTENT = re.compile(r"""\bcontent\s*=\s*["']?([^"'<>\s]+)""", re.IGNORECASE)


UNDECODABLE_MHTML = "a damaged web archive: its page part is not valid base64"
NO_PAGE_PART = "a web archive with no page in it (only images or other files)"


def load_page(path: Path, data: bytes | None = None) -> Page:
    """Read and decode one saved page; raises `PageError(path, reason)` for anything else.
    `data`: the page's bytes when the caller has read them already (and hashed them)."""
    path = Path(path)
    if data is None:
        data = read_file(path)
    if not data.strip():
        raise PageError(path, "empty file")
    kind = binary_kind(data[:8192])
    if kind:
        raise PageError(path, f"{NOT_TEXT} ({kind})")
    head = sniffed_head(data)
    if is_mhtml(head):
        wide = utf16_codec(data)  # an archive is a MIME message of 8-bit lines
        archive = data.decode(wide, "replace").encode() if wide else data.removeprefix(UTF8_BOM)
        page = _load_mhtml(path, archive)
        if page is not None:
            return page
    fmt = PageFormat.HTML if is_html(head) else PageFormat.TEXT
    text, encoding = decode(data)
    return _page(path, text, fmt, encoding, None)


def _load_mhtml(path: Path, data: bytes) -> Page | None:
    try:
        part = main_part(data)
    except NoPagePart:
        raise PageError(path, NO_PAGE_PART) from None
    except Exception:  # a mangled archive: fall back to reading the bytes as they are
        return None
    if part is None:
        return None
    if part.undecodable:
        raise PageError(path, UNDECODABLE_MHTML)
    text, encoding = decode(part.data, part.charset)
    fmt = PageFormat.MHTML if part.is_html else PageFormat.TEXT
    return _page(path, text, fmt, encoding, part.url)


def _canonical_url(head: str) -> str | None:
    """The page's own address from `<link rel=canonical href>` or `<meta property=og:url>`."""
    for tag in _URL_TAG.finditer(head):
        name, attributes = tag.group(1).lower(), tag.group(2)
        wanted = (_CANONICAL_REL, _HREF) if name == "link" else (_OG_URL, _CONTENT)
        if wanted[0].search(attributes):
            value = wanted[1].search(attributes)
            if value:
                return html.unescape(value.group(1))
    return None


def _page(path: Path, text: str, fmt: PageFormat, encoding: str, url: str | None) -> Page:
    text = terminal_safe(text)
    if not text.strip():
        raise PageError(path, "empty file")
    if url is None and fmt is not PageFormat.TEXT:
        head = text[:20000]
        match = _SAVED_FROM.search(head)
        url = html.unescape(match.group(1)) if match else _canonical_url(head)
    return Page(
        path=path, text=text, format=fmt, encoding=encoding, url=terminal_safe(url or "") or None
    )
