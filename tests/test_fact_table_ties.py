"""Rows equal in the sorted column come in reading order: by their first article, then by where
the fact stands in it (not by the fact's key, a hash, which looked arbitrary)."""

from __future__ import annotations

from govreader.library import Library, ListQuery
from govreader.model import FactKind
from tests.test_fact_table import article, library, store

__all__ = ["library"]  # the fixture


def _amounts(number: int) -> str:
    """Two sums in one article, the larger second, so neither value nor key orders them."""
    return f"{number}번 사업은 예산 {number}억 원을 들인다. 사업비는 모두 {number + 100}억 원이다."


def _store_same_day(library: Library) -> None:
    pages = []
    for number in range(1, 12):  # 11 articles: article 10 and 11 come after 9, not before 2
        text = _amounts(number)
        first, second = f"{number}억 원", f"{number + 100}억 원"
        facts = [
            (FactKind.AMOUNT, first, {"value": number * 10**8, "unit": "원"}),
            (FactKind.AMOUNT, second, {"value": (number + 100) * 10**8, "unit": "원"}),
        ]
        pages.append(article(text, facts, published="2025-03-04T09:00"))
    store(library, *pages)


def test_rows_of_one_day_are_in_article_then_reading_order(library: Library) -> None:
    _store_same_day(library)
    for query in (ListQuery(), ListQuery(source="가나일보")):  # the stored rows, and a filter
        table = library.fact_table(FactKind.AMOUNT, query)
        places = [(row.article_id, row.start) for row in table.rows()]
        assert len(places) == 22
        assert places == sorted(places)
        assert [row.cells[0] for row in table.rows()[:2]] == [10**8, 101 * 10**8]


def test_ties_keep_reading_order_in_any_order_of_a_column_and_positions_agree(
    library: Library,
) -> None:
    _store_same_day(library)
    table = library.fact_table(FactKind.AMOUNT)
    for name in ("date", "source", "articles"):  # every row equal in these
        for descending in (False, True):
            table.sort(name, descending)
            rows = table.rows()
            places = [(row.article_id, row.start) for row in rows]
            assert places == sorted(places), (name, descending)
            assert [table.position(row) for row in rows] == list(range(len(rows)))


def test_the_page_read_from_a_kept_row_is_the_page_read_by_its_offset(
    library: Library, monkeypatch
) -> None:
    """After a re-sort the view asks where its row went (`position`), which reads the pages around
    that row back and forth from it; they must be the pages their offsets read."""
    monkeypatch.setattr("govreader.library.fact_table.PAGE_SIZE", 5)
    _store_same_day(library)
    for name in ("date", "value", "articles"):
        for descending in (False, True):
            table = library.fact_table(FactKind.AMOUNT)
            table.sort(name, descending)
            everything = table.rows()
            for row in everything:
                fresh = library.fact_table(FactKind.AMOUNT)
                fresh.sort(name, descending)
                place = fresh.position(row)
                assert place is not None and everything[place] == row
                shown = [fresh.row(n) for n in range(len(everything))]  # its pages around
                assert shown == everything, (name, descending, place)
