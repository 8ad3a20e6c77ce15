"""A body's round-up of its year's awards, read item by item.

Year-end stories add up what one body won (`올 한 해 상복`, `각종 대외 평가에서`, `주요 수상
내역은`): sentence after sentence lists events, each with its grade (`A 평가에서 최우수기관으로
선정된 것을 시작으로 B 대회 대상, C 평가 우수 등`), and leaves the body unsaid. Once the headline
or the lead says the article is such a round-up, every (event, grade) item of its sentences is an
award of the article's body, unless the item names a winner of its own. The other shapes read
the items they can; this reader adds the ones they miss, whatever joins the items (list marks,
commas, `을 시작으로`, `에 이어`, `했고`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_history import YEAR_RE
from govreader.facts.award_prizes import LIST_MARKS, NOT_IN_NAMES, PRIZE_WORDS, canonical_prize
from govreader.facts.award_reading import is_planned, with_asides_read, without_brackets
from govreader.facts.award_recipients import SELF_REFERENCE
from govreader.facts.award_record import Award
from govreader.facts.award_winner_words import is_person_or_body
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# What says the article adds up one body's awards: `상복`, `수상 실적`, `각종 평가`, `대외 기관
# 평가`, `잇따라 수상`, `올 한 해`, `주요 수상 내역`.
_ROUNDUP_RE = re.compile(
    r"상복|수상\s?(?:실적|내역|성과|행진)|주요\s?수상|각종\s(?:기관\s?|대외\s?|외부\s?|중앙\s?)?평가"
    r"|(?:대외|외부)\s?(?:기관\s?)?평가|잇따른?\s(?:수상|상)|잇따라\s(?:수상|상)|연이어\s(?:수상|상)"
    r"|\d+\s?(?:개|건)(?:의)?\s?(?:상|기관\s?표창)(?!금)|(?:올|지난)\s한\s?해|한\s?해\s?동안|싹쓸이"
    # `총 68개 분야에서 수상해`: a count of fields the body won prizes in.
    r"|\d+\s?개\s?(?:분야|부문)(?:에서|서)\s(?:\S+\s)?수상"
)
_LEAD_PIECES = 2
_MARKS = f"{LIST_MARKS}◦"
# `우수지자체 평가`, `우수사례 경진대회`: a grade word inside an event's name.
# `표창 45건`: a tally of awards, no item.
_NAMED_AFTER = (
    r"(?!\s?[가-힣]*(?:평가|대회|공모|경진|사례|사업|시책|정책|축제))(?!\s?\d+\s?(?:건|개|점|곳))"
)
# `최고등급인 A등급`, `우수기관 ‘대상’`: the grade told again by its own name, which counts.
_RESTATED_RE = re.compile(r"[’'”]?(?:(?:인|이라는)\s?[‘'“]?|\s?[‘'“])")
# A grade that ends an item: its particle (if any), then a joint, a verb or the sentence's end.
_GRADE_RE = re.compile(
    PRIZE_WORDS
    + _NAMED_AFTER
    + rf"(?=[’'”]?\s?(?:등급)?(?:을|를|으로|로|에|인|이라는|과|와)?(?:[\s,.{_MARKS}]|$))"
)
# A bare grade (`대상`, `우수`) is one only beside a joint or a receiving verb: `지원 대상으로`,
# `우수 사례` are not.
_BARE_RE = re.compile(r"^(?:대상|최우수|우수|장려|특별|우수사례)$")
_BARE_AFTER_RE = re.compile(
    rf"[’'”]?\s?(?:등급)?(?:\s?[,{_MARKS}]|\s?등\s|\s?$|\.|(?:을|를|으로|로|에|인)?\s?"
    r"(?:선정|수상|받|차지|획득|거머|이름|뽑|올랐|안))"
)
# Where an item begins: after a list mark or comma, or after the clause that told the grade
# before (`…을 수상한데 이어`, `…획득을 시작으로`, `…을 받았고`).
_JOINT_RE = re.compile(
    rf"[,{_MARKS}]|(?:이어|시작으로|비롯해|비롯하여|했고|했으며|하였고|하고|하며|됐고|됐으며|되고|돼"
    r"|받고|받았고|받으며|였고|으며|며|고)\s|(?:이어|시작으로)$"
)
# `A 평가에서 (부문) 최우수상`: the event, then where in it the grade was won.
_IN_EVENT_RE = re.compile(r"(?:에서는|에서도|에서|에선)\s")
# Words that open an item and name no event: time, order and topics (`지난 6월에는`, `먼저`,
# `주요 수상으로는`, `군은`).
_HEAD_WORD_RE = re.compile(
    r"^(?:먼저|또|또한|특히|아울러|이어|이와|함께|이|밖에도?|외에도?|보면|[가-힣]+별로|[가-힣]+[시군구도]의|이밖에|이\s밖에|그\s밖에|지난|올|올해|지난해|상반기|하반기"
    r"|\d{1,2}월(?:에는|에|엔)?|\S+(?:으로는|로는|에는|에선|은|는))$"
)
# `행정안전부에서 주관한`, `보건복지부 주관`, `X가 주최하는`, `X로부터`: the host, no part of
# the name.
_HOST_RE = re.compile(r"^.*?(?:(?:주관|주최|실시|시행|개최)(?:한|하는|으로|의|해)?|로부터)\s")
_IN_A_ROW_RE = re.compile(r"\s(?:\d{1,2}|[두세네])\s?(?:년|회|번)\s?연속(?:으로)?$")
_QUOTES_RE = re.compile(r"[‘’'“”\"]")
_CATEGORY_TAIL_RE = re.compile(r"\s\S*(?:부문|분야)$")
_EVENT_WORD_RE = re.compile(
    r"평가|대회|공모|대상|어워|경진|경연|대전|인증|심사|시상|박람회|사업|시책|정책|축제|진단|지수|사례|유공"
)
# `A군이 최우수기관`: an item that names its own winner is another shape's.
_SUBJECT_RE = re.compile(r"(?<!\S)(?P<who>\S+?)(?:이|가|은|는)\s")
# `마을` (a village) ends like the object particle and opens no clause.
_OBJECT_RE = re.compile(r"(?<!마)을\s|를\s")
_MIN_NAME = 4
_BRACKETED_GRADE_RE = re.compile(PRIZE_WORDS)
# Events joined by `와/과/및` or told in a row, each ending on what names a whole event.
_AND_RE = re.compile(r"(?<=[가-힣])(?:와|과)\s|\s및\s")
_WHOLE_EVENT_RE = re.compile(r"(?:평가|대회|공모전|공모|대전|박람회|심사)$")
# `11일 송파구에 따르면`, `봉화군은 …`, `군은 올해 …`: a sentence opening on whose awards follow.
_OPENING_BODY_RE = re.compile(
    r"^(?:\S+일\s)?(?P<body>[가-힣]{0,6}(?:특례시|광역시|특별자치시|특별자치도|시|군|구|도))"
    r"(?:에\s따르면|은|는)\s"
)
_LOCAL_RE = re.compile(
    r"(?<![가-힣])[가-힣]{1,6}(?:특례시|광역시|시|군|구)(?=[은는이가과와의에을를도]?(?:[\s,.]|$))"
)


def roundup_bodies(title: str | None, pieces: Sequence[Piece]) -> list[str | None]:
    """For each sentence of a round-up whose lead names no single body, the body whose awards it
    tells: the last one a sentence opened on (`송파구에 따르면`, `봉화군은`), else the
    headline's; a bare `군은` is the body of that kind the article names in full."""
    named = [m.group() for text in [title or ""] + [p.text for p in pieces]
             for m in _LOCAL_RE.finditer(text)]  # fmt: skip
    headline = _LOCAL_RE.search(title or "")
    body = headline.group() if headline else None
    bodies: list[str | None] = []
    for piece in pieces:
        opening = _OPENING_BODY_RE.match(piece.text)
        if opening:
            word = opening.group("body")
            full = next((n for n in named if n.endswith(word)), body)
            body = word if len(word) > 1 else full
        bodies.append(body)
    return bodies


