"""What a file's bytes are: a binary format we refuse, MHTML, HTML or plain text."""

from __future__ import annotations

import re

NOT_A_PAGE = "not a saved page"
NOT_TEXT = "not a text page"
"""The reasons given for files that are some other kind of document (a PDF, a JSON file, an
image): an import skips them, where it fails on a page it cannot read."""


def plainly_not_a_page(reason: str) -> bool:
    """Whether a `PageError`'s reason says the file is not a page at all."""
    return reason.startswith((NOT_A_PAGE, NOT_TEXT))


_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"WEBP", 8, "WebP image"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"\x00\x00\x01\x00", 0, "icon"),
    (b"%PDF", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive"),
    (b"PK\x05\x06", 0, "ZIP archive"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"BZh", 0, "bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "Office or HWP document"),
    (b"\x7fELF", 0, "program"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"wOFF", 0, "font"),
    (b"wOF2", 0, "font"),
    (b"ftyp", 4, "video"),
    (b"ID3", 0, "audio"),
    (b"OggS", 0, "audio"),
    (b"fLaC", 0, "audio"),
)

# Each comment is taken whole (atomic): a `.*?` free to run on past its `-->` into the next
# comment made `<!---->` × 40 take minutes to reject.
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?>(?:<!--.*?-->\s*)*)"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|base|link|div|p|article|section|main|header"
    rb"|table|span|h[1-6]|ul|ol|font|center|form|script|style|noscript|iframe|img|a|br|!--)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    rb"</?(?:html|body|head|div|p|span|table|td|tr|li|ul|h[1-6]|article|section|a|img|meta)"
    rb"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
"""The tags whose density makes a fragment HTML. Not `<br>`: a feed's or a broadcaster's script
copied as text, its paragraphs parted by `<br />` and nothing else, is a text page with line
breaks spelled as tags (`clean.text_markup` reads them so), not markup to parse."""
_MIME_HEADER = re.compile(
    rb"^content-type:\s*(?:multipart/|text/html)", re.IGNORECASE | re.MULTILINE
)
_MIME_VERSION = re.compile(rb"^mime-version:", re.IGNORECASE | re.MULTILINE)
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:[ \t]")


_CONTROL_BYTES = (*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20))


def binary_kind(head: bytes) -> str | None:
    """The name of the binary format `head` starts with, or None when it may be text."""
    for magic, offset, name in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return name
    if utf16_codec(head):
        return None
    sample = head[:4096]
    if sample and sum(sample.count(c) for c in _CONTROL_BYTES) * 20 > len(sample):
        return "binary data"
    return None


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF8_BOM = b"\xef\xbb\xbf"
_SNIFFED_BYTES = 65536
"""How much of a page the sniffers read: `is_html` weighs the density of tags in this much."""


def utf16_codec(data: bytes) -> str | None:
    """The codec of a page written in UTF-16, with a BOM (`utf-16` reads and drops it) or without
    one (the side of the byte pairs holding the NULs says which end comes first)."""
    if data.startswith(UTF16_BOMS):
        return "utf-16"
    if looks_utf16(data):
        return "utf-16-le" if data[1:2048:2].count(0) > data[0:2048:2].count(0) else "utf-16-be"
    return None


def sniffed_head(data: bytes) -> bytes:
    """A page's first bytes as `is_mhtml` and `is_html` read them: UTF-16 (with a BOM or
    without) as UTF-8, a UTF-8 BOM dropped. The loader and the folder walk both ask it, so a
    file the walk takes for a page is read as one, and the other way round."""
    codec = utf16_codec(data)
    if codec:
        return data[: 2 * _SNIFFED_BYTES].decode(codec, "ignore").encode("utf-8")[:_SNIFFED_BYTES]
    return data[:_SNIFFED_BYTES].removeprefix(UTF8_BOM)


def looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: NULs on one side of many byte pairs (ASCII letters, digits, spaces
    and line ends), and on the other side only beside the lead byte of a syllable or an
    ideograph (가 is U+AC00, 관 U+AD00, 一 U+4E00: common in Korean prose, so a count of NULs
    alone took a page of it for binary data)."""
    sample = head[: min(len(head), 2048) & ~1]  # whole byte pairs
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    if even.count(0) > odd.count(0):
        even, odd = odd, even
    stray = sum(
        1 for low, high in zip(even, odd, strict=True) if low == 0 and not _is_lead_byte(high)
    )
    half = len(sample) // 2
    return odd.count(0) > half * 0.05 and stray <= half * 0.01


def _is_lead_byte(byte: int) -> bool:
    return 0xAC <= byte <= 0xD7 or 0x4E <= byte <= 0x9F


def is_mhtml(head: bytes) -> bool:
    """A MIME message: header lines at the top, with a multipart (or a single HTML) body."""
    block = head.lstrip()[:8192]
    end = re.search(rb"\r?\n\r?\n", block)
    headers = block[: end.start()] if end else block
    if not _HEADER_LINE.match(headers) or not _MIME_HEADER.search(headers):
        return False
    return b"multipart/" in headers.lower() or bool(_MIME_VERSION.search(headers))


def is_html(head: bytes) -> bool:
    """HTML when it opens with markup, or when markup is dense enough to be a fragment."""
    if _HTML_START.match(head[:4096]):
        return True
    sample = head[:65536]
    tags = len(_HTML_TAG.findall(sample))
    return tags >= 5 and tags * 200 >= len(sample)
