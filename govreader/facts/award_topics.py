"""Prizes named first, their winners after.

`최우수상은 A와 B, C 등 3개 지자체가 받았다`, `우수상에는 A, B가 선정됐다`, `대상은 … 씨에게
돌아갔다`; per category or group (`부문별 대상은 X부문에 A, Y부문에 B가 수상의 영광을 안았다`,
`우수 기관은 광역단체에서는 A와 B가 선정됐다`); topics chained with a comma share the verb at the
end (`최우수상은 A가, 우수상은 B가 받았다`). A topic counts only when its clause ends on a
receiving verb; its winners' text is then split by `who_list` (the shared enumeration reader).
"""

from __future__ import annotations

import re

from govreader.facts.award_prizes import LIST_MARKS, TITLE
from govreader.facts.award_reading import category_between
from govreader.facts.award_winner_words import is_person_or_body, is_roster_name

# Government decorations: `녹조근정훈장`, `근정포장`, `국민포장` (not a road's 포장).
# `동탑산업훈장`, `철탑 산업훈장`, `옥조 근정훈장`: a tower or a grade of service medal is written
# with or without its blank.
DECORATION = (
    r"(?:[금은동철석]탑\s|[청황홍녹옥]조\s)?[가-힣]{0,4}(?:근정|국민|새마을|산업|체육|문화|보국|수교|과학기술|봉사)"
    r"(?:훈장|포장)"
)


def is_decoration(prize: str) -> bool:
    """Whether `prize` is a government decoration (`녹조근정훈장`, `국민포장`), whole."""
    return bool(re.fullmatch(DECORATION, prize))


