"""Awards a clause tells with a receiving verb (수상했다, 선정됐다, 받았다 ...).

One award per prize and recipient, or per year in a history sentence; a sentence with no subject
but the host is marked implicit (the body the article is about won it); other bodies that also
won (`인근 A시와 B군도`) are left out; a year told before a turn (`…에 그쳤으나 올해`) is not the
prize's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from govreader.facts.award_history import YEAR_RE, history_pairs, year_marks
from govreader.facts.award_prizes import PRIZE_RE, TITLE_PRIZE_RE, find_prizes, grade_of, is_reward
from govreader.facts.award_reading import (
    PAST,
    VERB_RE,
    agents_before,
    award_name,
    category_between,
    is_planned,
    organizer_of,
    without_brackets,
)
from govreader.facts.award_recipients import SUBJECT_RE, picked_list, recipients_of, subject_before
from govreader.facts.award_record import Award
from govreader.facts.award_winner_words import NOT_SUBJECTS, is_place
from govreader.facts.enumeration_pairs import respective
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece, outside_speech
from govreader.model import FactKind

# With no prize named, the verb itself must say an award or certificate was won.
_NAME_ONLY_VERB_RE = re.compile(
    r"수상|선정(?:됐|되었|돼|되어|되는)|인증|획득|취득|이름을 올|영예|차지"
    r"|(?:상|표창|상장)[’'”\"]?을 받"
)
# `국토교통부는 … 『…』을 시상하였다`: the subject gives the award, it does not receive it.
_HANDED_OUT_RE = re.compile(r"(?:을|를)\s(?:시상|수여)(?:했|하였|한다|해)")
_JOINED_RE = re.compile(r"(?:과|와)\s?")
_CLAUSE_BREAK_RE = re.compile(r"(?:고|며|으며),\s")
_TURN_RE = re.compile(r"(?:으나|지만|는데|[았었였했됐쳤렀]고),?\s")
_THIS_YEAR_RE = re.compile(r"(?:올해|이번(?:에는|에)?|올)\s(?:\S+\s)?$")
# `…받았다.`, `…보여줬다.`, `…돌아갔습니다.`: a finite verb in the past, plain or polite.
_FINITE_PAST_RE = re.compile(rf"[{PAST}](?:다|습니다)[.!]?$|바\s?있(?:다|음)[.!]?$")
_HEADLINE_RE = re.compile(r"(?:수상|선정|차지|획득)(?:\s?(?:쾌거|영예))?\s*[-–—]?\s*$")
_HEADLINE_TOPIC_RE = re.compile(r"^[-–—]?\s?(?P<who>(?:[가-힣]{2,6}\s)?[가-힣]{2,10}),\s")
_LEADING_YEAR_RE = re.compile(r"^(?:19|20)\d{2}(?:년도|년)?\s")
_DONE_THEN_RE = re.compile(r"[가-힣](?:해|하여|해서|하고|하며|하면서)\s")
_CATEGORY_END_RE = re.compile(r"(?:부문|분야)$")
_QUOTES = "‘’'\"“”「」『』"
# `…으로 선정돼 장관 표창을 받는다`: selected, and the prize to be handed is told in the present.
_SELECTED_THEN_RE = re.compile(r"선정(?:돼|되어|됐으며)|뽑혀")
_NOW_RE = re.compile(r"(?:받|수상한)는다[.!]?$")
# `인근 여수시와 완도군도`, `이웃한 고성군도`: bodies that also won, marked with 도 (also).
# `최우수 등급(SA)`, `우수(나등급)`, `A등급(우수)`: the same grade in its other scale, kept with
# it as labels keep it.
_BRACKETED_GRADE_RE = re.compile(
    r"\(\s?(?P<grade>[SABCD]{1,2}|[가나다라마]|(?:[SABCD]{1,2}|[가나다라마])\s?등급|최우수|우수|보통|미흡)\s?\)"
)
_ALSO_RE = re.compile(r"(?:^|\s)[▲△○□]?(?:[가-힣]{2,12}(?:시|군|구|청)|등)도\s")


def _later_subject(text: str, start: int) -> bool:
    """A subject after the certificate: its clause tells of that noun (`인증을 받은 농가는`,
    `인증을 받아 판로를 넓힌 업체가`), not of the article's body."""
    return any(m.group("word") not in NOT_SUBJECTS for m in SUBJECT_RE.finditer(text, start))


