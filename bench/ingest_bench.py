"""Load + clean speed over ../shared/corpus on one core, against trafilatura in the same run.

Run: python bench/ingest_bench.py [--rounds N]. Prints pages/s for govreader (HTML and text
pages) and, when trafilatura is importable (the optional `bench` extra), for
`trafilatura.extract` over the same HTML pages, and the ratio. The two alternate round by round
so that both see the same machine load; the ratio is the median of the rounds' ratios.
Goal: ratio >= 1.0.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def seconds(work: Callable[[Path], object], paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        work(path)
    return time.perf_counter() - start


def ours(path: Path) -> object:
    from govreader.clean import clean_page
    from govreader.ingest import load_page

    return clean_page(load_page(path))


def trafilatura_extract(path: Path) -> object:
    import trafilatura

    return trafilatura.extract(path.read_bytes())


def has_trafilatura() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # the work tree's package, installed or not
    html = sorted((args.corpus / "html").glob("*.html"))
    text = sorted((args.corpus / "text").glob("*.txt"))
    if not html:
        print(f"no pages under {args.corpus}", file=sys.stderr)
        return 1
    baseline = has_trafilatura()
    for path in html[:3]:  # warm imports and caches for both sides
        ours(path)
        if baseline:
            trafilatura_extract(path)
    mine, theirs, both = [], [], []
    for _ in range(args.rounds):
        mine.append(seconds(ours, html))
        both.append(seconds(ours, html + text))
        if baseline:
            theirs.append(seconds(trafilatura_extract, html))
    print(f"govreader load+clean, {len(html)} HTML pages: {len(html) / min(mine):8.1f} pages/s")
    print(
        f"govreader load+clean, {len(html) + len(text)} HTML+text pages:"
        f" {(len(html) + len(text)) / min(both):8.1f} pages/s"
    )
    if not baseline:
        print("trafilatura not installed (pip install '.[bench]'): no baseline")
        return 0
    print(f"trafilatura.extract, {len(html)} HTML pages: {len(html) / min(theirs):8.1f} pages/s")
    ratio = statistics.median(t / m for t, m in zip(theirs, mine, strict=True))
    print(f"ratio (govreader / trafilatura, HTML, median of {args.rounds} rounds): {ratio:.2f}x")
    print("goal: >= 1.00x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
