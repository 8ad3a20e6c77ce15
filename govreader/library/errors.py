"""The one error the library raises for the user: what is wrong and what to do, in one line."""

from __future__ import annotations


class LibraryError(Exception):
    """The library cannot be used: corrupt file, newer schema, unwritable folder, full disk..."""
