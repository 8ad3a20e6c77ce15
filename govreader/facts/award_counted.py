"""Winners listed with a count, each list with its own grade: `A와 B 등 5곳은 우수기관으로, C 등
2곳은 장려기관으로 각각 선정했다`, `A(단체), B 센터장 등 11곳은 대통령 표창을 받았다`.

Results pages and award-ceremony stories close each list of winners with `등 N곳`, `등 N명`,
`등 N개 지자체` and name the grade right after it. Each counted list is one clause: its items
(read by the shared enumeration reader) take the first grade told after it and before the next
counted list. Other shapes read such a sentence as one subject (the last item) or take the counted
noun (`지자체`) for a name; this reading replaces theirs where it finds the lists.
"""

from __future__ import annotations

import re

from govreader.facts import enumeration
from govreader.facts.award_prizes import find_prizes, grade_of
from govreader.facts.award_reading import VERB_RE, is_planned
from govreader.facts.award_record import Award
from govreader.facts.award_who_list import who_list
from govreader.facts.award_winner_words import NOT_SUBJECTS, TITLE_RE, is_group_word
from govreader.facts.numbers import NUMBER
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# `등 5곳은`, `등 유공자 4인이`, `등 4개 지자체는`, `등 6개 업체와`: a list's counted close and the
# particle that makes it the subject or object of its clause, or joins it to the next list.
_WINNERS = (
    r"(?:지방자치단체|자치단체|지자체|시군구|시·군·구|시군|시·군|기관|업체|기업|단체|지역|유공자"
    r"|개인|학교|농가|센터)"
)
_COUNTED_CLOSE_RE = re.compile(
    rf"(?:\s|(?<=[가-힣]))(?:등|외)\s(?:{_WINNERS}\s)?(?:총\s?)?{NUMBER}여?\s?"
    rf"(?:개\s?{_WINNERS}|개사|개소|곳|명|인|팀)(?:\s?{_WINNERS})?(?P<particle>은|는|이|가|을|를|와|과)(?=\s)"
)
# `… 등 107개 자치단체를 대상으로 진행`: the bodies an evaluation was held for, not its winners.
_PARTICIPANTS_RE = re.compile(r"\s?대상으로")
# The grade follows its list closely (`등 4곳은 우수기관으로`, `등 3개 지자체는 노력을 인정받아
# '발전상'을`); one far after is another clause's.
_GRADE_WITHIN = 50
# `광역 중에서는 A와 B가, `: a group's winners told before the counted list of another group.
_GROUP_SLOT_RE = re.compile(
    r"(?:중에서는|에서는|에는|으로는|로는)\s(?P<who>[^,\s][^,]{1,60}?)(?<=[가-힣)])(?:이|가),\s"
)
# `시 단위 6개(A, B, C)`, `2개 기관(A·B)`: a count whose members are named in brackets.
_MEMBERS_RE = re.compile(
    rf"{NUMBER}\s?(?:개|곳)(?:\s?{_WINNERS})?\((?P<members>[가-힣A-Za-z][^()\d]{{1,200}})\)"
    r"(?!\s?(?:분야|부문|사업|과제|지표|항목))"  # `3개(A, B, C) 분야에서`: kinds, no winners
)
# `우수상은 …`, `공로상으로 …`: the prize a sentence is about, told first.
# Opening the sentence, the prize keeps the word that qualifies it (`사회공헌 공로상으로`).
_TOPIC_PRIZE_RE = re.compile(
    r"(?:^(?P<qualified>[가-힣]{2,12}\s[가-힣]{0,8}상)|(?:^|\s)(?P<prize>[가-힣]{0,8}상))"
    r"(?:은|는|으로는|으로|에는)\s"
)
# `을 … 선정했다`: the judging body picked them.
_PICKED_RE = re.compile(r"(?:선정|선발)(?:했|하였)|뽑았")
# `'발전상'을 받았다`: a prize of the event's own name, in quotes.
_QUOTED_PRIZE_RE = re.compile(r"[‘'“\"](?P<prize>[가-힣]{1,8}상)[’'”\"](?=을|를|으로|로|에|,|\s)")
# `‘다’ 등급`, `3등급`: a middle or low grade of a scale, given to all the rest, no award.
_MIDDLE_GRADE_RE = re.compile(r"^(?:[다라마]|[3-5]|[B-D])\s?등급$")
# A bracketed aside after a winner (`(단체)`, `(대표 이영규)`) is no part of the name.
_ASIDE_RE = re.compile(r"\s?\([^()]{1,20}\)")
# Words that open a sentence before its list (`이와 함께 A 등 6개 업체와`).
_NAME_RE = re.compile(r"^[가-힣]{2,4}$")
_CLAUSE_END_RE = re.compile(r"[,.]$|(?:을|를|에서|에게)$")
_LEAD_RE = re.compile(r"^(?:이와\s?함께|함께|이\s?밖에|이외에도|또한|또|아울러|한편),?\s")


