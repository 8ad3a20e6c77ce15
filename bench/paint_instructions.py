"""Instructions to the reader's first frame against a bare Textual app's, counted by valgrind.

Usage: python bench/paint_instructions.py --library DIR [--size 120x40]

On a shared machine CPU time to the first frame scatters by a quarter from run to run (caches
and cores are shared), which hides a change of a few per cent. The instructions a process runs
do not depend on the load: each app runs once under `valgrind --tool=callgrind` in a
pseudo-terminal, with hash randomisation off, and stops at the first frame that shows its
markers (the bare app's text; the first row's title and date, as tui_bench.py and
library_bench.py wait for). Instructions track CPU time on a quiet machine, but are not it:
the ratio is the figure to compare, run against the code before a change. Needs valgrind
(`apt-get install valgrind`); about a minute a run. Unix only (pty).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import tempfile
import termios
from pathlib import Path

from tui_bench import BARE

ROOT = Path(__file__).resolve().parents[1]

STOP_AT_FRAME = """
import os, sys
from textual.drivers import linux_driver
MARKERS = [m.encode() for m in sys.argv.pop(1).split("\\x1f")]
seen = b""
def write(self, data):
    global seen
    seen += data.encode()
    if all(marker in seen for marker in MARKERS):
        os._exit(0)  # the frame is composed and handed to the terminal: stop counting here
    return WRITE(self, data)
WRITE, linux_driver.LinuxDriver.write = linux_driver.LinuxDriver.write, write
"""
"""Run before the app: Textual's terminal writes are watched for the markers (escape codes
split no marker: each is one run of text in one style)."""


def instructions(
    code: str, args: list[str], markers: list[str], size: tuple[int, int], *, count: bool = True
) -> int:
    """Instructions valgrind counts from the start of `python -c code args` to the first frame
    holding every marker (without `count`, a plain run that writes the bytecode caches)."""
    width, height = size
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] if count else []
        argv = [*valgrind, sys.executable, "-c", STOP_AT_FRAME + code, "\x1f".join(markers), *args]
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
            os.chdir(ROOT)
            os.execvpe(argv[0], argv, {**os.environ, "TERM": "xterm-256color"})
        while True:  # drain the terminal until the child is gone
            try:
                if not select.select([fd], [], [], 900)[0] or not os.read(fd, 1 << 16):
                    break
            except OSError:
                break
        os.waitpid(pid, 0)
        os.close(fd)
        if not count:
            return 0
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise SystemExit(f"valgrind counted nothing for {args or 'the bare app'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True, help="a library folder")
    parser.add_argument("--size", default="120x40", help="terminal size, WxH")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    width, height = (int(n) for n in args.size.lower().split("x"))
    # Bytecode caches on, as an installed govreader runs; no hash randomisation, so a run
    # counts the same instructions each time.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONHASHSEED"] = "0"
    sys.path.insert(0, str(ROOT))
    from govreader.library import Library

    with Library.open(args.library) as opened:
        first = opened.article(opened.rows(limit=1)[0].id).article
    assert first.title and first.published, "the first article needs a title and a date"
    markers = [first.title[:6], first.published.replace("T", " ")[:10]]
    reader = "from govreader.cli import main\nsys.exit(main())"
    counts = {}
    for name, code, run_args, wanted in (
        ("bare Textual app", BARE, [], ["bare app painted"]),
        ("govreader", reader, ["--library", str(args.library)], markers),
    ):
        instructions(code, run_args, wanted, (width, height), count=False)
        counts[name] = instructions(code, run_args, wanted, (width, height))
        print(f"{name:17}: {counts[name] / 1e6:8.1f} M instructions to the first frame")
    ratio = counts["govreader"] / counts["bare Textual app"]
    print(f"ratio            : {ratio:8.3f}  (goal <= 1.2, issue 14)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
