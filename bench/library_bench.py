"""Library benchmark at 10,000 articles and at --count (the rows of issue 14), each figure
against a baseline run in the same process: import speed, reader first paint and memory,
search in-process and from the shell, listing, and the size of the file.

Usage: python bench/library_bench.py [--count 100000] [--keep DIR] [--runs 7] [--pairs 31]
       [--single 1500 | 0]

Libraries are built from bench/make_library.py's pages: the first 10,000 pages, then a copy of
that library takes the rest. With --keep DIR the pages and libraries stay in DIR and a later run
reuses them (building 100,000 takes most of an hour on 2 busy cores); without it they live in a
temporary folder. Commands run with bytecode caches, as installed. Timed pairs alternate, so
changes in the machine's load hit both sides alike, and medians are reported; on a shared
machine CPU time is the steadier figure, so both are shown.
Goals (issue 14, DESIGN.md): import on all cores >= 1.8 x one process on 2 cores; reader first
paint <= 1.2 x a bare Textual app; reader memory <= 100 MB; Library.search <= 15 ms median, flat
from 10,000 to 100,000; `govreader search` <= 40 ms beyond `govreader --version`; `govreader
list` <= 0.3 s beyond start-up at 10,000, streaming at 100,000; <= 8 KB an article.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_figures import build_library, import_ratio  # noqa: E402
from make_library import generate_pages  # noqa: E402
from tui_bench import BARE, paint_times  # noqa: E402

from govreader.library import Library, ListQuery  # noqa: E402

QUERIES = ("청년", "대상", "일자리대상", "구직단념 청년", "스마트도시 조성사업")
SMALL = 10_000
PAGES_A_FOLDER = 100  # make_library's layout: the first 10,000 pages are folders 000-099
PAIRS = 31
"""First paints of the bare app and the reader, in pairs: enough that two runs on a quiet
machine give ratios within about 0.03 of each other."""

MEMORY = """
import asyncio, sys
from pathlib import Path
from govreader.library import Library, ListQuery
from govreader.tui.app import GovReaderApp

async def main():
    app = GovReaderApp(Library.open(Path(sys.argv[1])))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.main_screen.article_list.focus()
        await pilot.press("G")
        await pilot.pause()
        app.main_screen.set_query(ListQuery(text="청년"))
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
    status = open("/proc/self/status").read()
    print(int(status.split("VmHWM:")[1].split()[0]) / 1024, flush=True)

asyncio.run(main())
"""
"""Peak memory of the reader: opened, at the end of the list, filtered by 청년, at its end."""

PEAK = """
import atexit, runpy, sys
def peak():
    status = open("/proc/self/status").read()
    print(int(status.split("VmHWM:")[1].split()[0]) / 1024, file=sys.stderr)
