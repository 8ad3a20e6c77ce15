"""Winners chosen as the winners of a named award: `…을 ‘2024 한빛봉사 대상’ 수상자로 선정했다`.

Ceremony and selection reports name the award and then who was chosen for it, with the word
수상자 (winner) standing for the prize: `올해 누리상 수상자로 뽑힌 A 회장과 B 씨에게`, `우수
공무원 훈장 수상자로는 A 주무관이 선정됐다`, `제5회 다온상 수상자로 A 소령 등 4명을
선정했다`. The other shapes read the sentence's subject (the organizer that chose them) or
nothing. The award's grade, if its name carries one (`‘가람청년상 대상’`, `한빛상 본상`), is the
prize; a decoration or commendation named bare (`유공 훈장`) is the prize as written; otherwise
the award has a name and no grade. A selection still to come (`선정할 예정이다`) names no winner.
"""

from __future__ import annotations

import re

from govreader.facts.award_prizes import PRIZE_RE, grade_of
from govreader.facts.award_reading import without_brackets
from govreader.facts.award_record import Award
from govreader.facts.award_results import is_titled_person
from govreader.facts.award_who_list import WINNER_MARKS_RE, who_list
from govreader.facts.award_winner_words import NOT_SUBJECTS, is_group_word, is_person_or_body
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

_OPEN, _CLOSE = r"[‘'“\"`]", r"[’'”\"`]"
# The award: in quotes, or up to four words ending in a prize word (`제9회 시민대상`, `합동평가
# 유공 훈장`, `대통령표창`).
_AWARD = (
    rf"(?P<award>{_OPEN}[^‘’'“”\"`]{{2,40}}{_CLOSE}|(?:[가-힣A-Za-z0-9·]{{1,20}}\s){{0,3}}"
    r"[가-힣A-Za-z0-9·]{0,20}(?:상|표창|훈장|포장))"
)
_WHO = r"(?P<who>[^.]{2,160}?)"
_CHOSE = r"(?:최종\s|각각\s)?(?:선정|선발|결정)"
_CHOSEN = rf"(?:{_CHOSE}(?:됐|되었|돼)|(?:최종\s|각각\s)?뽑혔)"
# The winner noun standing for the prize: a person (`수상자`) or a body (`수상기관`).
_WINNER = r"수상(?:자|기관|단체)"
# What may stand between a subject and the award: the clause that says what the award is
# (`A 등 18명이 정예 부사관에게 수여되는 충용대 상 수상자로`), up to a few words.
_ASIDE = r"(?:[^\s.]+\s){0,4}?"
_SHAPES = (
    # `A 수상자로는 B가 선정됐다`
    re.compile(rf"{_AWARD}\s?{_WINNER}(?:로는|로|에는)\s{_WHO}(?:이|가)\s{_CHOSEN}"),
    # `A 수상자로 B를 선정했다`
    re.compile(rf"{_AWARD}\s?{_WINNER}로\s{_WHO}(?:을|를)\s{_CHOSE}(?:했|하였|해\s)"),
    # `B를 A 수상자로 선정했다`, `B가 A 수상자로 선정됐다`, `B 등 5개 기관도 A 수상기관으로 뽑혔다`
    re.compile(
        rf"{_WHO}(?:을|를)\s{_ASIDE}{_AWARD}\s?{_WINNER}(?:으로|로)\s{_CHOSE}(?:했|하였|해\s)"
    ),
    re.compile(rf"{_WHO}(?:이|가|도|은|는)\s{_ASIDE}{_AWARD}\s?{_WINNER}(?:으로|로)\s{_CHOSEN}"),
    # `A상 수상자 B 중위는`: the winner named right after the word standing for the prize.
    re.compile(rf"{_AWARD}\s?수상자\s{_WHO}(?:은|는)\s"),
    # `A 수상자로 선정된 B에게`
    re.compile(
        rf"{_AWARD}\s?{_WINNER}(?:으로|로)\s(?:최종\s)?(?:선정된|뽑힌)\s{_WHO}"
        r"(?:에게|은|는|이|가|을|를)\s"
    ),
)
_TOLD_RE = re.compile(rf"{_WINNER}(?:으로|로)|수상자\s")
# Words before the award's own: a clause's subject or venue (`시는`, `행사에서`), a time.
_LEADING_RE = re.compile(r"(?:은|는|이|가|에서|에게|에|와|과|을|를|고|며|의)$")
_BARE_PRIZE_RE = re.compile(r"(?:훈장|포장|표창)$")


@finds(
    FactKind.AWARD,
    "winners chosen as a named award's",
    "A 중령 등 5명을 ‘한빛봉사 대상’ 수상자로 선정했다",
)
def chosen_winners(piece: Piece, published_year: int | None) -> list[Award]:
    """The people or bodies a sentence says were chosen as an award's winners."""
    if not _TOLD_RE.search(piece.text):
        return []
    text, where = without_brackets(piece.text)
    shape = next((shape for shape in _SHAPES if shape.search(text)), None)
    # `대상 수상자 A 씨는 …, 우수상 수상자 B 씨는 …`: every match of the shape that fits.
    matches = list(shape.finditer(text)) if shape else []
    if not matches or any(PRIZE_RE.search(m.group("who")) for m in matches):
        return []  # `대상 수상자로 A, 본상에 B …를 결정했다`: grades per winner, read elsewhere
    found: list[Award] = []
    for match in matches:
        name, prize = _name_and_prize(match.group("award"))
        start, end = where[match.start()], where[match.end() - 1] + 1
        found.extend(
            Award(start, end, piece, name=name, prize=prize, recipient=who, year=published_year)
            for who in _winners(match.group("who"))
            if who
        )
    return found


def _name_and_prize(award: str) -> tuple[str | None, str | None]:
    """`‘어린이상 대상’` → (어린이상, 대상); `합동평가 유공 훈장` → (합동평가 유공, 훈장)."""
    words = award.strip("‘’'“”\"` ").split()
    while len(words) > 1 and (_LEADING_RE.search(words[0]) or words[0] in NOT_SUBJECTS):
        words.pop(0)
    award = " ".join(words)
    grades = [m for m in PRIZE_RE.finditer(award) if m.end() == len(award)]
    if grades:
        return award[: grades[-1].start()].strip() or None, grade_of(grades[-1])
    bare = _BARE_PRIZE_RE.search(award)
    if bare and award[: bare.start()].endswith(" "):
        return award[: bare.start()].strip(), bare.group()
    return award, None


# The clause told before the chosen (`카드를 도입해 … 집행하도록 한 A 등 5개 기관`): its
# last verb ends it, the names come after.
_CLAUSE_BEFORE_RE = re.compile(r"^.*\s\S+(?:한|된|하는|되는|해|하고|하여)\s")


def _winners(who: str) -> list[str]:
    """The named people and bodies of the chosen: each item of a marked list by its last
    name, else the list's names; a student named with 양 or 군 by name and title."""
    who = _CLAUSE_BEFORE_RE.sub("", who)
    items = [item for item in WINNER_MARKS_RE.split(who) if item.strip()]
    if len(items) > 1:
        names = [listed[-1] for listed in map(who_list, items) if listed]
    else:
        names = who_list(who)
    found = []
    for name in (n.strip("‘’'“”\"` ") for n in names):
        titled = " ".join(name.split()[-2:])
        if is_titled_person(titled):
            found.append(titled)
        elif is_person_or_body(name) and not is_group_word(name):
            found.append(name)
    return found
