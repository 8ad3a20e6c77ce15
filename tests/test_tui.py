"""Pilot tests of the reader: what the user sees and what the library stores after each key.

The articles are imported through the library's importer, with the page reader replaced by one
that returns articles whose facts are given here, so these tests exercise the TUI and not the
quality of the extractor (tested on its own elsewhere).
"""

from __future__ import annotations

import asyncio
import csv
import functools
import io
import itertools
import json
import re
import sys
import threading
import types
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from rich.cells import cell_len
from textual.containers import VerticalScroll

from govreader.export import export_name
from govreader.library import Library, LibraryError, ListQuery, import_paths
from govreader.model import Article, Fact, FactKind
from govreader.tui.app import GovReaderApp
from govreader.tui.screens.help import HelpScreen
from govreader.tui.widgets.article_list import ArticleList
from govreader.tui.widgets.key_bar import KeyBar
from govreader.tui.widgets.reader import READING_CELLS

FILLER = (
    "구는 지역 내 일자리 창출과 구민의 취업률 제고를 위해 각종 채용 박람회와 맞춤형 "
    "직업능력개발훈련을 운영하고, 창업지원센터를 통해 창업을 돕는 등 다양한 정책을 펼쳐왔다."
)


@dataclass
class Spec:
    title: str
    published: str
    paragraphs: list[str]
    facts: list[tuple[FactKind, str, dict[str, Any]]] = field(default_factory=list)
    source: str | None = None
    reporter: str | None = None


SPECS: dict[str, Spec] = {
    "award.txt": Spec(
        title="가나구, ‘일자리대상’ 우수상 수상…13년 연속 [bold]수상[/bold]",
        published="2024-07-21T12:17:36",
        source="가나일보",
        reporter="홍길동",
        paragraphs=[
            "[여성종합뉴스/이경문기자] 가나구가 ‘2024년 일자리대상’에서 우수상을 수상했다.",
            *([FILLER] * 6),
            "지난해 목표치인 1만3,500개보다 많은 2만2,023개의 일자리를 창출했다.",
            "▲청년이룸 운영 ▲마을버스 운전기사 양성과정 ▲중장년 재취업 프로젝트 등을 펼쳤다.",
            *([FILLER] * 6),
            "만 18세 이상 34세 이하 청년에게 65억 원을 지원한다.",
            "구청장은 “청년이 머무는 도시를 만들겠다”고 말했다.",
        ],
        facts=[
            (
                FactKind.AWARD,
                "‘2024년 일자리대상’에서 우수상",
                {"name": "2024년 일자리대상", "prize": "우수상", "year": 2024},
            ),
            (
                FactKind.TARGET,
                "목표치인 1만3,500개",
                {"value": 13500, "unit": "개", "type": "goal"},
            ),
            (
                FactKind.TARGET,
                "2만2,023개의 일자리를 창출",
                {"value": 22023, "unit": "개", "type": "result", "label": "일자리 창출"},
            ),
            (FactKind.PROGRAM, "청년이룸 운영", {"name": "청년이룸 운영"}),
            (
                FactKind.PROGRAM,
                "마을버스 운전기사 양성과정",
                {"name": "마을버스 운전기사 양성과정"},
            ),
            (FactKind.PROGRAM, "중장년 재취업 프로젝트", {"name": "중장년 재취업 프로젝트"}),
            (FactKind.AUDIENCE, "만 18세 이상 34세 이하 청년", {"age_min": 18, "age_max": 34}),
            (FactKind.AMOUNT, "65억 원", {"value": 6500000000, "unit": "원"}),
            (FactKind.QUOTE, "“청년이 머무는 도시를 만들겠다”", {"speaker": "구청장"}),
        ],
    ),
    "plain.txt": Spec(
        title="다라구, 평생학습 강좌 연다",
        published="2023-03-02",
        source="다라신문",
        paragraphs=["다라구가 하반기 평생학습 강좌를 연다.", "청년 강좌도 새로 열린다."],
        facts=[(FactKind.PROGRAM, "평생학습 강좌", {"name": "평생학습 강좌"})],
    ),
    "older.txt": Spec(
        title="마바구 소식",
        published="2021-01-05",
        paragraphs=["마바구가 주민 의견을 듣는다."],
    ),
}


