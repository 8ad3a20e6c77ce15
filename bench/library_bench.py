"""Library benchmark: import speed (all cores against one process), size on disk, search and
listing times on a library of generated articles (default 10,000), each against a baseline run
in the same process.

Usage: python bench/library_bench.py [N] [--single M]
Goals (DESIGN.md): import on all cores >= 1.8 x one process on 2 cores; search median <= 50 ms;
the first 100 rows of the list <= 20 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_library import generate_pages

from govreader.library import Library, ListQuery, import_paths
from govreader.library.importer import default_jobs
from govreader.model import FactKind

QUERIES = (
    *("청년", "대상", "표창", "지원", "수상", "예산", "목표"),
    *("일자리", "어르신", "최우수상", "구직단념", "평생학습", "사회적경제"),
    *("일자리대상", "청년 일자리", "귀농귀촌 정착", "만 18세 이상", "스마트도시 조성"),
    *("국무총리 표창", "경력보유 여성", "공공일자리 사업", "지방자치단체", "정부세종컨벤션센터"),
    *("청년 대상", "구로구 표창", "없는검색어", "존재하지않는말"),
)
REPEATS = 5


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _timed(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (the workers)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _import(pages: list[Path] | Path, folder: Path, jobs: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and pages imported into a new library at `folder`."""
    shutil.rmtree(folder, ignore_errors=True)
    with Library.open(folder) as library:
        started, cpu = time.perf_counter(), _cpu()
        summary = import_paths(library, pages if isinstance(pages, list) else [pages], jobs=jobs)
        elapsed, cpu = time.perf_counter() - started, _cpu() - cpu
    if summary.failed:
        print(f"  ({len(summary.failed)} pages failed, first: {summary.failed[0]})")
    return elapsed, cpu, summary.imported


def _spin(_: int) -> float:
    started, total = time.perf_counter(), 0
    for i in range(3_000_000):
        total += i * i
    return time.perf_counter() - started


def _parallel_ceiling(jobs: int) -> float:
    """How much faster `jobs` CPU-bound processes get through `jobs` equal tasks than one
    process does, on this machine right now: the most any import pool could gain."""
    one = _spin(0) * jobs
    with get_context("fork").Pool(jobs) as pool:
        started = time.perf_counter()
        pool.map(_spin, range(jobs))
        return one / (time.perf_counter() - started)


