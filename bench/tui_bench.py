"""Reader speed on a big library: first paint against a bare Textual app, moves, peak memory.

Usage: python bench/tui_bench.py [--library DIR] [--count 10000] [--runs 7] [--size 120x40]

Without --library, a library of --count generated articles is built first with
bench/make_library.py. First paint is timed end to end in a pseudo-terminal of the given size:
from starting the command to the frame that shows what it must show. The baseline is a bare
Textual app showing one Static; govreader is the real `python -m govreader --library DIR`, done
when the first row of the list and the first article's meta line (its time) are on screen.
Runs alternate so load changes hit both alike; medians are compared.

Moves are timed in a Pilot-driven child (next article: down + enter from the list; next fact: ])
as CPU time until the app is idle again, because Pilot's idle polling sleeps several ms and would
swamp the work; an unbound key gives the floor of that method. The child reports its peak RSS.
Unix only (pty).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from make_library import build_in_temp

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("bare app painted")

Bare().run()
"""

MOVES = """
import asyncio, json, resource, statistics, sys, time
from pathlib import Path
from govreader.library import Library
from govreader.tui.app import GovReaderApp

async def timed(pilot, *keys, focus=None):
    if focus is not None:
        focus.focus()
        await pilot.pause()
    start = time.process_time()
    await pilot.press(*keys)
    await pilot.pause()
    return (time.process_time() - start) * 1000

async def main():
    library = Library.open(Path(sys.argv[1]))
    app = GovReaderApp(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.main_screen
        assert screen.article_list.total > 0 and screen.stored is not None
        listing = screen.article_list
        articles = [await timed(pilot, "down", "enter", focus=listing) for _ in range(COUNT)]
        listing.focus()
        await pilot.press("home", "enter")
        assert screen.stored.id == listing.row(0).id
        facts = [await timed(pilot, "right_square_bracket") for _ in range(COUNT)]
        idle = [await timed(pilot, "f12") for _ in range(COUNT)]
        report = {
            "total": listing.total,
            "facts": len(screen.reader.document.facts),
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


def _cpu_seconds(pid: int) -> float:
    """CPU time a running process has used so far, all its threads, to the nanosecond
    (Linux's schedstat; /proc/PID/stat counts in ticks of 10 ms, a fiftieth of a first paint)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # a thread that ended just now
    return total / 1e9


def first_paint(argv: list[str], markers: list[str], size: tuple[int, int]) -> float:
    """Seconds from starting `argv` in a terminal of `size` until every marker is on screen."""
    return paint_times(argv, markers, size)[0]


def paint_times(argv: list[str], markers: list[str], size: tuple[int, int]) -> tuple[float, float]:
    """Wall and CPU seconds from starting `argv` in a terminal of `size` until every marker is
    on screen.

    A real pseudo-terminal and the real command: the time covers interpreter start-up, imports,
    opening the library and the frames Textual writes, up to the one that shows the marker. CPU
    time is read from the process as the marker arrives, before it is stopped.
    """
    width, height = size
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: size its terminal, then become the app
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        os.chdir(ROOT)
        os.execvpe(argv[0], argv, {**os.environ, "TERM": "xterm-256color"})
    seen = b""
    wanted = [marker.encode() for marker in markers]
    elapsed = cpu = None
    try:
        while time.perf_counter() - start < 60:
            if not select.select([fd], [], [], 1)[0]:
                continue
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if all(marker in seen for marker in wanted):
                elapsed = time.perf_counter() - start
                cpu = _cpu_seconds(pid)
                break
    finally:
        os.kill(pid, signal.SIGTERM)
        while True:  # drain, so the child is not blocked writing as it exits
            try:
                if not select.select([fd], [], [], 0.5)[0] or not os.read(fd, 1 << 16):
                    break
            except OSError:
                break
        os.waitpid(pid, 0)
        os.close(fd)
    if elapsed is None:
        raise SystemExit(f"{markers} never all appeared running {argv}")
    assert cpu is not None
    return elapsed, cpu


def moves(library: Path, size: tuple[int, int], count: int) -> dict[str, float]:
    """Next-article and next-fact timings and peak RSS, from a Pilot-driven child."""
    script = f"SIZE = {size}\nCOUNT = {count}\n" + MOVES
    out = subprocess.run(
        [sys.executable, "-c", script, str(library)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, help="an existing library folder")
    parser.add_argument("--count", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--runs", type=int, default=7, help="first paints of each app")
    parser.add_argument("--moves", type=int, default=30, help="moves of each kind to time")
    parser.add_argument("--size", default="120x40", help="terminal size, WxH")
    args = parser.parse_args(argv)
    # Commands run with bytecode caches, as an installed govreader does (pip compiles them) and
    # as library_bench.py runs them: without, every run compiles govreader's modules (~50 ms).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    width, height = (int(n) for n in args.size.lower().split("x"))
    size = (width, height)
    library = args.library or build_in_temp(args.count)
    sys.path.insert(0, str(ROOT))
    from govreader.library import Library

    with Library.open(library) as opened:
        total = opened.count()
        first_id = opened.rows(limit=1)[0].id
        first = opened.article(first_id).article
        opened.set_position(first_id, 0)  # so its title and meta line are what it shows first
    # Painted when the list's first row and the reader's meta line (with the time) are shown.
    assert first.title and first.published and "T" in first.published
    markers = [first.title[:6], first.published.replace("T", " ")[:16]]

    bare_times, ours_times = [], []
    ours_argv = [sys.executable, "-m", "govreader", "--library", str(library)]
    for _ in range(args.runs):  # alternating, so changes in machine load hit both alike
        bare_times.append(first_paint([sys.executable, "-c", BARE], ["bare app painted"], size))
        ours_times.append(first_paint(ours_argv, markers, size))
    report = moves(library, size, args.moves)

    bare, ours = statistics.median(bare_times), statistics.median(ours_times)
    bare_min, ours_min = min(bare_times), min(ours_times)
    print(f"library: {library} ({total:,} articles), terminal {width}x{height}")
    print(
        f"first paint, bare Textual app : {bare * 1000:7.0f} ms median, {bare_min * 1000:.0f} min"
    )
    print(
        f"first paint, govreader        : {ours * 1000:7.0f} ms median, {ours_min * 1000:.0f} min"
    )
    print(
        f"ratio                         : {ours / bare:7.2f}  median, {ours_min / bare_min:.2f} min"
        f"  (goal <= 1.5; {args.runs} runs each)"
    )
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
