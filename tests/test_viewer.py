"""`$BROWSER` with a saved page whose name a hostile page chose: the name never runs as code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from govreader.viewer import choose_viewer, run

HOSTILE_NAMES = (
    "$(touch X).html",
    "`touch X`.html",
    "a; touch X; '\".html",
    "뉴스 $(touch X).html",
)


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_page_named_like_shell_code_runs_nothing_through_a_shell_string(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    page = tmp_path / "pages" / name
    page.parent.mkdir()
    page.write_text("<p>기사</p>", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    browser = "sh -c 'echo %s > bare; echo \"%s\" > double'"
    viewer = choose_viewer(page, env={"BROWSER": browser}, platform="linux")
    assert viewer is not None
    run(viewer)
    assert not (work / "X").exists()
    assert sorted(path.name for path in work.iterdir()) == ["bare", "double"]
    for written in ("bare", "double"):
        address = (work / written).read_text(encoding="utf-8").strip()
        assert address == page.as_uri()
        assert Path(unquote(urlsplit(address).path)) == page  # the browser finds the page


def test_a_whole_word_placeholder_is_the_plain_path(tmp_path: Path) -> None:
    page = tmp_path / "$(touch X).html"
    chosen = choose_viewer(
        page, env={"BROWSER": "less -R %s"}, platform="linux", which=lambda name: name
    )
    assert chosen is not None
    assert chosen.argv == ["less", "-R", str(page)]
    assert chosen.in_terminal


def test_an_embedded_placeholder_of_a_relative_path_is_an_absolute_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    chosen = choose_viewer(
        Path("a b.html"), env={"BROWSER": "firefox --url=%s"}, platform="linux", which=str
    )
    assert chosen is not None
    assert chosen.argv == ["firefox", f"--url={(tmp_path / 'a b.html').as_uri()}"]


def test_nothing_calls_pythons_webbrowser() -> None:
    """`webbrowser` puts the page's path into `$BROWSER`'s `%s` as it is: the same trap."""
    package = Path(__file__).resolve().parents[1] / "govreader"
    use = re.compile(r"^\s*(?:import|from)\s+webbrowser\b|\bwebbrowser\.\w+\(", re.MULTILINE)
    users = [path for path in package.rglob("*.py") if use.search(path.read_text("utf-8"))]
    assert users == []