def fake_read_page(
    path: Path, data: bytes | None = None, problems: list[str] | None = None
) -> Article:
    """The article a test page stands for: its text, and facts located by their phrases."""
    spec = SPECS[Path(path).name]
    text = "\n\n".join(spec.paragraphs)
    facts = []
    for kind, phrase, fields in spec.facts:
        start = text.index(phrase)
        facts.append(Fact(kind, start, start + len(phrase), phrase, fields))
    return Article(
        text=text,
        title=spec.title,
        published=spec.published,
        source=spec.source,
        reporter=spec.reporter,
        path=str(path),
        facts=tuple(facts),
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, spec in SPECS.items():
        (folder / name).write_text(spec.title + "\n\n" + "\n\n".join(spec.paragraphs), "utf-8")
    return folder


class _FakeVersions(NamedTuple):
    cleaning: str
    facts: str


@pytest.fixture
def fake_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages are read by `fake_read_page`, in this process."""
    reading = types.ModuleType("govreader.reading")
    reading.read_page = fake_read_page  # type: ignore[attr-defined]
    reading.read_facts = lambda article, problems=None: article  # type: ignore[attr-defined]
    reading.reader_versions = lambda: _FakeVersions("fake", "fake")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "govreader.reading", reading)


@pytest.fixture
def library(tmp_path: Path, pages: Path, fake_reading: None) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library")
    summary = import_paths(lib, [pages], jobs=1)
    assert summary.imported == len(SPECS), summary.failed
    yield lib
    lib.close()


def make_app(library: Library, tmp_path: Path) -> tuple[GovReaderApp, list[tuple[str, str]]]:
    """The app, and a list that collects its notifications as (severity, message)."""
    app = GovReaderApp(library, export_dir=tmp_path)
    notes: list[tuple[str, str]] = []
    original = app.notify

    def notify(message: str, **kwargs: Any) -> None:
        notes.append((kwargs.get("severity", "information"), message))
        original(message, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return app, notes


@asynccontextmanager
async def running_with(
    tmp_path: Path, name: str, spec: Spec
) -> AsyncIterator[tuple[GovReaderApp, Any, Library]]:
    """The app at 80×24 (with its pilot and library) over the test pages and one more, `spec`
    saved as `name`: for a page whose title or site no other test page should carry."""
    SPECS[name] = spec
    try:
        folder = tmp_path / "pages"
        folder.mkdir()
        for page, written in SPECS.items():
            text = written.title + "\n\n" + "\n\n".join(written.paragraphs)
            (folder / page).write_text(text, "utf-8")
        with Library.open(tmp_path / "library") as library:
            assert import_paths(library, [folder], jobs=1).imported == len(SPECS)
            app, _ = make_app(library, tmp_path)
            async with app.run_test(size=(80, 24)) as pilot:
                yield app, pilot, library
    finally:
        del SPECS[name]


def synchronously(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test with asyncio.run (no async pytest plugin is needed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def status(app: GovReaderApp) -> str:
    return app.main_screen.status_bar.right


def list_status(app: GovReaderApp) -> str:
    return app.main_screen.status_bar.left


def id_of(library: Library, title_start: str) -> int:
    return next(r.id for r in library.rows(ListQuery(), 0, 100) if r.title.startswith(title_start))


@synchronously
async def test_first_paint_lists_newest_first_and_shows_the_first_article(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        listing = app.main_screen.article_list
        assert listing.total == 3
        assert [listing.row(i).title[:3] for i in range(3)] == ["가나구", "다라구", "마바구"]
        shown = app.main_screen.reader.visible_text()
        assert shown.splitlines()[0].startswith("가나구, ‘일자리대상’")
        # page text is data: bracketed words and markup-like tags show literally
        assert "[bold]수상[/bold]" in shown
        assert "[여성종합뉴스/이경문기자]" in shown
        assert "가나일보 · 홍길동 · 2024-07-21 12:17" in shown
        assert list_status(app).startswith("1/3")
        # shown at start is a preview: unread until the user opens it
        first = id_of(library, "가나구")
        assert not library.article(first).read
        await pilot.press("enter")
        assert library.article(first).read and app.focused is app.main_screen.reader


@synchronously
async def test_moving_into_the_preview_marks_it_read(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    first = id_of(library, "가나구")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "k")
        assert not library.article(first).read
        await pilot.press("tab")
        assert app.focused is app.main_screen.reader
        assert library.article(first).read and app.main_screen.article_list.row(0).read

    app, _ = make_app(library, tmp_path)
    library.set_read(first, False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("u", "u", "tab")  # read, then unread by hand: that choice stands
        assert app.focused is app.main_screen.reader and not library.article(first).read


@synchronously
async def test_opening_on_given_articles_filters_until_x(library: Library, tmp_path: Path) -> None:
    chosen = [id_of(library, "마바구"), id_of(library, "다라구")]
    app = GovReaderApp(library, export_dir=tmp_path, only=chosen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.main_screen.article_list
        assert listing.total == 2
        assert [listing.row(i).id for i in range(2)] == chosen[::-1]  # newest first
        assert app.main_screen.stored is not None and app.main_screen.stored.id == chosen[1]
        assert library.article(chosen[1]).read  # named on the command line: opened
        assert list_status(app).startswith("1/2 of 3")
        assert "just imported" in list_status(app) and "x shows all" in list_status(app)
        await pilot.press("x")
        assert listing.total == 3
        assert listing.row(listing.cursor).id == chosen[1]  # still on the open article
        assert list_status(app) == f"{listing.cursor + 1}/3"


@synchronously
async def test_empty_filter_result_says_so_in_the_list(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"없는낱말", "enter")
        await pilot.pause(0.4)
        assert app.main_screen.article_list.total == 0
        listing = app.main_screen.article_list
        first_line, second_line = ("".join(s.text for s in listing.render_line(y)) for y in (0, 1))
        assert first_line.rstrip() == "No article matches “없는낱말”."
        assert second_line.rstrip() == "Press x to show all."
        await pilot.press("x", "B")
        assert app.main_screen.article_list.total == 0
        first_line = "".join(s.text for s in app.main_screen.article_list.render_line(0))
        assert "No article matches bookmarked" in first_line


@synchronously
async def test_escape_at_a_narrow_width_brings_the_list_back(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "f")
        await pilot.pause()
        assert (
            not app.main_screen.article_list.display
            or app.main_screen.article_list.region.height == 0
        )
        keys = app.query_one(KeyBar)._text.plain
        assert "esc List" in keys
        await pilot.press("escape")
        await pilot.pause()
        assert (
            app.focused is app.main_screen.article_list
            and app.main_screen.article_list.region.height > 0
        )
        assert app.main_screen.facts_pane is not None and not app.main_screen.facts_pane.display


@synchronously
async def test_opening_marks_read_and_u_b_toggle_read_and_bookmark(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    plain = id_of(library, "다라구")
    assert not library.article(plain).read
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("down", "enter")
        assert app.main_screen.stored is not None and app.main_screen.stored.id == plain
        assert library.article(plain).read
        assert app.main_screen.article_list.row(1).read
        await pilot.press("u")
        assert not library.article(plain).read
        assert status(app) == "marked unread"
        await pilot.press("b")
        assert library.article(plain).bookmarked
        assert app.main_screen.article_list.row(1).bookmarked


@synchronously
async def test_jump_keys_land_on_each_kind_and_say_where(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.main_screen.reader
        facts = reader.document.facts
        await pilot.press("a")
        assert status(app) == "award 1/1"
        assert facts[reader.current_fact].kind is FactKind.AWARD
        await pilot.press("p", "p", "p")
        assert status(app) == "program 3/3"
        assert facts[reader.current_fact].text == "중장년 재취업 프로젝트"
        await pilot.press("P")
        assert status(app) == "program 2/3"
        await pilot.press("m")
        assert status(app) == "amount 1/1"
        await pilot.press("quotation_mark")
        assert status(app) == "quote 1/1"
        await pilot.press("w")
        assert status(app) == "audience 1/1"
        await pilot.press("t")
        assert status(app) == "target 1/2 (wrapped)"
        await pilot.press("t", "T")
        assert status(app) == "target 1/2"
        # the marked fact is on screen
        start, _ = reader.document.fact_spans[reader.current_fact]
        top = round(reader.scroll_y)
        assert top <= reader.line_of(start) < top + reader.size.height
        await pilot.press("escape", "down", "enter")
        await pilot.press("m")
        assert status(app) == "no amount in this article"


@synchronously
async def test_next_and_previous_fact_walk_every_fact_in_order(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.main_screen.reader
        seen = []
        for _ in reader.document.facts:
            await pilot.press("right_square_bracket")
            seen.append(reader.current_fact)
        assert seen == list(range(len(reader.document.facts)))
        await pilot.press("left_square_bracket")
        assert reader.current_fact == len(seen) - 2


@synchronously
async def test_a_jump_scrolls_a_far_fact_into_view(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.main_screen.reader
        quote = next(i for i, f in enumerate(reader.document.facts) if f.kind is FactKind.QUOTE)
        line = reader.line_of(reader.document.fact_spans[quote][0])
        assert line >= reader.size.height  # not visible before the jump
        await pilot.press("quotation_mark")
        top = round(reader.scroll_y)
        assert top <= line < top + reader.size.height
        assert "청년이 머무는 도시를" in reader.visible_text()


@synchronously
async def test_facts_pane_shows_normalised_values_and_selecting_marks_the_fact(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        assert app.main_screen.facts_pane is None  # made when first shown
        await pilot.press("f")
        pane = app.main_screen.facts_pane
        assert pane is not None and pane.display
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        text = "\n".join(prompts)
        assert "Awards (1)" in text and "Programs (3)" in text
        assert "13,500개 목표" in text
        assert "22,023개 달성 (163%)" in text
        assert "65억 원" in text
        assert "18–34세" in text
        assert "2024년 일자리대상 · 우수상 · 2024" in text
        pane.focus()
        amount = next(i for i, p in enumerate(prompts) if "65억 원" in p)
        pane.highlighted = amount
        await pilot.press("enter")
        reader = app.main_screen.reader
        assert reader.document.facts[reader.current_fact].kind is FactKind.AMOUNT
        assert status(app) == "amount 1/1"
        await pilot.press("f")
        assert not pane.display


@synchronously
async def test_find_in_article_counts_and_steps_through_matches(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.main_screen.reader.focus()
        await pilot.press("slash", *"청년")
        expected = app.main_screen.reader.document.text.count("청년")
        assert status(app) == f"{expected} matches"
        await pilot.press("enter")
        assert status(app) == f"match 1/{expected}"
        await pilot.press("n")
        assert status(app) == f"match 2/{expected}"
        await pilot.press("N", "N")
        assert status(app) == f"match {expected}/{expected}"
        assert app.focused is app.main_screen.reader


@synchronously
async def test_slash_in_the_list_filters_the_library_live(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash", *"평생")
        await pilot.pause(0.5)
        assert app.main_screen.article_list.total == 1
        assert app.main_screen.article_list.row(0).title.startswith("다라구")
        assert list_status(app).startswith("1/1 of 3")
        await pilot.press("enter")
        assert app.focused is app.main_screen.article_list
        await pilot.press("x")
        assert app.main_screen.article_list.total == 3


@synchronously
async def test_clearing_a_filter_puts_the_cursor_back_on_the_open_article(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        listing = app.main_screen.article_list
        await pilot.press("end", "enter")
        opened = app.main_screen.stored.id if app.main_screen.stored is not None else None
        assert opened == listing.row(2).id
        await pilot.press("escape", "slash", *"평생")
        await pilot.pause(0.5)
        assert listing.cursor == 0  # typing lands on the newest match
        await pilot.press("enter", "x")
        assert listing.total == 3
        assert listing.row(listing.cursor).id == opened
        assert list_status(app) == "3/3"


@synchronously
async def test_kind_unread_and_bookmark_filters(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("F")
        assert app.screen.__class__.__name__ == "ChoiceScreen"
        # the dialog says its own keys: the key bar below it is the reader's
        subtitle = str(app.screen.query_one("#choice-box").border_subtitle)
        assert subtitle == "⏎ Choose  esc Cancel"
        await pilot.press("down", "enter")  # the first kind: award
        assert app.main_screen.article_list.query_.kind is FactKind.AWARD
        assert app.main_screen.article_list.total == 1
        assert "with award" in list_status(app)
        await pilot.press("x", "U")
        assert app.main_screen.article_list.total == 3  # the preview shown at start is still unread
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert (
            app.main_screen.article_list.total == 3
        )  # the unread filter does not reshuffle under you
        await pilot.press("U", "U")
        assert app.main_screen.article_list.total == 2
        await pilot.press("U", "B")
        assert app.main_screen.article_list.total == 0
        assert "bookmarked" in list_status(app)
        await pilot.press("B", "b", "B")
        assert app.main_screen.article_list.total == 1


@synchronously
async def test_a_filter_dialog_moves_with_the_vim_keys_too(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("F", "j", "j", "k", "enter")  # down twice, up once: the first kind
        assert app.main_screen.article_list.query_.kind is FactKind.AWARD
        await pilot.press("F", "G", "enter")
        assert app.main_screen.article_list.query_.kind is FactKind.QUOTE
        await pilot.press("F", "g", "enter")  # the first choice: any article
        assert app.main_screen.article_list.query_.kind is None


@synchronously
async def test_source_filter_from_the_palette_command(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("screen.set_source('다라신문')")
        await pilot.pause()
        assert app.main_screen.article_list.total == 1
        assert "from 다라신문" in list_status(app)


@synchronously
async def test_reading_position_is_remembered_per_article(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.main_screen.reader.focus()
        await pilot.press("pagedown", "pagedown")
        top = app.main_screen.reader.top_offset
        assert top > 0
        await pilot.press("escape", "down", "enter")
        assert app.main_screen.reader.top_offset == 0
        await pilot.press("escape", "up", "enter")
        assert app.main_screen.reader.top_offset == top
        await pilot.press("pagedown")
        last = app.main_screen.reader.top_offset
        assert last > top
    assert library.article(id_of(library, "가나구")).position == last  # kept on quitting


@synchronously
async def test_raw_view_and_a_vanished_page(library: Library, tmp_path: Path) -> None:
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.main_screen.raw and app.main_screen.reader.border_title == "Raw page · .txt"
        assert app.main_screen.reader.visible_text().startswith(SPECS["award.txt"].title)
        await pilot.press("f")  # the facts pane has nothing to point at in the raw page
        assert (
            app.main_screen.facts_pane is not None and app.main_screen.facts_pane.option_count == 1
        )
        await pilot.press("f", "r")
        assert not app.main_screen.raw and app.main_screen.reader.document.facts
        (tmp_path / "pages" / "award.txt").unlink()
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.main_screen.raw
        assert notes[-1][0] == "error" and "raw page" in notes[-1][1]
        await pilot.press("a")  # still running
        assert status(app) == "award 1/1"


@synchronously
async def test_a_fact_the_facts_pane_wraps_goes_on_under_its_words(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("f", "down", "down")
        pane = app.main_screen.facts_pane
        assert pane is not None
        chosen = pane.highlighted

        def drawn() -> list[str]:
            assert pane is not None
            return [
                "".join(segment.text for segment in pane.render_line(y)).rstrip()
                for y in range(pane.virtual_size.height)
            ]

        wide = drawn()
        await pilot.resize_terminal(44, 30)  # stacked, the pane as wide as the screen
        await pilot.pause()
        narrow = drawn()
        assert len(narrow) > len(wide)  # some facts take two lines now
        headings = {line for line in wide if not line.lstrip().startswith("●")}
        bullet = None  # where the bullet of the fact being drawn is
        for line in narrow:
            if line in headings:
                bullet = None
            elif line.lstrip().startswith("●"):
                bullet = line.index("●")
            else:  # a fact's next line: under its words, past the bullet
                assert bullet is not None and line[: bullet + 2].isspace(), line
                assert line[bullet + 2] != " ", line
        assert pane.highlighted == chosen  # the same fact, wrapped again


@synchronously
async def test_the_facts_pane_in_the_raw_view_says_the_facts_are_in_the_clean_article(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.press("f")  # open, listing the article's facts
        pane = app.main_screen.facts_pane
        assert pane is not None and pane.option_count > 1

        def pane_says() -> str:
            assert pane is not None
            return str(pane.get_option_at_index(0).prompt)

        await pilot.press("r")  # the pane, already open, follows to the raw page
        assert pane.option_count == 1
        assert "raw page" in pane_says() and "No facts found" not in pane_says()
        await pilot.press("f", "f")  # closed and opened again over the raw page
        assert pane.option_count == 1 and "raw page" in pane_says()
        await pilot.press("r")
        assert pane.option_count > 1


@synchronously
async def test_the_raw_page_is_read_in_a_worker_with_a_loading_state(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow disk: the reader says it is reading and keeps answering keys meanwhile; `r` again
    goes back to the clean article, and the page read late does not replace it."""
    released = threading.Event()
    read_raw = library.raw_text

    def slow_raw_text(article_id: int) -> str:
        assert released.wait(10)
        return read_raw(article_id)

    monkeypatch.setattr(library, "raw_text", slow_raw_text)
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        screen = app.main_screen
        assert screen.raw and screen.reader.visible_text().startswith("reading the saved page")
        await pilot.press("f", "f")  # the reader answers while the page is read
        assert screen.facts_pane is not None and screen.facts_pane.option_count == 1
        released.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.reader.visible_text().startswith(SPECS["award.txt"].title)
        released.clear()
        await pilot.press("r", "r", "r")  # clean, raw (reading), clean again
        assert not screen.raw
        clean = screen.reader.visible_text()
        released.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.raw and screen.reader.visible_text() == clean
        await pilot.press("a")
        assert status(app) == "award 1/1"


@synchronously
async def test_export_writes_json_and_csv_of_this_articles_facts(
    library: Library, tmp_path: Path
) -> None:
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e")
        await pilot.press("E")
    name = export_name(library.article(id_of(library, "가나구")).article)
    assert name.startswith("2024-07-21 가나구, ‘일자리대상’ 우수상 수상")
    data = json.loads((tmp_path / f"{name}.json").read_text("utf-8"))
    assert [f["kind"] for f in data[0]["facts"]].count("program") == 3
    rows = list(csv.DictReader(io.StringIO((tmp_path / f"{name}.csv").read_text("utf-8-sig"))))
    assert len(rows) == len(SPECS["award.txt"].facts)
    assert any("Wrote 9 facts" in message for _, message in notes)


@synchronously
async def test_export_to_an_unwritable_folder_notifies(library: Library, tmp_path: Path) -> None:
    app, notes = make_app(library, tmp_path / "missing")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e")
        assert notes[-1][0] == "error"


@synchronously
async def test_open_original_uses_the_system_viewer_or_says_why_not(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launched: list[list[str]] = []
    monkeypatch.setattr(
        "govreader.viewer.subprocess.Popen",
        lambda args, **kw: launched.append(args),
    )
    monkeypatch.setattr("govreader.viewer.sys.platform", "linux")
    monkeypatch.delenv("BROWSER", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        monkeypatch.setattr("govreader.viewer.shutil.which", lambda name: f"/usr/bin/{name}")
        await pilot.press("o")
        assert launched and launched[0][0] == "/usr/bin/xdg-open"
        assert launched[0][1].endswith("award.txt")
        monkeypatch.setattr("govreader.viewer.shutil.which", lambda name: None)
        await pilot.press("o")
        assert notes[-1][0] == "warning" and "No viewer" in notes[-1][1]


@synchronously
async def test_a_failing_load_notifies_and_the_app_keeps_working(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, notes = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:

        def broken(article_id: int) -> None:
            raise LibraryError("library.sqlite: the database disk image is malformed")

        monkeypatch.setattr(library, "article", broken)
        await pilot.press("down", "enter")
        assert notes[-1][0] == "error" and "malformed" in notes[-1][1]
        assert app.main_screen.reader.visible_text().startswith("가나구")
        await pilot.press("a")
        assert status(app) == "award 1/1"


@synchronously
async def test_help_lists_live_bindings_and_the_colour_legend(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.body.plain
        for words in ("Next award", "Previous quote", "Show or hide the facts pane", "Open"):
            assert words in body
        assert re.search(r"^  \.\s+Next unread article$", body, re.MULTILINE)
        assert re.search(r"^  <\s+Narrower list$", body, re.MULTILINE)
        assert "Fact colours" in body and "List flags" in body and "unread" in body
        for kind in FactKind:
            assert f" {kind} " in body
        # the key column fits the longest keys: every description is separated from its keys
        keyed = [line for line in body.splitlines() if line[:3].strip() and line.startswith("  ")]
        assert keyed and all(re.match(r"  \S.*?  +\S", line) for line in keyed), keyed
        box = app.screen.query_one("#help-box")
        await pilot.press("j", "j")
        assert box.scroll_y > 0
        styled = {str(span.style) for span in app.screen.body.spans}
        assert len(styled) >= len(FactKind)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


@synchronously
async def test_the_help_scroll_bar_is_at_the_boxs_edge_beside_the_text(
    library: Library, tmp_path: Path
) -> None:
    """The box's side padding belongs to the text: the scroll bar is drawn against the border,
    not two cells inside it over the text's column, and the text is as wide as before."""
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help-box", VerticalScroll)
        text = app.screen.query_one("#help-text")
        assert box.show_vertical_scrollbar
        bar = box.vertical_scrollbar.region
        assert bar.right == box.region.right - 1  # against the right border
        assert text.content_region.right <= bar.x - 2  # two blank cells before it
        assert text.content_region.x == box.region.x + 3  # border, then two cells
        assert text.content_region.width == 72 - 2 - 2 * 2 - 2


@synchronously
async def test_the_mouse_opens_rows_and_presses_footer_keys(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        listing = app.main_screen.article_list
        top = listing.content_region.y - listing.region.y
        await pilot.click(ArticleList, offset=(20, top + 2))
        assert app.main_screen.stored is not None and app.main_screen.stored.id == listing.row(2).id
        bar = app.query_one(KeyBar)
        x = next(start for start, _, key in bar._targets if key == "f")
        await pilot.click(KeyBar, offset=(x + 1, 0))
        await pilot.pause()
        assert app.main_screen.facts_pane is not None and app.main_screen.facts_pane.display


@synchronously
async def test_command_palette_runs_app_commands(library: Library, tmp_path: Path) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"facts pane")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.facts_pane is not None and app.main_screen.facts_pane.display


@synchronously
async def test_the_palette_offers_no_screenshot_and_no_reader_keys_over_the_table(
    library: Library, tmp_path: Path
) -> None:
    from govreader.tui.commands import GovReaderCommands

    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Quit" in titles and "Screenshot" not in titles and "Keys" not in titles
        assert len(GovReaderCommands(app.screen)._commands()) > 20
        await pilot.press("v")
        over_table = GovReaderCommands(app.screen)._commands()
        titles = {title for title, _, _ in over_table}
        assert "Next fact" not in titles and "Find in this article" not in titles
        assert {"Awards", "Back to the articles view"} <= titles


def test_the_palette_offers_every_key_of_the_app_once() -> None:
    from textual.binding import Binding

    from govreader.tui.commands import NOT_IN_PALETTE, commands
    from govreader.tui.keys import MAIN_KEYS
    from govreader.tui.screens.main import MainScreen

    offered = commands(MAIN_KEYS)
    actions = [action for _, _, action in offered]
    assert len(actions) == len(set(actions))  # `? F1` is one command, not two
    keys = {b.action: b.key for b in Binding.make_bindings(MainScreen.BINDINGS)}
    assert set(keys) - NOT_IN_PALETTE <= set(actions)
    assert all(title for title, _, _ in offered)


def test_a_command_without_a_key_says_the_palette_runs_it() -> None:
    """Its help line read `key: none`, as if a key were named none."""
    from govreader.tui.commands import commands, help_line
    from govreader.tui.keys import MAIN_KEYS

    lines = {title: help_line(key) for title, key, _ in commands(MAIN_KEYS)}
    assert lines["Recent messages (exports, copies, errors)"] == "palette only"
    assert lines["Next fact"] == "key: ]"
    assert not any("none" in line for line in lines.values())


@synchronously
async def test_theme_switch_and_no_color(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        before = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != before
        assert status(app) == f"theme: {app.theme}"
    monkeypatch.setenv("NO_COLOR", "1")
    app, _ = make_app(library, tmp_path)
    assert app.no_color


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
@synchronously
async def test_korean_wraps_by_cells_without_cutting_syllables(
    library: Library, tmp_path: Path, size: tuple[int, int]
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        reader = app.main_screen.reader
        width = min(reader.scrollable_content_region.width, READING_CELLS)
        text = reader.document.text
        lines = [text[a:b] for a, b in reader._lines]
        assert all(cell_len(line.rstrip()) <= width for line in lines)
        assert "".join(lines) == text.replace("\n", "")
        # a line is only broken where the next word would not fit
        for (a, b), (c, _) in itertools.pairwise(reader._lines):
            if b == c:
                next_word = text[c:].split(" ", 1)[0].split("\n", 1)[0]
                assert cell_len(text[a:b].rstrip()) + 1 + cell_len(next_word) > width
        listing = app.main_screen.article_list
        strip = listing.render_line(0)
        assert strip.cell_length == listing.size.width


@synchronously
async def test_a_library_that_fails_on_count_does_not_crash(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "empty")
    app, _ = make_app(lib, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "enter", "r", "e", "o", "u", "b", "f")
        assert "empty" in app.main_screen.reader.visible_text()
    lib.close()


def test_first_run_imports_the_samples_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govreader import cli
    from govreader.library import sample_articles_dir

    samples = [p for p in sample_articles_dir().iterdir() if p.is_file()]
    if not samples:
        pytest.skip("no sample_articles in this tree")
    opened: list[tuple[int, str | None]] = []

    def run(self: GovReaderApp) -> None:
        opened.append((self.library.count(), self.main_screen.notice))

    monkeypatch.setattr(GovReaderApp, "run", run)
    monkeypatch.setattr(cli, "has_terminal", lambda: True)
    monkeypatch.setenv("GOVREADER_LIBRARY", str(tmp_path / "library"))
    assert cli.main([]) == 0
    ((count, notice),) = opened
    assert count > 0
    assert notice is not None and notice.startswith(f"{count} sample articles imported")
    assert notice.endswith("add your own with govreader PATH...") and ":" not in notice
    # the second run finds them there and says nothing
    assert cli.main([]) == 0
    assert opened[1] == (count, None)


@pytest.mark.usefixtures("fake_reading")
def test_open_with_paths_sums_up_the_import_as_add_does(
    tmp_path: Path, pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from govreader import cli

    monkeypatch.setattr(GovReaderApp, "run", lambda self: None)
    monkeypatch.setattr(cli, "has_terminal", lambda: True)
    cli.main(["--library", str(tmp_path / "added"), "add", str(pages)])
    added = capsys.readouterr()
    assert cli.main(["--library", str(tmp_path / "opened"), str(pages)]) == 0
    progress, opened_err = capsys.readouterr().err.rsplit("\x1b[K", 1)  # the progress, cleared
    assert progress.startswith("\rimporting")
    opened = opened_err.splitlines()
    assert added.out.splitlines()[-1].startswith("imported ")
    assert opened[-1] == "govreader: " + added.out.splitlines()[-1]
    assert opened[:-1] == added.err.splitlines()  # the same line for each page refused


@pytest.mark.usefixtures("fake_reading")
def test_open_with_paths_imports_them_first(
    tmp_path: Path, pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from govreader import cli

    opened: list[tuple[int, list[str], str | None]] = []

    def run(self: GovReaderApp) -> None:
        paths = [self.library.article(i).paths[0] for i in self.main_screen.only or ()]
        opened.append((self.library.count(), paths, self.main_screen.notice))

    monkeypatch.setattr(GovReaderApp, "run", run)
    monkeypatch.setattr(cli, "has_terminal", lambda: True)
    assert cli.main(["--library", str(tmp_path / "library"), str(pages)]) == 0
    assert opened[0][0] == len(SPECS) and len(opened[0][1]) == len(SPECS)
    assert "imported 3" in capsys.readouterr().err
    # a page already in the library: the reader opens on it alone, and says how to see all
    one = pages / "plain.txt"
    assert cli.main(["--library", str(tmp_path / "library"), str(one)]) == 0
    count, paths, notice = opened[1]
    assert (count, paths) == (len(SPECS), [str(one)])
    assert notice is not None and "1 article" in notice and "x shows all" in notice
    # nothing importable: the whole library, and why
    assert cli.main(["--library", str(tmp_path / "library"), str(pages / "gone.txt")]) == 0
    count, paths, notice = opened[2]
    assert paths == [] and notice is not None and "gone.txt: no such file" in notice


@synchronously
async def test_prompt_keeps_the_status_line_and_footer_in_view(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        prompt, keys = app.main_screen.prompt, app.query_one(KeyBar)
        assert prompt is not None and prompt.has_focus
        assert prompt.region.bottom <= app.main_screen.status_bar.region.y
        assert (app.main_screen.status_bar.region.y, keys.region.y) == (22, 23)
        assert keys._text.plain.startswith(" ⏎ Done  esc Close")
        assert "/ Find" not in keys._text.plain
        await pilot.press("escape")
        await pilot.pause()
        assert "f Facts" in keys._text.plain and keys._text.plain.endswith(" ^p Palette ")


@synchronously
async def test_the_footer_shows_whole_keys_and_the_palette_at_any_width(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(160, 30)) as pilot:
        bar = app.query_one(KeyBar)
        wide = [key for _, _, key in bar._targets]
        await pilot.resize_terminal(60, 24)
        await pilot.pause()
        narrow = [key for _, _, key in bar._targets]
        assert cell_len(bar._text.plain) <= 60 and bar._text.plain.endswith(" ^p Palette ")
        assert narrow == [key for key in wide if key in narrow] and len(narrow) < len(wide)


@synchronously
async def test_the_facts_pane_opens_at_its_top_wherever_the_reader_is(
    library: Library, tmp_path: Path
) -> None:
    """With no fact marked, the pane opens at its top on the first fact listed (it opened on the
    fact at the reading position, scrolled past the headings above it); enter shows that fact."""
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.main_screen.reader
        facts = reader.document.facts
        reader.scroll_to(y=reader.line_of(facts[1].start), animate=False, immediate=True)
        await pilot.press("f")
        await pilot.pause()
        assert reader.current_fact is None  # not jumped to
        pane = app.main_screen.facts_pane
        assert pane is not None and pane.highlighted == 1 and round(pane.scroll_y) == 0
        first = int(pane.get_option_at_index(1).id or "")
        await pilot.press("enter")
        top = round(reader.scroll_y)
        assert reader.current_fact == first
        assert top <= reader.line_of(facts[first].start) < top + reader.size.height


@synchronously
async def test_the_source_chooser_counts_articles_and_narrows_as_you_type(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("S")
        options = app.screen.query_one("ChoiceScreen OptionList")
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        counts, _sourceless = library.source_tally()
        for source, count in counts.items():
            assert any(label.split() == [str(count), source] for label in labels), labels
        await pilot.press(*"다라")  # typed on the list: the filter takes it
        await pilot.pause()
        assert options.option_count == 1
        await pilot.press("enter")
        assert app.main_screen.article_list.query_.source == "다라신문"
        await pilot.press("S", *"zz")
        await pilot.pause()
        assert options_disabled(app)  # nothing holds the words: said, not chosen
        await pilot.press("ctrl+u")  # clears the words, keeps the dialog
        assert app.screen.__class__.__name__ == "ChoiceScreen"
        await pilot.press("down", "up", "enter")  # back in the list: every source
        assert app.main_screen.article_list.query_.source is None
        await pilot.press("S", "escape")
        assert app.screen is app.main_screen


def options_disabled(app: GovReaderApp) -> bool:
    options = app.screen.query_one("ChoiceScreen OptionList")
    return all(options.get_option_at_index(i).disabled for i in range(options.option_count))
