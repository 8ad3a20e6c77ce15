"""Lines of `search` and `list` without Rich's console: whole in a pipe, cut and styled in a
terminal, and never carrying a control code."""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len

from govreader.plain_output import BOLD, Output, safe


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_pipe_gets_whole_plain_lines() -> None:
    stream = io.StringIO()
    Output(stream).write(("2024-03-14  ", ()), ("청년 일자리 " * 20, (BOLD,)))
    assert stream.getvalue() == "2024-03-14  " + "청년 일자리 " * 20 + "\n"


def test_a_terminal_line_is_cut_to_its_width_and_styled(monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    stream = _Terminal()
    Output(stream, width=30).write(("2024-03-14  ", ()), ("청년 일자리 " * 20, (BOLD,)))
    line = stream.getvalue().rstrip("\n")
    assert "\x1b[1m" in line and line.endswith("…\x1b[0m")
    plain = line.replace("\x1b[1m", "").replace("\x1b[0m", "")
    assert cell_len(plain) <= 30 and plain.startswith("2024-03-14  청년")


@pytest.mark.parametrize("no_color", ["1", ""])
def test_no_color_is_respected(monkeypatch, no_color: str) -> None:
    monkeypatch.setenv("NO_COLOR", no_color)
    stream = _Terminal()
    Output(stream, width=80).write(("제목", (BOLD,)))
    assert ("\x1b" in stream.getvalue()) is (not no_color)


def test_stored_text_cannot_drive_the_terminal() -> None:
    printed = safe("제목\x1b]0;pwned\x07\u202e끝\n다음")
    assert not any(c in printed for c in "\x1b\x07\u202e\n")
    assert printed.startswith("제목") and "끝" in printed
