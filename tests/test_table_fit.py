"""`govreader table` in a terminal too narrow for the whole table: the kind's key columns stay
readable, columns on the right that would be cut to a stub are left out, and one line on stderr
says how many and how to see them, whether the answer is read afresh or kept; piped output is
never cut."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from govreader import table_text
from govreader.cli import main
from govreader.library import Library
from govreader.library.fact_columns import COLUMNS, KEY_CELLS, KEY_COLUMNS
from govreader.library.reads import Reads
from govreader.library.records import TABLE_KINDS
from govreader.model import FactKind
from govreader.table_text import GAP, READABLE, fitted_lines

NOTE = "not shown: --format csv or a wider terminal shows"


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split(" " * GAP) if cell.strip()]


@pytest.mark.parametrize("kind", TABLE_KINDS)
@pytest.mark.parametrize("width", [80, 200])
def test_no_cell_is_cut_to_a_stub_and_the_key_columns_stay(
    library_dir: Path, kind: FactKind, width: int
) -> None:
    with Library.open(library_dir) as library:
        table = library.fact_table(kind)
        lines, hidden = fitted_lines(table, width)
        whole = fitted_lines(table)[0]
    keys = KEY_COLUMNS.get(kind, 1)
    titles = cells(lines[0])
    assert titles == [column.title for column in COLUMNS[kind][: len(titles)]]
    assert len(titles) == len(COLUMNS[kind]) - hidden and len(titles) >= keys
    assert len(lines) == len(whole) > 1
    for line in lines:
        assert cell_len(line) <= width, line
        for cell in cells(line):
            if cell.endswith("…"):  # a syllable takes two cells: one may be left blank
                assert cell_len(cell) >= READABLE - 1, (kind, width, line)
    if width == 200:
        assert hidden == 0
    if sum(cell_len(line) > width for line in whole) == 0:
        assert lines == whole and hidden == 0


def test_at_80_columns_some_kind_leaves_columns_out_and_keys_keep_their_cells(
    library_dir: Path,
) -> None:
    """The awards' 9 columns do not fit 80 cells: the right ones go, and each key column keeps
    its whole width or `KEY_CELLS` (before this, every column was cut to about 7 cells)."""
    with Library.open(library_dir) as library:
        table = library.fact_table(FactKind.AWARD)
        lines, hidden = fitted_lines(table, 80)
        whole = fitted_lines(table)[0]
    assert hidden >= 1
    keys = KEY_COLUMNS[FactKind.AWARD]
    natural = [len(title) for title in whole[0].split(" " * GAP)]
    starts = [lines[0].index(title) for title in cells(lines[0])[: keys + 1]]
    for number in range(keys):
        width = starts[number + 1] - starts[number] - GAP
        assert width >= min(natural[number], KEY_CELLS), (number, lines[0])
    assert "2023-12-…" not in "\n".join(lines)


def ask(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    folder: Path,
    width: int | None,
    *args: str,
) -> tuple[str, str]:
    """`govreader table ARGS` in a terminal `width` cells wide (None: piped)."""
    with monkeypatch.context() as patch:
        if width is not None:
            patch.setattr(sys.stdout, "isatty", lambda: True)
            patch.setattr(shutil, "get_terminal_size", lambda: os.terminal_size((width, 24)))
        assert main(["table", *args, "--library", str(folder)]) == 0
    return capsys.readouterr()


@pytest.mark.parametrize("kind", TABLE_KINDS)
def test_the_terminal_says_how_many_columns_are_left_out_also_when_kept(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    library_dir: Path,
    cache_dir: Path,
    kind: FactKind,
) -> None:
    monkeypatch.setenv("GOVREADER_CACHE_DIR", str(cache_dir / str(kind)))
    read: list[int] = []
    real = Reads.fact_table

    def counted(self: Reads, *args: Any, **kwargs: Any) -> Any:
        read.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Reads, "fact_table", counted)
    first = ask(capsys, monkeypatch, library_dir, 80, str(kind))
    assert len(list((cache_dir / str(kind)).glob("*.answer"))) == 1, "the answer was kept"
    again = ask(capsys, monkeypatch, library_dir, 80, str(kind))
    assert again == first and len(read) == 1  # the second from the kept answer
    out, err = first
    shown = len(cells(out.splitlines()[0]))
    hidden = len(COLUMNS[kind]) - shown
    if hidden:
        said = f"{hidden} columns {NOTE} them" if hidden > 1 else f"1 column {NOTE} it"
        assert err == f"govreader: {said}\n"
        assert cell_len(err.rstrip("\n")) <= 80
    else:
        assert err == ""
    wide_out, wide_err = ask(capsys, monkeypatch, library_dir, 200, str(kind))
    assert wide_err == "" and len(cells(wide_out.splitlines()[0])) == len(COLUMNS[kind])


@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_piped_output_is_whole_and_says_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    library_dir: Path,
    fmt: str,
) -> None:
    """A pipe, or CSV or JSON in a terminal, is never cut: the same bytes as `fitted_lines`
    with no width, and nothing on stderr."""
    out, err = ask(capsys, monkeypatch, library_dir, None, "award", "--format", fmt)
    in_terminal = ask(capsys, monkeypatch, library_dir, 80, "award", "--format", fmt)
    assert err == ""
    if fmt == "text":
        with Library.open(library_dir) as library:
            assert out == "\n".join(fitted_lines(library.fact_table(FactKind.AWARD))[0]) + "\n"
        assert in_terminal[0] != out
    else:
        assert in_terminal == (out, "")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "rate",
        "달성률",
        "2024-05-02 가나일보",
        "청년 (명)",
        "…",
        "일자리·창출",
        "한글ㄱ",
        "Ａ",
        "👍",
    ],
)
def test_cells_are_counted_as_rich_counts_them(text: str) -> None:
    """ASCII and Hangul syllables are counted without loading Rich's tables; the rest by Rich."""
    assert table_text.cell_len(text) == cell_len(text)