TOPIC_PRIZE = (
    r"(?:(?:최우수|우수|장려|특별|금|은|동|대|종합대|최고대|특별대|본)상|최고경영자상|(?:최우수|우수)작"
    rf"|(?:최우수|우수|장려)\s?(?:기관|단체|시[·ㆍ]?군[·ㆍ]?구|시[·ㆍ]?군|지자체|자치단체|부서)|{TITLE}\s?(?:표창|상)"
    rf"|{DECORATION})"
)
_QUOTED_RE = re.compile(r"‘[^’]{1,80}’|“[^”]{1,80}”|'[^'\n]{1,80}'|\"[^\"\n]{1,80}\"")
# `우수는 원주시와 춘천시, 장려는 …`: a bare grade opening its winners.
_BARE_TOPIC = r"(?:최우수|우수|장려)(?=(?:는|에는)\s)"
# `인재경영대상은`, `‘지속가능경영 대상’에는`, `‘업종별 최고기업상’은`: a prize named for its field,
# one word or in quotes, as business and brand awards name theirs.
_NAMED_TOPIC = (
    r"(?<=[‘'])[가-힣A-Za-z]{2,12}(?:\s[가-힣A-Za-z]{1,12}){0,2}상(?=[’'])|[가-힣]{2,10}대상"
)
_TOPIC_RE = re.compile(
    rf"(?<![가-힣])(?<!(?:을|를)\s)(?P<prize>{TOPIC_PRIZE}|{_BARE_TOPIC}|(?P<named>{_NAMED_TOPIC}))"
    r"[’']?(?:\s수상자)?"
    r"(?P<particle>은|는|에는|엔|으로는|로는|으로|로|의\s영예는|의\s영광은"
    # `최우수상에 A과, 우수상에 B과와 C과가`: 에 opens a slot only before a listed winner.
    r"|에(?=\s[^\s,]{2,20}(?:,\s|(?<=[가-힣])(?:와|과|이|가)\s))"
    r"|\s수상\s?(?:지자체|기관|단체|팀|자)(?:로|으로)"
    r"|(?:을|를)\s(?:받은|수상한|차지한)\s(?:곳|기관|지자체|자치단체|단체)(?:은|는)"
    r"|\s수상\s?(?:지자체|기관|자치단체|단체)(?:은|는))\s"
)
# `우수기관으로 A, B 등 33개 기관이 선정됐다`: a grade with 으로 takes a selection verb only.
_SELECTED_RE = re.compile(
    r"(?:이|가)\s(?:각각\s|모두\s)?(?:선정(?:됐|되었|돼)|뽑혔|뽑혀|지정(?:됐|되었|돼))"
)
_PICKED_RE = re.compile(r"(?:을|를)\s(?:각각\s)?(?:[^\s,]+\s){0,2}?(?:선정|선발|뽑)(?:했|하였|았)")
# `최우수 시군으로 A를 선정했다`: a grade with 으로 and the bodies an organizer picked.
_SELECTED_OR_PICKED_RE = re.compile(f"{_SELECTED_RE.pattern}|{_PICKED_RE.pattern}")
# `행정혁신부문에 A, 문화관광부문에 B가`, `광역단체에서는 A와 B가`: a category or group, then its
# winners.
_SLOT_RE = re.compile(
    r"(?<![^\s,])(?P<category>[가-힣·]{2,14}(?:부문|분야|단체|지자체))"
    r"(?:에서는|에는|에|으로는|로는)\s"
)
# `… 13개 지자체가 `: a subject, right before the grade it was selected as.
_SUBJECT_BEFORE_RE = re.compile(r"[가-힣](?:이|가)\s$")
# The verbs of a prize received (차지했다, 수상의 영예를 안았다) and of a prize handed to its
# winners (… 에게 돌아갔다), which every topic's winners may end on.
_RECEIVING = (
    r"차지(?:했|하였|해)|받았|받아|수상(?:했|하였|해|의\s영예|의\s영광)|거머쥐|안았|안아"
    r"|영예를|영광을"
)
_HANDED = r"돌아갔|돌아간|주어졌"
# What a topic's winners end on: the subject particle and a receiving verb, or (에게) 돌아갔다.
_RECEIVED_RE = re.compile(
    r"(?:이|가)\s(?:각각\s|모두\s|나란히\s)?(?:[^\s,]+\s){0,3}?"
    rf"(?:{_RECEIVING}|선정(?:됐|되었|돼)|뽑혔|뽑혀|이름을\s올렸|받는다|받고\s)"
    rf"|(?:에게|에)\s(?:각각\s)?(?:{_HANDED}|수여(?:됐|되었|된다|됩니다|돼))"
)
# A verb's connective inside a slot: the slot is a clause, no list of winners.
_CLAUSE_IN_SLOT_RE = re.compile(
    r"[가-힣](?:다고|으나|지만|하여|해서|하며|하고|으며|었고|했고)(?:\s|,)"
)
# What a prize named for its field ends on: only a verb of receiving, never a selection (`지원
# 대상은 A가 선정됐다` is a grant's target, not a prize) nor a verb with an object of its own
# (`지원대상은 … 800명이 수혜를 받게 된다`).
_NAMED_RECEIVED_RE = re.compile(
    r"(?:이|가)\s(?:각각\s|모두\s|나란히\s)?(?:[^\s,]*[^\s,을를]\s){0,3}?"
    rf"(?:{_RECEIVING}|받게)|(?:에게|에)\s(?:{_HANDED})"
)
# `종합대상은 A, B 2개 단체다`: a counted list closing the sentence with the copula.
_COUNTED_COPULA_RE = re.compile(
    r"(?<=\d[개곳]\s단체|\d[개곳]\s기관)(?:이)?다[.!]?\s*$|(?<=\d곳)이다[.!]?\s*$"
)
# `… 박하나이며 옥조근정훈장은`, `… 정다온이다.`: a decoration's people closing with the copula.
_NAMES_COPULA_RE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4}?)(?:이)?(?:며|다[.!]?)\s*$")
_COPULA_RE = re.compile(r"(?:이)?(?:며|다)")
# `A가, 교육 부문 대상은 B가`: the next topic's category may stand before it.
_COPULA_END_RE = re.compile(r"(?<=[시군구도청])(?:이)?다[.!]?\s*$|(?<=\s등)이다[.!]?\s*$")
# The list marks that open an item of a list of prizes and their winners.
_MARKS = f"{LIST_MARKS}•"
_MARK = rf"[{_MARKS}]"
_CHAINED_RE = re.compile(
    r"(?:(?<=[가-힣])(?:이|가|에게|에))?,\s*(?:(?:[^\s,]+\s)?[^\s,]*부문\s?)?[‘']?$"
    rf"|\s?{_MARK}\s?$"  # `… 최수호 △옥조근정훈장 …`: the next item's list mark
)
# `녹조근정훈장에 A, B, 옥조근정훈장 C, D △근정포장 E`: in a list of prizes and their winners,
# each later prize opens its own slot where an item stands (after a comma or a list mark), with
# or without its particle; its winners may follow their rank (`근정포장에 행정사무관 E`). Such a
# prize is a grade, never a prize named for its field: `named` never matches.
_ITEM_TOPIC_RE = re.compile(
    rf"(?:(?<=,\s)|(?<={_MARK})|(?<={_MARK}\s))(?P<prize>{TOPIC_PRIZE})"
    r"(?P<particle>에는|에|은|는|)(?P<named>(?!))?\s(?=(?!등\s|및\s)[^\s,])"
)
# `홍조근정훈장에 부이사관 A·B, 녹조근정훈장에 …`: 에 opens a slot of winners after their rank.
_RANKED_SLOT_RE = re.compile(
    rf"(?<![가-힣])(?P<prize>{TOPIC_PRIZE})(?P<particle>에)(?P<named>(?!))?"
    r"\s(?=[가-힣]{1,8}(?:관|사|보)\s[^\s,]{2,20}(?:,\s|(?<=[가-힣])(?:와|과|이|가)\s))"
)


