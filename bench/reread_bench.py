"""What `govreader add` of a folder already imported costs, against importing it (same run):
unchanged, after newer facts rules (the stored articles' facts are read again, no cleaning),
and after newer cleaning rules (every page is parsed again).

Usage: python bench/reread_bench.py [--count 1000 | --pages DIR] [--jobs 2] [--runs 3]

Pages come from bench/make_library.py (whose pages are dense in facts: reading their facts takes
about four times as long as cleaning them), or from a folder of saved pages. Each figure is the
median of `--runs` imports, wall time and the CPU time of this process and its workers, as a
ratio to the first import.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_library import generate_pages  # noqa: E402

from govreader import reading  # noqa: E402
from govreader.library import Library, import_paths  # noqa: E402
from govreader.reading import ReaderVersions  # noqa: E402


def _cpu() -> float:
    own, children = os.times(), os.times()
    return own.user + own.system + children.children_user + children.children_system


def _timed(library: Path, pages: Path, jobs: int, before: Callable[[], None]) -> tuple[float, ...]:
    before()
    with Library.open(library) as opened:
        began, cpu = time.perf_counter(), _cpu()
        summary = import_paths(opened, [pages], jobs=jobs)
        wall, cpu = time.perf_counter() - began, _cpu() - cpu
    done = summary.imported + summary.refreshed + summary.unchanged
    return wall, cpu, done, summary.refreshed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--pages", type=Path, help="a folder of saved pages to import instead")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    today = reading.reader_versions()
    work = Path(tempfile.mkdtemp(prefix="govreader-reread-"))
    try:
        pages = args.pages or work / "pages"
        if not args.pages:
            generate_pages(pages, args.count)
        library = work / "library"
        rounds = 0

        def fresh() -> None:
            shutil.rmtree(library, ignore_errors=True)
            reading.reader_versions = lambda: today  # type: ignore[assignment]

        def newer(cleaning: str = "", facts: str = "") -> Callable[[], None]:
            def change() -> None:
                nonlocal rounds
                rounds += 1  # each run's rules differ from the last run's
                versions = ReaderVersions(
                    f"{cleaning}{rounds}" if cleaning else today.cleaning,
                    f"{facts}{rounds}" if facts else today.facts,
                )
                reading.reader_versions = lambda: versions  # type: ignore[assignment]

            return change

        cases: list[tuple[str, Callable[[], None]]] = [
            ("import (baseline)", fresh),
            ("add again, unchanged", lambda: None),
            ("add again, newer facts rules", newer(facts="f")),
            ("add again, newer cleaning rules", newer(cleaning="c")),
        ]
        baseline: tuple[float, float] | None = None
        for name, before in cases:
            runs = []
            for _ in range(args.runs):
                runs.append(_timed(library, pages, args.jobs, before))
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            pages_done, refreshed = runs[-1][2], runs[-1][3]
            if baseline is None:
                baseline = (wall, cpu)
            print(
                f"{name:34} {wall:7.2f} s wall ({wall / baseline[0]:5.3f} x), {cpu:7.2f} s CPU"
                f" ({cpu / baseline[1]:5.3f} x), {wall / pages_done * 1000:6.2f} ms a page,"
                f" read again {refreshed}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
