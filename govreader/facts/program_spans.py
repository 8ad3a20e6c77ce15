"""Where a program name starts and ends, and which names are too vague to be one.

Every rule that finds a candidate passes it through `clean_span`, so a lead word, a trailing
등 or 운영, a budget figure or a kind of work named by field (`청년 사업`) is dropped the same way
whichever rule found it.
"""

from __future__ import annotations

import re

from govreader.facts.phrases import VAGUE, is_plain_word, word_set
from govreader.facts.program_places import is_place

MARKS = "▲△○■◆□●◇①-⑳"
"""The marks that open a list item, as the inside of a character class."""

SUFFIX = (
    r"사업|프로그램|과정|교육|센터|카페|제도|지원|정책|지원책|캠페인|박람회|프로젝트|아카데미|서비스|"
    r"축제|교실|바우처|수당|훈련|컨설팅|멘토링|조성|구축|운영|강화|확대|양성|행사|스쿨|사업단|"
    r"건립|정비|확충|설치|개선|보급"
)

ITEM_END_RE = re.compile(rf"(?:{SUFFIX})$")

# Endings that plainly make a list item a program (`▲청년 월세 지원`).
STRONG_ENDS = (
    "사업|프로그램|과정|교육|센터|카페|제도|지원|정책|캠페인|박람회|프로젝트|아카데미|축제|교실|"
    "바우처|수당|지원금|장려금"
)
STRONG_END_RE = re.compile(rf"(?:{STRONG_ENDS})$")

# Letters, digits and the middle dots that join the parts of one name (`고용ㆍ복지종합센터`).
_WORD_CHAR_RE = re.compile(r"[0-9A-Za-z가-힣·‧ㆍ∙]")

VAGUE_HEADS = word_set(
    "사업 주요사업 핵심사업 주력사업 협력사업 지원사업 시범사업 공모사업 국비사업 "
    "신규사업 역점사업 중점사업 관련사업 본사업 전체사업 세부사업 단위사업 프로그램 "
    "캠페인 프로젝트 박람회 아카데미 지원정책 정책 제도 과정 교육과정 주요정책 "
    "우수사업 대표사업 후속사업 연계사업 해당사업 교육 "
    "서비스 지원센터 일자리사업"
)

# Names are quoted with ‘ ’, ' ', 「 」, 『 』, < >, 《 》 or 〈 〉; a mark's own pair closes it.
QUOTED_RE = re.compile(
    r"(?P<open>[‘'「『<《〈])(?P<name>[^‘’'「」『』<>《》〈〉\n]{2,40})(?P<close>[’'」』>》〉])"
)

_NOT_PROGRAM_RE = re.compile(
    r"(?:(?<![밥책평])상|대상|평가|회의|간담회|토론회|설명회|회견|브리핑|[념대막범약상]식|총회|어워드|어워즈|심사|지침|법|조례|규정|규칙|기준|협회|위원회|재단|공단|"
    # a public corporation (`한국도로공사`), not construction work (`재해복구공사`)
    r"(?<!복구|정비|설치|보수|포장|개선|확장|식재|건설|준설|개량|보강)공사|"
    r"대학교|연구원|진흥원|[시군구도]청|[가-힣]{2,}(?<![지우])[부처청]|(?:조례|규칙|법|개정)안|경진대회)$|인증(?![제비])|[:：]|^\d{4}년\s?\S*(?:평가|대상)"
    # `‘2026-2027 문화관광축제’`: a designation for a span of years, given by a ministry
    r"|^\d{4}\s?[-~–]\s?\d{2,4}년?\s"
    # an observance week: `‘경남 탄소중립 주간’`, `‘청소년 진로 주간’`
    r"|\s주간$"
    # a contest, a meeting that reports, an award's category, a commendation: `‘정책연구
    # 발표대회’`, `‘… 발굴 보고회’`, `‘우수사업 부문’`, `- 대통령 표창 : …`
    r"|(?:대회|보고회|공청회|발표회|\s부문|\s분야|표창|훈장|포상)$"
    # a medium people post in: `소셜네트워크서비스(SNS)`
    r"|(?:소셜네트워크|사회관계망)\s?서비스"
)
# `체류형 관광도시 조성`, `아이 키우기 좋은 환경 조성`, `상생 기반 구축`: an aim for the place,
# not a project (`보조경기장 조성`, `공원 조성`).
_AIM_RE = re.compile(
    r"(?:(?<!신)도시|사회|환경|분위기|여건|생태계|기반|체계|풍토)\s(?:조성|구축|확립|마련|실현)$"
)