atexit.register(peak)
sys.argv = ["govreader", *sys.argv[1:]]
runpy.run_module("govreader", run_name="__main__")
"""
"""govreader, printing its peak memory as it exits (VmHWM, which exec resets: a forked child's
ru_maxrss starts at its parent's)."""


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def _command(args: list[str]) -> list[str]:
    return [sys.executable, "-m", "govreader", *args]


def _peak_mb(args: list[str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    return float(done.stderr.strip().splitlines()[-1])


def _run(argv: list[str]) -> tuple[float, float, float | None]:
    """Wall and CPU seconds of one run of `argv` reading its output to the end, and the seconds
    until its second line (a list's first row) came out."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    first_row = None
    process.stdout.readline()
    if process.stdout.readline():
        first_row = time.perf_counter() - started
    while process.stdout.read(1 << 16):
        pass
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status:
        raise SystemExit(f"{argv} failed ({status})")
    return wall, usage.ru_utime + usage.ru_stime, first_row


def shell_times(library: Path, runs: int) -> dict[str, float]:
    """`govreader search` and `govreader list`, each alternating with `govreader --version`."""
    for args in (["--version"], ["search", QUERIES[0], "--library", str(library)]):
        _run(_command(args))  # a warm-up: bytecode written, the file in the page cache
    version, search, listing = [], [], []
    for i in range(runs):
        version.append(_run(_command(["--version"])))
        query = QUERIES[i % len(QUERIES)]
        search.append(_run(_command(["search", query, "--library", str(library)])))
        listing.append(_run(_command(["list", "--library", str(library)])))

    def median(runs_: list[tuple[float, float, float | None]], i: int) -> float:
        return statistics.median(float(run[i] or 0) for run in runs_)

    return {
        "version_wall": median(version, 0),
        "version_cpu": median(version, 1),
        "search_wall": median(search, 0),
        "search_cpu": median(search, 1),
        "list_wall": median(listing, 0),
        "list_cpu": median(listing, 1),
        "list_first_row": median(listing, 2),
        "list_rss": _peak_mb(["list", "--library", str(library)]),
        "version_rss": _peak_mb(["--version"]),
    }


def search_times(library: Path, runs: int) -> dict[str, float]:
    """Library.search in this process: each query `runs` times, wall and CPU."""
    walls, cpus = [], []
    with Library.open(library) as opened:
        for query in QUERIES:
            opened.search(query)
        for _ in range(runs):
            for query in QUERIES:
                wall, cpu = time.perf_counter(), time.process_time()
                opened.search(query)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
        started = time.process_time()
        filtered = opened.count(ListQuery(text="일자리대상"))
        count_cpu = time.process_time() - started
    return {
        "wall": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "p95": statistics.quantiles(walls, n=20)[-1],
        "count_cpu": count_cpu,
        "count": filtered,
    }


def reader_figures(library: Path, pairs: int) -> dict[str, float]:
    """First paint against a bare Textual app, and peak memory after opening the reader, going
    to the end of the list and filtering it by 청년.

    First paint runs in pairs, a bare app's and the reader's one after the other (which goes
    first alternates), and the ratio is the median of the pairs' ratios: the bare app's own
    median moved by half between runs on a quiet machine (308-476 ms), so a ratio of medians
    taken from one run of each scattered 1.09-1.38, while a pair shares the machine's state."""
    with Library.open(library) as opened:
        first_id = opened.rows(limit=1)[0].id
        first = opened.article(first_id).article
        if not opened.read_only:
            opened.set_position(first_id, 0)
    assert first.title and first.published
    markers = [first.title[:6], first.published.replace("T", " ")[:10]]
    bare_argv = [sys.executable, "-c", BARE]
    ours_argv = _command(["--library", str(library)])
    paint_times(bare_argv, ["bare app painted"], (120, 40))  # a warm-up: caches and page cache
    paint_times(ours_argv, markers, (120, 40))
    bare, ours = [], []
    for i in range(pairs):
        if i % 2:
            ours.append(paint_times(ours_argv, markers, (120, 40)))
            bare.append(paint_times(bare_argv, ["bare app painted"], (120, 40)))
        else:
            bare.append(paint_times(bare_argv, ["bare app painted"], (120, 40)))
            ours.append(paint_times(ours_argv, markers, (120, 40)))
    memory = subprocess.run(
        [sys.executable, "-c", MEMORY, str(library)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    ).stdout
    return {
        "pairs": pairs,
        "bare": statistics.median(wall for wall, _ in bare),
        "ours": statistics.median(wall for wall, _ in ours),
        "ratio": statistics.median(o[0] / b[0] for o, b in zip(ours, bare, strict=True)),
        "bare_cpu": statistics.median(cpu for _, cpu in bare),
        "ours_cpu": statistics.median(cpu for _, cpu in ours),
        "cpu_ratio": statistics.median(o[1] / b[1] for o, b in zip(ours, bare, strict=True)),
        "rss": float(memory.strip().splitlines()[-1]),
    }


def size_figures(library: Path) -> dict[str, float]:
    """Bytes an article: the whole folder (after a checkpoint), and its text and index."""
    conn = sqlite3.connect(library / "library.sqlite3")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        parts = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        free *= conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    total = sum(f.stat().st_size for f in library.iterdir())
    index = sum(size for name, size in parts.items() if name.startswith("text_index"))
    return {
        "articles": articles,
        "total": total / articles,
        "texts": parts.get("texts", 0) / articles,
        "index": index / articles,
        "free": free / articles,
    }


def libraries(folder: Path, count: int, jobs: int | None) -> tuple[list[Path], list[str]]:
    """The libraries of SMALL and `count` articles in `folder`, built when missing, and what
    building them showed (pages/s along the way, the workers' memory)."""
    pages = folder / f"pages-{count}"
    marker = pages / ".complete"
    notes: list[str] = []
    if not marker.exists():
        shutil.rmtree(pages, ignore_errors=True)
        started = time.perf_counter()
        generate_pages(pages, count)
        marker.write_text(str(count))
        notes.append(f"generated {count:,} pages in {time.perf_counter() - started:.0f} s")
    sizes = sorted({min(SMALL, count), count})
    built: list[Path] = []
    for size in sizes:
        library = folder / f"library-{size}"
        if (library / ".complete").exists():
            notes.append(f"{size:,} articles: reused {library}")
        else:
            shutil.rmtree(library, ignore_errors=True)
            if built:
                # Not its marker: a build stopped midway must not pass for a complete one.
                shutil.copytree(built[-1], library, ignore=shutil.ignore_patterns(".complete"))
            folders = sorted(p for p in pages.iterdir() if p.is_dir())
            given = folders[: -(-size // PAGES_A_FOLDER)]
            notes.append(f"{size:,} articles: " + build_library(library, given, jobs))
            (library / ".complete").write_text(str(size))
        built.append(library)
    return built, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=SMALL, help="the larger library's size")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) pages and libraries here")
    parser.add_argument("--runs", type=int, default=7, help="runs of each timed pair")
    parser.add_argument(
        "--pairs", type=int, default=PAIRS, help="pairs of first paints (bare app, reader)"
    )
    parser.add_argument(
        "--single", type=int, default=1_500, help="pages for the import ratio (0: skip it)"
    )
    parser.add_argument("--jobs", type=int, default=None, help="import workers (default: cores)")
    args = parser.parse_args(argv)
    # Commands run with bytecode caches, as an installed govreader does (pip compiles them),
    # and with Python's usual buffered output: PYTHONUNBUFFERED (set in some shells and images)
    # makes `list` write each line with its own system call, ~40% more CPU at 10,000 rows.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.pop("PYTHONUNBUFFERED", None)
    work = args.keep or Path(tempfile.mkdtemp(prefix="govreader-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"load average at start: {os.getloadavg()[0]:.1f} (1 min), cores: {os.cpu_count()}")
        built, notes = libraries(work, args.count, args.jobs)
        for note in notes:
            print(note)
        print()
        if args.single:
            for line in import_ratio(work / f"pages-{args.count}", args.single):
                print(line)
        results: dict[int, dict[str, dict[str, float]]] = {}
        for library in built:
            size = int(library.name.split("-")[-1])
            print(f"\n{size:,} articles ({library}), load {os.getloadavg()[0]:.1f}", flush=True)
            results[size] = {
                "size": size_figures(library),
                "search": search_times(library, args.runs),
                "shell": shell_times(library, args.runs),
                "reader": reader_figures(library, args.pairs),
            }
            print(json.dumps(results[size], indent=1))
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (1 min)")
        print_table(results)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def print_table(results: dict[int, dict[str, dict[str, float]]]) -> None:
    sizes = sorted(results)
    rows: list[tuple[str, list[str], str]] = []

    def row(name: str, goal: str, cell) -> None:  # type: ignore[no-untyped-def]
        rows.append((name, [cell(results[size]) for size in sizes], goal))

    row(
        "reader first paint vs a bare Textual app",
        "<= 1.2 x",
        lambda r: (
            f"{r['reader']['ratio']:.2f} x"
            f" ({_ms(r['reader']['ours'])} / {_ms(r['reader']['bare'])});"
            f" CPU {r['reader']['cpu_ratio']:.2f} x"
            f" ({_ms(r['reader']['ours_cpu'])} / {_ms(r['reader']['bare_cpu'])});"
            f" medians of {r['reader']['pairs']:.0f} pairs"
        ),
    )
    row(
        "reader memory (open, G, filter 청년)",
        "<= 100 MB",
        lambda r: f"{r['reader']['rss']:.0f} MB",
    )
    row(
        "Library.search in-process, median of the 5 queries",
        "<= 15 ms, flat",
        lambda r: f"{_ms(r['search']['wall'])} (CPU {_ms(r['search']['cpu'])})",
    )
    row(
        "govreader search beyond govreader --version",
        "<= 40 ms",
        lambda r: (
            f"{_ms(r['shell']['search_wall'] - r['shell']['version_wall'])}"
            f" (CPU {_ms(r['shell']['search_cpu'] - r['shell']['version_cpu'])})"
        ),
    )
    row(
        "govreader list (all rows) beyond start-up",
        "<= 0.3 s at 10k; streaming",
        lambda r: (
            f"{_ms(r['shell']['list_wall'] - r['shell']['version_wall'])}"
            f" (CPU {_ms(r['shell']['list_cpu'] - r['shell']['version_cpu'])});"
            f" first row at {_ms(r['shell']['list_first_row'])},"
            f" peak {r['shell']['list_rss']:.0f} MB"
            f" (--version {r['shell']['version_rss']:.0f} MB)"
        ),
    )
    row(
        "library file, an article (text, index)",
        "<= 8 KB",
        lambda r: (
            f"{r['size']['total'] / 1000:.1f} KB ({r['size']['texts'] / 1000:.1f},"
            f" {r['size']['index'] / 1000:.1f}; free pages {r['size']['free'] / 1000:.1f})"
        ),
    )
    row(
        "list filter count of 일자리대상 (CPU; checks each candidate's text)",
        "",
        lambda r: f"{_ms(r['search']['count_cpu'])} ({r['search']['count']:,} articles)",
    )
    print("\n| measure | " + " | ".join(f"{s:,} articles" for s in sizes) + " | goal |")
    print("|---|" + "---|" * len(sizes) + "---|")
    for name, cells, goal in rows:
        print(f"| {name} | " + " | ".join(cells) + f" | {goal} |")


if __name__ == "__main__":
    sys.exit(main())
