"""What an award sentence says besides who won and which grade: the award's name, organizer and
category, and whether it is a plan rather than a done award.

A quoted name counts when an award word is in it (a quoted 사업 is a grant programme). The
organizer is `X 주관/주최`, a body whose clause runs into the name (`행정안전부가 발표한 ‘…’`), or
`X로부터`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from govreader.facts.award_prizes import NOT_IN_NAMES, PRIZE_RE, QUOTED_GRADE_RE
from govreader.facts.phrases import VAGUE, is_plain_word, phrase_start, strip_particle, word_set

# Every syllable whose last sound is ㅆ: the past marker of a verb (했, 됐, 받았, 보여줬, 켰).
PAST = "".join(chr(0xAC00 + 28 * initial_and_vowel + 20) for initial_and_vowel in range(19 * 21))
VERB_RE = re.compile(
    r"수상(?:했|하였|한|하는 (?:영예|쾌거|성과|실적|기염|영광)|해|의 영예|을 했|하며|하고|하면서)"
    r"|받으며|받으면서|받는다"
    r"|선정(?:됐|되었|돼|된|되는 (?:영예|영광|쾌거|성과)|되어)|표창(?:을 받|받)|받았|받은|받아"
    r"|획득(?:했|하였|한|해)|차지(?:했|하였|한|해)|(?:영예를|영광을) 안|수여받"
    r"|인증(?:을 받|받|을 획득)"
    r"|통과(?:했|하였)|이름을 올렸|(?:올린|오른|뽑힌|차지한) 바\s?있"
    r"|(?:받|수상하|선정되|획득하|차지하)게 (?:됐|되었)|(?:받|수상하|선정되|차지하)기도 (?:했|하였)"
    r"|(?:에|으로|로) (?:올랐|올라|오르며|오른 데|오르는 (?:기록|쾌거|영예)|머물렀|머물러|그쳤"
    r"|포함(?:됐|되었|돼))"
    r"|(?:으로|로|에) 뽑(?:혔|혀|힌)|거머(?:쥐었|쥐며|쥐고|쥔|줬)|쾌거를"
    r"|등급을 (?:달성|기록)(?:했|하였|해|한)"
    r"|(?:상|기관|등급|우수[구시군])에 이어|자리를 (?:지키|지켰|지켜)"
)
_PLAN_RE = re.compile(
    r"공모(?:한다|합니다|하고 있|를 진행|에 참여할|중)|모집(?:한다|합니다|하고|중)"
    r"|접수(?:한다|받는다)|예정|계획이다|방침이다|시상한다|시상할|선정할|수여할"
    r"|신청(?:하면|을 받|하세요)|도전한다|노린다"
)
_QUOTED_NAME_RE = re.compile(
    r"[‘'“\"`「『《<]\s?(?P<name>[^‘’'“”\"`「」『』《》<>]{3,60}?)\s?[’'”\"`」』》>]"
    r"(?=\s?(?:에서|의|에|으로|로|을|를)?)"
)
# `"…으뜸상 수상을 축하드린다"며`, `"…"고 말했다`: a quote someone said, never a name; a name
# is a noun, so no 고, 며 or 면서 (nor 이라며) runs straight on from its closing quote.
_SPEECH_AFTER_RE = re.compile(r"\s?(?:이?라)?(?:고|며|면서)[\s,]")
# `‘지역사회 통합돌봄 선도사업’ 평가에서`: the evaluation of a quoted program.
_EVALUATION_AFTER_RE = re.compile(
    r"\s(평가|심사|공모전|경진대회|시상|경연|대회|콘테스트|발표대회|발표회)(?=에서|의\s)"
)
_PROGRAM_AFTER_RE = re.compile(r"\s?(?:사업|공모)(?:(?![가-힣])|에(?!서)|으로|로|을|를)")
# `‘…발명품전시회’에서 금상을`, `‘… 우수사례 공모’에서 최우수상을 수상`: whatever its last word, a
# quoted name where a prize was won is the event that gave it.
_WON_IN_RE = re.compile(r"\s?(?:에서|서)(?:는|도)?\s")
_WORD_RE = re.compile(r"[^\s,.]+\s")
_PRIZE_RECEIVED_RE = re.compile(
    r"[’']?\s?(?:을|를|으로|로|에|까지|의\s(?:영예|영광)(?:을|를)?|과\s[^\s,.]+(?:을|를))?\s?"
    r"(?:수상|받|선정|차지|뽑|거머|안았|안아)"
)
# `‘가족친화 우수기관’ 인증을 받았다`: a certification with a quoted name.
_CERTIFIED_AFTER_RE = re.compile(r"\s?(인증)(?=(?:을|를)\s?(?:획득|취득|받았|받아))")
# `… 평가에서`, `… 박람회의`, `… 경진대회 왕중왕전에서` (the stage of the event where it was won).
_NAMED_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣·])[0-9A-Za-z가-힣·]{0,30}?(?:대상|평가|측정|공모전|경진대회|대회|어워드|어워즈"
    r"|인증심사|콘테스트|챌린지|인증제|인증|박람회|엑스포|전시회)"
    r"(?=(?:\s(?:본선|결선|왕중왕전))?에서|의\s|\s결과\s|\s(?:종합)?대상(?:을|를|\s?수상|의\s영예))"
)
_RECEIVED_NAME_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣·])[0-9A-Za-z가-힣·]{2,30}?(?:대상|어워드|어워즈|(?<=[가-힣]{3})상)"
    r"(?=(?:을|를)\s?(?:수상|받았|받아|차지|거머)|\s[가-힣]{2,10}\s?부문(?:을|를)\s?(?:수상|받))"
)
# Words that make a quoted name an award or evaluation; a quoted 사업 is a program (a grant
# competition someone was picked for), not an award, and an everyday word in 상 (`건강밥상`,
# `행복한 세상`, `일상`) is no prize.
_AWARD_NAME_RE = re.compile(
    r"(?:(?<![밥일세현영환향형보협책실천이인지해정평])상|대상|평가|평가결과|어워드|어워즈|인증|심사|공모전"
    r"|경진대회|대회|콘테스트|챌린지|시상식"
    r"|인증제|대전|경연|그랑프리|유공|포상|박람회|엑스포|전시회|\d+선)(?![가-힣])(?!\S*사업$)"
)
# `A와 B가 공동 주최한`: the first host is the organizer.
_ORGANIZER_RE = re.compile(
    r"(?:(?P<first>[가-힣A-Za-z·]{2,20})(?:와|과)\s)?"
    r"(?P<org>[가-힣A-Za-z·]{2,20})(?:이|가|에서|와|과)?\s?(?:공동\s?)?(?:주관|주최)(?:하고|하는|한|하며|로|으로|의)?\s"
)
_GIVER_RE = re.compile(r"(?:^|\s)(?P<org>[가-힣A-Za-z·]{2,20}?)(?:으로부터|로부터)\s")
# `치매관리사업 유공 보건복지부장관 표창`: the merit a commendation is for names it.
_MERIT_RE = re.compile(r"(?<![0-9A-Za-z가-힣·])[0-9A-Za-z가-힣·]*유공(?=\s|으로\s)")
# `종합부문`, `공시제 부문`: a category someone won in, never the name of what gave it.
_CATEGORY_END_RE = re.compile(r"(?:부문|분야)$")
# `지방자치 콘텐츠 대상-여성 시니어 부문`: the award's name, then the category it was won in.
_TRAILING_CATEGORY_RE = re.compile(
    r"(?:\s?[-–]\s?|\s)(?:[가-힣A-Za-z0-9·]+\s){0,2}[가-힣A-Za-z0-9·]*(?:부문|분야)$"
)
_CATEGORY_RE = re.compile(r"(?<![가-힣])[가-힣A-Za-z0-9·]{0,12}\s?부문(?!별)")
# `X가 (도내 15개 시군을 대상으로) 실시한 ‘…’`, `X가 80여 일간 진행했던 ‘…’`: a subject whose
# clause ends on the award name, with no other subject or agent (`Y에서 주관하는`) between.
_AGENT_CLAUSE_RE = re.compile(
    r"(?:^|\s)(?P<org>[가-힣A-Za-z·]{2,20}?)(?:이|가)\s(?:\S*[^\s이가은는서]\s){0,9}?"
    r"\S*(?:한|하는|했던|하던|벌인|맡은|펼친|(?<=\s)연)\s"
)
# `ISO 37001 인증을 획득`, `가족친화 인증을 받았다`: a certification obtained.
_CERTIFICATE_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣·])[0-9A-Za-z가-힣·]*인증(?=(?:을|를)\s?(?:획득|취득|받았|받아))"
)
# Nouns of degree end in 도 like the particle (`종합청렴도`, `고객만족도`), 평가 in 가: they stay in
# a name.
_DEGREE_NOUNS = (
    *word_set("청렴도 만족도 신뢰도 인지도 기여도 달성도 성숙도 친화도 청결도 활성도 체감도"),
    *word_set("투명도 완성도 선호도 평가"),
)
# Verbs that relate a name to what it follows (`…에 따른 평가`), ending no name's words.
RELATING_VERBS = word_set("따른 걸친 맞춘 앞둔 연 열린 열리는")
# `제3회 내고향명품축제 시상식에서`: the ceremony's name is the award's.
_CEREMONY_NAME_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣·])(?P<last>[0-9A-Za-z가-힣·]{2,30})\s시상식(?=에서)"
)
_QUOTES_RE = re.compile(r"[‘’'“”\"]")
_QUOTED_WORD_RE = re.compile(r"[‘'“\"][^\s‘’'“”\"]{2,20}[’'”\"]")
# `△보건시책사업 평가에서`: a list mark glued to a word opens an item, the name begins after it.
_MARKED_WORD_RE = re.compile(r"[▲△○◦□■●◆◇▷▶]\S")
_OWNER_OF_RE = re.compile(r"(?:위원회|[부청처원])의$")
# `지방재정 조기집행 우수기관으로 뽑혀`: the words before a grade someone was selected for.
_NAMED_GRADE_RE = re.compile(
    r"(?<=\s)(?:최우수|우수|장려|선도|모범)\s?(?:기관|지자체|자치단체|시군|단체)"
    r"(?=(?:으로|로|에)\s?(?:\S+\s)?(?:선정|뽑|올라|올랐|이름)|\s(?:선정|수상|차지))"
)
# `유공을 인정받아 우수기관으로`, `선정되어 최종 …`: a verb that goes on ends a name's words.
_GOING_ON_RE = re.compile(r"(?:받아|되어|하여|해서|돼|되고|하고|하며|되며|받고)$")
_YEAR_WORD_RE = re.compile(r"(?:19|20)\d{2}(?:년도|년)?")
_PAREN_RE = re.compile(r"\([^()]*\)")
_GRADE_WORDS_RE = re.compile(
    r"(?:최우수|우수|장려|특별|종합|최고|으뜸|금|은|동|본|특)?대?상|최우수|우수|기관|등급|표창|및|과|와"
    r"|부문별|분야별|영예의|[\s,·'‘’\"“”]"
)
# `… 우수기관으로 각각 선정했다`, `… 최우수상 수상자로 뽑았다`: what an organizer did.
# Right after a receiving verb: it is done and the sentence goes on (`됐으며,`, `돼 `, `받아 `).
_DONE_RE = re.compile(rf"(?<=[{PAST}])(?:으며|고|으나|는데|지만)[,\s]|(?<=[돼어아해혀])[,\s]")
PROVINCE_RE = re.compile(r"(?:[경충전]상?[청라]?[남북]|경기|강원|제주)(?:특별자치)?도$")


def quoted_award_names(text: str) -> Iterator[tuple[str, int]]:
    """Every quoted name with an award word in it, or followed by the kind of event it is
    (`‘…’ 평가`, `‘…’ 인증`), or where a prize was won (`‘…전시회’에서 금상을 받았다`), and
    where it starts (its opening quote); a quoted programme
    someone was picked for (`‘스마트도시 챌린지’ 사업에 선정`) is no award, nor is what someone
    said (`"…"고 말했다`)."""
    for match in _QUOTED_NAME_RE.finditer(text):
        name = match.group("name").strip()
        if _PROGRAM_AFTER_RE.match(text, match.end()) or _SPEECH_AFTER_RE.match(text, match.end()):
            continue
        kind = _EVALUATION_AFTER_RE.match(text, match.end()) or _CERTIFIED_AFTER_RE.match(
            text, match.end()
        )
        if kind:
            yield f"{name} {kind.group(1)}", match.start()
        elif (_won_in(text, match.end()) and not grades_only(name)) or (
            _AWARD_NAME_RE.search(name := without_category(name))
            and not QUOTED_GRADE_RE.match(text, match.start())
            and not grades_only(name)
        ):
            yield name, match.start()


def _won_in(text: str, end: int) -> bool:
    """Whether a prize is received right after `text[:end]` closed a quoted name with 에서."""
    opening = _WON_IN_RE.match(text, end)
    if opening is None:
        return False
    at = opening.end()
    for _ in range(4):  # the prize, or up to three words before it
        prize = PRIZE_RE.match(text, at)
        if prize:
            return bool(_PRIZE_RECEIVED_RE.match(text, prize.end()))
        word = _WORD_RE.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


def _received_name(text: str) -> re.Match[str] | None:
    """`2024 대한민국 안전문화대상을 수상했다`, `… 교육브랜드대상 평생교육 부문을`: an award's
    name as the object received, unquoted; never a grade or a commendation (`최우수상을`)."""
    for match in _RECEIVED_NAME_RE.finditer(text):
        last = match.group().split()[-1]
        if not PRIZE_RE.fullmatch(last) and not grades_only(last):
            return match
    return None


def without_category(name: str) -> str:
    """`name` without a category written after it (`… 대상-여성 시니어 부문` → `… 대상`), when
    an award's name is left."""
    category = _TRAILING_CATEGORY_RE.search(name)
    if category is None or category.start() == 0:
        return name
    rest = name[: category.start()]
    return rest if _AWARD_NAME_RE.search(rest) and not grades_only(rest) else name