def _like_scan(db: Path, query: str) -> int:
    """Baseline: the query's terms as LIKE patterns over every stored text, no index."""
    conn = sqlite3.connect(db)
    try:
        where = " AND ".join("(title || subtitle || body) LIKE ?" for _ in query.split())
        sql = f"SELECT count(*) FROM texts WHERE {where}"
        return conn.execute(sql, [f"%{t}%" for t in query.split()]).fetchone()[0]
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument(
        "--single", type=int, default=1_500, help="pages imported both ways for the ratio"
    )
    args = parser.parse_args(argv)
    jobs = default_jobs()
    work = Path(tempfile.mkdtemp(prefix="govreader-bench-"))
    try:
        print(f"cores: {jobs}, load average: {os.getloadavg()[0]:.2f} (1 min)")
        started = time.perf_counter()
        pages = generate_pages(work / "pages", args.count)
        print(f"generated {len(pages)} pages in {time.perf_counter() - started:.1f} s")

        import govreader.reading  # noqa: F401  (loaded before timing: neither run pays for it)

        subset = sorted(pages)[: args.single]
        one_s, one_cpu, one_n = _import(subset, work / "one", 1)
        many_s, many_cpu, many_n = _import(subset, work / "many", jobs)
        all_s, all_cpu, all_n = _import(work / "pages", work / "lib", jobs)
        one_rate, many_rate = one_n / one_s, many_n / many_s
        print("\nimport (wall clock; CPU ms a page in brackets, workers included)")
        print(
            f"  one process:   {one_rate:7.1f} pages/s ({one_n} pages in {one_s:.1f} s)"
            f" [{one_cpu / one_n * 1000:.1f}]"
        )
        print(
            f"  {jobs} processes:   {many_rate:7.1f} pages/s (the same pages in {many_s:.1f} s)"
            f" [{many_cpu / many_n * 1000:.1f}]"
        )
        print(f"  ratio:         {many_rate / one_rate:7.2f} x  (goal >= 1.8 on 2 cores)")
        print(
            f"  all {all_n} pages, {jobs} processes: {all_n / all_s:.1f} pages/s"
            f" ({all_s:.1f} s) [{all_cpu / all_n * 1000:.1f}]"
        )
        print(f"  load average now: {os.getloadavg()[0]:.2f} (other work on the machine)")
        print(
            f"  ceiling now: {jobs} busy-loop processes run {_parallel_ceiling(jobs):.2f} x"
            " one process"
        )

        library = Library.open(work / "lib")
        conn = sqlite3.connect(library.path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        size = sum(f.stat().st_size for f in (work / "lib").iterdir())
        text_bytes = sum(p.stat().st_size for p in pages)
        print(f"\nsize on disk: {size / 1e6:.1f} MB for {library.count()} articles")
        print(
            f"  ({size / library.count() / 1e3:.1f} kB an article; saved pages: "
            f"{text_bytes / 1e6:.1f} MB)"
        )

        print(f"\nsearch ({len(QUERIES)} queries of 2-10 characters, {REPEATS} runs each)")
        times: list[float] = []
        short: list[float] = []
        hits: dict[str, int] = {}
        for query in QUERIES:
            runs = _timed(lambda q=query: hits.__setitem__(q, len(library.search(q))), REPEATS)
            times += runs
            if all(len(term) <= 2 for term in query.split()):
                short += runs
        baseline = [_timed(lambda q=query: _like_scan(library.path, q), 1)[0] for query in QUERIES]
        median, p95 = statistics.median(times), statistics.quantiles(times, n=20)[-1]
        print(f"  median {_ms(median)}, 95th percentile {_ms(p95)}  (goal: median <= 50 ms)")
        print(f"  two-syllable queries only: median {_ms(statistics.median(short))}")
        print(
            f"  baseline, LIKE scan of every text: median {_ms(statistics.median(baseline))}"
            f" ({statistics.median(baseline) / median:.0f} x slower)"
        )
        one_char = _timed(lambda: library.search("청"), REPEATS)
        print(f"  one-character query (LIKE fallback): median {_ms(statistics.median(one_char))}")
        print("  hits (first 50 at most): " + ", ".join(f"{q} {n}" for q, n in hits.items()))

        print("\nlist")
        first = _timed(lambda: library.rows(limit=100), 20)
        counted = _timed(lambda: library.count(), 20)
        unread = _timed(lambda: library.rows(ListQuery(unread=True), limit=100), 20)
        awards = _timed(lambda: library.rows(ListQuery(kind=FactKind.AWARD), limit=100), 20)
        deep = _timed(lambda: library.rows(offset=library.count() - 100, limit=100), 20)
        filtered = _timed(lambda: library.rows(ListQuery(text="청년"), limit=100), 20)
        print(f"  first 100 rows: median {_ms(statistics.median(first))}  (goal <= 20 ms)")
        print(
            f"  count: {_ms(statistics.median(counted))}; unread filter: "
            f"{_ms(statistics.median(unread))}; award filter: {_ms(statistics.median(awards))}"
        )
        print(
            f"  last 100 rows: {_ms(statistics.median(deep))}; text filter '청년': "
            f"{_ms(statistics.median(filtered))}"
        )
        library.close()
        started = time.perf_counter()
        with Library.open(work / "lib") as cold:
            cold.count()
            cold.rows(limit=100)
        print(f"  open + count + first 100 rows: {_ms(time.perf_counter() - started)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
