"""Where a program name starts and ends, and which names are too vague to be one.

Every rule that finds a candidate passes it through `clean_span`, so a lead word, a trailing
등 or 운영, a budget figure or a kind of work named by field (`청년 사업`) is dropped the same way
whichever rule found it.
"""

from __future__ import annotations

import re

from govreader.facts.phrases import FINAL_L, VAGUE, final_of, has_final, is_plain_word
from govreader.facts.program_kinds import AUDIENCE_PARTS, VAGUE_HEADS, is_category, is_field_word
from govreader.facts.program_places import is_place

BULLETS = "▲△○■◆□●◇▷▴"
"""The symbols that mark a list item (numbers aside), as the inside of a character class."""
MARKS = BULLETS + "①-⑳"
"""The marks that open a list item, as the inside of a character class."""

SUFFIX = (
    r"사업|프로그램|과정|교육|센터|카페|제도|지원|정책|지원책|캠페인|박람회|프로젝트|아카데미|서비스|"
    r"축제|교실|바우처|수당|훈련|컨설팅|멘토링|조성|구축|운영|강화|확대|양성|행사|스쿨|사업단|"
    r"건립|정비|확충|설치|개선|보급|클리닉"
)

ITEM_END_RE = re.compile(rf"(?:{SUFFIX})$")

YOUTH_HOUSE = r"청소년\s?문화의\s?집"
"""A youth house a district runs (`청소년 문화의 집`), spaced or not: a head word of its own and a
quoted name's end, so the heads and the quoted names read it alike."""

# Endings that plainly make a list item a program (`▲청년 월세 지원`).
STRONG_ENDS = (
    "사업|프로그램|과정|교육|센터|카페|제도|지원|정책|캠페인|박람회|프로젝트|아카데미|축제|교실|"
    "바우처|수당|지원금|장려금|클리닉"
)
STRONG_END_RE = re.compile(rf"(?:{STRONG_ENDS})$")

# Letters, digits and the middle dots that join the parts of one name (`고용ㆍ복지종합센터`).
_WORD_CHAR_RE = re.compile(r"[0-9A-Za-z가-힣·‧ㆍ∙]")


# Names are quoted with ‘ ’, ' ', 「 」, 『 』, < >, 《 》 or 〈 〉 (a mark's own pair closes
# it). Single quotes are typed with any of ‘ ’ ' ` ´ in either place (`’A‘`, `‘A‘`, `‘A'`): a ’
# opens after a space or a list mark, and a ‘ closes right after the name's last letter.
QUOTED_RE = re.compile(
    r"(?P<open>[‘'`「『<《〈]|(?<![^\s(▲△■○·-])’)(?P<name>[^‘’'`´「」『』<>《》〈〉\n]{2,40})"
    r"(?P<close>[’'`´」』>》〉]|(?<!\s)‘)"
)
SINGLE_QUOTES = "‘’'`´"
"""The marks of a single quote, any of which may stand for another."""

