"""Opening a library file safely: what it is before a byte is written, read-only access, and
SQLite's failures as one line for the user."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from govreader.library.errors import LibraryError
from govreader.library.schema import SCHEMA_VERSION, branch_draft, read_version

SQLITE_HEADER = b"SQLite format 3\x00"


def damaged(path: Path, detail: str) -> LibraryError:
    return LibraryError(
        f"{path}: the library file is damaged or not a govreader library ({detail}); it was left "
        "untouched: move or rename it to start a new library, or use --library DIR"
    )


def explain(path: Path, error: sqlite3.DatabaseError) -> LibraryError:
    """SQLite's failure as one line for the user: full disk, busy, unwritable, or damaged."""
    message = str(error)
    if "full" in message:
        return LibraryError(f"{path}: the disk is full ({message}); free some space and retry")
    if "locked" in message or "busy" in message:
        return LibraryError(f"{path}: the library is busy in another govreader ({message})")
    if "Could not decode" in message:  # text that is not UTF-8: the file is damaged
        return damaged(path, message)
    if isinstance(error, sqlite3.OperationalError):
        return LibraryError(f"{path}: cannot use the library ({message})")
    return damaged(path, message)


def probe(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a library this version can open."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise LibraryError(f"{path}: cannot read the library ({error.strerror or error})") from None
    if not header:
        return
    if header != SQLITE_HEADER:
        raise damaged(path, "not an SQLite database")
    conn, version = connect_read_only(path)
    try:
        if branch_draft(conn, version):
            raise LibraryError(
                f"{path}: this library was written by an unreleased development build of "
                "govreader that this version cannot read; it was left untouched: import its "
                "pages into a new library (--library DIR)"
            )
    except sqlite3.DatabaseError as error:
        raise explain(path, error) from None
    finally:
        conn.close()
    if version is None:
        raise damaged(path, "it has no schema_version table")
    if version > SCHEMA_VERSION:
        raise newer(path, version)


def connect_read_only(path: Path) -> tuple[sqlite3.Connection, int | None]:
    """A read-only connection (SQLite's `mode=ro`) and the library's version; `immutable` when
    even that cannot read (a read-only folder without the `-shm` file that WAL mode needs and
    only a writer can make: then nobody can be writing the file either)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    for immutable in (False, True):
        try:
            conn = sqlite3.connect(
                uri + ("&immutable=1" if immutable else ""),
                uri=True,
                timeout=5,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as error:
            raise LibraryError(f"{path}: cannot open the library ({error})") from None
        try:  # not `query_only`: the facts table's filtered views are temporary tables
            return conn, read_version(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            if immutable or not isinstance(error, sqlite3.OperationalError):
                raise explain(path, error) from None
    raise AssertionError("unreachable")


def newer(path: Path, version: int) -> LibraryError:
    return LibraryError(
        f"{path}: this library was written by a newer govreader (schema {version}, this version "
        f"reads up to {SCHEMA_VERSION}); it was left untouched: upgrade govreader, or use "
        "--library DIR for another library"
    )


def older(path: Path) -> LibraryError:
    return LibraryError(
        f"{path}: this library was written by an older govreader and must be upgraded, which "
        "needs write access; it was left untouched: open it once where it can be written"
    )


def writable(path: Path) -> bool:
    """Whether this process may change the library: the file, and the folder SQLite keeps its
    `-wal` and `-shm` files in (a seam tests replace: root may write anything)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
