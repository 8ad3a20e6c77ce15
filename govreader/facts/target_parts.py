"""Parts that add up to a total share its type.

A story gives a total and then its parts, often in a sentence with no verb of its own:

    구는 내년 노인 일자리 1,320개를 제공한다. 공익형 1,100개, 시장형 180개, 파견형 40개 등이다.
    … 72개 사업에 915명이 배치됐다: 공공근로 835명, 지역공동체 80명.

The parts say neither 했다 nor 할 계획이다; that they add up to the total says what they are. A
run of untyped counts (two or more, one after another, in the same counter) that sums to a typed
count of the same sentence or the one before takes its type. An approximate part or total
(`2천 4백여 명`) may be off by a little. Parts that a breakdown opens (`유형별로 살펴보면, 공익형이
2,771명, 서비스형이 1,115명, …`) are parts by its word: they may leave one out (a page cut short,
`등`), so they need only stay within the total.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from govreader.facts.rules import rule
from govreader.model import FactKind

# Counters of the same thing: people in households are counted apart from people.
_SAME = {"건": "개", "개사": "개", "개소": "곳"}
# How far a sum with an approximate part (여) may be from its total.
_NEAR = 0.02
# The most parts a total is broken into: a breakdown names a few, and longer runs would cost
# time on text that is all numbers.
_MOST = 12
_SUMS = rule(
    FactKind.TARGET, "parts adding up to a typed total", "A 120명, B 80명 등 200명을 채용했다"
)


@dataclass(frozen=True)
class Counted:
    """One counted number of a sentence, typed or not."""

    sentence: int  # the index of its sentence
    start: int  # where it starts in the sentence
    value: int | float
    unit: str
    approximate: bool
    kind: str | None
    barred: bool = False  # never a target, whatever it adds up to (조례안 12건)
    opened: bool = False  # after a breakdown's opening words in its sentence (유형별로 보면)
    rule: str | None = None  # the name of the rule that typed it (`facts.rules`)


def _counter(unit: str) -> str:
    return _SAME.get(unit, unit)


def _adds_up(parts: list[Counted], total: Counted) -> bool:
    whole = sum(part.value for part in parts)
    if whole == total.value:
        return True
    if all(part.opened for part in parts) and whole < total.value:
        return True
    rough = total.approximate or any(part.approximate for part in parts)
    return rough and abs(whole - total.value) <= _NEAR * total.value


def _totals(typed: dict[int, list[Counted]], sentence: int, counter: str) -> list[Counted]:
    """The typed counts in `counter` of `sentence` and the one before it."""
    near = typed.get(sentence - 1, []) + typed.get(sentence, [])
    return [count for count in near if _counter(count.unit) == counter]


def share_sums(counts: list[Counted]) -> list[Counted]:
    """`counts` (in text order) with each run of untyped parts that adds up to a typed total of
    its sentence or the one before typed as that total. A run is read in one counter, past
    counts in other counters between its parts (`22개 사업에 2,400명, 8개 사업 220명`)."""
    shared = list(counts)
    groups: dict[tuple[int, str], list[int]] = {}
    typed_in: dict[int, list[Counted]] = {}
    for index, count in enumerate(shared):
        if count.kind is not None:
            typed_in.setdefault(count.sentence, []).append(count)
        if not count.unit.startswith("%") and not count.barred:
            groups.setdefault((count.sentence, _counter(count.unit)), []).append(index)
    for (sentence, counter), indexes in groups.items():
        totals = _totals(typed_in, sentence, counter)
        run: list[int] = []
        for index in [*indexes, -1]:
            if index >= 0 and shared[index].kind is None:
                run.append(index)
                continue
            typed = _typed_run([shared[i] for i in run], totals)
            for position, part in zip(run, typed, strict=True):
                shared[position] = part
            run = []
    return shared


def _typed_run(run: list[Counted], totals: list[Counted]) -> list[Counted]:
    """The run with its longest stretch of two to `_MOST` parts that adds up to a total typed."""
    if len(run) < 2 or not totals:
        return run
    best: tuple[int, int, Counted] | None = None
    for begin in range(len(run) - 1):
        for end in range(begin + 2, min(len(run), begin + _MOST) + 1):
            if best is not None and end - begin <= best[1] - best[0]:
                continue
            parts = run[begin:end]
            total = next((t for t in totals if _adds_up(parts, t)), None)
            if total is not None:
                best = (begin, end, total)
    if best is None:
        return run
    begin, end, total = best
    typed = [replace(part, kind=total.kind, rule=_SUMS.name) for part in run[begin:end]]
    return [*run[:begin], *typed, *run[end:]]
