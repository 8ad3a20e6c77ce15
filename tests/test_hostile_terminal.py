"""Terminal safety end to end: page text and file names never reach the terminal raw.

Pages whose title, site name, byline and body carry colour codes, title changes, OSC 52 clipboard
writes, OSC 8 links, C1 controls, bidi overrides, NULs (raw and as HTML entities) and Rich markup
go through the real commands; the bytes they print may hold none of those controls, and the
markup must come out as the characters it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.hostile import (
    MARKUP,
    PROSE,
    Run,
    cli_env,
    evil_html,
    evil_text,
    run_cli,
    unsafe_characters,
)

pytestmark = pytest.mark.slow

EVIL_NAME = "evil\x1b[31m\x1b]0;title\x07\u202ename"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "article.html").write_text(evil_html(), encoding="utf-8")
    (folder / "copied.txt").write_text(evil_text(), encoding="utf-8")
    (folder / f"{EVIL_NAME}.html").write_text(evil_html() + "<!-- a copy -->", encoding="utf-8")
    (folder / f"{EVIL_NAME} empty.txt").write_text("", encoding="utf-8")
    return folder


def _safe(run: Run, *, allow_cr: bool = False) -> str:
    out = run.stdout.decode("utf-8")
    assert unsafe_characters(out, allow_cr=allow_cr) == []
    assert unsafe_characters(run.stderr.decode("utf-8", "backslashreplace")) == []
    assert b"Traceback" not in run.stderr
    return out


def _markup_shown(out: str) -> None:
    for markup in MARKUP:
        assert markup in out, f"{markup!r} not shown as written"


def test_clean_prints_no_control_and_keeps_markup_as_text(pages: Path) -> None:
    run = run_cli(["clean", "."], cwd=pages)
    out = _safe(run)
    _markup_shown(out)
    assert out.count("구로구, 일자리대상 우수상 수상") >= 3
    assert run.status == 1  # the empty page; the other three are printed
    assert len(run.err_lines) == 1 and "empty file" in run.err_lines[0]
    assert "\\x1b" in run.err_lines[0]  # the file name is shown, its escape made visible


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_facts_output_has_no_control(pages: Path, fmt: str) -> None:
    run = run_cli(["facts", "--format", fmt, "."], cwd=pages)
    out = _safe(run, allow_cr=fmt == "csv")
    _markup_shown(out)
    assert run.status == 1 and len(run.err_lines) == 1
    if fmt == "json":
        articles = json.loads(out)
        assert len(articles) == 3
        for article in articles:
            for fact in article["facts"]:
                assert article["text"][fact["start"] : fact["end"]] == fact["text"]
            for key in ("title", "source", "reporter", "text"):
                assert unsafe_characters(article[key] or "") == []
        names = {article["path"] for article in articles}
        assert f"{EVIL_NAME}.html" in names  # JSON keeps the true name, escaped by JSON


def test_library_commands_print_no_control(pages: Path, tmp_path: Path) -> None:
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"))
    added = run_cli(["add", "."], cwd=pages, env=env)
    _safe(added)
    assert added.status == 1 and "imported 3" in added.stdout.decode()
    listed = run_cli(["list"], cwd=pages, env=env)
    out = _safe(listed)
    assert listed.status == 0 and "[bold]굵게[/bold]" in out
    for query in ("일자리", "굵게", "[bold]", "@click", "evil"):
        found = run_cli(["search", query], cwd=pages, env=env)
        out = _safe(found)
        assert found.status == 0
        assert "No article" not in out, query
    _markup_shown(run_cli(["search", "수상"], cwd=pages, env=env).stdout.decode())


def test_non_utf8_file_names_print_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    names = [b"\xff\xfe page.txt", "구로".encode("cp949") + b" \x1b[2J.html"]
    for name in names:
        with open(os.fsencode(folder) + b"/" + name, "wb") as out:
            out.write(evil_text().encode())
    for args in (["clean", "."], ["facts", "."], ["facts", "--format", "csv", "."]):
        run = run_cli(args, cwd=folder)
        _safe(run, allow_cr="csv" in args)
        assert run.status == 0, run.err_lines
    (folder / "plain.txt").write_text(evil_text() + "\n덧붙임.", encoding="utf-8")
    env = cli_env(GOVREADER_LIBRARY=str(tmp_path / "library"))
    added = run_cli(["add", "."], cwd=folder, env=env)
    _safe(added)
    assert added.status == 1 and "imported 1," in added.stdout.decode()
    assert len(added.err_lines) == 2 and all("not valid UTF-8" in e for e in added.err_lines)
    listed = run_cli(["list"], cwd=folder, env=env)
    assert listed.status == 0 and "구로구, 일자리대상" in _safe(listed)


@pytest.mark.parametrize("opener", ["\x1b]0;", "\x1b]52;c;", "\x1bP", "\x1b_", "\x9d0;"])
def test_a_stray_unterminated_escape_does_not_eat_the_article(tmp_path: Path, opener: str) -> None:
    """An escape string never closed (a cut-off page) is dropped up to the line's end at most:
    the paragraphs after it are the article."""
    page = tmp_path / "cut.txt"
    second = PROSE.replace("구로구는", "노원구는")
    page.write_text(f"제목 줄입니다{opener}반쯤 잘린 줄\n\n{PROSE}\n\n{second}\n", encoding="utf-8")
    run = run_cli(["clean", page.name], cwd=tmp_path)
    out = _safe(run)
    assert run.status == 0
    assert "구로구는 지난해 일자리" in out and "노원구는 지난해 일자리" in out


@pytest.mark.parametrize("command", [["clean"], ["facts", "--format", "text"]])
def test_a_newline_in_a_file_name_cannot_forge_a_header(tmp_path: Path, command: list[str]) -> None:
    """`clean` and `facts` head each page with `==> NAME <==` (as `head` does): a name holding a
    line break shows it as `\\n`, as the error lines do, so no name can print a header of its
    own for a page that is not there."""
    folder = tmp_path / "pages"
    folder.mkdir()
    forged = "real.txt <==\n\n가짜 제목\n\n==> forged.txt"
    (folder / forged).write_text(evil_text(), encoding="utf-8")
    (folder / "second.txt").write_text(evil_text(), encoding="utf-8")
    out = _safe(run_cli([*command, "."], cwd=folder))
    headers = [line for line in out.splitlines() if line.startswith("==>")]
    assert headers == [f"==> {forged.replace(chr(10), chr(92) + 'n')} <==", "==> second.txt <=="]
