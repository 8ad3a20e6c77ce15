"""Visitors to a place of leisure, tallied: never a target unless the page sets them a goal.

A tally of who came to a beach, a park, a tourist site or a festival (`해수욕장 방문객은 총 52만
명으로 집계됐다`, `3만 명의 피서객을 맞았다`, `12만 명이 이곳을 찾았다`, `순환 열차를 6천 명이
이용했다`) is turnout or a tourism statistic, like the festival's crowd `target_vetoes` reads in
one sentence: the labels count what a program did or aims at. It is told in sentences that name
no festival or fair (a beach's season, a site's year), so the page is read as a whole: on a page
that names a place of leisure, its visitor counts are left alone when the page sets no goal for
visitors anywhere. When it does (`관광객 100만 명 유치를 목표로`, `유치 목표 420만 명에 418만 명이
찾았다`), the count reached is that goal's result and stays. A page that names no such place (a
city's year of tourism, a centre's or a library's users) keeps its counts: users of a service
are what it did.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from govreader.facts import target_cues as cues

VISITORS = r"방문객|관광객|관람객|입장객|피서객|나들이객|탐방객|방문자|인파"
USERS = r"이용객|이용자|이용\s?인원|이용한\s인원"
# A goal set for visitors anywhere on the page (`관광객 유치 목표를`, `방문객 30만 명을 목표로`).
VISITOR_GOAL = re.compile(
    rf"(?:{VISITORS})[^.\n]{{0,30}}목표|목표[^.\n]{{0,30}}(?:{VISITORS})|유치\s?목표"
)
LEISURE = re.compile(
    r"해수욕장|해변|축제|관광지|유원지|휴양림|수목원|테마파크|놀이공원|스키장|야영장"
)
# The visitors named as the clause's subject or topic before the count (`방문객은 총`, `관람객이
# 지난해보다 12% 늘어난`).
NAMED_BEFORE = re.compile(rf"(?:{VISITORS}|{USERS})(?:\s?수)?(?:은|는|이|가)\s")
# The count naming them after it (`3만 명의 관람객을`), or said to have come or used the place
# (`12만 명이 이곳을 찾았다`, `9만 명이 다녀갔다`, `8천 명이 이용했다`).
NAMED_AFTER = re.compile(rf"^(?:여\s?)?의\s(?:[^\s,.]+\s)?(?:{VISITORS}|{USERS})")
CAME_AFTER = re.compile(
    r"^(?:여\s?)?[이가]\s(?:[^\s,.]+\s){0,3}?[^\s,.]*?"
    r"(?:찾았|찾은|찾아|다녀|방문|몰렸|몰려|몰린|이용)"
)
# A sentence that speaks of a goal, a record of work or a program's results keeps its counts.
WORK = re.compile(r"목표|실적|성과")


class Visitors:
    """Reads whether a count on one page is a tally of visitors (see the module's docstring)."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        leisure = any(LEISURE.search(text) for text in texts)
        self.active = leisure and not any(VISITOR_GOAL.search(text) for text in texts)

    def counted(self, text: str, start: int, end: int, unit: str) -> bool:
        """Whether the count at `start`..`end` of the sentence `text` tells how many visited."""
        if not self.active or unit not in cues.PEOPLE_UNITS:
            return False
        if WORK.search(text):
            return False
        clause = cues.CLAUSE_END.split(text[:start])[-1]
        rest = text[end : end + 80]
        return bool(
            NAMED_BEFORE.search(clause) or NAMED_AFTER.match(rest) or CAME_AFTER.match(rest)
        )
