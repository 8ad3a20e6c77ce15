"""A contest's results told as a run of (grade, winners) pairs, however each pair is written.

`금상은 A씨, 은상은 B(작품), C(작품), 동상에는 D씨가 각각 선정됐다`, `대상은 △작품(A 외 1명),
금상은 △작품(B)`, `입상작으로는 금상 A(작품), 은상 B(작품)`, `사회분야 대상에 … A(21세), 교육분야
대상에는 … B(27세)가`: every grade word opens the slot that runs to the next grade word, and the
people in a slot are its winners. One reader takes every punctuation of the run because it looks
for people, not for separators: a name with a title or 씨 (`김철수 씨`, `박민수 주무관`, `정하나
학생`), a name right before its work in brackets (`박영희(가을 들녘)`), or a name alone in the
brackets after a work (`‘바다’(이민호 외 2명)`). A bare name must open with a Korean surname and
be no place (`남구`, `서울`), so bodies, works and regions in the slot are never taken for people.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from govreader.facts.award_prizes import NAMED_PRIZE_END, TITLE, grade_apposed
from govreader.facts.award_reading import PAST, is_planned
from govreader.facts.award_record import Award
from govreader.facts.award_winner_words import (
    COMPOUND_SURNAMES,
    is_bare_name,
    is_listed_name,
    is_person_or_body,
    opens_with_surname,
)
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# Contest grades, longest first. `대상` as `X를 대상으로` (the target) opens nothing.
_GRADES = (
    "최우수상|우수상|장려상|대상|금상|은상|동상|가작|입선|특선|아차상|특별상|인기상"
    "|최우수작|우수작|당선작|장려"
)
# `신인상은 A씨, 국회의장상은 B씨`: in a run of two grades or more, a prize of three syllables or
# more opening its slot as a topic is a grade too (not `홍보영상`, `세상`, `향상`), with the
# title of whoever gives it (`가람대총장 인재상`).
_NAMED_GRADE = rf"(?:{TITLE}\s)?[가-힣]{{2,7}}{NAMED_PRIZE_END}"
_GRADE_RE = re.compile(
    rf"(?<![가-힣])(?<!(?:을|를)\s)(?P<grade>{_GRADES}|최우수|우수|장원|(?P<named>{_NAMED_GRADE}))"
    r"(?:\s수상(?:자|작))?"
    r"(?P<particle>은|는|에는|에|으로는|로는|으로|로)?"
    r"(?=(?P<roster>\s?[:=]|\(\d+\s?(?:명|점|편|팀)\)\s?=)|[\s,‘'“]|\([^()]{1,12}\)\s)"
)
# `우수 : 김하늘(바다), 이가람(숲)`, `◇금상(3명)=△…`: a roster line's grade, its winners after the
# colon or `=`. A bare 최우수/우수, or a 백일장's 장원 (also a name), opens a slot only so
# (elsewhere it is a word of praise).
_BARE_GRADES = ("최우수", "우수", "장원")
_NAME = rf"(?:{'|'.join(COMPOUND_SURNAMES)})?[가-힣]{{2,3}}"
_TITLE = (
    r"(?:\s?씨|\s(?:양|군|학생|교사|주무관|사무관|주사|주사보|소방경|소방교|소방장|군무원"
    r"|이병|일병|상병|병장|하사|중사|상사|원사|준위|소위|중위|대위|소령|중령|대령))"
)
# `(전주 가람여상3)`, `(6학년)`, `(서울 누리중 2학년)`: a school and its year, or the year alone.
_SCHOOL_YEAR = r"(?:[가-힣\s]{1,14}\s?)?\d\s?(?:학년|년)?"
# `김철수 씨`, `박민수 주무관`, `정하나 학생`: a name and the title after it, with an age or the
# home town between them (`이가을(52)씨`, `한다솜(누리군 북구)씨`).
_TITLED_RE = re.compile(
    rf"(?<![가-힣])(?P<who>{_NAME})(?:\s?\((?:\d{{1,2}}|[가-힣·\s]{{2,12}}|{_SCHOOL_YEAR})\))?"
    rf"(?P<title>{_TITLE}|(?<=\))(?:양|군|학생))"
    r"(?=(?:이|가|의|은|는|을|를|에게|와|과|도|으로|로)?(?![가-힣]))"
)
# `박영희(가을 들녘)`: a name right before its work, home or age in brackets.
# `류상근(세무과)`, `홍지원(안덕중 1)`: a name before the school or office it belongs to is a
# person wherever it stands (after a work's title too).
_BEFORE_BRACKET_RE = re.compile(
    rf"(?<![가-힣])(?P<who>{_NAME})\s?\((?!\d+\))(?:(?P<age>\d{{1,2}}세)"
    r"|(?P<home>[가-힣]{1,12}(?:초|중|고|여중|여고|대|학교|과|실|센터|청|소|국|단|원)"
    r"(?:[\s·ㆍ]\d(?:학년|년)?)?\)))?"
)
# Where a list item starts: after a comma, a mark, `=` or the brackets of the item before.
_ITEM_START_RE = re.compile(r"(?:[,·ㆍ▲△)=:]|및|과|와)\s?$")
# `(이민호 외 2명)`: a name alone in the brackets after a work.
_IN_BRACKET_RE = re.compile(rf"\((?P<who>{_NAME})(?:\s?외\s?\d+\s?(?:명|인))?\)")
# `△노을(최지우)`, `‘새벽’(이민호)`: a marked or quoted work before a bracket naming its maker.
_MARKED_RE = re.compile(r"[▲△○□’'”]\s?$")
# `대상 외에도`, `금상 외에`: what follows won something else.
_BESIDES_RE = re.compile(r"\s?외에")
# `신청 대상은`, `프로그램 참여 대상은`: whom a programme is for, told with its topic particle.
_TARGET_OF_RE = re.compile(r"(?:신청|참여|참가|지원|모집|접수|수강|이용|입주|가입)\s?$")
# Its longest match, with a line break `$` may stand before: the part of a sentence to search.
_TARGET_OF_WIDTH = 4
# A grade word the sentence counts (`대상 1점, 금상 2점`) opens no slot, nor one it says was not
# given (`고등부는 최우수상 (선정) 없이 …`).
_COUNTED_RE = re.compile(r"\s?\d+\s?(?:점|명|편|건|개|작품|팀)|(?:\s선정)?\s없이")
# `…가 받았으며,`, `…이 선정됐고`: a clause closed by its own receiving verb.
_CLAUSE_CUT_RE = re.compile(rf"(?<=[{PAST}])(?:으며|고),?\s")


def people_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The people named in `text[start:end]`, in order: (start, end, the winner as written)."""
    brackets = [m.span() for m in re.finditer(r"\([^()]*\)", text[:end])]
    found: list[tuple[int, int, str]] = []
    for match in _TITLED_RE.finditer(text, start, end):
        if _a_name(match.group("who")) and not _within(match.start(), brackets):
            title = match.group("title")
            # `최가람(누리중 2)양`: a title set right after the brackets reads `최가람 양`.
            spaced = text[match.start("title") - 1] == ")" and not title[0].isspace()
            winner = match.group("who") + (" " if spaced else "") + title
            found.append((match.start(), match.end(), winner))
            found.extend(_sharing_title(text, start, match.start(), title.strip()))
    # `정하나 씨(노을)`: the brackets after a titled person hold their work.
    titled_ends = {e for _, e, _ in found} | {e + 1 for _, e, _ in found}
    inside = {
        m.start(): m
        for m in _IN_BRACKET_RE.finditer(text, start, end)
        if m.start() not in titled_ends
    }
    for match in _BEFORE_BRACKET_RE.finditer(text, start, end):
        who = match.group("who")
        opens = not text[start : match.start()].strip() or _ITEM_START_RE.search(
            text, start, match.start()
        )
        bracket = inside.get(match.end("who") + (1 if text[match.end("who")] == " " else 0))
        if not _a_name(who) or not (opens or match.group("age") or match.group("home")):
            continue
        if bracket and _MARKED_RE.search(text, 0, match.start()):
            continue  # `△노을(최지우)`: the marked work, then its maker
        found.append((match.start("who"), match.end("who"), who))
        if bracket:
            inside.pop(bracket.start())
    for match in inside.values():
        if is_bare_name(match.group("who")):
            found.append((match.start("who"), match.end("who"), match.group("who")))
    found.sort()
    # `김철수 씨(가을)`: one person read by two patterns is one.
    return [f for f in found if not any(o != f and o[0] <= f[0] and f[1] <= o[1] for o in found)]


