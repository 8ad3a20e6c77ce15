"""Adversarial growth: each pattern family that once backtracked super-linearly stays linear.

A regular expression with nested or overlapping quantifiers (`(?:\\S+\\s?){1,3}`, `[^>]+x[^>]+y`,
`(?:<!--.*?-->)*`) can take time that grows as the square, the cube or the exponential of its
input. Each family below feeds the pattern, used as the code uses it, the input that made it
blow up, at size n and 16n (two steps of 4×): linear work grows 16×, quadratic 256×. The test
fails above 64× (a slope of 1.5 on a log-log plot), a margin of 4× either way for a shared
machine's noise (caches and allocators add steps of 2-3× at some sizes).

`GOVREADER_FUZZ=long` (bench/fuzz_long.py) runs every family at 16× the size.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from govreader.clean.boilerplate import _CHROME
from govreader.clean.dates import cued_date
from govreader.clean.site_names import SITE_LIKE
from govreader.ingest.decode import _META_CHARSET, _UTF8_RUN, _XML_ENCODING
from govreader.ingest.loader import _canonical_url
from govreader.ingest.sniff import _HTML_START
from tests.growth import growth

pytestmark = pytest.mark.slow

SCALE = 16 if os.environ.get("GOVREADER_FUZZ") == "long" else 1
GROWTH = 16
MAX_RATIO = 64.0
"""Time at 16n over time at n: linear is 16, quadratic 256."""


FAMILIES: dict[str, tuple[Callable[[int], object], int]] = {
    "sniff: empty comments then a letter": (
        lambda n: _HTML_START.match(b"<!---->" * n + b"x"),
        1_000,
    ),
    "sniff: an unclosed comment": (lambda n: _HTML_START.match(b"<!--" + b"-" * n), 4_000),
    "site name: one long word": (lambda n: SITE_LIKE.fullmatch("가" * n), 2_000),
    "site name: three long words": (lambda n: SITE_LIKE.fullmatch(("가" * n + " ") * 3), 1_000),
    "canonical: unclosed links": (lambda n: _canonical_url("<link rel=canonical " * n), 1_000),
    "canonical: unclosed og:url metas": (
        lambda n: _canonical_url("<meta property='og:url' " * n),
        1_000,
    ),
    "charset: unclosed metas": (lambda n: _META_CHARSET.search(b"<meta=" * n), 1_000),
    "charset: xml declarations": (lambda n: _XML_ENCODING.search(b"<?xml " * n), 1_000),
    "chrome: a row of section names that ends in a word": (
        lambda n: _CHROME.fullmatch("정치 경제 | 사회 " * n + "해오름"),
        200,
    ),
    "mixed encodings: UTF-8 starts that fail": (
        lambda n: list(_UTF8_RUN.finditer(b"\xea\xb0\x80 ab\xff" * n)),
        1_000,
    ),
    "mixed encodings: one long UTF-8 run": (
        lambda n: list(_UTF8_RUN.finditer("가나 ·“다”".encode() * n + b"\xff")),
        1_000,
    ),
    "dates: cues and spaced numbers, no date": (
        lambda n: cued_date("입력 2024 03 " * n),
        500,
    ),
}


@pytest.mark.parametrize("family", FAMILIES)
def test_pattern_work_grows_linearly(family: str) -> None:
    run, n = FAMILIES[family]
    ratio = growth(run, n * SCALE, GROWTH, MAX_RATIO, runs=5)
    assert ratio < MAX_RATIO, f"{family}: {GROWTH}× the input took {ratio:.0f}× the time"
