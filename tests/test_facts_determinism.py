"""The same page gives the same facts on every run, whatever Python's hash seed (a set's order
changes with it; a fact must never depend on that order)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from govreader.model import FactKind
from tests.facts_helpers import kind_fields

# Two programs whose names are of one length, then a short mention that could be either.
TWO_FAIRS = (
    "노동청은 다음 달 대전·충남지역 일자리박람회와 강원·충북지역 일자리박람회를 차례로 연다고 "
    "밝혔다.\n\n이번 일자리박람회에는 지역 기업 120곳이 참여한다."
)


def _facts(path: Path, seed: int) -> list[dict[str, object]]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    run = subprocess.run(
        [sys.executable, "-m", "govreader", "facts", str(path), "--format", "json"],
        capture_output=True,
        check=True,
        env=env,
    )
    facts: list[dict[str, object]] = json.loads(run.stdout)[0]["facts"]
    return facts


def test_facts_do_not_change_with_the_hash_seed(tmp_path: Path) -> None:
    page = tmp_path / "fairs.txt"
    page.write_text(TWO_FAIRS, encoding="utf-8")
    runs = [_facts(page, seed) for seed in range(4)]
    assert all(run == runs[0] for run in runs[1:])


def test_a_short_mention_of_two_equal_names_takes_the_first_told() -> None:
    names = [fields["name"] for fields in kind_fields(TWO_FAIRS, FactKind.PROGRAM)]
    assert names.count("대전·충남지역 일자리박람회") == 2
    assert names.count("강원·충북지역 일자리박람회") == 1
