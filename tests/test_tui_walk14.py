"""What a walk through the reader found (session 14): sums with no words of what the money is
for, keys named two ways, an open article a filter had dropped, and the CLI's empty message."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from govreader.cli import main
from govreader.fact_text import unlabelled_words
from govreader.import_report import EMPTY_LIBRARY
from govreader.library import Library
from govreader.model import Article, Fact, FactKind
from govreader.tui.keys import FACTS_VIEW_KEYS, MAIN_KEYS, key_cap, key_label
from govreader.tui.screens.help import HelpScreen, HelpText
from govreader.tui.screens.list_actions import ENTER_OPENS, NOT_LISTED
from govreader.tui.screens.main_core import NO_ARTICLE, NO_ARTICLE_FACTS
from govreader.tui.widgets.key_bar import KeyBar
from tests import test_tui
from tests.test_tui import make_app, status, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


def _amount(text: str, figure: str, value: int) -> tuple[Fact, Article]:
    start = text.index(figure)
    fields: dict[str, object] = {"value": value, "unit": "원"}
    fact = Fact(FactKind.AMOUNT, start, start + len(figure), figure, fields)
    return fact, Article(text=text, facts=(fact,))


@pytest.mark.parametrize(
    ("text", "figure", "value", "words"),
    [
        (  # what the money is for comes before it, three words of it
            "동네 빵집 창업자에게는 시설 개선비를 최대 2천만원까지 빌려준다.",
            "2천만원",
            20_000_000,
            "시설 개선비를 최대 2천만원까지 빌려준다",
        ),
        (  # a figure between the words reads along and does not count as one
            "도서관 운영비를 전년보다 15% 줄인 8억 원으로 잡았다.",
            "8억 원",
            800_000_000,
            "운영비를 전년보다 15% 줄인 8억 원으로 잡았다",
        ),
        (  # another sum before it reads along too: what changed, from what
            "공원 관리비는 지난해 9억 원에서 2억 원 줄었다.",
            "2억 원",
            200_000_000,
            "공원 관리비는 지난해 9억 원에서 2억 원 줄었다",
        ),
        (  # a dash after the sum starts something else
            "견학 참가비 1만 원 - 점심 포함",
            "1만 원",
            10_000,
            "견학 참가비 1만 원",
        ),
    ],
)
def test_a_sum_is_told_with_the_words_of_what_it_is_for(
    text: str, figure: str, value: int, words: str
) -> None:
    assert unlabelled_words(*_amount(text, figure, value)) == words


def test_a_quotation_ends_the_words_before_a_sum() -> None:
    text = "“돈이 모자란다”는 말에 구는 4천만 원을 더 보탰다."
    assert (
        unlabelled_words(*_amount(text, "4천만 원", 40_000_000)) == "말에 구는 4천만 원을 더 보탰다"
    )


@synchronously
async def test_the_facts_pane_says_what_each_sum_is_for(
    tmp_path: Path, sample_library: Library
) -> None:
    """A bare `17억 원` row told nothing: each sum's row carries its clause's words."""
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("slash", *"강서구", "enter", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("f")
        pane = app.main_screen.facts_pane
        assert pane is not None
        # the pane wraps a long row under its words
        rows = [
            " ".join(str(pane.get_option_at_index(i).prompt).split())
            for i in range(pane.option_count)
        ]
        assert "● 3,000만 원 · 사업화 자금을 최대 3천만원까지 지원한다" in rows
        assert "● 65억 원" not in rows


@synchronously
async def test_the_help_names_each_key_as_the_footer_does(
    tmp_path: Path, sample_library: Library
) -> None:
    """The help said `Escape`, `Ctrl+P` and `PgUp` where the footer and the boxes' borders say
    `esc`, `^p` and `pgup` (Textual's names): one key, one name."""
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        footer = app.screen.query_one(KeyBar).render().plain
        assert " ^p Palette " in footer
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        page = str(app.screen.query_one(HelpText).render())
        for said in ("Escape", "Ctrl+", "PgUp", "Shift+Tab"):
            assert said not in page
        for named in ("^p ", "^t ", "esc ", "pgup ", "shift+tab ", "? F1 "):
            assert named in page, named
        assert " esc Close " in app.screen.query_one(KeyBar).render().plain


def test_the_footer_and_the_help_name_a_key_alike() -> None:
    for binding in [*MAIN_KEYS, *FACTS_VIEW_KEYS]:
        first = binding.key.split(",")[0]
        assert key_label(binding.key).startswith(key_cap(first))
    assert key_label("escape,q") == "esc q" and key_label("ctrl+c,super+c") == "^c super+c"


@synchronously
async def test_a_filter_that_drops_the_open_article_closes_it_and_x_brings_it_back(
    tmp_path: Path, sample_library: Library
) -> None:
    """The article stayed shown (and `u`, `b`, `d` acted on it) while the list left it out;
    now the reader says so, and clearing the filter reopens it where it was, still unread."""
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        first = screen.stored
        assert first is not None and not first.read  # shown at start, not opened yet
        await pilot.press("slash", *"수원시", "enter")
        await pilot.pause()
        assert screen.stored is None and screen.hidden == first.id
        assert screen.reader.document.text == NOT_LISTED + ENTER_OPENS
        assert screen.reader.border_title == "Article"
        await pilot.press("slash", *"없는낱말", "enter")  # no row: enter opens none
        await pilot.pause()
        assert screen.reader.document.text == NOT_LISTED
        screen.reader.focus()
        await pilot.press("u")  # in the reader, no article is open: nothing is marked
        assert status(app) == NO_ARTICLE
        await pilot.press("f")  # the facts pane has no article to list either
        assert screen.facts_pane is not None
        assert str(screen.facts_pane.get_option_at_index(0).prompt) == NO_ARTICLE_FACTS
        await pilot.press("f")
        await pilot.press("x")
        await pilot.pause()
        reopened = screen.stored
        assert reopened is not None and reopened.id == first.id and not reopened.read
        assert screen.article_list.current is not None
        assert screen.article_list.current.id == first.id
        assert "청년" in screen.reader.document.text


@synchronously
async def test_a_filter_that_keeps_the_open_article_leaves_it_open(
    tmp_path: Path, sample_library: Library
) -> None:
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.main_screen
        opened = screen.stored
        assert opened is not None
        await pilot.press("escape", "slash", *"청년", "enter")
        await pilot.pause()
        assert screen.stored is not None and screen.stored.id == opened.id
        assert screen.hidden is None


@pytest.mark.parametrize("command", [["list"], ["search", "청년"]])
def test_an_empty_library_names_the_command_that_fills_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    """With `--library DIR`, a plain `govreader add PATH` fills the default library, not the
    one listed: the message names the folder as given, quoted for the shell."""
    monkeypatch.setenv("GOVREADER_LIBRARY", str(tmp_path / "default"))
    assert main(command) == 0
    assert capsys.readouterr().out.strip() == EMPTY_LIBRARY
    folder = tmp_path / "my pages"
    assert main(["--library", str(folder), *command]) == 0
    said = capsys.readouterr().out.strip()
    quoted = shlex.quote(str(folder))
    assert said.endswith(f"govreader --library {quoted} add PATH") and quoted != str(folder)
    assert shlex.split(said.split("with ", 1)[1])[1:3] == ["--library", str(folder)]
