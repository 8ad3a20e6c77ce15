"""What a walk through the reader found (session 12): each something a user saw and could not
make sense of."""

from __future__ import annotations

import re
from pathlib import Path

from govreader.library import Library, ListQuery
from tests import test_tui
from tests.test_tui import (
    SPECS,
    Spec,
    list_status,
    make_app,
    running_with,
    status,
    synchronously,
)

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library


@synchronously
async def test_the_same_story_saved_twice_says_which_file_each_was_read_from(
    tmp_path: Path, fake_reading: None
) -> None:
    """A story saved as a page and as copied text is two articles with one title: two rows
    alike. The reading pane's border names the kind of file each was read from."""
    award = SPECS["award.txt"]
    twin = Spec(
        title=award.title,
        published=award.published,
        source=award.source,
        paragraphs=[*award.paragraphs, "덧붙인 문단."],  # other bytes: not stored as one
    )
    async with running_with(tmp_path, "award.html", twin) as (app, pilot, library):
        seen: dict[str, list[str]] = {}
        for _ in range(library.count(ListQuery())):
            await pilot.press("enter")
            await pilot.pause()
            stored = app.main_screen.stored
            assert stored is not None
            seen.setdefault(str(app.main_screen.reader.border_title), []).append(
                stored.article.title
            )
            await pilot.press("escape", "j")
        assert set(seen) == {"Article · .html", "Article · .txt"}
        assert seen["Article · .html"] == [award.title] and award.title in seen["Article · .txt"]
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert str(app.main_screen.reader.border_title).startswith("Raw page · .")


@synchronously
async def test_status_line_hints_name_a_key_as_its_messages_do(
    library: Library, tmp_path: Path
) -> None:
    """`x: show all` and `v: the … table again` wrote a key with a colon where every other
    hint of the line writes the key and what it does (`enter opens the article`)."""
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("B")  # bookmarked only: the list says how to show all again
        await pilot.pause()
        assert list_status(app).endswith(" · x shows all")
        await pilot.press("x", "enter", "r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert status(app) == "raw page · r shows the clean article"
        await pilot.press("r", "v")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert status(app).startswith("v shows the awards table again")
        said = [list_status(app), status(app)]
        assert not any(re.search(r"(^|· )\S+: ", line) for line in said), said


def test_a_grouped_table_is_exported_under_the_grouping_it_shows(
    sample_library: Library,
) -> None:
    """Grouped by its `amount` column, the status line said `by amount` and the file was
    named `… amount table by value.json`, after a name the view never shows."""
    from datetime import date

    from govreader.model import FactKind
    from govreader.table_files import table_name

    table = sample_library.fact_table(FactKind.AMOUNT).grouped("value")
    assert table_name(table, date(2026, 12, 7)) == "2026-12-07 amount table by amount"
    rates = sample_library.fact_table(FactKind.TARGET).grouped("rate")
    assert table_name(rates, date(2026, 12, 7)).endswith("target table by 달성률")


@synchronously
async def test_the_kind_chooser_counts_the_articles_of_each_kind(
    library: Library, tmp_path: Path
) -> None:
    """The source chooser beside it counts each source's articles; the kind chooser counted
    nothing, so a kind no article has was found only by choosing it. Its seven fixed choices
    are counted but not narrowed: a letter typed there makes no field."""
    from textual.widgets import Input, OptionList

    from govreader.tui.screens.choice import ChoiceScreen
    from govreader.tui.screens.list_actions import KIND_CHOICES

    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("F")
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, ChoiceScreen)
        options = chooser.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        counted = {line.split(maxsplit=1)[1]: int(line.split()[0]) for line in shown[1:]}
        assert counted == {
            label: library.count(ListQuery(kind=kind)) for kind, label in KIND_CHOICES.items()
        }
        assert shown[0].strip() == "Any article"
        await pilot.press("a")
        await pilot.pause()
        assert not chooser.query(Input) and app.screen is chooser


@synchronously
async def test_top_of_the_article_is_not_said_once_the_text_has_moved_on(
    library: Library, tmp_path: Path
) -> None:
    """`g` said `top of the article`, and it stayed said while Space paged on down."""
    app, _ = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "g")
        await pilot.pause()
        assert status(app) == "top of the article"
        await pilot.press("space")
        await pilot.pause()
        assert app.main_screen.reader.scroll_y > 0 and status(app) == ""
        await pilot.press("G")
        await pilot.pause()
        assert status(app) == "end of the article"
        await pilot.press("k")
        await pilot.pause()
        assert status(app) == ""
