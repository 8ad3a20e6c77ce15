"""Named acts a budget pays for (`보조경기장 조성에 38억 원`), budget lines listed with their
sums (`하수관로 정비 60억원, 복합문예회관 건립 47억원 등`), two kinds of support side by side
(`월세 지원과 … 리모델링 지원에`) and lists of acts closed by 등.

Budget releases name projects by what is done (조성, 구축, 지원) rather than by a program word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts.phrases import VAGUE, is_plain_word
from govreader.facts.program_places import is_place
from govreader.facts.program_spans import clean_span, name_start, word_start

_MONEY = r"\d[\d,.]*\s?(?:[십백천만억조]\s?)+(?:\d[\d,.]*\s?(?:[십백천만억조]\s?)+)*원"

# Work a budget pays for, named with what is done: `보조경기장 조성에 38억 원`, `어르신 건강이용권
# 지원(9억 6천만 원)`, `경보시스템 구축에도 5억 원을`, `전수교육관 설립 예산`, `A 지원 9억 원을
# 비롯해`.
_FUNDED_RE = re.compile(
    r"(?:지원|조성|구축|조성사업|설치|설립|건립|확충|보강|유치|정비|리모델링)"
    rf"(?=\s?\((?:총\s?|약\s?)?{_MONEY}\)"
    rf"|(?:에|에도|에는|엔|으로)\s(?:(?:모두|총|약|각각|올해|내년)\s)?{_MONEY}"
    # `국회분원 설치관련 예산이`, `전수교육관 설립 예산 2억원도`: the budget for it
    r"|\s?(?:관련\s?)?(?:예산|사업비)(?:[이은을도]|으로)?\s"
    # `캐시백 지원 150억 원을 비롯해`, `기념관 건립 30억 원이 반영됐다`: its sum in a budget
    rf"|\s{_MONEY}(?:을|를|이|가|도)\s(?:비롯|반영|편성|투입|배정|확보))"
)

# Two kinds of support named side by side: `해상운송비 지원과 택배 추가배송비 지원도 좋은 평가를
# 받았다`, `청년 월세 지원과 창업 점포 리모델링 지원에 6억 원을`.
_PAIRED_RE = re.compile(
    r"(?P<first>지원|조성|구축)(?:과|와)\s(?P<rest>(?:[^\s,.]+\s){1,5}?)"
    r"(?P<second>지원|조성|구축)(?=(?:도|을|를|이|은|는|에|에도|에는|까지)\s)"
)

# A list of acts closed by 등 and what is done with it: `… 등을 추진`, `… 등에 12억 원`, `… 등이다`.
# `… 등 42건의 주민 제안 사업`: items that only exemplify a kind of work named after 등 are not.
_ACT_LIST_END_RE = re.compile(r"\s등(?:을|이|에|에는|에도|이다|으로|도)(?:\s|\.|$)")

_LISTED_ACT = "지원|조성|구축|설치|건립|확충|보강|정비|보수|개선|현대화|유치"

_ACT_ITEM_END_RE = re.compile(rf"(?:{_LISTED_ACT})$")

_ACT_JOIN_RE = re.compile(rf"(?P<act>{_LISTED_ACT})(?:,\s|(?:과|와)\s)")

_ACT_WORD_RE = re.compile(r"(?:지원|조성|구축|사업|설치|건립|확충|보강|유치|정비|리모델링)$")


def _paired_start(text: str, start: int) -> int:
    """`경로당 냉난방비와 양곡비 지원`: a noun joined by 와/과 to the phrase belongs to it,
    unless it is an act of its own (`월세 지원과 …`)."""
    if start < 2 or text[start - 1] != " ":
        return start
    previous = text.rfind(" ", 0, start - 1) + 1
    word = text[previous : start - 1]
    stem = word[:-1]
    if word[-1:] not in ("와", "과") or len(stem) < 2 or not is_plain_word(stem):
        return start
    if _ACT_WORD_RE.search(stem) or stem in VAGUE:
        return start
    return name_start(text, previous)


def _specific(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The cleaned span of a named act with four letters or more before its act word
    (`국회분원 설치`, `읍내 야간경관 조성`), not a bare act (`시설 보강`) or a kind of support
    (`급식비 지원`)."""
    span = clean_span(text, start, end)
    if not span:
        return None
    words = text[span[0] : span[1]].split()
    if len(words) < 2 or len("".join(words[:-1])) < 4 - len(_ACT_WORD_RE.sub("", words[-1])):
        return None
    return span


# A list's item closed by its sum: `… 정비 60억원,`, `… 조성사업(40억원),`, `… 건립 47억원 등이다`.
_LINE_SUM_RE = re.compile(
    rf"\s?\(?(?:총\s?|약\s?)?{_MONEY}\)?\s?(?=,|\s?등|\s?도\s|\s?이다|\s?이\s|$)"
)

# What a budget line's name ends in when it names a project: an act or a program word.
_LINE_WORK_RE = re.compile(
    r"(?:지원|조성|구축|설치|건립|신축|증축|확충|보강|정비|보수|개선|현대화|리모델링|사업|공사|매입|개발)$"
)


# A project named in one compound word: `지방하천재해복구공사`, `소하천정비사업`, and with its
# act glued on (`역전광장경관조성`, `농가경영안정지원`); four letters or more say which (not
# `환경정비`), and support named by what it pays for is a cost (`시설운영비지원`).
_PROJECT_WORD_RE = re.compile(r"[가-힣]{4,}(?:사업|공사|조성|정비|건립|구축|(?<!비)지원)")


