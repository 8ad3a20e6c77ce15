"""Importing saved pages: outcomes per page, re-import, changes, copies, failures, the pool."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from govreader.library import Library, import_paths, import_samples_if_empty, sample_articles_dir
from govreader.workers import BATCH_PAGES

MUNICIPALITIES = ("구로구", "성동구", "수원시", "강진군", "노원구", "마포구")


def write_page(folder: Path, i: int, marker: str = "") -> Path:
    """A small saved page (HTML) whose body holds a word found in no other page: 시험어{i}."""
    place = MUNICIPALITIES[i % len(MUNICIPALITIES)]
    page = folder / f"page-{i:04d}.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{place} 소식 {i}</title></head><body><article>"
        f"<h1>{place}, 청년 일자리 {i}개 창출</h1>"
        f"<p>{place}가 올해 청년 일자리 {i + 100}개를 만든다고 밝혔다.</p>"
        f"<p>시험어{i}{marker} 문장이다.</p>"
        f"<p>{place} 관계자는 예산 {i}억 원을 들여 사업을 펼치겠다고 말했다.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return page


def write_pages(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write_page(folder, i) for i in range(count)]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib") as lib:
        yield lib


def test_import_then_reimport_changes_nothing(library: Library, tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 5)
    seen: list[tuple[str, str]] = []
    first = import_paths(
        library, [tmp_path / "pages"], jobs=1, on_progress=lambda *a: seen.append(a)
    )
    assert (first.imported, first.updated, first.unchanged, first.failed) == (5, 0, 0, [])
    assert sorted(outcome for _, outcome in seen) == ["imported"] * 5
    assert library.count() == 5
    again = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 5)
    assert library.count() == 5
    assert library.search("시험어3")[0].row.id in {r.id for r in library.rows()}


def test_the_library_s_own_files_under_an_imported_folder_are_passed_over(tmp_path: Path) -> None:
    write_pages(tmp_path, 2)
    with Library.open(tmp_path / "lib") as library:
        summary = import_paths(library, [tmp_path], jobs=1)
        assert (summary.imported, summary.skipped, summary.failed) == (2, [], [])


def test_changed_page_is_updated_and_keeps_its_state(library: Library, tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", 3)
    import_paths(library, [tmp_path / "pages"], jobs=1)
    (hit,) = library.search("시험어1")
    library.set_read(hit.row.id, True)
    library.set_bookmark(hit.row.id, True)
    write_page(pages[1].parent, 1, marker="바뀜")
    summary = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert (summary.imported, summary.updated, summary.unchanged) == (0, 1, 2)
    (after,) = library.search("시험어1바뀜")
    assert after.row.id == hit.row.id and after.row.read and after.row.bookmarked
    assert library.count() == 3


def test_summary_names_the_articles_of_the_given_pages(library: Library, tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", 4)
    (tmp_path / "other").mkdir()
    write_page(tmp_path / "other", 0)  # the same content as pages[0], under another name
    write_page(tmp_path / "other", 9)
    import_paths(library, [tmp_path / "other"], jobs=1)
    first = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert (first.imported, first.unchanged, len(first.article_ids)) == (3, 1, 4)
    held = [set(library.article(i).paths) for i in first.article_ids]
    assert all(str(page) in paths for page, paths in zip(sorted(pages), held, strict=True))
    write_page(pages[1].parent, 1, marker="바뀜")
    again = import_paths(library, [pages[1], pages[2], tmp_path / "missing.html"], jobs=1)
    assert (again.updated, again.unchanged, len(again.failed)) == (1, 1, 1)
    assert [library.article(i).paths for i in again.article_ids] == [
        (str(pages[1]),),
        (str(pages[2]),),
    ]


def test_copy_under_another_name_is_one_article_with_two_paths(
    library: Library, tmp_path: Path
) -> None:
    (page,) = write_pages(tmp_path / "pages", 1)
    copy = tmp_path / "elsewhere" / "renamed.html"
    copy.parent.mkdir()
    shutil.copy(page, copy)
    summary = import_paths(library, [page, copy], jobs=1)
    assert (summary.imported, summary.unchanged, summary.duplicates) == (1, 1, 1)
    (row,) = library.rows()
    assert library.article(row.id).paths == (str(page), str(copy))


def test_failures_are_reported_and_do_not_stop_the_rest(library: Library, tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 2)
    (tmp_path / "pages" / "empty.html").write_bytes(b"")
    summary = import_paths(library, [tmp_path / "pages", tmp_path / "nope"], jobs=1)
    assert summary.imported == 2
    failed = dict(summary.failed)
    assert str(tmp_path / "nope") in failed
    assert str(tmp_path / "pages" / "empty.html") in failed
    assert all(reason and "\n" not in reason for reason in failed.values())


def test_vanished_pages_are_reported_missing_and_still_read(
    library: Library, tmp_path: Path
) -> None:
    pages = write_pages(tmp_path / "pages", 3)
    import_paths(library, [tmp_path / "pages"], jobs=1)
    (hit,) = library.search("시험어2")
    pages[2].unlink()
    summary = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert summary.missing == [str(pages[2])]
    assert summary.failed == [] and summary.unchanged == 2
    assert "시험어2" in library.article(hit.row.id).article.text
    shutil.rmtree(tmp_path / "pages")
    gone = import_paths(library, [tmp_path / "pages"], jobs=1)
    assert gone.failed == [] and len(gone.missing) == 3


def test_pool_import_matches_single_process_import(tmp_path: Path) -> None:
    pages = BATCH_PAGES * 4 + 6  # several batches for each of two workers
    write_pages(tmp_path / "pages", pages)
    (tmp_path / "pages" / "broken.html").write_bytes(b"")
    results = []
    for jobs in (1, 2):
        with Library.open(tmp_path / f"lib{jobs}") as lib:
            starts: list[int] = []
            summary = import_paths(lib, [tmp_path / "pages"], jobs=jobs, on_start=starts.append)
            assert starts == [pages + 1]
            texts = sorted(lib.article(r.id).article.text for r in lib.rows(limit=1000))
            results.append((summary.imported, len(summary.failed), texts))
    assert results[0] == results[1]
    assert results[0][:2] == (pages, 1)


def test_samples_are_imported_only_into_an_empty_library(library: Library) -> None:
    folder = sample_articles_dir()
    if not folder.is_dir():
        pytest.skip("no sample_articles folder")
    count = import_samples_if_empty(library)
    assert count > 0 and library.count() == count
    assert import_samples_if_empty(library) == 0
