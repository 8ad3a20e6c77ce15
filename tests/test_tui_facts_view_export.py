"""Pilot tests of `e` / `E` in the facts view: the table shown (kind, filter, order, grouping)
written as `govreader table --format json|csv` prints it, to a new file in the export folder."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from govreader.cli import main
from govreader.library import Library
from govreader.tui.app import GovReaderApp
from govreader.tui.screens.facts_view import FactsView


def printed(capsys: pytest.CaptureFixture[str], library_dir: Path, *args: str) -> str:
    """What `govreader table` prints for `args`."""
    capsys.readouterr()
    assert main(["table", *args, "--library", str(library_dir)]) == 0
    return capsys.readouterr().out


async def press_and_wait(app: GovReaderApp, pilot: Any, *keys: str) -> None:
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def exported(app: GovReaderApp, pilot: Any, folder: Path, key: str) -> Path:
    """Press `key` and return the one file it wrote."""
    before = set(folder.iterdir())
    await press_and_wait(app, pilot, key)
    (written,) = set(folder.iterdir()) - before
    return written


def test_e_and_E_write_the_awards_table_as_the_table_command_prints_it(
    library_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def run() -> tuple[Path, Path, str]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library, export_dir=tmp_path)
            async with app.run_test(size=(80, 24)) as pilot:
                await press_and_wait(app, pilot, "v")
                assert isinstance(app.screen, FactsView)
                as_json = await exported(app, pilot, tmp_path, "e")
                as_csv = await exported(app, pilot, tmp_path, "E")
                assert isinstance(app.screen, FactsView)  # the export leaves the view as it was
                return as_json, as_csv, app.screen.status_bar.right

    as_json, as_csv, said = asyncio.run(run())
    assert as_json.suffix == ".json" and as_csv.suffix == ".csv"
    assert json.loads(as_json.read_text("utf-8")) == json.loads(
        printed(capsys, library_dir, "award", "--format", "json")
    )
    csv_text = as_csv.read_bytes().decode("utf-8")
    assert csv_text.startswith("\ufeff")
    with as_csv.open(encoding="utf-8", newline="") as written:
        assert written.read() == printed(capsys, library_dir, "award", "--format", "csv")
    assert said.startswith("Wrote ") and as_csv.name in said


def test_the_export_follows_the_sort_and_the_grouping_shown(
    library_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def run() -> tuple[Path, Path]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library, export_dir=tmp_path)
            async with app.run_test(size=(120, 40)) as pilot:
                await press_and_wait(app, pilot, "v", "3", "s")  # targets, by label
                by_label = await exported(app, pilot, tmp_path, "e")
                await press_and_wait(app, pilot, "right", "F")  # grouped by unit
                by_unit = await exported(app, pilot, tmp_path, "e")
                return by_label, by_unit

    by_label, by_unit = asyncio.run(run())
    sorted_rows = json.loads(by_label.read_text("utf-8"))
    assert sorted_rows == json.loads(
        printed(capsys, library_dir, "target", "--sort", "label", "--format", "json")
    )
    assert sorted_rows != json.loads(printed(capsys, library_dir, "target", "--format", "json"))
    assert json.loads(by_unit.read_text("utf-8")) == json.loads(
        printed(capsys, library_dir, "target", "--group-by", "unit", "--format", "json")
    )
    assert "by unit" in by_unit.name and by_unit.name != by_label.name


def test_an_export_to_a_folder_it_cannot_write_says_why(library_dir: Path, tmp_path: Path) -> None:
    gone = tmp_path / "gone"

    async def run() -> tuple[str, str | None]:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library, export_dir=gone)
            async with app.run_test(size=(80, 24)) as pilot:
                await press_and_wait(app, pilot, "v", "E")
                view = app.screen
                assert isinstance(view, FactsView)
                return view.status_bar.right, view.status_bar.severity

    said, severity = asyncio.run(run())
    assert said.startswith(f"Cannot write to {gone}") and severity == "error"
    assert not gone.exists()


def test_the_help_over_the_view_lists_both_exports(library_dir: Path) -> None:
    from govreader.tui.screens.help import HelpScreen

    async def run() -> str:
        with Library.open(library_dir) as library:
            app = GovReaderApp(library)
            async with app.run_test(size=(120, 40)) as pilot:
                await press_and_wait(app, pilot, "v", "question_mark")
                assert isinstance(app.screen, HelpScreen)
                return app.screen.body.plain

    view_keys = asyncio.run(run()).split("Facts view (v)\n")[1].split("\n\n")[0]
    assert "Export the table shown" in view_keys and "JSON" in view_keys and "CSV" in view_keys
