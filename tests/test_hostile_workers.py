"""Every page answered in bounded time, every import stoppable, every page read once and safely.

A page over the time limit is answered `took too long` and its worker replaced while the rest
goes on; Ctrl-C ends `add` at once whatever the workers do; files under /proc, /sys and /dev are
never read, even through a link; the size is checked before a byte is read; the hash stored is
the hash of the bytes parsed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import govreader.reading
from govreader.library import Library, import_paths
from govreader.workers import too_long, too_much_memory, worker_memory_bytes
from tests.hostile import LIMIT_S, PROSE, REPO, cli_env, run_cli

pytestmark = pytest.mark.slow

STUCK = "멈춤표시"


def _page(folder: Path, name: str, marker: str = "") -> Path:
    path = folder / name
    sentence = f"구는 {marker} 청년 일자리 사업을 올해 처음 시작한다고 밝혔다."
    path.write_text(f"{name} 소식\n\n{PROSE}\n\n{sentence}\n", encoding="utf-8")
    return path


def _stuck_on_marker(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Workers (forked from this process) take `seconds` over any page holding the marker."""
    clean = govreader.reading.clean_page

    def slow(page: object) -> object:
        if STUCK in page.text:  # type: ignore[attr-defined]
            time.sleep(seconds)
        return clean(page)  # type: ignore[arg-type]

    monkeypatch.setattr(govreader.reading, "clean_page", slow)


def test_a_page_over_the_time_limit_is_skipped_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    stuck = {_page(pages, f"{i:02}.txt", STUCK) for i in (3, 11)}
    for i in range(20):
        if not (pages / f"{i:02}.txt").exists():
            _page(pages, f"{i:02}.txt")
    _stuck_on_marker(monkeypatch, LIMIT_S * 3)
    monkeypatch.setenv("GOVREADER_MAX_PAGE_SECONDS", "1")
    started = time.monotonic()
    with Library.open(tmp_path / "library") as library:
        summary = import_paths(library, [pages], jobs=2)
        assert time.monotonic() - started < LIMIT_S
        assert sorted(summary.failed) == sorted((str(p), too_long(1.0)) for p in stuck)
        assert summary.imported == 18 and library.count() == 18


HUNGRY = "배고픈표시"


def test_a_page_that_needs_too_much_memory_is_refused_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a page takes memory that grows with its shape, not only its size (a page of a
    million one-letter lines takes 280 bytes a line): a worker may take a bounded amount, and a
    page needing more is answered with why, instead of taking the machine's memory."""
    pages = tmp_path / "pages"
    pages.mkdir()
    hungry = _page(pages, "02.txt", HUNGRY)
    for i in (1, 3, 4):
        _page(pages, f"{i:02}.txt")
    clean = govreader.reading.clean_page

    def greedy(page: object) -> object:
        if HUNGRY in page.text:  # type: ignore[attr-defined]
            bytearray(worker_memory_bytes() + 2**30)  # mapped, not touched: cheap when allowed
        return clean(page)  # type: ignore[arg-type]

    monkeypatch.setattr(govreader.reading, "clean_page", greedy)
    with Library.open(tmp_path / "library") as library:
        summary = import_paths(library, [pages], jobs=1)
        assert summary.failed == [(str(hungry), too_much_memory())]
        assert summary.imported == 3
    assert "GOVREADER_MAX_PAGE_MB" in too_much_memory()


_CTRL_C_SCRIPT = """
import sys, time
import govreader.reading as reading
clean = reading.clean_page
def slow(page):
    if "{stuck}" in page.text:
        while True:
            pass
    return clean(page)
reading.clean_page = slow
from govreader.cli import main
sys.exit(main(["add", "--jobs", "2", "--library", sys.argv[1], sys.argv[2]]))
"""