_NOT_PROGRAM_RE = re.compile(
    r"(?:(?<![밥책평])상|대상|평가|회의|간담회|토론회|설명회|회견|브리핑|[념대막범약상]식|(?:수여|선포|수료|준공|착공|발족)식|총회|어워드|어워즈|심사|지침|법|조례|규정|규칙|기준|협회|위원회|재단|공단|"
    # a public corporation (`한국도로공사`), not construction work (`재해복구공사`)
    r"(?<!복구|정비|설치|보수|포장|개선|확장|식재|건설|준설|개량|보강)공사|"
    r"대학교|연구원|진흥원|[시군구도]청|[가-힣]{2,}(?<![지우])[부처청]|(?:조례|규칙|법|개정)안|경진대회)$|인증(?![제비])|[:：]|^\d{4}년\s?\S*(?:평가|대상)"
    # `‘2026-2027 문화관광축제’`: a designation for a span of years, given by a ministry
    r"|^\d{4}\s?[-~–]\s?\d{2,4}년?\s"
    # an observance week: `‘경남 탄소중립 주간’`, `‘청소년 진로 주간’`
    r"|\s주간$"
    # an observance day kept by its year or its count: `제30회 구민의 날`, `2021 도시의 날 행사`
    r"|^(?:\d{4}년?\s|제\s?\d+회\s).*의\s날(?:\s?(?:행사|기념식))?$"
    # a contest, a meeting that reports, an award's category, a commendation: `‘정책연구
    # 발표대회’`, `‘제1회 SNS 콘텐츠 공모전’`, `‘… 발굴 보고회’`, `‘우수사업 부문’`, `- 대통령
    # 표창 : …`
    r"|(?:대회|공모전|보고회|공청회|발표회|\s부문|\s분야|표창|훈장|포상)$"
    # a medium people post in: `소셜네트워크서비스(SNS)`
    r"|(?:소셜네트워크|사회관계망)\s?서비스"
    # a survey a body carries out (`‘2016 경제총조사’`, `1인가구 실태조사`) and a task force of
    # officials (`‘지원 전담 특별반’`, `일자리 대책반`): work of the office, not a program
    r"|(?:총조사|실태조사|센서스|(?:특별|전담|대책|상황|비상)(?:반|팀|본부))$"
    # an office or its staff (`‘전통시장 전담부서’를 운영`, `센터 업무 전담 직원`): who does the
    # work, not the work
    r"|(?:부서|직원|담당자)$"
)
# `체류형 관광도시 조성`, `아이 키우기 좋은 환경 조성`, `상생 기반 구축`: an aim for the place,
# not a project (`보조경기장 조성`, `공원 조성`).
_AIM_RE = re.compile(
    r"(?:(?<!신)도시|사회|환경|분위기|여건|생태계|기반|체계|풍토)\s(?:조성|구축|확립|마련|실현)$"
    # working together built or made stronger: `읍·면 협업 강화`, `협력 네트워크 구축`,
    # `민관 거버넌스 체계 강화`: how bodies work, not a program they run
    r"|(?:협력|협업|거버넌스|네트워크|협력망)(?:\s?체계)?\s(?:구축|강화|활성화|확대|마련)$"
)

# `지역 경제에 기여할 수 있는 축제`, `지속 추진 가능한 축제`: what a theme or an aim asks of the
# work, which a name never says.
_ABLE_RE = re.compile(r"(?:수\s?있는|가능한)\s")

# Offices and bodies, not what they run: `장안동 은천노인상담소`, `대한노인회 서울시연합회`,
# `고용지원센터` (the state's job office).
_ORG_RE = re.compile(
    r"(?:행정복지센터|보건소|복지관|주민센터|센터장|지원센터장|고용(?:지원|복지)?센터"
    r"|연합회|노인회|부녀회|어머니회|복지회|협의회|청년회|상인회|번영회|연맹|상담소|연구소|복지원)$"
)

# `치매관리사업 평가에서`: the program is named only as what an evaluation or prize is about.
EVALUATED_RE = re.compile(
    r"\s?(?:(?:평가|심사|경진대회|공모전|시상|유공)(?![가-힣])"
    # `청년일자리사업 경진대회에서`: a contest named after the work
    r"|(?:경진대회|공모전)(?:에서|에|의|을|를|은|는|이|가)(?![가-힣])"
    # `우수사업 부문에서는`: the category of an award
    r"|부문(?:에서는|에서|으로는|으로|에는|에|은|는|의|과|와)?(?![가-힣]))"
)

# `A 운영, B 조성 등 청년 정착 정책`: a list and its category, not one name.
_LIST_INSIDE_RE = re.compile(r",\s.*\s등\s")