# `허가람, 진보미, 김다온 학생이`, `편하늘 석바다 씨가`: bare names listed before the last one's
# title share it. Only the titles of contest rosters and citizens are shared (a staff member's
# title is told with each name).
_SHARED_TITLES = ("씨", "양", "군", "학생")
_NAME_BEFORE_RE = re.compile(rf"(?<![가-힣])(?P<who>{_NAME})(?:\s?[,·ㆍ]\s?|\s)$")


# `권나원`, `양혜원`: a name ending in 원 reads like a body's word (`연구원`); written as a
# roster's winner (titled, or before the brackets of their school or work) it is a name.
_WON_NAME_RE = re.compile(r"^[가-힣]{2}원$")


def _a_name(word: str) -> bool:
    """A bare name as rosters write their winners, a name ending in 원 included."""
    return is_bare_name(word) or bool(
        _WON_NAME_RE.match(word) and opens_with_surname(word) and is_bare_name(word[:2])
    )


def _listed(word: str) -> bool:
    """A listed name, no school's short name (`누리초 박하늘 학생`)."""
    return is_listed_name(word) and not _SCHOOL_END_RE.search(word)


_SCHOOL_END_RE = re.compile(r"[초중고]$")
# `기획한`, `선정된`: a verb's form before a noun, its first syllable read as a surname.
_VERB_FORM_RE = re.compile(r"[한된던]$")


