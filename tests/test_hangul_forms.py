"""Decomposed Hangul (NFD jamo, as macOS writes file names): composed at ingest, so facts,
search and display see syllables; names shown are composed, the path that opens stays real."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from govreader.cli import main
from govreader.hangul_forms import composed_hangul
from govreader.library import Library, import_paths
from tests.test_tui import make_app, synchronously

TITLE = "새봄군, 청년 일자리 1,200개 창출 목표"
BODY = (
    "새봄군이 올해 만 19세 이상 34세 이하 청년을 위한 일자리 1,200개 창출을 목표로 "
    "한다고 밝혔다.\n\n"
    "군은 이를 위해 예산 35억 원을 들여 '새봄 청년 일터' 사업을 펼친다.\n"
)
NAME = "새봄군 청년 일자리.txt"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def twin_pages(tmp_path: Path) -> tuple[Path, Path]:
    """The same page composed (its name too) and decomposed, in two folders."""
    composed, decomposed = tmp_path / "nfc", tmp_path / "nfd"
    composed.mkdir()
    decomposed.mkdir()
    (composed / NAME).write_text(f"{TITLE}\n\n{BODY}", encoding="utf-8")
    (decomposed / nfd(NAME)).write_text(nfd(f"{TITLE}\n\n{BODY}"), encoding="utf-8")
    return composed / NAME, decomposed / nfd(NAME)


def test_a_decomposed_page_reads_as_the_composed_one(
    twin_pages: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    composed, decomposed = twin_pages
    assert decomposed.name != NAME  # the file system keeps the decomposed name
    assert main(["facts", "--format", "json", str(composed), str(decomposed)]) == 0
    first, second = json.loads(capsys.readouterr().out)
    assert second["path"] == str(decomposed)  # the real path, which opens the file
    assert second["title"] == TITLE
    assert second["text"] == first["text"]
    assert second["facts"] == first["facts"]
    assert {fact["kind"] for fact in second["facts"]} >= {"target", "amount"}


def test_a_decomposed_file_name_is_shown_composed(
    twin_pages: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, decomposed = twin_pages
    empty = decomposed.parent / nfd("빈 기사.txt")
    empty.write_text("", encoding="utf-8")
    assert main(["clean", str(decomposed.parent)]) == 1
    out, err = capsys.readouterr()
    assert f"==> {decomposed.parent / NAME} <==" in out
    assert err.strip() == f"govreader: {decomposed.parent / '빈 기사.txt'}: empty file"


def test_search_finds_a_decomposed_page_by_a_word_in_either_form(
    twin_pages: tuple[Path, Path], tmp_path: Path
) -> None:
    _, decomposed = twin_pages
    library = Library.open(tmp_path / "library")
    try:
        assert import_paths(library, [decomposed], jobs=1).imported == 1
        for query in ("일자리", nfd("일자리"), "청년 일터", nfd("새봄군")):
            hits = library.search(query)
            assert [hit.row.title for hit in hits] == [TITLE], query
    finally:
        library.close()


def test_only_hangul_is_composed() -> None:
    assert composed_hangul("가\u11a8") == "각"  # a decomposed final after a composed syllable
    assert composed_hangul(nfd("한글 café")) == "한글 " + nfd("café")
    compatibility_hanja = "\uf900\uf9d0"  # KS X 1001's duplicates: full NFC would change them
    assert composed_hangul(nfd("한") + compatibility_hanja) == "한" + compatibility_hanja
    archaic = "\u1140\u119e"  # no modern syllable: left as it is
    assert composed_hangul(archaic) == archaic


@synchronously
async def test_the_reader_names_a_decomposed_file_composed_and_opens_the_real_one(
    twin_pages: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, decomposed = twin_pages
    seen = tmp_path / "seen.txt"
    browser = tmp_path / "my-browser"
    browser.write_text(f'#!/bin/sh\nprintf %s "$1" > "{seen}"\n')
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", f"{browser} %s")
    library = Library.open(tmp_path / "library")
    try:
        assert import_paths(library, [decomposed], jobs=1).imported == 1
        app, notes = make_app(library, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("o")
            await app.workers.wait_for_complete()
            assert seen.read_text(encoding="utf-8") == str(decomposed)
            assert ("information", f"Opened {NAME} with my-browser") in notes
    finally:
        library.close()


def test_the_readers_notice_names_a_decomposed_file_composed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govreader import cli
    from govreader.tui.app import GovReaderApp

    empty = tmp_path / nfd("빈 기사.txt")
    empty.write_text("", encoding="utf-8")
    notices: list[str | None] = []
    monkeypatch.setattr(GovReaderApp, "run", lambda app: notices.append(app.main_screen.notice))
    monkeypatch.setattr(cli, "has_terminal", lambda: True)
    assert main(["--library", str(tmp_path / "lib"), str(empty)]) == 0
    assert notices == ["Nothing could be imported: 빈 기사.txt: empty file"]
