"""Contest prizes named first, each followed by whoever entered the winning work.

Contest results tell a prize, then the entrants of the work that won it, prize after prize:
`은상에 김하늘 씨의 ‘강변 머그컵’, 동상에 박서연 씨의 ‘열쇠고리’가 선정됐다`, `▲최우수상은
‘새바람’팀의 ‘골목 살리기’가 ▲장려상은 ‘늘봄’, ‘한울’ 등 2개팀이 차지했다`, `우수상은 ‘…’의
강민지 씨, ‘…’의 3it 팀에게 돌아갔다`. The works' titles are no winners; the people (`씨`, a staff
title), the teams (`팀`) and the offices (`디지털정보과의 ‘…’`) who entered them are. A prize
with no entrant named after it stays unread, and so does a sentence that names fewer than two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts.award_reading import VERB_RE, is_planned
from govreader.facts.award_record import Award
from govreader.facts.award_results import slot_end
from govreader.facts.award_winner_words import UNIT_END_RE
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

_PRIZE_HEAD_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s▲△○·,]))(?P<prize>(?:대|최우수|우수|장려|금|은|동|특별|입선)상|대상)"
    r"(?:에는|에|은|는|으로는)\s"
)
# A grade told after its winners (`B씨와 C씨가 우수상을 받았다`), later in the sentence.
_LATER_RE = re.compile(
    r"(?<![가-힣])(?P<grade>(?:대|최우수|우수|장려|금|은|동|특별)상)(?:을|를|에|으로)\s"
)
_QUOTED_RE = re.compile(r"[‘'“\"][^‘’'“”\"]{1,60}[’'”\"]")
_TITLE = r"씨|주무관|사무관|주사|팀장"
# `김하늘 씨의`, `이경민·유혜민 씨가`, `강민지 씨,`: people named before their title.
_PEOPLE_RE = re.compile(
    rf"(?<![가-힣])(?P<names>[가-힣]{{2,4}}(?:[·ㆍ,]\s?[가-힣]{{2,4}})*)\s?(?P<title>{_TITLE})"
    r"(?=의\s|가\s|이\s|에게|,|\s|$)"
)
# `‘새바람’팀의`, `'달성군119라이프세이버' 팀`, `(푸놀치 팀)`, `3it 팀에게`: a team.
_TEAM_RE = re.compile(
    r"[‘'“\"](?P<quoted>[^‘’'“”\"]{1,24})[’'”\"]\s?팀(?=[의이가에은는,\s)]|$)"
    r"|(?<![^\s(])(?P<bare>[가-힣A-Za-z0-9]{2,12})\s팀(?=[)의이에,\s]|$)"
)
_COUNT_RE = re.compile(r"\d+개?|[가-힣]*\d+개|각|모두|총")
# `‘늘봄’, ‘한울’ 등 2개팀이`: teams listed by their quoted names and counted.
_COUNTED_TEAMS_RE = re.compile(r"(?P<names>(?:[‘'“\"][^‘’'“”\"]{1,24}[’'”\"],?\s?)+)등\s\d+개\s?팀")
_TEAM_NAME_RE = re.compile(r"[‘'“\"](?P<name>[^‘’'“”\"]{1,24})[’'”\"]")
# `디지털정보과의 ‘오픈소스 …’`: an office's entry.
_OFFICE_WORK_RE = re.compile(r"(?<![가-힣])(?P<office>[가-힣0-9]{2,12})의\s[‘'“\"]")


@finds(
    FactKind.AWARD,
    "contest prizes with the entrants of the winning work",
    "은상에 A 씨의 ‘머그컵’, 동상에 B 씨의 ‘열쇠고리’",
)
def owned_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """Each prize's entrants, when the sentence names prizes first and entrants after them."""
    text = piece.text
    if not VERB_RE.search(text) or is_planned(text):
        return []
    heads = list(_PRIZE_HEAD_RE.finditer(text))
    if not heads:
        return []
    found: list[Award] = []
    for head, after in zip(heads, [*heads[1:], None], strict=True):
        later = _LATER_RE.search(text, head.end())
        other = later is not None and later.group("grade") != head.group("prize")
        end = slot_end(text, head.end(), after.start() if after else len(text), other)
        entrants: dict[str, int] = {}
        for who, who_end in _entrants(text, head.end(), end):
            entrants.setdefault(who, who_end)
        for who, who_end in entrants.items():
            found.append(
                Award(head.start("prize"), who_end, piece, prize=head.group("prize"),
                      recipient=who, year=published_year)
            )  # fmt: skip
    return found if len(found) >= 2 else []


def _entrants(text: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    """The people, teams and offices named in `text[start:end]`, outside quoted titles."""
    quoted = [m.span() for m in _QUOTED_RE.finditer(text, start, end)]

    def inside(at: int) -> bool:
        return any(a < at < b for a, b in quoted)

    for counted in _COUNTED_TEAMS_RE.finditer(text, start, end):
        for listed in _TEAM_NAME_RE.finditer(counted.group("names")):
            yield (f"{listed.group('name')} 팀", counted.end())
    for team in _TEAM_RE.finditer(text, start, end):
        team_name: str = team.group("quoted") or team.group("bare")
        if team.group("bare") and (inside(team.start()) or _COUNT_RE.fullmatch(team_name)):
            continue  # `3개 팀`, `각 1팀`: a count of teams, no team
        yield (f"{team_name} 팀", team.end())
    for people in _PEOPLE_RE.finditer(text, start, end):
        if inside(people.start()):
            continue
        for person in re.split(r"[·ㆍ,]\s?", people.group("names")):
            yield (f"{person} {people.group('title')}", people.end())
    for office in _OFFICE_WORK_RE.finditer(text, start, end):
        word = office.group("office")
        if not inside(office.start()) and UNIT_END_RE.search(word):
            yield (word, office.end())
