"""The command line in daily use: global options anywhere, no reader without a terminal, strict
search options, messages that say what was asked, `remove`, readable `facts` and `clean` output,
and `add` that skips files that are not pages."""

from __future__ import annotations

import gc
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from govreader import cli
from govreader.cli import main
from govreader.library import Library
from govreader.library.location import DB_NAME
from govreader.library.schema import FACT_COUNT_COLUMNS
from govreader.model import FactKind
from govreader.tui.app import GovReaderApp
from tests.test_cli_library import write_page

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    write_page(pages, 1, "성동구", "2021-03-04")
    write_page(pages, 2, "수원시", "2024-06-07")
    folder = tmp_path / "lib"
    assert main(["add", str(pages), "--library", str(folder)]) == 0
    return folder


def test_the_library_option_works_before_or_after_the_command(
    library: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    capsys.readouterr()
    monkeypatch.setattr(GovReaderApp, "run", lambda self: pytest.fail("the reader opened"))
    assert main(["--library", str(library), "list"]) == 0
    before = capsys.readouterr().out
    assert main(["list", "--library", str(library)]) == 0
    assert capsys.readouterr().out == before and len(before.splitlines()) == 3
    assert main(["--library", str(library), "search", "시험어1"]) == 0
    assert "성동구" in capsys.readouterr().out


def test_help_lists_the_library_option_its_variable_and_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--library DIR" in out and "GOVREADER_LIBRARY" in out
    for command in cli.COMMANDS:
        assert f"    {command} " in out, command


def test_each_commands_help_names_it_and_explains_every_argument(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in cli.COMMANDS:
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert out.startswith(f"usage: govreader {command} "), out.splitlines()[0]
        arguments = out.split("\n\n", 2)[2]  # after the usage and the description
        for line in arguments.splitlines():
            if line.startswith("  ") and not line.startswith("   "):  # an argument's own line
                assert len(line.split(None, 1)) == 2 or line.strip() == "COMMAND", line
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    out = capsys.readouterr().out
    assert all(kind in out for kind in FactKind)


@pytest.mark.slow
def test_without_a_terminal_the_reader_does_not_start(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "govreader", "--library", str(tmp_path / "lib")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "needs a terminal" in result.stderr
    assert "govreader add" in result.stderr and result.stdout == ""
    assert not (tmp_path / "lib").exists()


@pytest.mark.parametrize(
    "options",
    [
        ["--since", "2025-13"],
        ["--until", "2024-02-30"],
        ["--since", "2025-1"],
        ["--limit", "0"],
        ["--limit", "-3"],
    ],
)
def test_search_refuses_dates_that_do_not_exist_and_limits_below_one(
    library: Path, options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", "청년", *options, "--library", str(library)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"govreader: {options[0]}: ")


def test_list_refuses_a_limit_below_one_and_keeps_a_limit(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["list", "--limit", "0", "--library", str(library)]) == 2
    assert main(["list", "--limit", "1", "--library", str(library)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[1].startswith("2024-06-07")


def test_list_pads_each_count_to_two_cells_in_kind_order_and_prints_a_large_one_whole(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kinds = list(FactKind)
    conn = sqlite3.connect(library / DB_NAME)
    with conn:
        counts = {kinds[0]: 7, kinds[1]: 0, kinds[2]: 123, kinds[3]: 45, kinds[4]: 100}
        assigned = ", ".join(f"{FACT_COUNT_COLUMNS[kind]} = {n}" for kind, n in counts.items())
        conn.execute(f"UPDATE articles SET {assigned}")
    conn.close()
    capsys.readouterr()
    assert main(["list", "--library", str(library)]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    expected = " ".join(f"{counts.get(kind, 0):>2}" for kind in kinds)
    assert len(rows) == 2 and all(f"  {expected}  " in row for row in rows)


def test_the_collector_runs_again_once_a_command_has_started(library: Path) -> None:
    """The collector is off while the parser and the command's modules are made, never after."""
    assert main(["list", "--library", str(library)]) == 0
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.isenabled()


def test_search_that_finds_nothing_names_the_filters_and_an_empty_library_says_so(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    options = ["--kind", "award", "--source", "한빛일보", "--since", "2022-01"]
    assert main(["search", "청년", *options, "--library", str(library)]) == 0
    out = capsys.readouterr().out
    assert "'청년'" in out and "award" in out and "한빛일보" in out and "since 2022-01" in out
    assert main(["search", "청년", "--library", str(tmp_path / "new")]) == 0
    out = capsys.readouterr().out
    assert "empty" in out and "match" not in out


def test_remove_takes_articles_out_and_leaves_the_pages(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "pages" / "page-0001.html"
    before = page.read_bytes()
    capsys.readouterr()
    assert main(["remove", str(page), "--library", str(library)]) == 0
    assert "removed 1 article" in capsys.readouterr().out
    assert page.read_bytes() == before
    with Library.open(library) as opened:
        assert opened.count() == 1 and opened.search("시험어1") == []
    assert main(["remove", str(page), "--library", str(library)]) == 1
    assert "no article in the library" in capsys.readouterr().err
    assert main(["remove", str(tmp_path / "pages"), "--library", str(library)]) == 0
    with Library.open(library) as opened:
        assert opened.count() == 0


def test_add_skips_files_that_are_plainly_not_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    write_page(pages, 1)
    (pages / "data.json").write_text('{"a": 1}')
    (pages / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(64))
    (pages / "README.md").write_text("# 저장한 기사\n\n구청 소식을 모았다.\n", "utf-8")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    assert main(["add", str(pages), str(photo), "--library", str(tmp_path / "lib")]) == 0
    captured = capsys.readouterr()
    assert "imported 1" in captured.out and "skipped 4" in captured.out
    assert "failed 0" in captured.out
    # the file given by name gets its line; the folder's non-pages are only counted
    assert captured.err == f"govreader: {photo}: skipped, not a text page (JPEG image)\n"
    (pages / "empty.html").write_bytes(b"")
    assert main(["add", str(pages), "--library", str(tmp_path / "lib")]) == 1
    assert "failed 1" in capsys.readouterr().out


def test_facts_prints_a_summary_when_asked_and_json_in_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    page = write_page(pages, 1, "성동구")
    assert main(["facts", str(page)]) == 0
    data = json.loads(capsys.readouterr().out)  # not a terminal: the contract
    assert data[0]["facts"]
    assert main(["facts", str(page), "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"==> {page} <==" and lines[1].startswith("성동구")
    amount = next(line for line in lines if line.lstrip().startswith("amount"))
    assert "1억 원" in amount and "예산" in amount  # the value, then words around it


def test_facts_on_a_terminal_defaults_to_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    page = write_page(pages, 1, "성동구")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["facts", str(page)]) == 0
    out = capsys.readouterr().out
    assert f"==> {page} <==" in out and "amount" in out and not out.lstrip().startswith("[")


def test_clean_of_a_folder_heads_each_article_with_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    first, second = write_page(pages, 1), write_page(pages, 2)
    assert main(["clean", str(pages)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"==> {first} <==" and f"==> {second} <==" in lines
    assert main(["clean", str(first)]) == 0
    assert not capsys.readouterr().out.startswith("==>")


def test_library_errors_show_escapes_in_the_library_name_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad\x1b[31mlib"
    bad.mkdir()
    (bad / "library.sqlite3").write_bytes(b"not a database at all" * 100)
    for command in (["list"], ["search", "청년"], ["remove", str(tmp_path)]):
        assert main([*command, "--library", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("bad\\x1b[31mlib") == 3
