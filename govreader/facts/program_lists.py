"""Programs named as items of a list: ▲/○ bullets, `- item : description` lines and lists a
sentence introduces (`사업으로는 A, B 등`); inline lists closed by 등 are `program_enumerated`'s.

A list's items are named bare, so the list around them (its marks, its closing words) is what
says they are programs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from govreader.facts.phrases import is_plain_word, strip_particle
from govreader.facts.program_kinds import is_budget_field
from govreader.facts.program_spans import (
    BULLETS,
    ITEM_END_RE,
    MARKS,
    STRONG_END_RE,
    clean_span,
    describing_clause_end,
    name_word,
)
from govreader.facts.sentences import Piece

_STRONG_BULLETS = frozenset(BULLETS)

# `지식재산권(IP) 출원 비용 지원`: an English gloss inside a name, not a note after it.
_GLOSS_RE = re.compile(r"\([A-Za-z][A-Za-z0-9&.\- ]{0,15}\)(?=\s?[가-힣])")

# A list line that is one item ends without a verb: `- 센터 운영 및 판로 지원`.
_CLAUSE_END_RE = re.compile(r"(?:다|음|함|됨|임|요|까)[.!?]?$|\s등\S*\s")

_ACTS_RE = re.compile(r"(?P<act>운영|확대|조성|추진|구축|강화|개설|설치|발굴|개선)\s및\s")

_ORDINAL_RE = re.compile(r"제?\s?\d+\s?(?:호|조|항|차|번|장|절|안)?$")

_COLON_RE = re.compile(r"\s?[:：]\s")

_FIGURE_START_RE = re.compile(r"\s*(?:총\s?|약\s?)?\d")

# `- 지원 대상 : …`, `○ 사업 기간 : …`: a field of a notice, not an item.
_FIELD_END_RE = re.compile(
    r"(?:대상|기간|내용|규모|방법|장소|일시|문의|자격|금액|인원|시간|예산|사업비|위치|면적|목적|근거|"
    r"배경|효과|현황|계획|실적|성과|결과|일정|절차|서류|조건|기준|요건|범위|주관|주최|기관|방향|"
    r"대상자|명칭|제목|주제|[가-힣]명|시설|장비|품목|항목|종류|구성|분야|지역|대상지|내역|혜택|특전|"
    r"[가-힣]처|담당자?|연락처|전화|주소|비고|참고|첨부|붙임|출처|부서|개요|요약|사항|업무|직무|역할)$"
)

# Circled numbers (① ② …) mark items too, but weakly: only plain program names count there.
_BULLET_RE = re.compile(rf"[{MARKS}](?=\s?\S)")

# `지원 대상은 ① 65세 이상 … ② … 지원이 필요한 장애인`: a list of who may apply, not of programs.
_WHO_LIST_RE = re.compile(r"(?:대상|대상자|자격|요건|조건|기준)(?:은|는|으로는|:)\s?$")

# `주요 업무는 ▲A ▲B`, `▲A ▲B 등의 업무를 맡는다`: the duties of a job, not programs; only an
# item named by its program word counts.
_DUTIES_BEFORE_RE = re.compile(r"(?:업무|직무|역할|임무)(?:은|는|으로는|:)\s?$")
_DUTIES_AFTER_RE = re.compile(r"\s등(?:의|을|이)?\s(?:업무|직무|역할|임무)")
# Support in a list of duties is the job's help (`▲경로당 방역 지원`), not a program.
_DUTY_PROGRAM_RE = re.compile(r"(?:사업|프로그램|캠페인|교실|축제|박람회|아카데미)$")

_LINE_BULLET_RE = re.compile(r"\s*[·\-•]\s")

_BULLET_ITEM_RE = re.compile(rf"[{MARKS}][^{MARKS}]*?(?=[{MARKS}]|\s등|$)")

_PROGRAM_CONTEXT_RE = re.compile(
    r"사업|프로그램|강좌|과정|교육|정책|지원|서비스|교실|분야|유형|과목|프로젝트|제도|강의|과제|시책"
)

# `주요 강좌는 ▲A ▲B`, `▲A ▲B 총 9강좌다`: a list of courses, whose items are named by one word
# as often as not (`▲가죽공예`, `▲우쿨렐레`).
_COURSES_RE = re.compile(r"강좌|과목")

# An item that starts right after its mark, not after a clause left out (`▲재봉틀로 꾸미는 행복한
# 우리집` is no course named `우리집`).
_AFTER_MARK_RE = re.compile(rf"[{MARKS}]\s?$")

_FIELD_ITEM_RE = re.compile(
    r"^\(|^(?:일시|장소|대상|기간|문의|내용|신청|방법|시간|주최|주관|참가비|비용|접수|일정|자격|인원|규모"
    r"|금액|예산|사업비|위치|면적|기타)(?:\s|$)"
)

# `▲건물 ▲수송 ▲폐기물 등 5대 부문`: a list of fields or criteria; only items that name a
# service (`▲방문건강관리 ▲치매 조기검진 등 4개 분야`) are programs. `▲A ▲B 등 5개 분야를
# 지원한다` lists the kinds of support given, which are programs.
# The list may close with 등 (`등 총 8개 분야`, `등의 3대 추진전략`) or be the object of its
# count (`▲A ▲B를 3대 전략과제 분야로 정했다`).
_AREA_LIST_RE = re.compile(
    r"(?:\s등의?|[을를])\s(?:총\s?)?(?:\d{1,2}|[한두세네]|[일이삼사오육칠팔구십])\s?(?:대|개)\s?"
    r"(?:[가-힣]{1,4}?)?(?:분야|부문|영역|지표|항목|과제|전략|축|방향|목표)"
    r"(?!(?:을|를|에|로|으로)?\s(?:\S+\s){0,2}(?:지원|운영|추진|제공|실시|시행))"
)

# `총 10개 분야(▲식량작물 ▲친환경 농업 …)에서`: the fields named in brackets after their count.
_AREA_OPENED_RE = re.compile(
    r"(?:\d{1,2}|[한두세네]|[일이삼사오육칠팔구십])\s?(?:대|개)\s?"
    rf"(?:분야|부문|영역|지표|항목)\s?\(\s?[{MARKS}]"
)

# `▲대상 확충 ▲협업 강화`: an item that says what is to grow or improve, the change written
# as a word of its own, is an aim, not a program; a work named in one compound stays
# (`▲노후 작업장 환경개선`), and a budget line keeps its sum in the item (`▲무상급식 확대 20억원`).
_AIM_END_RE = re.compile(
    r"(?:^|\s)(?:확충|다양화|보강|강화|확대|개선|활성화|향상|고도화|내실화|효율화|확산|제고|증진)$"
)

_SERVICE_END_RE = re.compile(r"(?:관리|검진|상담|돌봄|접종|진료|검사|교실|서비스)$")

ETC_RE = re.compile(
    r"\s등(?:의|이다|이며|이고|입니다|을|를|이|은|도|과|와|에|으로|이나)?(?:[\s.,]|$)"
)

_COPULA_RE = re.compile(r"(?:이다|이며|입니다|이고|다)\.?$")


# `▲취업 교육을 기본으로 A, B 등`: a word taking an object or a place ends the item before 등.
_OBJECT_WORD_RE = re.compile(r"(?P<word>[가-힣]{1,20}(?P<particle>을|를|으로|에서|에게))\s")


def _last_item_end(text: str, start: int, end: int) -> int | None:
    """Where the last item of an inline list ends: before ` 등` or at its first particle,
    whichever comes first (`▲취업 교육을 기본으로 A, B 등`)."""
    etc = ETC_RE.search(text, start, end)
    if etc:
        for word in _OBJECT_WORD_RE.finditer(text, start, etc.start()):
            if not is_plain_word(word.group("word")):
                return word.start("particle")
        return etc.start()
    position = start
    for token in text[start:end].split(" "):
        bare = token.rstrip(".,")
        copula = _COPULA_RE.search(bare)
        if copula and len(bare) > len(copula.group()) + 1:
            return position + copula.start()
        stripped = strip_particle(bare)
        if stripped != bare:
            return position + len(stripped)
        if bare and not is_plain_word(bare):
            return None
        position += len(token) + 1
    return end


# `① 찾아가는 디지털 역량 교육 확대` over `- (디지털 배움터) …`: a plan's numbered heading whose
# lines below name their own tasks in brackets groups programs; it is none itself. Lines that
# describe one program by field (`- (대상) 무주택 청년`) leave it a program.
_HEADING_RE = re.compile(r"[①-⑳□]\s?[^.?!]{2,60}")
_SUB_TASK_RE = re.compile(
    r"[-·•]\s?\((?!\s?(?:지원\s?)?(?:대상|내용|기간|금액|규모|방법|신청|문의|예산|일시|장소|자격|절차)"
    r"\s?\))[^()\n]{2,20}\)"
)


def section_headings(pieces: Sequence[Piece]) -> set[int]:
    """Starts of the pieces that are a numbered heading over sub-tasks named in brackets."""
    return {
        piece.start
        for piece, below in itertools.pairwise(pieces)
        if _HEADING_RE.fullmatch(piece.text) and _SUB_TASK_RE.match(below.text)
    }


def bullet_items(text: str) -> Iterator[tuple[int, int]]:
    """List items; plain noun phrases count only in a list about programs (강좌는 ▲…, ▲… 등을
    지원한다, or a list with one item that is plainly a program) or when a description follows
    the item after a colon (`- 청년 월세 한시 특별지원 : 무주택 청년에게 월 20만 원`)."""
    marks = [
        m for m in _BULLET_RE.finditer(text) if m.start() == 0 or text[m.start() - 1].isspace()
    ]
    line_mark = _LINE_BULLET_RE.match(text)
    if line_mark:
        marks.insert(0, line_mark)
    inline = [mark.start() for mark in marks if mark.start() > 1]
    if not marks or (inline and _WHO_LIST_RE.search(text, 0, inline[0])):
        return
    items = []
    budget_lines = 0
    priced = _priced(text, marks)
    # (the count closing a list of courses sits after its last item: `… △E로 총 9강좌다`)
    courses = bool(_COURSES_RE.search(text))
    for index, mark in enumerate(marks):
        strong = mark.group().strip() in _STRONG_BULLETS
        span, described, summed = _item_span(
            text, mark.end(), marks[index + 1 :], strong, priced, courses
        )
        budget_lines += summed
        for part in _acts(text, span):
            if not _FIELD_ITEM_RE.search(text[part[0] : part[1]]):
                items.append((part, strong, described, index + 1 < len(marks)))
    names = [text[start:end] for (start, end), _, _, _ in items]
    # `△A 개설 90억원 △B 건립 30억원`: works listed with their sums are a budget's projects
    beside_program = budget_lines >= 2 or any(STRONG_END_RE.search(name) for name in names)
    around = _BULLET_ITEM_RE.sub(" ", text)
    program_list = beside_program or bool(_PROGRAM_CONTEXT_RE.search(around))
    areas = bool(_AREA_LIST_RE.search(text) or _AREA_OPENED_RE.search(text))
    duties = bool(inline and _DUTIES_BEFORE_RE.search(text, 0, inline[0]))
    duties = duties or bool(_DUTIES_AFTER_RE.search(text))
    for ((start, end), strong, described, bounded), item in zip(items, names, strict=True):
        words = item.split()
        noun_phrase = len(words) <= 6 and all(
            _item_word(w) or (bounded and _genitive(w, at < len(words) - 1))
            for at, w in enumerate(words)
        )
        plainly = STRONG_END_RE.search(item)
        if priced and is_budget_field(item):
            continue  # `▲국토 및 지역개발 1,000억원 ▲수송 및 교통 500억원`: a budget's fields
        if _AIM_END_RE.search(item):
            continue  # `▲전담 인력 보강 ▲운영방법 다양화`: a change the body aims at
        if duties:
            if _DUTY_PROGRAM_RE.search(item):
                yield start, end
            continue
        if areas:
            # a field of support (`▲장애인 지원 ▲취업 지원 등 8개 분야`, `▲생계·주거지원`) is no
            # program; a named kind of support (`▲청년 월세 지원사업`) ends otherwise
            if (plainly and not item.endswith("지원")) or _SERVICE_END_RE.search(item):
                yield start, end
            continue
        described = described and noun_phrase and len(item.replace(" ", "")) >= 4
        described = described and not _FIELD_END_RE.search(item)
        # a one-word item with no program word (`▲건물`, `▲청년벙커`) is as often a field, a
        # place or a thing as a program: it counts beside an item that plainly is one, in a list
        # of courses, or with its sum as a budget line (`△시립도서관(57억원)`)
        course = courses and _AFTER_MARK_RE.search(text, 0, start) is not None
        alone = len(words) == 1 and not (beside_program or course or _SUM_AFTER_RE.match(text, end))
        listed = strong and (
            ITEM_END_RE.search(item)
            or (noun_phrase and program_list and not alone)
            or _branded(item)
            or (beside_program and _DOING_RE.fullmatch(item) is not None)
        )
        if (described and not _ORDINAL_RE.match(item)) or plainly or listed:
            yield start, end


def _priced(text: str, marks: Sequence[re.Match[str]]) -> bool:
    """Whether two items or more give their sum (`▲풀사료 공급 지원 3억원 ▲주차타워 건립
    6억원`): a budget's list, each of whose items is named without its sum."""
    ends = [mark.start() for mark in marks[1:]] + [len(text)]
    spans = zip(marks, ends[: len(marks)], strict=True)
    return sum(1 for mark, end in spans if _MONEY_RE.search(text, mark.end(), end)) >= 2