def _wait_for_an_article(database: Path, within: float) -> None:
    """Until the first page is stored: a fixed sleep is too short on a busy machine."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            db = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
            with contextlib.closing(db):
                if db.execute("SELECT count(*) FROM articles").fetchone()[0]:
                    return
        except sqlite3.Error:  # not created yet, or its tables not yet
            pass
        time.sleep(0.1)
    raise AssertionError(f"no page stored within {within:.0f} s")


def test_ctrl_c_ends_add_at_once_whatever_the_workers_do(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(30):
        _page(pages, f"{i:02}.txt", STUCK if i >= 4 else "")
    library = tmp_path / "library"
    script = _CTRL_C_SCRIPT.format(stuck=STUCK)
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(library), str(pages)],
        env=cli_env(),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_an_article(library / "library.sqlite3", within=LIMIT_S * 6)
        time.sleep(0.5)  # both workers spinning on the pages that never end
        process.send_signal(signal.SIGINT)
        sent = time.monotonic()
        out, err = process.communicate(timeout=LIMIT_S * 3)
        took = time.monotonic() - sent
    finally:
        process.kill()
    assert took < 3.0, f"add took {took:.1f} s to stop"
    assert process.returncode == 130, err.decode()
    assert b"Traceback" not in err
    imported = int(out.decode().split(",")[0].removeprefix("imported "))
    assert imported >= 1
    with sqlite3.connect(library / "library.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == imported


_CRASH_SCRIPT = """
import os, signal, sys
import govreader.clean, govreader.reading
clean = govreader.clean.clean_page
def crash(page):
    if "{crash}" in page.text:
        os.kill(os.getpid(), signal.SIGSEGV)  # as a parser crashing in C code would
    return clean(page)
govreader.clean.clean_page = govreader.reading.clean_page = crash
from govreader.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("command", ["add", "clean"])
def test_a_page_that_crashes_the_first_worker_costs_that_page_only(
    tmp_path: Path, command: str
) -> None:
    """Workers that cannot start at all (spawned from a script without a `__main__` guard) make
    the command read its pages itself. A worker that started and then died on its first page is
    no such case: the page that crashed it is answered `its reader process died`, never read
    again in the command's own process (which it would crash in turn), and the rest go on."""
    pages = tmp_path / "pages"
    pages.mkdir()
    crashing = _page(pages, "01.txt", STUCK)
    for i in (2, 3):
        _page(pages, f"{i:02}.txt")
    args = [command, str(pages)] + (["--jobs", "1"] if command == "add" else [])
    process = subprocess.run(
        [sys.executable, "-c", _CRASH_SCRIPT.format(crash=STUCK), *args],
        env=cli_env(GOVREADER_LIBRARY=str(tmp_path / "library")),
        cwd=REPO,
        capture_output=True,
        timeout=LIMIT_S * 6,
    )
    err = process.stderr.decode()
    assert process.returncode == 1, err
    assert err.splitlines()[0] == f"govreader: {crashing}: its reader process died"
    assert "Traceback" not in err
    if command == "add":
        assert process.stdout.decode().startswith("imported 2,")
    else:
        assert process.stdout.decode().count("소식") == 2


_NO_GUARD_SCRIPT = """
import sys, threading, time

threading.Thread(target=time.sleep, args=(60,), daemon=True).start()  # workers are spawned
from govreader.cli import main

sys.exit(main(["clean", sys.argv[1]]))
"""


def test_pages_are_read_in_process_when_workers_cannot_start(tmp_path: Path) -> None:
    """A script without a `__main__` guard cannot spawn workers (each would run the script
    again): the command then reads its pages itself."""
    script = tmp_path / "no_guard.py"
    script.write_text(_NO_GUARD_SCRIPT, encoding="utf-8")
    page = _page(tmp_path, "a.txt")
    process = subprocess.run(
        [sys.executable, str(script), str(page)],
        env=cli_env(),
        cwd=tmp_path,
        capture_output=True,
        timeout=LIMIT_S * 6,
    )
    assert process.returncode == 0, process.stderr.decode()[-2000:]
    assert "청년 일자리 사업을 올해 처음 시작한다고" in process.stdout.decode()


@pytest.mark.parametrize("target", ["/proc/self/environ", "/proc/self/status", "/dev/zero"])
@pytest.mark.parametrize("command", ["add", "clean"])
def test_system_files_are_never_read_even_through_a_link(
    tmp_path: Path, target: str, command: str
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "real.txt")
    (pages / "notes.txt").symlink_to(target)
    (pages / "kernel").symlink_to("/proc/self")
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"), FOO_SECRET="hunter2")
    args = [command, "pages"]
    run = run_cli(args, cwd=tmp_path, env=env, timeout=LIMIT_S * 2)
    assert run.seconds < LIMIT_S and b"Traceback" not in run.stderr
    assert run.status == 1
    assert b"hunter2" not in run.stdout
    assert any("notes.txt: a system file" in line for line in run.err_lines), run.err_lines
    assert any("kernel: a system folder" in line for line in run.err_lines), run.err_lines
    if command == "add":
        assert run.stdout.decode().startswith("imported 1,")
        found = run_cli(["search", "hunter2"], cwd=tmp_path, env=env)
        assert found.stdout.decode().startswith("No article")