def _slots(text: str, start: int, end: int) -> list[tuple[str | None, int, int]]:
    """The parts of a topic's slot `text[start:end]`: (category, where its winners start, where
    the part ends). One part with no category when no category or group opens it."""
    found = list(_SLOT_RE.finditer(text, start, end))
    if not found or found[0].start() != start:
        return [(None, start, end)]
    parts = []
    for index, slot in enumerate(found):
        part_end = found[index + 1].start() if index + 1 < len(found) else end
        parts.append((slot.group("category"), slot.end(), part_end))
    return parts


def prize_named_before(text: str, end: int) -> re.Match[str] | None:
    """The prize a clause names first before `end` (`최우수상은 …`, `우수상에는 …`)."""
    topics = list(_TOPIC_RE.finditer(text, 0, end))
    return topics[-1] if topics else None


def _unquoted(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of `pattern` in `text[start:end]` outside quotes (`‘세계인이 즐기는
    …’이 뽑혔다`: the work's own words close nothing)."""
    quoted = [m.span() for m in _QUOTED_RE.finditer(text, start, end)]
    match = pattern.search(text, start, end)
    while match and any(a < match.start() < b for a, b in quoted):
        match = pattern.search(text, match.start() + 1, end)
    return match


def topic_winners(text: str) -> list[tuple[re.Match[str], str | None, int, int]]:
    """Every prize named first in `text` with a slot of winners: (the prize, the category, where
    the winners' text starts and ends). A chained topic counts only when a later topic of the
    sentence ends on the receiving verb."""
    topics = _with_item_topics(
        text, [t for t in _TOPIC_RE.finditer(text) if not _is_complement(text, t)]
    )
    slots: list[tuple[re.Match[str], str | None, int, int, bool]] = []
    for index, topic in enumerate(topics):
        limit = topics[index + 1].start() if index + 1 < len(topics) else len(text)
        *leading, (category, start, end) = _slots(text, topic.end(), limit)
        chain = _CHAINED_RE.search(text, start, end) if end == limit < len(text) else None
        particle = topic.group("particle")
        selected = particle in ("으로", "로")
        named = topic.group("named") is not None
        if named and (selected or particle.startswith(" 수상")):
            continue  # `지원대상으로 A를 선정했다`: a target picked, no prize
        # A quoted name is a prize's own (`‘지속가능경영 대상’에는 A가 뽑혔다`): any receiving verb.
        quoted = named and topic.start() > 0 and text[topic.start() - 1] in "‘'"
        strict = named and not quoted
        closing = _SELECTED_OR_PICKED_RE if selected else _RECEIVED_RE
        closing = _NAMED_RECEIVED_RE if strict else closing
        if particle.startswith(" 수상"):
            closing = _PICKED_RE  # `대상 수상 지자체로 A와 B를 선정했다`: the organizer picked them
        own_verb = _unquoted(closing, text, start, end) if chain else None
        if chain and own_verb and own_verb.start() < chain.start():
            chain = None  # `대상은 A가 차지했으며, 최우수상에는 B`: the topic's own verb closes it
        received = None if chain or (selected and leading) else _unquoted(closing, text, start, end)
        received = received or _COUNTED_COPULA_RE.search(text, start, end)
        if received is None and topic.group("prize") != "대상" and not named:
            # `최우수기관은 강릉시, 우수기관은 속초시와 삼척시다`: the bodies closing with 이다.
            received = _COPULA_END_RE.search(text, start, end)
        if received is None and is_decoration(topic.group("prize")):
            # `녹조근정훈장에는 A, B이며 옥조근정훈장은 C, D이다`: people closing with the copula.
            received = _names_copula(text, start, end)
        close = chain or received
        if close is None or close.start() <= start:
            continue
        if named and _CLAUSE_IN_SLOT_RE.search(text, start, close.start()):
            continue  # `도시대상은 인구 등이 다른 …을 평가하여`: a clause about it, no winners
        chained = chain is not None
        own = category_between(text, max(0, topic.start() - 20), topic.start())
        for part_category, part_start, part_end in leading:
            closed = _CHAINED_RE.search(text, part_start, part_end)
            part_end = closed.start() if closed else part_end
            slots.append((topic, part_category, part_start, part_end, chained))
        slots.append((topic, category or own, start, close.start(), chained))
    return [
        (topic, category, start, end)
        for index, (topic, category, start, end, chained) in enumerate(slots)
        if not chained or any(not later[-1] for later in slots[index + 1 :])
    ]


def _is_complement(text: str, topic: re.Match[str]) -> bool:
    """`우수상은 A, B 등 13곳이 우수기관으로 선정됐다`: a grade with 으로 right after a subject is
    what the subject was selected as, the close of the slot before, never a slot of its own."""
    return topic.group("particle") in ("으로", "로") and bool(
        _SUBJECT_BEFORE_RE.search(text, 0, topic.start())
    )


def _names_copula(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where a slot of people ends on the copula (`… 박하나이며`, `… 정다온이다`): the copula
    after a person's name, never a verb's ending (`… 각각 수여했다`)."""
    copula = _NAMES_COPULA_RE.search(text, start, end)
    if copula is None:
        return None
    # A list of names: `1~5등급으로 나뉜다` tells what the decoration is.
    names = text[start : copula.end("name")].split(", ")
    if len(names) < 2 or not all(is_roster_name(name.strip()) for name in names):
        return None
    return _COPULA_RE.search(text, copula.end("name"), end)


def _with_item_topics(text: str, topics: list[re.Match[str]]) -> list[re.Match[str]]:
    """`topics` with the prizes that open later items of a list of prizes and their winners
    (`…, 옥조근정훈장 C, D`), once a topic has opened the list; in the order of the text."""
    ranked = [m for m in _RANKED_SLOT_RE.finditer(text) if not _overlaps(m, topics)]
    found = sorted([*topics, *ranked], key=lambda m: m.start())
    if not found:
        return found
    items = [
        m for m in _ITEM_TOPIC_RE.finditer(text, found[0].end())
        if not _overlaps(m, found)
    ]  # fmt: skip
    return sorted([*found, *items], key=lambda m: m.start())


def _overlaps(match: re.Match[str], others: list[re.Match[str]]) -> bool:
    return any(match.start() < o.end() and o.start() < match.end() for o in others)


# `기초지자체로는 A와 B가 뽑혔다`: a group and its bodies, the grade told in the sentence before.
_CARRIED_RE = re.compile(
    r"^(?:또\s|또한\s)?(?P<category>[가-힣·]{2,14}(?:단체|지자체|부문|분야|기관))"
    r"(?:으로는|로는|에서는|에는)\s(?P<who>[^.]{2,160}?)(?:이|가)\s(?:각각\s|모두\s)?"
    r"(?:선정(?:됐|되었|돼)|뽑혔|이름을\s올렸)"
)


def carried_winners(text: str) -> re.Match[str] | None:
    """A sentence naming a group's winners without their grade, which the sentence before gave
    (`우수 기관은 광역단체에서는 A가 선정됐다. 기초지자체로는 B와 C가 뽑혔다`)."""
    return _CARRIED_RE.match(text)


# `▲최우수상: 김해시 ▲우수상: 양산시, 밀양시`, `▲대상 강릉시 ▲최우수상 속초시·삼척시`: a grade,
# then its winners, item by item.
# `▷최우수는 A과 ▷우수 B과`: after a list mark a bare grade opens its winners too.
_MARKED_BARE = rf"(?:(?<={_MARK})|(?<={_MARK}\s))(?:최우수|우수|장려)(?=(?:은|는)?\s)"
# `▲경영대상 A㈜ ▲품질경영부문대상 B`: after a list mark a prize named for its field opens its
# winners too.
_MARKED_NAMED = rf"(?:(?<={_MARK})|(?<={_MARK}\s))[가-힣]{{1,10}}대상"
_GRADE_ITEM_RE = re.compile(
    rf"(?:^[-–]?|{_MARK})\s?(?P<prize>{TOPIC_PRIZE}|(?:최우수|우수|장려)(?=\s?[:=])|{_MARKED_BARE}"
    rf"|{_MARKED_NAMED})"
    r"(?:은|는|에는)?\s?(?:[:：=\-–]\s?|\s)"
    rf"(?P<who>[^{_MARKS}:：]+?)(?=\s?{_MARK}|\s[-–—]\s|\s?$|\s?\.$|(?:이)?다\.?$"
    r"|(?<=[가-힣])(?:이|가)\s(?:각각\s)?(?:차지|수상|선정|받았|뽑혔|이름을))"
)
# `| 최우수 | 김해시 |`: a table row that a copied page kept.
_GRADE_ROW_RE = re.compile(
    rf"^\|?\s?(?P<prize>{TOPIC_PRIZE}|최우수|우수|장려)\s?\|\s?(?P<who>[^|]{{2,80}}?)\s?\|?\s*$"
)
_MARKED_RE = re.compile(rf"^\s?(?:{_MARK}|[-–]\s)")


# `수상 기관은 대상에 A, 최우수상에 B와 C 등이다`, `수상자는 대상 김민수, 금상 이영희 씨다`: a
# roster of winners, grade by grade, closing with the copula.
_ROSTER_HEAD_RE = re.compile(
    r"^(?:\S+\s)?(?P<who>수상자|입상자|수상\s?(?:기관|단체|지자체|기업|업체|팀))(?:은|는|로는)\s"
)
# `수상업체는 종합대상에 A, 경영부문 대상에 B이다`: a category may stand before an item's grade.
# An item's winners run to the next item's prize (`홍조근정훈장에 A, 녹조근정훈장에 B, C`), or to
# the roster's end (`… C 등이 수상했다`, `… D 씨다`).
_ROSTER_ITEM_RE = re.compile(
    rf"(?<=[,은는]\s)(?:[가-힣·]{{2,12}}(?:부문|분야)\s?)?(?P<prize>{TOPIC_PRIZE})(?:에|은|는)?\s"
    r"(?P<who>.+?)"
    rf"(?=,\s(?:[가-힣·]{{2,12}}(?:부문|분야)\s?)?(?:{TOPIC_PRIZE})(?:에|은|는)?\s"
    r"|\s?등(?:이다|이었다|입니다|이\s(?:수상|선정|받))|\s?씨(?:\s등)?(?:이다|다|입니다)"
    r"|(?:이)?다\.?$|입니다\.?$)"
)


def roster_of_people(text: str) -> bool:
    """Whether `text` opens a roster of people (`수상자는 …`), whose names may stand alone."""
    head = _ROSTER_HEAD_RE.match(text)
    return bool(head and head.group("who") in ("수상자", "입상자"))


def graded_items(text: str) -> list[re.Match[str]]:
    """Grades listed item by item with their winners after them (`▲대상 A ▲최우수상 B·C`), a
    table row (`| 최우수 | A |`) or a roster (`수상 기관은 대상에 A, 최우수상에 B 등이다`); a lone
    item only on a line of its own that opens with a mark and a colon (`▲최우수상: A`)."""
    row = _GRADE_ROW_RE.match(text)
    if row:
        return [row]
    head = _ROSTER_HEAD_RE.match(text)
    if head:
        roster = [m for m in _ROSTER_ITEM_RE.finditer(text, head.end())]
        if roster and roster[0].start() == head.end():
            return roster
    items = list(_GRADE_ITEM_RE.finditer(text))
    if len(items) >= 2:
        return items
    if items and _MARKED_RE.match(text) and re.search("[:=]", text[: items[0].start("who")]):
        return items
    return []


# `▲사례 이름(행정안전부) ▲사례 이름(세무2과)`: each listed work with its body in brackets.
# A maker's company mark stays in the brackets (`((주)가람)`), and a maker may lead a team
# (`(박하늘 등 4명)`, `(누리공사 외 2개사)`).
# The marks parting the works of a slot, each with its maker in brackets.
_WORK_MARKS = "[▲△○□]"
_OWNER_RE = re.compile(
    rf"\((?P<owner>(?:\([^()]{{1,3}}\))?[^()]{{2,24}})\)(?=\s?(?:{_WORK_MARKS}|[,·]|등|및|와|과|이|가|에게|$))"
)
_OWNER_TEAM_RE = re.compile(r"\s?(?:등|외)\s?\d+\s?(?:명|개사|곳|팀)$")
_LIST_MARK_RE = re.compile(_WORK_MARKS)
_OFFICE_RE = re.compile(r"^[가-힣0-9]{1,12}(?:과|팀|실|담당관|센터|주민센터|사업소|국|단)$")


def is_office(name: str) -> bool:
    """A department or office of a local government (`세무2과`, `정릉3동주민센터`)."""
    return bool(_OFFICE_RE.match(name.replace(" ", "")))


def bracketed_owners(slot: str) -> list[str]:
    """The bodies or offices in brackets after the works a slot lists, when every listed work
    has one (`▲A(행정안전부) ▲B(경기 과천시) 등`); none otherwise."""
    # `‘…’ (A 팀), ‘…’ (B 팀)`: commas or dots after the brackets part the works as marks do.
    # `작품상 부문에서 ▲A(…) ▲B(…)`: the words before the first mark lead the list in; under
    # marks a maker may be written by their name alone.
    marked = _LIST_MARK_RE.search(slot)
    slot = slot[marked.start() :] if marked else slot
    items = [item for item in re.split(rf"{_WORK_MARKS}|(?<=\))\s?[,·]\s?", slot) if item.strip()]
    owners = []
    for item in items:
        found = list(_OWNER_RE.finditer(item))
        if not found:
            return []
        owner = _OWNER_TEAM_RE.sub("", found[-1].group("owner").strip())
        before = item[: found[-1].start()].strip()
        named = is_office(owner) or is_person_or_body(owner) or (marked and is_roster_name(owner))
        if not before or not named:
            return []  # `안동시(지역경제부문)`: a category, not the body behind a work
        if is_person_or_body(re.split(r"[,·]", before)[-1].strip()):
            return []  # `A시(시도), B공사(공공기관)`: bodies with their groups, not works
        owners.append(owner)
    return owners
