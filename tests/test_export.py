"""The one error line every command prints: names and reasons are shown, never obeyed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from govreader.cli import main
from govreader.export import ExportFormat, error_line, export_article, shown_path
from govreader.model import Article, Fact, FactKind


@pytest.mark.parametrize(
    ("name", "reason", "line"),
    [
        ("notes.html", "empty file", "govreader: notes.html: empty file"),
        (Path("old/a.txt"), "permission denied", "govreader: old/a.txt: permission denied"),
        (None, "the library is busy", "govreader: the library is busy"),
        ("evil\x1b[31m.html", "empty file", "govreader: evil\\x1b[31m.html: empty file"),
        ("two\nlines.html", "empty file", "govreader: two\\nlines.html: empty file"),
        ("\u202eevil.html", "empty file", "govreader: \\u202eevil.html: empty file"),
        (os.fsdecode(b"a\xff\xfe.html"), "empty file", "govreader: a\\xff\\xfe.html: empty file"),
        ("lone\ud800.html", "empty file", "govreader: lone\\ud800.html: empty file"),
        ("청\u200d년\u302e.html", "empty file", "govreader: 청\\u200d년\\u302e.html: empty file"),
        ("a.html", "said \x07\x9b6n", "govreader: a.html: said \\x07\\x9b6n"),
        (
            "a.html",
            "cannot be read (E: one\ntwo)",
            "govreader: a.html: cannot be read (E: one\\ntwo)",
        ),
    ],
)
def test_an_error_is_one_line_of_visible_characters(name: object, reason: str, line: str) -> None:
    assert error_line(reason, name) == line


def test_table_shows_a_library_path_with_escapes_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "bad\x1b[31mlib"
    library.mkdir()
    (library / "library.sqlite3").write_bytes(b"not a database")
    assert main(["table", "award", "--library", str(library)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "\x1b" not in err
    assert "bad\\x1b[31mlib" in err


def test_an_article_is_exported_to_a_new_file_named_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "새 사업에 3억 원을 쓴다."
    amount = Fact(FactKind.AMOUNT, 6, 10, "3억 원")
    article = Article(text, title="구청, 새 사업", published="2025-03-04T09:00", facts=(amount,))
    first = export_article(article, ExportFormat.JSON, tmp_path)
    second = export_article(article, ExportFormat.JSON, tmp_path)
    assert first.name == "2025-03-04 구청, 새 사업.json"
    assert second.name == "2025-03-04 구청, 새 사업 (2).json"  # the first is never overwritten
    assert '"3억 원"' in first.read_text("utf-8")
    assert export_article(article, ExportFormat.CSV, tmp_path).suffix == ".csv"
    monkeypatch.chdir(tmp_path)
    assert shown_path(first) == f"./{first.name}"
    assert shown_path(tmp_path / "sub" / "a.json") == str(tmp_path / "sub" / "a.json")


def test_a_name_that_is_not_utf8_is_one_form_in_every_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A byte of a name that is not UTF-8 is `\\xNN` in text, CSV, JSON and error lines alike;
    JSON held a `\\udcNN` escape, a lone surrogate that strict JSON readers refuse (RFC 7493)
    or turn into U+FFFD, and no UTF-8 output can hold."""
    folder = os.fsencode(tmp_path) + b"/"
    with open(folder + "구로".encode("cp949") + b" page.txt", "wb") as page:
        page.write("구로구, 청년 일자리\n\n구로구는 청년 일자리 500개를 만들었다.".encode())
    with open(folder + b"gone\xff.txt", "wb"):
        pass
    shown = "\\xb1\\xb8\\xb7\\xce page.txt"
    outputs = []
    for fmt in ("json", "jsonl", "csv", "text"):
        assert main(["facts", "--format", fmt, str(tmp_path)]) == 1
        out, err = capsys.readouterr()
        assert err == f"govreader: {tmp_path}/gone\\xff.txt: empty file\n"
        out.encode("utf-8")  # strict: no surrogate reached the output
        assert (shown.replace("\\", "\\\\") if "json" in fmt else shown) in out
        outputs.append(out)
    records = [*json.loads(outputs[0]), json.loads(outputs[1])]
    for record in records:
        assert record["path"] == f"{tmp_path}/{shown}"
        json.dumps(record, ensure_ascii=False).encode("utf-8")
