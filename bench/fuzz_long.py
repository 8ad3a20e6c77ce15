"""The long fuzzing run, for local use: the property tests of tests/test_fuzz.py under the `long`
hypothesis profile (20,000 examples per property, 10 s deadline), the broken-encoding cases, the
adversarial-growth families of tests/test_regex_growth.py at 16 times their size and the ingest
and clean families of tests/test_stage_growth.py at 4 times theirs.

    python bench/fuzz_long.py            # about 6 minutes on 2 cores
    python bench/fuzz_long.py -x -k soup # any pytest arguments narrow or stop the run

It prints pytest's report and exits with its status; a falsifying example is printed in full and
saved in hypothesis' example database (.hypothesis/), so the next run tries it first.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    env = {**os.environ, "GOVREADER_FUZZ": "long"}
    tests = [
        "tests/test_fuzz.py",
        "tests/test_hostile_encodings.py",
        "tests/test_regex_growth.py",
        "tests/test_stage_growth.py",
    ]
    command = [sys.executable, "-m", "pytest", "-q", "--timeout=0", *tests, *argv]
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