_ORG_RE = re.compile(r"(?:행정복지센터|보건소|복지관|주민센터|센터장|지원센터장)$")

# `치매관리사업 평가에서`: the program is named only as what an evaluation or prize is about.
EVALUATED_RE = re.compile(
    r"\s?(?:(?:평가|심사|경진대회|공모전|시상|유공)(?![가-힣])"
    # `우수사업 부문에서는`: the category of an award
    r"|부문(?:에서는|에서|으로는|으로|에는|에|은|는|의|과|와)?(?![가-힣]))"
)

# `A 운영, B 조성 등 청년 정착 정책`: a list and its category, not one name.
_LIST_INSIDE_RE = re.compile(r",\s.*\s등\s")

# A name starts after a list marker, after words that open a clause (`이 가운데`, `아울러`,
# `다만`), after anyone at all (`누구나 프로그램에`) and after a verb's one-syllable form.
_LEAD_RE = re.compile(
    r"(?:\s|[-·•]\s"
    r"|(?:이|그|가운데|중|만큼|아울러|또한|또|특히|한편|이에|처음|지난|다만|누구나|누구든|각각)\s"
    # a one-syllable verb form before the name: `문을 연 광양시 주거복지센터`
    r"|(?:연|한|된|온|낸|준|둔|쓴|본|할|될|올|줄|든|선|난|진|친|찬|편)\s(?=\S))*"
)

# Words that end a clause inside a walked-back phrase: `감사인 만큼 구청장 공약 사업`, `운영
# 중인 …`; who
# organises it (`행정안전부 주최 …`); a choice of things before the last one (`자조모임이나 …`).
_CLAUSE_WORD_RE = re.compile(
    r"(?<!\S)(?:(?:가운데|만큼|지난|처음|중|중인|초|말|중순|주최|주관)|[가-힣]+이나)\s"
)

# A figure with money or a share is a budget line (`▲환경 846억 원`), and one ending in a
# count (`전문 상담 10회`) says how much of something, not a name.
_FIGURE_RE = re.compile(
    r"\d[\d,.]*\s?(?:[십백천만억조]\s?)*원|\d%|\d\s?(?:회|번|명|건|시간|개월|주)$"
    # how many are handed out or put up: `키오스크 3,000대 보급`, `충전기 1,050기 설치`
    # (not `출산·양육 7대 지원`, seven kinds of support)
    r"|(?:\d[\d,]*\d|\d\s?만)\s?(?:대|기|곳|개소|개|종|가구)\s(?:보급|지원|설치|조성|구축|배치|적용)"
)

_GENERIC_HEAD_RE = re.compile(
    r"(?:사업|정책|시책|지원|프로그램|조성|구축|설치|건립|확충|보강|유치|정비)$"
)

_DOT_RE = re.compile(r"[·‧]")

# `일자리·돌봄 분야 복지사업`, `예산 확보 대상 사업`: the field or the selection it belongs to.
_AREA_WORDS = word_set("분야 부문 영역 대상")

# An act alone, written apart (`단계적 조성사업`), says what is done, not to what; in a compound
# it has its object (`지역환경개선사업`).
_BARE_ACTS = word_set("조성 구축 설치 건립 정비 개선")

# A ministry, agency or office that funds a kind of work: `행정안전부`, `산림청`, `국가보훈처`.
_FUNDER_RE = re.compile(r"[가-힣]{2,8}(?<![지우])(?:부|처|청)")