def grades_only(name: str) -> bool:
    """A name made of nothing but grades (`종합대상`, `종합 대상`, `최우수상 및 특별상`), or a
    category (`종합부문`, `공시제 부문`): no award's name."""
    if _CATEGORY_END_RE.search(name):
        return True
    return len(_GRADE_WORDS_RE.sub("", name.replace(" ", ""))) < 2


def award_name(text: str) -> tuple[str | None, int]:
    """The award's name and where it starts (its opening quote): a quoted name with an award
    word in it, `‘X’ 평가`, a phrase ending in 평가, 대상, 대회 ... before 에서 or 의, a
    certification someone obtained (`부패방지경영시스템 ISO 37001 인증을 획득`), or the words
    written right before a grade someone was selected for (`지방행정혁신 최우수기관으로`), or
    the name of the ceremony where it was handed (`… 명품축제 시상식에서`)."""
    # `‘행정안전부 장관상’`: a quoted prize is what was won, not the event that gave it.
    quoted = next((q for q in quoted_award_names(text) if not PRIZE_RE.fullmatch(q[0])), None)
    if quoted:
        return quoted
    match = (
        _NAMED_RE.search(text)
        or _CERTIFICATE_RE.search(text)
        or _MERIT_RE.search(text)
        or _received_name(text)
    )
    if match:
        start = name_start(text, match.start())
        name = _QUOTES_RE.sub("", text[start : match.end()])
        if len(name) > 3 and not grades_only(name):
            return name, start
    ceremony = None if match else _CEREMONY_NAME_RE.search(text)
    if (
        ceremony
        and is_plain_word(ceremony.group("last"))
        and ceremony.group("last") not in RELATING_VERBS
        and not ceremony.group("last").endswith(("부문", "분야"))  # a category's ceremony
    ):
        start = name_start(text, ceremony.start())
        name = _QUOTES_RE.sub("", text[start : ceremony.end("last")])
        if len(name.replace(" ", "")) >= 4 and not grades_only(name):
            return name, start
    graded = _NAMED_GRADE_RE.search(text)
    if graded:
        start = name_start(text, graded.start(), places=False)
        name = text[start : graded.start()].strip()
        if len(name.replace(" ", "")) >= 4 and not grades_only(name):
            return name, start
    return None, len(text)


