"""Shared fixtures: the corpus of real saved pages and the seed page, beside the repository, and a
library of the sample articles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from govreader.library import Library, import_paths, sample_articles_dir

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# A facts reader's bug costs a user only that kind's facts (`govreader.reading`); tests raise it,
# so fuzz and pathological pages keep catching such bugs. Set here, before any fixture or worker
# process starts (workers inherit it); a test of the firewall itself takes it away.
os.environ["GOVREADER_STRICT"] = "1"


def pytest_configure(config: pytest.Config) -> None:
    """Without `../shared/seeds` the seed's snapshot tests skip, and their kept pictures would
    count as unused snapshots, which fails the run: then only warn of unused ones. With it (CI,
    the development machines) an unused snapshot still fails."""
    if not (SHARED / "seeds").is_dir():
        config.option.warn_unused_snapshots = True


@pytest.fixture(autouse=True)
def config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps the reader's settings in a folder of its own, never the real home."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("GOVREADER_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps `govreader table`'s answers in a folder of its own, never the real
    cache (a test asking twice is answered from it the second time)."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("GOVREADER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """`../shared/corpus` (html/ and text/ with their NNN.json expectations); skips when absent."""
    path = SHARED / "corpus"
    if not (path / "html").is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed page (text saved from a local-news article); skips when absent."""
    seeds = sorted((SHARED / "seeds").glob("000_*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds is not beside the repository")
    return seeds[0]


@pytest.fixture(scope="module")
def library_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of the bundled sample articles, made once per test module."""
    folder = tmp_path_factory.mktemp("samples") / "library"
    with Library.open(folder) as library:
        assert import_paths(library, [sample_articles_dir()], jobs=1).imported
    return folder


@pytest.fixture
def sample_library(tmp_path: Path) -> Iterator[Library]:
    """The bundled sample articles in an open library of the test's own, for tests that drive
    the reader on them (snapshots, the facts pane) with nothing needed beside the repository."""
    library = Library.open(tmp_path / "samples")
    summary = import_paths(library, [sample_articles_dir()], jobs=1)
    assert summary.imported >= 10, summary.failed
    yield library
    library.close()