def _budget_lines(text: str) -> Iterator[tuple[int, int]]:
    """`주요 사업 예산은 A 정비 60억원, B 뉴딜사업 53억원, C 건립 47억원 등이다`: the items of a
    list whose every item carries its sum, named by an act or a program word."""
    if text.count("원") < 2:
        return
    ends = [m.start() for m in _LINE_SUM_RE.finditer(text)]
    if len(ends) < 2:
        return
    for end in ends:
        start = name_start(text, word_start(text, end))
        if not _LINE_WORK_RE.search(text, start, end):
            continue
        if _PROJECT_WORD_RE.fullmatch(text, start, end):
            yield from filter(None, [clean_span(text, start, end)])
        else:
            yield from filter(None, [_specific(text, start, end)])


# The cost of a work in a budget: `기념관 건립비`, `청사 건립비 74억 원`, `대학 설립준비비`; or of
# preparing a facility: `복합커뮤니티센터 설계비`, `보건분소 부지매입비` (the facility is named).
_COST_RE = re.compile(
    r"(?:(?P<work>건립|건설|조성|설치|정비|구축|설립|설립준비|리모델링)|(?P<prepare>설계|부지\s?매입|매입))"
    r"비(?=[은는을를이가도와과,\s]|$)"
)


# A town, township, neighbourhood or district: `부강면`, `세곡2지구`.
_LOCAL_PLACE_RE = re.compile(r"[가-힣][가-힣0-9]{0,4}(?:읍|면|동|지구)")


def _place_start(text: str, start: int) -> int:
    """`start`, or the start of a place's name just before it (`부강면 복합커뮤니티센터`)."""
    if start < 2 or text[start - 1] != " ":
        return start
    previous = text.rfind(" ", 0, start - 1) + 1
    word = text[previous : start - 1]
    return previous if is_place(word) or _LOCAL_PLACE_RE.fullmatch(word) else start


def _costs(text: str) -> Iterator[tuple[int, int]]:
    """`장욱진 생가 기념관 건립비 등이 반영됐다`: the work a cost in a budget pays for; a
    facility whose design or site is paid for (`부강면 복합커뮤니티센터 설계비 8억 원`)."""
    for cost in _COST_RE.finditer(text):
        act = "work" if cost.group("work") else "prepare"
        end = cost.end(act) if act == "work" else cost.start(act)
        head = word_start(text, end) if act == "work" else word_start(text, end - 1)
        start = _place_start(text, name_start(text, head))
        span = clean_span(text, start, end)
        if not span:
            continue
        name = text[span[0] : span[1]]
        if len(name.split()) >= 2 and len(name.replace(" ", "")) >= 6:
            yield span


def funded_items(text: str) -> Iterator[tuple[int, int]]:
    """Named acts a budget pays for, and two kinds of support named side by side."""
    for head in _FUNDED_RE.finditer(text):
        start = word_start(text, head.end())
        span = _specific(text, _paired_start(text, name_start(text, start)), head.end())
        if span:
            yield span
    for pair in _PAIRED_RE.finditer(text):
        first = word_start(text, pair.end("first"))
        span = _specific(text, name_start(text, first), pair.end("first"))
        rest = pair.group("rest").split()
        if span and all(is_plain_word(word) for word in rest):
            yield span
            yield from filter(None, [_specific(text, pair.start("rest"), pair.end())])
    yield from _act_lists(text)
    yield from _budget_lines(text)
    yield from _costs(text)
    yield from _cut_lines(text)


# A sum a council cuts from the budget, and the words before it that name what it was for: `A
# 9000만원을 전액삭감`, `▲ B 2천만원 전액 삭감`, `C 1천만원 중 6백만원 삭감`, `D 예산안 10억원도
# 삭감됐다`; the budget's own words (`예산안`, `설명회`) before the sum are not the name.
_CUT_RE = re.compile(
    r"(?:\s(?:예산안|예산|사업비|설명회))?"
    rf"\s?{_MONEY}(?:\s?중\s{_MONEY})?(?:을|를|이|가|도)?\s?(?:전액|부분|일부)?\s?삭감"
)


def _cut_lines(text: str) -> Iterator[tuple[int, int]]:
    """What each cut in a council's budget review named: the item whose sum was cut, of six
    letters or more (a short one is as often a kind of spending: `민원대책`, `업무추진비`)."""
    if "삭감" not in text:
        return
    for cut in _CUT_RE.finditer(text):
        end = cut.start()
        if end < 1 or not is_plain_word(text[word_start(text, end) : end]):
            continue
        span = clean_span(text, name_start(text, word_start(text, end)), end)
        if span and len(text[span[0] : span[1]].replace(" ", "")) >= 6:
            yield span


def _act_lists(text: str) -> Iterator[tuple[int, int]]:
    """`강변 꽃길 조성, 주차 시스템 구축, 시장 현대화 지원 등을 추진`: a list closed by 등 whose
    items each name an act (조성, 구축, 지원 …) is a list of projects; each item that names
    its object specifically is one."""
    for etc in _ACT_LIST_END_RE.finditer(text):
        items: list[tuple[int, int]] = []
        end = etc.start()
        while len(items) < 8:
            joins = list(_ACT_JOIN_RE.finditer(text, max(0, end - 40), end))
            start = joins[-1].end() if joins else name_start(text, word_start(text, end))
            words = text[start:end].split()
            if not words or not all(is_plain_word(w) for w in words):
                break
            if not _ACT_ITEM_END_RE.search(text, start, end):
                break
            items.append((start, end))
            if not joins:
                break
            end = joins[-1].start() + len(joins[-1].group("act"))
        if len(items) < 2:
            continue
        for start, end in items:
            span = _specific(text, name_start(text, start), end)
            if span:
                yield span
