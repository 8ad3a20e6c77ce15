"""`govreader table`'s answers kept as printed, so the same question asked again of an unchanged
library is answered from them: the 44,807 targets of a 10,000-article library take 80-140 ms of
CPU to read and print, their kept bytes 8-20 (beyond the command's start, `bench/table_bench.py`).

An answer is kept in the user's cache folder (`~/.cache/govreader/tables` on Linux;
`GOVREADER_CACHE_DIR` overrides it, which tests use), not in the library: a command that only
reads never waits for the library's write lock behind an import, a read-only library is answered
as fast, and a backup of the library carries no copies of its own tables. The folder holds at
most `MAX_ANSWERS` answers and `MAX_BYTES` (the least recently asked go first); an answer over
`MAX_ANSWER` is not kept.

An answer is served only when everything that made it is as it was:
- the library: its facts table's state (`Reads.table_state`: a random generation the library's
  own triggers change with every write the table could show, and the schema version), read
  before the table was made and again after it (a write between the two keeps nothing);
- the question: the library file, kind, filters, order, grouping, format, terminal width;
- the code: each loaded module's file (size and modification time, as Python's bytecode cache
  checks them), the Python and SQLite versions;
- the bytes: their length and CRC-32, so a file cut short or damaged is not served.
An answer's note (the line on stderr of the columns a terminal left out) is kept with it.
A file is written beside its place and renamed over it, so a crash or Ctrl-C leaves the old
answer or none; a folder that cannot be written (read-only, full) only means nothing is kept.
Answers are kept as UTF-8 for a UTF-8 standard output, whose bytes they are; other outputs are
answered afresh each time.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
import zlib
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import IO, Any, NamedTuple

ENV_VAR = "GOVREADER_CACHE_DIR"
SUFFIX = ".answer"
PARTIAL = ".partial-"
"""The start of the name of a file being written (never served: it lacks the suffix)."""
LAYOUT = 2
"""The layout of a kept file; a file of another layout is not served."""
MAX_ANSWER = 32 * 1024 * 1024
MAX_BYTES = 128 * 1024 * 1024
MAX_ANSWERS = 64
STALE_PARTIAL_S = 600.0
"""A file being written that is older than this was left by a process that stopped."""


class Answer(NamedTuple):
    """A kept answer: its bytes for stdout, and its note for stderr (empty when none)."""

    body: bytes
    note: str


def cache_dir() -> Path:
    """Where answers are kept: `$GOVREADER_CACHE_DIR`, else the user cache folder's `tables`."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir  # loaded only when needed, as for the library

    return Path(user_cache_dir("govreader")) / "tables"


def utf8_stdout(out: IO[str]) -> IO[bytes] | None:
    """The binary buffer of `out` when it is the UTF-8 standard output whose lines end in `\\n`
    (kept bytes are written there as they are), else None (nothing is kept or served)."""
    binary = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if out is not sys.stdout or os.linesep != "\n" or binary is None or encoding != "utf8":
        return None
    return binary  # type: ignore[no-any-return]


def _name(key: Sequence[Any]) -> str:
    """A file name for a question: two checksums of it, 64 bits (the question itself is in
    the file and compared, so two questions of the same name only take each other's place)."""
    data = json.dumps(list(key)).encode()  # ASCII: a path may hold bytes that are not UTF-8
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{SUFFIX}"


def _modules() -> list[tuple[str, int, int]]:
    """Each loaded module's file with its size and modification time."""
    found = []
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str):
            try:
                stat = os.stat(path)
            except OSError:
                continue
            found.append((path, stat.st_mtime_ns, stat.st_size))
    return found


def _same_code(header: dict[str, Any]) -> bool:
    if header.get("python") != sys.version or header.get("sqlite") != sqlite3.sqlite_version:
        return False
    for path, mtime, size in header["modules"]:
        try:
            stat = os.stat(path)
        except OSError:
            return False
        if stat.st_mtime_ns != mtime or stat.st_size != size:
            return False
    return True