# `비만 예방·신체활동·영양·금연 등 13개 사업`: three dots or more join a list of fields, where
# a name joins two or three places or fields (`농업·생태·전통문화 융합형 …`).
_LIST_DOTS = "·∙ㆍ‧"
_MAX_NAME_DOTS = 2

# A figure with money or a share is a budget line (`▲환경 846억 원`), and one ending in a
# count (`전문 상담 10회`) says how much of something, not a name.
_FIGURE_RE = re.compile(
    r"\d[\d,.]*\s?(?:[십백천만억조]\s?)*원|\d%|\d\s?(?:회|번|명|건|시간|개월|주)$"
    # how many are handed out or put up: `키오스크 3,000대 보급`, `충전기 1,050기 설치`
    # (not `출산·양육 7대 지원`, seven kinds of support)
    r"|(?:\d[\d,]*\d|\d\s?만)\s?(?:대|기|곳|개소|개|종|가구)\s(?:보급|지원|설치|조성|구축|배치|적용)"
    # a count of projects (`기술지원과 19개사업`, `12개 사업`)
    r"|\d\s?개\s?(?:사업|과제|프로그램)"
)

# `감축 사업 발굴을 돕는다`: work still to be found has no name yet.
_TO_BE_FOUND_RE = re.compile(r"\s?(?:을|를)?\s?발굴")

# `‘세계 환경의 날’을 맞아`, `“지구의 날”을 기념해`, `‘장애인의 날’ 제정 50주년`, `‘장애인의
# 날’로 … 지정된 법정 기념일`: a day the body marks, not a program it runs (`구인구직 만남의 날을
# 운영` is one). The sentence's rest is read at most 80 letters on, so in linear time.
_MARKED_DAY_RE = re.compile(
    r"[’'”\"」』>》〉]?\s?(?:(?:을|를|은|는|이|가)?\s?(?:맞아|맞이|기념|계기로|제정|지정)"
    r"|(?:로|으로|은|는)\s[^.]{0,80}?(?:지정|제정|기념일))"
)

# `관악 일자리 박람회 개최`, `시민감사관 제도 확대`: what is done to a named program.
_ACT_AFTER_RE = re.compile(r"\s(?:개최|확대|추진|실시|시행|도입|신설|강화|개설)$")

# `증명사진 촬영`, `일산화탄소 측정`: what people do on the day of an event, listed with what it
# offers, is no program a body runs (one word, `진로체험`, may be one); so are the checks of a
# list of two or more (`기초체력검사, 혈압측정, 체성분 검사 등을 실시`), where one test among
# services may be a program (`치매조기검사, 치료비 지원 … 등의 사업`). A `… 체험` is one of them
# only in a list of what an event offers (`떡 만들기 체험, … 등 다채로운 프로그램`, `A 체험, B
# 체험 등 … 특색 있는 내용으로 꾸며졌다`); a list of what is run (`별자리 체험(과학관) … 등을
# 운영한다`) names programs.
_ON_THE_SPOT_RE = re.compile(r"\s(?:측정|진단|촬영)$")
_CHECKS = "측정|검사|진단|촬영"  # a check's word, spaced or not (`혈압측정`, `체성분 검사`)
_CHECK_RE = re.compile(rf"(?:{_CHECKS})$")
_CHECKS_IN_RE = re.compile(rf"(?:{_CHECKS})(?:,|\s?및\s|\s등)")
_TRIED_RE = re.compile(r"체험$")
_VARIED_RE = re.compile(
    r"\s등\s(?:[^.]{0,40}?\s)?(?:다양한|다채로운|풍성한|색다른|이색적인|특색\s?있는)\s(?:\S+\s)?"
    r"(?:프로그램|내용|볼거리|체험거리|즐길거리)"
)


def done_on_the_spot(sentence: str, name: str) -> bool:
    """Whether an item listed in `sentence` names an act done on the spot at an event."""
    if _ON_THE_SPOT_RE.search(name):
        return True
    if _CHECK_RE.search(name) and len(_CHECKS_IN_RE.findall(sentence)) >= 2:
        return True
    return bool(_TRIED_RE.search(name) and _VARIED_RE.search(sentence))


