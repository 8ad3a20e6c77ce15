"""Counts in brackets after the names of a list's items.

Plans and reports often list what they count as names with the figure in brackets:

    정부부문은 직접일자리 창출(1만 2,000개), 직업훈련(850개), 창업지원(40개) 등이다.
    … 사회적기업 육성(300개)과 마을사업 운영(25개)을 추진해 일자리를 만들 계획이다.

Each bracket holds the figure alone, so the clause around it says nothing; the list says it as a
whole. The sentence's own ending does (했다 → result; 계획이다, 한다 → goal); a sentence with no
verb (`… 등이다`) takes it from its topic (실적은 → result, 계획은 → goal) or else from the
sentence before it, which it breaks down (`… 9개 분야에서 추진된다. 정부부문은 A(N개), …`).
Statistics broken down by group (`연령별로는 20대(120명), 30대(98명)`), applicants, turnout and
winners are left alone.
"""

from __future__ import annotations

import re

from govreader.facts.target_spot import by_ending

# The item's name ends right before the bracket (`창출(`, `운영 (`), or a counted plan opens the
# bracket (`청년(38개 사업 453명)`); not a figure (`858억 원(6.5%)`, `3.1억원(50%)`).
_OPEN = re.compile(r"(?<![\d,.])(?<![\d,.]\s)[가-힣A-Za-z]{2,}\s?\((?:\d[\d,]*개\s?사업\s)?$")
_FIGURE_BEFORE = re.compile(r"\d\s?[가-힣]{1,3}\s?\($")
# `A관(63개), B관(4개) 등 총 77개 부스`: parts of a total the sentence counts.
_TOTAL_AFTER = re.compile(r"^(?:\s?[^\d]{0,12}?)?등\s(?:총|모두)\s\d")
_CLOSE = re.compile(r"^(?:여)?\)")
_RESULT_HEAD = re.compile(r"실적|성과")
# Who a plan serves, counted per group, is what it aims at (`지원 대상별로는 청년(450명), …`).
_GOAL_HEAD = re.compile(r"목표|계획|(?:지원|모집|선발|채용)\s?(?:대상|인원|규모)")
# Lists of groups that are statistics, demand, turnout or winners, not goals or results.
_NOT_TARGETS = re.compile(
    r"신청|응모|지원자|응답|통계|인구|연령|성별|남성|여성\(|경쟁률|참석|관람|방문객|관광객|피해"
    r"|최우수|우수상|장려상|수상|선정된|부스|박람회|축제|행사장"
)
# A list of goals or results says what is aimed at or achieved; a list of anything else in the
# plain present (`A관(6개), B관(4개)이 운영된다`) is a description.
_TARGET_WORDS = re.compile(
    r"목표|계획|실적|성과|창출|달성|일자리|취업|채용|유치|양성|육성|공급|보급|배출|모집|선발"
)
# At least this many items make a list.
_LEAST = 2


def bracketed(text: str, start: int, end: int) -> bool:
    """Whether the count at `text[start:end]` stands alone in brackets after an item's name."""
    opening = text[max(0, start - 16) : start]
    if not _OPEN.search(opening) or _FIGURE_BEFORE.search(opening):
        return False
    return bool(_CLOSE.match(text[end:])) and not text[start:end].endswith(("%", "%p"))


def list_kind(text: str, spans: list[tuple[int, int]], previous: str) -> str | None:
    """The type the bracketed items at `spans` (starts and ends, in order) of `text` share, read
    from the sentence's ending, its topic, or the sentence before it."""
    if len(spans) < _LEAST or _NOT_TARGETS.search(text):
        return None
    if not _TARGET_WORDS.search(text) and not _TARGET_WORDS.search(previous):
        return None
    tail = text[spans[-1][1] :]
    if _TOTAL_AFTER.match(tail[1:]):
        return None
    kind = by_ending(tail)
    if kind is not None:
        # The verb after the list must say what it aims at or achieved (`… 일자리를 창출했다`),
        # not merely that something is (`… 운영된다`, `… 참여했다`).
        return kind if _TARGET_WORDS.search(tail) else None
    head = text[: spans[0][0]]
    if _RESULT_HEAD.search(head):
        return "result"
    if _GOAL_HEAD.search(head):
        return "goal"
    if not previous or _NOT_TARGETS.search(previous):
        return None
    return by_ending(previous)
