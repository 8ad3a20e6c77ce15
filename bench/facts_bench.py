"""Fact extraction time against load + clean time, per article, in the same run.

Run: python bench/facts_bench.py [--rounds N]. Over ../shared/corpus (HTML and text pages) and
the bundled sample_articles/, prints the median and total milliseconds per article of load+clean
and of `facts.extract`, the facts found, and the ratio extract / clean. Goal: well under 1.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "sample_articles"


def pages(corpus: Path) -> list[Path]:
    found = sorted((corpus / "html").glob("*.html")) + sorted((corpus / "text").glob("*.txt"))
    if SAMPLES.is_dir():
        found += sorted(p for p in SAMPLES.iterdir() if p.is_file())
    return found


def best_time(work: object, argument: object, rounds: int) -> float:
    """Best of `rounds` calls, in seconds, so a busy moment does not count."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        work(argument)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # the work tree's package, installed or not
    from govreader.clean import clean_page
    from govreader.facts import extract
    from govreader.ingest import load_page
    from govreader.model import PageError

    def load_and_clean(path: Path) -> object:
        return clean_page(load_page(path))

    cleaning: list[float] = []
    extracting: list[float] = []
    facts = 0
    for path in pages(args.corpus):
        try:
            article = load_and_clean(path)
        except PageError:
            continue
        cleaning.append(best_time(load_and_clean, path, args.rounds))
        extracting.append(best_time(extract, article, args.rounds))
        facts += len(extract(article))
    if not cleaning:
        print(f"no readable pages under {args.corpus} or {SAMPLES}", file=sys.stderr)
        return 1
    print(f"{len(cleaning)} articles, {facts} facts")
    for name, times in (("load+clean", cleaning), ("extract", extracting)):
        median = statistics.median(times) * 1000
        print(f"{name:>10}: median {median:7.2f} ms/article, total {sum(times) * 1000:8.1f} ms")
    ratios = [e / c for e, c in zip(extracting, cleaning, strict=True)]
    print(f"extract / clean: {sum(extracting) / sum(cleaning):.3f} overall, ", end="")
    print(f"median {statistics.median(ratios):.3f} per article, worst {max(ratios):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
