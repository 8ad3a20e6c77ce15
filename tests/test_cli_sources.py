"""`--source NAME` and `--no-source` in `govreader search` and `table`: the articles whose page
names no source can be picked from the shell, as the reader's `(no source)` picks them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from govreader.cli import main
from govreader.library import Library, import_paths

NAMED = "가람시, 청년 일자리 300개 창출"
UNNAMED = "누리군, 청년 일자리 500개 창출 목표"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pages = tmp_path_factory.mktemp("pages")
    (pages / "named.html").write_text(
        "<!doctype html><html><head><meta charset='utf-8'>"
        "<meta property='og:site_name' content='한빛일보'>"
        "<meta property='article:published_time' content='2024-03-02T10:00:00'>"
        f"<title>{NAMED}</title></head><body><article><h1>{NAMED}</h1>"
        "<p>가람시가 올해 청년 일자리 300개를 만든다고 밝혔다. 시는 예산 12억 원을 들여 청년 "
        "일자리 사업을 펼친다.</p><p>시 관계자는 청년 일자리를 늘리겠다고 말했다.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (pages / "unnamed.txt").write_text(
        f"{UNNAMED}\n\n누리군이 올해 청년 일자리 500개 창출을 목표로 한다고 밝혔다. 군은 예산 "
        "20억 원을 들여 청년 일자리 사업을 펼친다.\n\n"
        "군 관계자는 청년 일자리를 늘리겠다고 말했다.\n",
        encoding="utf-8",
    )
    folder = tmp_path_factory.mktemp("library") / "library"
    with Library.open(folder) as opened:
        assert import_paths(opened, [pages], jobs=1).imported == 2
    return folder


def run(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> tuple[int, str, str]:
    status = main([*args, "--library", str(library)])
    out, err = capsys.readouterr()
    return status, out, err


def test_search_keeps_the_articles_with_no_source(
    capsys: pytest.CaptureFixture[str], library: Path
) -> None:
    status, out, err = run(capsys, library, "search", "일자리", "--no-source")
    assert status == 0 and not err
    assert UNNAMED in out and NAMED not in out
    _, out, _ = run(capsys, library, "search", "일자리", "--source", "한빛일보")
    assert NAMED in out and UNNAMED not in out
    _, out, _ = run(capsys, library, "search", "가람시", "--no-source")
    assert out == "No article in the library matches '가람시' with no source.\n"


def test_table_keeps_the_rows_of_articles_with_no_source(
    capsys: pytest.CaptureFixture[str], library: Path
) -> None:
    _, out, _ = run(capsys, library, "table", "amount", "--format", "json")
    assert sorted(row["value"] for row in json.loads(out)) == [1_200_000_000, 2_000_000_000]
    status, out, err = run(capsys, library, "table", "amount", "--no-source", "--format", "json")
    assert status == 0 and not err
    rows = json.loads(out)
    assert [row["value"] for row in rows] == [2_000_000_000]
    assert all(not row.get("sources") and not row.get("source") for row in rows)
    _, out, _ = run(capsys, library, "table", "amount", "--no-source")  # text, as a user reads
    assert "20억 원" in out and "12억 원" not in out


@pytest.mark.parametrize("command", [["search", "일자리"], ["table", "amount"]])
def test_an_empty_source_is_one_line_pointing_to_no_source(
    capsys: pytest.CaptureFixture[str], library: Path, command: list[str]
) -> None:
    status, out, err = run(capsys, library, *command, "--source", "")
    assert status == 2 and out == ""
    assert err == (
        "govreader: --source: no source is named '': --no-source keeps the articles whose "
        "page names none\n"
    )


@pytest.mark.parametrize("command", [["search", "일자리"], ["table", "amount"]])
def test_source_and_no_source_exclude_each_other_and_are_in_help(
    capsys: pytest.CaptureFixture[str], library: Path, command: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([*command, "--source", "한빛일보", "--no-source"])
    assert stopped.value.code == 2
    assert "not allowed with argument --source" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([command[0], "--help"])
    assert re.search(r"\[--source NAME\s+\|\s+--no-source\]", capsys.readouterr().out)
