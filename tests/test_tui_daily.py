"""The reader in daily use: resizing, acting on the row under the cursor, a library that changes
while it is open, messages that hide nothing, and the other things a user meets in the first hour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreader.library import Library, LibraryError
from govreader.settings import SPLIT_RANGE, Settings, load_settings, save_settings
from govreader.tui.app import GovReaderApp
from tests import test_tui
from tests.test_tui import id_of, make_app, status, synchronously

pages = test_tui.pages
library = test_tui.library


def progress(app: GovReaderApp) -> str:
    """The percentage the reader should show under itself for what is in view now."""
    reader = app.reader
    total, height = len(reader._lines), reader.size.height
    if total <= height:
        return ""
    return f"{100 * min(round(reader.scroll_y) + height, total) // total}%"


@synchronously
async def test_resizing_lays_the_panes_out_for_the_new_size_at_once(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing, reader = app.article_list, app.reader
        assert listing.region.y < reader.region.y  # stacked
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert listing.region.y == reader.region.y and listing.region.x < reader.region.x
        assert reader.region.width > 60
        assert reader.border_subtitle == progress(app)
        await pilot.resize_terminal(120, 20)  # only the height: the text keeps its lines
        await pilot.pause()
        assert reader.border_subtitle == progress(app) != ""
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert listing.region.y < reader.region.y
        assert listing.region.width == reader.region.width
        assert reader.border_subtitle == progress(app)


@synchronously
async def test_theme_split_and_layout_stick_across_runs(
    library: Library, tmp_path: Path, config_dir: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        first_width = app.article_list.region.width
        await pilot.press("ctrl+t", "greater_than_sign", "greater_than_sign")
        await pilot.pause()
        theme = app.theme
        assert app.article_list.region.width > first_width
        await pilot.press("L", "L")  # auto → side by side → stacked
        await pilot.pause()
        assert app.article_list.region.y < app.reader.region.y
    assert sorted(p.name for p in config_dir.iterdir()) == ["settings.json"]  # no temp left
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == theme
        listing, reader = app.article_list, app.reader
        assert listing.region.y < reader.region.y  # still stacked, though the screen is wide
        main = app.query_one("#main").region
        assert listing.region.height == round(main.height * 0.5)
        await pilot.press("L")  # back to automatic: side by side at this width
        await pilot.pause()
        assert listing.region.y == reader.region.y
        assert listing.region.width == round(main.width * 0.5)


def test_settings_load_defaults_for_what_makes_no_sense(config_dir: Path) -> None:
    path = config_dir / "settings.json"
    path.write_text('{"theme": "nord", "split": "wide", "layout": "diagonal", "x": 1}')
    assert load_settings() == Settings(theme="nord")
    path.write_text('{"split": 99')  # cut short
    assert load_settings() == Settings()
    path.write_text('{"split": 99}')
    assert load_settings().split == SPLIT_RANGE[1]
    save_settings(Settings(layout="side"))
    assert load_settings() == Settings(layout="side")


@synchronously
async def test_settings_that_cannot_be_saved_are_reported_once(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the config folder should be")
    monkeypatch.setenv("GOVREADER_CONFIG_DIR", str(blocked / "govreader"))
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+t", "ctrl+t", "greater_than_sign")
        await pilot.pause()
        warnings = [message for severity, message in notes if severity == "warning"]
        assert len(warnings) == 1 and "Settings will not be kept" in warnings[0]
        assert app.is_running


@synchronously
async def test_u_and_b_in_the_list_act_on_the_row_under_the_cursor(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    shown, below = id_of(library, "가나구"), id_of(library, "다라구")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("down")
        assert app.focused is app.article_list and app.stored.id == shown
        await pilot.press("u", "b")
        assert library.article(below).read and library.article(below).bookmarked
        assert not library.article(shown).read and not library.article(shown).bookmarked
        assert app.article_list.row(1).read and app.article_list.row(1).bookmarked
        assert status(app) == "bookmarked"
        await pilot.press("up", "enter", "b")  # in the reader: the open article
        assert library.article(shown).bookmarked and library.article(shown).read


@synchronously
async def test_every_article_named_on_the_command_line_is_read(
    library: Library, tmp_path: Path
) -> None:
    chosen = [id_of(library, "마바구"), id_of(library, "다라구")]
    app = GovReaderApp(library, export_dir=tmp_path, only=chosen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert all(library.article(i).read for i in chosen)
        assert all(app.article_list.row(i).read for i in range(2))
        assert not library.article(id_of(library, "가나구")).read


@synchronously
async def test_a_library_that_cannot_be_written_says_so_once_and_goes_on(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise LibraryError(
            "library.sqlite3: cannot use the library (attempt to write a readonly database)"
        )

    for name in ("set_read", "set_bookmark", "set_position"):
        monkeypatch.setattr(library, name, refuse)
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "pagedown", "escape", "down", "enter", "b", "escape")
        await pilot.press("down", "enter", "u", "escape", "up", "enter")
        said = [message for _, message in notes if "readonly" in message]
        assert len(said) == 1 and "will not be kept" in said[0]
        assert app.article_list.row(1).read  # kept for this session
        assert app.is_running
