"""Hostile folders and a hostile library: symlink loops, unreadable entries, named pipes, paths
that vanish mid-import, 10,000 files, a full disk, a read-only library, a killed import. Each is
reported per path (or in one clear line) and the rest goes on; the library stays usable."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import govreader.ingest.files
from govreader.ingest.discover import SYSTEM_FOLDER, discover
from govreader.library import Library, LibraryError, import_paths
from govreader.workers import BATCH_PAGES
from tests.hostile import LIMIT_S, PROSE, cli_env, run_cli

pytestmark = pytest.mark.slow

ROOT_READS_ALL = os.geteuid() == 0
SETPRIV = shutil.which("setpriv")


def _page(folder: Path, name: str, n: int = 0) -> Path:
    path = folder / name
    path.write_text(f"{n}번째 기사 제목입니다\n\n{PROSE}\n{n}번 문단.\n", encoding="utf-8")
    return path


def _without_root_powers() -> list[str]:
    """A command prefix under which even root obeys file modes, or a skip."""
    if not ROOT_READS_ALL:
        return []
    if SETPRIV is None:
        pytest.skip("running as root and setpriv is missing: root reads unreadable files")
    return [SETPRIV, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"]


def _library_with_a_page_waiting(tmp_path: Path) -> Path:
    """A library holding `pages/a.txt`, with `pages/b.txt` written since, not yet imported."""
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "a.txt", 1)
    library = tmp_path / "library"
    with Library.open(library) as opened:
        import_paths(opened, [pages], jobs=1)
    _page(pages, "b.txt", 2)
    tmp_path.chmod(0o755)
    return library


def test_symlink_loops_are_reported_and_the_rest_imported(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    _page(pages, "a.txt", 1)
    _page(pages / "sub", "b.txt", 2)
    (pages / "sub" / "up").symlink_to(pages)
    (pages / "self").symlink_to(pages / "self")  # a link to itself: ELOOP on every access
    (pages / "x.html").symlink_to(pages / "y.html")
    (pages / "y.html").symlink_to(pages / "x.html")
    run = run_cli(
        ["add", "pages"], cwd=tmp_path, env=cli_env(GOVREADER_LIBRARY=str(tmp_path / "l"))
    )
    assert run.seconds < LIMIT_S
    assert "imported 2," in run.stdout.decode()
    assert run.status == 1 and b"Traceback" not in run.stderr
    assert any("symlink loop" in line for line in run.err_lines)


def test_a_folder_nested_deeper_than_the_recursion_limit_is_walked(tmp_path: Path) -> None:
    """An unpacked archive can nest folders far deeper than Python's recursion limit (1,000)."""
    deepest = tmp_path / "pages"
    deepest.mkdir()
    for _ in range(sys.getrecursionlimit() + 200):  # mkdir(parents=True) recurses too
        deepest = deepest / "a"
        deepest.mkdir()
    _page(deepest, "deep.txt", 1)
    _page(tmp_path / "pages", "top.txt", 2)
    run = run_cli(["facts", "--format", "jsonl", "pages"], cwd=tmp_path)
    assert run.status == 0 and run.err_lines == [], run.err_lines[-3:]
    paths = [json.loads(line)["path"] for line in run.stdout.splitlines()]
    assert [Path(path).name for path in paths] == ["deep.txt", "top.txt"]
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"))
    added = run_cli(["add", "pages"], cwd=tmp_path, env=env)
    assert added.status == 0 and added.stdout.decode().startswith("imported 2,"), added.err_lines
    (deepest / "deep.txt").unlink()  # pytest's clean-up (shutil.rmtree) recurses as well
    while deepest != tmp_path / "pages":
        deepest.rmdir()
        deepest = deepest.parent


