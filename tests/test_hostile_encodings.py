"""Broken and misdeclared encodings: always a best reading, replacement characters where the bytes
say nothing, and never an exception, through `load_page` and through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from govreader.ingest.decode import decode
from govreader.reading import read_page
from tests.hostile import PROSE, run_cli, unsafe_characters

KOREAN = "구로구는 지난해 일자리를 창출했다고 밝혔다. 청년 일자리 사업을 계속 추진한다."
CP949_ONLY = "똠방각하 햏자 쀍 뷁 믜"
"""Syllables outside KS X 1001 (EUC-KR proper) that CP949 encodes: a strict EUC-KR decoder fails
on them."""


DENSE_NULS = "시가 관내 기관과 함께 가족 관광 사업을 연다. 관계자가 참가 신청을 받는다. "


def _html(body: str, charset: str | None = None) -> str:
    meta = f"<meta charset='{charset}'>" if charset else ""
    return f"<html><head>{meta}<title>제목 줄입니다</title></head><body><p>{body}</p></body></html>"


NOT_CHARSETS = ("unicode_escape", "raw_unicode_escape", "punycode", "idna", "undefined", "utf-7")
"""Codecs Python knows by a name a page can declare, that read escapes (`\\ud800` becomes a lone
surrogate, which no output can encode), raise a bare UnicodeError or refuse every byte."""


ASCII_MISREAD = ("cp037", "cp500", "cp1140", "utf-16", "utf-16-be", "utf-32", "rot13", "hex", "uu")
"""Charsets a page declares in ASCII that cannot be its own: EBCDIC (Python reads any bytes in
it, all of them wrong), UTF-16 and UTF-32, and codecs that are not text encodings at all."""


def _not_a_charset(codec: str) -> tuple[bytes, str]:
    """A CP949 page (so a strict UTF-8 reading fails) declaring `codec`, with escapes in it."""
    body = KOREAN + " \\ud800 \\x1b]0;title\\x07 +2AA- " + KOREAN
    return _html(body, codec).encode("cp949"), "청년 일자리 사업"


CASES: dict[str, Callable[[], tuple[bytes, str]]] = {
    "invalid UTF-8 bytes sprinkled": lambda: (
        KOREAN.encode().replace(b" ", b" \xff\xc3(", 3) + b"\xe0\x80",
        "청년 일자리 사업",
    ),
    "declares UTF-8, written in CP949": lambda: (
        _html(KOREAN, "utf-8").encode("cp949"),
        "청년 일자리 사업",
    ),
    "declares EUC-KR, written in UTF-8": lambda: (
        _html(KOREAN, "euc-kr").encode(),
        "청년 일자리 사업",
    ),
    "declares an unknown charset": lambda: (
        _html(KOREAN, "x-no-such-charset").encode("cp949"),
        "청년 일자리 사업",
    ),
    "declares UTF-16 but is 8-bit": lambda: (_html(KOREAN, "utf-16").encode(), "청년 일자리 사업"),
    "UTF-8 first half, CP949 second half": lambda: (
        (KOREAN + "\n\n").encode() + (KOREAN.replace("청년", "노인") + "\n").encode("cp949"),
        "노인 일자리 사업",
    ),
    "UTF-8 and CP949 run together on one line": lambda: (
        KOREAN.encode() + KOREAN.replace("청년", "노인").encode("cp949"),
        "노인 일자리 사업",
    ),
    "UTF-16-LE without a BOM": lambda: ((KOREAN + "\n" + PROSE).encode("utf-16-le"), KOREAN[:20]),
    "UTF-16-BE without a BOM": lambda: ((KOREAN + "\n" + PROSE).encode("utf-16-be"), KOREAN[:20]),
    # 가 (U+AC00) and 관 (U+AD00) put a NUL on the other side of their byte pair: a page full
    # of them was once refused as binary data.
    "UTF-16-LE without a BOM, dense with 가 and 관": lambda: (
        (KOREAN + "\n" + DENSE_NULS * 20).encode("utf-16-le"),
        DENSE_NULS,
    ),
    "UTF-16-BE without a BOM, dense with 가 and 관": lambda: (
        (KOREAN + "\n" + DENSE_NULS * 20).encode("utf-16-be"),
        DENSE_NULS,
    ),
    "UTF-16 HTML without a BOM": lambda: (_html(KOREAN).encode("utf-16-le"), "청년 일자리 사업"),
    "CP949-only syllables, undeclared": lambda: (
        (CP949_ONLY + " " + KOREAN + "\n").encode("cp949"),
        CP949_ONLY,
    ),
    "CP949-only syllables, declared EUC-KR": lambda: (
        _html(CP949_ONLY + " " + KOREAN, "euc-kr").encode("cp949"),
        CP949_ONLY,
    ),
    "a truncated multibyte character at the end": lambda: (
        (KOREAN * 3).encode("cp949")[:-1],
        "청년 일자리 사업",
    ),
    "UTF-8 BOM then CP949": lambda: (b"\xef\xbb\xbf" + KOREAN.encode("cp949"), ""),
    "UTF-16 BOM with an odd byte count": lambda: (
        b"\xff\xfe" + KOREAN.encode("utf-16-le") + b"A",
        "",
    ),
    **{
        f"declares {codec}, a Python codec that is no web charset": partial(_not_a_charset, codec)
        for codec in NOT_CHARSETS
    },
    **{
        f"declares {codec}, which reads no ASCII as ASCII": partial(_not_a_charset, codec)
        for codec in ASCII_MISREAD
    },
}


@pytest.mark.parametrize("name", CASES)
def test_best_reading_never_raises(tmp_path: Path, name: str) -> None:
    data, expected = CASES[name]()
    page = tmp_path / "page.html"
    page.write_bytes(data)
    article = read_page(page)
    text = "\n".join(filter(None, (article.title, article.text)))
    assert unsafe_characters(text) == []
    assert expected in text
    for fact in article.facts:
        assert article.text[fact.start : fact.end] == fact.text


def test_mixed_encodings_keep_both_halves_readable(tmp_path: Path) -> None:
    """Each half reads as written: one codec for the whole file would garble one of them."""
    page = tmp_path / "mixed.txt"
    page.write_bytes((KOREAN + "\n\n").encode() + ("노인 " + KOREAN + "\n").encode("cp949"))
    article = read_page(page)
    assert "청년 일자리 사업" in article.text and "노인 구로구는" in article.text


@pytest.mark.parametrize("order", ["UTF-8 first", "CP949 first"])
def test_two_encodings_on_one_line_each_read_as_written(tmp_path: Path, order: str) -> None:
    """Two sources run together with no line break (or a page kept on one line): a syllable
    alone (`및`), a middle dot and curly quotes stay in the UTF-8 run, the CP949 bytes after it
    read whole."""
    utf8 = "및 청년·노인 일자리 “2만2,023개”를 창출했다. "
    cp949 = "해오름군은 어르신 일자리 사업에 예산 12억 원을 들인다. "
    parts = [utf8.encode(), cp949.encode("cp949")]
    page = tmp_path / "one-line.txt"
    page.write_bytes(b"".join(parts if order == "UTF-8 first" else parts[::-1]))
    text, codec = decode(page.read_bytes())
    assert codec == "utf-8+cp949"
    assert text == (utf8 + cp949 if order == "UTF-8 first" else cp949 + utf8)


def test_cli_reads_every_broken_encoding(tmp_path: Path) -> None:
    for index, make in enumerate(CASES.values()):
        (tmp_path / f"{index:02}.html").write_bytes(make()[0])
    run = run_cli(["facts", "--format", "jsonl", "."], cwd=tmp_path)
    assert run.status == 0, run.err_lines
    assert b"Traceback" not in run.stderr
    assert len(run.stdout.splitlines()) == len(CASES)
