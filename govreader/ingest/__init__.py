"""Bytes to text: format detection (HTML, MHTML, text), encoding and terminal safety."""

from govreader.ingest.discover import NotAPage, discover
from govreader.ingest.loader import load_page
from govreader.ingest.safety import terminal_safe

__all__ = ["NotAPage", "discover", "load_page", "terminal_safe"]
