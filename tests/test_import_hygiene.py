"""Opening a filled library loads only what the first screen needs.

Run in a fresh interpreter: the CLI's open path with the app's `run` replaced, then a look at
`sys.modules`. The HTML parser, the page pipeline and the importer must stay unloaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from govreader.library import Library
from govreader.model import Article

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
from govreader.cli import main
status = main(["--library", sys.argv[1]])
print(json.dumps({"status": status, "shown": shown, "loaded": sorted(sys.modules)}))
"""


def test_opening_a_filled_library_does_not_load_the_parser_or_the_importer(
    tmp_path: Path,
) -> None:
    with Library.open(tmp_path) as library:
        library.record(str(tmp_path / "page.txt"), "0" * 64, Article(text="본문", title="제목"))
        assert library.count() == 1
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["status"] == 0 and report["shown"] == [1]
    loaded = set(report["loaded"])
    assert "textual" in loaded  # the probe did reach the app
    assert sorted(loaded & set(HEAVY)) == []
