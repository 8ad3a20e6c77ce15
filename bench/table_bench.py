"""The facts table on a big library: the reader's facts view (open, re-sort) and `govreader table`.

Usage: python bench/table_bench.py [--library DIR] [--count 10000] [--runs 5] [--size 120x40]
       [--no-view]

Without --library, a library of --count generated articles is built first with
bench/make_library.py (a library made by an older govreader is brought up to date, and timed,
when it is first opened here).

- The view, in a Pilot-driven child: from pressing `v` (or a kind's key) until the table is on
  screen, each kind read afresh, the first `v` a second after the reader's first frame; then
  `s` on a column, re-sorting the whole table and redrawing it. Its baseline is an unbound key
  in the same app (the floor of the method).
- The command: `govreader table KIND` in each format (text, csv, json) and grouped by a column
  (`--group-by`, as text) into a pipe, against `govreader --version` run alternately in the same
  loop; the difference is the table's own time. Each is run cold, as the first answer after a
  change of the facts table (its generation changed as an import would change it), which reads
  the table, prints it and keeps it; then warm, the same question again, answered from what was
  kept. `--no-view` measures the command alone.
Each is timed as wall time and as CPU time (the process's, threads included, or the child's):
on a shared machine the CPU time is what the work costs, the wall time what a user would wait.
Medians are printed; goals: view ≤ 300 ms, command ≤ 100 ms beyond start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_library import build_in_temp

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("award", "program", "target", "audience", "amount")
FORMATS = ("text", "csv", "json")
GROUP_BY = {
    "award": "recipient",
    "program": "first",
    "target": "label",
    "audience": "ages",
    "amount": "source",
}
"""The column each kind's `--group-by` run groups by: the one a reader would ask about."""
VARIANTS = (*FORMATS, "group-by")
SETTLE_S = 1.0
"""How long the view's child waits after the reader's first frame before its first `v`, as a
person would: the reader reads the facts view's stylesheet meanwhile (`read_facts_view_css`),
which `v` pressed at once would read itself (70 ms more CPU at a load of 14)."""

VIEW = """
import asyncio, json, statistics, sys, time
from pathlib import Path
from govreader.library import Library
from govreader.tui.app import GovReaderApp
from govreader.tui.keys import KIND_KEYS

KINDS = ("award", "program", "target", "audience", "amount")

async def timed(app, pilot, *keys):
    start, cpu = time.perf_counter(), time.process_time()
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return [(time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000]

async def main():
    library = Library.open(Path(sys.argv[1]))
    report = {kind: {"open": [], "sort": [], "rows": 0} for kind in KINDS}
    floor = []
    for _ in range(RUNS):
        app = GovReaderApp(library)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.pause(SETTLE_S)  # as a person's first key: after the reader settled
            report["award"]["open"].append(await timed(app, pilot, "v"))
            for kind, key in zip(KINDS, KIND_KEYS):
                if kind != "award":
                    report[kind]["open"].append(await timed(app, pilot, key))
                else:
                    await timed(app, pilot, key)
                report[kind]["rows"] = len(app.screen.shown)
                report[kind]["sort"].append(await timed(app, pilot, "s"))
            floor.append(await timed(app, pilot, "f12"))
    print(json.dumps({"kinds": report, "floor": floor}), flush=True)

asyncio.run(main())
"""