_TRAILING_RE = re.compile(r"(?:\s?등|\s운영|\s?[.,;:])+$")

# Where a name starts. A name is a noun phrase; the phrase a rule walked back over may open with
# words that belong to the clause before it, and a name starts after them.
#
# At its start (as often as they come): a list mark or a blank; a word that opens a clause or a
# sentence (`이번`, `아울러`, `다만`, `우선`, `물론`, `그밖에`, `및`), the counter of a round (`2년
# 차 사업비`) or anyone at all (`누구나 프로그램에`); a verb's or an adjective's one-syllable form
# (`문을 연 광양시 주거복지센터`, `효과가 큰 …`); a time or span (`8월부터 사업`, `이날 캠페인`,
# `최근 3년간`, `2학기`); a pointing word (`이들 프로그램`, `그 외`, `일부`); a verb's linking form
# (`반영돼 사업`, `절차를 거쳐 조성사업`, `주체가 되어`, `늘리려`, `센터를 만들어 원스톱 서비스`);
# an adjective (`다채로운 프로그램`, `생산적인 사업`). A word that ends the clause before (`등록한
# 후 사업`, `팀을 이뤄 …`, `평가에선 …`) is `_CLAUSE_WORD_RE`'s, the one list the walk back
# (`name_word`) reads too.
_OPENING_RE = re.compile(
    r"\s|[-·•]\s"
    r"|(?:이|그|이번|가운데|중|만큼|아울러|또한|또|특히|한편|이에|처음|지난|다만|누구나|누구든|각각|우선"
    r"|먼저|끝으로|물론|더불어|나아가|이밖에|그밖에|이외에도"
    # a word that joins what came before (`및 농정시책`) and how often (`5차례 교육과정`)
    r"|및|또는|\d+\s?차례"
    # the counter of a round after its number (`2년 차 사업`), not tea (`차 농가`)
    r"|(?<=\d[년회주]\s)차"
    # adverbs of time, degree and condition: `현재 …`, `이미 …`, `신청 즉시 …`, `최대 3년간 …`
    r"|현재|이미|즉시|그동안|최대|최소|연말|연초|만약|만일|당시|이후|결과|기준|달)\s"
    # a time word with its particle (`올해도 …`), a stage under way (`추진중인 …`, `상반기중 …`)
    r"|(?:올해|내년|지난해|이번|향후|앞으로)(?:도|는|에는|에도|부터|엔)\s"
    r"|(?:추진|진행|운영|시행|검토|계획|상반기|하반기|연)중(?:인)?\s"
    # a count's bound (`6개월 이상 사업`) and a body as the topic (`서울시는 …`)
    r"|\d\S*\s(?:이상|이하|미만|초과|이내)\s"
    r"|\S*(?:[시군구도청]|센터|기관)(?:은|는)\s"
    r"|(?:연|한|된|온|낸|준|둔|쓴|본|할|될|올|줄|든|선|난|진|친|찬|편|큰)\s(?=\S)"
    r"|(?:이날|당일|그날|동안|최근|향후|다음|오는|이달|내달|지난달|지난주|지난해|작년|올해|금년"
    r"|내년|전날|이들|이러한|그러한|외|일부"
    r"|\d+(?:년|개월|주|일)간|\d+(?:학기|분기)"
    r"|\S*(?:부터|까지|게끔|거나|든지|면서|지만|는데|돼|쳐|되어|하여|해서|어서|아서|[리하되이히]려"
    r"|고자|으로써|로써|도록"
    r"|로운|러운|스런|다운|적인"
    r"|만들어|들어|맞춰|갖춰|늘려|살려|높여|모아|찾아|열어|이어|거쳐|맞아|더해|넘어"
    # a topic in a contracted particle after 대하다: `구직자에 대해선 박람회`
    r"|해선))\s"
)

