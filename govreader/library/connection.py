"""The library file and its one connection: opening it safely, the lock every read and write
takes, and write transactions that keep all or nothing.

One connection in WAL mode, so a reader (the TUI) and a writer (`govreader add`) can work on the
same file at once; writers wait for each other (busy timeout). A file that is damaged, not a
library, or from a newer govreader is refused before anything is written to it (`opening`), and
it is never deleted or replaced.
"""

from __future__ import annotations

import os
import sqlite3
from _thread import RLock
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Self

from govreader.library.errors import LibraryError
from govreader.library.filters import holds
from govreader.library.location import DB_NAME, library_dir
from govreader.library.opening import (
    connect_read_only,
    damaged,
    explain,
    newer,
    older,
    probe,
    writable,
)
from govreader.library.schema import SCHEMA_VERSION, SHRUNK, migrate, read_version

BUSY_TIMEOUT_S = 30.0


class LibraryFile:
    """One library file, open: its path, its connection and whether it may be written."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self._conn = conn
        self._lock = RLock()  # threading's, without importing threading (~1 ms a command)
        self.read_only = read_only
        """Opened read-only (its file or folder cannot be written): it lists, searches and
        reads; reading state is not kept and nothing can be imported."""
        conn.create_function("govreader_holds", 4, holds, deterministic=True)

    @classmethod
    def open(
        cls,
        folder: Path | None = None,
        *,
        read_only: bool = False,
        on_upgrade: Callable[[int], None] | None = None,
    ) -> Self:
        """Open (creating on first use) the library in `folder` (see `library_dir`); read-only
        when asked, or when the file or its folder cannot be written. A library from an earlier
        version is brought forward first, once (about a minute for 10,000 articles):
        `on_upgrade` hears its number of articles before that starts."""
        folder = library_dir(folder)
        path = folder / DB_NAME
        if read_only or (path.is_file() and not writable(path)):
            return cls._open_read_only(path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            raise LibraryError(f"{folder}: cannot create the library folder ({reason})") from None
        if path.is_symlink() and not path.exists():  # SQLite would create the link's target
            raise LibraryError(
                f"{path}: a link to {os.readlink(path)}, which does not exist; it was left "
                "untouched: fix or remove the link, or use --library DIR"
            )
        if path.exists():
            probe(path)
        try:
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise LibraryError(f"{path}: cannot open the library ({error})") from None
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            found = read_version(conn)
            if found != SCHEMA_VERSION:
                if on_upgrade is not None and found is not None and 0 < found < SCHEMA_VERSION:
                    on_upgrade(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
                found = migrate(conn)
                if found is not None and 0 < found < SHRUNK:
                    conn.execute("VACUUM")
        except sqlite3.DatabaseError as error:
            conn.close()
            raise explain(path, error) from None
        if found is None or found > SCHEMA_VERSION:
            conn.close()
            raise damaged(path, "no schema_version") if found is None else newer(path, found)
        return cls(path, conn)

    @classmethod
    def _open_read_only(cls, path: Path) -> Self:
        probe(path)
        conn, version = connect_read_only(path)
        if version != SCHEMA_VERSION:  # a newer one was refused by _probe
            conn.close()
            raise damaged(path, "no schema_version") if version is None else older(path)
        return cls(path, conn, read_only=True)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        """The connection, with SQLite failures turned into one-line `LibraryError`s."""
        with self._lock:
            try:
                yield self._conn
            except sqlite3.DatabaseError as error:
                raise explain(self.path, error) from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is kept, or none of it (also on Ctrl-C)."""
        self._refuse_read_only()
        with self._guard() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def data_version(self) -> int:
        """A number that changes whenever another connection (say, `govreader add`) commits."""
        with self._guard() as conn:
            return int(conn.execute("PRAGMA data_version").fetchone()[0])

    def _refuse_read_only(self) -> None:
        if self.read_only:
            raise LibraryError(
                f"{self.path}: the library is read-only (its file or folder cannot be written);"
                " nothing can be imported into it, removed from it or marked read"
            )

    def check(self) -> None:
        """Refuse to write into a read-only or damaged file: SQLite's `quick_check` (every page
        and index entry read once; about 0.4 s for 10,000 articles) must pass before an import."""
        self._refuse_read_only()
        with self._guard() as conn:
            found = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        if found != ["ok"]:  # a finding may be several lines (`*** in database main ***`, …)
            lines = [line.strip() for row in found for line in row.splitlines()]
            raise damaged(self.path, "; ".join(line for line in lines if line))
