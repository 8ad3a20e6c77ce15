"""Reading a saved file safely: never a system file, never more than the size limit, never a hang.

A page is opened non-blocking (a FIFO swapped in for a file cannot stall the open), the opened
file is checked (`fstat`: a regular file, within the size limit) before a byte is read, and the
bytes are read once, so what is hashed is what is parsed. Files under /proc, /sys and /dev are
refused even through a link: /proc/kmsg blocks forever, /proc/self/environ holds secrets.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from functools import lru_cache
from pathlib import Path

from govreader.model import PageError

MAX_PAGE_MB_ENV = "GOVREADER_MAX_PAGE_MB"
DEFAULT_MAX_PAGE_MB = 50.0

SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")
SYSTEM_FILE = "a system file (under /proc, /sys or /dev), not a saved page"
NOT_A_FILE = "not a regular file (a pipe, socket or device)"
"""Reading a named pipe would block forever, a device might never end: they are never read."""

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_CHUNK = 1024 * 1024


def max_page_bytes() -> float:
    """The size limit in bytes, from GOVREADER_MAX_PAGE_MB (default 50). A value that is not a
    positive number (`nan` and `inf` would lift the limit) keeps the default, which the refusal
    message names."""
    try:
        megabytes = float(os.environ.get(MAX_PAGE_MB_ENV, DEFAULT_MAX_PAGE_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_PAGE_MB
    if not 0 < megabytes < float("inf"):
        megabytes = DEFAULT_MAX_PAGE_MB
    return megabytes * 1024 * 1024


def is_system_path(path: Path | str) -> bool:
    """Whether `path`, links resolved, lies under /proc, /sys or /dev."""
    real = os.path.realpath(path)
    return any(real == folder or real.startswith(folder + "/") for folder in SYSTEM_FOLDERS)


def is_system_folder(info: os.stat_result) -> bool:
    """Whether a folder, by its `stat`, is /proc, /sys or /dev itself, however it was reached:
    through a link to a folder above them (`root -> /`) they are met as plain folders."""
    return (info.st_dev, info.st_ino) in _folder_keys(SYSTEM_FOLDERS)


@lru_cache(maxsize=2)
def _folder_keys(folders: tuple[str, ...]) -> frozenset[tuple[int, int]]:
    keys = set()
    for folder in folders:
        with suppress(OSError):
            info = os.stat(folder)
            keys.add((info.st_dev, info.st_ino))
    return frozenset(keys)


def _too_large(path: Path | str, size: float, limit: float) -> PageError:
    return PageError(
        path,
        f"too large ({size / 1024 / 1024:.1f} MB; the limit is {limit / 1024 / 1024:g} MB,"
        f" set {MAX_PAGE_MB_ENV})",
    )


def read_file(path: Path | str, most: int | None = None) -> bytes:
    """The file's bytes (only the first `most` when given), or a `PageError` whose reason a user
    can act on. Without `most`, a file over the size limit is refused before it is read."""
    if is_system_path(path):
        raise PageError(path, SYSTEM_FILE)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise PageError(path, "no such file") from None
    except IsADirectoryError:
        raise PageError(path, "is a folder") from None
    except PermissionError:
        raise PageError(path, "permission denied") from None
    except OSError as error:
        raise PageError(path, (error.strerror or str(error)).lower()) from None
    try:
        return _read_open(path, fd, most)
    finally:
        os.close(fd)


def _read_open(path: Path | str, fd: int, most: int | None) -> bytes:
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise PageError(path, "is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise PageError(path, NOT_A_FILE)
        limit = max_page_bytes()
        if most is None and info.st_size > limit:
            raise _too_large(path, info.st_size, limit)
        wanted = int(limit) + 1 if most is None else most
        chunks: list[bytes] = []
        got = 0
        while got < wanted:  # a file growing while read stops at the limit
            chunk = os.read(fd, min(_CHUNK, wanted - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except PermissionError:
        raise PageError(path, "permission denied") from None
    except OSError as error:
        raise PageError(path, (error.strerror or str(error)).lower()) from None
    if most is None and got > limit:
        raise _too_large(path, got, limit)
    return b"".join(chunks)
