"""Winners named as what the winners of a prize are: `우수상 수상자는 A 주무관과 B 씨다`.

Commendation reports often close on who the winners were, with 수상자 (winner) as the topic or
before each list: `공로패 수상자는 A 주무관으로 …`, `수상자는 총 5명으로, 시장 표창 수상자
△A 주무관, 구청장 표창 수상자 △B 팀장 △C 주무관이다`, `이번 수상자는 A(가람읍 이장)·B(누리면)
등 총 3명이다` (the prize named in a sentence before: the award takes the article's name and no
grade). Under such a topic a bare name is a person. Other readers took the first name only, or
none, since no receiving verb closes these sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_prizes import grade_of
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
# `이번 수상자는 A(…)·B(…) 등 총 11명이다`: the winners of the prize told before.
_WINNERS_RE = re.compile(
    r"^(?:(?:이번|올해|이날)\s)?수상자는\s(?P<who>[^.]{2,300}?)\s?등\s?(?:총\s)?\d+\s?명(?:이다|입니다)"
)
_LATER_PRIZE_RE = re.compile(rf"(?<![가-힣]){TOPIC_PRIZE}")
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
    if roster is None:
        return []
    items = [i for i in re.split(r"\s?[·ㆍ,]\s?", roster.group("who")) if i.strip()]
    return [_award(piece, where, roster, None, who, published_year) for who in _people(items, True)]


def _people(items: list[str], bare: bool) -> list[str]:
    """The people the items name: by name and title, or (`bare`) a name alone."""
    people = []
    for item in items:
        for name in who_list(_ENDING_RE.sub("", item.strip(" ,"))):
            if is_person(name) or (bare and is_roster_name(name)):
                people.append(name)
    return people


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
