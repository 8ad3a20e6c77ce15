"""The hostile page of `tests.hostile` in the other shapes pages are saved in: a web archive whose
escapes are quoted-printable (`=1B[31m`) or base64, and an EUC-KR page; and Textual's own markup
(`[$accent]`, `[@click=screen.dismiss]`, `$text`) beside Rich's. `govreader clean` and `facts`
print none of the controls and every piece of markup as written, and the reader shows them so."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from govreader.library import Library, import_paths
from govreader.tui.app import GovReaderApp
from tests.hostile import PROSE, evil_html, run_cli, unsafe_characters
from tests.test_ingest import mhtml

pytestmark = pytest.mark.slow

TEXTUAL = "[$accent]변수[/] [@click=screen.dismiss]닫기[/] $text {style} \\[esc]"


def _page(charset: str) -> str:
    """The hostile page, declaring `charset`, with Textual's markup in its title and body."""
    page = evil_html().replace("charset='utf-8'", f"charset='{charset}'")
    page = page.replace("</title>", f" {TEXTUAL}</title>")
    return page.replace("</article>", f"<p>{PROSE}{TEXTUAL}</p></article>")


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "qp.mhtml").write_bytes(mhtml(_page("utf-8"), "utf-8", "quoted-printable"))
    in_euc_kr = _page("euc-kr").encode("cp949", "replace").decode("cp949")  # C1 controls: `?`
    (folder / "b64.mhtml").write_bytes(mhtml(in_euc_kr, "euc-kr", "base64"))
    (folder / "euckr.html").write_bytes(_page("euc-kr").encode("cp949", "replace"))
    return folder


def test_clean_and_facts_print_no_control_in_any_format(pages: Path) -> None:
    for args in (["clean", "."], ["facts", "--format", "json", "."]):
        run = run_cli(args, cwd=pages)
        out = run.stdout.decode("utf-8")
        assert run.status == 0 and b"Traceback" not in run.stderr, run.err_lines
        assert unsafe_characters(out) == [], args
        for written in ("[@click=app.quit]끝[/]", "[$accent]변수[/]", "$text {style}"):
            assert written in out, (args, written)
        if "json" in args:
            assert len(json.loads(out)) == 3


async def _reader(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(160, 50)) as pilot:
        for _ in range(3):
            await pilot.press("enter")
            await pilot.pause()
            shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
            assert unsafe_characters(shown) == []
            assert "[@click=screen.dismiss]닫기[/]" in shown and "$text {style}" in shown
            await pilot.click(offset=(90, 3))  # on the title's markup: nothing runs
            await pilot.press("escape", "j")
            assert app.is_running and app.screen is app.main_screen


def test_the_reader_shows_textual_markup_as_written(pages: Path, tmp_path: Path) -> None:
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [pages], jobs=1).imported == 3
        asyncio.run(_reader(library))