def name_start(text: str, head: int, places: bool = True) -> int:
    """Where a name whose last word starts at `head` begins: back over plain words, a year
    opening it; without `places`, a place (the winner) ends the walk."""
    start = head
    while start > 0 and text[start - 1] == " ":
        previous = text.rfind(" ", 0, start - 1) + 1
        word = text[previous : start - 1]
        if _YEAR_WORD_RE.fullmatch(word):
            return previous  # `2018년 재난관리평가에서`: the year opens the name
        if _QUOTED_WORD_RE.fullmatch(word):
            return previous  # `‘어촌뉴딜300’ 사업 평가`: the quoted part opens the name
        if _MARKED_WORD_RE.match(word) and is_plain_word(word[1:]):
            return previous + 1  # `△식품·위생관리사업 종합평가`: the item opens the name
        plain = is_plain_word(word) or word.endswith(_DEGREE_NOUNS)
        if word == "및" and start - 1 > previous and _joins_names(text, previous):
            start = previous  # `노인일자리 및 사회활동지원사업 평가`: 및 inside the name
            continue
        if not plain or word in NOT_IN_NAMES or word in VAGUE:
            break
        if word.endswith(("부터", "까지", "에게서")) or (not places and _is_body(word)):
            break
        if word in RELATING_VERBS or _GOING_ON_RE.search(word):
            break  # `관리계획에 따른 1주기 운영평가`: what the evaluation follows is no name
        if _OWNER_OF_RE.search(word):
            break  # `국민권익위원회의 종합청렴도 평가`: whose evaluation, not its name
        start = previous
    return start