def is_roundup(title: str | None, subtitle: str | None, pieces: Sequence[Piece]) -> bool:
    """Whether the headline or the lead says the article adds up a body's awards."""
    lead = [title or "", subtitle or ""] + [p.text for p in pieces[:_LEAD_PIECES]]
    return any(_ROUNDUP_RE.search(text) for text in lead)


@finds(
    FactKind.AWARD, "a body's round-up of its awards", "A 평가 최우수기관을 시작으로 B 대회 대상"
)
def roundup_awards(piece: Piece, body: str, published_year: int | None) -> list[Award]:
    """The (event, grade) items of one sentence of a round-up, each an award of `body`."""
    text, where = _with_bracketed_grades(piece.text)
    if is_planned(text):
        return []
    found = []
    previous = 0
    for grade in _GRADE_RE.finditer(text):
        if _BARE_RE.match(grade.group()) and not _BARE_AFTER_RE.match(text, grade.end()):
            continue
        restated = _RESTATED_RE.match(text, grade.end())
        if restated and _GRADE_RE.match(text, restated.end()):
            continue
        since, previous = previous, grade.end()
        start = _item_start(text, since, grade.start())
        name = _event(text[start : grade.start()])
        if name is None:
            continue
        prize = canonical_prize(re.sub(r"\s+", " ", grade.group()))
        for at, event in _shared_grade(text, since, start, name):
            named_year = YEAR_RE.search(event)
            year = int(named_year.group(1)) if named_year else published_year
            found.append(
                Award(where[at], where[grade.end() - 1] + 1, piece, name=event, prize=prize,
                      recipient=body, year=year, dated=bool(named_year))
            )  # fmt: skip
    return found