# Anywhere in the phrase (a name starts after the last of them): a word that ends a clause
# (`감사인 만큼 구청장 공약 사업`, `운영 중인 …`, `행정안전부 주최 …`), a choice before the last
# thing (`자조모임이나 …`); what the name is said to be (`국정의 최우선 과제인 일자리창출사업`);
# an adverb after the sentence's subject (`용산구 역시 옴부즈만 설치`); where it is (`사업 구역
# 내 집수리 지원 사업`); what it is according to (`공모 지침상 민간투자 사업`); who it is for
# (`일반 대상 한국화 교실`); a first of its kind (`대전시 최초 목표공시제`); and a verb that
# describes the rest, passive or done (`균형 잡힌 프로그램`, `예산에 담긴 주요사업`, `기능을 갖춘
# …`). A name holds nouns, and a quoted name keeps its own words. A word is at most 24 letters
# here, so a run of marks with no blank (`▲▲▲…`) is read in linear time.
_BREAK_RE = re.compile(
    rf"(?<![^\s{MARKS}])"
    r"(?:가운데|만큼|지난|처음|중|중인|초|말|중순|주최|주관|[가-힣]+이나"
    r"|\S{0,24}(?:과제|목표|일환|핵심|사업|정책|제도|행사|축제|시설|기관|프로그램|중점|역점)인"
    r"|역시|또한|아울러|특히|내|최초|\S{1,24}\s대상|\S{0,24}(?:지침|규정|법령|구조|형식|회계)상"
    r"|\S{0,24}[가-힣][힌긴]|\S{0,24}(?:갖춘|맞춘|펼친|마친|이룬|지닌))\s"
)


_FIRST_WORD_RE = re.compile(r"(\S+)\s")


def _name_start(text: str, start: int, end: int) -> int:
    """Where the name in `text[start:end]` starts, past the words above. One scan finds the
    last break word: none starts after it (the scan tried every place after it), so none starts
    after the openings that follow it either, and those are stepped over one by one. Scanning
    again after each opening would cost a run of list marks (`· · · …`) its length squared."""
    for word in _BREAK_RE.finditer(text, start, end):
        start = word.end()
    while True:
        opening = _OPENING_RE.match(text, start, end)
        if not opening:
            first = _FIRST_WORD_RE.match(text, start, end)
            opening = first if first and _CLAUSE_WORD_RE.search(first[1]) else None
        if not opening:
            return start
        start = opening.end()


def _short_course(name: str) -> bool:
    """`요가`, `드럼`: a course named by one plain word of two letters, not a field (`어학`), a
    place (`서울`) nor a verb's stem. Its last letter may look like a particle (`요가`): a
    list's item is read up to its joint, so none follows it."""
    return (
        len(name) == 2
        and (is_plain_word(name) or is_plain_word(name[0]))
        and not is_field_word(name)
        and not is_place(name)
        and not _STEM_RE.fullmatch(name)
    )


# `배우`, `즐기`, `만들`: a verb's stem cut from its ending is no course.
_STEM_RE = re.compile(r"[가-힣](?:우|기|들|하|되|리|르|치|주)")


# `필요성과 사업 연속성`: a bare program word joined to the noun before it is no name.
# `일자리, 복지 등 사업`: a word or two of three letters or fewer is a field even in a typed list.
_MIN_TYPED_LETTERS = 4

_JOINED_BARE_RE = re.compile(r"(?:과|와|및)\s\S+$")