def test_unreadable_file_and_folder_are_reported(tmp_path: Path) -> None:
    prefix = _without_root_powers()
    pages = tmp_path / "pages"
    (pages / "locked").mkdir(parents=True)
    _page(pages, "ok.txt", 1)
    _page(pages / "locked", "hidden.txt", 2)
    _page(pages, "secret.txt", 3).chmod(0)
    (pages / "locked").chmod(0)
    library = tmp_path / "library"
    library.mkdir()
    tmp_path.chmod(0o755)
    try:
        run = run_cli(["add", "pages", "--library", str(library)], cwd=tmp_path, prefix=prefix)
    finally:
        (pages / "locked").chmod(0o755)
    assert "imported 1," in run.stdout.decode(), run.err_lines
    assert run.status == 1 and b"Traceback" not in run.stderr
    assert sum("permission denied" in line for line in run.err_lines) == 2, run.err_lines


def test_named_pipe_does_not_hang_an_import(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "ok.txt", 1)
    os.mkfifo(pages / "pipe.html")
    run = run_cli(
        ["add", "pages"],
        cwd=tmp_path,
        env=cli_env(GOVREADER_LIBRARY=str(tmp_path / "l")),
        timeout=LIMIT_S * 2,
    )
    assert run.seconds < LIMIT_S, "reading a named pipe blocked the import"
    assert "imported 1," in run.stdout.decode()
    assert any("pipe.html" in line for line in run.err_lines)


