"""Bytes to text: format detection (HTML, MHTML, text) and encoding."""

from __future__ import annotations

from pathlib import Path

from govreader.model import Page


def load_page(path: Path) -> Page:
    raise NotImplementedError
