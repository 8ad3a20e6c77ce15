"""What a walk through the reader found (session 13): a wide screen's room, goals and results
that did not say what they count, and a saved `govreader clean` page that lost its source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govreader.article_text import meta_line
from govreader.fact_text import unlabelled_words
from govreader.library import Library
from govreader.model import Article, Fact, FactKind
from govreader.reading import read_page
from govreader.settings import Settings, load_settings, settings_path
from govreader.tui.keys import FACTS_VIEW_KEYS, MAIN_KEYS, key_label
from govreader.tui.screens.view_settings import READER_ROOM, auto_split
from govreader.tui.widgets.article_list import WIDE_SOURCE_CELLS
from govreader.tui.widgets.key_bar import KeyBar
from govreader.tui.widgets.reader import READING_CELLS
from tests import test_tui
from tests.test_tui import make_app, status, synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


@pytest.mark.parametrize(
    ("width", "share"),
    [(120, 40), (160, 42), (200, 54), (300, 60)],
)
def test_the_automatic_split_leaves_the_reader_its_measure_and_the_list_the_rest(
    width: int, share: int
) -> None:
    assert auto_split(width, stacked=False, facts=False) == share
    assert auto_split(width, stacked=False, facts=True) == 40
    assert auto_split(width, stacked=True, facts=False) == 40


def test_a_settings_file_of_before_holds_the_old_fixed_split_read_as_automatic(
    config_dir: Path,
) -> None:
    settings_path().write_text(json.dumps({"theme": "nord", "split": 40}))
    assert load_settings() == Settings(theme="nord", split=None)
    settings_path().write_text(json.dumps({"split": 55}))
    assert load_settings().split == 55
    settings_path().write_text(json.dumps({"split": None}))
    assert load_settings().split is None


@synchronously
async def test_on_a_wide_screen_the_list_takes_the_room_the_reader_does_not_need(
    library: Library, tmp_path: Path
) -> None:
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        listing, reader = screen.article_list, screen.reader
        assert reader.region.width == READER_ROOM
        assert reader.scrollable_content_region.width == READING_CELLS
        assert listing.region.width == 200 - READER_ROOM
        await pilot.press("f")  # the facts pane takes the list's extra room
        await pilot.pause()
        assert listing.region.width == 80
        await pilot.press("f", "greater_than_sign")  # a step from the width shown
        await pilot.pause()
        assert listing.region.width == 200 * 59 // 100
        assert status(app) == "list 59% of the screen · = fits it to the screen"
        await pilot.press("equals_sign")
        await pilot.pause()
        assert listing.region.width == 200 - READER_ROOM
        assert app.settings.split is None
        assert status(app) == "list size fitted to the screen"


@synchronously
async def test_a_wide_list_shows_a_seven_syllable_source_whole(
    tmp_path: Path, sample_library: Library
) -> None:
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        listing = app.main_screen.article_list
        rows = ["".join(s.text for s in listing.render_line(y)) for y in range(listing.total)]
        sources = {row.source for row in map(listing.row, range(listing.total)) if row}
        longest = max(sources, key=len)
        assert len(longest) * 2 == WIDE_SOURCE_CELLS  # the samples hold a source that long
        assert any(longest in row for row in rows)


def _article(text: str, figure: str, fields: dict[str, object]) -> tuple[Fact, Article]:
    start = text.index(figure)
    fact = Fact(FactKind.TARGET, start, start + len(figure), figure, fields)
    return fact, Article(text=text, facts=(fact,))


@pytest.mark.parametrize(
    ("text", "figure", "fields", "words"),
    [
        (
            "올해는 40개 모임을 골라 연습실을 빌려준다.",
            "40개",
            {"value": 40, "unit": "개", "type": "goal"},
            "올해는 40개 모임을 골라",
        ),
        (
            "하루 5만원씩 주며, 2,300명을 뽑을 예정이다.",
            "2,300명",
            {"value": 2300, "unit": "명", "type": "goal"},
            "2,300명을 뽑을 예정이다",
        ),
        (  # the unit said again is no label; the next figure is another fact's
            "이사 온 가구는 318가구로 앞선 해보다 51가구 늘었다.",
            "318가구",
            {"value": 318, "unit": "가구", "type": "result", "label": "가구"},
            "가구는 318가구로 앞선 해보다",
        ),
        (  # a quotation after the figure is what they said, not what is counted
            "물어본 결과 주민의 77.5%가 ‘버스가 편해졌다’고 했다.",
            "77.5%",
            {"value": 77.5, "unit": "%", "type": "result"},
            "주민의 77.5%가",
        ),
    ],
)
def test_a_goal_or_result_without_a_label_is_told_in_the_words_around_it(
    text: str, figure: str, fields: dict[str, object], words: str
) -> None:
    fact, article = _article(text, figure, fields)
    assert unlabelled_words(fact, article) == words


def test_a_labelled_goal_and_a_count_need_no_words_around_them() -> None:
    text = "구는 올해 쉼터 12곳을 새로 연다."
    labelled = {"value": 12, "unit": "곳", "type": "goal", "label": "쉼터"}
    assert unlabelled_words(*_article(text, "12곳", labelled)) is None
    count = {"value": 12, "unit": "곳", "type": "count"}
    assert unlabelled_words(*_article(text, "12곳", count)) is None


def test_a_page_saved_from_govreader_clean_keeps_its_source_and_reporter(
    tmp_path: Path,
) -> None:
    page = tmp_path / "saved.txt"
    head = ["해오름군, 마을버스 노선 두 곳 늘린다", "읍내와 산골 마을을 잇는 새 노선"]
    body = [
        "해오름군은 다음 달부터 마을버스 노선 두 곳을 새로 연다고 2일 밝혔다.",
        "새 노선은 하루 여섯 차례 다니며 요금은 1천원이다.",
    ]
    for reporter in ("도하늘", None):
        meta = " · ".join(filter(None, ["해오름일보", reporter, "2024-05-02 10:30"]))
        page.write_text("\n".join([*head, meta, "", *body]) + "\n", "utf-8")
        article = read_page(page)
        assert (article.source, article.reporter) == ("해오름일보", reporter)
        assert meta_line(article) == meta
        assert article.text.startswith(body[0])


def test_every_key_is_named_as_it_is_typed_in_the_help() -> None:
    """`equals_sign` was listed as `Equals_sign`: a key's name is the character or a key cap."""
    for binding in [*MAIN_KEYS, *FACTS_VIEW_KEYS]:
        assert "_" not in key_label(binding.key), binding.key
    assert key_label("equals_sign") == "="