def test_a_path_vanishing_mid_import_is_reported(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    # Pages are read a batch or two ahead of the workers: the one that vanishes comes later.
    paths = [_page(pages, f"{i:02}.txt", i) for i in range(BATCH_PAGES * 3)]
    seen: list[str] = []

    def progress(path: str, outcome: str) -> None:
        seen.append(outcome)
        if len(seen) == 1:
            paths[-1].unlink()

    with Library.open(tmp_path / "library") as library:
        summary = import_paths(library, [pages], jobs=1, on_progress=progress)
        assert summary.imported == len(paths) - 1
        assert summary.failed == [(str(paths[-1]), "no such file")]
        assert library.count() == len(paths) - 1


def test_ten_thousand_small_files(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(10_000):
        (pages / f"{i:05}.txt").write_text(
            f"{i}번 기사\n\n구는 일자리 {i}개를 창출했다고 밝혔다.\n"
        )
    run = run_cli(
        ["add", "pages"],
        cwd=tmp_path,
        env=cli_env(GOVREADER_LIBRARY=str(tmp_path / "l")),
        timeout=600,
    )
    assert run.status == 0, run.err_lines[-3:]
    assert run.stdout.decode().startswith("imported 10000,")
    assert run.seconds < 300 and run.max_rss_mb < 1024


def test_disk_full_keeps_the_library_intact(tmp_path: Path) -> None:
    """Simulated with SQLite's page limit, so it needs no root; the real thing is below."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        _page(pages, f"{i:02}.txt", i)
    with Library.open(tmp_path / "library") as library:
        import_paths(library, [pages / "00.txt"], jobs=1)
        pages_now = library._conn.execute("PRAGMA page_count").fetchone()[0]
        library._conn.execute(f"PRAGMA max_page_count = {pages_now + 8}")
        with pytest.raises(LibraryError, match="disk is full"):
            import_paths(library, [pages], jobs=1)
    with Library.open(tmp_path / "library") as library:
        kept = library.count()
        assert kept >= 1
        assert library._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        summary = import_paths(library, [pages], jobs=1)
        assert summary.imported == 40 - kept


def test_real_full_disk_on_a_tiny_tmpfs(tmp_path: Path) -> None:
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    mount = tmp_path / "tiny"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        pages = tmp_path / "pages"
        pages.mkdir()
        for i in range(60):
            _page(pages, f"{i:02}.txt", i)
        env = cli_env(GOVREADER_LIBRARY=str(mount / "library"))
        run = run_cli(["add", "pages"], cwd=tmp_path, env=env)
        assert run.status == 1 and b"Traceback" not in run.stderr
        assert len(run.err_lines) == 1 and "the disk is full" in run.err_lines[0]
        listed = run_cli(["list"], cwd=tmp_path, env=env)
        assert listed.status == 0
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_read_only_library_folder_gives_one_clear_line(tmp_path: Path) -> None:
    prefix = _without_root_powers()
    library = _library_with_a_page_waiting(tmp_path)
    library.chmod(0o555)
    try:
        run = run_cli(["add", "pages", "--library", str(library)], cwd=tmp_path, prefix=prefix)
    finally:
        library.chmod(0o755)
    assert run.status == 1 and b"Traceback" not in run.stderr
    assert len(run.err_lines) == 1 and str(library) in run.err_lines[0]
    with Library.open(library) as opened:
        assert opened.count() == 1


@pytest.mark.parametrize("locked", ["folder", "file"])
def test_read_only_library_is_listed_searched_and_left_as_it_was(
    tmp_path: Path, locked: str
) -> None:
    prefix = _without_root_powers()
    library = _library_with_a_page_waiting(tmp_path)
    database = library / "library.sqlite3"
    before = database.read_bytes()
    (library if locked == "folder" else database).chmod(0o555)
    try:
        listed = run_cli(["list", "--library", str(library)], cwd=tmp_path, prefix=prefix)
        found = run_cli(["search", "번째", "--library", str(library)], cwd=tmp_path, prefix=prefix)
        filtered = ["table", "amount", "--since", "2000", "--library", str(library)]
        tabled = run_cli(filtered, cwd=tmp_path, prefix=prefix)  # a temporary table of its own
        added = run_cli(["add", "pages", "--library", str(library)], cwd=tmp_path, prefix=prefix)
    finally:
        library.chmod(0o755)
        database.chmod(0o644)
    assert listed.status == 0 and listed.err_lines == [] and "1번째" in listed.stdout.decode()
    assert found.status == 0 and found.err_lines == [] and "1번째" in found.stdout.decode()
    assert tabled.status == 0 and tabled.err_lines == []
    assert added.status == 1 and len(added.err_lines) == 1 and "read-only" in added.err_lines[0]
    assert database.read_bytes() == before


def test_killed_import_leaves_no_lock(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(400):
        _page(pages, f"{i:03}.txt", i)
    library = tmp_path / "library"
    process = subprocess.Popen(
        [sys.executable, "-m", "govreader", "add", "pages", "--library", str(library)],
        cwd=tmp_path,
        env=cli_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            conn = sqlite3.connect(library / "library.sqlite3", timeout=0.1)
            stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if stored >= 5:
            break
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with Library.open(library) as opened:
        assert opened._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        before = opened.count()
        summary = import_paths(opened, [pages], jobs=1)
        assert summary.failed == []
        assert opened.count() == 400 and summary.imported == 400 - before


def test_read_only_library_file_is_not_called_damaged(tmp_path: Path) -> None:
    prefix = _without_root_powers()
    library = _library_with_a_page_waiting(tmp_path)
    (library / "library.sqlite3").chmod(0o444)
    run = run_cli(["add", "pages", "--library", str(library)], cwd=tmp_path, prefix=prefix)
    assert run.status == 1 and len(run.err_lines) == 1, run.err_lines
    line = run.err_lines[0]
    assert "readonly" in line.replace("-", "") and "damaged" not in line


QUOTA_SCRIPT = """
import resource, signal, sys
from pathlib import Path
from govreader.library import Library, LibraryError, import_paths
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
library = Library.open(Path(sys.argv[1]))
resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))
try:
    import_paths(library, [Path(sys.argv[2])], jobs=1)
except LibraryError as error:
    print(error)