def clean_span(
    text: str,
    start: int,
    end: int,
    marked: bool = False,
    typed: bool = False,
    course: bool = False,
) -> tuple[int, int] | None:
    """`text[start:end]` without surrounding blanks, a trailing 등 / 운영 or punctuation, and
    without what is done to a program plainly named (`박람회 개최`). An item of a ▲ list
    (`marked`) that says who it is for is named by the list, so it is no mere kind of work
    (`▲소상공인 지원정책`); nor is an item of a list its closing words call programs (`typed`:
    `A, 아동시설 지원 등 22개 사업`) one of four letters or more. A name is three letters or
    more, but an item of a list of `course`s may be one plain word of two (`요가`, `난타`)."""
    start = _name_start(text, start, end)
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
    if len(name) < 3 and not (course and _short_course(name)):
        return None
    if len(name) > 60 or name in VAGUE or name in VAGUE_HEADS:
        return None
    if _NOT_PROGRAM_RE.search(name) or _ORG_RE.search(name) or _LIST_INSIDE_RE.search(name):
        return None
    for_whom = marked and any(word in AUDIENCE_PARTS for word in name.split()[:-1])
    # a pointing word opens no item's name (`창업센터 운영과 관련 프로그램 등을`)
    typed = typed and name.split()[0] not in VAGUE
    named_by_list = for_whom or (typed and len(name.replace(" ", "")) >= _MIN_TYPED_LETTERS)
    category = not named_by_list and is_category(name)
    if _FIGURE_RE.search(name) or category or "…" in name or "..." in name:
        return None
    if sum(name.count(dot) for dot in _LIST_DOTS) > _MAX_NAME_DOTS:
        return None
    if _AIM_RE.search(name) or _ABLE_RE.search(name) or _TO_BE_FOUND_RE.match(text, end):
        return None
    if name.endswith("날") and _MARKED_DAY_RE.match(text, end):
        return None
    if all(is_place(word) for word in name.split()):
        return None  # `▲강원 영월군 ▲전북 임실군`: bodies selected, not programs

    joined = _JOINED_BARE_RE.search(name)
    if joined and name[joined.start() + 2 :].strip() in VAGUE_HEADS:
        return None
    return start, end


# `디지털 전환에 대비하는 소상공인 지원정책`, `지역산업의 고도화를 위한 스마트도시 조성사업`,
# `실종예방을 위한 지문인식 서비스`: a clause whose verb takes a complement describes the name
# after it; a verb alone is part of a name (`찾아가는 배달강좌`).
_DESCRIBING_CLAUSE_RE = re.compile(
    rf"(?<![^\s{MARKS}])(?:\S{{1,24}}(?:을|를|에|에게|으로|로|와|과)"
    # `법무부가 운영하는 사회통합프로그램`: a body that makes or runs it, as the clause's subject
    r"|\S{0,24}(?:[원부청처]|센터|기관|재단|공단|단체|협회|학교)(?:이|가))\s(?:\S{1,24}\s)?"
    # (a word is at most 24 letters, so a run of list marks is read in linear time)
    r"\S{0,24}(?:하는|되는|있는|위한|대한|인한|통한|따른|맞춘|갖춘|만든|[가-힣](?:는|한|된))\s(?=\S)"
    # `음악교육 프로그램인 뮤직가튼`, `교양교육인 컴퓨터`: what kind of work the name is
    rf"|(?<![^\s{MARKS}])\S{{0,24}}(?:교육|프로그램|사업|과정|강좌|캠페인)인\s(?=\S)"
)


def describing_clause_end(text: str, start: int, end: int) -> int:
    """Where the name in `text[start:end]` starts after a clause that describes it."""
    for clause in _DESCRIBING_CLAUSE_RE.finditer(text, start, end):
        start = clause.end()
    return start


def word_start(text: str, end: int) -> int:
    """Where the word (letters, digits, ·) ending at `end` starts, looking back 40 at most."""
    start = end
    while start > 0 and end - start < 40 and _WORD_CHAR_RE.match(text[start - 1]):
        start -= 1
    return start


# A body as a sentence's subject or topic (`구가`, `센터가`, `올해도`), never part of a name.
_BODY_STEM_RE = re.compile(r"(?:[시군구도청부처원관]|센터|기관|단체|올해|이번|지난해|내년)$")


