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


class _Counted(io.StringIO):
    """A stream that counts the writes it gets (each a system call on an unbuffered stdout)."""

    writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_a_pipe_gets_whole_plain_lines() -> None:
    stream = io.StringIO()
    with Output(stream) as out:
        out.write(("2024-03-14  ", ()), ("청년 일자리 " * 20, (BOLD,)))
    assert stream.getvalue() == "2024-03-14  " + "청년 일자리 " * 20 + "\n"


def test_a_pipe_gets_lines_in_blocks_and_every_line_in_order_at_the_end() -> None:
    stream = _Counted()
    lines = [f"{i:05}  청년 일자리 사업 {i}" for i in range(3000)]
    with Output(stream) as out:
        for line in lines:
            out.write((line, (BOLD,)))
    assert stream.getvalue() == "".join(line + "\n" for line in lines)
    assert 0 < stream.writes < len(lines) // 50


def test_a_terminal_gets_each_line_as_it_is_written(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    stream = _Terminal()
    with Output(stream, width=80) as out:
        out.write(("첫 줄", ()))
        assert stream.getvalue() == "첫 줄\n"


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


def test_safe_turns_each_control_code_and_bidi_override_into_a_space() -> None:
    unsafe = ["\x00", "\x1b", "\n", "\t", "\x7f", "\x85", "\x9f", "\u202a", "\u202e", "\u2066"]
    unsafe += ["\u2069", "\u2028", "\u2029"]
    for char in unsafe:
        assert safe(f"청년{char}일자리") == "청년 일자리"


def test_safe_keeps_printable_text_and_other_invisible_characters_as_they_are() -> None:
    for text in ("가나구, ‘청년 일자리’ 100명 · 모집…", "", "a\u200bb", "soft\xadhyphen", "\u202f"):
        assert safe(text) == text
