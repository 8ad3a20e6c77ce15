"""Reader speed on a big library: first paint against a bare Textual app, moves, peak memory.

Usage: python bench/tui_bench.py [--library DIR] [--count 10000] [--runs 5] [--size 120x40]

Without --library, a library of --count generated articles is built first with
bench/make_library.py. Each first paint is timed from the parent, from starting a fresh
interpreter to the child's report that the screen is painted (headless, same size), so both
sides pay interpreter start-up and their own imports: the bare app imports Textual and paints
one Static; govreader opens the library, fills the list and shows the first article. The child
then times moves (next article: down + enter; next fact: ]) through Pilot as CPU time until the
app is idle again (Pilot's idle polling makes wall time meaningless at this scale), next to an
unbound key as the floor of that method, and reports its peak RSS.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import asyncio, sys
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")

async def main():
    async with Bare().run_test(size=SIZE) as pilot:
        await pilot.pause()
        print("painted", flush=True)
        sys.stdin.readline()

asyncio.run(main())
"""

GOVREADER = """
import asyncio, json, resource, statistics, sys, time
from pathlib import Path
from govreader.library import Library
from govreader.tui.app import GovReaderApp

async def timed(pilot, *keys, focus=None):
    if focus is not None:
        focus.focus()
        await pilot.pause()
    # CPU time, not wall time: Pilot waits for the app to go idle in sleeps of several ms,
    # which would swamp the work itself. This is the handlers plus the redraw.
    start = time.process_time()
    await pilot.press(*keys)
    await pilot.pause()
    return (time.process_time() - start) * 1000

async def main():
    library = Library.open(Path(sys.argv[1]))
    app = GovReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.article_list.total > 0 and app.stored is not None
        print("painted", flush=True)
        sys.stdin.readline()
        listing = app.article_list
        articles = [await timed(pilot, "down", "enter", focus=listing) for _ in range(MOVES)]
        listing.focus()
        await pilot.press("home", "enter")
        assert app.stored.id == listing.row(0).id
        facts = [await timed(pilot, "right_square_bracket") for _ in range(MOVES)]
        idle = [await timed(pilot, "f12") for _ in range(MOVES)]
        report = {
            "total": app.article_list.total,
            "facts": len(app.reader.document.facts),
            "next_article_ms": statistics.median(articles),
            "next_article_max_ms": max(articles),
            "next_fact_ms": statistics.median(facts),
            "next_fact_max_ms": max(facts),
            "unbound_key_ms": statistics.median(idle),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    print(json.dumps(report), flush=True)

asyncio.run(main())
"""


def first_paint(script: str, args: list[str]) -> tuple[float, subprocess.Popen[str]]:
    """Seconds from starting the interpreter to its 'painted' line; the child waits for stdin."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    if line.strip() != "painted":
        child.kill()
        raise SystemExit(f"the child did not paint: {line!r}")
    return elapsed, child


def finish(child: subprocess.Popen[str]) -> str:
    out, _ = child.communicate("\n", timeout=300)
    return out


def build_library(count: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="govreader-bench-"))
    library = folder / "library"
    subprocess.run(
        [sys.executable, "bench/make_library.py", str(count), "--library", str(library)],
        cwd=ROOT,
        check=True,
    )
    return library


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="an existing library folder")
    parser.add_argument("--count", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--runs", type=int, default=5, help="first paints of each app")
    parser.add_argument("--moves", type=int, default=30, help="moves of each kind to time")
    parser.add_argument("--size", default="120x40", help="terminal size, WxH")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    library = args.library or build_library(args.count)
    size = f"SIZE = ({width}, {height})\nMOVES = {args.moves}\n"

    bare_times, ours_times = [], []
    report: dict[str, float] = {}
    for run in range(args.runs):  # interleaved, so drift in machine load hits both alike
        elapsed, child = first_paint(size + BARE, [])
        finish(child)
        bare_times.append(elapsed)
        elapsed, child = first_paint(size + GOVREADER, [str(library)])
        ours_times.append(elapsed)
        out = finish(child)
        if run == args.runs - 1:
            report = json.loads(out.strip().splitlines()[-1])

    bare, ours = statistics.median(bare_times), statistics.median(ours_times)
    print(f"library: {library} ({report['total']:,} articles), terminal {width}x{height}")
    print(f"first paint, bare Textual app : {bare * 1000:7.0f} ms (median of {args.runs})")
    print(f"first paint, govreader        : {ours * 1000:7.0f} ms")
    print(f"ratio                         : {ours / bare:7.2f}  (goal <= 1.5)")
    print(
        f"next article (down+enter)     : {report['next_article_ms']:7.1f} ms CPU median, "
        f"{report['next_article_max_ms']:.1f} max  (goal <= 50)"
    )
    print(
        f"next fact (])                 : {report['next_fact_ms']:7.1f} ms CPU median, "
        f"{report['next_fact_max_ms']:.1f} max  (goal <= 50; {report['facts']} facts)"
    )
    print(f"unbound key (method's floor)  : {report['unbound_key_ms']:7.1f} ms CPU")
    print(f"peak RSS                      : {report['rss_mb']:7.0f} MB  (goal <= 250)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
