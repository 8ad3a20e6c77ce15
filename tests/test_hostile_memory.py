"""Memory that grows with a page's longest run must stay a small multiple of the run.

A regular expression whose repeated part is a group (`(?:\\n[ \\t][^\\n]*)*`, `(?:[^"]|\\.){400,}`)
keeps a backtracking state for each repetition, about 140 bytes: a run of ten million characters
costs 1.4 GB where the text itself is 10 MB, and a page at the size limit more than a machine
has. These measure the peak of Python's allocations (tracemalloc, which sees the regular
expression engine's stack) on a few MB of each shape: the bound is several times the input, far
below what a state per repetition takes.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from govreader.clean.html_body import script_article
from govreader.ingest.mhtml import main_part
from tests.hostile import PROSE


def _peak_mb(run: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()


def test_a_header_folded_over_a_million_lines_is_measured_in_little_memory() -> None:
    archive = b"MIME-Version: 1.0\nContent-Type: text/html;\n" + b" x\n" * 1_000_000
    archive += b"\n<p>" + PROSE.encode() + b"</p>"
    assert main_part(archive) is None  # far over the longest header read
    assert _peak_mb(lambda: main_part(archive)) < 20  # a state per line: 125 MB


def test_a_long_string_in_a_script_is_read_in_little_memory() -> None:
    image = "A" * 3_000_000
    scripts = [f'window.s = {{"photo": "data:image/png;base64,{image}", "story": "{PROSE * 4}"}}']
    assert script_article(scripts) == PROSE * 4
    assert _peak_mb(lambda: script_article(scripts)) < 30  # a state per character: 420 MB
