"""Winners told category by category, with no grade in the sentence: the award is the one the
article names, and its grade is the one that name carries.

`충성 부문은 박하늘 소령이 수상했다`, `용기 부문 수상자는 김바다 중령으로`, `봉사부문에 이산 상사와
정강 원사가 선발된 것을 비롯해 창의부문에는 최솔 대위`, `‘화합ㆍ협력’에 한별 상사가 수상의 영예를
안았다`: each category opens a slot that runs to the next one, and the people in a slot (found the
way contest results find them: a name with a rank, title or 씨) won the award in that category.
The article names the award (`제5회 참군인 대상`), so `find` fills the name from its context and
the grade from that name (`… 대상` → 대상); a name with no grade in it leaves the grade unsaid.
"""

from __future__ import annotations

import re

from govreader.facts.award_reading import VERB_RE, is_planned, without_brackets
from govreader.facts.award_record import Award
from govreader.facts.award_results import people_in
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# `충성 부문은`, `용기부문 수상자는`, `책임 부문에선`: one word and 부문, never `부문별`.
_CATEGORY_RE = re.compile(
    r"(?<![가-힣])(?P<category>[가-힣A-Za-z·ㆍ∙]{1,12})\s?부문(?!별)"
    r"(?:\s수상자(?:는|인|로는|로))?(?:에서는|에서도|에서|에선|에는|에|은|는|으로는|의)?(?=\s)"
)
# `‘위국ㆍ헌신’에`: a quoted category, in a sentence that speaks of categories (`부문별로는`).
_QUOTED_CATEGORY_RE = re.compile(
    r"[‘'](?P<category>[^’'\s]{1,6}(?:[ㆍ·∙][^’'\s]{1,6})?)[’']에(?:는)?\s"
)
# Choosing or handing over, beside the receiving verbs every award sentence has.
_CHOSEN_RE = re.compile(r"선발|뽑혔|뽑히|수상자로|수상자는|돌아갔|영예|영광")
# `대상 1명`: counted grades are an evaluation's summary, not a category's winners.
_NAMED_GRADE_RE = re.compile(
    r"(?<![가-힣])(?:대상|최우수상|우수상|장려상|금상|은상|동상)(?![가-힣])"
)
_GRADE_IN_NAME_RE = re.compile(r"(?:^|\s|[가-힣])(?P<grade>대상)(?:\s?\(大賞\))?$")


@finds(FactKind.AWARD, "winners per category", "충성 부문은 박하늘 소령이 수상했다")
def category_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """The people each category of the sentence names, as winners in that category."""
    text, where = without_brackets(piece.text)
    if is_planned(text) or not (VERB_RE.search(text) or _CHOSEN_RE.search(text)):
        return []
    if _NAMED_GRADE_RE.search(text):
        return []  # a grade in the sentence: the results readers read it
    slots = list(_CATEGORY_RE.finditer(text))
    if not slots and "부문" in text:
        slots = list(_QUOTED_CATEGORY_RE.finditer(text))
    found = []
    for index, slot in enumerate(slots):
        end = slots[index + 1].start() if index + 1 < len(slots) else len(text)
        for _, who_end, winner in people_in(text, slot.end(), end):
            found.append(
                Award(where[slot.start()], where[who_end - 1] + 1, piece,
                      category=f"{slot.group('category')} 부문", recipient=winner,
                      year=published_year, by_category=True)
            )  # fmt: skip
    return found


def grade_in_name(name: str | None) -> str | None:
    """The grade an award's name carries (`제5회 참군인 대상` → 대상), or None."""
    match = _GRADE_IN_NAME_RE.search(name or "")
    return match.group("grade") if match else None
