"""Precision, recall and F1 per kind over the labelled set, with floors raised as rules improve.

The labelled set is the corpus pages with `facts_labelled` (`../shared/corpus/html/NNN.json`),
the sample articles' label files (`tests/labels/sample_articles/`) and the blind pages
(`tests/pages/`, labelled before the extractor ever ran on them), all in the LABELING.md format;
`tests/labels/matching.py` says how a prediction matches a label. The blind pages are scored
twice: in the total and on their own, the honest figure for pages the rules were not tuned on.
Run with `-s` to see both tables and every wrong or missed fact.
"""

from __future__ import annotations

import pytest
from labels.loader import Labelled, labelled_pages, read_article
from labels.matching import KINDS, LABEL_KEYS, MATCHERS, Score, predicted

from govreader.facts import extract
from govreader.model import Fact

# (precision, F1) floors per kind; the product owner's goals on unseen pages are F1 ≥ 0.9 for
# awards, ≥ 0.85 for targets and amounts, ≥ 0.75 for programs and audiences, precision ≥ 0.9.
FLOORS = {
    "award": (0.95, 0.95),
    "program": (0.95, 0.86),
    "target": (0.98, 0.88),
    "audience": (0.97, 0.88),
    "amount": (0.97, 0.97),
}

# (precision, F1) floors on the blind pages alone. The first eight, before any rule saw them,
# scored P/F1 award 0.88/0.88, program 0.87/0.53, target 0.78/0.52, audience 1.00/0.50, amount
# 1.00/1.00; three more written after those fixes scored, unseen, award 1.00/1.00, program
# 1.00/0.87, target 0.89/0.76, audience 1.00/1.00, amount 1.00/1.00. Those are the honest
# figures for new pages; the rules were then fixed for the sentence families the pages showed,
# so these floors guard the fixes, not generalisation.
BLIND_FLOORS = {
    "award": (0.95, 0.95),
    "program": (0.95, 0.9),
    "target": (0.95, 0.85),
    "audience": (0.95, 0.9),
    "amount": (0.95, 0.95),
}


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
    # The one allowed is a true shorter mention (the label adds the year the article drops).
    assert len(scores["program"].partial) <= 1
