"""`govreader clean` and `govreader facts`: output, one-line errors, exit status, batches."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govreader.cli import main

ROOT = Path(__file__).resolve().parents[1]
TITLE = "해오름시, 청년 일자리 2,400개 창출"
PARAGRAPHS = [
    "해오름시가 지난해 청년 일자리 2,400개를 만들어 목표치 2,000개를 넘겼다고 3일 밝혔다.",
    "시 관계자는 “앞으로도 좋은 일자리를 만들기 위해 최선을 다하겠다”고 말했다.",
]
TEXT_PAGE = "\n".join(
    ["기사 메일전송", TITLE, "김하늘 기자", "등록 2024-05-03 09:41", "", *PARAGRAPHS, "댓글 0"]
)


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_PAGE, "utf-8")
    (folder / "b.html").write_bytes(
        (
            '<html><head><meta charset="euc-kr"><title>다른 기사 - 해오름일보</title></head>'
            "<body><div id='articleBody'><p>" + "</p><p>".join(PARAGRAPHS) + "</p></div></body>"
            "</html>"
        ).encode("cp949")
    )
    (folder / "b_files").mkdir()
    (folder / "b_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_clean_prints_title_meta_and_paragraphs(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clean", str(pages / "a.txt")]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == TITLE
    assert lines[1] == "김하늘 · 2024-05-03 09:41"  # as the reader writes it, no ISO `T`
    assert lines[2] == ""
    assert out.split("\n\n", 1)[1].strip() == "\n\n".join(PARAGRAPHS)
    assert "메일전송" not in out and "댓글" not in out
    assert err == ""


def test_clean_walks_a_folder(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(pages)]) == 0
    out, err = capsys.readouterr()
    assert out.count(PARAGRAPHS[0]) == 2
    assert "다른 기사" in out
    assert err == ""


@pytest.mark.parametrize("command", ["clean", "facts"])
def test_a_folder_s_files_that_are_no_pages_are_counted_not_read(
    pages: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (pages / "README.md").write_text("# 모아 둔 기사\n\n구청 소식 메모\n", "utf-8")
    (pages / "b_files" / "notes").write_text("자산 폴더 안의 메모", "utf-8")
    (pages / "list.json").write_text("[]", "utf-8")
    assert main([command, str(pages)]) == 0
    out, err = capsys.readouterr()
    assert "모아 둔 기사" not in out and "README" not in out
    assert err == "govreader: skipped 2 files that are not pages in the folders given\n"
    assert main([command, str(pages / "README.md")]) == 0  # given by name: read as asked
    assert "모아 둔 기사" in capsys.readouterr().out


def test_bad_inputs_get_one_line_each_and_the_batch_goes_on(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    archive = tmp_path / "pages.zip"
    archive.write_bytes(b"PK\x03\x04" + bytes(64))
    missing = tmp_path / "missing.html"
    args = [str(empty), str(image), str(pages / "a.txt"), str(archive), str(missing)]
    assert main(["clean", *args]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"govreader: {empty}: empty file",
        f"govreader: {image}: not a text page (PNG image)",
        f"govreader: {archive}: not a text page (ZIP archive)",
        f"govreader: {missing}: no such file",
    ]
    assert PARAGRAPHS[0] in out


@pytest.mark.parametrize("command", [["clean"], ["facts", "--format", "jsonl"]])
def test_a_page_with_no_article_text_is_a_failure_not_an_empty_article(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """Markup with no text (a script, empty cells, a comment never closed) and a web archive of
    images alone were printed as an empty article, with status 0."""
    script = tmp_path / "app.html"
    script.write_text("<html><body><script>draw('기사');</script><div></div></body></html>")
    cells = tmp_path / "cells.html"
    cells.write_text("<table>" + "<tr><td> </td><td>&nbsp;</td></tr>" * 500 + "</table>")
    comment = tmp_path / "comment.html"
    comment.write_text("<html><body><!-- " + PARAGRAPHS[0])
    images = tmp_path / "images.mhtml"
    images.write_text(
        'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="z"\n\n'
        + "--z\nContent-Type: image/gif\nContent-Transfer-Encoding: base64\n\nR0lG\n" * 40
        + "--z--\n"
    )
    args = [str(script), str(cells), str(pages / "a.txt"), str(comment), str(images)]
    assert main([*command, *args]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"govreader: {script}: no article text found in it",
        f"govreader: {cells}: no article text found in it",
        f"govreader: {comment}: no article text found in it",
        f"govreader: {images}: a web archive with no page in it (only images or other files)",
    ]
    assert PARAGRAPHS[0] in out and "--z" not in out
    if "facts" in command:
        assert len(out.splitlines()) == 1


def test_facts_json_follows_the_contract(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", str(pages / "a.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 1
    record = data[0]
    assert set(record) == {
        "path",
        "title",
        "subtitle",
        "reporter",
        "published",
        "source",
        "text",
        "facts",
    }
    assert record["title"] == TITLE
    assert record["reporter"] == "김하늘"
    assert record["published"] == "2024-05-03T09:41"
    assert record["subtitle"] is None and record["source"] is None
    assert record["text"] == "\n\n".join(PARAGRAPHS)
    for fact in record["facts"]:
        assert record["text"][fact["start"] : fact["end"]] == fact["text"]


def test_facts_jsonl_and_csv(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", str(pages), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(r["path"]).name for r in rows] == ["a.txt", "b.html"]
    assert main(["facts", str(pages), "--format", "csv"]) == 0
    reader = csv.reader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff")))
    assert next(reader)[:3] == ["path", "title", "kind"]


def test_facts_reports_failures_and_still_prints_the_rest(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone.txt"
    assert main(["facts", str(missing), str(pages / "a.txt")]) == 1
    out, err = capsys.readouterr()
    assert err == f"govreader: {missing}: no such file\n"
    assert [r["title"] for r in json.loads(out)] == [TITLE]


def test_no_traceback_from_the_console_script(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "govreader", "clean", str(tmp_path / "nope.html"), str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"govreader: {tmp_path / 'nope.html'}: no such file",
        f"govreader: {folder}: no pages found",
    ]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["clean", "facts"])
def test_a_locale_that_cannot_write_hangul_gets_utf8_not_a_traceback(
    pages: Path, command: str
) -> None:
    environment = {**os.environ, "PYTHONIOENCODING": "latin-1", "PYTHONUTF8": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "govreader", command, str(pages / "a.txt")],
        capture_output=True,
        cwd=ROOT,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert PARAGRAPHS[0][:10] in result.stdout.decode("utf-8")


@pytest.mark.parametrize("command", ["clean", "facts", "add"])
@pytest.mark.parametrize("name", ["empty", "x.html"])
def test_a_folder_with_nothing_to_read_is_one_line_and_a_failure(
    tmp_path: Path, command: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty folder (or one named like a page) is a mistaken path, not a successful run."""
    folder = tmp_path / name
    (folder / "page_files").mkdir(parents=True)
    (folder / "page_files" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["--library", str(tmp_path / "lib"), command, str(folder)]) == 1
    assert capsys.readouterr().err == f"govreader: {folder}: no pages found\n"


def test_pages_are_only_read(pages: Path) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in pages.rglob("*") if p.is_file()}
    main(["clean", str(pages)])
    main(["facts", str(pages)])
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in pages.rglob("*") if p.is_file()}
    assert after == before


def test_facts_explain_names_each_facts_rule_beyond_the_contract(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govreader.facts import rules
    from govreader.model import FactKind

    page = str(pages / "a.txt")
    assert main(["facts", page, "--format", "json"]) == 0
    plain = json.loads(capsys.readouterr().out)[0]["facts"]
    assert plain and all("rule" not in fact for fact in plain)
    assert main(["facts", page, "--format", "json", "--explain"]) == 0
    explained = json.loads(capsys.readouterr().out)[0]["facts"]
    assert [{k: v for k, v in f.items() if k != "rule"} for f in explained] == plain
    for fact in explained:
        assert fact["rule"] in {found.name for found in rules.table(FactKind(fact["kind"]))}
    assert main(["facts", page, "--format", "csv", "--explain"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    assert [row["rule"] for row in rows] == [fact["rule"] for fact in explained]
    assert main(["facts", page, "--format", "text", "--explain"]) == 0
    text = capsys.readouterr().out
    assert all(f"[{fact['rule']}]" in text for fact in explained)
