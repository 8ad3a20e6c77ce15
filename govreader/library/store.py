"""The library file: one `Library` opens it safely (`connection`), reads what the list pane,
the reader and the commands show (`reads`), searches it (`searching`) and writes one imported
page per transaction (`writes`).
"""

from __future__ import annotations

from govreader.library.reads import Reads
from govreader.library.searching import Searching
from govreader.library.writes import DUPLICATE, IMPORTED, UNCHANGED, UPDATED, Writes

__all__ = ["DUPLICATE", "IMPORTED", "UNCHANGED", "UPDATED", "Library"]


class Library(Writes, Searching, Reads):
    """The imported articles in one SQLite file; open with `Library.open(folder)`."""