def _joins_names(text: str, joint: int) -> bool:
    """The 및 at `joint` joins two plain words of one name: the word before it is no place."""
    before = text[:joint].split()
    return bool(before) and is_plain_word(before[-1]) and not _is_body(before[-1])


def _is_body(word: str) -> bool:
    """A place or body word that names a winner, not an award (`서울 성동구`, `경북`)."""
    return bool(PROVINCE_RE.search(word) or re.search(r"(?:시|군|구|청|도)$", word))


def agents_before(text: str, name_at: int) -> dict[int, str]:
    """Subjects whose clause runs into the award's name (`행정안전부가 27일 발표한 ‘…’`): they
    held or judged it, so they are not its recipient. Keyed by where the word starts."""
    return {
        match.start("org"): match.group("org")
        for match in _AGENT_CLAUSE_RE.finditer(text, 0, name_at)
        if match.end() == name_at
    }


# Company and foundation marks written in brackets (`(주)`, `(재)`, `(사)`).
_COMPANY_MARKS = frozenset({"주", "재", "사"})
LEADING_MARK_RE = re.compile(rf"^\((?:{'|'.join(sorted(_COMPANY_MARKS))})\)")
"""A company mark in brackets opening a name (`(주)한빛`): the name is the plain word after it."""


@lru_cache(maxsize=256)
def without_brackets(text: str) -> tuple[str, Sequence[int]]:
    """`text` without parenthesised asides (`성동구(구청장 한지원)는` → `성동구는`), with a map of
    each kept character back to its index in `text`; a company mark is no aside but part of the
    name (`(주)한빛`, `(재)누리재단`). Every award reader asks for the same sentence, so the answer
    is kept for the next one."""
    if "(" not in text:
        return text, range(len(text))
    if "((" in text:
        return with_asides_read(text, lambda inside: None)  # `작품((주)뭉클)`: an aside
    return with_asides_read(text, _company_mark)


