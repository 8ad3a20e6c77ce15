"""Version 7 of the library merges the facts table's rows again, with their first place as
integers (ties in reading order) and what lets SQLite write a table's lines: a library made by
version 6 gets the same table a new one would, and a step cut short leaves it as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from govreader.library import Library, fact_store
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


def test_a_step_cut_short_leaves_the_library_as_version_6_made_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = version_1_library(tmp_path / "old", _same_day(), version=6)
    conn = sqlite3.connect(folder / DB_NAME)
    rows = conn.execute("SELECT * FROM fact_rows ORDER BY kind, key").fetchall()
    conn.close()
    assert len(rows) == 23  # 22 sums, one award told twice

    def cut_short(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(fact_store, "merged", cut_short)
        with pytest.raises(KeyboardInterrupt):
            Library.open(folder)
    conn = sqlite3.connect(folder / DB_NAME)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(6,)]
    assert conn.execute("SELECT * FROM fact_rows ORDER BY kind, key").fetchall() == rows
    conn.close()
    with Library.open(folder) as library:
        assert len(library.fact_table(FactKind.AMOUNT)) == 22
