"""Winners told as what a group is: `수상기업은 ▲A ▲B ▲C 등이다`, `‘가’ 등급을 받은 기관은 A,
B, C 등이었다`.

Results pages often name the prize in one sentence (`우수 사회적기업상은 14곳이 받았다`) and the
winners in the next, as a copula sentence whose topic is the winners (`수상기업은 …`, `선정된
기관은 …`), or name the grade inside the topic itself (`‘가’ 등급을 받은 중앙행정기관은 …`,
`우수상 수상 기관은 …`). Each listed body or person is a winner of that prize; a topic with no
prize of its own takes the last prize the sentence before told, and a list of words that are no
bodies or people is no roster unless the topic says they are the winners.
"""

from __future__ import annotations

import re

from govreader.facts.award_prizes import find_prizes, grade_of
from govreader.facts.award_record import Award
from govreader.facts.award_who_list import who_list
from govreader.facts.award_winner_words import is_person_or_body
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# `…은 A, B, C 등이다`: the topic, then the list and its copula.
_ROSTER_RE = re.compile(
    r"^(?P<topic>[^.]{2,80}?)(?:은|는)\s(?P<list>[^.]{2,400}?)\s?등(?:이다|이었다|이며|이고|이었으며)"
)
# `수상기업은`, `선정된 기관은`, `수상자는`: a topic that is the winners, with no prize of its own.
_WINNERS_TOPIC_RE = re.compile(
    r"(?:수상|선정)\s?(?:기업|기관|단체|지자체|자치단체|팀|자|작|곳)$|(?:선정된|수상한|뽑힌)\s[가-힣]{1,6}$"
)
_MIN_WINNERS = 2
# `우수 사회적기업상은 14곳이 받았다`: a prize named for its winners' kind, told before a roster.
_KIND_PRIZE_RE = re.compile(
    r"(?<![가-힣])(?:최우수|우수|으뜸|모범)\s?[가-힣]{2,10}상(?=[은는을이가\s])"
)


@finds(FactKind.AWARD, "winners listed as what a group is", "‘가’ 등급을 받은 기관은 A, B 등이었다")
def roster_awards(piece: Piece, year: int | None, before: Piece | None) -> list[Award]:
    """The winners a copula sentence lists, with the prize its topic or the sentence before
    names."""
    roster = _ROSTER_RE.match(piece.text)
    if roster is None:
        return []
    topic = roster.group("topic")
    prizes = find_prizes(topic)
    winners_topic = bool(_WINNERS_TOPIC_RE.search(topic.strip()))
    if prizes:
        prize = grade_of(prizes[-1])
    elif winners_topic and before is not None:
        earlier = find_prizes(before.text)
        kind = _KIND_PRIZE_RE.search(before.text)
        if kind:
            prize = kind.group()
        elif earlier:
            prize = grade_of(earlier[-1])
        else:
            return []
    else:
        return []
    winners = who_list(roster.group("list"))
    # Under a topic that says they are the winners (`수상기업은`), firms' own names need no body
    # word (`부산 푸른나래`); otherwise each must read as a body or a person.
    if len(winners) < _MIN_WINNERS or not (winners_topic or all(map(is_person_or_body, winners))):
        return []
    start, end = roster.start("list"), roster.end("list")
    return [Award(start, end, piece, prize=prize, recipient=who, year=year) for who in winners]
