"""Page text is drawn as wide as it is counted. Rich counts the cells of every screen and aligned
line (the reader, the facts table, `govreader table`, `list`); a terminal draws each character
on its own. Where the two disagree (a zero-width joiner makes Rich count the next character as
none; Hangul tone marks and skin-tone modifiers count none and are drawn two cells wide; a
variation selector makes `▶` two cells for Rich, one for most terminals) the characters are
dropped at import, so a title full of them cannot push a pane's border or a column out of line.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from govreader.cell_widths import MISCOUNTED
from govreader.export import printable_name
from govreader.ingest import load_page
from govreader.library import Library, import_paths
from govreader.tui.app import GovReaderApp
from tests.terminal_twin import TerminalTwin

TERMINAL_CELLS = {
    **{"\u302e": 2, "\u302f": 2, "\U0001f3fb": 2, "\U0001f3ff": 2},
    **{"\u093f": 1, "\u0940": 1, "\u0bbe": 1, "\u102c": 1, "\u0dcf": 1, "\u17b6": 1},
    **{"\u3248": 2, "\u324f": 2, "\u2630": 1, "\u2637": 1, "\U0001d306": 1},
}
"""What glibc's wcwidth (tmux, VTE, xterm with its table) draws where Rich counts otherwise: the
Hangul tone marks, skin tones, spacing vowel signs (Devanagari, Tamil, Myanmar, Sinhala, Khmer),
circled numbers on black squares, trigrams and tetragrams."""


def _drawn(text: str) -> int:
    """The cells a terminal that draws each character on its own gives `text`."""
    return sum(TERMINAL_CELLS.get(character, cell_len(character)) for character in text)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("청\u200d년\u200d일\u200d자\u200d리", "청년일자리"),
        ("훈\u302e민\u302f정\u302e음", "훈민정음"),
        ("👍\U0001f3fb 잘했어요", "👍 잘했어요"),
        ("▶\ufe0f 문의 ☎\ufe0f 02", "▶ 문의 ☎ 02"),
        ("👨\u200d👩\u200d👧 가족", "👨👩👧 가족"),
        ("1\ufe0f\u20e3 첫째", "1\u20e3 첫째"),
        ("가\ufe0e나", "가나"),
        ("नेपाली भाषा सूचना", "नेपल भष सूचन"),  # ा ी dropped, े ू (nonspacing) kept
        ("தமிழ் அறிவிப்பு", "தமழ் அறவப்ப"),
        ("㉈ 제10회 ㉏", "10 제10회 80"),
        ("☰☷ 태극 𝌆", " 태극 "),
    ],
)
def test_a_character_counted_otherwise_than_drawn_is_dropped(
    tmp_path: Path, written: str, read: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"{written}\n\n본문입니다.", "utf-8")
    line = load_page(page).text.splitlines()[0]
    assert line == read
    assert cell_len(line) == _drawn(line)


def test_a_title_of_joined_syllables_does_not_overdraw_the_panes(tmp_path: Path) -> None:
    """Forty syllables each after a joiner: Rich counted the title 2 cells, a terminal drew 80,
    so the list's row and the reader's title ran over the borders and the pane beside them."""
    joined = "\u200d".join("해오름시청년일자리목표달성" * 3) + "\u302e\u302f" * 10
    pages = tmp_path / "pages"
    pages.mkdir()
    body = "해오름시는 올해 청년 일자리 500개를 만들겠다고 밝혔다. " * 3
    (pages / "joined.html").write_text(
        f"<html><head><title>{joined}</title></head><body><h1>{joined}</h1>"
        f"<p>{body}</p><p>{joined} {body}</p></body></html>",
        "utf-8",
    )
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [pages], jobs=1).imported == 1

        async def go() -> None:
            app = GovReaderApp(library)
            twin = TerminalTwin(80, 24)
            twin.watch(app)
            async with app.run_test(size=(80, 24)) as pilot:
                for key in ("enter", "f", "f", "v", "escape"):
                    await pilot.press(key)
                    await app.workers.wait_for_complete()
                    await pilot.pause()
                    assert twin.differences() == [], key

        asyncio.run(go())


def test_titles_of_every_width_mismatch_keep_each_row_within_the_screen(tmp_path: Path) -> None:
    """Titles and bodies in Nepali, Tamil, with `㉈` and trigrams: every row the reader composes
    is drawn exactly as wide as the screen (a vowel sign Rich counted none pushed the border one
    cell to the right for each), in the list, the article and the facts table."""
    pages = tmp_path / "pages"
    pages.mkdir()
    titles = [
        "नेपाली कामदारका लागि सूचना " * 3,
        "தமிழ் தொழிலாளர்களுக்கான அறிவிப்பு " * 2,
        "㉈㉉㉊㉋㉌㉍㉎㉏ 주년 기념 " * 3,
        "☰☱☲☳☴☵☶☷ 태극기 𝌆𝌇𝌈 " * 3,
    ]
    for number, title in enumerate(titles):
        body = f"{title} 해오름시는 올해 청년 일자리 500개를 만들겠다고 밝혔다. " * 3
        (pages / f"{number}.html").write_text(
            f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f"<p>{body}</p><p>{body}</p></body></html>",
            "utf-8",
        )
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [pages], jobs=1).imported == len(titles)

        async def go() -> None:
            app = GovReaderApp(library)
            async with app.run_test(size=(80, 24)) as pilot:
                for key in ("down", "enter", "down", "enter", "f", "v", "escape"):
                    await pilot.press(key)
                    await app.workers.wait_for_complete()
                    await pilot.pause()
                    rows = [strip.text for strip in app.screen._compositor.render_strips()]
                    assert [_drawn(row) for row in rows] == [80] * len(rows), key

        asyncio.run(go())


def test_a_file_name_shows_each_such_character_as_its_escape() -> None:
    """File names are not page text (nothing drops from them): they are shown with escapes."""
    dropped = re.compile(f"[{MISCOUNTED}]")
    for character in dropped.findall("".join(map(chr, range(0xD800)))) + dropped.findall(
        "".join(map(chr, range(0xE000, 0x110000)))
    ):
        assert printable_name(f"a{character}.html") == f"a{ascii(character)[1:-1]}.html"
