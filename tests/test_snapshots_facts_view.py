"""Snapshots of the facts view over a library of the bundled sample articles, so they run in a
fresh clone: the awards table at 80×24, the amounts table with its bars at 120×40.

They show the samples' facts, so they change with the cleaner and the extractor: regenerate with
`--snapshot-update` after a deliberate change to the view, the samples, the cleaner or the
extractor, once the report shows that nothing else moved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govreader.library import Library
from govreader.tui.app import GovReaderApp


def _pressing(*keys: str) -> Any:
    async def run_before(pilot: Any) -> None:
        for key in keys:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

    return run_before


def test_awards_table_at_80x24(snap_compare: Any, sample_library: Library, tmp_path: Path) -> None:
    app = GovReaderApp(sample_library, export_dir=tmp_path)
    assert snap_compare(app, run_before=_pressing("v"), terminal_size=(80, 24))


def test_amounts_with_bars_at_120x40(
    snap_compare: Any, sample_library: Library, tmp_path: Path
) -> None:
    app = GovReaderApp(sample_library, export_dir=tmp_path)
    assert snap_compare(app, run_before=_pressing("v", "5"), terminal_size=(120, 40))


def test_targets_grouped_by_unit_at_120x40(
    snap_compare: Any, sample_library: Library, tmp_path: Path
) -> None:
    app = GovReaderApp(sample_library, export_dir=tmp_path)
    pressed = _pressing("v", "3", "right", "F")
    assert snap_compare(app, run_before=pressed, terminal_size=(120, 40))