def _company_mark(inside: str) -> str | None:
    """A bracket holding a company mark kept as it is written (`(주)`); any other aside dropped."""
    return f"({inside})" if inside in _COMPANY_MARKS else None


def with_asides_read(text: str, read: Callable[[str], str | None]) -> tuple[str, Sequence[int]]:
    """`text` with each parenthesised aside replaced by what `read` makes of the words inside
    it (left out when it gives None; what it gives has as many characters as the aside, its
    brackets included), and the map of each character back to its index in `text`."""
    parts: list[str] = []
    kept: list[int] = []
    position = 0
    for match in _PAREN_RE.finditer(text):
        parts.append(text[position : match.start()])
        kept.extend(range(position, match.start()))
        replacement = read(text[match.start() + 1 : match.end() - 1])
        if replacement is not None:
            parts.append(replacement)
            kept.extend(range(match.start(), match.end()))
        position = match.end()
    parts.append(text[position:])
    kept.extend(range(position, len(text)))
    return "".join(parts), tuple(kept)


def with_inner_asides(text: str, name: str) -> str:
    """`name`, read in `text` without its brackets, as the page writes it when a bracket sits
    inside it glued to a word (`공약실천계획서(로드맵) 평가`, `매니페스토(지방선거 부분)
    약속대상`): part of the name, unlike an aside after a blank or after the name."""
    if "(" not in text or not name:
        return name
    bare, where = without_brackets(text)
    # The name may join a quoted part and its kind (`‘…’ 평가` → `… 평가`).
    found = re.search(r"[’'”\"]?\s".join(map(re.escape, name.split(" "))), bare)
    if found is None:
        return name
    written = text[where[found.start()] : where[found.end() - 1] + 1]
    if "(" not in written or re.search(r"\s\(", written):
        return name
    return _QUOTES_RE.sub("", written)