@synchronously
async def test_the_footer_offers_the_keys_to_facts_only_where_there_are_facts(
    tmp_path: Path, sample_library: Library
) -> None:
    """On the raw page `]` only says the facts are in the clean view: the footer that offered
    it (and the facts pane's enter, on a pane that lists none) promised what the key won't do."""
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        footer = app.screen.query_one(KeyBar)
        assert " ] Next fact " in footer.render().plain
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert " ] Next fact " not in footer.render().plain
        await pilot.press("f")
        await pilot.pause()
        assert " Show fact " not in footer.render().plain
        await pilot.press("right_square_bracket")  # pressed anyway, it says why
        assert status(app) == "facts are shown in the clean view (press r)"
        await pilot.press("r")
        await pilot.pause()
        shown = footer.render().plain
        assert " ] Next fact " in shown and " Show fact " in shown


@synchronously
async def test_an_empty_list_offers_no_row_to_open(tmp_path: Path, sample_library: Library) -> None:
    app, _ = make_app(sample_library, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyBar)
        assert " Open " in footer.render().plain
        await pilot.press("slash", *"없는낱말", "enter")
        await pilot.pause()
        assert app.main_screen.article_list.total == 0
        assert " Open " not in footer.render().plain
        await pilot.press("x")
        await pilot.pause()
        assert " Open " in footer.render().plain
