"""The labelled set for the facts tests: corpus pages, the sample articles and the blind pages.

The blind pages (`tests/pages/`, labels in `tests/labels/pages/`) were written and labelled
before the extractor was run on them, in shapes the rules were not tuned on; their score is the
honest estimate of how the rules generalise.

Corpus and seed files live beside the repository (`../shared`) and are read at test time, never
copied into the project; tests skip when they are absent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govreader.clean import clean_page
from govreader.ingest import load_page
from govreader.model import Article

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_60aa8c5a86ba35ba.txt"
CORPUS_HTML = SHARED / "corpus" / "html"
SAMPLES = ROOT / "sample_articles"
SAMPLE_LABELS = Path(__file__).resolve().parent / "sample_articles"
BLIND = ROOT / "tests" / "pages"
BLIND_LABELS = Path(__file__).resolve().parent / "pages"


@dataclass(frozen=True)
class Labelled:
    """One page with its labels in the LABELING.md format."""

    path: Path
    labels: dict[str, Any]
    blind: bool = False


def read_article(path: Path) -> Article:
    """The cleaned article of a saved page, through the real pipeline."""
    return clean_page(load_page(path))


def seed_article() -> Article:
    """The seed page, cleaned by the real pipeline."""
    return read_article(SEED)


def labelled_pages() -> Iterator[Labelled]:
    """Corpus pages whose facts were labelled, sample articles, then the blind pages."""
    if CORPUS_HTML.is_dir():
        for label_path in sorted(CORPUS_HTML.glob("*.json")):
            labels = json.loads(label_path.read_text(encoding="utf-8"))
            if labels.get("facts_labelled"):
                yield Labelled(label_path.with_suffix(".html"), labels)
    yield from _beside(SAMPLE_LABELS, SAMPLES, blind=False)
    yield from _beside(BLIND_LABELS, BLIND, blind=True)


def _beside(labels_dir: Path, pages_dir: Path, *, blind: bool) -> Iterator[Labelled]:
    """Label files named `<page file name>.json` whose page exists in `pages_dir`."""
    for label_path in sorted(labels_dir.glob("*.json")):
        labels = json.loads(label_path.read_text(encoding="utf-8"))
        page = pages_dir / label_path.stem
        if page.exists() and labels.get("facts_labelled"):
            yield Labelled(page, labels, blind)