def _shared_grade(text: str, since: int, start: int, name: str) -> list[tuple[int, str]]:
    """The events that share one grade, each with where it begins: `A 평가와 B 평가에서
    우수상` is two awards, and so is `A 평가, B 평가에서 최우수상` (events told in a row before the
    item, each a whole event's name and none with a grade of its own)."""
    events = _joined_events(start, name)
    if not _WHOLE_EVENT_RE.search(name):
        return events
    end = start
    while end > since and text[end - 1] == ",":
        begin = _item_start(text, since, end - 1)
        event = _event(text[begin : end - 1])
        if event is None or not _WHOLE_EVENT_RE.search(event):
            break
        events[:0] = _joined_events(begin, event)
        end = begin
    return events


def _joined_events(at: int, name: str) -> list[tuple[int, str]]:
    """`A 평가와 B 평가` as its events, each a whole event's name, else `name` as one."""
    parts = _AND_RE.split(name)
    if all(_WHOLE_EVENT_RE.search(part) for part in parts):
        return [(at, part) for part in parts]
    return [(at, name)]


def _with_bracketed_grades(text: str) -> tuple[str, Sequence[int]]:
    """`text` without its asides, as `without_brackets` reads it, except a grade written in
    brackets after its event (`A 평가(최우수), B 대회(대통령상)`, `전국 1위(최우수상)`): that is
    read as if written after the event, with a blank for its opening bracket and a comma, which
    ends the item, for its closing one (`시군평가(우수)에서도`)."""
    if "(" not in text:
        return without_brackets(text)
    return with_asides_read(text, _grade_as_item)


def _grade_as_item(inside: str) -> str | None:
    """A bracketed grade as if written after its event: a blank for the opening bracket, the
    grade, and a comma (ending the item) for the closing one; any other aside is left out."""
    return f" {inside}," if _BRACKETED_GRADE_RE.fullmatch(inside) else None


def _item_start(text: str, since: int, grade_at: int) -> int:
    """Where the item whose grade is at `grade_at` begins: after the last joint since the grade
    before."""
    joints = [m.end() for m in _JOINT_RE.finditer(text, since, grade_at)]
    return joints[-1] if joints else since


def _event(item: str) -> str | None:
    """The event's name in the words before an item's grade, if they name one."""
    parts = _IN_EVENT_RE.split(item)
    if len(parts) > 1:
        item = " ".join(parts[:-1])  # `A 평가에서 환경부문`: the event before 에서
    words = _QUOTES_RE.sub("", item).split()
    host = _HOST_RE.match(" ".join(words) + " ")
    if host:
        words = host.string[host.end() :].split()
    while words and (_HEAD_WORD_RE.match(words[0]) or words[0] in NOT_IN_NAMES):
        words = words[1:]
    name = _IN_A_ROW_RE.sub("", " ".join(words))
    name = (
        _CATEGORY_TAIL_RE.sub("", name)
        if _EVENT_WORD_RE.search(_CATEGORY_TAIL_RE.sub("", name))
        else name
    )
    if len(name.replace(" ", "")) < _MIN_NAME or not _EVENT_WORD_RE.search(name):
        return None
    if _OBJECT_RE.search(name):
        return None  # `A를 대상으로 … 기여한`: a clause, no event's name
    for subject in _SUBJECT_RE.finditer(name + " "):
        who = subject.group("who")
        if who in SELF_REFERENCE or is_person_or_body(who):
            return None
    return None if is_person_or_body(name) else name
