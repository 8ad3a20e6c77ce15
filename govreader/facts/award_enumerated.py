"""Awards listed item by item, each an event and its grade, in one sentence of a body's record.

Year-end and record stories list what a body won: `구는 A 평가 최우수상, B 주관 C 대회 대상,
D 평가 S등급 등을 받았다` or `▲A 평가 최우수기관 ▲B 평가 우수상 등에 선정됐다` (each item the
event's name, then its grade); or a grade first, then the events it was won in (`최우수상은 ▲A
▲B 등 여러 분야에서 받았다`). Every item is an award of the sentence's subject, or of the body
the article is about when the sentence names none. Items are split at `,` and list marks only:
middle dots and 와/과 join words inside event names (`비상대비·민방위 분야`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_history import YEAR_RE
from govreader.facts.award_prizes import LIST_MARKS, PRIZE_RE, canonical_prize, grade_of
from govreader.facts.award_reading import is_planned, organizer_of, without_brackets
from govreader.facts.award_recipients import (
    SELF_REFERENCE,
    TOWNSHIP_RE,
    subject_before,
)
from govreader.facts.award_record import Award
from govreader.facts.award_who_list import who_list
from govreader.facts.award_winner_words import is_person_or_body, is_place, named_person
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

_MARKS = f"{LIST_MARKS}◦"
# Items part at commas, list marks and `을 비롯해` (`A 최우수상 수상을 비롯해 B 우수상 …`).
_ITEM_SPLIT_RE = re.compile(
    rf"\s*,\s*|\s*[{_MARKS}]\s*|(?<=[가-힣])(?:을|를)\s비롯(?:해|하여|해서)\s"
)
# The list's end: `등을 받았다`, `등 15개 상을 수상했다`, `등에 선정됐다`, `등의 성과를 거뒀다`,
# or the last grade's own particle and verb (`… 우수상을 받았다`).
_CLOSE_RE = re.compile(
    r"(?:\s?등(?:\s(?:총\s)?\d+개(?:의)?\s?(?:전\s)?(?:상|분야|부문|평가))?(?:을|를|에|에서|의|으로)?"
    r"|(?<=[가-힣])(?:을|를|에|으로|로))"
    r"\s(?:\S+\s){0,3}?"
    r"(?:받았|받으며|받아|수상(?:했|하였|하며|해)|선정(?:됐|되었|돼)|차지(?:했|하였)|거머쥐|획득(?:했|하였)"
    r"|이름을 올렸|영예를 안|성과를 거뒀|성과를 올렸|실적을 거뒀|성적을 거뒀)"
    # `주요 수상 내역은 ▲A 평가 최우수상 ▲B 대회 대상 등이다`: the record told as what it is.
    r"|\s?등(?:이다|이며|이고|이 있다)"
)
# `A 평가 최우수상 수상, B 대회 우수상 선정, C 평가 대상 수상 등 …`: the list ends at 등.
_OPEN_CLOSE_RE = re.compile(r"(?<=[가-힣])\s등\s")
# Where the first item's words begin: after the subject, the time and the kind of evaluation
# (`구는 올해 외부 평가에서도 …`, `정부 평가에선`, `이외에`).
_LEAD_END_RE = re.compile(
    r"(?<!\S)\S+(?:에서도|에서는|에선|에서|(?<!평)가|이|은|는)\s"
    r"|(?:올해|지난해|올 한 해|한 해 동안|이외에도?|이 밖에도?|그 밖에도?)\s"
)
# `X 주관`, `X가 주관한`, `X 주최`: the host written at the head of an item.
_HOST_HEAD_RE = re.compile(
    r"^(?P<org>[가-힣A-Za-z·]{2,20}?)(?:이|가|에서)?\s?(?:공동\s?)?(?:주관|주최|실시)(?:한|하는)?\s"
)
_GRADE_FIRST_RE = re.compile(
    r"^(?:특히\s|또\s|또한\s)?(?P<grade>(?:최우수|우수|장려|특별|대)상|대상|최우수기관|우수기관)"
    r"(?:의 경우|은|는|으로는|에는)\s"
)
_EVENT_CLOSE_RE = re.compile(
    r"(?:에서|\s?등\s(?:\S+\s){0,3}?\S*에서)\s(?:\S+\s){0,2}?(?:수상|받았|받아|선정)"
)
# `…, 장려 D군이 각각 선정됐다`, `…, 장려 D군이다`: where graded winners end.
_WINNERS_CLOSE_RE = re.compile(
    r"(?<=[가-힣])(?:이|가)\s(?:각각\s|모두\s)?(?:선정(?:됐|되었|돼)|뽑혔|차지(?:했|하였)|수상(?:했|하였)"
    r"|받았|이름을\s올렸|(?:수상의\s)?(?:영예|영광)를\s안았)|(?<=[시군구도])(?:이)?다[.!]?\s*$"
)
# A grade, then its winners: the three grades, the grand prizes (`대상`, `종합대상`, a category's
# `경영대상`, `그랑프리`, `본상`), medals and titled prizes (`국무총리상`), and a grade's body word
# glued to it (`우수읍면`, `우수동`); a word other than the three grades needs its particle.
_GRADE_THEN_WHO_RE = re.compile(
    r"(?:^|(?<=\s))(?:(?P<grade>(?:최우수|우수|장려)(?:상|기관)?)(?:은|는|에는)?"
    r"|(?P<top>(?:최우수|우수|장려)(?:읍면동|읍면|동|시군|시|군|구)|[가-힣A-Za-z0-9]{0,6}대상|그랑프리|본상"
    r"|[금은동]상|특별상|(?:대통령|국무총리|장관|도지사)(?:상|표창))(?:은|는|에는))"
    r"\s(?P<who>[^\s,]+(?:\s[^\s,]+)?)$"
)
# The verb that closes bodies chained as topics: `…에서 각각 수상했다`, `…을 받았다`.
_TOPICS_CLOSE_RE = re.compile(
    r"(?:에서|을|를)?\s(?:각각\s|모두\s)?(?:상을\s)?"
    r"(?:수상(?:했|하였|해|하며)|받았|받아|차지(?:했|하였|해)|선정(?:됐|되었|돼))"
)
_TOPIC_BODY_RE = re.compile(r"(?<!\S)(?P<who>[가-힣A-Za-z]{2,14}?)(?:은|는)\s")
# `지역경제 활성화 분야`, `노ㆍ사 상생 부문`: up to three words ending an item in a category.
_CATEGORY_TAIL_RE = re.compile(r"(?<!\S)(?:[^\s,]+\s){0,2}[^\s,]*(?:부문|분야)$")
_MIN_NAME = 4
# `2018년 박람회 우수상 수상, 2020년 인정제 우수기관 선정`: a record's item told with its deed.
_DEED_END_RE = re.compile(r"(?<=[가-힣])\s(?:수상|선정|획득)$")
# `농산시책 평가 2년 연속 최우수상`: how often it was won, no part of the event's name.
_IN_A_ROW_RE = re.compile(r"\s(?:\d{1,2}|[두세네])\s?(?:년|회|번)\s?연속$")
_QUOTES_RE = re.compile(r"[‘’'“”\"]")
# An item with a subject of its own (`A군이 최우수기관, B군은 우수기관`) pairs winners with
# grades: other shapes read it. 은/는 mark a subject only after a body; after other words
# they are modifiers inside an event's name (`걷기 좋은 서울`, `찾아가는 복지`).
_SUBJECT_RE = re.compile(r"(?<!평)(?<=[가-힣])(?:이|가)\s|(?<!\S)(?P<topic>\S+?)(?:은|는)\s")
# `지자체 합동평가 산림 분야`: the event, then the category it was won in; an item that is a
# category alone (`공시제 부문`) names no event.
_CATEGORY_END_RE = re.compile(r"(?:부문|분야)$")
_EVENT_WORD_RE = re.compile(r"평가|대회|공모|대상|어워|경진|경연|대전|인증|심사|시상")


@finds(
    FactKind.AWARD,
    "awards listed item by item",
    "A시는 복지 분야, B군은 환경 분야에서 각각 수상했다",
)
def enumerated_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """Awards listed item by item in one sentence (two or more), else none."""
    text, where = without_brackets(piece.text)
    if is_planned(text):
        return []
    found = _grade_first(piece, text, where, published_year)
    found = found or _graded_winners(piece, text, where, published_year)
    found = found or _chained_topics(piece, text, where, published_year)
    return found or _named_grades(piece, text, where, published_year)


def _chained_topics(
    piece: Piece, text: str, where: Sequence[int], published_year: int | None
) -> list[Award]:
    """`A시는 X 분야, B시는 Y 분야에서 각각 수상했다`, `A부는 X 부문 대상, B청은 Y 부문을
    받았다`, `A부는 일자리 창출, B청은 혁신, C공사는 …으로 상을 받았다`: bodies as topics,
    each with its category, prize or theme, sharing the verb at the end."""
    close = _TOPICS_CLOSE_RE.search(text)
    if close is None:
        return []
    found = []
    themes = 0
    # `C면과 D면, E면은 장려상`: bare bodies before a topic share it.
    pending: list[str] = []
    chained = 0
    for start, end in _items(text, 0, close.start()):
        topics = list(_TOPIC_BODY_RE.finditer(text, start, end))
        if not topics:
            more = _more_winners(text[start:end])
            if not more:
                return []
            pending.extend(more)
            continue
        topic = topics[-1]
        chained += 1
        words = text[start : topic.start("who")].split()
        who = topic.group("who")
        person = named_person([*words, who])
        if person:
            who = person  # `김하은 서부보건소 주무관은`: the person, their office left out
        elif words and is_place(words[-1]):
            who = f"{words[-1]} {who}"  # `경기 화성시는`: the place the body sits in
        elif more := _more_winners(text[start : topic.end("who")]):
            pending.extend(more[:-1])  # `A면과 B면은`
        what = text[topic.end() : end].strip()
        if not (is_person_or_body(who) or _is_place_in_list(who)) or not what:
            return []
        prize = PRIZE_RE.search(what)
        category = _CATEGORY_TAIL_RE.search(what[: prize.start()].strip() if prize else what)
        themes += not prize and not category
        for winner in [*pending, who]:
            found.append(
                _award(piece, where, start if pending else topic.start("who"), end, None,
                       grade_of(prize) if prize else None, None, winner, published_year)
            )  # fmt: skip
            found[-1].category = category.group() if category else None
        pending = []
    if pending or chained < 2:
        return []  # bare bodies with no topic after them; one topic is no chain
    # Bare themes (`A부는 일자리 창출, B청은 혁신`) count only in a longer chain.
    return found if len(found) >= (3 if themes else 2) else []


def _graded_winners(
    piece: Piece, text: str, where: Sequence[int], published_year: int | None
) -> list[Award]:
    """`최우수 A시, 우수 B시·C군, 장려 D군이 선정됐다`: a grade, then its winners, item by item."""
    close = _WINNERS_CLOSE_RE.search(text)
    if close is None:
        return []
    found: list[Award] = []
    graded = 0
    for start, end in _items(text, 0, close.start()):
        item = _GRADE_THEN_WHO_RE.search(text, start, end)
        if item is None:
            # `우수동은 A동과 B동, C동, D동이`: a bare body after a graded item is one more winner
            # of that grade; any other item with no grade of its own breaks the list.
            if graded and (more := _more_winners(text[start:end])):
                found.extend(
                    _award(piece, where, start, end, None, found[-1].prize, None, who,
                           published_year)
                    for who in more
                )  # fmt: skip
                continue
            if graded:
                return []
            continue
        if not graded and PRIZE_RE.search(text, 0, item.start()):
            return []  # `A시가 대상을 받았고 B 부문 대상은 C군, …`: a clause of its own before
        graded += 1
        winners = who_list(item.group("who"))
        if not winners or not all(_is_place_in_list(w.split()[-1]) for w in winners):
            return []
        grade = item.group("grade") or item.group("top")
        # `관광 부문 대상은 A군`: the category written before the grade.
        category = _CATEGORY_TAIL_RE.search(text[start : item.start()].rstrip())
        for who in winners:
            found.append(
                _award(piece, where, item.start(), end, None, canonical_prize(grade), None, who,
                       published_year)
            )  # fmt: skip
            found[-1].category = category.group() if category else None
    return found if graded >= 2 else []


def _named_grades(
    piece: Piece, text: str, where: Sequence[int], published_year: int | None
) -> list[Award]:
    """`A 평가 최우수상, B 주관 C 대회 대상 등을 받았다`: an event and its grade per item."""
    close = _CLOSE_RE.search(text) or _OPEN_CLOSE_RE.search(text)
    if close is None:
        return []
    items = _items(text, 0, close.start())
    graded = [(s, e, p) for s, e in items if (p := _grade_at_end(text, s, e))]
    # A list closed by `등` alone (its verb cut off or far away) must be a long one.
    least = 2 if close.re is _CLOSE_RE else 3
    if len(graded) < least or len(graded) * 2 < len(items):
        return []
    lead = graded[0][0]
    recipient = subject_before(text, lead)
    if recipient and not _is_recipient(recipient):
        recipient = None  # `주요 수상 내역은 …`: the record's topic, the body left unsaid
    found = []
    for start, end, prize in graded:
        name_at = _name_start(text, start, prize.start()) if start == lead else start
        raw = text[name_at : prize.start()].strip()
        host = _HOST_HEAD_RE.match(raw)
        name = _QUOTES_RE.sub("", raw[host.end() :] if host else raw).strip()
        if _has_subject(name):
            return []
        event, category = _event_and_category(_IN_A_ROW_RE.sub("", name))
        if not event:
            continue
        name = event
        only_year = YEAR_RE.fullmatch(name)  # `2022년 장관상 수상`: a year, no event named
        if not only_year and (len(name.replace(" ", "")) < _MIN_NAME or is_person_or_body(name)):
            continue
        organizer = host.group("org") if host else organizer_of(raw, {})
        found.append(_award(piece, where, name_at, end, name, grade_of(prize), organizer,
                            recipient, published_year))  # fmt: skip
        found[-1].category = category
        if only_year:
            found[-1].name = None
    return found if len(found) >= 2 else []


def _grade_first(
    piece: Piece, text: str, where: Sequence[int], published_year: int | None
) -> list[Award]:
    """`최우수상은 ▲A 평가 ▲B 대회 등 여러 분야에서 받았다`: one grade, the events it was won
    in, each behind a list mark."""
    head = _GRADE_FIRST_RE.match(text)
    if head is None or not any(mark in text for mark in _MARKS):
        return []
    close = _EVENT_CLOSE_RE.search(text, head.end())
    if close is None:
        return []
    found = []
    for start, end in _items(text, head.end(), close.start()):
        name = text[start:end].strip()
        if len(name.replace(" ", "")) < _MIN_NAME or is_person_or_body(name):
            return []  # a winner listed after its grade is another shape
        found.append(_award(piece, where, start, end, name, head.group("grade"), None, None,
                            published_year))  # fmt: skip
    return found if len(found) >= 2 else []


def _more_winners(item: str) -> list[str]:
    """The winners of `용담2동`, `경기 화성시`, `A면과 B면`: one or two words that are all places
    or bodies; none when the item is anything else."""
    words = item.split()
    winners = who_list(item) if 1 <= len(words) <= 2 else []
    return winners if all(_is_place_in_list(w.split()[-1]) for w in winners) else []


def _is_place_in_list(word: str) -> bool:
    """A place, or a township (`효자면`): in a list of winners 면 ends a name, where elsewhere it
    may be a verb's ending (`보면`)."""
    return is_place(word) or bool(TOWNSHIP_RE.fullmatch(word))