def is_planned(text: str) -> bool:
    """A call, plan or prospect (`선정할 예정이다`, `받으면 … 받게 된다`); not a plan told after
    an award that is done (`선정됐으며, 시상식은 다음 달 열릴 예정이다`, `우수상을 받아 …
    지원받을 계획이다`)."""
    plan = _PLAN_RE.search(text)
    if not plan:
        return False
    verb = VERB_RE.search(text)
    return not (verb and verb.end() <= plan.start() and _DONE_RE.match(text, verb.end()))


def organizer_of(text: str, agents: dict[int, str]) -> str | None:
    """Who runs the award: `X 주관/주최`, else a body whose clause runs into the name, else
    `X로부터` (from whom it was received)."""
    for match in _ORGANIZER_RE.finditer(text):
        org = match.group("first") or match.group("org")
        # `충청남도 주관`: a province ends in 도, which is no particle there.
        return org if PROVINCE_RE.search(org) else strip_particle(org)
    if agents:
        return next(iter(agents.values()))
    giver = _GIVER_RE.search(text)
    return giver.group("org") if giver else None


def category_between(text: str, start: int, end: int) -> str | None:
    """The last `… 부문` between `start` and `end`, with up to two words before 부문."""
    found = None
    for match in _CATEGORY_RE.finditer(text, start, end):
        found = text[max(start, phrase_start(text, match.start(), 2)) : match.end()]
    return found
