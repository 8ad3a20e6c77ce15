"""Version 7 of the library merges the facts table's rows again, with their first place as
integers (ties in reading order) and what lets SQLite write a table's lines: a library made by
version 6 gets the same table a new one would, and a step cut short leaves it as it was.
Version 8 keeps the rows in the order newest first, which a library made by version 7 gets."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from govreader.library import Library, fact_store, schema_facts
from govreader.library.fact_columns import TableRow
from govreader.library.location import DB_NAME
from govreader.model import Article, FactKind
from tests.old_libraries import version_1_library
from tests.test_fact_table import article, award


def _same_day() -> list[Article]:
    """Eleven articles of one day, two sums each, the larger second: article 10 and 11 come
    after 9 in reading order, as neither a string's order nor the key puts them."""
    pages = []
    for number in range(1, 12):
        text = (
            f"{number}번 사업은 예산 {number}억 원을 들인다. 사업비는 모두 {number + 100}억 원이다."
        )
        facts = [
            (FactKind.AMOUNT, f"{n}억 원", {"value": n * 10**8, "unit": "원"})
            for n in (number, number + 100)
        ]
        pages.append(article(text, facts, published="2025-03-04T09:00"))
    return [
        *pages,
        award("구로구", "우수상", "가나일보"),
        award("서울 구로구", "우수상", "다라뉴스"),
    ]


def _table(library: Library, kind: FactKind) -> list[tuple[object, ...]]:
    return [(row.cells, row.key, row.start, row.end) for row in library.fact_table(kind).rows()]


def test_a_version_6_library_gets_the_table_a_new_library_has(tmp_path: Path) -> None:
    told = _same_day()
    with Library.open(tmp_path / "new") as library:
        for number, page in enumerate(told):
            library.record(f"/p/{number}", f"h{number + 1}", page)
        amounts, awards = _table(library, FactKind.AMOUNT), _table(library, FactKind.AWARD)
    with Library.open(version_1_library(tmp_path / "old", told, version=6)) as library:
        assert _table(library, FactKind.AMOUNT) == amounts
        assert _table(library, FactKind.AWARD) == awards
        places = [(row.article_id, row.start) for row in library.fact_table(FactKind.AMOUNT).rows()]
        assert places == sorted(places) and len(places) == 22
        (plain,) = library._conn.execute("SELECT min(plain) FROM fact_rows").fetchone()
        assert plain == 0  # the amounts' words hold `…`, a character SQLite cannot measure
        assert library._conn.execute(
            "SELECT plain, recipient_cells FROM fact_rows WHERE kind = 'award'"
        ).fetchall() == [(2, 6)]  # plain for aligned text too (TEXT_PLAIN)


def _fact_rows(folder: Path) -> list[tuple[object, ...]]:
    """The facts table's rows as the library's file holds them."""
    conn = sqlite3.connect(folder / DB_NAME)
    rows = conn.execute("SELECT * FROM fact_rows ORDER BY kind, key").fetchall()
    conn.close()
    return rows


def _open_cut_short(
    folder: Path, monkeypatch: pytest.MonkeyPatch, module: object, step: str
) -> None:
    """Open the library with `module.step` interrupted (a Ctrl-C partway through its upgrade)."""

    def cut_short(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(module, step, cut_short)
        with pytest.raises(KeyboardInterrupt):
            Library.open(folder)


def test_a_step_cut_short_leaves_the_library_as_version_6_made_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = version_1_library(tmp_path / "old", _same_day(), version=6)
    rows = _fact_rows(folder)
    assert len(rows) == 23  # 22 sums, one award told twice
    _open_cut_short(folder, monkeypatch, fact_store, "merged")
    conn = sqlite3.connect(folder / DB_NAME)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(6,)]
    assert conn.execute("SELECT * FROM fact_rows ORDER BY kind, key").fetchall() == rows
    conn.close()
    with Library.open(folder) as library:
        assert len(library.fact_table(FactKind.AMOUNT)) == 22


