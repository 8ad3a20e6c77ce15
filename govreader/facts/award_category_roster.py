"""A named prize's winners listed per category, one person each.

Local prizes for residents (`군민상`, `구민상`, `문화상`) are announced as a roster:
`문화관광부문에는 가람면 박하늘, 봉사부문 누리면 김다솜, … 씨가 선정됐다`, `▲문화부문(다솔읍
이가람) ▲효행부문(미르면 최누리)`, `학술 부문 정하나 다솔대학교 교수(52), 체육 부문 …`.
Each item is a category, then the person (after the town they live in, or a clause about
them); the prize has no grade, so the award is the prize the page names. A sentence with a
grade is left to the graded shapes, and an item naming a body (`행정혁신부문에 A시`) is no
person's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_prizes import LIST_MARKS, PRIZE_RE
from govreader.facts.award_reading import without_brackets
from govreader.facts.award_record import Award
from govreader.facts.award_winner_words import is_roster_name
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

_MARKS = LIST_MARKS
# Items part at commas and list marks; `A와 B` inside an item is one person's office.
_ITEM_SPLIT_RE = re.compile(rf"\s*,\s*|\s*[{_MARKS}]\s*")
# The category opens the item, or follows the clause that led to the list (`… 심사해 문화 부문 A`).
_CATEGORY_RE = re.compile(
    r"(?:^|(?<=\s))(?P<category>[가-힣·]{1,20}?\s?(?:부문|분야))(?!\s?[=:：])"
    r"(?:에는|에서는|에|은|는)?\s?(?:수상자(?:는|로는)?\s)?"
    # `문화예술=A`, `봉사분야 : B, C`: a category and its people after an equals sign or a colon.
    r"|(?:^|(?<=\s))(?P<marked>[가-힣·]{2,12}(?:\s?(?:부문|분야))?)\s?[=:：]\s?"
)
# `봉사분야 : A, B ▷ 공익분야 : C`: a line of categories and their people is a roster of its own.
_MARKED_CATEGORIES_RE = re.compile(r"[가-힣]\s?[=:：]\s?[가-힣]")
# `▲가작(학장상) △운문=A`: a line of a contest's grades, whose categories are the grades' own.
_GRADE_ITEM_RE = re.compile(
    rf"[{_MARKS}]\s?(?:가작|입선|장원|특선|[가-힣]{{0,6}}상)(?=\s?[(:=：]|\s[{_MARKS}])"
)
# The sentence says winners were chosen or handed their prize.
_WINNERS_RE = re.compile(r"수상자|선정(?:됐|되었|돼|했|하였)|수상(?:했|하였)|받았|수여|영예")
# Where a person's words end: a particle closing the list, then the verb.
_PERSON_END_RE = re.compile(r"(?:씨)?(?:이|가|을|를|은|는|으로)$")
_AFTER_TOWN_NAME_RE = re.compile(r"[가-힣]{3}")
# The town or district a person lives in, written before their name (`가람면`, `인천남구`).
_RESIDENCE_RE = re.compile(r"^[가-힣]{1,6}(?:면|읍|동|리|구)$")
_SSI_RE = re.compile(r"(?<!\S)(?P<name>[가-힣]{2,4})\s?씨(?=(?:이|가|을|를|은|는|의)?(?![가-힣]))")
_TAIL_RE = re.compile(r"\s?등\s?(?:\d+\s?명)?.*$|\s(?:\d+\s?명)\S*$")
_MIN_ITEMS = 2
# `제32회 다솔군민대상 후보자를 심의해`, `‘가람시 문화상’ 수상자는`: the prize the roster is for
# (`한편`, `올해`: words of time and discourse are no part of its name).
_PRIZE_NAME_RE = re.compile(
    r"(?<![가-힣])(?!(?:한편|또한|특히|또|올해|이번|지난해|올)\s)"
    r"(?P<name>(?:제\s?\d{1,3}회\s)?[가-힣]{2,12}(?:\s[가-힣]{2,12})?상)[’'”]?"
    r"(?=\s?(?:수상자|후보자|심사위원회|시상))"
)
# `군민상은 … 최고 권위의 포상으로`: the prize the article is about, as a sentence's topic.
_PRIZE_TOPIC_RE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,12}상)(?:은|는)\s")
# A prize's own word in a name (`군민상`, `시민대상`, `정부포상`), or the winners of one.
_PRIZE_NAMED_RE = re.compile(r"상(?![가-힣])")
_WINNERS_OF_RE = re.compile(r"수상|시상|상패")
# The rule's name: its awards name their winners, so a count of categories beside them
# (`총 4개 부문의 수상자가`) is no sum of prizes.
ROSTER_RULE = "a named prize's winners per category"


@finds(FactKind.AWARD, ROSTER_RULE, "효행부문 가람면 박하늘, 봉사부문 누리면 김다솜 씨가 선정됐다")
def category_roster(piece: Piece, published_year: int | None) -> list[Award]:
    """The persons a sentence lists category by category for a prize with no grade (two or
    more), else none."""
    if not (
        _WINNERS_RE.search(piece.text)
        or len(_MARKED_CATEGORIES_RE.findall(piece.text)) >= _MIN_ITEMS
    ) or PRIZE_RE.search(piece.text):
        return []
    if _GRADE_ITEM_RE.search(piece.text):
        return []
    text, where = _unbracketed_people(piece.text)
    named = _PRIZE_NAME_RE.search(text)
    name = named.group("name") if named else None
    found = []
    position = 0
    current: str | None = None
    for part in _ITEM_SPLIT_RE.split(text):
        start = text.find(part, position)
        position = start + len(part)
        category = _CATEGORY_RE.search(part)
        # `문화부문에 가람면 박하늘, 누리면 김다솜, 봉사부문에 …`: a name alone after an item
        # shares its category.
        opens = category.end() if category else 0
        if category is None and current is None:
            continue
        who = _person(part[opens:])
        if who is None:
            current = None if category is None else current
            continue
        if category:
            current = category.group("category") or category.group("marked")
        at = start + opens + part[opens:].find(who.split()[0])
        found.append(
            Award(where[start + opens], where[at + len(who) - 1] + 1, piece, name=name,
                  category=current, recipient=who, year=published_year)
        )  # fmt: skip
    return found if len(found) >= _MIN_ITEMS else []


def roster_prize(pieces: Sequence[Piece]) -> str | None:
    """The prize an article's roster is for, when its own sentence names none: the first one
    the article names before its winners or ceremony (`군민상 시상은`), or as a topic (`군민상은
    …`); a grade (`최우수상은`) names no prize."""
    for pattern in (_PRIZE_NAME_RE, _PRIZE_TOPIC_RE):
        for piece in pieces:
            for found in pattern.finditer(piece.text):
                if not PRIZE_RE.fullmatch(found.group("name").split()[-1]):
                    return found.group("name")
    return None


def for_a_prize(award: Award) -> bool:
    """Whether a roster's award, once named from the article, is for a prize: its name holds
    one (`군민상`, `시민대상`), or its sentence tells the winners of one (`수상자는`, `수상했다`);
    `문화부문 A, 체육부문 B가 선정됐다` with no prize is a choice of instructors, not an award."""
    return bool(
        (award.name and _PRIZE_NAMED_RE.search(award.name))
        or _WINNERS_OF_RE.search(award.piece.text)
    )


def _unbracketed_people(text: str) -> tuple[str, Sequence[int]]:
    """`▲문화부문(다솔읍 이가람)`: a person written in brackets after their category is read as if
    written after it, the closing bracket ending the item; other brackets (ages, towns after a
    name) are asides."""
    opened = re.sub(r"(?<=부문|분야)\(", " ", text)
    if opened == text:
        return without_brackets(text)
    closed = re.sub(r"(?<=부문|분야)( [^()]*)\)", r"\1,", opened)
    # One character for one: the map is the same as the text's own positions.
    return without_brackets(closed)


def _person(words_text: str) -> str | None:
    """The person an item names after its category: `누리면 김다솜`, `… 참여한 최하나 씨가`,
    `정하나 다솔대학교 교수`; None when the item names no person."""
    words_text = _TAIL_RE.sub("", words_text.strip())
    ssi = [m for m in _SSI_RE.finditer(words_text) if is_roster_name(m.group("name"))]
    if ssi:
        return f"{ssi[-1].group('name')} 씨"
    words = words_text.split()
    moved = False
    while len(words) > 1 and _RESIDENCE_RE.match(words[0]):
        words, moved = words[1:], True
    if not words:
        return None
    # `윤가을` is a name ending like the object particle; `박하늘이` a name and its particle.
    first = words[0] if is_roster_name(words[0]) else _PERSON_END_RE.sub("", words[0])
    # After the town a person lives in, a name may end like a place (`가람면 김경구`).
    if not (is_roster_name(first) or (moved and _AFTER_TOWN_NAME_RE.fullmatch(first))):
        return None
    if first != words[0] or len(words) == 1:
        return first
    taken = [first]
    for index, word in enumerate(words[1:], start=2):
        # `… 원장이 배우자와 함께`: the subject ends at its particle; the item's last word
        # keeps its own ending (`화가`, `작가`).
        bare = _PERSON_END_RE.sub("", word) if index < len(words) else word
        taken.append(bare)
        if bare != word:
            break
    return " ".join(taken)