@dataclass(frozen=True)
class _PairedGrade:
    """A grade paired with its category over 각각: where the grade is written, and the category."""

    start: int
    end: int
    category: str


@dataclass(frozen=True)
class _Naming:
    """The award's name and organizer a clause gives (a later clause of a history names its own)."""

    name: str | None
    organizer: str | None


@dataclass(frozen=True)
class _Grade:
    """One grade of a sentence with its winners, before it becomes one award per winner."""

    grade: str
    names: Sequence[str | None]
    # A `WHO이/가 PRIZE을` clause named the winners (not the sentence subject).
    named: bool
    span: tuple[int, int]
    # Listed apart from the grade before it (`A을, B을`, `대상과 우수상을 동시에`, or 각각).
    listed: bool
    category: str | None
    # A later prize's own award name (`… 우수상을 받았고, 11월에는 ‘…’에서 최우수기관으로`).
    name: str | None


@dataclass(frozen=True)
class _Clause:
    """What every award of one sentence shares."""

    piece: Piece
    text: str
    agents: dict[int, str]
    naming: _Naming
    category: str | None
    implicit: bool
    published_year: int | None


def _categories_of_grades(text: str) -> list[_PairedGrade]:
    """Grades paired with categories over 각각 (`X 부문과 Y 부문에 각각 최우수상과 특별상을`):
    where each grade is written, and its category."""
    pairs = respective(text)
    if not all(_CATEGORY_END_RE.search(left.text) for left, _ in pairs):
        return []
    return [
        _PairedGrade(right.start, right.end, left.text)
        for left, right in pairs
        if PRIZE_RE.search(right.text.strip(_QUOTES))
    ]


def _category_of(paired: list[_PairedGrade], at: int) -> str | None:
    return next((grade.category for grade in paired if grade.start <= at < grade.end), None)


@finds(
    FactKind.AWARD, "prize told with a receiving verb", "A군은 일자리 평가에서 우수상을 수상했다"
)
def told_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """Awards a clause tells with a receiving verb (수상했다, 선정됐다, 받았다 ...)."""
    told = VERB_RE.search(piece.text)
    # `영월군, 일자리 공시제 특별상 수상`, `- … 우수상 수상 -`: a headline line in the body.
    headline = None if told else _HEADLINE_RE.search(piece.text)
    if not (told or headline) or is_planned(piece.text):
        return []
    text, where = without_brackets(piece.text)
    # What an official says (`“지난해 최우수상을 받은 데 이어 …”`) is a quote, not an award.
    # (asked once for all the prizes: asked for each, the statements were read again each time)
    found = find_prizes(text)
    outside = set(outside_speech(text, [m.span() for m in found]))
    prizes = [m for m in found if m.span() in outside]
    name, name_at = award_name(text)
    if name and not outside_speech(text, [(name_at, name_at + 1)]):
        name, name_at = None, len(text)
    if not prizes and not name:
        return []
    agents = agents_before(text, name_at)
    organizer = organizer_of(text, agents)
    name_year = YEAR_RE.search(name) if name else None
    first = min([m.start() for m in prizes] + [name_at])
    # `지난달에는 경상북도가 실시한 ‘…’에서도 우수기관으로 뽑혔다`: the host is no subject.
    done = (
        _FINITE_PAST_RE.search(text)
        or (_SELECTED_THEN_RE.search(text) and _NOW_RE.search(text))
        or headline
    )
    implicit = bool(done) and all(
        m.group("word").endswith(("에", "에서"))
        or m.group("word") in NOT_SUBJECTS  # 2023년에는
        or len(m.group("word")) < 2
        or m.start("word") in agents  # 같은
        for m in SUBJECT_RE.finditer(text, 0, first)
    )
    marks = year_marks(text, published_year)
    years = {year for *_, year in marks}
    # `2024년 ○○ 평가에서 장려상, 2025년 같은 평가에서 우수상`: a year opening the name is one
    # of the history's, not the name's own.
    unquoted = name_at < len(text) and text[name_at] not in _QUOTES
    if len(years) >= 2 and prizes and name and name_year and name_year.start() == 0 and unquoted:
        name = _LEADING_YEAR_RE.sub("", name)
        name_year = None
    clause = _Clause(
        piece, text, agents, _Naming(name, organizer), category_between(text, 0, len(text)),
        implicit, published_year,
    )  # fmt: skip
    if len(years) >= 2 and prizes and not name_year:
        history = history_pairs(text, prizes, marks)
        if history:
            return _history_awards(clause, prizes, history)
    if len(years) >= 2 and not name_year:
        return []
    year = int(name_year.group(1)) if name_year else None
    # `지난해 … ‘보통’ 등급에 그쳤으나 올해 최우수기관으로`: a year told before a turn is not
    # the prize's.
    # `2022년 일자리 목표 대비 …를 달성해 특별상을`: a year of what was done, not of the prize.
    between = (marks[0][1], max(first, marks[0][1])) if marks else (0, 0)
    told_before = _TURN_RE.search(text, *between) or _DONE_THEN_RE.search(text, *between)
    # A year told after the first prize (`…최우수상을 받았으며, 2022년 …`) is none of its.
    if year is None and marks and marks[0][0] < first and not told_before:
        year = int(marks[0][2])
    dated = year is not None
    year = year or published_year
    if not prizes and name:
        return _name_only_award(clause, name, name_at, year, dated)
    # `인근 A시와 B군도 …에 이름을 올렸다`: other bodies that also won are its recipients.
    also = _ALSO_RE.search(text, 0, first)
    also_names = picked_list(text, also.end() - 2)[1] if also else []
    topic = _HEADLINE_TOPIC_RE.match(text) if headline else None
    headline_who = topic.group("who") if topic else None
    if headline_who and not is_place(headline_who.split()[-1]):
        headline_who = None
    grades = _grades(clause, prizes, where, also_names, headline_who)
    return [
        Award(*grade.span, piece, prize=grade.grade, recipient=recipient, year=year, dated=dated,
              category=grade.category or clause.category, implicit=implicit,
              name=grade.name or clause.naming.name, organizer=clause.naming.organizer)
        for grade in grades
        for recipient in grade.names
    ]  # fmt: skip


