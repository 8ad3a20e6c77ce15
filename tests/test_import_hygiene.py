"""Opening a filled library loads only what the first screen needs, and `search` and `list` only
what they print.

Run in a fresh interpreter: the CLI's open path with the app's `run` replaced, or the command
itself, then a look at `sys.modules`. The HTML parser, the page pipeline and the importer must
stay unloaded, and so does the facts table's code.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from govreader.library import Library, import_paths

ROOT = Path(__file__).resolve().parents[1]

HEAVY = (
    "bs4",
    "lxml",
    "charset_normalizer",
    "govreader.ingest",
    "govreader.clean",
    "govreader.facts",
    "govreader.reading",
    "govreader.library.importer",
)

PROBE = """
import json, sys
import govreader.tui.app as tui
shown = []
tui.GovReaderApp.run = lambda self, *a, **k: shown.append(self.library.count())
from govreader import cli
from govreader.cli import main
cli.has_terminal = lambda: True
status = main(["--library", sys.argv[1]])
print(json.dumps({"status": status, "shown": shown, "loaded": sorted(sys.modules)}))
"""


COMMAND = """
import json, sys
from govreader.cli import main
status = main(sys.argv[2:] + ["--library", sys.argv[1]])
print(json.dumps({"status": status, "loaded": sorted(sys.modules)}))
"""

TABLE = ("govreader.library.fact_rows", "govreader.library.fact_table")


def _probe(script: str, *args: str) -> tuple[dict[str, Any], str]:
    """Run `script` in a fresh interpreter; the report its last line prints, and all it printed."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stdout


def _filled_library(tmp_path: Path) -> Path:
    page = tmp_path / "page.txt"
    page.write_text(
        "가나구, 청년 일자리 사업 시작\n\n가나구가 올해 청년 일자리 사업을 시작한다고 밝혔다.\n\n"
        "구는 만 19세 이상 34세 이하 청년 100명을 뽑아 일경험을 지원한다.\n",
        encoding="utf-8",
    )
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [page], jobs=1).imported == 1
    return tmp_path / "library"


def test_opening_a_filled_library_loads_neither_the_parser_the_importer_nor_the_table(
    tmp_path: Path,
) -> None:
    _filled_library(tmp_path)
    report, _ = _probe(PROBE, str(tmp_path / "library"))
    assert report["status"] == 0 and report["shown"] == [1]
    loaded = set(report["loaded"])
    assert "textual" in loaded  # the probe did reach the app
    assert sorted(loaded & {*HEAVY, *TABLE}) == []  # the facts view loads the table when opened
    # Nor what the first frame does not show: the parser (a plain command needs none), the
    # exporter, the facts pane until it is first opened, and the jumps between facts.
    unshown = {"argparse", "govreader.export", "govreader.tui.widgets.facts_pane"}
    assert sorted(loaded & {*unshown, "govreader.tui.jumps"}) == []


def test_search_and_list_load_neither_the_pipeline_nor_the_facts_table(tmp_path: Path) -> None:
    library = _filled_library(tmp_path)
    for command in (["search", "청년"], ["list"]):
        report, printed = _probe(COMMAND, str(library), *command)
        assert report["status"] == 0 and "가나구" in printed
        assert "govreader.library.store" in report["loaded"]  # the probe did open the library
        assert sorted(set(report["loaded"]) & {*HEAVY, *TABLE}) == []
        assert "threading" not in report["loaded"]  # the library's lock is _thread's own


def test_a_kept_table_answer_loads_neither_the_facts_table_nor_its_text(tmp_path: Path) -> None:
    library = _filled_library(tmp_path)
    first, made = _probe(COMMAND, str(library), "table", "target")
    again, kept = _probe(COMMAND, str(library), "table", "target")
    assert first["status"] == again["status"] == 0 and "청년 지원" in made
    assert kept.splitlines()[:-1] == made.splitlines()[:-1]  # the last line: the modules
    printing = {"govreader.library.fact_table", "govreader.table_text"}
    assert printing <= set(first["loaded"])
    assert sorted(set(again["loaded"]) & {*TABLE, *printing}) == []


ARTICLE = """
import json, sys
from pathlib import Path
from govreader.library import Library
with Library.open(Path(sys.argv[1])) as library:
    stored = library.article(library.rows(limit=1)[0].id)
print(json.dumps({"text": stored.article.text, "loaded": sorted(sys.modules)}))
"""

WRITER = ("govreader.library.prepared", "govreader.library.matching")


def test_opening_an_article_loads_neither_the_writer_nor_the_index_tokenizer(
    tmp_path: Path,
) -> None:
    """The reader's first article is part of its first paint."""
    library = _filled_library(tmp_path)
    report, _ = _probe(ARTICLE, str(library))
    assert "청년 100명" in report["text"]  # the probe did read the article
    assert sorted(set(report["loaded"]) & {*HEAVY, *WRITER}) == []


def test_a_table_answered_afresh_loads_richs_cell_widths_only_for_cells_that_need_them(
    tmp_path: Path,
) -> None:
    """Rich's tables of character widths take 11 ms of CPU to load, a tenth of what
    `govreader table` may take: CSV and JSON never measure a cell, and aligned text counts
    ASCII and Hangul itself (`table_text.cell_len`)."""
    library = _filled_library(tmp_path)
    for command in (
        ["table", "target", "--format", "csv"],
        ["table", "target", "--format", "json"],
        ["table", "target"],
    ):
        report, printed = _probe(COMMAND, str(library), *command)
        assert report["status"] == 0 and "청년" in printed
        assert "rich.cells" not in report["loaded"], command