@finds(
    FactKind.AWARD,
    "counted winner lists, each with its grade",
    "A와 B 등 5곳은 우수기관으로, C 등 2곳은 장려기관으로 각각 선정했다",
)
def counted_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """The winners of each counted list in the sentence, with the grade told after the list."""
    text = piece.text
    if is_planned(text) or not (VERB_RE.search(text) or _PICKED_RE.search(text)):
        return []
    return _counted_lists(piece, published_year) + _bracketed_members(piece, published_year)


def _counted_lists(piece: Piece, published_year: int | None) -> list[Award]:
    text = piece.text
    closes = list(_COUNTED_CLOSE_RE.finditer(text))
    if not closes:
        return []
    found: list[Award] = []
    previous_end = 0
    grades = [
        _grade_after(text, close.end(), min(clause_end, close.end() + _GRADE_WITHIN))
        for close, clause_end in zip(
            closes, [c.start() for c in closes[1:]] + [len(text)], strict=True
        )
    ]
    for index, close in enumerate(closes):
        prize = grades[index]
        clause_start = previous_end
        start = _list_start(text, clause_start, close.start())
        previous_end = prize[1] if prize else close.end()
        if close.group("particle") in ("와", "과") and index + 1 < len(closes):
            prize = grades[index + 1]  # `A 등 6개 업체와 B 등 유공자 4인이`: one grade for both
            previous_end = close.end()
        if prize is None or _MIDDLE_GRADE_RE.match(prize[0]):
            continue
        if _PARTICIPANTS_RE.match(text, close.end()):
            continue  # `A 17개와 B 90개 등 총 107개 자치단체를 대상으로`: who took part
        listed = _LEAD_RE.sub("", _ASIDE_RE.sub("", text[start : close.start()]))
        winners = _with_titles(who_list(re.sub(r"(?<=[가-힣])등$", "", listed)))
        # `광역 중에서는 A와 B가, 기초 중에서는 C, D 등 23곳이`: the groups before share the grade.
        for slot in _GROUP_SLOT_RE.finditer(text, clause_start, start):
            winners = who_list(_ASIDE_RE.sub("", slot.group("who"))) + winners
        winners = [who for who in winners if not is_group_word(who)]
        found += [
            Award(start, prize[1], piece, prize=prize[0], recipient=who, year=published_year)
            for who in winners
        ]
    return found


def _bracketed_members(piece: Piece, published_year: int | None) -> list[Award]:
    """`시 단위 6개(A, B, C)`, `2개 기관(A·B)`: the members a count names in brackets, with the
    grade the sentence tells (its topic before them, else the first after)."""
    text = piece.text
    found: list[Award] = []
    for members in _MEMBERS_RE.finditer(text):
        # The last prize told before them; a topic prize holds the grade word written in it.
        before = [(p.end(), grade_of(p)) for p in find_prizes(text) if p.end() <= members.start()]
        before += [
            (p.end(), p.group("qualified") or p.group("prize"))
            for p in _TOPIC_PRIZE_RE.finditer(text, 0, members.start())
        ]
        grade = (max(before)[1], members.end()) if before else None
        grade = grade or _grade_after(text, members.end(), len(text))
        if grade is None or _MIDDLE_GRADE_RE.match(grade[0]):
            continue
        found += [
            Award(members.start(), members.end(), piece, prize=grade[0], recipient=who,
                  year=published_year)
            for who in who_list(members.group("members"))
            if not is_group_word(who)
        ]  # fmt: skip
    return found