def kept(key: Sequence[Any], state: Sequence[int]) -> Answer | None:
    """The answer kept for question `key` when the library's table is in `state`, if it is
    whole and the code that made it has not changed; None otherwise."""
    path = cache_dir() / _name(key)
    try:
        with path.open("rb") as file:
            header = json.loads(file.readline())
            if not (  # the body is read only for an answer to this question now
                isinstance(header, dict)
                and header.get("layout") == LAYOUT
                and header.get("key") == list(key)
                and header.get("state") == list(state)
                and isinstance(header.get("note"), str)
                and _same_code(header)
            ):
                return None
            body = file.read()
        if header.get("length") != len(body) or header.get("crc32") != zlib.crc32(body):
            return None
    except (OSError, ValueError, TypeError, KeyError, RecursionError):  # damaged: not kept
        return None
    with suppress(OSError):
        os.utime(path)  # asked again: the last to go
    return Answer(body, header["note"])


def keep(key: Sequence[Any], state: Sequence[int], body: Sequence[bytes], note: str = "") -> None:
    """Keep `body` (its parts, as written: not joined, a copy of up to 32 MB less) and its
    `note` as the answer to `key` in `state`, replacing any earlier one, and make room; quietly
    nothing when the folder cannot be written."""
    length = sum(map(len, body))
    if length > MAX_ANSWER:
        return
    crc = 0
    for part in body:
        crc = zlib.crc32(part, crc)
    header = {
        "layout": LAYOUT,
        "key": list(key),
        "state": list(state),
        "length": length,
        "crc32": crc,
        "note": note,
        "python": sys.version,
        "sqlite": sqlite3.sqlite_version,
        "modules": _modules(),
    }
    folder = cache_dir()
    partial = folder / f"{PARTIAL}{os.getpid()}-{_name(key)}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        try:
            with partial.open("wb") as file:
                file.write(json.dumps(header).encode() + b"\n")
                file.writelines(body)
            os.replace(partial, folder / _name(key))
        finally:
            partial.unlink(missing_ok=True)
        _make_room(folder)
    except OSError:
        return


def _make_room(folder: Path) -> None:
    """Remove the least recently asked answers beyond `MAX_ANSWERS` or `MAX_BYTES`, and files
    left half written by a process that stopped."""
    answers = []
    now = time.time()
    for entry in os.scandir(folder):
        try:
            stat = entry.stat()
        except OSError:
            continue
        if entry.name.endswith(SUFFIX):
            answers.append((stat.st_mtime, stat.st_size, entry.path))
        elif entry.name.startswith(PARTIAL) and now - stat.st_mtime > STALE_PARTIAL_S:
            Path(entry.path).unlink(missing_ok=True)
    answers.sort(reverse=True)
    total = 0
    for number, (_, size, path) in enumerate(answers):
        total += size
        if number >= MAX_ANSWERS or total > MAX_BYTES:
            Path(path).unlink(missing_ok=True)


class Keeping:
    """Standard output, with a copy of its bytes kept as they are written (up to `MAX_ANSWER`),
    for `redirect_stdout`: the table's writers write their text, or UTF-8 bytes to `buffer`,
    as they would to the real one."""

    def __init__(self, out: IO[str], binary: IO[bytes]) -> None:
        self._out = out
        self._binary = binary
        self._errors = getattr(out, "errors", None) or "strict"
        self._parts: list[bytes] | None = []
        self._size = 0
        self.encoding = "utf-8"
        self.buffer = _BinaryKeeping(self)

    def _copy(self, data: bytes) -> None:
        if self._parts is None:
            return
        self._size += len(data)
        if self._size > MAX_ANSWER:
            self._parts = None
        else:
            self._parts.append(data)

    def write(self, text: str) -> int:
        written = self._out.write(text)
        self._copy(text.encode("utf-8", self._errors))
        return written

    def flush(self) -> None:
        self._out.flush()

    def isatty(self) -> bool:
        return self._out.isatty()

    def fileno(self) -> int:
        return self._out.fileno()

    def written(self) -> list[bytes] | None:
        """Every byte written, in the parts written, or None past `MAX_ANSWER`."""
        return self._parts


class _BinaryKeeping:
    def __init__(self, keeping: Keeping) -> None:
        self._keeping = keeping

    def write(self, data: bytes) -> int:
        written = self._keeping._binary.write(data)
        self._keeping._copy(data)
        return written

    def flush(self) -> None:
        self._keeping._binary.flush()