def _sharing_title(text: str, start: int, at: int, title: str) -> list[tuple[int, int, str]]:
    """The bare names listed right before `at`, where a titled name starts, with its title."""
    if title not in _SHARED_TITLES:
        return []
    shared = []
    while (match := _NAME_BEFORE_RE.search(text, start, at)) and _listed(match.group("who")):
        if match.group().endswith(" ") and _VERB_FORM_RE.search(match.group("who")):
            break  # `작품을 소개한 박하늘 씨`: a verb describing the one name, no name before it
        shared.append((match.start(), match.end("who"), f"{match.group('who')} {title}"))
        at = match.start()
    return shared


def slot_end(text: str, start: int, end: int, other_grade: bool) -> int:
    """Where the winners of the grade told at `start` stop: at the next grade (`end`), or sooner
    at the end of their clause when another grade follows its own winners (`최우수상은 A씨가
    받았으며, B씨와 C씨가 우수상을 받았다`: B and C are not the 최우수상's). Before the same grade
    again, whoever stands between is that grade's either way."""
    if not other_grade:
        return end
    cut = _CLAUSE_CUT_RE.search(text, start, end)
    return cut.start() if cut else end


_ANY_GRADE_RE = re.compile(rf"(?<![가-힣])(?:{_GRADES})")


class _GradeWords:
    """Every grade word of a sentence (`_ANY_GRADE_RE`), read once for all the grades a reader
    meets in it: scanning the rest of the sentence again at each grade costs a sentence of
    grades (`대상 대상 …`) its length squared. Grade words are Hangul and the places asked
    about are a grade's edges (no Hangul letter beside them), so no grade word runs over one
    and these answer as a scan from or up to that place would."""

    def __init__(self, text: str) -> None:
        words = [(m.start(), m.end(), m.group()) for m in _ANY_GRADE_RE.finditer(text)]
        self._starts = [start for start, _, _ in words]
        self._ends = [end for _, end, _ in words]
        # `_alike[i]`: the one word told from the i-th on, or None when they differ.
        self._alike: list[str | None] = []
        alike: str | None = None
        for index, (_, _, word) in enumerate(reversed(words)):
            alike = word if index == 0 or alike == word else None
            self._alike.append(alike)
        self._alike.reverse()

    def other_after(self, at: int, grade: str) -> bool:
        """Whether a grade word other than `grade` starts at or after `at`."""
        index = bisect_left(self._starts, at)
        return index < len(self._starts) and self._alike[index] != grade

    def last_end_before(self, at: int) -> int:
        """Where the last grade word ending at or before `at` ends (0 when none does)."""
        index = bisect_right(self._ends, at)
        return self._ends[index - 1] if index else 0


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < at < b for a, b in spans)