def view_times(library: Path, size: tuple[int, int], runs: int) -> dict:
    script = f"SIZE = {size}\nRUNS = {runs}\nSETTLE_S = {SETTLE_S}\n" + VIEW
    out = subprocess.run(
        [sys.executable, "-c", script, str(library)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU time (user + system of the child) of one run of `argv`, in ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall * 1000, cpu * 1000


def medians(times: list[list[float]] | list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def _variant(kind: str, variant: str) -> list[str]:
    if variant == "group-by":
        return ["--group-by", GROUP_BY[kind]]
    return ["--format", variant]


def _changed(library: Path) -> None:
    """What any change of the facts table does to the library (schema 6 on): a new generation, so
    the next `govreader table` reads the table afresh (and keeps that answer)."""
    conn = sqlite3.connect(library / "library.sqlite3")
    with conn:
        conn.execute("UPDATE table_generation SET generation = random()")
    conn.close()


def command_times(
    library: Path, runs: int
) -> tuple[tuple[float, float], dict[tuple[str, str, str], tuple[float, float]]]:
    """Median (wall, CPU) of start-up (`--version`) and of each kind's table in each variant,
    cold (the first answer after a change: read and printed, then kept) and warm (the same
    question again: the kept answer), in ms."""
    base = [sys.executable, "-m", "govreader"]
    startup: list[tuple[float, float]] = []
    found: dict[tuple[str, str, str], list[tuple[float, float]]] = {
        (kind, variant, when): []
        for kind in KINDS
        for variant in VARIANTS
        for when in ("cold", "warm")
    }
    for _ in range(runs):
        for kind in KINDS:
            for variant in VARIANTS:  # alternating, so changes in machine load hit both alike
                argv = [*base, "table", kind, *_variant(kind, variant), "--library", str(library)]
                _changed(library)
                for when in ("cold", "warm"):
                    startup.append(timed([*base, "--version"]))
                    found[kind, variant, when].append(timed(argv))
    return medians(startup), {key: medians(times) for key, times in found.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="an existing library folder")
    parser.add_argument("--count", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--runs", type=int, default=5, help="runs of each measure")
    parser.add_argument("--size", default="120x40", help="terminal size of the view, WxH")
    parser.add_argument("--no-view", action="store_true", help="time the command only")
    args = parser.parse_args(argv)
    # Commands run with bytecode caches, as an installed govreader does (pip compiles them) and
    # as library_bench.py and tui_bench.py run them: without, every `govreader table` compiles
    # the table's modules, which `--version` never imports (40-60 ms beyond start-up at a load
    # of 6, as much as a small table's whole time).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    # The commands keep their answers in a folder of their own, not the user's cache.
    os.environ["GOVREADER_CACHE_DIR"] = tempfile.mkdtemp(prefix="govreader-bench-cache-")
    width, height = (int(n) for n in args.size.lower().split("x"))
    library = args.library or build_in_temp(args.count)
    sys.path.insert(0, str(ROOT))
    from govreader.library import Library

    started = time.perf_counter()
    with Library.open(library) as opened:  # brings an older library up to date (timed)
        total = opened.count()
    opening = time.perf_counter() - started

    view = None if args.no_view else view_times(library, (width, height), args.runs)
    startup, commands = command_times(library, args.runs)
    print(f"library: {library} ({total:,} articles); first open here took {opening:.1f} s")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (1 min), cores: {os.cpu_count()}")
    if view is not None:
        print(f"view in a {width}x{height} terminal, median of {args.runs} runs, wall / CPU ms")
        print("(goal <= 300 ms):")
        for kind in KINDS:
            times = view["kinds"][kind]
            opened, resorted = medians(times["open"]), medians(times["sort"])
            print(
                f"  {kind:<9} {times['rows']:>7,} rows   open {opened[0]:5.0f} / {opened[1]:4.0f}"
                f"   re-sort {resorted[0]:5.0f} / {resorted[1]:4.0f}"
            )
        floor = medians(view["floor"])
        print(f"  unbound key (the method's floor): {floor[0]:.0f} / {floor[1]:.0f}")
    print(
        f"govreader table KIND, median of {args.runs} runs, wall / CPU ms beyond start-up"
        " (goal <= 100 ms):"
    )
    print(f"  start-up (govreader --version): {startup[0]:5.0f} / {startup[1]:4.0f}")
    for when, what in (
        ("cold", "the first answer after a change (read, printed and kept)"),
        ("warm", "the same question again (the kept answer)"),
    ):
        print(f"  {when}: {what}")
        print("  " + " " * 9 + "".join(f"{variant:>16}" for variant in VARIANTS))
        for kind in KINDS:
            cells = "".join(
                f"{wall - startup[0]:9.0f} / {cpu - startup[1]:4.0f}"
                for wall, cpu in (commands[kind, variant, when] for variant in VARIANTS)
            )
            print(f"  {kind:<9}{cells}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (1 min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
