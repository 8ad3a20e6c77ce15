"""`govreader table KIND`: every kind in every format over a library of the bundled samples, bad
arguments, and the seed's award row with the shared corpus imported beside it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from govreader.cli import main
from govreader.library import Library, import_paths, sample_articles_dir
from govreader.library.fact_columns import COLUMNS
from govreader.model import FactKind

KINDS = ("award", "program", "target", "audience", "amount")


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("samples") / "library"
    with Library.open(folder) as library:
        summary = import_paths(library, [sample_articles_dir()], jobs=1)
    assert summary.imported and not summary.failed
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("kind", KINDS)
def test_text_is_aligned_columns_with_a_header(
    capsys: pytest.CaptureFixture[str], samples: Path, kind: str
) -> None:
    status, out, err = run(capsys, "table", kind, "--library", str(samples))
    assert status == 0 and not err
    lines = out.splitlines()
    titles = [column.title for column in COLUMNS[FactKind(kind)]]
    assert lines[0].split() == " ".join(titles).split()
    assert len(lines) > 1
    # Every column starts where its header does, however many double-width syllables before.
    starts = [cell_len(lines[0][: lines[0].index(title)]) for title in titles[1:]]
    for line in lines[1:]:
        for start in starts:
            before = _cells_upto(line, start)
            assert before is not None, (line, start)


@pytest.mark.parametrize("kind", KINDS)
def test_no_text_line_ends_in_spaces_the_header_as_the_rows(
    capsys: pytest.CaptureFixture[str], samples: Path, kind: str
) -> None:
    """A last column of words pads its header as wide as its rows; the header is trimmed as
    the rows are, so a pipe or a diff sees no trailing blanks on the first line only."""
    status, out, _err = run(capsys, "table", kind, "--library", str(samples))
    assert status == 0
    lines = out.splitlines()
    assert len(lines) > 1
    assert [line for line in lines if line != line.rstrip()] == []


def _cells_upto(line: str, cells: int) -> str | None:
    """The text of `line` before cell `cells`, or None when a wide character straddles it."""
    used = 0
    for index, char in enumerate(line):
        if used == cells:
            return line[:index]
        used += cell_len(char)
        if used > cells:
            return None
    return line if used <= cells else None


@pytest.mark.parametrize("kind", KINDS)
def test_csv_has_a_bom_and_the_kinds_columns(
    capsys: pytest.CaptureFixture[str], samples: Path, kind: str
) -> None:
    status, out, _ = run(capsys, "table", kind, "--format", "csv", "--library", str(samples))
    assert status == 0 and out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out[1:])))
    assert rows[0] == [column.name for column in COLUMNS[FactKind(kind)]]
    assert len(rows) > 1 and all(len(row) == len(rows[0]) for row in rows)


@pytest.mark.parametrize("kind", KINDS)
def test_json_is_a_list_of_objects_with_plain_values(
    capsys: pytest.CaptureFixture[str], samples: Path, kind: str
) -> None:
    status, out, _ = run(capsys, "table", kind, "--format", "json", "--library", str(samples))
    assert status == 0
    records = json.loads(out)
    assert records and set(records[0]) == {column.name for column in COLUMNS[FactKind(kind)]}
    assert all(isinstance(r["articles"], int) and r["articles"] >= 1 for r in records)


def test_amounts_read_in_won_as_news_writes_them(
    capsys: pytest.CaptureFixture[str], samples: Path
) -> None:
    _, text, _ = run(capsys, "table", "amount", "--library", str(samples))
    _, data, _ = run(capsys, "table", "amount", "--format", "json", "--library", str(samples))
    values = {record["value"] for record in json.loads(data)}
    assert 6_500_000_000 in values
    assert "65억 원" in text


def test_group_by_counts_rows_and_sums_amounts(
    capsys: pytest.CaptureFixture[str], samples: Path
) -> None:
    options = ("--group-by", "source", "--format", "json", "--library", str(samples))
    _, out, _ = run(capsys, "table", "amount", *options)
    groups = json.loads(out)
    _, rows, _ = run(capsys, "table", "amount", "--format", "json", "--library", str(samples))
    assert sum(g["rows"] for g in groups) == len(json.loads(rows))
    assert sum(g["sum"] for g in groups) == sum(r["value"] for r in json.loads(rows))


def test_since_until_and_source_filter_the_articles(
    capsys: pytest.CaptureFixture[str], samples: Path
) -> None:
    _, out, _ = run(capsys, "table", "program", "--format", "json", "--library", str(samples))
    everything = json.loads(out)
    _, out, _ = run(
        capsys, "table", "program", "--since", "2025", "--format", "json", "--library", str(samples)
    )
    recent = json.loads(out)
    assert 0 < len(recent) < len(everything)
    assert all(record["last"] >= "2025" for record in recent)
    _, out, _ = run(
        capsys, "table", "award", "--source", "no such outlet", "--library", str(samples)
    )
    assert out == "No award in the articles these filters keep.\n"


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["table", "prizes"], "table"),
        (["table", "award", "--group-by", "colour"], "--group-by"),
        (["table", "award", "--sort", "colour"], "--sort"),
        (["table", "award", "--since", "last year"], "--since"),
        (["table", "award", "--format", "xml"], "--format"),
    ],
)
def test_bad_arguments_get_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], samples: Path, args: list[str], names: str
) -> None:
    status, out, err = run(capsys, *args, "--library", str(samples))
    assert status == 2 and not out
    assert len(err.splitlines()) == 1 and err.startswith(f"govreader: {names}: ")


@pytest.mark.parametrize(
    ("kind", "heading", "name"),
    [("target", "달성률", "rate"), ("program", "Program", "name"), ("amount", "AMOUNT", "value")],
)
def test_sort_and_group_by_take_the_heading_the_text_shows(
    capsys: pytest.CaptureFixture[str], samples: Path, kind: str, heading: str, name: str
) -> None:
    def table(*options: str) -> str:
        status, out, err = run(capsys, "table", kind, *options, "--library", str(samples))
        assert status == 0 and not err
        return out

    by_heading = table("--sort", heading, "--format", "json")
    assert by_heading == table("--sort", name, "--format", "json")
    assert by_heading != table("--format", "json")
    grouped = table("--group-by", heading)
    assert grouped == table("--group-by", name)
    assert grouped.split()[:2] == [heading.lower() if heading.isascii() else heading, "rows"]


def test_an_unknown_column_lists_the_names_and_headings_taken(
    capsys: pytest.CaptureFixture[str], samples: Path
) -> None:
    status, _, err = run(capsys, "table", "target", "--sort", "colour", "--library", str(samples))
    assert status == 2
    assert "rate or 달성률" in err and "label, unit" in err


@pytest.mark.slow
def test_the_seed_award_is_a_row_with_the_corpus_imported(
    tmp_path: Path, seed_path: Path, corpus_dir: Path
) -> None:
    folder = tmp_path / "library"
    with Library.open(folder) as library:
        import_paths(library, [seed_path, corpus_dir / "html", corpus_dir / "text"], jobs=1)
    out = subprocess.run(
        [sys.executable, "-m", "govreader", "table", "award", "--format", "csv"],
        capture_output=True,
        text=True,
        check=True,
        env={
            "GOVREADER_LIBRARY": str(folder),
            "GOVREADER_CACHE_DIR": str(tmp_path / "cache"),
            "PATH": "",
            "PYTHONIOENCODING": "utf-8",
        },
    ).stdout
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    expected = {
        "recipient": "구로구",
        "award": "2022년 전국 지방자치단체 일자리대상",
        "prize": "우수상",
        "category": "공시제 부문",
        "organizer": "고용노동부",
        "year": "2022",
    }
    assert any(all(row[k] == v for k, v in expected.items()) for row in rows), rows
