"""A bug in one facts reader costs that kind's facts, not the page: reported, and raised in
strict mode (which the test suite runs in)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govreader.cli import main
from govreader.facts import amount
from govreader.library import Library, import_paths
from govreader.model import Fact, FactKind
from govreader.reading import STRICT_ENV, read_page

PAGE = "\n".join(
    [
        "해오름시, 청년 일자리 사업 확대",
        "",
        "해오름시가 올해 청년 일자리 1,200개 창출을 목표로 예산 30억 원을 들인다고 밝혔다.",
        "시 관계자는 “청년이 머무는 도시를 만들겠다”고 말했다.",
    ]
)
ERROR_LINE = (
    "its amount facts could not be read (IndexError: a planted bug), a bug in govreader; "
    "the article is kept without them"
)


def _broken(*args: object) -> Iterator[Fact]:
    raise IndexError("a planted bug")


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, "utf-8")
    return path


@pytest.fixture
def broken_amounts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The amount reader fails on every page, and the suite's strict switch is off."""
    monkeypatch.setattr(amount, "find", _broken)
    monkeypatch.delenv(STRICT_ENV)


def test_the_page_keeps_its_text_and_other_kinds(
    page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = read_page(page)
    assert {fact.kind for fact in whole.facts} >= {FactKind.AMOUNT, FactKind.QUOTE}
    monkeypatch.setattr(amount, "find", _broken)
    monkeypatch.delenv(STRICT_ENV)
    problems: list[str] = []
    article = read_page(page, problems=problems)
    assert problems == [ERROR_LINE]
    assert article.text == whole.text
    assert article.facts == tuple(f for f in whole.facts if f.kind is not FactKind.AMOUNT)


@pytest.mark.usefixtures("broken_amounts")
def test_without_a_problems_list_the_bug_is_raised(page: Path) -> None:
    with pytest.raises(IndexError, match="a planted bug"):
        read_page(page)


def test_strict_mode_raises(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(amount, "find", _broken)
    with pytest.raises(IndexError, match="a planted bug"):
        read_page(page, problems=[])


@pytest.mark.usefixtures("broken_amounts")
def test_facts_prints_the_article_and_one_line(
    page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["facts", str(page), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert err == f"govreader: {page}: {ERROR_LINE}\n"
    assert '"kind": "quote"' in out and '"kind": "amount"' not in out


@pytest.mark.usefixtures("broken_amounts")
def test_add_imports_the_page_and_reports_the_line(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--library", str(tmp_path / "lib"), "add", str(page)]) == 0
    out, err = capsys.readouterr()
    assert f"govreader: {page}: {ERROR_LINE}\n" in err
    assert "imported 1," in out + err and "failed 0" in out + err
    assert main(["--library", str(tmp_path / "lib"), "add", str(page)]) == 0
    out, err = capsys.readouterr()  # the lost kind is read again, and lost again while the bug is
    assert f"govreader: {page}: {ERROR_LINE}\n" in err
    assert "read again 1, unchanged 0" in out
    with Library.open(tmp_path / "lib") as library:
        summary = import_paths(library, [page], jobs=1)
        assert library.count() == 1 and (summary.refreshed, summary.imported) == (1, 0)


@pytest.mark.usefixtures("broken_amounts")
def test_the_reader_opens_on_the_page_and_its_notice_names_the_problem(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govreader import cli
    from govreader.tui.app import GovReaderApp

    notices: list[str | None] = []
    monkeypatch.setattr(GovReaderApp, "run", lambda app: notices.append(app.main_screen.notice))
    monkeypatch.setattr(cli, "has_terminal", lambda: True)
    assert main(["--library", str(tmp_path / "lib"), str(page)]) == 0
    ((notice,),) = [notices]
    assert notice is not None and notice.startswith("Showing the 1 article from the pages given")
    assert notice.endswith(f"page.txt: {ERROR_LINE}")
