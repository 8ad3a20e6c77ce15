"""Which files of the paths a user gave are saved pages: folders walked, assets skipped.

A file given by name is read whatever its name (the user chose it). In a folder, a file is a page
when its suffix is a page's (`PAGE_SUFFIXES`), or, with any other suffix or none (`view.do`,
`board.php`, a page saved without one), when its first bytes are HTML or MHTML: a README, notes,
a licence or a data file beside the pages is text, not a saved page, and is passed over
(`NotAPage`), counted by the commands rather than reported one by one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from govreader.ingest.files import (
    NOT_A_FILE,
    SYSTEM_FILE,
    is_system_folder,
    is_system_path,
    read_file,
)
from govreader.ingest.sniff import is_html, is_mhtml, sniffed_head
from govreader.model import PageError

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt", ".text"})
"""Suffixes that are pages without looking inside."""

ASSET_SUFFIXES = frozenset(
    {
        *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".ico", ".tif", ".tiff"),
        *(".avif", ".heic", ".js", ".mjs", ".cjs", ".css", ".map", ".woff", ".woff2", ".ttf"),
        *(".otf", ".eot"),
    }
)
"""A saved page's companions (images, scripts, style sheets, fonts): skipped without a word."""

NOT_PAGE_SUFFIXES = frozenset(
    {
        *(".pdf", ".zip", ".gz", ".tgz", ".7z", ".rar", ".json", ".xml", ".csv", ".doc"),
        *(".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".hwp", ".hwpx", ".odt", ".rtf"),
        *(
            ".jsonl",
            ".ndjson",
            ".yaml",
            ".yml",
            ".mp3",
            ".mp4",
            ".mov",
            ".avi",
            ".wav",
            ".exe",
            ".dll",
            ".so",
            ".db",
            ".sqlite",
        ),
        *(".toml", ".ini", ".cfg", ".conf", ".lock", ".log", ".tsv", ".sql", ".py", ".sh"),
        *(".md", ".markdown", ".rst", ".adoc"),
    }
)
"""Documents, archives, data, settings and notes a user may keep beside pages: passed over in a
folder without being read (a folder of saved pages is often a project folder too); a README
that opens with markup would otherwise pass for an HTML page."""

ASSET_FOLDER_ENDINGS = ("_files", ".files", "_파일")

NO_PAGES = "no pages found"
"""A folder given that holds nothing to read (no file that could be a page, no problem either):
one line, as for any bad input, so a wrong folder does not pass for a successful run."""

SYSTEM_FOLDER = "a system folder (under /proc, /sys or /dev), not saved pages"


def discover(paths: Iterable[Path]) -> Iterator[Path | PageError | NotAPage]:
    """Each page among `paths` (folders walked in sorted order), a `PageError` per problem
    (`NO_PAGES` for a folder with nothing in it to read), and a `NotAPage` for each file in a
    folder that is not a page."""
    for path in paths:
        path = Path(path)
        if is_system_path(path):
            yield PageError(path, SYSTEM_FILE if not path.is_dir() else SYSTEM_FOLDER)
        elif path.is_dir() and is_companion_folder(path):
            continue
        elif path.is_dir():
            found = False
            for item in _walk(path):
                found = True
                yield item
            if not found:
                yield PageError(path, NO_PAGES)
        elif path.exists():
            yield path if path.is_file() else PageError(path, NOT_A_FILE)
        elif path.is_symlink():
            yield PageError(path, "broken link")
        else:
            yield PageError(path, "no such file")


def is_companion_folder(folder: Path) -> bool:
    """Whether `folder` is a saved page's companions (`기사_files` beside `기사.html`): given by
    name, as `govreader add 저장/*` gives it, it was read with its page and is passed over without
    a word, never walked (a browser saves a page's frames as `.html` files inside it)."""
    ending = next((e for e in ASSET_FOLDER_ENDINGS if folder.name.endswith(e)), None)
    if ending is None or folder.name == ending:
        return False
    stem = folder.name[: -len(ending)]
    return any((folder.parent / f"{stem}{suffix}").is_file() for suffix in PAGE_SUFFIXES)


class NotAPage(NamedTuple):
    """A file met in a folder that is not a saved page: passed over, never read, and counted
    (`skipped N`) where a file given by name that is no page gets a line of its own."""

    path: Path


class _Subfolder(NamedTuple):
    path: Path


def _walk(top: Path) -> Iterator[Path | PageError | NotAPage]:
    """The pages under `top`, depth first in sorted order. A stack of folders being read, not
    recursion: a folder nested a thousand deep (an unpacked archive can make one) would pass
    Python's recursion limit and end the whole batch with a traceback."""
    seen: set[tuple[int, int]] = set()
    reading = [_folder(top, seen)]
    while reading:
        found = next(reading[-1], None)
        if found is None:
            reading.pop()
        elif isinstance(found, _Subfolder):
            reading.append(_folder(found.path, seen))
        else:
            yield found


def _folder(
    folder: Path, seen: set[tuple[int, int]]
) -> Iterator[Path | PageError | NotAPage | _Subfolder]:
    """The pages and problems of one folder, and each subfolder to walk, in sorted order."""
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen:
            yield PageError(folder, "symlink loop")
            return
        if is_system_folder(info):
            yield PageError(folder, SYSTEM_FOLDER)
            return
        seen.add(key)
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except PermissionError:
        yield PageError(folder, "permission denied")
        return
    except OSError as error:
        yield PageError(folder, (error.strerror or str(error)).lower())
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if entry.is_symlink() and is_system_path(path):
                yield PageError(path, SYSTEM_FOLDER)
            elif not entry.name.endswith(ASSET_FOLDER_ENDINGS):
                yield _Subfolder(path)
            continue
        if entry.is_symlink() and is_system_path(path):
            yield PageError(path, SYSTEM_FILE)
            continue
        if not path.exists():
            yield PageError(path, "broken link")
            continue
        if not path.is_file():
            yield PageError(path, NOT_A_FILE)
            continue
        verdict = _file_verdict(path)
        if verdict is True:
            yield path
        elif verdict is False:
            yield NotAPage(path)


def _file_verdict(path: Path) -> bool | None:
    """True for a page, None for a companion to skip unsaid, False for a file that is no page."""
    suffix = path.suffix.lower()
    if suffix in PAGE_SUFFIXES:
        return True
    if suffix in ASSET_SUFFIXES:
        return None
    if suffix in NOT_PAGE_SUFFIXES:
        return False
    try:
        head = read_file(path, most=8192)
    except PageError:
        return True  # let loading report why it cannot be read
    return _marked_up(head)


def _marked_up(head: bytes) -> bool:
    """Whether a file's first bytes are HTML or MHTML, read as the loader reads them."""
    head = sniffed_head(head)
    return is_mhtml(head) or is_html(head)
