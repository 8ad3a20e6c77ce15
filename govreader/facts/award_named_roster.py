"""Winners named as what the winners of a prize are: `우수상 수상자는 A 주무관과 B 씨다`.

Commendation reports often close on who the winners were, with 수상자 (winner) as the topic or
before each list: `공로패 수상자는 A 주무관으로 …`, `수상자는 총 5명으로, 시장 표창 수상자
△A 주무관, 구청장 표창 수상자 △B 팀장 △C 주무관이다`, `이번 수상자는 A(가람읍 이장)·B(누리면)
등 총 3명이다`, `수상자는 A 원장, B 대표다`, `수상자는 … C, D 씨가 선정됐다` (the prize named in a
sentence before: the award takes the article's name and no grade). Under such a topic a bare
name in a list of them is a person, also after its group (`봉사회 A`). Other readers took the
first name only, or none, since no receiving verb closes these sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_prizes import PRIZE_WORDS, grade_of
from govreader.facts.award_reading import without_brackets
from govreader.facts.award_record import Award
from govreader.facts.award_topics import TOPIC_PRIZE
from govreader.facts.award_who_list import WINNER_MARKS_RE, who_list
from govreader.facts.award_winner_words import is_person, is_roster_name
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

_CLOSE = (
    r"(?:\s?등\s?(?:총\s)?(?:\d+\s?명)?)?(?:이다|이었다|입니다|다|이며|이고|으로|로)(?=[\s.,]|$)"
)
# `우수상 수상자는 A, B다`, `공로패 수상자는 A 주무관으로`: a prize's winners, then the copula.
_PRIZE_ROSTER_RE = re.compile(
    rf"(?<![가-힣])(?P<prize>{TOPIC_PRIZE}|공로패|감사패)\s?수상자(?:는|로는)\s(?P<who>[^.]{{2,200}}?){_CLOSE}"
)
# `시장 표창 수상자 △A, 구청장 표창 수상자 △B △C`: each prize, its marked winners.
_MARKED_ROSTER_RE = re.compile(
    rf"(?<![가-힣])(?P<prize>{TOPIC_PRIZE})\s?수상자\s(?P<who>(?:[▲△][^▲△,.]+,?\s?)+)"
)
# `이번 수상자는 A(…)·B(…) 등 총 11명이다`, `수상자는 A 원장, B 대표다`, `수상자는 A, B 씨가
# 선정됐다`: the winners of the prize told before, closed by a head count, the copula or 선정.
_WINNERS_RE = re.compile(
    r"^(?:(?:이번|올해|이날)\s)?수상자는\s(?P<who>[^.]{2,300}?)"
    r"(?:\s?등\s?(?:총\s)?\d+\s?명(?:이다|입니다|이\s(?:최종\s)?선정(?:됐|되었))"
    r"|(?<![\s,])(?:이다|입니다|다)\.?$|(?<=[가-힣])(?:이|가)\s(?:최종\s)?선정(?:됐|되었))"
)
_ANY_PRIZE_RE = re.compile(PRIZE_WORDS)
_LATER_PRIZE_RE = re.compile(rf"(?<![가-힣]){TOPIC_PRIZE}")
# The words that end the name of a group of people: `봉사회`, `문화협회`, `봉사단`, `동호회`.
_GROUP_END_RE = re.compile(r"[가-힣](?:회|단|협회|클럽)$")
_FIELD_RE = re.compile(r"^.*(?:분야|부문)(?:에서는|에는|에|은|는)?\s")
_ENDING_RE = re.compile(r"(?:이다|이었다|입니다|다)\.?$")


@finds(FactKind.AWARD, "a prize's winners named as a copula", "우수상 수상자는 A 주무관과 B 씨다")
def named_roster(piece: Piece, published_year: int | None) -> list[Award]:
    """The winners a sentence names as the winners of a prize (or of the prize told before)."""
    if "수상자" not in piece.text:
        return []
    text, where = without_brackets(piece.text)
    found = []
    matches = [*_MARKED_ROSTER_RE.finditer(text)] or [*_PRIZE_ROSTER_RE.finditer(text)]
    if matches and _LATER_PRIZE_RE.search(text, matches[-1].end()):
        return []  # `A 수상자는 B이며 장려상은 C가 받았다`: the readers of whole sentences
    for match in matches:
        items = [i for i in WINNER_MARKS_RE.split(match.group("who")) if i.strip(" ,")]
        for who in _people(items, bare=False):
            found.append(_award(piece, where, match, grade_of(match), who, published_year))
    if found:
        return found
    roster = _WINNERS_RE.match(text)
    if roster is None or _ANY_PRIZE_RE.search(roster.group("who")):
        return []  # `수상자는 △녹조근정훈장 A △근정포장 B`: each prize its own, read elsewhere
    items = [i for i in re.split(r"\s?[·ㆍ‧,]\s?", roster.group("who")) if i.strip()]
    # A bare name stands for a person in a list of them, never alone (`수상자는 모두 9명이다`).
    people = _people(items, bare=len(items) > 1)
    return [_award(piece, where, roster, None, who, published_year) for who in people]


def _people(items: list[str], bare: bool) -> list[str]:
    """The people the items name: by name and title, or (`bare`) a name alone."""
    people = []
    for item in items:
        # `청소년 분야 김하나`: the field the winner is named under is no part of the name.
        for name in who_list(_FIELD_RE.sub("", _ENDING_RE.sub("", item.strip(" ,")))):
            if is_person(name) or (bare and _member_named(name)):
                people.append(name)
    return people


def _member_named(name: str) -> bool:
    """A bare name, alone or after the group it belongs to (`봉사회 김하나`, `문화협회 박두리`)."""
    *group, last = name.split()
    return is_roster_name(last) and (
        not group or (len(group) == 1 and _GROUP_END_RE.search(group[0]) is not None)
    )


def _award(
    piece: Piece,
    where: Sequence[int],
    match: re.Match[str],
    prize: str | None,
    who: str,
    year: int | None,
) -> Award:
    start, end = where[match.start()], where[match.end() - 1] + 1
    return Award(start, end, piece, prize=prize, recipient=who, year=year)