@finds(
    FactKind.AWARD, "awards told year by year", "2022년 우수기관에 이어 올해 최우수기관에 선정됐다"
)
def _history_awards(
    clause: _Clause, prizes: list[re.Match[str]], history: list[tuple[int, str, int, int]]
) -> list[Award]:
    """One award per year of a sentence listing awards by year (`2021년·2022년 우수기관에 이어
    올해 최우수기관에`), each with the category and name its own clause gives."""
    text, agents, published_year = clause.text, clause.agents, clause.published_year
    recipients: Sequence[str | None] = [subject_before(text, history[0][2], agents)]
    paired_ends = {end for *_, end in history}
    # `2021년·2022년 우수기관에 이어 올해 최우수기관에 올랐다`: this year's grade too.
    history += [
        (published_year, grade_of(m), m.start(), m.end())
        for m in prizes
        if published_year
        and m.end() not in paired_ends
        and _THIS_YEAR_RE.search(text[max(0, m.start() - 8) : m.start()])
    ]
    naming = clause.naming
    found: list[Award] = []
    previous_end = 0
    own_category = None
    whole = (0, len(clause.piece.text))
    for year, prize, year_start, grade_end in history:
        # `2022년 관광 부문 장려상, 지난해 같은 부문 우수상`: the category named before.
        segment_category = category_between(text, year_start, grade_end)
        if not (segment_category or "").startswith("같은"):
            own_category = segment_category
        # `…우수상을 받았고, 2024년에는 고용노동부로부터 … 기관표창을`: a new clause names its
        # own award.
        if previous_end and _CLAUSE_BREAK_RE.search(text[previous_end:year_start]):
            segment = text[previous_end:grade_end]
            own_name, own_at = award_name(segment)
            naming = _Naming(own_name, organizer_of(segment, agents_before(segment, own_at)))
        # `…에 오르는 기록을 세웠고, 동두천시도 지난해에 이어 …`: another body's streak.
        later = _ALSO_RE.search(text, previous_end, year_start) if previous_end else None
        if later:
            recipients = picked_list(text, later.end() - 2)[1] or recipients
        previous_end = max(previous_end, grade_end)
        found.extend(
            Award(*whole, clause.piece, recipient=recipient, year=year, prize=prize, dated=True,
                  category=own_category, implicit=clause.implicit,
                  past=bool(published_year and year < published_year),
                  name=naming.name, organizer=naming.organizer)
            for recipient in recipients
        )  # fmt: skip
    return found


