"""Bodies described by the grade they were selected for, as the subject of what follows.

`최우수 지자체로 선정된 A시와 B도에는 10억원이 지급된다`, `최우수기관으로 선정된 C원과 D원은
포상기를 받는다`, `우수기관으로 공동 선정된 E구는 …`, `최우수 시·군인 F시에는 5억원`: the
sentence goes on about money or deeds, and the award is told only in the clause that names its
winners. Each listed body is a winner of that grade; a list holding anything but bodies or
people is left to the other readers.
"""

from __future__ import annotations

import re

from govreader.facts.award_prizes import PRIZE_WORDS, canonical_prize
from govreader.facts.award_reading import is_planned, without_brackets
from govreader.facts.award_recipients import who_list
from govreader.facts.award_record import Award
from govreader.facts.award_winner_words import is_person_or_body
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# The grade, its selection (or 인: `최우수 시·군인`), then the winners up to the particle that
# makes them the subject or the receiver of what follows.
_DESCRIBED_RE = re.compile(
    PRIZE_WORDS
    + r"[’']?\s?(?:(?:으로|로)\s(?:공동\s|최종\s|각각\s)?(?:선정|선발|뽑)(?:된|힌)|인)\s"
    r"(?P<who>[^.,]{2,60}?)(?:에는|에게는|에게|은|는)\s"
)


_BARE_GRADE_RE = re.compile(r"^(?:최우수|우수|장려|최고)$")


@finds(FactKind.AWARD, "bodies described by their grade", "최우수기관으로 선정된 A군은 …")
def described_bodies(piece: Piece, published_year: int | None) -> list[Award]:
    """The bodies a `GRADE으로 선정된 …` clause describes, each a winner of that grade."""
    text, where = without_brackets(piece.text)
    if is_planned(text):
        return []
    found = []
    for match in _DESCRIBED_RE.finditer(text):
        winners = who_list(match.group("who"))
        if not winners or not all(is_person_or_body(w) for w in winners):
            continue
        prize = canonical_prize(re.sub(r"\s+", " ", text[match.start() : match.start("who")]))
        prize = re.sub(r"[’']?\s?(?:(?:으로|로)\s.*|인\s)$", "", prize).replace(" 기관", "기관")
        if _BARE_GRADE_RE.match(prize):
            continue  # `최우수로 선정된 A군은`: the grade told before, retold short
        for who in winners:
            found.append(
                Award(where[match.start()], where[match.end("who") - 1] + 1, piece,
                      prize=prize, recipient=who, year=published_year)
            )  # fmt: skip
    return found
