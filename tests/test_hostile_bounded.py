"""Pathological pages through the real command, in a subprocess: each one finishes, or is refused
with a one-line message, within its bound (10 s of CPU time, 30 s for the two largest; 1 GB),
never a traceback.

These are guards against runaway work (quadratic scans, deep recursion, unbounded backtracking),
not benchmarks: each bound is several times what its input takes, and it counts CPU time, so a
machine busy with other work does not fail them while a super-linear step still does. A run that
hangs is killed and fails through its status.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from govreader.reading import NO_TEXT
from tests.hostile import (
    BOUNDED_CASES,
    HANG_FACTOR,
    LIMIT_RSS_MB,
    LIMIT_S,
    Case,
    Run,
    cli_env,
    huge_html,
    run_cli,
)

pytestmark = pytest.mark.slow


def _check_bounded(run: Run, what: str, limit_s: float = LIMIT_S) -> None:
    assert run.cpu_seconds < limit_s, f"{what} took {run.cpu_seconds:.1f} s of CPU"
    assert run.max_rss_mb < LIMIT_RSS_MB, f"{what} used {run.max_rss_mb:.0f} MB"
    assert b"Traceback" not in run.stderr, run.stderr.decode(errors="replace")[-2000:]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Case], Path]:
    """Each case's page, written once for every test that reads it."""
    folder = tmp_path_factory.mktemp("pathological")
    written: dict[str, Path] = {}

    def page(case: Case) -> Path:
        if case.name not in written:
            written[case.name] = folder / case.filename
            case.write(written[case.name])
        return written[case.name]

    return page


@pytest.mark.parametrize("case", BOUNDED_CASES, ids=lambda case: case.name)
@pytest.mark.parametrize("command", ["clean", "facts"])
def test_pathological_page_is_bounded(
    pages: Callable[[Case], Path], case: Case, command: str
) -> None:
    page = pages(case)
    run = run_cli([command, page.name], cwd=page.parent, timeout=case.limit_s * HANG_FACTOR)
    _check_bounded(run, f"{command} on {case.name}", case.limit_s)
    if case.refused:
        assert run.status == 1
        assert len(run.err_lines) == 1, run.err_lines
        assert case.refused in run.err_lines[0] and page.name in run.err_lines[0]
    else:
        assert run.status == 0, run.err_lines
        assert run.err_lines == []
        assert run.stdout.strip()
        if case.shows:
            assert case.shows in run.stdout.decode(), "the page's text is not in the output"


PAGE_AT_LIMIT_CPU_S = 30.0
"""Issue 16: a page at the size limit is cleaned within 30 s of CPU time and 1 GB."""


@pytest.mark.parametrize(
    ("element", "read"), [("<div><span>", False), ("<div class='item'><p>가나다 라마.</p>", True)]
)
def test_page_of_millions_of_elements_at_the_size_limit_is_bounded(
    tmp_path: Path, element: str, read: bool
) -> None:
    """Its text, if any, is read; a page of nothing but empty elements (its one word is past
    what is parsed) is refused in one line, not printed as an empty article."""
    page = tmp_path / "deep.html"
    count = int(49.9 * 1024 * 1024) // len(element.encode())
    page.write_text(f"<html><body>{element * count}<p>끝.</p></body></html>", "utf-8")
    run = run_cli(["clean", page.name], cwd=tmp_path, timeout=PAGE_AT_LIMIT_CPU_S * 10)
    if read:
        assert run.status == 0, run.err_lines
    else:
        assert run.status == 1 and run.err_lines == [f"govreader: deep.html: {NO_TEXT}"]
    assert run.cpu_seconds < PAGE_AT_LIMIT_CPU_S, f"took {run.cpu_seconds:.1f} s of CPU"
    assert run.max_rss_mb < LIMIT_RSS_MB, f"used {run.max_rss_mb:.0f} MB"


def test_refusal_names_the_size_and_the_setting(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    huge_html(page, megabytes=1.2)
    small = run_cli(["facts", page.name], cwd=tmp_path, env=cli_env(GOVREADER_MAX_PAGE_MB="1"))
    assert small.status == 1
    reason = "too large (1.2 MB; the limit is 1 MB, set GOVREADER_MAX_PAGE_MB)"
    assert small.err_lines == [f"govreader: {page.name}: {reason}"]
    default = run_cli(["facts", page.name], cwd=tmp_path)
    assert default.status == 0, default.err_lines


def test_huge_page_in_a_batch_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "첫 기사\n\n" + "구로구는 일자리 1만4,000개를 창출했다고 밝혔다. " * 4
    )
    (tmp_path / "b.html").write_bytes(b"<p>" + b"x" * (3 * 1024 * 1024) + b"</p>")
    (tmp_path / "c.txt").write_text(
        "셋째 기사\n\n" + "예산 65억 원을 투입해 청년 일자리를 늘렸다고 밝혔다. " * 4
    )
    run = run_cli(
        ["facts", "--format", "jsonl", "."], cwd=tmp_path, env=cli_env(GOVREADER_MAX_PAGE_MB="2")
    )
    _check_bounded(run, "a batch with one huge page")
    assert run.status == 1
    assert len(run.err_lines) == 1 and "b.html: too large (3.0 MB" in run.err_lines[0]
    assert len(run.stdout.decode().splitlines()) == 2


def test_importing_every_pathological_page_is_bounded(
    pages: Callable[[Case], Path], tmp_path: Path
) -> None:
    """The importer (workers, SQLite, both search indexes) on the same pages, then search and
    list over the library they make; one bound for the whole batch, the sum of the pages'."""
    written = [pages(case) for case in BOUNDED_CASES]
    folder = written[0].parent
    # Each page is bounded by its CPU time here, not by the wall-clock limit per page, which a
    # loaded machine running two workers can reach on the largest pages.
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"), GOVREADER_MAX_PAGE_SECONDS="3600")
    bound = sum(case.limit_s for case in BOUNDED_CASES)
    added = run_cli(["add", folder], cwd=tmp_path, env=env, timeout=bound * HANG_FACTOR)
    _check_bounded(added, "the import", bound)
    refused = [case for case in BOUNDED_CASES if case.refused]
    assert added.stdout.decode().startswith(f"imported {len(BOUNDED_CASES) - len(refused)},")
    assert added.status == 1 and len(added.err_lines) == len(refused)
    for case in refused:
        assert any(case.filename in line and str(case.refused) in line for line in added.err_lines)
    for args in (["search", "일자리"], ["search", "만억조"], ["list"]):
        run = run_cli(args, cwd=tmp_path, env=env)
        _check_bounded(run, " ".join(args))
        assert run.status == 0


@pytest.fixture(scope="module")
def huge_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A page just over the default size limit, written once."""
    page = tmp_path_factory.mktemp("huge") / "huge.html"
    huge_html(page)
    return page


@pytest.mark.parametrize("setting", ["fifty", "nan", "inf", "-1", "0"])
def test_a_nonsense_size_setting_keeps_the_default_limit(huge_page: Path, setting: str) -> None:
    run = run_cli(
        ["clean", huge_page.name],
        cwd=huge_page.parent,
        env=cli_env(GOVREADER_MAX_PAGE_MB=setting),
    )
    _check_bounded(run, f"GOVREADER_MAX_PAGE_MB={setting}")
    assert run.status == 1
    reason = "too large (51.0 MB; the limit is 50 MB, set GOVREADER_MAX_PAGE_MB)"
    assert run.err_lines == [f"govreader: {huge_page.name}: {reason}"]