"""


def test_a_write_error_over_quota_is_not_called_damaged(tmp_path: Path) -> None:
    """A file-size limit stands in for a quota: writes fail with EFBIG, SQLite says 'disk I/O
    error'; the message must not send the user off to throw the library away."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(80):
        _page(pages, f"{i:02}.txt", i)
    library = tmp_path / "library"
    done = subprocess.run(
        [sys.executable, "-c", QUOTA_SCRIPT, str(library), str(pages)],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
    )
    assert "Traceback" not in done.stderr, done.stderr
    message = done.stdout.strip()
    assert "disk I/O error" in message and "damaged" not in message, message
    with Library.open(library) as opened:
        assert opened._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = opened.count()
        assert import_paths(opened, [pages], jobs=1).imported == 80 - kept


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "NEAR(a b)",
        "a AND",
        "^일",
        "'; DROP TABLE articles; --",
        "(",
        "col:청년",
        "\\",
    ],
)
def test_search_syntax_in_a_query_is_just_text(tmp_path: Path, query: str) -> None:
    """Full-text search operators, quotes and SQL in a query are searched for, never obeyed."""
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "a.txt", 1)
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"))
    assert run_cli(["add", "pages"], cwd=tmp_path, env=env).status == 0
    run = run_cli(["search", query], cwd=tmp_path, env=env)
    assert run.status == 0 and run.err_lines == [], run.err_lines
    assert run_cli(["list"], cwd=tmp_path, env=env).stdout.decode().count("번째 기사") == 1


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["search", "일자리", "--source", b"\xff\xfe"], "--source"),
        (["table", "award", "--source", "가나".encode("cp949")], "--source"),
        (["search", b"\xc0\xaf"], "query"),
        (["table", b"award\xff"], "kind"),
    ],
)
def test_arguments_that_are_not_utf8_give_one_line(
    tmp_path: Path, args: list[str | bytes], named: str
) -> None:
    """Bytes that are not UTF-8 in a word argument (a source copied from an EUC-KR terminal)
    name the argument in one line, never a traceback from the library's SQL."""
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "a.txt", 1)
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"))
    assert run_cli(["add", "pages"], cwd=tmp_path, env=env).status == 0
    run = run_cli(args, cwd=tmp_path, env=env)
    assert run.status == 2
    assert run.err_lines == [f"govreader: {named}: not valid UTF-8 text"]


def test_a_link_above_the_system_folders_does_not_walk_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link in a folder of pages to a folder above /proc, /sys or /dev (`root -> /`, as an
    unpacked archive may hold) reaches them as plain folders, not links: each is passed over in
    one line, never walked (every file under /proc refused one by one, /sys's tens of
    thousands). Here a folder of this test stands for the system folder."""
    system = tmp_path / "top" / "proc"
    system.mkdir(parents=True)
    for i in range(3):
        _page(system, f"{i}.txt", i)
    monkeypatch.setattr(govreader.ingest.files, "SYSTEM_FOLDERS", (str(system),))
    pages = tmp_path / "pages"
    pages.mkdir()
    _page(pages, "a.txt", 1)
    (pages / "root").symlink_to(tmp_path / "top")
    found = list(discover([pages]))
    assert found[0] == pages / "a.txt"
    assert [(item.path, item.reason) for item in found[1:]] == [  # type: ignore[union-attr]
        (str(pages / "root" / "proc"), SYSTEM_FOLDER)
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["clean", "pages"],
        ["facts", "--format", "json", "pages"],
        ["list"],
        ["search", "기사"],
        ["table", "amount", "--format", "csv"],
    ],
)
def test_output_to_a_full_disk_is_one_line(tmp_path: Path, args: list[str]) -> None:
    """Output that cannot be written (a full disk: `> /dev/full`) is one line naming why, as
    any failure is, not a traceback, and the command fails."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        _page(pages, f"{n}.txt", n)
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"))
    assert run_cli(["add", "pages"], cwd=tmp_path, env=env).status == 0
    with open("/dev/full", "wb") as full:
        process = subprocess.run(
            [sys.executable, "-m", "govreader", *args],
            cwd=tmp_path,
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=LIMIT_S * 4,
        )
    err = process.stderr.decode()
    assert process.returncode == 1, err
    assert err.splitlines() == ["govreader: cannot write the output (no space left on device)"]
