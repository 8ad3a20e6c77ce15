"""The list's order key (`newest`), the search walk that follows it, and the step that brings an
older library to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govreader.library import Library, ListQuery
from govreader.library.newest import key_for, key_range
from govreader.model import Article, Fact, FactKind
from tests.old_libraries import version_1_library

PUBLISHED = [
    "2024-03-14T10:12:36",
    "2024-03-14",
    "2024-03",
    "2024",
    None,
    "2024-03-14T10:11",
    "2023-12-31T23:59",
    "2024-03-14T00:00",
    "2024-03-15",
]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path) as lib:
        yield lib


def _store(library: Library, name: str, published: str | None, body: str = "청년 일자리") -> int:
    library.record(f"/p/{name}", name, Article(text=body, title=name, published=published))
    return next(r.id for r in library.rows(limit=10_000) if r.title == name)


def test_keys_order_like_the_dates_they_come_from() -> None:
    dated = [p for p in PUBLISHED if p]
    assert sorted(dated, key=key_for) == sorted(dated)
    assert key_for(None) == 0 < key_for("0001")
    assert key_for("2024-03-14T23:59") < key_for("2024-03-15") < key_for("2024-04")


def test_a_range_holds_whole_periods_and_no_undated_article() -> None:
    low, high = key_range("2024-03", "2024-03-14")
    assert low is not None and high is not None
    inside = ["2024-03", "2024-03-01", "2024-03-14", "2024-03-14T23:59"]
    outside = ["2024-02-29T23:59", "2024-03-15", "2024"]
    assert all(low <= key_for(p) <= high for p in inside)
    assert not any(low <= key_for(p) <= high for p in outside)
    low, high = key_range(None, "2024")
    assert low is not None and key_for(None) < low and high is not None
    assert key_range("2024", None)[1] is None


def test_list_is_newest_first_then_latest_import_first(library: Library) -> None:
    ids = {
        _store(library, str(i), published): (published or "", i)
        for i, published in enumerate(PUBLISHED)
    }
    later_twin = _store(library, "twin", "2024-03-14")
    ids[later_twin] = ("2024-03-14", len(PUBLISHED))
    expected = sorted(ids, key=ids.__getitem__, reverse=True)
    assert [r.id for r in library.rows(limit=100)] == expected
    assert [h.row.id for h in library.search("일자리", limit=100)] == expected
    assert [library.position(ListQuery(), i) for i in expected] == list(range(len(expected)))


def test_many_articles_of_one_minute_each_keep_a_place(library: Library) -> None:
    ids = [_store(library, f"m{i}", "2024-05-01T09:30") for i in range(12)]
    after = _store(library, "next", "2024-05-01T09:31")
    keys = [r[0] for r in library._conn.execute("SELECT newest FROM articles")]
    assert len(set(keys)) == len(keys) == 13
    assert [r.id for r in library.rows()] == [after, *reversed(ids)]
    assert library.count(ListQuery(text="청년 일자리")) == 13


def test_search_walks_newest_first_and_stops_at_the_limit(library: Library) -> None:
    for year in range(2000, 2030):
        _store(library, str(year), f"{year}-06-01", body=f"{year}년 구직단념 청년 지원")
    hits = library.search("구직단념 청년", limit=5)
    assert [h.row.title for h in hits] == [str(y) for y in range(2029, 2024, -1)]
    ranged = library.search("청년", since="2010", until="2011-06", limit=100)
    assert [h.row.title for h in ranged] == ["2011", "2010"]
    assert library.search("청년", kind=FactKind.AWARD) == []


def test_changed_date_moves_the_article_and_its_index_entry(library: Library) -> None:
    first = _store(library, "a", "2020-01-01", body="구직단념 청년")
    _store(library, "b", "2022-01-01", body="다른 기사")
    library.record(
        "/p/a", "a2", Article(text="구직단념 청년 지원", title="a", published="2024-01-01")
    )
    assert [r.title for r in library.rows()] == ["a", "b"]
    assert [h.row.id for h in library.search("구직단념", since="2023")] == [first]
    assert library.search("구직단념", until="2021") == []
    library._conn.execute("INSERT INTO text_index (text_index) VALUES ('integrity-check')")


_BODY = "구로구가 일자리대상에서 우수상을 받았다.\n\n청년 일자리를 늘린다."


def _old_library(folder: Path, version: int) -> Path:
    """Three articles as version 1 (or the development version 2) of the schema stored them."""
    award = Fact(FactKind.AWARD, 0, 21, _BODY[:21], {"prize": "우수상"})
    articles = [
        Article(text=_BODY, title=title, subtitle=subtitle, published=published, facts=(award,))
        for title, subtitle, published in [
            ("셋째", None, "2024-01-02"),
            ("첫째", "부제", None),
            ("둘째", "부제", "2023"),
        ]
    ]
    return version_1_library(folder, articles, version=version)


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_library_is_brought_forward_whole(tmp_path: Path, version: int) -> None:
    folder = _old_library(tmp_path / "old", version)
    with Library.open(folder) as lib:
        assert [r.title for r in lib.rows()] == ["셋째", "둘째", "첫째"]
        stored = lib.article(lib.rows()[0].id)
        assert stored.article.text.startswith("구로구가 일자리대상")
        (fact,) = stored.article.facts
        assert fact.kind is FactKind.AWARD and fact.text == stored.article.text[:21]
        assert lib.article(lib.rows()[1].id).article.subtitle == "부제"
        assert {h.row.title for h in lib.search("일자리대상")} == {"셋째", "둘째", "첫째"}
        assert [h.row.title for h in lib.search("부제 청년")] == ["둘째", "첫째"]
        lib.record("/p/0", "new", Article(text="바뀐 본문", title="셋째", published="2024-01-02"))
        assert {h.row.title for h in lib.search("일자리대상")} == {"둘째", "첫째"}
        conn = lib._conn
        conn.execute("INSERT INTO text_index (text_index) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "text_trigrams" not in tables and "text_bigrams" not in tables
        table = lib.fact_table(FactKind.AWARD)
        (row,) = table.rows()  # the two articles left tell one award
        told = dict(zip((column.name for column in table.columns), row.cells, strict=True))
        assert told["articles"] == 2 and told["prize"] == "우수상"


def test_only_an_upgrade_is_announced_with_its_number_of_articles(tmp_path: Path) -> None:
    heard: list[int] = []
    with Library.open(_old_library(tmp_path / "old", 1), on_upgrade=heard.append):
        assert heard == [3]
    with Library.open(tmp_path / "old", on_upgrade=heard.append):
        pass
    with Library.open(tmp_path / "new", on_upgrade=heard.append):
        pass
    assert heard == [3]