# `▲농촌에서 살아보기`, `▲우리 마을 가꾸기`: a program named by what its people do, beside items
# that plainly are programs.
_DOING_RE = re.compile(r"(?:[가-힣0-9]+\s){1,3}[가-힣]{1,4}(?:보기|하기|가꾸기|살기|만들기|잇기)")


# `△중장년 소셜다이닝 ‘함께 밥상’`: an item naming its kind of work, then its own name in quotes.
_BRANDED_RE = re.compile(
    r"(?P<kind>(?:\S+\s){1,5})(?:[‘'「『<《〈][^‘’'「」『』<>《》〈〉]{2,30}[’'」』>》〉])"
)


def _branded(item: str) -> bool:
    """Whether the item is a kind of work in plain words with its own quoted name after it."""
    branded = _BRANDED_RE.fullmatch(item)
    return branded is not None and all(_item_word(w) for w in branded.group("kind").split())


_SUM_AFTER_RE = re.compile(r"\s?\(\s?(?:총\s?|약\s?)?\d[\d,.]*\s?(?:[십백천만억조]\s?)*원?\)")


# `영양간식(떡)`: a word with a note in brackets after it.
_WORD_NOTE_RE = re.compile(r"(?<=[^\s(])\([^()]{1,10}\)$")


def _item_word(word: str) -> bool:
    """A word of a list item: a word of a name (`진입도로`), or a noun ending in 이 or 가
    (`놀이`, `치료요가`), which in an item closed by the next mark is no subject particle; a
    note in brackets after the word (`영양간식(떡)`) is no part of it."""
    word = _WORD_NOTE_RE.sub("", word)
    return name_word(word) or (
        len(word) >= 3 and word.endswith(("이", "가")) and is_plain_word(word[:-1])
    )