@finds(FactKind.AWARD, "contest results as grade and winner pairs", "금상은 A씨, 은상은 B(작품)")
def result_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """The winners of each grade in a run of (grade, winners) pairs."""
    text = piece.text
    if is_planned(text):
        return []
    grades = [g for g in _GRADE_RE.finditer(text) if not _COUNTED_RE.match(text, g.end())]
    told = _GradeWords(text)
    found = []
    for index, grade in enumerate(grades):
        if grade.group("named") and (
            grade.group("particle") not in ("은", "는", "에는") or len(grades) < 2
        ):
            continue  # a prize outside the grades opens a slot only as a topic in a run
        if grade.group("grade") in _BARE_GRADES and not grade.group("roster"):
            continue  # `우수 사례`, `최우수 기관`: praise or a body word, no roster
        if grade.group("grade") == "대상" and grade.group("particle") in ("으로", "로"):
            continue  # `시민을 대상으로`: the target, no grade
        if not grade.group("particle") and text.startswith(",", grade.end()):
            continue  # `A씨가 ‘들녘’으로 우수상, B씨가 …`: the grade of the winners before it
        if _BESIDES_RE.match(text, grade.end()):
            continue  # `대상 외에도 A씨의 작품이 최우수상을`: the winners of another grade
        if grade.group("grade") == "대상" and _TARGET_OF_RE.search(
            text, max(grade.start() - _TARGET_OF_WIDTH, 0), grade.start()
        ):
            continue  # `신청 대상은 공고일 기준 …`, `참여 대상은 만 60세 이상`: whom it is for
        end = grades[index + 1].start() if index + 1 < len(grades) else len(text)
        # Another grade later in the sentence, however told (`B씨가 우수상을 받았다`).
        other = told.other_after(grade.end(), grade.group("grade"))
        end = slot_end(text, grade.end(), end, other)
        # `금상인 국무총리상에는 A씨`: the prize named is the form of the grade before it.
        prize = grade_apposed(text, grade.start()) or grade.group("grade")
        for _, who_end, winner in people_in(text, grade.end(), end):
            found.append(
                Award(grade.start(), who_end, piece, prize=prize, recipient=winner,
                      year=published_year)
            )  # fmt: skip
    return found


# `A 씨의 ‘작품’, B 씨의 ‘작품’이 장려에 선정됐다`, `… 대상의 영예를 안았다`: a grade told last,
# its winners before it.
_GRADE_LAST_RE = re.compile(
    rf"(?<![가-힣])(?P<grade>{_GRADES})(?:\s?(?:작품|수상작))?(?:에|으로|로|을|를|의)\s(?:\S+\s)?"
    r"(?:선정(?:됐|되었|돼)|수상(?:했|하였|하고)|받았|받고|영예를|영광을|뽑혔|차지(?:했|하였|하고))"
    # `A씨가 ‘들녘’으로 우수상, B씨가 …로 장려상에 각각 뽑혔다`: a pair's grade closed by a
    # comma, the verb told once at the end.
    rf"|(?<![가-힣])(?P<paired>{_GRADES})(?:을|를)?,\s"
    r"(?=.*(?:선정(?:됐|되었|돼)|수상(?:했|하였)|받았|뽑혔|차지(?:했|하였)|올랐))"
)


@finds(FactKind.AWARD, "winners told before their grade", "A 씨의 ‘노을’이 장려에 선정됐다")
def winners_before_grade(piece: Piece, published_year: int | None) -> list[Award]:
    """The people named before a grade the sentence closes with, each its winner."""
    text = piece.text
    if is_planned(text):
        return []
    found = []
    told = _GradeWords(text)
    for closing in _GRADE_LAST_RE.finditer(text):
        group = "grade" if closing.group("grade") else "paired"
        start, end = closing.span(group)
        # The winners sit after the grade word before it, whatever it is (`최우수상은 A가,
        # 고등부는 최우수상 없이 B의 작품이 우수상에`): A is that grade's.
        for who_start, _, winner in people_in(text, told.last_end_before(start), start):
            found.append(
                Award(who_start, end, piece, prize=closing.group(group),
                      recipient=winner, year=published_year)
            )  # fmt: skip
    return found


# `대상을 받은 최하늘 일병은`, `금상을 수상한 ‘119지킴이’ 팀은`: a grade told in the clause that
# describes its winner, the clause's subject.
_GRADE_BEFORE_WINNER_RE = re.compile(
    rf"(?<![가-힣])(?P<grade>{_GRADES})(?:을|를)\s(?:수상한|받은|차지한)\s"
    r"(?P<who>(?:[^\s,.]+\s){0,5}?[^\s,.]+?)(?:은|는|이|가)\s"
)
# A team or a firm is named by its last two words (`동백합창단 팀`, `농업회사법인 밭 주식회사`).
_TEAM_OR_FIRM_RE = re.compile(r"(?:팀|주식회사|법인|협동조합)$")


