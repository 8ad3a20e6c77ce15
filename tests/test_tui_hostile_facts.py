"""Markup inside facts reaches the facts table view (`v`) and the export messages as the
characters it is: a program's name, a site name and an article title holding `[@click=app.quit]`
are cells and file names, never actions, and clicking on them keeps the reader running
(`tests/test_tui_hostile.py` covers the list, the article, the raw page, the source chooser, the
status line and find; `tests/test_tui_untrusted.py` the palette and notifications).
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from govreader.library import Library, import_paths
from govreader.tui.app import GovReaderApp
from govreader.tui.screens.facts_view import FactsView
from tests.hostile import unsafe_characters

pytestmark = pytest.mark.slow

QUIT = "[@click=app.quit]"
PROGRAM = f"{QUIT}청년도약[/] 지원사업"
TITLE = f"해오름구 {QUIT}청년[/] [bold]사업"
SOURCE = f"[bold]가나[/bold]{QUIT}일보"
BODY = (
    f"<p>해오름구는 올해 ‘{PROGRAM}’을 추진해 일자리 1만4,000개를 창출할 계획이라고 밝혔다. "
    "지원 대상은 만 18세 이상 34세 이하 [link=https://evil.example/]청년[/link]이며 예산 65억 원을 "
    "투입한다.</p>"
    f"<p>해오름구는 고용노동부가 주관한 {QUIT}일자리대상[/]에서 우수상을 수상했다고 밝혔다.</p>"
)


def _page() -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title>"
        f"<meta property='og:site_name' content='{SOURCE}'></head><body><article>"
        f"<h1>{TITLE}</h1>{BODY}{BODY}</article></body></html>"
    )


def _screen_text(app: GovReaderApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def _table(library: Library, folder: Path) -> None:
    app = GovReaderApp(library, export_dir=folder)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("e")  # the article's export: its file name is made of the title
        await pilot.pause()
        said = app.main_screen.status_bar.right
        assert said.startswith("Wrote ") and f"{QUIT}청년[ ] [bold]사업" in said, (
            said
        )  # `/` cannot be in a name
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen
        assert isinstance(view, FactsView)
        for key, written in (("1", SOURCE), ("2", PROGRAM)):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown = _screen_text(app)
            assert written in shown, (key, written)
            assert unsafe_characters(shown) == []
            for y in range(3, 12):  # click across the rows and the cells holding the markup
                for x in (5, 30, 60, 100):
                    await pilot.click(offset=(x, y))
                    await pilot.pause()
                    assert app.is_running, (key, x, y)
            if not isinstance(app.screen, FactsView):  # a click opened the article: back
                await pilot.press("v")
                await app.workers.wait_for_complete()
                await pilot.pause()
        await pilot.press("F", "s")  # grouped by the first column, sorted
        await pilot.pause()
        assert app.is_running and "청년도약[/] 지원사업" in _screen_text(app)
        await pilot.press("escape", "E")  # the table's export, named by the kind
        await pilot.pause()
        assert app.is_running
        assert app.messages[-1][1].startswith("Wrote "), app.messages[-1]
    assert app.return_code in (None, 0)
    written = sorted(os.listdir(folder))
    assert any(f"{QUIT}청년[ ] [bold]사업" in name for name in written), written


def test_facts_table_and_exports_show_markup_as_written(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "page.html").write_text(_page(), encoding="utf-8")
    exports = tmp_path / "exports"
    exports.mkdir()
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [pages], jobs=1).imported == 1
        asyncio.run(_table(library, exports))