_HANJA_RE = re.compile(r"[\u4e00-\u9fff]")

# Nouns that end like a particle after a vowel: a road, path or water main (`산업단지진입도로`,
# `진로`, `마을상수도`) and guidance (`농촌지도`, `영농지도`).
_PATH_NOUNS = (
    "도로", "진로", "경로", "통로", "수로", "항로", "회로", "선로", "활로", "지도", "수도"
)  # fmt: skip


# Words that end a clause rather than sit in a name: a time's limit (`소진 시까지`, `8월부터`), a
# contrast (`없으나`, `있지만`), a verb joining clauses (`나눠`, `위해`, `신청 받아`, `관심이 있어`,
# `불어넣어 줄`, `거듭될수록`, `이에 따른`), a plan or state described (`완공 예정인`, `추진 중인`),
# a span of time (`일 년간`, `석 달간`, `그간`), a point or basis of time (`신청 즉시`, `6월말
# 기준`), a word in a particle of place or topic (`평가에선`) or a term being defined (`협동조합이란
# …사업을 통해`), a verb made passive to describe what follows (`예산으로 만들어진`, `새로 정해진`),
# a verb joining clauses in its short form (`팀을 이뤄`, `때에 맞춰`) and the time after something
# (`등록한 후`, `받은 뒤`). The walk back (`name_word`) stops at such a word and a name found
# otherwise (`_name_start`) starts after one.
_CLAUSE_WORD_RE = re.compile(
    r"(?:까지|부터|으나|지만|나눠|위해|통해|(?:예정|계획|중)인|받아|있어|넣어|수록|"
    r"^줄|^따른|^따라|(?:년|달|개월)간|^그간|^즉시|^기준|에선|에서는|.이란|"
    r"[어아워해]진|[뤄춰]|^후|^뒤)$"
)


def name_word(word: str) -> bool:
    """A word that can sit inside a program's name. Besides plain words, nouns whose last
    syllable looks like a particle that could not stand there: 이 after a vowel (`릴레이`), 가
    after a consonant (`호숫가`), 로 after a consonant but ㄹ (`하수관로`, `산책로`; 으로 would
    be the particle), 록 not after 도 (`등록`, not `하도록`) and 도 after one syllable (`철도`);
    a word ending in a road, a path or guidance (`진입도로`, `진로`, `농촌지도`); and a word with a
    Chinese character in it, read as one more syllable of the noun (`음성愛`, `사랑愛`)."""
    word = _HANJA_RE.sub("정", word)
    if _CLAUSE_WORD_RE.search(word):
        return False
    if is_plain_word(word) or word.endswith(_PATH_NOUNS):
        return True
    stem, last = word[:-1], word[-1:]
    if not stem or not is_plain_word(stem):
        return False
    final = has_final(stem[-1])
    if last in "이가도" and _BODY_STEM_RE.search(stem):
        return False
    return (
        (last == "이" and final is False)
        or (last == "가" and final is True)
        or (last == "로" and final is True and final_of(stem[-1]) != FINAL_L)
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


# `단기(5주)`, `A 사업(3개 구)`: a note in brackets after an item is no part of its name.
_ITEM_NOTE_RE = re.compile(r"\s?\([^()]*\)$")


def item_name_span(
    text: str, start: int, end: int, max_words: int, typed: bool = False, course: bool = False
) -> tuple[int, int] | None:
    """A listed item's name: after a clause that describes it, without a note in brackets at its
    end, cleaned; None when it runs longer than `max_words` words."""
    start = describing_clause_end(text, start, end)
    note = _ITEM_NOTE_RE.search(text, start, end)
    end = note.start() if note else end
    if len(text[start:end].split()) > max_words:
        return None
    return clean_span(text, start, end, typed=typed, course=course)
