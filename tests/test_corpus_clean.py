"""Cleaning quality over the real saved pages beside the repository (../shared/corpus).

The real labelled pages of `../shared/corpus/real` (excerpts copied out as text, saved HTML, the
same HTML as a terminal browser prints it) are scored first, each folder on its own, exactly as
the product owner scores them: `bench/score_real.py` runs the owner's `score.py` from that
folder. Then the corpus of issue 2: recall is the share of `body_in` snippets found in the
cleaned body, leakage the share of `boiler_out` chrome lines found in it, both with white space
and quote marks dropped, over the whole corpus rather than per page. Pages are only read; every
test skips when its pages are absent.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from govreader.clean import clean_page
from govreader.ingest import load_page
from govreader.model import Article

LOOSE = re.compile(r"[\s\"'`‘’“”「」『』]")
SCORE_REAL = Path(__file__).resolve().parents[1] / "bench" / "score_real.py"
REAL_FLOORS = {
    "excerpts": {
        **{"body_recall": 0.985, "boiler_leak": 0.026},
        **{"title_acc": 0.93, "published_acc": 0.97, "reporter_acc": 0.95},
    },
    "html": {
        **{"body_recall": 1.0, "boiler_leak": 0.01},
        **{"title_acc": 1.0, "published_acc": 1.0, "reporter_acc": 0.5},
    },
    "text": {
        **{"body_recall": 0.97, "boiler_leak": 0.01},
        **{"title_acc": 1.0, "published_acc": 1.0, "reporter_acc": 1.0},
    },
}
"""What the cleaner reaches on each folder of real pages, all pages (README, cleaning quality);
`boiler_leak` is a ceiling, the rest floors."""
PAGES = Path(__file__).resolve().parent / "pages"
PAGE_LABELS = Path(__file__).resolve().parent / "labels" / "pages"


@pytest.fixture(scope="module")
def score_real() -> ModuleType:
    """`bench/score_real.py`, which counts with the owner's `score.py`; skips without the pages."""
    spec = importlib.util.spec_from_file_location("score_real", SCORE_REAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not (module.REAL / "score.py").is_file():
        pytest.skip("../shared/corpus/real is not beside the repository")
    return module


@pytest.mark.parametrize("folder", sorted(REAL_FLOORS))
def test_real_pages_clean_as_the_owner_scores_them(score_real: ModuleType, folder: str) -> None:
    path = score_real.REAL / folder
    articles = score_real.read_folder(path)
    for half in score_real.HALVES:
        figures, _ = score_real.score_folder(path, articles, half)
        shown = ", ".join(f"{key} {figures[key]:.3f}" for key in REAL_FLOORS[folder])
        print(f"real/{folder} {half}: {shown}")
        if half == "all":
            overall = figures
    assert overall["missing_pages"] == 0
    for key, floor in REAL_FLOORS[folder].items():
        if key == "boiler_leak":
            assert overall[key] <= floor, key
        else:
            assert overall[key] >= floor, key


def loose(text: str) -> str:
    return LOOSE.sub("", text)


@dataclass
class Tally:
    found: int = 0
    snippets: int = 0
    leaked: int = 0
    chrome: int = 0
    meta: dict[str, list[bool]] = field(default_factory=dict)

    def recall(self) -> float:
        return self.found / self.snippets

    def leakage(self) -> float:
        return self.leaked / self.chrome

    def accuracy(self, name: str) -> float:
        marks = self.meta.get(name, [])
        return sum(marks) / len(marks) if marks else 1.0


def same_date(ours: str | None, expected: str) -> bool:
    """Ours may be more precise than the label (a time where the label has only the day)."""
    return ours is not None and ours.replace("T", " ").startswith(expected.replace("T", " "))


def same_reporter(ours: str | None, expected: str) -> bool:
    return ours is not None and loose(ours) in loose(expected)


def meta_checks(article: Article, expected: dict[str, str | None]) -> dict[str, bool]:
    """Title, date and reporter against the labels, where the page has them."""
    checks: dict[str, bool] = {}
    if expected.get("title"):
        checks["title"] = loose(article.title or "") == loose(expected["title"] or "")
    if expected.get("published"):
        checks["published"] = same_date(article.published, expected["published"] or "")
    if expected.get("reporter"):
        checks["reporter"] = same_reporter(article.reporter, expected["reporter"] or "")
    return checks


def measure(folder: Path, suffix: str) -> Tally:
    tally = Tally()
    for expectation in sorted(folder.glob("*.json")):
        expected = json.loads(expectation.read_text("utf-8"))
        article: Article = clean_page(load_page(expectation.with_suffix(suffix)))
        body = loose(article.text)
        missed = [s for s in expected["body_in"] if loose(s) not in body]
        leaked = [s for s in expected["boiler_out"] if loose(s) in body]
        tally.found += len(expected["body_in"]) - len(missed)
        tally.snippets += len(expected["body_in"])
        tally.leaked += len(leaked)
        tally.chrome += len(expected["boiler_out"])
        for name, right in meta_checks(article, expected).items():
            tally.meta.setdefault(name, []).append(right)
        print(
            f"{expectation.stem}{suffix}: missed {len(missed)} of {len(expected['body_in'])},"
            f" leaked {len(leaked)} of {len(expected['boiler_out'])};"
            f" title={article.title!r} published={article.published} reporter={article.reporter}"
        )
    print(
        f"{folder.name}: recall {tally.recall():.3f}, leakage {tally.leakage():.3f}, "
        + ", ".join(f"{name} {tally.accuracy(name):.2f}" for name in tally.meta)
    )
    return tally


@pytest.mark.parametrize(
    ("kind", "suffix", "floors"),
    [
        ("html", ".html", {"title": 0.95, "published": 0.9, "reporter": 0.95}),
        ("text", ".txt", {"title": 0.85, "published": 0.85, "reporter": 0.9}),
    ],
)
def test_corpus_recall_and_leakage(
    corpus_dir: Path, kind: str, suffix: str, floors: dict[str, float]
) -> None:
    tally = measure(corpus_dir / kind, suffix)
    assert tally.snippets > 50 and tally.chrome > 50
    assert tally.recall() >= 0.95
    assert tally.leakage() <= 0.05
    for name, floor in floors.items():
        assert tally.accuracy(name) >= floor, name


def test_pages_without_expectations_clean_without_error(corpus_dir: Path) -> None:
    """Front pages, list pages and documentation: read without raising, some text kept."""
    for page in sorted((corpus_dir / "html").glob("*.html")):
        if page.with_suffix(".json").exists():
            continue
        article = clean_page(load_page(page))
        assert article.text.strip(), page.name


def _labelled_pages() -> list[Path]:
    return sorted(PAGE_LABELS.glob("*.json"))


def _clean_labelled(label_path: Path) -> tuple[dict, Article]:
    expected = json.loads(label_path.read_text("utf-8"))
    return expected, clean_page(load_page(PAGES / expected.get("file", label_path.stem)))


@pytest.mark.parametrize("label_path", _labelled_pages(), ids=lambda path: path.stem)
def test_labelled_page_keeps_its_body_and_metadata(label_path: Path) -> None:
    """Pages written for the tests (tests/pages, labels per LABELING.md): every body snippet is
    kept, and the headline, date and reporter are as labelled."""
    expected, article = _clean_labelled(label_path)
    body = loose(article.text)
    assert [s for s in expected["body_in"] if loose(s) not in body] == []
    checks = meta_checks(article, expected)
    wrong = {name: getattr(article, name) for name, right in checks.items() if not right}
    assert wrong == {}
    if "reporter" in expected and expected["reporter"] is None:
        assert article.reporter is None  # an outlet, a desk or a department is not a reporter


def test_labelled_pages_leak_no_chrome() -> None:
    """Chrome lines of the labelled pages stay out of the body: over all pages (labellers differ
    on a few lines, e.g. a notice's 붙임 line), and at most one line on any page."""
    leaked, chrome = 0, 0
    for label_path in _labelled_pages():
        expected, article = _clean_labelled(label_path)
        body = loose(article.text)
        found = [s for s in expected["boiler_out"] if loose(s) in body]
        print(f"{label_path.stem}: leaked {found}")
        assert len(found) <= 1, label_path.stem
        leaked += len(found)
        chrome += len(expected["boiler_out"])
    assert chrome >= 40
    assert leaked / chrome <= 0.05