def _has_subject(item: str) -> bool:
    """The item names who won (`A군이 최우수기관`, `B군은 우수기관`), not an event."""
    for match in _SUBJECT_RE.finditer(item):
        topic = match.group("topic")
        if topic is None or topic in SELF_REFERENCE or is_person_or_body(topic):
            return True
    return False


def _event_and_category(item: str) -> tuple[str | None, str | None]:
    """`지자체 합동평가 산림 분야` → the event and its category; a category alone has no event
    (`공시제 부문`), and an item without one is all event."""
    if not _CATEGORY_END_RE.search(item):
        return item, None
    words = item.split()
    last = max((i for i, word in enumerate(words[:-1]) if _EVENT_WORD_RE.search(word)), default=-1)
    if last < 0:
        return None, None
    category = " ".join(words[last + 1 :])
    return " ".join(words[: last + 1]), category if len(words) - last > 2 else None


def _is_recipient(name: str) -> bool:
    """A body, a person or the article's own body (`군은`), not a topic such as `수상 내역은`."""
    return name in SELF_REFERENCE or is_person_or_body(name)


def _award(
    piece: Piece,
    where: Sequence[int],
    start: int,
    end: int,
    name: str | None,
    prize: str | None,
    organizer: str | None,
    recipient: str | None,
    published_year: int | None,
) -> Award:
    named_year = YEAR_RE.match(name) if name else None
    year = int(named_year.group(1)) if named_year else published_year
    past = bool(named_year and published_year and year is not None and year < published_year)
    return Award(
        where[start], where[end - 1] + 1, piece, name=name, prize=prize, organizer=organizer,
        recipient=recipient, year=year, dated=bool(named_year), implicit=recipient is None,
        past=past,
    )  # fmt: skip


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans between commas and list marks in `text[start:end]`, without blank ones."""
    spans = []
    position = start
    for joint in _ITEM_SPLIT_RE.finditer(text, start, end):
        spans.append((position, joint.start()))
        position = joint.end()
    spans.append((position, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _grade_at_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """The grade that ends the item `text[start:end]` (`… 평가 최우수상`), if one does."""
    item = _DEED_END_RE.sub("", text[start:end].rstrip(" ’'”\""))
    for match in PRIZE_RE.finditer(item):
        if match.end() == len(item) and match.start() > 0:
            return PRIZE_RE.match(text, start + match.start(), start + len(item))
    return None


def _name_start(text: str, start: int, prize_at: int) -> int:
    """Where the event's name begins in the item starting at `start`: the first item carries
    the sentence's subject and time words before it."""
    leads = [match.end() for match in _LEAD_END_RE.finditer(text, start, prize_at)]
    at = leads[-1] if leads else start
    while at < prize_at and text[at] in " ‘'“\"":
        at += 1
    return at
