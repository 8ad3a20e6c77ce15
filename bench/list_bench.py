"""`govreader list` on a big library: the whole command, end to end, against Python's own start.

Usage: python bench/list_bench.py [--library DIR] [--count 10000] [--runs 7]

Without --library, a library of --count generated articles is built first with
bench/make_library.py. Each run is the real `python -m govreader list --library DIR` writing into
a pipe that is read to the end; the baseline is `python -c "import sqlite3"`, the floor any
command pays. Runs alternate so load changes hit both alike; medians of wall and CPU time (the
child's user + system) are reported. On a shared machine the CPU time is the steadier figure.
Goal (issue 13): the whole listing of 10,000 articles in at most 0.3 s.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from make_library import build_in_temp

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and output lines of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout.count(b"\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="an existing library folder")
    parser.add_argument("--count", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--runs", type=int, default=7, help="runs of each command")
    args = parser.parse_args(argv)
    library = args.library or build_in_temp(args.count)
    ours_command = [sys.executable, "-m", "govreader", "list", "--library", str(library)]
    base_command = [sys.executable, "-c", "import sqlite3"]
    ours, base = [], []
    lines = 0
    for _ in range(args.runs):
        base.append(timed(base_command)[:2])
        wall, cpu, lines = timed(ours_command)
        ours.append((wall, cpu))
    ours_wall, ours_cpu = (statistics.median(t[i] for t in ours) for i in (0, 1))
    base_wall, base_cpu = (statistics.median(t[i] for t in base) for i in (0, 1))
    print(f"library: {library} ({lines - 1:,} rows listed)")
    for name, wall, cpu in (
        ("python -c 'import sqlite3'", base_wall, base_cpu),
        ("govreader list", ours_wall, ours_cpu),
    ):
        print(f"{name:27}: {wall * 1000:6.0f} ms wall, {cpu * 1000:4.0f} ms CPU")
    print(
        f"{'ratio':27}: {ours_wall / base_wall:6.1f} x wall, {ours_cpu / max(base_cpu, 1e-3):4.1f}"
        f" x CPU  (goal: list <= 300 ms; {args.runs} runs each)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