@finds(FactKind.AWARD, "named award without a grade", "A시는 ‘가족친화 인증’을 획득했다")
def _name_only_award(
    clause: _Clause, name: str, name_at: int, year: int | None, dated: bool
) -> list[Award]:
    """An award told by its name with no grade (`… 인증을 획득했다`, `‘…’에 선정됐다`)."""
    text = clause.text
    if not _NAME_ONLY_VERB_RE.search(text):
        return []  # `… 평가에서 높은 점수를 받았다`: a good mark, not an award
    if name.endswith("인증") and _later_subject(text, name_at + len(name)):
        return []  # `친환경 인증을 받아 출하한 농가는`: the farms' certificate
    if _HANDED_OUT_RE.search(text) or is_reward(text):
        return []  # the subject hands it out, or tells what this award brings
    recipient = subject_before(text, name_at, clause.agents)
    return [
        Award(0, len(clause.piece.text), clause.piece, recipient=recipient, year=year,
              dated=dated, category=clause.category, implicit=clause.implicit,
              name=clause.naming.name, organizer=clause.naming.organizer)
    ]  # fmt: skip


def _grades(
    clause: _Clause,
    prizes: list[re.Match[str]],
    where: Sequence[int],
    also_names: list[str],
    headline_who: str | None,
) -> list[_Grade]:
    """Each grade of the sentence with its winners; one subject with several grades keeps the
    first (우수기관으로 선정돼 장관 표창), unless the grades are listed apart."""
    text = clause.text
    given: list[_Grade] = []
    previous_end = 0
    # `X 부문과 Y 부문에 각각 ‘최우수상’과 ‘특별상’을`: each grade in its own category.
    paired = _categories_of_grades(text)
    for prize in prizes:
        names, named = recipients_of(text, prize, previous_end, clause.agents)
        if also_names and not named:
            names, named = also_names, True
        if headline_who:
            names, named = [headline_who], True
        # `A을, B을`, `대상과 우수상을 동시에`: grades listed apart, each an award.
        listed = previous_end > 0 and (
            "," in text[previous_end - 2 : prize.start()]
            or bool(_JOINED_RE.fullmatch(text, previous_end, prize.start()))
        )
        paired_category = _category_of(paired, prize.start())
        given.append(
            _Grade(
                grade=_with_bracketed_grade(
                    grade_of(prize), clause.piece.text, where[prize.end() - 1] + 1
                ),
                names=names or [None],
                named=named,
                span=(where[previous_end], where[prize.end() - 1] + 1),
                listed=listed or paired_category is not None,
                category=paired_category or category_between(text, previous_end, prize.start()),
                name=award_name(text[previous_end : prize.start()])[0] if previous_end else None,
            )
        )
        previous_end = prize.end()
        tail = re.match(r"\s?(?:을|를|(?:으로|로|에)(?=,))?,?\s?", text[previous_end:])
        if tail:
            previous_end += tail.end()
    if any(grade.named for grade in given):
        return given
    # One subject and several grades (우수기관으로 선정돼 장관 표창): one award, the first,
    # unless the grades are listed apart (`축제관광 부문 대상을, 야간경관 부문 우수상을`).
    head = given[0]
    apart = [g for g in given[1:] if g.listed and not TITLE_PRIZE_RE.search(g.grade)]
    whole = (0, len(clause.piece.text))
    return [
        replace(head, named=False, span=whole if not apart else head.span, listed=False),
        *apart,
    ]


def _with_bracketed_grade(grade: str, written: str, end: int) -> str:
    """`grade` with the grade of another scale written in brackets right after it, as labels
    keep it (`최우수 등급(SA)`)."""
    bracketed = _BRACKETED_GRADE_RE.match(written, end)
    return f"{grade}({bracketed.group('grade')})" if bracketed else grade