# Who it is for: `청년 사업` is a kind of work, `▲소상공인 지원정책` in a list names one.
_AUDIENCE_PARTS = word_set(
    "청년 노인 여성 아동 청소년 장애인 신중년 중장년 교통약자 저소득층 취약계층 소상공인 "
    "농업인 어업인 가족 가정 다문화 근로자 구직자 학생"
)
_GENERIC_PARTS = _AUDIENCE_PARTS | word_set(
    "일자리 돌봄 안전 복지 고용 안전망 건강 생활밀착 소규모 대규모 상반기 하반기 후속 지원 보조 "
    # a stage: `단기 프로그램`, `장기 과정`
    "단기 중기 장기 초급 중급 고급 "
    "국 국비 국고 시비 도비 구비 군비 민생 대응 공약 구청장 시장 군수 도지사 "
    "겨울철 여름철 어르신 직접 "
    # who funds it and at what stage: `중앙부처 공모사업`, `시범 사업`, `주요 선정 사업`
    "중앙 중앙부처 부처 시범 선정 "
    "경제 환경 문화 관광 교육 보건 의료 주거 민선 현안 지역 생활 계속 "
    "단위 재정 자체 연계 협력 공동 주민 일반 기타 주요 핵심 역점 중점 신규 관련 각종 다양한 추진 "
    "예산 행정 정부 국가 금융 기술 인력 자금 재원 추가 별도 집중 전폭 적극 필요 맞춤 "
    # which or how many: `새 사업`, `두 사업`, `이번 사업`
    "새 두 세 네 이 그 이번 해당 각 모든 여러 다른 같은 첫 양 "
    # where, and how it came: `섬 주민 지원 사업`, `주민 제안 사업`
    "섬 농촌 어촌 산촌 도시 마을 읍면동 "
    "공모 제안 특화 회계 체육 농업 산업 사회 민간 "
    # what a budget line pays for: `운영비 지원`, `시설 보강`
    "시설 장비 운영 운영비 인건비 사업비 시설비 경상비 보조금 기업 투자 교통 "
    "맞춤형 체계적 종합 종합적 실질적 전방위 촘촘한 무료 유료 평생 대상 "
    # a level of government: `시·군 공모사업`, `시군구 사업`, `지자체 일자리사업`
    "시 군 구 시군 시군구 지자체 자치단체 지방자치단체"
)

# A manner or a breakdown: `단계적 조성사업`, `부문별 사업`, `생애주기별 맞춤형 프로그램`.
_MANNER_RE = re.compile(r"[가-힣]{2,}(?:적|별)")

# A kind of work named by its form alone, a verb noun and 형: `체류형 프로그램`, `참여형 사업`.
_FORM_RE = re.compile(r"[가-힣]{2}형")

# `감축 사업 발굴을 돕는다`: work still to be found has no name yet.
_TO_BE_FOUND_RE = re.compile(r"\s?(?:을|를)?\s?발굴")

# `관악 일자리 박람회 개최`, `시민감사관 제도 확대`: what is done to a named program.
_ACT_AFTER_RE = re.compile(r"\s(?:개최|확대|추진|실시|시행|도입|신설|강화|개설)$")

_TRAILING_RE = re.compile(r"(?:\s?등|\s운영|\s?[.,;:])+$")

# Words no name starts with, that the phrase walked back over: a time or span (`8월부터 사업`,
# `10월까지 우체국 공익사업`, `이날 캠페인`, `최근 3년간`), a pointing word (`이들 프로그램`),
# a verb's linking form (`반영돼 사업`, `절차를 거쳐 조성사업`, `주체가 되어`, `갖게끔`,
# `참고하거나`), an adjective (`다채로운 프로그램`, `생산적인 사업`) and `그 외`, `일부`: the
# name, if any, is what follows them.
_FRAGMENT_WORD_RE = re.compile(
    r"(?:이날|당일|그날|동안|최근|향후|다음|오는|이달|내달|이들|이러한|그러한|외|일부|\d+(?:년|개월|주|일)간|\S*(?:부터|까지|게끔|거나|든지|면서|지만|는데|돼|쳐|되어|하여|해서"
    r"|어서|아서|로운|러운|스런|다운|적인"
    # a verb's linking form before what it makes or gathers: `센터를 만들어 원스톱 서비스`
    r"|만들어|들어|맞춰|갖춰|늘려|살려|높여|모아|찾아|열어|이어|거쳐|맞아|더해|넘어))\s"
)

