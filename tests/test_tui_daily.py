"""The reader in daily use: resizing, acting on the row under the cursor, a library that changes
while it is open, messages that hide nothing, and the other things a user meets in the first hour.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from unicodedata import east_asian_width

import pytest
from rich.cells import cell_len
from textual import events
from textual.app import App
from textual.color import Color
from textual.widgets import OptionList

from govreader.export import export_name
from govreader.library import Library, LibraryError, ListQuery, import_paths
from govreader.model import FactKind
from govreader.settings import SPLIT_RANGE, Settings, load_settings, save_settings
from govreader.tui.app import GovReaderApp
from govreader.tui.screens.confirm import ConfirmScreen
from govreader.tui.themes import THEMES, readable_variables
from govreader.tui.widgets.reader import READING_CELLS
from govreader.viewer import Viewer, choose_viewer
from tests import test_tui
from tests.test_tui import id_of, list_status, make_app, status, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


def progress(app: GovReaderApp) -> str:
    """The percentage the reader should show under itself for what is in view now."""
    reader = app.main_screen.reader
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
        listing, reader = app.main_screen.article_list, app.main_screen.reader
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
async def test_the_facts_pane_reads_well_at_every_width(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        main = app.main_screen
        await pilot.press("f")
        await pilot.pause()
        facts, reader, listing = main.facts_pane, main.reader, main.article_list
        assert facts is not None and listing.display  # three panes side by side
        assert facts.region.width >= 44 and reader.region.width > facts.region.width
        await pilot.resize_terminal(120, 40)  # no room for three: the facts take the list's place
        await pilot.pause()
        assert listing.region.width == 0 or not listing.region.height
        assert facts.region.width >= 44 and reader.region.width >= 60
        await pilot.press("escape")  # back to the list, which has its place again
        await pilot.pause()
        assert app.focused is listing and listing.region.width > 30 and not facts.display
        await pilot.resize_terminal(80, 24)
        await pilot.press("f")
        await pilot.pause()
        assert facts.region.width == 80  # stacked: the whole width


@synchronously
async def test_a_saved_theme_colours_the_first_screen(
    library: Library, tmp_path: Path, config_dir: Path
) -> None:
    save_settings(Settings(theme="textual-light"))
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light" and app.has_class("-light-mode", "-theme-textual-light")
        light = Color.parse(app.get_css_variables()["background"])
        assert app.screen.styles.background == light
        app.theme = "textual-dark"
        await pilot.pause()
        assert app.screen.styles.background not in (light, Color.parse("#000000"))


@pytest.mark.parametrize("name", THEMES)
def test_a_bundled_theme_has_the_variables_textual_would_make_of_it(
    library: Library, tmp_path: Path, config_dir: Path, name: str
) -> None:
    """The reader reuses the colour system it made its colours readable from; Textual's own
    `get_css_variables` generates it again: both give the same variables, in the same order."""
    save_settings(Settings(theme=name))
    app, _ = make_app(library, tmp_path)
    assert app.theme == name
    ours = app.get_css_variables()
    assert list(ours.items()) == list(App.get_css_variables(app).items())
    assert ours["fact-award"] == readable_variables(name)["fact-award"]


@synchronously
async def test_theme_split_and_layout_stick_across_runs(
    library: Library, tmp_path: Path, config_dir: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        first_width = app.main_screen.article_list.region.width
        await pilot.press("ctrl+t", "greater_than_sign", "greater_than_sign")
        await pilot.pause()
        theme = app.theme
        assert app.main_screen.article_list.region.width > first_width
        await pilot.press("L", "L")  # auto → side by side → stacked
        await pilot.pause()
        assert app.main_screen.article_list.region.y < app.main_screen.reader.region.y
    assert sorted(p.name for p in config_dir.iterdir()) == ["settings.json"]  # no temp left
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == theme
        listing, reader = app.main_screen.article_list, app.main_screen.reader
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
    path.write_text("[" * 100_000)  # nested deeper than the decoder recurses
    assert load_settings() == Settings()
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
        assert app.focused is app.main_screen.article_list and app.main_screen.stored.id == shown
        await pilot.press("u", "b")
        assert library.article(below).read and library.article(below).bookmarked
        assert not library.article(shown).read and not library.article(shown).bookmarked
        assert (
            app.main_screen.article_list.row(1).read
            and app.main_screen.article_list.row(1).bookmarked
        )
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
        assert all(app.main_screen.article_list.row(i).read for i in range(2))
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
        assert app.main_screen.article_list.row(1).read  # kept for this session
        assert app.is_running


@synchronously
async def test_messages_go_to_the_status_line_and_no_toast_covers_it(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = GovReaderApp(library, export_dir=tmp_path, notice="11 sample articles imported")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert status(app) == "11 sample articles imported"
        await pilot.press("e", "ctrl+c")
        await pilot.pause()
        assert not app._notifications and not app.screen.query("Toast")
        assert status(app) == "nothing selected to copy · q quits"  # no "Press [b]ctrl+q[/b]"
        await pilot.press("E")
        assert status(app).startswith("Wrote 9 facts to ./2024-07-21 가나구, ")


@synchronously
async def test_articles_imported_by_another_process_appear_with_the_cursor_kept(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("down")
        listing = app.main_screen.article_list
        below = listing.current.id
        assert list_status(app) == "2/3"
        extra = tmp_path / "more"
        extra.mkdir()
        (extra / "newer.txt").write_text("새 기사", "utf-8")
        test_tui.SPECS["newer.txt"] = test_tui.Spec("하하구 새 소식", "2025-01-01", ["새 기사."])
        try:
            with Library.open(library.path.parent) as other:  # another connection, like `add`
                assert import_paths(other, [extra], jobs=1).imported == 1
        finally:
            del test_tui.SPECS["newer.txt"]
        await pilot.pause(1.5)
        assert listing.total == 4 and app.main_screen.total == 4
        assert listing.current.id == below and list_status(app) == "3/4"
        assert listing.row(0).title == "하하구 새 소식"
        assert status(app) == "1 new article"


@synchronously
async def test_next_unread_mark_all_read_and_reload(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        listing = app.main_screen.article_list
        await pilot.press("enter", "escape")  # the first one read
        await pilot.press(".")
        assert app.main_screen.stored.id == listing.row(1).id and listing.cursor == 1
        assert library.article(listing.row(1).id).read
        await pilot.press(".")
        assert listing.cursor == 2
        await pilot.press(".")
        assert status(app) == "no unread article in this list"
        library.set_read(listing.row(0).id, False)
        await pilot.press("R")
        assert not listing.row(0).read and status(app) == "reloaded · 3 articles"
        await pilot.press(".")
        assert listing.cursor == 0 and status(app) == "next unread (wrapped)"
        library.set_read(listing.row(1).id, False)
        library.set_read(listing.row(2).id, False)
        await pilot.press("C")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert not library.article(listing.row(1).id).read
        await pilot.press("C", "y")
        assert library.count(ListQuery(unread=True)) == 0
        assert status(app) == "marked 2 read"


@synchronously
async def test_the_whole_library_is_counted_once_when_the_list_shows_it_all(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A count reads an index entry for every article (some 400 pages at 100,000 articles):
    the list's count of the whole library is also the status line's total."""
    counted: list[ListQuery] = []
    count = Library.count

    def counting(self: Library, query: ListQuery = ListQuery()) -> int:  # noqa: B008
        counted.append(query)
        return count(self, query)

    monkeypatch.setattr(Library, "count", counting)
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert counted == [ListQuery()] and list_status(app) == "1/3"
        await pilot.press("enter", "escape", "U")  # the first one read: two unread are listed
        assert list_status(app).startswith("1/2 of 3")
        counted.clear()
        await pilot.press("R")
        assert counted == [ListQuery(unread=True), ListQuery()]
        assert list_status(app).startswith("1/2 of 3") and status(app) == "reloaded · 3 articles"
        counted.clear()
        await pilot.press("x", "R")
        assert counted == [ListQuery(), ListQuery()]  # x lists all, R again: once each
        assert list_status(app) == "1/3" and status(app) == "reloaded · 3 articles"


