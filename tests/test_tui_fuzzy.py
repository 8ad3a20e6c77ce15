"""The palette's fuzzy matching stays linear in a command's length: a site names itself at any
length and in any letters, and "Filter by source: NAME" is matched as the user types."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from textual.command import CommandList

from govreader.library import Library, import_paths
from govreader.tui.app import GovReaderApp
from govreader.tui.fuzzy import fuzzy_match
from tests.hostile import LIMIT_S, PROSE

HOSTILE = "가나" * 300  # 600 syllables: `가가가가가` can fall in it some 2e10 ways


@pytest.mark.parametrize(
    ("query", "title", "offsets"),
    [
        ("source", "Filter by source: 가나일보", list(range(10, 16))),  # whole: as typed
        ("fbs", "Filter by source: 가나일보", [0, 7, 10]),
        ("가일", "Filter by source: 가나일보", [18, 20]),
        ("THEME", "Next theme", [5, 6, 7, 8, 9]),  # any case
        ("ab", "a x a b", [4, 6]),  # drawn together from where the letters end
        ("zz", "Filter by source", []),
    ],
)
def test_the_letters_typed_are_found_in_order(query: str, title: str, offsets: list[int]) -> None:
    score, found = fuzzy_match(query, title)
    assert found == offsets and (score > 0) == bool(offsets)


def test_a_title_holding_the_words_ranks_above_one_holding_their_letters() -> None:
    whole, _ = fuzzy_match("source", "Filter by source: 가나일보")
    spread, _ = fuzzy_match("source", "Show or hide the unread cards etc")
    assert whole > spread > 0


def test_a_long_repetitive_site_name_is_matched_at_once() -> None:
    started = time.process_time()
    score, offsets = fuzzy_match("가가가가가", f"Filter by source: {HOSTILE}")
    assert time.process_time() - started < LIMIT_S
    assert score > 0 and len(offsets) == 5


async def _palette(library: Library) -> None:
    app = GovReaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"가가가가")
        await pilot.pause(0.5)
        commands = app.screen.query_one(CommandList)
        prompts = [
            str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
        ]
        assert any(prompt.startswith("Filter by source: 가나가나") for prompt in prompts), prompts


def test_typing_in_the_palette_against_a_long_site_name_keeps_the_reader_responsive(
    tmp_path: Path,
) -> None:
    """Textual's matcher tried every placement of the letters: the palette froze the reader."""
    page = tmp_path / "pages" / "page.html"
    page.parent.mkdir()
    page.write_text(
        f"<html><head><meta charset='utf-8'><meta property='og:site_name' content='{HOSTILE}'>"
        f"<title>해오름구 청년 사업</title></head><body><article><h1>해오름구 청년 사업</h1>"
        f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>",
        encoding="utf-8",
    )
    with Library.open(tmp_path / "library") as library:
        assert import_paths(library, [page.parent], jobs=1).imported == 1
        started = time.process_time()
        asyncio.run(_palette(library))
        assert time.process_time() - started < LIMIT_S
