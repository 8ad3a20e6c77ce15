"""Typos the open web is full of never cost a page its facts: a particle left alone after a space
(`청년을 을 대상으로`), a word doubled, quotation marks with nothing but spaces between them. Each
sentence is read by every kind; none may raise, and every span found must be exact.

A reader that raises on one sentence loses the whole page (`govreader add` answers "cannot be
read"), so these are crashes, not misses.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from govreader.facts import extract
from govreader.model import Article

NOUNS = ("청년", "구민 누구나")
STRAY = ("을", "를", "이", "가", "은", "는", "에게", "의", "와", "과", "및", "등", "")
TRIGGERS = (
    "을 대상으로 교실을 운영한다.",
    "에게 지원한다.",
    "를 위한 사업을 추진한다.",
    "이 참여할 수 있다.",
    "은 누구나 신청할 수 있다.",
)


def _sentences() -> list[str]:
    return [
        f"구는 {noun}{first} {stray} {trigger}".replace("  ", " ")
        for noun, first, stray, trigger in itertools.product(NOUNS, ("을", ""), STRAY, TRIGGERS)
    ]


def _breakages(texts: Iterable[str]) -> list[str]:
    """Each text the readers fail on, with its error (every one is listed); spans stay exact."""
    broken = []
    for text in texts:
        try:
            found = extract(Article(text=text))
        except Exception as error:
            broken.append(f"{text}: {type(error).__name__}: {error}")
            continue
        assert all(text[fact.start : fact.end] == fact.text for fact in found), text
    return broken


def test_a_stray_particle_does_not_break_the_readers() -> None:
    assert _breakages(f"{sentence} 예산 3억 원을 들인다." for sentence in _sentences()) == []


QUOTES = ("‘{}’", "’{}’", "“{}”", '"{}"', "「{}」", "『{}』", "<{}>", "《{}》")
BLANKS = ("", " ", "  ", "   ", " · ", " - ")
AFTER = ("을 운영한다.", " 을 운영한다.", "  %받았다", "에 선정됐다.", "", " 사업을 추진한다.")


def test_a_blank_quotation_does_not_break_the_readers() -> None:
    quoted = (q.format(blank) for q, blank in itertools.product(QUOTES, BLANKS))
    texts = [
        f"구는 어르신을 찾아가는 {q}{after} 사업도 를 각{q}" for q in quoted for after in AFTER
    ]
    assert len(texts) == len(QUOTES) * len(BLANKS) * len(AFTER)
    assert _breakages(texts) == []
