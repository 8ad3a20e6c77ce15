"""An unchanged page is read again when the rules that read its article changed since, or when a
kind's facts were lost to a reader bug: facts only when only the facts rules changed (no
cleaning), the whole page when the cleaning rules changed; read state kept either way."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from govreader import reading
from govreader.clean import clean_page
from govreader.facts import amount
from govreader.library import Library, import_paths
from govreader.library.location import DB_NAME
from govreader.library.schema import SCHEMA_VERSION
from govreader.library.writes import FACTS_AGAIN, READ_AGAIN, UNCHANGED
from govreader.model import Article, Fact, FactKind, Page
from govreader.reading import STRICT_ENV, ReaderVersions, reader_versions
from tests.old_libraries import version_1_library
from tests.test_import import write_pages

TODAY = reader_versions()


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib") as lib:
        yield lib


def _rules(monkeypatch: pytest.MonkeyPatch, *, cleaning: str = "", facts: str = "") -> None:
    """Pretend a newer govreader: its cleaning or facts rules differ from today's."""
    newer = ReaderVersions(cleaning or TODAY.cleaning, facts or TODAY.facts)
    monkeypatch.setattr(reading, "reader_versions", lambda: newer)


def _amounts(library: Library) -> int:
    return sum(row.fact_counts[FactKind.AMOUNT] for row in library.rows())


def _no_cleaning(page: Page) -> Article:
    raise AssertionError("cleaned again")


def _no_amounts(*args: object) -> Iterator[Fact]:
    return iter(())


def test_newer_facts_rules_read_the_stored_facts_again_without_cleaning(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pages(tmp_path / "pages", 3)
    import_paths(library, [tmp_path / "pages"], jobs=1)
    assert _amounts(library) == 3
    (hit,) = library.search("시험어1")
    library.set_read(hit.row.id, True)
    library.set_bookmark(hit.row.id, True)
    _rules(monkeypatch, facts="newer")
    monkeypatch.setattr(reading, "clean_page", _no_cleaning)
    monkeypatch.setattr(amount, "find", _no_amounts)  # the newer rules find no amounts
    summary = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert (summary.refreshed, summary.unchanged, summary.failed) == (3, 0, [])
    assert _amounts(library) == 0
    assert library.fact_table(FactKind.AMOUNT).rows() == []
    (after,) = library.search("시험어1")
    assert after.row.id == hit.row.id and after.row.read and after.row.bookmarked
    assert all(f.kind is not FactKind.AMOUNT for f in library.article(hit.row.id).article.facts)
    again = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert (again.refreshed, again.unchanged) == (0, 3)


def test_a_kind_lost_to_a_reader_bug_is_read_again_once_the_bug_is_gone(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pages(tmp_path / "pages", 2)
    monkeypatch.delenv(STRICT_ENV)
    with monkeypatch.context() as broken:
        broken.setattr(amount, "find", lambda *a: 1 // 0)
        first = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert first.imported == 2 and len(first.warned) == 2
    assert _amounts(library) == 0
    fixed = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert (fixed.refreshed, fixed.unchanged, fixed.warned) == (2, 0, [])
    assert _amounts(library) == 2
    assert import_paths(library, [tmp_path / "pages"], jobs=1).unchanged == 2


def test_newer_cleaning_rules_read_the_whole_page_again_keeping_its_state(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pages(tmp_path / "pages", 2)
    import_paths(library, [tmp_path / "pages"], jobs=1)
    (hit,) = library.search("시험어1")
    library.set_bookmark(hit.row.id, True)
    _rules(monkeypatch, cleaning="newer")
    retitled = lambda page: replace(clean_page(page), title="새 제목")  # noqa: E731
    monkeypatch.setattr(reading, "clean_page", retitled)
    summary = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert (summary.refreshed, summary.imported, summary.updated) == (2, 0, 0)
    assert [row.title for row in library.rows()] == ["새 제목", "새 제목"]
    (after,) = library.search("시험어1")
    assert after.row.id == hit.row.id and after.row.bookmarked
    assert library.count() == 2


def test_known_tells_which_reading_an_unchanged_page_needs(library: Library) -> None:
    library.record("/a/page.html", "h", Article(text="본문이다."))
    assert library.known("/a/page.html", "h") == UNCHANGED  # no rules given: not asked
    assert library.known("/a/page.html", "h", TODAY) == READ_AGAIN  # read by unknown rules
    library._conn.execute("UPDATE articles SET cleaned_by = ?", (TODAY.cleaning,))
    assert library.known("/a/page.html", "h", TODAY) == FACTS_AGAIN
    library._conn.execute("UPDATE articles SET facts_by = ?", (TODAY.facts,))
    assert library.known("/a/page.html", "h", TODAY) == UNCHANGED


def test_a_version_is_a_digest_of_its_steps_source_and_moves_with_any_rule(tmp_path: Path) -> None:
    package = SimpleNamespace(__path__=[str(tmp_path)])
    rule = tmp_path / "rule.py"
    rule.write_text("WORDS = ('수상',)\n", "utf-8")
    (tmp_path / "notes.txt").write_text("not source", "utf-8")
    before = reading._source_digest(package)
    assert reading._source_digest(package) == before
    (tmp_path / "notes.txt").write_text("changed, still not source", "utf-8")
    assert reading._source_digest(package) == before
    rule.write_text("WORDS = ('수상', '선정')\n", "utf-8")
    assert reading._source_digest(package) != before
    assert TODAY.cleaning != TODAY.facts


def test_a_module_outside_the_packages_that_ingest_runs_moves_the_cleaning_version(
    tmp_path: Path,
) -> None:
    """`hangul_forms` composes every decoded text, from outside `ingest`: its rules count."""
    module = tmp_path / "forms.py"
    module.write_text("RUN = '[\\u1100-\\u11ff]'\n", "utf-8")
    before = reading._source_digest(SimpleNamespace(__file__=str(module)))
    module.write_text("RUN = '[\\u1100-\\u11ff\\ua960-\\ua97f]'\n", "utf-8")
    assert reading._source_digest(SimpleNamespace(__file__=str(module))) != before
    from govreader import clean, hangul_forms, ingest

    assert TODAY.cleaning != reading._source_digest(ingest, clean)
    assert TODAY.cleaning == reading._source_digest(ingest, clean, hangul_forms)


def test_a_library_from_before_the_versions_reads_its_pages_again_once(tmp_path: Path) -> None:
    """An article stored by a version-4 library has no versions: `add` reads its page again
    (the rules that read it are not known), keeping its read state, then leaves it alone."""
    (page,) = write_pages(tmp_path / "pages", 1)
    old = Article(text="옛 본문", title="옛 제목")
    folder = version_1_library(tmp_path / "old", [old], version=4)
    conn = sqlite3.connect(folder / DB_NAME)
    digest = hashlib.sha256(page.read_bytes()).hexdigest()
    conn.execute("UPDATE articles SET hash = ?, read = 1", (digest,))
    conn.execute("UPDATE paths SET path = ?", (str(page),))
    conn.commit()
    conn.close()
    with Library.open(folder) as library:
        (row,) = library.rows()
        assert row.title == "옛 제목"
        summary = import_paths(library, [tmp_path / "pages"], jobs=1)
        assert (summary.refreshed, summary.imported) == (1, 0)
        (after,) = library.rows()
        assert after.id == row.id and after.read and after.title != "옛 제목"
        assert library.search("시험어0")
        assert import_paths(library, [tmp_path / "pages"], jobs=1).unchanged == 1
    conn = sqlite3.connect(folder / DB_NAME)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    conn.close()