@synchronously
async def test_d_removes_the_article_after_a_yes_and_leaves_the_page(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    page = tmp_path / "pages" / "plain.txt"
    before = page.read_bytes()
    plain = id_of(library, "다라구")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("down", "d")
        assert isinstance(app.screen, ConfirmScreen)
        assert "다라구, 평생학습 강좌 연다" in app.screen.question
        await pilot.press("escape")
        assert library.count() == 3
        await pilot.press("d", "y")
        assert library.count() == 2 and app.main_screen.article_list.total == 2
        assert plain not in {app.main_screen.article_list.row(i).id for i in range(2)}
        assert status(app) == "removed “다라구, 평생학습 강좌 연다” from the library"
        assert list_status(app) == "2/2"
        await pilot.press("up", "enter", "d", "y")  # the open article: the next one is shown
        assert library.count() == 1 and app.main_screen.stored is not None
        assert app.main_screen.stored.id == app.main_screen.article_list.current.id
    assert page.read_bytes() == before


@synchronously
async def test_y_copies_the_saved_page_path(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("y")
        assert app.clipboard == str(tmp_path / "pages" / "award.txt")
        assert status(app).startswith("Copied the path: ")


@synchronously
async def test_o_honours_browser(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = tmp_path / "seen.txt"
    browser = tmp_path / "my-browser"
    browser.write_text(f'#!/bin/sh\necho "$1" > "{seen}"\n')
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", f"{tmp_path / 'missing-browser'}{os.pathsep}{browser} %s")
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        for _ in range(100):
            if seen.exists():
                break
            await pilot.pause(0.05)
        assert seen.read_text().strip() == str(tmp_path / "pages" / "award.txt")
        await app.workers.wait_for_complete()
        assert status(app) == "Opened award.txt with my-browser"


@synchronously
async def test_o_says_when_the_viewer_fails_at_once(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = tmp_path / "broken-browser"
    browser.write_text("#!/bin/sh\nexit 3\n")
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        await pilot.press("j")  # the reader is not held up while the viewer is watched
        await app.workers.wait_for_complete()
        page = str(tmp_path / "pages" / "award.txt")
        assert notes[-1] == ("error", f"broken-browser failed on {page} (exit 3)")
        assert not any(message.startswith("Opened") for _, message in notes)


@synchronously
async def test_o_says_when_the_viewer_fails_after_it_was_said_to_be_open(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govreader.tui.screens import article_actions

    monkeypatch.setattr(article_actions, "VIEWER_WATCH_STEPS", 2)  # "opened" after 0.2 s
    monkeypatch.setattr(article_actions, "VIEWER_LATE_STEP", 0.05)
    started = tmp_path / "started"
    browser = tmp_path / "slow-broken-browser"
    browser.write_text(f'#!/bin/sh\ntouch "{started}"\nsleep 1\nexit 4\n')
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        for _ in range(40):  # the viewer is still running: said to be open
            if any(message.startswith("Opened") for _, message in notes):
                break
            await pilot.pause(0.05)
        assert notes[-1] == ("information", "Opened award.txt with slow-broken-browser")
        await pilot.press("j")  # the reader is not held up while the viewer is watched
        await app.workers.wait_for_complete()
        page = str(tmp_path / "pages" / "award.txt")
        assert started.exists()
        assert notes[-1] == (
            "error",
            f"slow-broken-browser failed on {page} (exit 4, after it opened)",
        )


def test_without_browser_or_desktop_a_terminal_browser_is_chosen(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    installed = {"lynx": "/usr/bin/lynx", "xdg-open": "/usr/bin/xdg-open"}
    chosen = choose_viewer(page, env={}, platform="linux", which=installed.get)
    assert chosen == Viewer(["/usr/bin/lynx", str(page)], in_terminal=True)
    desktop = choose_viewer(page, env={"DISPLAY": ":0"}, platform="linux", which=installed.get)
    assert desktop == Viewer(["/usr/bin/xdg-open", str(page)], in_terminal=False)
    terminal = choose_viewer(
        page, env={"BROWSER": "w3m", "DISPLAY": ":0"}, platform="linux", which=lambda n: n
    )
    assert terminal == Viewer(["w3m", str(page)], in_terminal=True)
    assert choose_viewer(page, env={}, platform="linux", which=lambda name: None) is None
    windows = choose_viewer(page, env={"BROWSER": "w3m"}, platform="win32", which=lambda n: n)
    assert windows is not None and not windows.in_terminal and windows.argv[-1] == str(page)


@synchronously
async def test_exports_are_named_after_the_article_and_never_overwrite_or_follow_links(
    library: Library, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    name = export_name(library.article(id_of(library, "가나구")).article)
    (out / f"{name}.json").symlink_to(victim)  # planted at the first name
    (out / f"{name} (2).json").symlink_to(tmp_path / "nowhere")  # a dangling one too
    app = GovReaderApp(library, export_dir=out)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e", "e")
        first, second = out / f"{name} (3).json", out / f"{name} (4).json"
        assert status(app) == f"Wrote 9 facts to {second}"
    assert victim.read_text() == "keep me" and not (tmp_path / "nowhere").exists()
    data = json.loads(first.read_text("utf-8"))
    assert data == json.loads(second.read_text("utf-8"))
    assert "가나구" in first.read_text("utf-8")  # Korean as written, not \\uac00 escapes
    assert "/" not in name and name.startswith("2024-07-21 ")


@synchronously
async def test_on_a_wide_screen_lines_keep_a_reading_measure_in_the_middle(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    # at 200 columns the list takes what the measure leaves; at 260 it has its largest share
    async with app.run_test(size=(260, 50)) as pilot:
        await pilot.pause()
        reader = app.main_screen.reader
        inner = reader.scrollable_content_region.width
        assert inner > READING_CELLS + 10
        text = reader.document.text
        widest = max(cell_len(text[a:b].rstrip()) for a, b in reader._lines)
        assert READING_CELLS - 10 < widest <= READING_CELLS
        drawn = "".join(segment.text for segment in reader.render_line(0))
        margin = len(drawn) - len(drawn.lstrip(" "))
        assert abs(margin - (inner - READING_CELLS) // 2) <= 1


@synchronously
async def test_small_things_say_what_happened(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "quotation_mark")
        assert status(app) == "quote 1/1"
        await pilot.press("g")
        assert status(app) == "top of the article" and app.main_screen.reader.scroll_y == 0
        await pilot.press("G")
        assert status(app) == "end of the article"
        assert (
            app.main_screen.reader.scroll_y == app.main_screen.reader.max_scroll_y > 0
        )  # at once, not animated
        assert app.main_screen.reader.current_fact is None
        await pilot.press("slash", *"zzzq")
        assert status(app) == "no match for “zzzq”"
        await pilot.press("enter", "n")
        assert status(app) == "no match for “zzzq”"
        await pilot.press("F")
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        words = [label.split("  ", 1)[-1] for label in labels]  # after each kind's count
        assert "With an award" in words and "With an audience" in words
        assert not any(" a a" in label for label in labels)


@synchronously
async def test_f_puts_the_focus_in_the_facts_pane(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert app.main_screen.facts_pane is not None and app.focused is app.main_screen.facts_pane
        await pilot.press("down", "enter")
        assert app.main_screen.reader.current_fact is not None
        pane = app.main_screen.facts_pane
        line = pane.render_line(pane.highlighted - round(pane.scroll_y))
        painted = {(s.style.color, s.style.bgcolor) for s in line if s.text.strip()}
        assert len(painted) == 1  # one colour, the bullet too
        (_, highlight), plain = painted.pop(), pane.render_line(0)
        assert highlight != next(iter(plain)).style.bgcolor  # and it stands out
        await pilot.press("f")
        assert app.focused is app.main_screen.reader


def _ambiguous(text: str) -> set[str]:
    return {c for c in text if east_asian_width(c) == "A"}


@synchronously
async def test_ascii_symbols_leave_no_ambiguous_width_symbol_of_ours_on_screen(
    library: Library, tmp_path: Path
) -> None:
    data = "".join(
        f"{spec.title}{spec.source or ''}{''.join(spec.paragraphs)}"
        for spec in test_tui.SPECS.values()
    )
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("b", "f")
        await pilot.pause()
        ours = _ambiguous(screen_text(app)) - _ambiguous(data)
        assert ours  # borders, ● ⚑ ★, · in the status line and the facts
        await app.run_action("screen.toggle_symbols")
        await pilot.press("escape")
        await pilot.pause()
        assert _ambiguous(screen_text(app)) - _ambiguous(data) == set()
        assert "N!*" in screen_text(app)  # unread, bookmarked, award
        assert "⏎" not in screen_text(app) and " enter Open " in screen_text(app)
    assert load_settings().symbols == "ascii"


def screen_text(app: GovReaderApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@synchronously
async def test_without_colour_fact_kinds_and_the_cursor_stay_distinguishable(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.no_color
        looks = {}
        for kind in FactKind:
            style = app.main_screen.reader.get_component_rich_style(f"reader--{kind}")
            looks[kind] = (style.bold, style.italic, style.underline, style.reverse)
        assert len(set(looks.values())) == len(FactKind), looks
        cursor = app.main_screen.article_list.render_line(0)
        assert all(segment.style.reverse for segment in cursor if segment.text.strip())
        await pilot.press("tab", "right_square_bracket")
        current = app.main_screen.reader.get_component_rich_style("reader--current")
        assert current.reverse and (False, False, False, True) not in looks.values()


@synchronously
async def test_a_marked_fact_stays_in_view_when_the_terminal_shrinks(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("tab", "quotation_mark")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        reader = app.main_screen.reader
        line = reader.line_of(reader.document.fact_spans[reader.current_fact][0])
        assert round(reader.scroll_y) <= line < round(reader.scroll_y) + reader.size.height


@synchronously
async def test_keys_typed_fast_after_slash_are_words_not_commands(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # the reader: / finds in the article

        def typed(*keys: str) -> None:  # all queued at once, as a fast typist's or a paste's
            for key in keys:
                character = {"slash": "/", "enter": "\r"}.get(key, key)
                app.post_message(events.Key(key, character))

        typed("slash", "q", "d", "slash", "u")
        await pilot.pause()
        assert (
            app.is_running
            and app.main_screen.prompt is not None
            and app.main_screen.prompt.value == "qd/u"
        )
        assert not isinstance(app.screen, ConfirmScreen) and app.main_screen.stored.read
        assert status(app) == "no match for “qd/u”"
