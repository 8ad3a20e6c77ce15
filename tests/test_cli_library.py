"""`govreader add / list / search` as a user runs them, and the library under real processes:
killed mid-import, interrupted, and read while another process imports."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govreader.cli import build_parser, main, plain_open, with_command
from govreader.library import Library
from govreader.library.location import DB_NAME
from govreader.model import Article
from tests.old_libraries import version_1_library

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


def write_page(folder: Path, i: int, place: str = "구로구", date: str = "2023-05-02") -> Path:
    page = folder / f"page-{i:04d}.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta property='article:published_time' content='{date}T10:00:00'>"
        f"<title>{place} 소식 {i}</title></head><body><article>"
        f"<h1>{place}, 청년 일자리 {i}개 창출</h1>"
        f"<p>{place}가 올해 청년 일자리 {i + 100}개를 만든다고 밝혔다.</p>"
        f"<p>시험어{i} [bold]문장[/bold]이다.</p>"
        f"<p>{place} 관계자는 예산 {i}억 원을 들여 사업을 펼치겠다고 말했다.</p>"
        + "<p>지원 사업의 세부 내용은 누리집에 공고한다. 신청은 다음 달부터 받는다.</p>" * 20
        + "</article></body></html>",
        encoding="utf-8",
    )
    return page


def write_pages(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        write_page(folder, i)


def _env(library: Path) -> dict[str, str]:
    env = dict(os.environ, GOVREADER_LIBRARY=str(library))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def _add_process(library: Path, pages: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "govreader", "add", str(pages), *extra],
        env=_env(library),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def _wait_for_articles(db: Path, at_least: int, process: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        count = _count(db)
        if count >= at_least:
            return count
        time.sleep(0.02)
    process.kill()
    _, err = process.communicate()
    pytest.fail(f"the import did not reach {at_least} articles: {err}")


def _assert_whole(folder: Path) -> int:
    """The library opens, passes integrity checks, and every article is complete."""
    with Library.open(folder) as library:
        count = library.count()
        for row in library.rows(limit=count):
            stored = library.article(row.id)
            assert stored.paths and stored.article.text
            assert sum(row.fact_counts.values()) == len(stored.article.facts)
    conn = sqlite3.connect(folder / DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO text_index (text_index) VALUES ('integrity-check')")
    texts = conn.execute("SELECT count(*) FROM texts").fetchone()[0]
    conn.close()
    assert texts == count
    return count


def test_add_list_and_search(tmp_path: Path, capsys) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    write_page(pages, 1, "성동구", "2021-03-04")
    write_page(pages, 2, "수원시", "2024-06-07")
    lib = ["--library", str(tmp_path / "lib")]
    assert main(["add", str(pages), *lib]) == 0
    out = capsys.readouterr().out
    assert "imported 2" in out and "failed 0" in out
    assert main(["add", str(pages), *lib]) == 0
    assert "unchanged 2" in capsys.readouterr().out

    assert main(["list", *lib]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[1].startswith("2024-06-07") and "수원시" in lines[1]
    assert lines[2].startswith("2021-03-04") and "성동구" in lines[2]
    assert "\x1b" not in "".join(lines)

    assert main(["search", "시험어1", *lib]) == 0
    out = capsys.readouterr().out
    assert "성동구" in out and "시험어1 [bold]문장[/bold]" in out and "수원시" not in out
    assert main(["search", "청년", "--until", "2022-01-01", *lib]) == 0
    out = capsys.readouterr().out
    assert "성동구" in out and "수원시" not in out
    assert main(["search", "없는검색어", *lib]) == 0
    assert "No article" in capsys.readouterr().out


def test_add_reports_each_failure_on_one_line_and_exits_1(tmp_path: Path, capsys) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    write_page(pages, 1)
    (pages / "empty.html").write_bytes(b"")
    code = main(["add", str(pages), str(tmp_path / "missing"), "--library", str(tmp_path / "l")])
    captured = capsys.readouterr()
    assert code == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("govreader: ") for line in errors)
    assert "Traceback" not in captured.err
    assert "imported 1" in captured.out and "failed 2" in captured.out


def test_bad_options_and_bad_library_are_one_line_errors(tmp_path: Path, capsys) -> None:
    assert main(["search", "청년", "--kind", "prize", "--library", str(tmp_path)]) == 2
    assert main(["search", "청년", "--since", "yesterday", "--library", str(tmp_path)]) == 2
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / DB_NAME).write_bytes(b"not a database at all" * 100)
    for command in (["list"], ["search", "청년"], ["add", str(tmp_path)]):
        assert main([*command, "--library", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 5 and all(line.startswith("govreader: ") for line in err)
    assert str(bad / DB_NAME) in err[-1]
    assert (bad / DB_NAME).read_bytes() == b"not a database at all" * 100


def test_an_older_library_is_upgraded_with_one_line_on_stderr(tmp_path: Path, capsys) -> None:
    article = Article(text="구로구가 청년 일자리를 늘린다.", title="구로구 소식", published="2024")
    old = version_1_library(tmp_path / "old", [article])
    assert main(["list", "--library", str(old)]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "govreader: upgrading the library (1 article) for this version, once …"
    ]
    assert "구로구 소식" in captured.out
    assert main(["search", "청년", "--library", str(old)]) == 0
    assert capsys.readouterr().err == ""


def test_list_of_an_empty_library_says_so(tmp_path: Path, capsys) -> None:
    assert main(["list", "--library", str(tmp_path)]) == 0
    assert "empty" in capsys.readouterr().out


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc); empty where /proc is missing."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_mid_import_leaves_a_whole_library(tmp_path: Path, jobs: str) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, 400)
    library = tmp_path / "lib"
    process = _add_process(library, pages, "--jobs", jobs)
    try:
        _wait_for_articles(library / DB_NAME, 30, process)
        workers = _children(process.pid)
        if jobs != "1" and Path("/proc").is_dir():
            assert len(workers) >= 2
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        process.stdout.close()
        process.stderr.close()
    kept = _assert_whole(library)
    assert 30 <= kept < 400
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "import workers outlived their parent"
    with Library.open(library) as lib:
        from govreader.library import import_paths

        summary = import_paths(lib, [pages], jobs=1)
    assert summary.imported == 400 - kept and summary.unchanged == kept


def test_ctrl_c_stops_cleanly_keeping_what_was_imported(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, 400)
    library = tmp_path / "lib"
    process = _add_process(library, pages, "--jobs", "2")
    _wait_for_articles(library / DB_NAME, 40, process)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    kept = _assert_whole(library)
    assert f"imported {kept}" in out


def test_reading_while_another_process_imports(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write_pages(pages, 150)
    library = tmp_path / "lib"
    with Library.open(library) as lib:
        process = _add_process(library, pages, "--jobs", "1")
        seen = 0
        while process.poll() is None:
            seen = max(seen, lib.count())
            if lib.count():
                row = lib.rows(limit=1)[0]
                lib.set_read(row.id, True)
                assert lib.article(row.id).read
                lib.search("청년")
            time.sleep(0.01)
        out, err = process.communicate()
        assert process.returncode == 0, err
        assert "imported 150" in out
        assert lib.count() == 150 and seen > 0


@pytest.mark.parametrize(
    "argv",
    [[], ["open"], ["--library", "lib"], ["--library", "lib", "open"], ["open", "--library", "x"]],
)
def test_the_plain_reader_command_skips_the_parser_and_means_what_it_would_parse_to(
    argv: list[str],
) -> None:
    full = with_command(argv)
    args = build_parser().parse_args(full)
    plain = plain_open(full)
    assert args.command == "open" and args.paths == []
    if argv[:1] == ["open"] and len(argv) > 1:
        assert plain is None  # the option after the command is left to the parser
    else:
        assert plain == (args.library,)


@pytest.mark.parametrize(
    "argv", [["page.html"], ["--library=lib"], ["--library", "-h"], ["--version"], ["list"]]
)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert plain_open(with_command(argv)) is None
