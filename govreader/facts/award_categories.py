"""Winners told category by category, with no grade in the sentence: the award is the one the
article names, and its grade is the one that name carries.

`충성 부문은 박하늘 소령이 수상했다`, `용기 부문 수상자는 김바다 중령으로`, `봉사부문에 이산 상사와
정강 원사가 선발된 것을 비롯해 창의부문에는 최솔 대위`, `‘화합ㆍ협력’에 한별 상사가 수상의 영예를
안았다`: each category opens a slot that runs to the next one, and the people in a slot (found the
way contest results find them: a name with a rank, title or 씨) won the award in that category.
The article names the award (`제5회 참군인 대상`), so `find` fills the name from its context and
the grade from that name (`… 대상` → 대상); a name with no grade in it leaves the grade unsaid.
Firms and bodies told with 수상 and no grade (`A, B, C는 4년 연속 수상의 영광을 안았다`) are
that award's winners the same way.
"""

from __future__ import annotations

import re

from govreader.facts.award_reading import VERB_RE, is_planned, without_brackets
from govreader.facts.award_record import Award
from govreader.facts.award_results import people_in
from govreader.facts.award_who_list import listed_bodies, who_list
from govreader.facts.award_winner_words import NOT_SUBJECTS, is_firm, is_person, is_place
from govreader.facts.phrases import word_set
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


# `A, B, C는 4년 연속 수상의 영광을 안았다`, `A 등 5곳도 수상 명단에 이름을 올렸다`, `A가 3년 연속
# 수상했고`: winners and the word 수상 (a prize received, never a grant's selection), no grade.
_PRIZE_RECEIVED_RE = re.compile(
    r"(?<=[가-힣’'”\"])(?:이|가|은|는|도)\s(?:[^\s,]+\s){0,4}?"
    r"수상(?:의\s(?:영예|영광)|했|하였|한다|해|\s명단)"
)
# A prize or commendation named in the sentence (`국무총리 포상은`, `표창을`): told again or read
# by the graded readers, no ungraded award.
_PRIZE_NAMED_RE = re.compile(r"(?:(?<!수)상|표창|포상|훈장|포장)(?:은|는|을|를|에|으로|과|와)?\s")
# `총 39곳의 유공기관이`: a count of winners of a kind, no named winner.
_COUNT_OF_RE = re.compile(r"\d\s?(?:곳|개|명|개사)의\s")
_LEAD_WORDS = word_set("또 또한 아울러 이어 이밖에 그밖에 올해는 올해도 이번에는")
# Where the winners' run starts: the sentence's start, a clause's end, a venue or category
# (`X 부문에서는`, `시상식에서`); list marks part its items (`△A △B 등이`).
_RUN_START_RE = re.compile(r"^|(?<=[고며서나다])[,.]\s|(?:에서는|에서|에선|으로는|로는)\s")


# Readers of firms' and bodies' lists sentence by sentence: no winner of one retells another's.
UNGRADED_RULE = "firms or bodies told as winners with no grade"
SELECTED_RULE = "firms or bodies selected per category in an award story"


@finds(FactKind.AWARD, UNGRADED_RULE, "A와 B 등 5곳이 수상했다")
def ungraded_bodies(piece: Piece, published_year: int | None) -> list[Award]:
    """Firms or bodies the sentence says received the prize (수상) with no grade told: a list
    counted in bodies or naming a firm, or one firm or body; the award is the one the article
    names, its grade the one that name carries. People are left to the readers of people."""
    return _bodies_before(piece, _PRIZE_RECEIVED_RE, published_year, in_category=False)


# `X 부문에서는 A와 B 등 11개 기업이 선정됐고`, `△X 분야 ‘A’ △Y 분야 ‘B’ 등이 각각 선정됐다`.
_SELECTED_RE = re.compile(
    r"(?<=[가-힣’'”\"])(?:이|가|은|는|도)\s(?:각각\s|모두\s|최종\s)?"
    r"(?:선정(?:됐|되었|돼)|뽑혔|이름을\s올렸)"
)
_CATEGORY_BEFORE_RE = re.compile(r"(?:부문|분야)(?:에서는|에서|에선|에는|으로는|로는)\s$")
_CATEGORY_ITEM_RE = re.compile(r"(?:부문|분야)\s[‘'“\"]")
# A grant's or programme's selection (`지원사업에 A 등 5곳이 선정됐다`), never a prize.
_GRANT_RE = re.compile(r"사업|지원|공모|모집|육성|인증|지정")


@finds(FactKind.AWARD, SELECTED_RULE, "산업 부문에서는 A와 B 등 11개 기업이 선정됐다")
def selected_bodies(piece: Piece, published_year: int | None) -> list[Award]:
    """Firms or bodies a category of the award selected (`X 부문에서는 A와 B 등 11개 기업이
    선정됐고`), read only in an article that tells a prize ceremony or prizes received (the
    caller knows): a selection with no category, or one for a programme or grant, is no award."""
    text, _ = without_brackets(piece.text)
    if _GRANT_RE.search(text):
        return []
    return _bodies_before(piece, _SELECTED_RE, published_year, in_category=True)


def _bodies_before(
    piece: Piece, verb: re.Pattern[str], published_year: int | None, in_category: bool
) -> list[Award]:
    """The firms or bodies listed right before each `verb` of the sentence, when the whole run
    is such a list (and, `in_category`, the run is a category's or names its categories)."""
    text, where = without_brackets(piece.text)
    if is_planned(text) or _NAMED_GRADE_RE.search(text) or _PRIZE_NAMED_RE.search(text):
        return []
    found: list[Award] = []
    for received in verb.finditer(text):
        starts = [m.end() for m in _RUN_START_RE.finditer(text, 0, received.start())]
        start = starts[-1] if starts else 0
        words = text[start : received.start()].split(" ")
        while words and (words[0] in NOT_SUBJECTS or words[0] in _LEAD_WORDS):
            start += len(words.pop(0)) + 1  # `특히 A, B는`: 특히 opens the run, no name
        run = text[start : received.start()]
        if _COUNT_OF_RE.search(run):
            continue
        if in_category and not (
            _CATEGORY_BEFORE_RE.search(text, 0, start) or _CATEGORY_ITEM_RE.search(run)
        ):
            continue
        listed = listed_bodies(run)
        names = who_list(run)
        winners = [
            name for name in names
            if name in listed
            or (not is_person(name) and (is_firm(name) or is_place(name.split()[-1])))
        ]  # fmt: skip
        if not winners or len(winners) != len(names):
            continue  # `인구 등이 다른 지자체들을 … 6곳이`: no list of winners
        found.extend(
            Award(where[start], where[received.end() - 1] + 1, piece, recipient=who,
                  year=published_year, by_category=True)
            for who in winners
        )  # fmt: skip
    return found