def test_a_named_pipe_is_never_opened_for_reading(tmp_path: Path) -> None:
    """Opening a FIFO for reading blocks until a writer comes: it is opened non-blocking and
    refused after `fstat`, so even a direct `load_page` returns at once."""
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    probe = "from govreader.ingest import load_page; load_page(__import__('sys').argv[1])"
    run = subprocess.run(
        [sys.executable, "-c", probe, str(fifo)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=cli_env(),
        timeout=LIMIT_S * 2,
    )
    assert "not a regular file" in run.stderr


def test_size_is_checked_before_a_byte_is_read(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    with (pages / "huge.html").open("wb") as sparse:
        sparse.truncate(1024 * 1024 * 1024)  # 1 GB of nothing, on no disk
    _page(pages, "real.txt")
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"))
    run = run_cli(["add", "pages"], cwd=tmp_path, env=env)
    assert run.seconds < LIMIT_S and run.max_rss_mb < 300, (run.seconds, run.max_rss_mb)
    assert run.status == 1 and len(run.err_lines) == 1
    assert "huge.html: too large (1024.0 MB" in run.err_lines[0]
    assert run.stdout.decode().startswith("imported 1,")


def test_the_hash_stored_is_of_the_bytes_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page changes after the importer read it and before a worker parses it: the text
    stored is the one that was hashed, and the next import sees the change."""
    pages = tmp_path / "pages"
    pages.mkdir()
    page = _page(pages, "flip.txt", "첫판")
    first = page.read_bytes()
    load = govreader.reading.load_page

    def changed_meanwhile(path: Path, data: bytes | None = None) -> object:
        _page(pages, "flip.txt", "둘째판")
        return load(path, data)

    monkeypatch.setattr(govreader.reading, "load_page", changed_meanwhile)
    with Library.open(tmp_path / "library") as library:
        summary = import_paths(library, [pages], jobs=1)
        assert summary.imported == 1
        stored = library.article(summary.article_ids[0]).article.text
        assert "첫판" in stored and "둘째판" not in stored
        with sqlite3.connect(library.path) as conn:
            digest = conn.execute("SELECT hash FROM articles").fetchone()[0]
        assert digest == hashlib.sha256(first).hexdigest()
        monkeypatch.setattr(govreader.reading, "load_page", load)
        again = import_paths(library, [pages], jobs=1)
        assert again.updated == 1
        assert "둘째판" in library.article(again.article_ids[0]).article.text


def test_add_refuses_a_corrupt_library_before_writing(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        _page(pages, f"{i:02}.txt")
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [pages], jobs=1).imported == 40
        page_size = library._conn.execute("PRAGMA page_size").fetchone()[0]
        pages_in_file = library._conn.execute("PRAGMA page_count").fetchone()[0]
    database = tmp_path / "library" / "library.sqlite3"
    with database.open("r+b") as file:  # a page in the middle of the file overwritten
        file.seek(page_size * (pages_in_file // 2))
        file.write(b"\xa5" * page_size)
    before = database.read_bytes()
    _page(pages, "new.txt", "새글")
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"))
    run = run_cli(["add", "pages"], cwd=tmp_path, env=env)
    assert run.status == 1 and len(run.err_lines) == 1, run.err_lines
    assert "the library file is damaged" in run.err_lines[0]
    assert database.read_bytes() == before


def test_small_things(tmp_path: Path) -> None:
    """A name with a newline stays on its line; XHTML gives no parser warning; a dangling
    library link is refused, not followed to create a file elsewhere."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "fake\nimported 99, updated 0.html").write_bytes(b"")
    (pages / "page.xhtml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>구로구 소식</title></head><body><p>{PROSE}</p></body></html>",
        encoding="utf-8",
    )
    run = run_cli(["clean", "pages"], cwd=tmp_path)
    assert run.err_lines == ["govreader: pages/fake\\nimported 99, updated 0.html: empty file"]
    library = tmp_path / "library"
    library.mkdir()
    elsewhere = tmp_path / "elsewhere" / "library.sqlite3"
    elsewhere.parent.mkdir()
    (library / "library.sqlite3").symlink_to(elsewhere)
    env = cli_env(GOVREADER_LIBRARY=str(library))
    listed = run_cli(["list"], cwd=tmp_path, env=env)
    assert listed.status == 1 and len(listed.err_lines) == 1
    assert "which does not exist" in listed.err_lines[0]
    assert not elsewhere.exists()
