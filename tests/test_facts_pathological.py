"""No input makes a fact pattern run away: one long line per pattern family finishes in time.

Lines without facts are 1 MB; lines dense with facts (every few characters a sum of money or a
trigger word) are 100 KB, since they yield tens of thousands of facts. A generous bound (5 s of
this process's CPU time, which other work on the machine does not inflate much; the slowest lines,
ten thousand counts or audience triggers in a row, take 1.1-1.6 s on a busy 2-core machine, so the
bound keeps three times their cost) guards against catastrophic backtracking, not speed; speed is
measured in `bench/facts_bench.py`.
"""

from __future__ import annotations

import time

import pytest

from govreader.facts import MAX_CHARS, extract
from govreader.model import Article

pytestmark = pytest.mark.slow

LIMIT_CPU_S = 5.0
MEGABYTE = 1_000_000
DENSE = 100_000

LINES = {
    "digits-and-commas": "1," * (MEGABYTE // 2),
    "digits": "7" * MEGABYTE,
    "triangles": "▲" * MEGABYTE,
    "triangle-items": "▲사업 " * (DENSE // 4),
    "myriad-words": "만억조" * (MEGABYTE // 3),
    "money": "1만원 " * (DENSE // 4),
    "counts": "3,000개 창출 " * (DENSE // 10),
    "close-counts": "3명 " * (DENSE // 4),  # each count's rules read its sentence: cap the counts
    "comma-list": "청년 지원사업, " * (DENSE // 9),
    "open-quotes": "“" * MEGABYTE,
    "quotes": "“말”고 " * (DENSE // 5),
    "single-quotes": "‘" * MEGABYTE,
    "brackets": "(" * MEGABYTE,
    "audience-triggers": "청년을 대상으로 " * (DENSE // 9),
    "award-words": "우수상을 수상했다 " * (DENSE // 10),
    "spaces": " " * MEGABYTE,
    "ages": "만 18세 이상 " * (DENSE // 9),
}


@pytest.mark.parametrize("line", LINES.values(), ids=LINES.keys())
def test_one_long_line_finishes(line: str) -> None:
    started = time.process_time()
    extract(Article(text=line))
    assert time.process_time() - started < LIMIT_CPU_S


def test_facts_are_looked_for_in_the_first_part_of_a_huge_text() -> None:
    paragraph = "구는 예산 65억 원을 투입한다."
    text = "\n\n".join([paragraph] * (MAX_CHARS // len(paragraph) + 100))
    found = extract(Article(text=text))
    assert found
    assert max(fact.end for fact in found) <= MAX_CHARS
    assert all(text[f.start : f.end] == f.text for f in found)
