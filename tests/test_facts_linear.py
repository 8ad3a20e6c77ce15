"""A sentence of many items is read in time linear in its length: twice the items, about twice
the work, counted as the characters the readers' patterns scan (`tests.regex_work`), never timed.

Each line is one sentence under `sentences.MAX_SENTENCE`, so the reader's cut into pieces does
not hide a rescan per item; each shape once cost a rescan of the sentence for every item.
"""

from __future__ import annotations

import re
import re._constants as sre  # the parsed form of a pattern, to check what its matches read
import re._parser as parser
from collections.abc import Iterator
from typing import Any

import pytest

from govreader.facts.audience_shapes import _QUOTA_RE
from govreader.facts.award_recipients import _QUOTED_SPAN_RE, _quoted_before
from govreader.facts.target_sentence import PLAIN, SEAM
from tests.regex_work import regex_work, regex_work_by_pattern

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


@pytest.mark.parametrize("word", ["지역인재", "가·" * 40 + "가"])
def test_a_group_kept_for_places_is_read_from_its_word_start_only(word: str) -> None:
    """`A로 우선 선발`: the group A opens a word, so the pattern tries a word at its start and
    not again from each letter, where it read the rest of the word each time: a long word
    before `로 우선 선발` cost its length squared. (A count of the characters a search scans
    does not see that work, done inside one search, so the test asks where a group may start.)"""
    text = f"정원의 일부를 {word}로 우선 선발한다"
    start = text.index(word)
    found = _QUOTA_RE.search(text)
    assert found is not None and found.span("kept") == (start, start + len(word))
    assert _QUOTA_RE.search(text, start + 1) is None


EACH_READ = {
    # each count's sentence was searched from its start for prize, draw and statistics words
    "counts-after-lists": "지원사업, 등 3개 사업 ",
    "people": "3명 ",
    "prize-winners": "상을 받은 3명 ",
    "people-and-a-prize": "청년과 노인 등 3명에게 최우수상을 ",
    # lists after ▲: the words were read from each mark to the sentence's end; and the part
    # before each count searched for `실적은`
    "marked-lists": "▲청년 ▲노인 등 3개 사업을 추진한다 ",
    # prizes: the statements searched for each prize, the sentence for an event's word before
    # each grade, and its quotes read to each prize's subject
    "prizes-told": "평가에서 최우수상을 받았다 ",
}


@pytest.mark.parametrize("unit", EACH_READ.values(), ids=EACH_READ.keys())
def test_no_pattern_reads_a_sentence_again_for_each_item(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    """Pattern by pattern: a few words searched in each count's whole sentence grew with the
    square of a sentence of counts, a few percent of all the work, which the sum hid."""
    short = regex_work_by_pattern(monkeypatch, _line(unit, 480))
    long = regex_work_by_pattern(monkeypatch, _line(unit, 960))
    grown = {name: long[name] / short[name] for name in long if short.get(name, 0) >= 480}
    worst = max(grown, key=grown.__getitem__)
    assert grown[worst] <= _MAX_GROWTH, f"{worst}: {long[worst]} / {short[worst]}"


_READS_ONLY_ITSELF = {
    sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.BRANCH, sre.SUBPATTERN,
    sre.MAX_REPEAT, sre.MIN_REPEAT, sre.CATEGORY,
}  # fmt: skip


def _ops(tree: Any) -> Iterator[tuple[Any, Any]]:
    for op, argument in tree:
        yield op, argument
        if op is sre.SUBPATTERN:
            yield from _ops(argument[3])
        elif op is sre.BRANCH:
            for branch in argument[1]:
                yield from _ops(branch)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            yield from _ops(argument[2])


@pytest.mark.parametrize("source", sorted(PLAIN))
def test_a_pattern_searched_once_a_sentence_reads_only_its_match(source: str) -> None:
    """What `target_sentence` answers from a few searches of a sentence holds only for a
    pattern whose match reads nothing outside itself (`^` aside) and is at most `SEAM` long."""
    tree = parser.parse(source)
    assert not tree.state.flags & re.MULTILINE
    for op, argument in _ops(tree):
        assert op in _READS_ONLY_ITSELF or (op is sre.AT and argument is sre.AT_BEGINNING)
    assert tree.getwidth()[1] <= SEAM


@pytest.mark.parametrize(
    "text",
    [
        "‘청년 마을’ 사업과 “다시 ‘뛰는’ 시장” 사업이 '우수' 사례로 \"최우수\"상을 받았다",
        "‘열리고 닫히지 않는 이름과 ‘다른 이름’ 그리고 'a\n' \"b",
        "‘" + "가" * 90 + "’ ‘나’",
    ],
)
def test_the_quotes_read_once_are_those_read_to_each_end(text: str) -> None:
    """The quotes before a subject, from the sentence's quotes read once, are those a search
    stopping at each place finds: even where a quote runs past it and one opens inside."""
    for end in range(len(text) + 1):
        found = [m.span() for m in _QUOTED_SPAN_RE.finditer(text, 0, end)]
        assert _quoted_before(text, end) == found, end
