"""No style, link or action on screen comes from a page: a walk through every screen looks at each
drawn cell's style, not only at its characters.

The other hostile TUI tests check that markup shows as the characters it is. A hole could still
let a page style, link or bind a cell while its words stay in sight (a title set as a border title
is read as markup, and `[#123456]` leaves nothing visible behind). So the page's title, site name,
byline, body and file name carry markup whose effects are unmistakable (a colour and a background
no theme uses, a link to `evil.example`, a click bound to an action named `pwnmark`, blink), and
every cell of every screen is checked for them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.app import App

from govreader.library import Library, import_paths
from govreader.tui.app import GovReaderApp
from tests.hostile import PROSE, unsafe_characters

pytestmark = pytest.mark.slow

COLOUR = "#123456"
BACKGROUND = "#654321"
PAYLOAD = (
    f"[{COLOUR}]색[/] [on {BACKGROUND}]배경[/] [bold red]굵게[/bold red] [/] "
    "[@click=app.pwnmark]클릭[/] [link=https://evil.example/]링크[/link] "
    '[link="https://evil.example/"]링크2[/link] [$accent]변수[/] $accent :pile_of_poo: '
    "\\[esc] [blink]깜빡[/] \x1b[31mRED\x1b[0m \x1b]8;;https://evil.example/\x1b\\ln\x1b]8;;\x1b\\"
)
FILE_NAME = f"[bold]이름 [@click=app.pwnmark]x [{COLOUR}]c[on {BACKGROUND}]d $accent \x1b[31m.html"


def _page() -> str:
    body = (
        f"<p>해오름구는 올해 ‘{PAYLOAD} 청년도약 지원사업’을 추진해 일자리 1만4,000개를 창출할 "
        f"계획이라고 밝혔다. 지원 대상은 만 18세 이상 34세 이하 {PAYLOAD} 청년이며 예산 65억 원을 "
        f"투입한다.</p><p>해오름구는 고용노동부가 주관한 {PAYLOAD}일자리대상에서 우수상을 "
        f"수상했다고 밝혔다.</p><p>{PROSE}</p><p>홍길동 기자 {PAYLOAD}</p>"
    )
    return (
        f"<html><head><meta charset='utf-8'><title>해오름구 {PAYLOAD} 청년 사업</title>"
        f"<meta property='og:site_name' content='가나일보 {PAYLOAD}'>"
        f"<meta name='author' content='홍길동 기자 {PAYLOAD}'></head><body><article>"
        f"<h1>해오름구 {PAYLOAD} 청년 사업</h1>{body}{body}</article></body></html>"
    )


def _from_the_page(app: App[object], where: str) -> list[str]:
    """Each drawn cell styled, linked or bound by the page's markup, and any control shown."""
    found = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        found += [f"{where}, line {y}: controls {bad}" for bad in [unsafe_characters(strip.text)]]
        found += [f"{where}, line {y}: an emoji" for _ in range("💩" in strip.text)]
        for segment in strip:
            style = segment.style
            if style is None:
                continue
            colours = {
                colour.triplet.hex.lower()
                for colour in (style.color, style.bgcolor)
                if colour is not None and colour.triplet is not None
            }
            marks = [
                *(["a colour"] if colours & {COLOUR, BACKGROUND} else []),
                *(["a link"] if style.link and "evil" in style.link else []),
                *(["an action"] if "pwnmark" in str(style.meta) else []),
                *(["blink"] if style.blink else []),
            ]
            if marks:
                found.append(f"{where}, line {y}: {marks} on {segment.text!r}")
    return [line for line in found if not line.endswith("controls []")]


async def _walk(library: Library, folder: Path) -> tuple[list[str], set[str]]:
    app = GovReaderApp(library, export_dir=folder)
    found: list[str] = []
    screens: set[str] = set()
    async with app.run_test(size=(160, 45)) as pilot:

        async def step(where: str, *keys: str) -> None:
            await pilot.press(*keys)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.is_running, where
            screens.add(type(app.screen).__name__)
            found.extend(_from_the_page(app, where))

        await step("the list")
        await step("the article", "enter")
        await step("the facts pane", "f", "tab", "down", "enter")
        await step("the raw page", "r")
        await step("the clean article", "r")
        await step("find", "slash", *"청년", "enter", "n")
        await step("exports", "e", "E")
        await step("copy the path", "y")
        await step("open the original", "o")
        await step("the list again", "escape")
        await step("the remove question", "d")
        await step("kept", "n")
        await step("the source chooser", "S", *"가나")
        await step("filtered by source", "down", "enter")
        await step("the kind chooser", "F")
        await step("no kind chosen", "escape", "x")
        await step("filter by markup", "slash", *"[/]", "enter")
        await step("unfiltered", "escape", "x")
        await step("help", "question_mark")
        await step("the palette", "escape", "ctrl+p", *"가나")
        await step("the palette searched", *["backspace"] * 2, *"해오름")
        await step("the recent messages", *["backspace"] * 3, *"recent", "enter")
        await step("the facts table", "escape", "v")
        for kind in range(5):
            await step(f"kind {kind} sorted", "tab", "s")
            await step(f"kind {kind} grouped", "F")
            await step(f"kind {kind} group opened", "enter")
            await step(f"kind {kind} back", "escape")
        await step("the table exported", "e", "E")
        for x, y in ((5, 3), (40, 10), (100, 20), (60, 30)):
            await pilot.click(offset=(x, y))
            await step(f"a click at {x},{y}")
    return found, screens


def test_no_cell_on_any_screen_is_styled_by_the_page(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / FILE_NAME).write_text(_page(), encoding="utf-8")
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [pages], jobs=1).imported == 1
        found, screens = asyncio.run(_walk(library, tmp_path))
    assert found == []
    assert {"MainScreen", "ChoiceScreen", "ConfirmScreen", "HelpScreen", "FactsView"} <= screens


def test_the_check_sees_markup_that_a_widget_reads_as_markup() -> None:
    """The check itself: the same markup given to a widget as markup is caught, each kind."""
    from textual.widgets import Static

    shown = PAYLOAD.replace(" [/] ", " ").replace("[link=https://evil.example/]링크[/link] ", "")

    class Marked(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Static(shown.split("\x1b")[0])

    async def run() -> list[str]:
        app = Marked()
        async with app.run_test() as pilot:
            await pilot.pause()
            return _from_the_page(app, "marked")

    found = " ".join(asyncio.run(run()))
    for mark in ("a colour", "a link", "an action", "blink"):
        assert mark in found