# Words a name starts after wherever they stand: what the name is said to be (`국정의 최우선
# 과제인 일자리창출사업`, `대표 축제인 …`), an adverb after the sentence's subject (`용산구 역시
# 옴부즈만 설치`), where it is (`사업 구역 내 집수리 지원 사업`) and what the rest is according to
# (`공모 지침상 민간투자 사업`).
_NAME_AFTER_RE = re.compile(
    r"(?<!\S)(?:\S*(?:과제|목표|일환|핵심|사업|정책|제도|행사|축제|시설|기관|프로그램|중점|역점)인"
    r"|역시|또한|아울러|특히|내|\S*(?:지침|규정|법령|구조|형식|회계)상)\s"
)

# `필요성과 사업 연속성`: a bare program word joined to the noun before it is no name.
_JOINED_BARE_RE = re.compile(r"(?:과|와|및)\s\S+$")


def clean_span(text: str, start: int, end: int, marked: bool = False) -> tuple[int, int] | None:
    """`text[start:end]` without surrounding blanks, a trailing 등 / 운영 or punctuation, and
    without what is done to a program plainly named (`박람회 개최`). An item of a ▲ list
    (`marked`) that says who it is for is named by the list, so it is no mere kind of work
    (`▲소상공인 지원정책`)."""
    for clause in _CLAUSE_WORD_RE.finditer(text, start, end):
        start = clause.end()
    lead = _LEAD_RE.match(text, start, end)
    if lead:
        start = lead.end()
    for word in _NAME_AFTER_RE.finditer(text, start, end):
        start = word.end()
    while fragment := _FRAGMENT_WORD_RE.match(text, start, end):
        start = fragment.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    trail = _TRAILING_RE.search(text, start, end)
    if trail:
        end = trail.start()
    act = _ACT_AFTER_RE.search(text, start, end)
    if act and STRONG_END_RE.search(text, start, act.start()):
        end = act.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    name = text[start:end]
    if len(name) < 3 or len(name) > 60 or name in VAGUE or name in VAGUE_HEADS:
        return None
    if _NOT_PROGRAM_RE.search(name) or _ORG_RE.search(name) or _LIST_INSIDE_RE.search(name):
        return None
    for_whom = marked and any(word in _AUDIENCE_PARTS for word in name.split()[:-1])
    category = not for_whom and _is_category(name)
    if _FIGURE_RE.search(name) or category or "…" in name or "..." in name:
        return None
    if _AIM_RE.search(name) or _TO_BE_FOUND_RE.match(text, end):
        return None
    joined = _JOINED_BARE_RE.search(name)
    if joined and name[joined.start() + 2 :].strip() in VAGUE_HEADS:
        return None
    return start, end


# `디지털 전환에 대비하는 소상공인 지원정책`, `지역산업의 고도화를 위한 스마트도시 조성사업`,
# `실종예방을 위한 지문인식 서비스`: a clause whose verb takes a complement describes the name
# after it; a verb alone is part of a name (`찾아가는 배달강좌`).
_DESCRIBING_CLAUSE_RE = re.compile(
    r"(?<!\S)\S+(?:을|를|에|에게|으로|로|와|과)\s(?:\S+\s)?"
    r"\S*(?:하는|되는|있는|위한|대한|인한|통한|따른|맞춘|갖춘|[가-힣](?:는|한|된))\s(?=\S)"
)


def describing_clause_end(text: str, start: int, end: int) -> int:
    """Where the name in `text[start:end]` starts after a clause that describes it."""
    for clause in _DESCRIBING_CLAUSE_RE.finditer(text, start, end):
        start = clause.end()
    return start


