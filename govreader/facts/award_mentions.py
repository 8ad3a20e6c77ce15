"""When two mentions in an article are one award, and when a mention is no award of its own:
the same grade, year and body told again (`울산 남구` and `남구` are one body), a commendation
handed with a grade told before, an ungraded retelling of a graded award, and `구는` as the body
the article is about.

Apart from `award` because these comparisons of awards already read are a concern of their own,
separate from walking the article's sentences and filling in names and years.
"""

from __future__ import annotations

import re

from govreader.facts.award_categories import SELECTED_RULE, UNGRADED_RULE
from govreader.facts.award_festivals import FESTIVAL_RULE
from govreader.facts.award_prizes import TITLE_PRIZE_RE
from govreader.facts.award_recipients import SELF_REFERENCE
from govreader.facts.award_record import Award
from govreader.facts.award_results import is_listed_winner, is_titled_person
from govreader.facts.award_retold import same_grade
from govreader.facts.award_winner_words import TITLE_RE, is_person, is_place
from govreader.facts.context import same_name

# `시상식에서 장관 표창과 함께 포상금을 받았다`: the commendation handed with a grade told before.
_HEAD_OF_BODY_RE = re.compile(r"^[가-힣]{2,4}\s(?:시장|군수|구청장|도지사|교육감)$")
_HANDED_WITH_RE = re.compile(r"(?:표창|상)(?:과|와) 함께|시상식에서")


def won_by_person(award: Award) -> bool:
    """A staff member (`산림과 김도윤 주무관`) or a contest's winner listed by bare name
    (`우수상 박누리(가람초 4년)`), not a body: a later grade's bare name is no body's work."""
    recipient = award.recipient or ""
    return bool(recipient) and (
        is_person(recipient) or is_titled_person(recipient) or is_listed_winner(award)
    )


def handed_with_grade(award: Award, kept: list[Award]) -> bool:
    """A commendation with no name of its own, handed with a grade the article told before for
    the same body and year: that grade's reward, not a second award; so is one the body's head
    receives at the ceremony (`박두리 시장은 이날 시상식에서 대통령상과 함께 …을 받았다`)."""
    if not award.prize or not TITLE_PRIZE_RE.search(award.prize):
        return False
    if not _HANDED_WITH_RE.search(award.piece.text):
        return False
    if award.recipient and _HEAD_OF_BODY_RE.match(award.recipient):
        return any(
            k.prize and not TITLE_PRIZE_RE.search(k.prize) and k.year in (None, award.year)
            and (award.name is None or k.name is None or same_name(award.name, k.name))
            for k in kept
        )  # fmt: skip
    if award.name:
        return False
    return any(
        k.prize and not TITLE_PRIZE_RE.search(k.prize) and k.year == award.year
        and (award.recipient is None or (k.recipient and same_body(k.recipient, award.recipient)))
        for k in kept
    )  # fmt: skip


def same_award(a: Award, b: Award) -> bool:
    if not same_grade(a.prize, b.prize) or (a.dated and b.dated and a.year != b.year):
        return False
    if a.past != b.past and not (a.dated and b.dated):
        return False  # a prize won years before is no mention of this year's
    if a.recipient and b.recipient and not same_body(a.recipient, b.recipient):
        # `하동군은 … 대상을 받았다. … 축제는 올해 대상까지 거머쥐며`: the body's festival or
        # work retelling the body's award of that year.
        return bool(
            b.name in (None, a.name) and a.year == b.year and a.piece is not b.piece
            and not won_by_person(b) and not is_place(b.recipient.split()[-1])
            # festivals, firms and bodies listed sentence by sentence
            and not {FESTIVAL_RULE, UNGRADED_RULE, SELECTED_RULE} & {a.rule, b.rule}
        )  # fmt: skip
    return not (a.name and b.name and not same_name(a.name, b.name))


def same_body(a: str, b: str) -> bool:
    """`울산 남구` and `남구` name one body; `류하늘` and `류하늘 주무관` one person; a title
    alone (`대표`) names no one, so no one's title makes them the same."""
    if TITLE_RE.match(a) or TITLE_RE.match(b):
        return a == b
    if a == b or a.endswith(f" {b}") or b.endswith(f" {a}"):
        return True
    bare, titled = sorted((a, b), key=len)
    return " " not in bare and titled.startswith(f"{bare} ") and is_titled_person(titled)


def resolve_self(award: Award, candidates: list[str]) -> None:
    """`구는`, `도는`: the body the article is about, when an earlier subject ends that way."""
    short = award.recipient
    if short in SELF_REFERENCE or (short and len(short) < 2):
        award.recipient = next((c for c in candidates if short and c.endswith(short)), None)


def ungraded_retelling(award: Award, named: list[Award]) -> bool:
    """`…일자리대상에서 4년 연속 상을 받았다` before the grades it gave: an award with no grade
    whose event and body the article tells with a grade is no award of its own."""
    if award.prize:
        return False
    return any(
        other.prize and other.recipient and award.recipient
        and same_body(other.recipient, award.recipient)
        and other.name and award.name and same_name(other.name, award.name)
        for other in named
    )  # fmt: skip
