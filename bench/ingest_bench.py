"""Load + clean speed over ../shared/corpus on one core, against trafilatura in the same run.

Run: python bench/ingest_bench.py [--rounds N]. Prints pages/s for govreader (HTML and text
pages) and, when trafilatura is importable (the optional `bench` extra), for
`trafilatura.extract` over the same HTML pages, and the ratio. Goal: ratio >= 1.0.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def pages_per_second(work: Callable[[Path], object], paths: list[Path], rounds: int) -> float:
    """Best of `rounds` passes over `paths`, so a cold cache or a busy moment does not count."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for path in paths:
            work(path)
        best = min(best, time.perf_counter() - start)
    return len(paths) / best


def ours(path: Path) -> object:
    from govreader.clean import clean_page
    from govreader.ingest import load_page

    return clean_page(load_page(path))


def trafilatura_extract(path: Path) -> object:
    import trafilatura

    return trafilatura.extract(path.read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # the work tree's package, installed or not
    html = sorted((args.corpus / "html").glob("*.html"))
    text = sorted((args.corpus / "text").glob("*.txt"))
    if not html:
        print(f"no pages under {args.corpus}", file=sys.stderr)
        return 1
    for path in html[:3]:  # warm imports and caches for both sides
        ours(path)
    ours_html = pages_per_second(ours, html, args.rounds)
    ours_all = pages_per_second(ours, html + text, args.rounds)
    print(f"govreader load+clean, {len(html)} HTML pages: {ours_html:8.1f} pages/s")
    print(f"govreader load+clean, {len(html) + len(text)} HTML+text pages: {ours_all:8.1f} pages/s")
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura not installed (pip install '.[bench]'): no baseline")
        return 0
    for path in html[:3]:
        trafilatura_extract(path)
    theirs = pages_per_second(trafilatura_extract, html, args.rounds)
    print(f"trafilatura.extract, {len(html)} HTML pages: {theirs:8.1f} pages/s")
    print(f"ratio (govreader / trafilatura, HTML): {ours_html / theirs:.2f}x  (goal >= 1.00x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
