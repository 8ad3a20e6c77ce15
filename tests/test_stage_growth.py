"""Whole stages stay linear on hostile shapes the fuzzers do not make: runs of one counted unit
(`3명 3명 …`), of shares, of `▲` items, of short sentences each with a trigger, brackets within
brackets, thousands of short lines, table rows, links, unclosed paragraphs, nested tables and
lists, web archives of many parts.

`tests/test_regex_growth.py` holds single patterns to their growth; a stage can still go
quadratic through a loop (each count reading the text before it, each line the lines above). Each
family here runs one stage (ingest, clean or facts) on its shape at n and at 8n: linear work
grows 8×, quadratic 64×. The test fails above 24× (a slope of about 1.5 on a log-log plot),
leaving room for a shared machine's noise. Facts sizes stay under `facts.MAX_CHARS`, past which
the text is cut and growth would look flat whatever the readers do. `GOVREADER_FUZZ=long`
(bench/fuzz_long.py) runs the other families at 4 times the size.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from govreader.clean import clean_page
from govreader.facts import MAX_CHARS, extract
from govreader.ingest import load_page
from govreader.model import Article
from tests.growth import growth

pytestmark = pytest.mark.slow

GROWTH = 8
MAX_RATIO = 24.0
SCALE = 4 if os.environ.get("GOVREADER_FUZZ") == "long" else 1
"""`bench/fuzz_long.py` runs the ingest and clean families at 4 times their size (facts stay
under the cut)."""
JSON_LD = '<script type=\'application/ld+json\'>{"@type":"NewsArticle"}</script>'
SENTENCE = "구로구는 지난해 청년 일자리 사업에 예산 65억 원을 투입했다고 밝혔다."


def _facts(unit: str) -> Callable[[int], object]:
    return lambda n: extract(Article(text=unit * n))


def _clean(name: str, page: Callable[[int], str]) -> Callable[[int], object]:
    return lambda n: clean_page(load_page(Path(name), page(n).encode()))


def _html(body: str) -> str:
    return f"<html><head><title>제목</title></head><body><p>{SENTENCE}</p>{body}</body></html>"


def _mhtml(parts: int) -> bytes:
    head = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n'
    page = f"--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>{SENTENCE}</p>\r\n"
    part = "--B\r\nContent-Type: text/css\r\nContent-Location: {0}.css\r\n\r\np{{}}\r\n"
    return (head + page + "".join(part.format(i) for i in range(parts)) + "--B--\r\n").encode()


FACT_RUNS: dict[str, tuple[str, int]] = {
    "a run of one count": ("3명 ", 800),
    "counts with no space": ("3명", 1_000),
    "a run of shares": ("10% ", 600),
    "a run of ▲ items": ("▲청년 지원 ", 400),
    "counted audiences": ("청년 3명을 대상으로 ", 150),
    "short sentences of awards": ("구는 우수상을 수상했다. ", 120),
    "prize grades": ("최우수상 우수상 ", 300),
    "short sentences of programs": ("구는 ‘청년도약 지원사업’을 추진한다. ", 150),
    "lines of counted audiences": ("청년 3명을 대상으로 한다\n", 150),
    "brackets in brackets": ("(청년(3명)) ", 300),
    "quotes in quotes": ("“‘「청년」’” ", 600),
    "a list of sums": ("1억원, ", 500),
}
"""Facts families: a unit repeated, and n, its number of repeats at the smaller size."""

FAMILIES: dict[str, tuple[Callable[[int], object], int]] = {
    **{f"facts: {name}": (_facts(unit), n) for name, (unit, n) in FACT_RUNS.items()},
    "clean: short lines": (_clean("a.txt", lambda n: "제목\n\n" + "기자\n" * n), 4_000),
    "clean: byline lines": (_clean("a.txt", lambda n: "제목\n\n" + "홍길동 기자\n" * n), 2_000),
    "clean: photo credits": (
        _clean("a.txt", lambda n: "제목\n\n" + "[사진=구청 제공]\n" * n),
        2_000,
    ),
    "clean: table rows": (
        _clean("a.html", lambda n: _html("<table>" + "<tr><td>가</td><td>3명</td></tr>" * n)),
        800,
    ),
    "clean: a row of cells": (
        _clean("a.html", lambda n: _html("<table><tr>" + "<td>가</td>" * n + "</tr></table>")),
        1_000,
    ),
    "clean: links": (_clean("a.html", lambda n: _html("<a href='x'>가</a> " * n)), 1_500),
    "clean: unclosed paragraphs": (_clean("a.html", lambda n: _html("<p>가" * n)), 1_500),
    "clean: nested tables": (
        _clean("a.html", lambda n: _html("<table><tr><td>" * n + "가" + "</td></tr></table>" * n)),
        200,
    ),
    "clean: nested lists": (
        _clean("a.html", lambda n: _html("<ul><li>" * n + "가" + "</li></ul>" * n)),
        400,
    ),
    "clean: JSON-LD scripts": (
        _clean("a.html", lambda n: _html(JSON_LD * n)),
        1_000,
    ),
    "ingest: a web archive of many parts": (lambda n: load_page(Path("a.mhtml"), _mhtml(n)), 500),
    "ingest: UTF-8 and CP949 taking turns on one line": (
        lambda n: load_page(Path("a.txt"), ("가나".encode() + "다".encode("cp949")) * n),
        5_000,
    ),
}


@pytest.mark.parametrize("family", FAMILIES)
def test_stage_work_grows_linearly(family: str) -> None:
    run, n = FAMILIES[family]
    ratio = growth(run, n if family.startswith("facts") else n * SCALE, GROWTH, MAX_RATIO)
    assert ratio < MAX_RATIO, f"{family}: {GROWTH}× the input took {ratio:.0f}× the time"


def test_facts_sizes_stay_under_the_cut() -> None:
    """Past `MAX_CHARS` the text is cut, and any reader would look linear."""
    for name, (unit, n) in FACT_RUNS.items():
        assert len(unit) * n * GROWTH < MAX_CHARS, name