def _is_category(name: str) -> bool:
    """`돌봄·안전·일자리 사업`, `하반기 사업`, `일자리·돌봄 분야 복지사업`: a kind of work named
    by its field, time or funding, not one program."""
    words = name.split()
    if len(words) == 2 and _FORM_RE.fullmatch(words[0]) and words[1] in VAGUE_HEADS:
        return True  # `체류형 프로그램`, not `섬 체류형 관광 프로그램`
    if len(words) >= 3 and words[-1] == "지원사업":
        return False  # a formal title: `노인 일자리 지원사업`, `장애인 일자리 지원사업`
    head = _GENERIC_HEAD_RE.search(words[-1])
    if not head:
        return False
    prefix = words[-1][: head.start()]
    modifiers = [word for word in [*words[:-1], prefix] if word != "및"]
    parts = [part for word in modifiers for part in _DOT_RE.split(word) if part]
    if len(words) >= 2 and words[-2] in _AREA_WORDS and (not prefix or _generic(prefix)):
        return True  # `일자리·돌봄 분야 복지사업`, not `계절근로자 어업 분야 도입 지원`
    return all(_generic(part) or part in _AREA_WORDS or part in _BARE_ACTS for part in parts)


def _generic(part: str) -> bool:
    """`part` is made of generic words only, written apart or in one compound (`지역복지`);
    a place or a funder says whose work it is (`충청북도 공모사업`), not which."""
    if not part or is_place(part) or _FUNDER_RE.fullmatch(part) or _MANNER_RE.fullmatch(part):
        return True
    return any(
        part[:cut] in _GENERIC_PARTS and _generic(part[cut:]) for cut in range(len(part), 0, -1)
    )


def word_start(text: str, end: int) -> int:
    """Where the word (letters, digits, ·) ending at `end` starts, looking back 40 at most."""
    start = end
    while start > 0 and end - start < 40 and _WORD_CHAR_RE.match(text[start - 1]):
        start -= 1
    return start


# A body as a sentence's subject or topic (`구가`, `센터가`, `올해도`), never part of a name.
_BODY_STEM_RE = re.compile(r"(?:[시군구도청부처원관]|센터|기관|단체|올해|이번|지난해|내년)$")


def _has_final(syllable: str) -> bool | None:
    """Whether a Hangul syllable ends in a consonant (None for anything else)."""
    code = ord(syllable) - 0xAC00
    return code % 28 != 0 if 0 <= code < 11172 else None


def name_word(word: str) -> bool:
    """A word that can sit inside a program's name. Besides plain words, nouns whose last
    syllable looks like a particle that could not stand there: 이 after a vowel (`릴레이`), 가
    after a consonant (`호숫가`), 로 after a consonant but ㄹ (`하수관로`, `산책로`; 으로 would
    be the particle), 록 not after 도 (`등록`, not `하도록`) and 도 after one syllable (`철도`)."""
    if is_plain_word(word):
        return True
    stem, last = word[:-1], word[-1:]
    if not stem or not is_plain_word(stem):
        return False
    final = _has_final(stem[-1])
    if last in "이가도" and _BODY_STEM_RE.search(stem):
        return False
    return (
        (last == "이" and final is False)
        or (last == "가" and final is True)
        or (last == "로" and final is True and (ord(stem[-1]) - 0xAC00) % 28 != 8)
        or (last == "록" and not stem.endswith("도"))
        or (last == "도" and len(stem) == 1)
    )


def name_start(text: str, head_start: int, max_words: int = 6) -> int:
    """Where the name whose head word starts at `head_start` begins: walked back over name
    words (`name_word`), up to a vague word (각종, 다양한, 이번 ...)."""
    start = head_start
    words = 0
    while words < max_words and start > 0 and text[start - 1] == " ":
        previous = text.rfind(" ", 0, start - 1) + 1
        word = text[previous : start - 1]
        if not name_word(word) or word in VAGUE:
            break
        start = previous
        words += 1
    return start
