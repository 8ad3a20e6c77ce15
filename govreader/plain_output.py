"""Lines for `govreader search` and `list`, written without Rich's console.

Those commands start in a few tens of milliseconds and stream thousands of rows, and Rich's
console costs more to import than the rest of the command. In a terminal a line is cut to its
width and styled with SGR codes (unless NO_COLOR is set); in a pipe it is plain and whole. Page
text is filtered again before it is printed: nothing stored can drive the terminal.

In a pipe, lines are gathered and written in blocks, as Python's own buffer would, even when
PYTHONUNBUFFERED is set (as in many container images): there, a write a line made `list` of
10,000 articles spend a third more CPU time in system calls.
"""

from __future__ import annotations

import os
import re
import sys
from types import TracebackType
from typing import TextIO

_CONTROLS = "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
"""Control codes and bidi overrides, none of them printable: compiled (about 1 ms, for the
characters beyond Latin-1) only for a text that holds a character that is not."""

BOLD = "1"
DIM = "2"
REVERSE = "7"
CYAN = "36"
GREEN = "32"

BLOCK = 8192
"""Characters gathered in a pipe before they are written."""


def safe(text: str) -> str:
    """`text` on one line, without control codes or bidi overrides and isolates, each replaced by
    a space (offsets into it stay right). Bidi marks (U+200E, U+200F, U+061C) stay, as at import
    (`ingest.safety`): an override or isolate reorders everything after it to the end of the
    line, so stored text could show as other text; a mark is one invisible strong letter that
    opens no scope, sets only the direction of the neutrals (spaces, punctuation) beside it,
    stops at the next letter (every Hangul syllable is one), and is written by real pages."""
    if text.isprintable():  # most text: nothing to filter
        return text
    return re.sub(_CONTROLS, " ", text)


def safe_lines(text: str) -> str:
    """`text` as `safe` makes it, its line breaks kept (an article's text, in the reader)."""
    return "\n".join(map(safe, text.split("\n")))


class Output:
    """Where the lines go: styled and cut to the width in a terminal, plain in a pipe (use it
    as a context manager: what a pipe has gathered is written as the block ends)."""

    def __init__(self, stream: TextIO | None = None, width: int | None = None) -> None:
        self.stream = stream or sys.stdout
        self.terminal = self.stream.isatty()
        self.colour = self.terminal and not os.environ.get("NO_COLOR")
        if width is None and self.terminal:
            width = os.get_terminal_size(self.stream.fileno()).columns
        self.width = width or 0
        self._pending: list[str] = []
        self._gathered = 0

    def __enter__(self) -> Output:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not isinstance(error, BrokenPipeError):  # the reader is gone: nothing more to write
            self.flush()

    def flush(self) -> None:
        """Write what a pipe has gathered."""
        if self._pending:
            text = "".join(self._pending)
            self._pending.clear()
            self._gathered = 0
            self.stream.write(text)
        self.stream.flush()

    def style(self, text: str, *codes: str) -> str:
        if not self.colour or not codes or not text:
            return text
        return f"\x1b[{';'.join(codes)}m{text}\x1b[0m"

    def write(self, *parts: tuple[str, tuple[str, ...]]) -> None:
        """One line of `(text, style codes)` parts; in a terminal, cut to its width with an
        ellipsis."""
        if not self.terminal:
            line = "".join([text for text, _ in parts]) + "\n"
            self._pending.append(line)
            self._gathered += len(line)
            if self._gathered >= BLOCK:
                self.flush()
            return
        from rich.cells import cell_len, set_cell_size  # a terminal's only: 11 ms of CPU to load

        room = self.width
        out = []
        for text, codes in parts:
            cells = cell_len(text)
            if cells > room:
                text = set_cell_size(text, max(room - 1, 0)) + "…"
                room = 0
            else:
                room -= cells
            out.append(self.style(text, *codes))
            if room == 0:
                break
        self.stream.write("".join(out) + "\n")
