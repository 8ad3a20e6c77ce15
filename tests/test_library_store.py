"""The library store: keys, updates in place, reading state, and refusing files it cannot trust."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from govreader.library import (
    Library,
    LibraryError,
    ListQuery,
    connection,
    import_paths,
    is_stand_in,
    library_dir,
    schema,
    stand_in_title,
)
from govreader.library.location import DB_NAME
from govreader.library.schema import SCHEMA_VERSION
from govreader.model import Article, Fact, FactKind, PageError
from tests.old_libraries import version_1_library

REPO = Path(__file__).resolve().parents[1]


def _article(body: str, title: str = "제목", published: str | None = None, **extra) -> Article:
    return Article(text=body, title=title, published=published, **extra)


def _award_article() -> Article:
    body = "성동구가 일자리대상 최우수상을 받았다.\n\n구 관계자는 기쁘다고 말했다."
    facts = (
        Fact(FactKind.AWARD, 0, 20, body[:20], {"prize": "최우수상", "year": 2023}),
        Fact(FactKind.QUOTE, 22, 38, body[22:38], {"speaker": "구 관계자"}),
    )
    return Article(
        text=body,
        title="성동구 최우수상",
        subtitle="5년 연속",
        reporter="홍길동",
        published="2023-12-06T09:00:00",
        source="성동신문",
        facts=facts,
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib") as lib:
        yield lib


def test_library_dir_prefers_option_then_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GOVREADER_LIBRARY", str(tmp_path / "env"))
    assert library_dir(tmp_path / "opt") == tmp_path / "opt"
    assert library_dir() == tmp_path / "env"
    monkeypatch.delenv("GOVREADER_LIBRARY")
    assert library_dir().name.lower() == "govreader"


def test_new_library_is_wal_with_schema_version_and_foreign_keys(tmp_path: Path) -> None:
    with Library.open(tmp_path) as lib:
        assert lib.path.parent == tmp_path
    conn = sqlite3.connect(lib.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "texts", "paths", "text_index"} <= tables
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    assert set(schema.FACT_COUNT_COLUMNS.values()) <= columns
    conn.close()


def test_stored_facts_nested_too_deep_are_damage_not_a_crash(library: Library) -> None:
    """A library row is no safer than a page (an older version wrote it, or a hand): facts
    nested deeper than the JSON decoder recurses are reported as damage, as undecodable bytes
    are, where the reader stopped with a RecursionError."""
    library.record("/pages/a.html", "h1", _award_article())
    (row,) = library.rows()
    bomb = zlib.compress(b"[" * 100_000)
    library._conn.execute("UPDATE texts SET facts = ? WHERE id = ?", (bomb, row.id))
    with pytest.raises(LibraryError, match="damaged"):
        library.article(row.id)


def test_article_round_trips_with_facts_and_paths(library: Library) -> None:
    stored = _award_article()
    assert library.record("/pages/a.html", "h1", stored) == "imported"
    (row,) = library.rows()
    assert row.title == "성동구 최우수상"
    assert row.fact_counts[FactKind.AWARD] == 1
    assert row.fact_counts[FactKind.QUOTE] == 1
    assert row.fact_counts[FactKind.AMOUNT] == 0
    got = library.article(row.id)
    assert got.article.facts == stored.facts
    assert got.article.text == stored.text
    assert (got.article.subtitle, got.article.reporter) == ("5년 연속", "홍길동")
    assert got.paths == ("/pages/a.html",)
    assert (got.read, got.bookmarked, got.position) == (False, False, 0)


def test_same_content_twice_is_one_article_with_both_paths(library: Library) -> None:
    assert library.record("/a/one.html", "same", _article("본문")) == "imported"
    assert library.record("/a/one.html", "same", _article("본문")) == "unchanged"
    assert library.known("/b/copy.html", "same") == "duplicate"
    assert library.known("/b/copy.html", "same") == "unchanged"
    assert library.count() == 1
    (row,) = library.rows()
    assert library.article(row.id).paths == ("/a/one.html", "/b/copy.html")


def test_empty_until_an_article_is_stored_and_again_once_it_is_removed(library: Library) -> None:
    assert library.is_empty()
    library.record("/a/one.html", "one", _article("본문"))
    assert not library.is_empty()
    library.known("/b/copy.html", "one")  # a second path to the same article
    (row,) = library.rows()
    assert library.remove([row.id]) == 1
    assert library.is_empty()


def test_unknown_content_needs_parsing(library: Library) -> None:
    assert library.known("/a/new.html", "never-seen") is None
    assert library.count() == 0


def test_changed_page_is_updated_in_place_keeping_reading_state(library: Library) -> None:
    library.record("/a/page.html", "v1", _article("옛 본문 문장", title="옛 제목"))
    (row,) = library.rows()
    library.set_read(row.id, True)
    library.set_bookmark(row.id, True)
    library.set_position(row.id, 42)
    assert (
        library.record("/a/page.html", "v2", _article("새 본문 문장", title="새 제목")) == "updated"
    )
    (after,) = library.rows()
    assert after.id == row.id and after.title == "새 제목"
    got = library.article(row.id)
    assert (got.read, got.bookmarked, got.position) == (True, True, 42)
    assert library.search("새 본문") and not library.search("옛 본문")
    assert not library.search("옛")


def test_changed_copy_splits_from_its_twin(library: Library) -> None:
    library.record("/a/one.html", "v1", _article("같은 본문"))
    library.known("/a/two.html", "v1")
    assert library.record("/a/two.html", "v2", _article("바뀐 본문")) == "updated"
    assert library.count() == 2
    paths = sorted(library.article(r.id).paths for r in library.rows())
    assert paths == [("/a/one.html",), ("/a/two.html",)]


def test_page_becoming_a_copy_of_another_drops_its_old_article(library: Library) -> None:
    library.record("/a/one.html", "v1", _article("첫째 본문"))
    library.record("/a/two.html", "v2", _article("둘째 본문"))
    two = next(r for r in library.rows() if library.article(r.id).paths == ("/a/two.html",))
    library.set_bookmark(two.id, True)
    assert library.known("/a/two.html", "v1") == "updated"
    (row,) = library.rows()
    assert library.article(row.id).paths == ("/a/one.html", "/a/two.html")
    assert row.bookmarked
    assert not library.search("둘째")
    with pytest.raises(LibraryError):
        library.article(two.id)


def test_rows_are_newest_first_and_filtered(library: Library) -> None:
    library.record("/p/1", "1", _article("가", title="old", published="2021-01-01"))
    library.record("/p/2", "2", _award_article())
    library.record("/p/3", "3", _article("나", title="undated"))
    library.record("/p/4", "4", _article("다", title="new", published="2024-03-01", source="S"))
    assert [r.title for r in library.rows()] == ["new", "성동구 최우수상", "old", "undated"]
    assert [r.title for r in library.rows(offset=1, limit=2)] == ["성동구 최우수상", "old"]
    assert library.count(ListQuery(kind=FactKind.AWARD)) == 1
    assert [r.title for r in library.rows(ListQuery(source="S"))] == ["new"]
    new = library.rows(limit=1)[0]
    library.set_read(new.id, True)
    library.set_bookmark(new.id, True)
    assert library.count(ListQuery(unread=True)) == 3
    assert [r.title for r in library.rows(ListQuery(bookmarked=True))] == ["new"]
    assert list(library.source_tally()[0]) == ["S", "성동신문"]
    assert library.source_tally()[0] == {"S": 1, "성동신문": 1}
    library.record("/p/5", "5", _article("라", title="newer", published="2024-04-01", source="S"))
    assert library.source_tally()[0] == {"S": 2, "성동신문": 1}
    # the chooser's one read: the named sources, and the pages (old, undated) that named none
    assert library.source_tally() == ({"S": 2, "성동신문": 1}, 2)
    assert library.source_tally()[1] == library.count(ListQuery(sourceless=True))
    counts = library.kind_counts()  # the kind chooser's numbers, one read
    assert counts[FactKind.AWARD] == library.count(ListQuery(kind=FactKind.AWARD)) == 1
    assert set(counts) == set(FactKind) and sum(counts.values()) >= 1


def test_rows_articles_and_queries_are_values_changed_only_as_copies(library: Library) -> None:
    library.record("/p/2", "2", _award_article())
    row = library.rows()[0]
    stored = library.article(row.id)
    query = ListQuery(kind=FactKind.AWARD)
    for value, field in ((row, "read"), (stored, "read"), (query, "unread")):
        with pytest.raises(AttributeError):
            setattr(value, field, True)
        changed = value._replace(**{field: True})
        assert getattr(changed, field) is True and getattr(value, field) is False
    assert query._replace(text="최우수상") == ListQuery(text="최우수상", kind=FactKind.AWARD)
    assert library.rows(query._replace(text="최우수상"))[0].id == row.id


def test_ids_filter_keeps_only_those_articles_in_list_order(library: Library) -> None:
    for i in range(5):
        library.record(f"/p/{i}", str(i), _article(f"본문 {i}", title=f"t{i}", published=f"202{i}"))
    ids = {r.title: r.id for r in library.rows()}
    chosen = ListQuery(ids=frozenset({ids["t1"], ids["t3"]}))
    assert [r.title for r in library.rows(chosen)] == ["t3", "t1"]
    assert library.count(chosen) == 2
    assert library.count(ListQuery(ids=frozenset())) == 0
    assert library.count(ListQuery(ids=frozenset(range(10_000, 50_000)))) == 0
    assert library.count(ListQuery(text="본문", ids=frozenset({ids["t4"]}))) == 1


def test_position_is_the_row_index_in_the_filtered_list(library: Library) -> None:
    for i in range(5):
        library.record(f"/p/{i}", str(i), _article(f"본문 {i}", title=f"t{i}", published=f"202{i}"))
    rows = library.rows()
    assert [library.position(ListQuery(), r.id) for r in rows] == list(range(5))
    odd = ListQuery(ids=frozenset({rows[1].id, rows[3].id}))
    assert library.position(odd, rows[3].id) == 1
    assert library.position(odd, rows[0].id) is None


def test_article_ids_of_paths_in_order_each_once(library: Library) -> None:
    library.record("/p/a", "a", _article("가"))
    library.record("/p/b", "b", _article("나"))
    library.known("/p/copy-of-a", "a")
    ids = library.article_ids(["/p/b", "/p/a", "/p/copy-of-a", "/p/never"])
    assert [library.article(i).paths[0] for i in ids] == ["/p/b", "/p/a"]


def test_untitled_article_lists_its_first_words_marked_as_such(library: Library) -> None:
    library.record("/p/1", "1", Article(text="\n첫 줄 내용\n\n둘째 문단"))
    (row,) = library.rows()
    assert row.title == "(untitled) 첫 줄 내용"
    assert is_stand_in(row.title)
    assert library.article(row.id).article.title is None


def test_a_long_first_line_stands_in_cut_at_a_word() -> None:
    line = "해오름군은 올해 마을 돌봄 일자리를 두 배로 늘린다. 돌봄 인력은 가정을 찾는다. " * 2
    shown = stand_in_title(line)
    assert shown.startswith("(untitled) 해오름군은 올해") and shown.endswith("…")
    assert line.startswith(shown.removeprefix("(untitled) ").removesuffix("…"))
    assert not is_stand_in("해오름군, 마을 돌봄 일자리 두 배로")


def test_vanished_page_still_reads_but_raw_text_says_gone(library: Library) -> None:
    library.record("/nowhere/page.html", "h", _article("남은 본문"))
    (row,) = library.rows()
    assert library.article(row.id).article.text == "남은 본문"
    with pytest.raises(PageError):
        library.raw_text(row.id)


def test_raw_text_reads_the_saved_page_again(library: Library, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("원문 그대로의 글\n", encoding="utf-8")
    library.record(str(page), "h", _article("정리된 글"))
    (row,) = library.rows()
    assert "원문 그대로의 글" in library.raw_text(row.id)


def _incompressible(length: int) -> str:
    """Syllables at random: text that stays large when the library compresses it."""
    rng = random.Random(length)
    return "".join(chr(0xAC00 + rng.randrange(11172)) for _ in range(length))


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    with Library.open(tmp_path) as lib:
        path = lib.path
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _fingerprint(path)
    with pytest.raises(LibraryError) as caught:
        Library.open(tmp_path)
    message = str(caught.value)
    assert "newer" in message and str(path) in message and "\n" not in message
    assert _fingerprint(path) == before


@pytest.mark.parametrize(
    "content", [b"\x00garbage\xff" * 500, b"SQLite format 3\x00" + b"\x07" * 4000]
)
def test_corrupt_file_is_reported_with_its_path_and_kept(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content)
    before = _fingerprint(path)
    with pytest.raises(LibraryError) as caught:
        Library.open(tmp_path)
    message = str(caught.value)
    assert str(path) in message and "move" in message and "\n" not in message
    assert _fingerprint(path) == before


def test_foreign_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    before = _fingerprint(path)
    with pytest.raises(LibraryError, match="not a govreader library"):
        Library.open(tmp_path)
    assert _fingerprint(path) == before


def test_folder_that_cannot_be_created_is_a_library_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError, match="cannot create"):
        Library.open(blocker / "lib")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_read_only_folder_is_a_library_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LibraryError):
            Library.open(folder)
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("how", ["asked", "cannot write"])
def test_library_opened_read_only_reads_and_keeps_nothing(
    tmp_path: Path, monkeypatch, how: str
) -> None:
    with Library.open(tmp_path) as lib:
        lib.record("/p/1", "1", _award_article())
        path = lib.path
    before = _fingerprint(path)
    if how == "cannot write":
        monkeypatch.setattr(connection, "writable", lambda path: False)
    with Library.open(tmp_path, read_only=how == "asked") as lib:
        assert lib.read_only
        (row,) = lib.rows()
        assert lib.search("최우수상")[0].row.id == row.id
        assert lib.article(row.id).article.title == "성동구 최우수상"
        lib.set_read(row.id, True)
        lib.set_bookmark(row.id, True)
        with pytest.raises(LibraryError, match="read-only"):
            lib.record("/p/2", "2", _article("새 기사"))
        with pytest.raises(LibraryError, match="read-only"):
            import_paths(lib, [tmp_path])
        assert not lib.rows()[0].read and not lib.rows()[0].bookmarked
    assert _fingerprint(path) == before


def test_older_library_that_cannot_be_written_is_refused_untouched(
    tmp_path: Path, monkeypatch
) -> None:
    with Library.open(tmp_path) as lib:
        lib.record("/p/1", "1", _award_article())
        path = lib.path
    before = _fingerprint(path)
    step = "ALTER TABLE articles ADD COLUMN note TEXT"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, step))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(connection, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(connection, "writable", lambda path: False)
    with pytest.raises(LibraryError, match="older govreader") as caught:
        Library.open(tmp_path)
    assert "\n" not in str(caught.value)
    assert _fingerprint(path) == before


def test_a_version_1_library_that_cannot_be_written_says_so_in_one_line(
    tmp_path: Path, monkeypatch
) -> None:
    folder = version_1_library(tmp_path / "old", [_award_article()])
    before = _fingerprint(folder / DB_NAME)
    monkeypatch.setattr(connection, "writable", lambda path: False)
    with pytest.raises(LibraryError, match=r"older govreader.*write access") as caught:
        Library.open(folder)
    assert "\n" not in str(caught.value)
    assert _fingerprint(folder / DB_NAME) == before
    monkeypatch.undo()
    with Library.open(folder) as lib:  # where it can be written, it is brought forward
        assert lib.search("최우수상") and lib.fact_table(FactKind.AWARD).rows()


def test_a_library_of_the_unmerged_branchs_version_2_is_refused_untouched(tmp_path: Path) -> None:
    with Library.open(tmp_path) as lib:
        lib.record("/p/1", "1", _award_article())
        path = lib.path
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE fact_lines; DROP TABLE fact_rows; UPDATE schema_version SET version = 2;"
        " PRAGMA wal_checkpoint(TRUNCATE);"
    )
    conn.close()
    before = _fingerprint(path)
    for read_only in (False, True):
        with pytest.raises(LibraryError, match="unreleased development build") as caught:
            Library.open(tmp_path, read_only=read_only)
        assert "\n" not in str(caught.value)
    assert _fingerprint(path) == before


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    with Library.open(tmp_path) as lib:
        lib.record("/p/1", "1", _award_article())
        lib.set_position(lib.rows()[0].id, 7)
    with Library.open(tmp_path) as lib:
        (row,) = lib.rows()
        assert lib.article(row.id).position == 7
        assert lib.search("최우수상")[0].row.id == row.id


def test_library_never_imports_textual() -> None:
    code = (
        "import sys, govreader.library, govreader.library.importer;"
        "sys.exit('textual' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


def test_older_library_is_migrated_step_by_step(tmp_path: Path, monkeypatch) -> None:
    with Library.open(tmp_path) as lib:
        lib.record("/p/1", "1", _award_article())
    step = "ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT 'migrated'"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, step))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(connection, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Library.open(tmp_path) as lib:
        assert lib.count() == 1 and lib.search("최우수상")
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION + 1,)]
    assert conn.execute("SELECT note FROM articles").fetchall() == [("migrated",)]
    conn.close()


def test_full_disk_is_a_one_line_error_and_loses_nothing(library: Library) -> None:
    library.record("/p/1", "1", _award_article())
    pages = library._conn.execute("PRAGMA page_count").fetchone()[0]
    library._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(LibraryError, match="disk is full") as caught:
        library.record("/p/2", "2", _article(_incompressible(60_000)))
    assert "\n" not in str(caught.value)
    assert library.count() == 1 and library.known_paths() == {"/p/1"}
    assert library.search("최우수상")