def _undated() -> list[Article]:
    """Articles of three days and two without a date, whose rows come last newest first."""
    pages = _same_day()
    for number, published in enumerate(("2025-03-05T08:00", None, "2024-12-31T23:00", None)):
        text = f"{number}호 사업에 예산 {number + 300}억 원을 들인다."
        facts = [(FactKind.AMOUNT, f"{number + 300}억 원", {"value": number, "unit": "원"})]
        pages.append(article(text, facts, published=published))
    return pages


def test_a_version_7_library_keeps_its_rows_in_the_order_newest_first(tmp_path: Path) -> None:
    """Version 8 copies the rows into the order they are read in most: newest first (no date
    last), then in reading order; the table reads alike in every order, and a row whose date
    changes moves to its place."""
    told = _undated()
    with Library.open(tmp_path / "new") as library:
        for number, page in enumerate(told):
            library.record(f"/p/{number}", f"h{number + 1}", page)
        tables = {
            (kind, order): [
                (r.cells, r.key, r.article_id, r.start) for r in _sorted(library, kind, order)
            ]
            for kind in (FactKind.AMOUNT, FactKind.AWARD)
            for order in (None, "date", "source")
        }
    with Library.open(version_1_library(tmp_path / "old", told, version=7)) as library:
        for (kind, order), rows in tables.items():
            got = [(r.cells, r.key, r.article_id, r.start) for r in _sorted(library, kind, order)]
            assert got == rows, (kind, order)
        stored = library._conn.execute(
            "SELECT newest, first FROM fact_rows WHERE kind = 'amount'"
        ).fetchall()
        assert stored[0] == ("2025-03-05T08:00", "2025-03-05T08:00")
        assert stored[-2:] == [(0, None), (0, None)]  # no date: after every date, shown empty
        dates = [row.cells[2] for row in library.fact_table(FactKind.AMOUNT).rows()]
        assert dates[0] == "2025-03-05T08:00" and dates[-2:] == [None, None]
        assert dates[1:-2] == sorted(dates[1:-2], reverse=True)


def _sorted(library: Library, kind: FactKind, order: str | None) -> list[TableRow]:
    table = library.fact_table(kind)
    if order is not None:
        table.sort(order)
    return table.rows()


def test_an_earlier_article_moves_a_row_to_its_new_place(tmp_path: Path) -> None:
    """A row's first date is its place in the kept order: an article telling the same fact
    earlier moves it down the newest-first table, and taking that article out moves it back."""
    with Library.open(tmp_path) as library:
        library.record("/p/0", "h0", award("구로구", "우수상", "가나일보"))
        library.record("/p/1", "h1", award("성동구", "대상", "다라뉴스"))

        def order() -> list[tuple[object, object]]:
            return [(r.cells[0], r.cells[6]) for r in library.fact_table(FactKind.AWARD).rows()]

        before = order()
        assert [who for who, _ in before] == ["구로구", "성동구"]  # one day: in reading order
        told_earlier = replace(award("구로구", "우수상", "마바일보"), published="2001-01-01")
        library.record("/p/2", "h2", told_earlier)
        assert order() == [("성동구", before[1][1]), ("구로구", "2001-01-01")]
        (added,) = [row.id for row in library.rows() if row.published == "2001-01-01"]
        library.remove([added])
        assert order() == before


def test_version_8_cut_short_leaves_the_library_as_version_7_made_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = version_1_library(tmp_path / "old", _undated(), version=7)
    rows = _fact_rows(folder)
    _open_cut_short(folder, monkeypatch, schema_facts, "_watch_rows_again")
    conn = sqlite3.connect(folder / DB_NAME)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(7,)]
    assert conn.execute("SELECT * FROM fact_rows ORDER BY kind, key").fetchall() == rows
    conn.close()
    with Library.open(folder) as library:
        assert len(library.fact_table(FactKind.AMOUNT)) == 26
