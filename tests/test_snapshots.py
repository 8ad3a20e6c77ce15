"""Snapshots of the screens users see most.

`test_layout` (two sizes, two themes, the first screen and the facts pane) reads the articles
written in `test_tui`, whose facts the test gives: a diff there means the screen changed. The
others read the seed article and the bundled samples through the pipeline, so they also change
with the cleaner and the extractor and are regenerated (`--snapshot-update`) after a deliberate
change to either: look at the report first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govreader.library import Library, import_paths
from govreader.tui.app import GovReaderApp
from tests import test_tui

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


@pytest.fixture
def seed_library(tmp_path: Path, seed_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "library")
    summary = import_paths(library, [seed_path], jobs=1)
    assert summary.imported == 1, summary.failed
    yield library
    library.close()


def _app(library: Library, tmp_path: Path, theme: str | None = None) -> GovReaderApp:
    app = GovReaderApp(library, export_dir=tmp_path)
    if theme is not None:
        app.theme = theme
    return app


def test_main_screen_with_the_seed_article(
    snap_compare: Any, seed_library: Library, tmp_path: Path
) -> None:
    assert snap_compare(_app(seed_library, tmp_path), terminal_size=(140, 40))


def test_facts_pane_with_a_jump(snap_compare: Any, seed_library: Library, tmp_path: Path) -> None:
    assert snap_compare(
        _app(seed_library, tmp_path), press=["f", "right_square_bracket"], terminal_size=(160, 40)
    )


def test_help_screen(snap_compare: Any, seed_library: Library, tmp_path: Path) -> None:
    assert snap_compare(
        _app(seed_library, tmp_path), press=["question_mark"], terminal_size=(100, 40)
    )


def test_small_terminal(snap_compare: Any, seed_library: Library, tmp_path: Path) -> None:
    assert snap_compare(_app(seed_library, tmp_path), press=["tab"], terminal_size=(80, 24))


@pytest.mark.parametrize("keys", [(), ("tab", "t", "f")], ids=["first-screen", "facts"])
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_layout(
    snap_compare: Any,
    library: Library,
    tmp_path: Path,
    theme: str,
    size: tuple[int, int],
    keys: tuple[str, ...],
) -> None:
    """The first screen; the reader with a target marked and the facts pane open."""
    assert snap_compare(_app(library, tmp_path, theme), press=list(keys), terminal_size=size)


@pytest.mark.parametrize(
    ("size", "theme", "keys"),
    [((120, 40), "textual-dark", ()), ((80, 24), "textual-light", ("tab", "t", "f"))],
    ids=["first-screen", "facts"],
)
def test_samples(
    snap_compare: Any,
    sample_library: Library,
    tmp_path: Path,
    theme: str,
    size: tuple[int, int],
    keys: tuple[str, ...],
) -> None:
    """The bundled samples as they ship: their facts' counts in the list, a target marked."""
    assert snap_compare(_app(sample_library, tmp_path, theme), press=list(keys), terminal_size=size)


def test_side_by_side_at_its_narrowest(snap_compare: Any, library: Library, tmp_path: Path) -> None:
    """110 columns, the narrowest the automatic layout puts side by side: the list keeps a
    shortened source column."""
    assert snap_compare(_app(library, tmp_path), terminal_size=(110, 30))


def test_a_filter_that_leaves_nothing_at_80x24(
    snap_compare: Any, library: Library, tmp_path: Path
) -> None:
    """The list, the reader and the status line each say the way back (x) whole."""
    keys = ["slash", *"어느 기사에도 나오지 않는 아주 긴 낱말들", "enter", "U", "B"]
    assert snap_compare(_app(library, tmp_path), press=keys, terminal_size=(80, 24))