def _with_titles(names: list[str]) -> list[str]:
    """`박민수`, `센터장` read apart are one person: a bare title goes with the name before it."""
    joined: list[str] = []
    for name in names:
        if joined and TITLE_RE.match(name):
            joined[-1] = f"{joined[-1]} {name}"
        else:
            joined.append(name)
    return joined


def _list_start(text: str, clause_start: int, close_start: int) -> int:
    """Where the list closed at `close_start` begins; a first item cut to a bare title
    (`대표`) takes back the name and affiliation written before it."""
    spaced, where = _spaced_commas(text)
    at = where.index(close_start)
    start = where[enumeration.before(spaced, at, where.index(clause_start), max_words=5).start]
    first = re.match(r"[^,·∙ㆍ/]+?(?=와\s|과\s|,|·|∙|ㆍ|/|$)", text[start:close_start])
    words = list(re.finditer(r"\S+", text[clause_start:start]))
    if first is None or not words:
        return start
    if TITLE_RE.match(first.group().split()[0]):
        # `대표` alone: its name and firm before it, not a clause told before (`표창을,`).
        kept = [w for w in words[-2:] if not _CLAUSE_END_RE.search(w.group())]
        return clause_start + kept[0].start() if kept else start
    name = words[-1].group()
    titled = TITLE_RE.match(first.group().split()[-1])
    if titled and _NAME_RE.match(name) and name not in NOT_SUBJECTS:
        return clause_start + words[-1].start()  # `정하늘 새솔조합 대표`: the name before the firm
    return start


def _spaced_commas(text: str) -> tuple[str, list[int]]:
    """`text` with a blank after each comma written without one (`경북 구미시,전북 무주군`), and
    for each of its characters the offset in `text` it stands for."""
    spaced, where = [], []
    for at, char in enumerate(text):
        spaced.append(char)
        where.append(at)
        if char == "," and at + 1 < len(text) and not text[at + 1].isspace():
            spaced.append(" ")
            where.append(at + 1)
    where.append(len(text))
    return "".join(spaced), where


def _grade_after(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The first grade written in `text[start:end]`, with where it ends."""
    prizes = [p for p in find_prizes(text) if start <= p.start() < end]
    quoted = _QUOTED_PRIZE_RE.search(text, start, end)
    if prizes and (quoted is None or prizes[0].start() < quoted.start()):
        return grade_of(prizes[0]), prizes[0].end()
    if quoted:
        return quoted.group("prize"), quoted.end()
    return None


def with_counted(shaped: list[Award], counted: list[Award]) -> list[Award]:
    """What the other shapes read in a sentence (`shaped`) with its counted lists: per grade,
    the reading that names more winners (ties to the lists); the lists' awards take the name and
    organizer read for their grade."""
    for award in counted:
        told = next((a for a in shaped if a.prize == award.prize), None)
        if told is not None:
            award.name, award.organizer = told.name, told.organizer
            award.category = award.category or told.category
    fewer = {a.prize for a in counted if _told(shaped, a.prize) > _told(counted, a.prize)}
    counted = [a for a in counted if a.prize not in fewer]
    return counted + [a for a in shaped if _beside(a, counted)] if counted else shaped


def _told(awards: list[Award], prize: str | None) -> int:
    return sum(1 for a in awards if a.prize == prize)


def _beside(award: Award, counted: list[Award]) -> bool:
    """An award another shape read in a sentence of counted lists: a grade of its own, or a
    named winner of the lists' grade they left out (not their counted noun, last item or
    count)."""
    if award.prize is None:
        return False
    if all(award.prize != c.prize for c in counted):
        return True
    who = award.recipient
    return bool(
        who and not is_group_word(who) and not re.search(r"\d", who)
        and not any(c.recipient and who in c.recipient for c in counted)
    )  # fmt: skip
