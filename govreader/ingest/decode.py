"""Bytes to str: BOM, declared charset, then the likeliest truth; never an exception.

A declared charset is a claim, not a fact: pages that declare EUC-KR but hold UTF-8 are common,
so a strict UTF-8 reading wins first, then the declared codec, then CP949, then detection.
"""

from __future__ import annotations

import codecs
import re

from govreader.ingest.sniff import utf16_codec

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# `[^<>]` keeps each try inside one tag: with `[^>]`, every `<meta` of a page with no `>` after
# it rescanned the rest of the head.
_META_CHARSET = re.compile(
    rb"""<meta[^<>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^<>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")

_KOREAN_LABELS = {
    "euc-kr",
    "euckr",
    "euc_kr",
    "ks_c_5601-1987",
    "ks_c_5601",
    "ksc5601",
    "ksc_5601",
    "korean",
    "windows-949",
    "x-windows-949",
    "ms949",
    "uhc",
    "cp949",
}


_NOT_CHARSETS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined", "utf-7", "charmap"}
)
"""Python codecs a page can name that no browser reads a page in: they turn `\\ud800` in the
text into a lone surrogate (which no output can encode), raise a bare UnicodeError, or refuse
every byte."""


_ASCII = b"<meta charset=x> Az09"


def _reads_ascii(name: str) -> bool:
    """Whether the codec reads ASCII bytes as ASCII. A charset is declared in ASCII, so one that
    does not (EBCDIC's cp037, UTF-16, UTF-32; `hex`, `rot13`, which are no text encodings)
    cannot be the page's own; Python reads any bytes in EBCDIC, every one of them wrong."""
    try:
        return _ASCII.decode(name) == _ASCII.decode("ascii")
    except (UnicodeError, LookupError):
        return False


def codec_for(label: str | None) -> str | None:
    """The Python codec for a web charset label (EUC-KR means CP949); None when unknown, when
    the label names a Python codec that is no charset (`unicode_escape`, `punycode`), or one
    that does not read ASCII as ASCII (`_reads_ascii`)."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _KOREAN_LABELS:
        return "cp949"
    if label in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name in _NOT_CHARSETS or not _reads_ascii(name) else name


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first few KB (meta charset, http-equiv or XML)."""
    head = data[:8192]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return codec_for(match.group(1).decode("ascii", "replace")) if match else None


def bom_codec(data: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The text of `data` and the codec used; `declared` is a hint from outside the bytes."""
    bom = bom_codec(data)
    if bom:
        name, size = bom
        return data[size:].decode(name, "replace"), name
    wide = utf16_codec(data)
    if wide:
        return data.decode(wide, "replace"), wide
    candidates = ["utf-8", codec_for(declared) or declared_charset(data), "cp949"]
    for name in dict.fromkeys(c for c in candidates if c):
        try:
            return data.decode(name), name
        except LookupError:
            continue
        except UnicodeDecodeError:
            text = data.decode(name, "replace")
            if text.count("\ufffd") <= 2 + len(data) // 5000:  # a cut-off end or a stray byte
                return text, name
            if name == "utf-8":
                mixed = _line_by_line(data)
                if mixed is not None:
                    return mixed, "utf-8+cp949"
    return _best_guess(data)


_HANGUL = re.compile("[\uac00-\ud7a3]")
_SYLLABLE = rb"[\xea-\xed][\x80-\xbf]{2}"
_UTF8_RUN = re.compile(
    _SYLLABLE
    + rb"[\x00-\x7f]{0,3}"
    + _SYLLABLE
    + rb"(?:[\x00-\x7f]|\xc2[\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})*"
)
"""UTF-8 from two Hangul syllables on (`청년`, `및 청년`), through ASCII, `·` and the like (U+0080
to U+00BF) and any wider character. CP949 bytes spell such a start by chance about once in ten
thousand characters, and its two-byte syllables are two-byte UTF-8 more often than that (one in
ten), so other two-byte UTF-8 (Latin letters, rare on these pages) ends a run. Each alternative
starts on its own bytes: a run is read in one pass."""


def _line_by_line(data: bytes) -> str | None:
    """A page pasted together from a UTF-8 and an EUC-KR source, each line read in its own
    encoding; None unless both really occur (UTF-8 Hangul on one line, strict CP949 on another,
    or both on one line), since one codec for the whole file would garble one of the halves."""
    lines: list[str] = []
    utf8 = cp949 = 0
    for line in data.split(b"\n"):
        try:
            text = line.decode("utf-8")
            utf8 += bool(_HANGUL.search(text))
        except UnicodeDecodeError:
            try:
                text = line.decode("cp949")
                cp949 += 1
            except UnicodeDecodeError:
                text, both = _mixed_line(line)
                utf8 += both
                cp949 += both
        lines.append(text)
    return "\n".join(lines) if utf8 and cp949 else None


def _mixed_line(line: bytes) -> tuple[str, bool]:
    """A line that neither codec reads whole (two sources run together with no line break
    between them, or a page kept on one line): its runs of UTF-8 Hangul as UTF-8, the bytes
    between as CP949, and True; or, when the bytes between are not CP949 either (noise to both
    codecs), the line as CP949 with replacement characters, and False, as soon as that is seen."""
    parts: list[str] = []
    at = 0
    try:
        for run in _UTF8_RUN.finditer(line):
            parts += (line[at : run.start()].decode("cp949"), run.group().decode("utf-8"))
            at = run.end()
        parts.append(line[at:].decode("cp949"))
    except UnicodeDecodeError:
        return line.decode("cp949", "replace"), False
    return "".join(parts), len(parts) > 1


def _best_guess(data: bytes) -> tuple[str, str]:
    """charset-normalizer's reading, else UTF-8 or CP949 with replacement characters."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, "replace"), best.encoding
    utf8 = data.decode("utf-8", "replace")
    cp949 = data.decode("cp949", "replace")
    if cp949.count("\ufffd") < utf8.count("\ufffd"):
        return cp949, "cp949"
    return utf8, "utf-8"
