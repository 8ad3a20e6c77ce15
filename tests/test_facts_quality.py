"""Precision, recall and F1 per kind, with floors raised as rules improve.

The yardstick is `../shared/corpus/real`: pages nobody on this project wrote, scored folder by
folder (excerpts and HTML apart) and in odd- and even-numbered halves, counted by the owner's own
`score.py` through `bench/score_real.py` (loaded by path, so the counting is written once). Rules
are read on the odd half only; the even half stands in for the owner's unseen pages.

The written pages below are sentence tests for families, not the yardstick. That labelled set is
the corpus pages with `facts_labelled` (`../shared/corpus/html/NNN.json`), the sample articles'
label files (`tests/labels/sample_articles/`) and the blind pages (`tests/pages/`, labelled
before the extractor ever ran on them), all in the LABELING.md format; `tests/labels/matching.py`
says how a prediction matches a label. Run with `-s` to see the tables and every wrong, cut
("part") or missed fact.

The blind pages came in batches (a label's `batch`; the first eleven have none). Each batch was
scored once on first sight, before any rule was tuned on it: batch 3 before the fix rounds,
batch N after round N-3 had tuned the rules on batch N-1. Those are the honest figures for pages
the rules have never seen, F1 (precision):

    kind       batch 3      batch 4      batch 5      batch 6      batch 7
    award      0.62 (0.73)  0.57 (0.83)  0.78 (0.94)  0.48 (0.50)  0.70 (0.87)
    program    0.70 (0.80)  0.72 (0.82)  0.77 (0.86)  0.79 (0.85)  0.76 (0.79)
    target     0.53 (0.75)  0.71 (0.89)  0.73 (0.87)  0.70 (0.85)  0.72 (0.81)
    audience   0.62 (0.77)  0.77 (0.82)  0.67 (0.68)  0.78 (0.81)  0.72 (0.79)
    amount     0.98 (0.96)  0.99 (0.99)  0.97 (0.95)  1.00 (0.99)  0.99 (0.98)

Every batch was then used to fix rules for the sentence families it showed, so the floors below
guard those fixes against regressions; they do not measure generalisation.
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from labels.loader import Labelled, labelled_pages, read_article
from labels.matching import KINDS, LABEL_KEYS, MATCHERS, Score, predicted

from govreader.facts import extract
from govreader.model import Fact

# (precision, F1) floors per kind over every labelled page.
FLOORS = {
    "award": (0.97, 0.95),
    "program": (0.94, 0.89),
    "target": (0.94, 0.89),
    "audience": (0.86, 0.89),
    "amount": (0.96, 0.97),
}

# (precision, F1) floors on the blind pages alone (batch 7, untuned, included).
BLIND_FLOORS = {
    "award": (0.97, 0.95),
    "program": (0.94, 0.9),
    "target": (0.94, 0.89),
    "audience": (0.86, 0.88),
    "amount": (0.96, 0.97),
}


# (precision, F1) floors per real folder over all its pages, at what the facts reach today.
# `award who` is the grade and recipient, the award's name aside; with no gold in a folder,
# precision 1.0 means nothing was made up there.
REAL_FLOORS = {
    "excerpts": {
        "award": (0.90, 0.82),
        "award_who": (0.95, 0.86),
        # reached 0.92 (0.83); a little room for cleaning changes elsewhere
        "program": (0.90, 0.81),
        # reached 0.89 (0.87) on this branch; a little room for cleaning changes elsewhere
        "target": (0.86, 0.84),
        # reached 0.88 (0.81) in session 11
        "audience": (0.87, 0.80),
        "amount": (0.99, 0.98),
    },
    "html": {
        "award": (1.0, 1.0),
        "award_who": (1.0, 1.0),
        "program": (0.70, 0.70),
        "audience": (1.0, 0.57),
        # The low end of a range is a sum (4 of 4 right on the unread excerpts); one HTML
        # page's labels leave one out, so HTML amount precision is 0.78 (F1 0.83 → 0.88).
        "amount": (0.77, 0.87),
    },
}
REAL_KINDS = ("award", "award_who", "program", "target", "audience", "amount")


def _score_real() -> ModuleType:
    """`bench/score_real.py`, which runs the pipeline and the owner's scorer over a folder."""
    path = Path(__file__).resolve().parents[1] / "bench" / "score_real.py"
    spec = importlib.util.spec_from_file_location("score_real", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def real_scores() -> dict[tuple[str, str], dict[str, Any]]:
    """The owner's figures per (folder, half) of the real pages; skips when they are absent."""
    score_real = _score_real()
    if not (score_real.REAL / "score.py").is_file():
        pytest.skip("../shared/corpus/real is not beside the repository")
    figures: dict[tuple[str, str], dict[str, Any]] = {}
    print("\nreal pages, the owner's counting: P / R / F1 (hit/gold/predicted)")
    for folder in REAL_FLOORS:
        path = score_real.REAL / folder
        articles = score_real.read_folder(path)
        for half in score_real.HALVES:
            found, counts = score_real.score_folder(path, articles, half)
            figures[folder, half] = found
            cells = "  ".join(
                f"{k} {found[f'{k}_p']:.2f}/{found[f'{k}_r']:.2f}/{found[f'{k}_f1']:.2f}"
                f" ({'/'.join(map(str, counts[k]))})"
                for k in REAL_KINDS
            )
            print(f"  {folder:8} {half:4} {cells}")
    return figures


@pytest.mark.parametrize(
    ("folder", "kind"), [(f, k) for f, floors in REAL_FLOORS.items() for k in floors]
)
def test_real_pages_meet_their_floors(
    real_scores: dict[tuple[str, str], dict[str, Any]], folder: str, kind: str
) -> None:
    precision_floor, f1_floor = REAL_FLOORS[folder][kind]
    figures = real_scores[folder, "all"]
    assert figures[f"{kind}_p"] >= precision_floor
    assert figures[f"{kind}_f1"] >= f1_floor


def test_real_pages_are_all_read(real_scores: dict[tuple[str, str], dict[str, Any]]) -> None:
    assert all(real_scores[folder, "all"]["missing_pages"] == 0 for folder in REAL_FLOORS)


def _score(pairs: list[tuple[Labelled, list[Fact]]]) -> dict[str, Score]:
    totals = {kind: Score() for kind in KINDS}
    for page, facts in pairs:
        for kind in KINDS:
            golds = page.labels.get(LABEL_KEYS[kind]) or []
            totals[kind].add(page.path.name, predicted(facts, kind), golds, MATCHERS[kind])
    return totals


def _report(heading: str, totals: dict[str, Score]) -> None:
    print(heading)
    for kind, score in totals.items():
        print(
            f"{kind:9} P={score.precision:.2f} R={score.recall:.2f} F1={score.f1:.2f}"
            f"  ({score.correct}/{score.predicted} right, {score.found}/{score.labelled} found)"
        )
        for line in score.wrong:
            print(f"    wrong  {line}")
        for line in score.partial:
            print(f"    part   {line}")
        for line in score.missed:
            print(f"    missed {line}")


@pytest.fixture(scope="module")
def extracted() -> list[tuple[Labelled, list[Fact]]]:
    pages = list(labelled_pages())
    if not pages:
        pytest.skip("no labelled pages (shared corpus and sample labels absent)")
    return [(page, extract(read_article(page.path))) for page in pages]


@pytest.fixture(scope="module")
def scores(extracted: list[tuple[Labelled, list[Fact]]]) -> dict[str, Score]:
    totals = _score(extracted)
    _report(f"\nfacts quality over {len(extracted)} labelled pages", totals)
    return totals


@pytest.fixture(scope="module")
def blind_scores(extracted: list[tuple[Labelled, list[Fact]]]) -> dict[str, Score]:
    blind = [(page, facts) for page, facts in extracted if page.blind]
    if not blind:
        pytest.skip("no blind pages")
    totals = _score(blind)
    _report(f"\nblind set: {len(blind)} pages labelled before the extractor ran on them", totals)
    batches: dict[str, list[tuple[Labelled, list[Fact]]]] = defaultdict(list)
    for page, facts in blind:
        batches[str(page.labels.get("batch") or "1-2")].append((page, facts))
    print("\nF1 (precision) by batch, now:")
    for batch, pairs in sorted(batches.items()):
        row = _score(pairs)
        cells = "  ".join(f"{k} {row[k].f1:.2f} ({row[k].precision:.2f})" for k in KINDS)
        print(f"  batch {batch:4} {len(pairs):2} pages  {cells}")
    return totals


@pytest.mark.parametrize("kind", KINDS)
def test_kind_meets_its_floors(scores: dict[str, Score], kind: str) -> None:
    precision_floor, f1_floor = FLOORS[kind]
    assert scores[kind].precision >= precision_floor
    assert scores[kind].f1 >= f1_floor


def test_the_set_has_labels_of_every_kind(scores: dict[str, Score]) -> None:
    assert all(scores[kind].labelled > 0 for kind in KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_blind_pages_meet_their_floors(blind_scores: dict[str, Score], kind: str) -> None:
    precision_floor, f1_floor = BLIND_FLOORS[kind]
    assert blind_scores[kind].precision >= precision_floor
    assert blind_scores[kind].f1 >= f1_floor


def test_program_names_are_not_cut(scores: dict[str, Score]) -> None:
    # Two are allowed: a true shorter mention (the label adds the place the sentence drops), and
    # a list item whose describing clause is left out (`▲AI와 함께하는 글쓰기 교실` is named
    # `글쓰기 교실`, as issue 10 asks of such clauses; the written label keeps the clause).
    assert len(scores["program"].partial) <= 2
