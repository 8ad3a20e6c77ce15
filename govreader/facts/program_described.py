"""What a sentence says a program is, which names no second program.

`‘A 사업’은 … 농가 실증 시범사업으로, …`, `A 공모사업은 … 집행하는 상향식 사업으로 …`, `A 사업은
현재 구의 대표 창업지원사업으로 자리 잡았다`: with a program as the sentence's topic, a phrase
headed by a program word that stands as its complement (`… 사업으로`, `… 사업이다`) tells what
kind of work the topic is. A program named before the topic (`B 사업으로 시작한 A 사업은`) and a
complement the topic is chosen for or made of (`… 사업으로 선정됐다`, `… 사업으로 구성된다`) are
other programs, and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The topic: a found name closed by 은/는 (after its closing quote, if quoted).
_TOPIC_RE = re.compile(r"[’'」』”\"]?(?:은|는)\s")
# The complement: `… 사업으로,`, `… 사업이다`, `… 사업으로 자리 잡았다`, `… 사업으로 정부의 …`,
# `… 사업으로 국비가 …` (the sentence goes on about the topic), never a word the topic is led
# to, chosen for or made of (`… 제도로 이어주는`, `… 사업으로 선정됐다`, `… 사업으로 구성된다`).
_COMPLEMENT_RE = re.compile(
    r"(?:이다|이며|입니다|으로서|로서|으로,|로,|(?:으로|로)\s(?:자리|[가-힣]{1,8}[의가을를도]\s))"
)


def described(text: str, spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans of `text` that are its topic program's description, not programs of their own."""
    ordered = sorted(set(spans))
    topics = [span for span in ordered if _TOPIC_RE.match(text, span[1])]
    if not topics:
        return set()
    topic_end = topics[0][1]
    return {span for span in ordered if span[0] > topic_end and _COMPLEMENT_RE.match(text, span[1])}
