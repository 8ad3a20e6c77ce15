"""Winners laid out as a marked roster, each item a prize and then its winners.

Copied results pages often list the winners as items rather than sentences, each opened by a
list mark and the prize, the winners after it: `▲공로상 누리방송 김하늘 ▲작가상 박다온(추천
누리방송)`, `▲봉사상=이가람 (복지과) 외 3명 ▲효행상=최누리 (다솔동) 외 2명`, `▲최우수상(정하나,
오다솜) ▲우수상(윤가을)`, `▲우수상 가람초 김바다 등 12명 ▲가작 누리중 이슬 등 30명`, or the
works that won with their makers in brackets (`▲우수상-급식 개선(복지과)·쉼터 운영(보건소)`). The
prize of an item may be any prize word, named for what it honours (`공로상`, `자랑스러운
구민상`), and a winner may be a bare name: the layout says who won. Only a roster of two items
or more is read, and only winners that read as a name, body or person, so a list of prize kinds
with their sums (`▲대상 1팀 500만원`) is none. The graded-items reader runs first; this one reads
the rosters it leaves: named prizes, bare names, winners in brackets after the prize.
"""

from __future__ import annotations

import re

from govreader.facts.award_prizes import LIST_MARKS, NAMED_PRIZE_END
from govreader.facts.award_reading import without_brackets
from govreader.facts.award_record import Award
from govreader.facts.award_topics import TOPIC_PRIZE, bracketed_owners
from govreader.facts.award_winner_words import is_person_or_body, is_roster_name
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

_MARKS = f"{LIST_MARKS}•◎"
# A prize named for what it honours: a word of three syllables or more ending in 상 (`공로상`,
# `어버이상`), after a describing word or none, never a word that only ends like one (`홍보영상`,
# `가격 인상` is two words); its particle may stay on it (`△녹조근정훈장에 A, B`).
_NAMED_PRIZE = rf"(?:[가-힣]{{2,8}}\s)?[가-힣]{{2,8}}{NAMED_PRIZE_END}"
_ITEM_RE = re.compile(
    rf"[{_MARKS}]\s?(?P<prize>{TOPIC_PRIZE}|{_NAMED_PRIZE}|가작|입선|장원)(?:에는|에|은|는)?"
    rf"(?:\s?[:：=\-–]\s?|(?=\()|\s)(?P<who>[^{_MARKS}]*)"
)
# Where an item's winners end: a count of the rest (`등 26명`, `외 10명`), the clause's verb.
_TAIL_RE = re.compile(
    r"\s?(?:등|외)\s?(?:\d+\s?[가-힣]{1,2})?(?:\s|$|이|의|을|가).*$"
    r"|(?<=[가-힣])(?:이|가)\s(?:각각\s)?(?:차지|수상|선정|받|뽑|이름|영예).*$"
    r"|\s?(?:이)?다\.?$|[.,\s]+$"
)
_SPLIT_RE = re.compile(r"\s?[,·ㆍ、]\s?")
_MIN_ITEMS = 2
# A bare name may follow one word of its office or school (`가람초 김바다`); more words before a
# name-like word are a phrase (`골목 쉼터 조성`).
_MAX_NAME_WORDS = 2


@finds(
    FactKind.AWARD,
    "a marked roster of prizes and their winners",
    "▲공로상 누리방송 김하늘 ▲작가상 박다온",
)
def marked_roster(piece: Piece, published_year: int | None) -> list[Award]:
    """Each marked item's prize and winners, when the piece lists two such items or more."""
    items = list(_ITEM_RE.finditer(piece.text))
    if len(items) < _MIN_ITEMS:
        return []
    found = []
    for item in items:
        for who in _winners(item.group("who")):
            found.append(
                Award(item.start("prize"), item.end("who"), piece, prize=item.group("prize"),
                      recipient=who, year=published_year)
            )  # fmt: skip
    if len({a.start for a in found}) < _MIN_ITEMS:
        return []  # one item with winners is no roster
    return found


def _winners(segment: str) -> list[str]:
    """The winners an item names after its prize: the makers of the works it lists, in
    brackets after each (`급식 개선(복지과)`), the names in brackets right after it
    (`(정하나, 오다솜)`), else each listed name with its office or school before it left out
    (`가람초 김바다 등 12명` → 김바다), or a body as written."""
    segment = segment.strip()
    lead = segment.split("(")[0].split()
    # A work's title before the brackets (`골목 쉼터 조성(…)`), not a winner's name (`김하늘(…)`).
    if len(lead) > 1 or (lead and not is_roster_name(lead[-1])):
        owners = bracketed_owners(segment)
        if owners:
            return owners  # `▲우수상-급식 개선(복지과)·쉼터 운영(보건소)`: the works' makers
    if segment.startswith("("):
        inside = segment[1 : segment.find(")")] if ")" in segment else ""
        return [p for p in _SPLIT_RE.split(inside) if is_roster_name(p.strip())]
    text = _TAIL_RE.sub("", without_brackets(segment)[0]).strip()
    winners = []
    for part in _SPLIT_RE.split(text):
        words = part.split()
        if not words:
            continue
        if is_roster_name(words[-1]) and len(words) <= _MAX_NAME_WORDS:
            winners.append(words[-1])
        elif is_person_or_body(part):
            winners.append(part)
    return winners
