"""A sentence of many items is read in time linear in its length: twice the items, about twice
the work, counted as the characters the readers' patterns scan (`tests.regex_work`), never timed.

Each line is one sentence under `sentences.MAX_SENTENCE`, so the reader's cut into pieces does
not hide a rescan per item; each shape once cost a rescan of the sentence for every item.
"""

from __future__ import annotations

import pytest

from tests.regex_work import regex_work

# The work of twice the items over the work of the items: 2 when linear, 4 when quadratic.
_MAX_GROWTH = 2.6

SHAPES = {
    # program names read back past list marks: the break words were searched again per mark
    "middle-dot-marks": "· ",
    "dash-marks": "- ",
    # contest grades: the rest of the sentence was searched per grade for another grade
    "grades": "대상 ",
    "grades-topic": "대상은 ",
    # audience triggers: the people at an event searched after each candidate
    "trigger-lists": "등에게 지원 ",
    "trigger-marked": "▲을 대상으로 ",
    # lists closed by 등: each read its words, its tail and the last mark before it from the
    # sentence's start
    "lists-closed": "등 사업을 추진한다 ",
    # a run of lists closed by 등: each was read back over every list before it, a lone 등
    # being an item word
    "lists-run": "지원사업, 등 ",
}


def _line(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars].strip()


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_twice_the_items_cost_about_twice_the_work(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    short = regex_work(monkeypatch, _line(unit, 480))
    long = regex_work(monkeypatch, _line(unit, 960))
    assert long <= _MAX_GROWTH * short, f"{long} / {short} = {long / short:.1f}"