@finds(FactKind.AWARD, "winner described by its grade", "대상을 받은 최하늘 일병은 …")
def described_winners(piece: Piece, published_year: int | None) -> list[Award]:
    """The subject a grade-winning clause describes, as that grade's winner."""
    text = piece.text
    found = []
    for match in _GRADE_BEFORE_WINNER_RE.finditer(text):
        people = people_in(text, match.start("who"), match.end("who") + 1)
        if people:
            winners = [(s, e, w) for s, e, w in people[-1:]]
        elif match.group("who")[0] in "‘'“\"" and match.group("who")[-1] in "’'”\"":
            continue  # `우수상을 받은 ‘…습관’은`: a work, its maker unsaid
        else:
            words = re.sub(r"[‘’'“”\"]", "", match.group("who")).split()
            last = words[-1]
            if _TEAM_OR_FIRM_RE.search(last):
                winner = " ".join(words[-2:])
            elif is_person_or_body(last):
                winner = last
            else:
                continue
            winners = [(match.start("who"), match.end("who"), winner)]
        for _, end, winner in winners:
            found.append(
                Award(match.start("grade"), end, piece, prize=match.group("grade"),
                      recipient=winner, year=published_year)
            )  # fmt: skip
    return found


def with_results(shaped: list[Award], results: list[Award]) -> list[Award]:
    """What the other shapes read in a sentence (`shaped`) with its results run: per grade, the
    reading that names more winners (ties to the run), a winner both read kept as the other
    shape read it; the run's awards take the name, organizer and category read for their
    grade. A winner the run gives a grade keeps no other grade a shape gave them."""
    if not results:
        return shaped
    # `대상은 A씨, 신인상은 B씨가`: a person the run gives one grade holds no other grade a shape
    # read for them by running a slot past that grade (a grade it does not know).
    shaped = [
        a for a in shaped
        if not any(
            r.prize != a.prize and _same_person(a, r) and a.start < r.start < a.end
            for r in results
        )
    ]  # fmt: skip
    # `누리시장 특별상에는 ‘A(김하나)’와 ‘B(박두리)’`: a grade the run read with its giver's
    # title is the grade another shape read without it; that shape keeps its winners and takes
    # the fuller prize.
    fuller = {
        a.prize: r.prize for a in shaped for r in results
        if a.prize and r.prize and r.prize.endswith(f" {a.prize}")
    }  # fmt: skip
    for award in shaped:
        award.prize = fuller.get(award.prize or "", award.prize)
    results = [r for r in results if r.prize not in fuller.values()]
    if not results:
        return shaped
    kept = []
    for award in results:
        if _count(results, award.prize) < _count(_named(shaped), award.prize):
            continue
        same_grade = [a for a in shaped if a.prize == award.prize]
        twin = next((a for a in same_grade if _same_person(a, award)), None)
        if twin is None and same_grade:
            award.name, award.organizer = same_grade[0].name, same_grade[0].organizer
            award.category = award.category or same_grade[0].category
        kept.append(twin or award)
    taken = {a.prize for a in kept}
    return kept + [a for a in shaped if a.prize not in taken]


def _same_person(a: Award, b: Award) -> bool:
    """`박누리` and `박누리 학생` are one person; a bare title (`학생`) is no one's twin."""
    one, other = (re.sub(r"\s", "", x.recipient or "") for x in (a, b))
    short = min(one, other, key=len)
    return bool(short) and (one in other or other in one) and not re.fullmatch(_TITLE, f" {short}")


def _named(awards: list[Award]) -> list[Award]:
    """The awards that name a winner: a work (`‘…’ 작품`) read where its maker belongs names
    no one, and counts for no grade against the run's people."""
    return [
        a for a in awards
        if a.recipient and (is_person_or_body(a.recipient) or is_bare_name(a.recipient))
    ]  # fmt: skip


def _count(awards: list[Award], prize: str | None) -> int:
    return sum(1 for a in awards if a.prize == prize)


def is_titled_person(name: str) -> bool:
    """A name with a title the contest rosters write (`박영희 양`, `정하나 학생`, `최민 상사`)."""
    match = _TITLED_RE.fullmatch(name)
    return bool(match and is_bare_name(match.group("who")))


def is_listed_winner(award: Award) -> bool:
    """A winner listed by bare name in a contest's results (`우수상 박누리(가람초 4년)`,
    `김다솜, 이하늘 학생이 동상을`): a person, never a work of the body retelling its grade
    (`명주실은 올해 대상까지`), which stands as a topic, not as a list item."""
    recipient = award.recipient or ""
    listed = rf"(?<![가-힣]){re.escape(recipient)}\s?[(,ㆍ·]"
    return is_listed_name(recipient) and re.search(listed, award.piece.text) is not None