def _genitive(word: str, inner: bool) -> bool:
    """A noun in 의 inside an item closed by the next mark (`귀농인의 집 리모델링`, `여성의 사회
    재도약`): the item's own `A of B`, no clause."""
    return inner and len(word) >= 3 and word.endswith("의") and name_word(word[:-1])


def _acts(text: str, span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """An item of two acts joined by 및 (`센터 운영 및 기업 판로 지원`) is two items."""
    if not span:
        return []
    joint = _ACTS_RE.search(text, *span)
    if not joint:
        return [span]
    parts = [clean_span(text, span[0], joint.end("act")), clean_span(text, joint.end(), span[1])]
    return [part for part in parts if part]


# `- 노후 상수관로 정비사업 96억 원`, `▲ 대여소 설치사업 7천만원 전액 삭감`: a budget line's sum
# after a name that plainly is one, or after any line a council decided on (`▲ 연주회 녹화제작 및
# 송출 2천만원 전액 삭감`, `… 1천5백만원 중 7백만원 삭감`).
_MONEY_RE = re.compile(
    r"(?:\s(?:개최|운영|추진))?\s?(?:총\s?|약\s?)?"
    r"\d[\d,.]*\s?(?:[십백천만억조]\s?)+(?:\d[\d,.]*\s?(?:[십백천만억조]\s?)+)*원(?![가-힣])"
)

# `▲원예 분야에 건조기 보급사업 등 51개 사업`, `▲일반 대상 한국화 등 21강좌`, `▲‘…’ 등 인문교양
# 5개 강좌`: the item names one program of a counted group, the group is no program.
_COUNTED_TAIL_RE = re.compile(
    r"\s등\s?(?:[^\s\d]+\s){0,2}(?:총\s?)?\d[\d,]*\s?(?:개|건|종|가지|강좌|과정|사업|반)"
)


_DECIDED_RE = re.compile(
    rf"\s?(?:중\s[^{BULLETS}]{{1,20}}?)?(?:전액\s?)?(?:삭감|증액|감액|감편성|증편성)"
)


# What a budget line names when it is a work: `△순환도로 개설 90억원`, `△읍성터정비 8억원`.
_WORK_BEFORE_SUM_RE = re.compile(
    r"(?:개설|확장|포장|증설|신설|정비|조성|건립|건설|설치|구축|복원|복구|보수|이전|매입|리모델링|공사)$"
)


# `△입체교차로(고가교) 개선사업`: a note in brackets with more of the name after it, up to the
# next mark, is inside the name.
# A note of figures (`(30억원) 추진`, `(2곳)`) stays a note.
_INNER_NOTE_RE = re.compile(r"\([^()\d]{1,20}\)(?=\s?[가-힣])")


def _inner_note(text: str, note: int, end: int, later: list[re.Match[str]]) -> re.Match[str] | None:
    """The note in brackets at `note` when the item goes on after it with words of a name to
    the next mark (an item the next mark closes; the last item's end is guessed)."""
    inner = _INNER_NOTE_RE.match(text, note)
    if not later or inner is None:
        return None
    rest = text[inner.end() : end].split()
    return inner if 0 < len(rest) <= 4 and all(name_word(word) for word in rest) else None


def _item_span(
    text: str,
    start: int,
    later: list[re.Match[str]],
    strong: bool,
    priced: bool = False,
    courses: bool = False,
) -> tuple[tuple[int, int] | None, bool, bool]:
    """The span of the item starting at `start`, up to the next mark, a note in brackets or a
    colon; whether a description (not a figure) follows the item's colon; and whether the
    item is a work with its sum (a budget line), whose sum is then left out, as it is from
    every item of a list that gives each its sum (`priced`). An item of a list of `courses`
    may be one word of two letters (`△난타`)."""
    end = later[0].start() if later else len(text)
    colon = _COLON_RE.search(text, start, end)
    described = colon is not None and not _FIGURE_START_RE.match(text, colon.end())
    if colon:
        end = colon.start()
    note = text.find("(", start + 2, end)
    while note > 0 and (
        gloss := _GLOSS_RE.match(text, note) or _inner_note(text, note, end, later)
    ):
        note = text.find("(", gloss.end(), end)
    if note > 0:
        end = note
    elif not later and not colon and not (start <= 3 and not _CLAUSE_END_RE.search(text)):
        last = _last_item_end(text, start, len(text))
        if not last:
            return None, described, False
        end = last
    money = _MONEY_RE.search(text, start, end)
    summed = bool(money and _WORK_BEFORE_SUM_RE.search(text, start, money.start()))
    if money and (
        summed
        or priced
        or STRONG_END_RE.search(text, start, money.start())
        or _DECIDED_RE.match(text, money.end())
    ):
        end = money.start()
    counted = _COUNTED_TAIL_RE.search(text, start, end)
    if counted:
        end = counted.start()
    start = _after_clause(text, describing_clause_end(text, start, end), end)
    return clean_span(text, start, end, strong, course=courses), described, summed


# A word closing a clause by its particle: `분야에`, `목적으로`, `교육을`, `지역의`.
_CLAUSE_WORD_RE = re.compile(r"(?<!\S)(?P<word>\S+(?:에|에서|에는|에게|으로|을|를|의|은|는))\s")


def _after_clause(text: str, start: int, end: int) -> int:
    """`유통 분야에 선별기 설치사업`: where a name that plainly is a program starts after the
    words of a clause before it."""
    if not STRONG_END_RE.search(text, start, end):
        return start
    position = start
    for word in _CLAUSE_WORD_RE.finditer(text, start, end):
        if not is_plain_word(word.group("word")):
            position = word.end()
    return position


# `1. 귀농인 주택 수리비지원 사업목적 : … 2. …`: a notice's numbered item, its fields after it
# (the number may close the sentence before it).
_NUMBERED_RE = re.compile(
    r"(?:^(?:\d{1,2}\.\s)?|\s\d{1,2}\.\s)(?P<name>[^.:：\n]{3,50}?)\s(?:사업목적|사업개요|사업내용|지원내용|목적|개요)\s?[:：]"
)


def numbered_items(text: str) -> Iterator[tuple[int, int]]:
    """The items of a notice's numbered list of programs, each followed by its purpose or
    content (`1. 귀농귀촌단지 기반조성 지원 사업목적 : …`)."""
    for item in _NUMBERED_RE.finditer(text):
        span = clean_span(text, item.start("name"), item.end("name"))
        if span:
            yield span
