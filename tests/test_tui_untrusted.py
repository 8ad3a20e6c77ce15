"""The reader faced with untrusted text and a damaged library file.

The command palette and notifications show page text as its characters; undecodable text in the
library gives one notice while the reader keeps running.

A page chooses its own site name (`og:site_name`), and the palette offers "Filter by source: …"
for each. Were the name read as markup, `[@click=…]` would run an action when clicked (write a
screenshot where the page says, quit), and a broken `[link=…]` would break the palette's search.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.command import CommandList

from govreader.library import Library, import_paths
from govreader.tui.app import GovReaderApp
from tests.hostile import PROSE

SOURCES = (
    "[@click=app.screenshot('pwned.svg','{folder}')]SHOTME[/]",
    "[@click=app.quit]QUITME[/]",
    "[link=file:///etc/passwd]LINKME[/link]",
    "[bold]BOLDME",
)


def _page(source: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>구로구 청년 일자리 사업</title>"
        f"<meta property='og:site_name' content=\"{source}\"></head><body><article>"
        f"<h1>구로구 청년 일자리 사업</h1><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )


async def _palette(library: Library, folder: Path, sources: list[str]) -> None:
    app = GovReaderApp(library, export_dir=folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"source")
        await pilot.pause(0.5)
        shown = app.screen.query_one(CommandList)
        prompts = [shown.get_option_at_index(i).prompt for i in range(shown.option_count)]
        plain = "\n".join(getattr(prompt, "plain", str(prompt)) for prompt in prompts)
        for source in sources:
            assert f"Filter by source: {source}" in plain, plain
        for prompt in prompts:  # no span of page text carries an action or a link
            spans = getattr(prompt, "spans", [])
            assert all("@click" not in str(span.style) for span in spans), prompt
            assert all("link" not in str(span.style) for span in spans), prompt
        await pilot.press("escape")
        for index, source in enumerate(sources):  # choosing one filters by it, as written
            await pilot.press("ctrl+p", *source[-7:-1].lower())
            await pilot.pause(0.5)
            await pilot.press("enter")
            await pilot.pause()
            assert app.is_running, f"choosing source {index} ended the app"
            assert app.main_screen.article_list.query_.source == source
        await pilot.click(offset=(30, 5))
        await pilot.pause()
        assert app.is_running
    assert not list(folder.glob("*.svg")), "a page chose where to write a screenshot"


@pytest.mark.slow
def test_palette_shows_a_markup_site_name_as_written(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shots = tmp_path / "shots"
    shots.mkdir()
    sources = [source.format(folder=shots) for source in SOURCES]
    for index, source in enumerate(sources):
        (pages / f"page{index}.html").write_text(_page(source), encoding="utf-8")
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [pages], jobs=1).imported == len(sources)
        assert sorted(library.source_tally()[0]) == sorted(sources)
        asyncio.run(_palette(library, tmp_path, sources))


async def _notices(library: Library, folder: Path) -> None:
    app = GovReaderApp(library, export_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        app.notify("[@click=app.quit]끝[/]", title="[bold]제목", markup=True)
        await pilot.pause()
        assert app.main_screen.status_bar.right == "[bold]제목: [@click=app.quit]끝[/]"
        assert "[bold]제목: [@click=app.quit]끝[/]" in app.main_screen.status_bar.render().plain
        app.main_screen.reader.notify(
            "[link=file:///etc/passwd]링크[/link]"
        )  # a widget's, markup by default
        await pilot.pause()
        assert "[link=file:///etc/passwd]링크[/link]" in app.main_screen.status_bar.render().plain
        assert not app._notifications  # messages go to the status line, never to a toast
        await app.run_action("app.messages")  # and the palette lists them again, as written
        await pilot.pause()
        shown = app.screen.query_one("#help-text").render()
        assert "[link=file:///etc/passwd]링크[/link]" in str(shown)


def test_no_notification_is_read_as_markup(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library") as library:
        asyncio.run(_notices(library, tmp_path))


async def _damaged_reader(library: Library, folder: Path) -> None:
    app = GovReaderApp(library, export_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.is_running
        for key in ("G", "g", "j", "enter", "x"):
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running, key
        notes = [message for _, message in app.messages]
        assert any("damaged" in note and "Could not decode" in note for note in notes), notes


def test_the_reader_keeps_running_on_a_damaged_library(tmp_path: Path) -> None:
    """Undecodable text in a row: one notice, and the reader goes on with what it can read."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for index in range(3):
        (pages / f"page{index}.html").write_text(_page(f"가나일보{index}"), encoding="utf-8")
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [pages], jobs=1).imported == 3
        library._conn.execute("UPDATE articles SET title = CAST(x'c3c3ff' AS TEXT) WHERE id = 2")
        asyncio.run(_damaged_reader(library, tmp_path))


async def _one_line(library: Library, folder: Path) -> None:
    app = GovReaderApp(library, export_dir=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        app.notify("Opened 기사\n둘째 줄.html with firefox")
        await pilot.pause()
        shown = app.main_screen.status_bar.render().plain
        assert "Opened 기사\\n둘째 줄.html with firefox" in shown, shown
        assert "\n" not in shown


def test_a_notification_naming_a_file_is_one_line(tmp_path: Path) -> None:
    """A file name may hold a line break: the status line is one line, and the message after
    the break would be lost (and the line's layout with it), so the break shows as `\\n`."""
    with Library.open(tmp_path / "library") as library:
        asyncio.run(_one_line(library, tmp_path))
