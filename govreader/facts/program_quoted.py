"""Programs named in quotes: `‘청년이룸’을 운영`, `공영자전거 ‘어울링’`, `‘은평형
통합돌봄’`, `도시락을 집까지 전하는 ‘북구 든든밥상’`, `“청년 마음 쉼표” 사업`.

Quotes also hold speech, slogans, documents and grades, so a quoted name counts only when
the words around it say it is run, given or described as a service.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts.phrases import FINAL_N, final_of, is_plain_word, word_set
from govreader.facts.program_places import is_place
from govreader.facts.program_spans import (
    EVALUATED_RE,
    MARKS,
    QUOTED_RE,
    SINGLE_QUOTES,
    SUFFIX,
    YOUTH_HOUSE,
    clean_span,
)

# Quoted names of initiatives end in words like these (‘강서 청년 마음쉼표’ 사업 is caught by the
# word after the quote instead).
_QUOTED_END_RE = re.compile(
    rf"(?:{SUFFIX}|플랫폼|인턴십|캠프|클래스|투어|살기|공방|쉼터|일터|요금제|장려금|지원금|상품권|패스|"
    r"페스티벌|"
    # benefit cards: `‘다둥이 행복카드’`, `‘아동 꿈나무 카드’` (not `‘신용카드’`)
    r"행복카드|[가-힣]{2}\s카드|"
    r"주간|데이|의 날|학당|배움터|문화제|자금|융자|장학금|연금|시스템|보험|적금|통장|마일리지|"
    # campaigns, courses and plans of measures: `‘내 집 앞 눈 치우기 운동’`, `‘찾아가는
    # 평생학습강좌’`, `‘민선 8기 일자리 대책 종합계획’`
    rf"운동|강좌|종합계획|종합대책|{YOUTH_HOUSE}|"
    r"이용권|쿠폰|택시|버스|주택|단지|약국|리모델링|조리원|상담소|하우스|패키지|공모전|안내서|체험|"
    # teams, exhibitions, handbooks and schemes a body sets up: `‘이웃사촌 안부살핌단’`,
    # `‘세계 모래조각 특별전’`, `‘규제혁신 사례집’`, `‘탄소중립 포인트제’`
    r"(?:지원|평가|살핌|봉사|지킴이|서포터즈|기자|자문|점검|순찰|돌봄|드림|기획|홍보|나눔|활동)단|지원반|"
    # squads of people a body sends out: `‘G구로 수호대’`, `‘어르신 안전 순찰대’`
    r"(?:수호|순찰|봉사|원정|탐험|지킴)대|"
    r"(?:특별|기획|사진|작품|순회)전|(?:사례|안내|자료)집|"
    r"(?:인증|포인트|신고|책임|관|실명|예약|할당|휴가|전담|등록|지정|공시|총량|보상|추천)제)$"
)

# A closing quote that opens a name too (`’탄소중립 미래도시’ 캠페인`) is a typing slip for ‘.
_QUOTE_PAIRS = {
    "‘": "’", "’": "’", "'": "'", "「": "」", "『": "』", "<": ">", "《": "》", "〈": "〉"
}  # fmt: skip

# `‘X’를 확대해 운영`, `‘X’도 병행해 추진`: how a body goes on running it, before the verb.
_MANNER = "(?:확대|병행|지속|계속|강화|확장|개편|보완|통합)해"

_QUOTED_FOLLOW_RE = re.compile(
    # `‘X’ 사업`, `‘X’ 지원사업`, `‘X’ 치매예방교실을`, `‘X’ 운동을 벌여`: the kind of program right
    # after the name
    r"(?:(?:을|를|은|는|이|가|의|에)?\s?(?:[가-힣]{1,4}\s)?[가-힣]{0,2}"
    r"(?:사업|프로그램|캠페인|운동|과정|교육|강좌|[가-힣]{0,4}교실|정책|서비스|제도)"
    r"(?![청관적자비장가])"
    # `‘X’를 운영`, `‘X’를 상시 운영`, `‘X’을 두 곳에 1곳씩 추가로 조성`: words between name and
    # verb say when, where or how much, not a second object (`‘X’를 대상으로 교육을 실시`).
    r"|(?:을|를|도)\s?(?:(?!(?:대상|중심|바탕|기반|계기|토대)으로|(?:목표|주제|원칙|과제|기조|모토|비전|전략|슬로건|방향|방침|가치|역점|중점)으?로)"
    rf"(?:[^\s,.]*(?<![고며서해여면다는한된던게록을를이가아어])|{_MANNER})\s){{0,4}}"
    r"(?:운영|운행|추진|시행|개최|실시(?!간)|도입|진행|마련|시작|지원|제공|신설|보급|지급|이용|확대|늘린|늘리"
    r"|보내|보낸|준다|주고|드린|드립니다|꾸리|꾸려|꾸렸|꾸린|발행|펴내|펴냈|펴낸|세우|세웠|세운|수립"
    r"|구축|조성|건립|설치|개설|선보|가동|공급|계속|이어|열|연다|펼치|펼쳐|펼친|결성|채용|배치|양성)"
    # `‘X’ 운영`, `‘X’ 운영비로`, `‘X’ 양성과`: the name with the running or training of it.
    r"|\s(?:운영|개설|양성)(?:비|[에을를은는이과와도,.]|으로|\s|$)"
    # `‘X’ 공급 확대`, `‘X’ 확대 운영`: more of it supplied or run.
    r"|\s(?:공급|보급)\s?확대|\s확대\s?(?:운영|시행|추진|공급|보급)"
    # `‘굴 껍데기 자원화 시설’ 건립에 65억 원`: the building of it (not `‘… 도시’ 조성`).
    r"|(?<!도시.)(?<!환경.)(?<!사회.)\s(?:건립|설치|신설|개관|개소)(?:비|[에을를은는이과와도]|으로|\s|$)"
    # `‘X’ 1만 장을 발행`, `‘X’ 2,000대를 들여오고`, `‘X’ 30곳 조성`: units of it (not `‘X’ 3대
    # 전략`).
    r"|\s\d[\d,.]*\s?(?:[천만]\s?)?(?:장|대|호|가구|곳|개소|세대|채|기)"
    r"(?:을|를|이|가|의|\s(?:조성|설치|보급|구축|도입))"
    # `‘세곡지구 보건분소 부지매입비’ 13억원`: a budget line named in quotes with its sum.
    r"|(?:사업에서|사업에)?\s\d[\d,.]*\s?(?:[십백천만억조]\s?)+(?:\d[\d,.]*\s?[천백십만]\s?)*원"
    r"|\s사례(?:로|를|가|는)"
    # `‘X’라는 이름으로`: the name given to what the body runs.
    r"|이?라는\s(?:이름|명칭|브랜드)(?!으?로\s불)"
    # `‘X’가 문을 열었다`, `‘X’도 내년부터 운영된다`: the name as the subject of its start.
    r"|(?:이|가|은|는|도)\s(?:[^\s,.]+\s){0,3}"
    r"(?:문을\s(?:열|연)|운영된|운영되|시행된|시행되|도입된|도입되|개소|개장|첫발|늘어나|늘어난|늘어날"
    r"|확대된|확대되)"
    # `‘용인 창업허브’ 입주기업`: a place one moves into is a centre run for them.
    r"|\s입주(?:기업|공간|자|업체|실|\s)"
    # `▲원주형 청년 일자리 ‘청년 내일 스텝’ ▲…`: the name that closes a list item.
    r"|\s?[▲■◆□●◇①-⑳]"
    r")"
)

# `춘향제를 ‘글로벌 축제’로 키울 방침`, `‘관광 명소’로 만든다`: what something is to become.
_AIM_AFTER_RE = re.compile(
    r"(?:으로|로)\s(?:[^\s,.]+\s){0,2}"
    r"(?:키우|키운|키울|키워|만들|만든|만드|육성|도약|발돋움|자리매김|성장|거듭|탈바꿈|변모|발전)"
)
# `‘X 축제’란 주제로 출품한`, `‘X 운동’을 주제로 캠페인을`: the theme of an entry or an event
# is what it is about, not a program, whatever word the theme ends in.
_THEME_AFTER_RE = re.compile(
    r"(?:이?란|이?라는|을|를|으?로)?\s?(?:주제|테마|슬로건|표어|구호)(?:로|으로|를|을|\s|[,.]|$)"
)
_ETC_AFTER_RE = re.compile(r"\s?등")
# `시는 ‘A’를, 군은 ‘B’를 운영한다`: an object whose verb comes after the next one's.
_GAPPED_RE = re.compile(r"(?:을|를),\s")
# `‘AI 안부콜’에는 2,318명이 가입해 있고`, `‘마을 돌봄단’에 참여한 주민`: people join it.
_JOINED_AFTER_RE = re.compile(
    r"(?:에|에는|에도)\s(?:\S+\s){0,4}?(?:가입|참여|참가|입주)(?:해|한|하|했|자|기업|가구)"
)
_BRANDED_RE = re.compile(r"(?P<place>[가-힣]{2,4})형\s\S")

# `‘원스톱 지원 창구’ 역할`, `‘갤럭시 AI’ 기능`, `‘탄소중립 도시’ 비전`: the quote says what kind
# of role, feature or aim.
_ROLE_AFTER_RE = re.compile(
    r"\s?(?:역할|기능|구실|모델|방식|개념|형태|성격|의미|차원|수준|등급|점수|지표|분야|부문|제품|"
    r"비전|슬로건|구호|목표|원칙|가치|기조|철학|정신|브랜드)"
)

# Documents and measures: `‘2023년 일자리 목표 공시’를 확정`, `「… 세부계획」`, `‘청렴노력도’`.
_DOCUMENT_END_RE = re.compile(
    r"(?:계획|대책|공시|보고서|방안|결과|지침|백서|선언|헌장|협약|"
    r"(?:체감|노력|만족|신뢰|인지|선호)도|지수|[률율])$"
)

# The name as the sentence's subject, object or topic, or the end of a list line.
_CASE_AFTER_RE = re.compile(
    r"(?:은|는|이|가|을|를|도|에는|에도|에|과|와|의)?(?:\s|[,.]|$)|\s?[:：]"
)

# Verb forms that link, name or date rather than say what the thing does: `중국에 대한 ‘…’`,
# `미래로 불리는 ‘…’`, `라스베이거스에서 열린 ‘…’ 행사`.
_NOT_DESCRIBING = word_set(
    "대한 관한 위한 따른 통한 의한 향한 인한 비롯한 걸친 불리는 불린 일컫는 일컬어지는 알려진 "
    "꼽히는 꼽힌 열린 개최된 진행된 치러진 개최한 주최한 주관한"
)

# `처음 선보인 ‘…’`, `새로 도입한 ‘…’`: words of time or manner before the describing verb.
_WHEN_WORDS = word_set(
    "처음 새로 새롭게 올해 지난해 지난달 최근 직접 함께 본격 시범 자체 이번에 올"
)

# A public body as the subject (`군이`, `구청이`, `센터가`) and the verbs of running a program.
_BODY_RE = re.compile(r"(?:[시군구도]|[시군구도도]청|센터|[부처]|공단|재단|정부|지자체|자치단체)$")

_RUN_VERB_RE = re.compile(
    r"(?:운영|도입|추진|마련|시작|선보|만든|만드는|펼치|펼친|꾸린|꾸리는|신설|개설|시행|실시|조성|설치|"
    r"제공|지원|개발|출시|운행)"
)

# `녹음한 뒤 ‘…’에 연결하면`: the clause ends at a noun that links it to the next one.
_CONNECTIVE_NOUNS = word_set("뒤 후 다음 때 만큼 가운데 중 동안 이후 이전 전 끝 뒤로 즉시 대로 채")

# A word a verb takes before it: an object, a place or way, a share (`도시락을`, `집으로`, `1명씩`).
_COMPLEMENT_RE = re.compile(r"(?:을|를|에|에게|로|으로|까지|부터|에서|씩|마다|와|과|께)$")

_DOUBLE_RE = re.compile(r"[“\"](?P<name>[^“”\"\n]{2,30})[”\"]")

# A sentence's ending or punctuation inside the quote, or a saying verb after it, marks speech.
_SAID_RE = re.compile(r"(?:다|요|죠|까|네|음|함|냐|자)[.!?]?$|[.!?,…]$|\s(?:을|를|이|가)\s")

_SAID_AFTER_RE = re.compile(r"(?:이?라며|이?라고|며|고\s|하고|면서|이?란\s|이?라는)")

# Quoted names joined by 과/와/, /및 into one run: `‘A’과 ‘B’, ‘C’ 등을 이용`.
_QUOTED_JOIN_RE = re.compile(r"^(?:과|와|및|,|\s){1,3}$")

# A quoted name that opens a list line (`- ‘강릉 스타트업 하우스’ 입주 공간 확대`) is the item.
_ITEM_START_RE = re.compile(rf"\s*[-{MARKS}·•]\s?")

# Kinds of public service a quoted brand name is given: `공영자전거 ‘어울링’`, `장애인콜택시 ‘…’`,
# `로컬푸드 직매장 ‘싱싱장터’`, `지역화폐 ‘…’`, `청년 일자리 ‘청년 내일 스텝’`.
_SERVICE_KIND_RE = re.compile(
    r"(?:택시|자전거|버스|셔틀|직매장|판매장|전화|사업|서비스|화폐|상품권|카드|쉼터|센터|"
    r"주택|플랫폼|프로그램|캠페인|축제|제도|정책|보험|적금|바우처|교육|강좌|과정)$"
)

_GRADE_RE = re.compile(
    r"(?:최우수|우수|장려|보통|미흡|양호|탁월|최고|[SA-E]{1,2})(?:\s?등급)?(?:\(.*\))?"
)

_COUNT_NAME_RE = re.compile(r"\d")

_OBJECT_END_RE = re.compile(r"[을를]\s$")

# `… 분야에서는 ‘A’가 우수작으로 뽑혔다`, `‘B’를 제안했다`: an entry of a contest, a proposal.
_ENTRY_AFTER_RE = re.compile(
    r"(?:이|가|은|는|을|를|도)?\s(?:[^\s.]+\s){0,3}?"
    r"(?:(?:최?우수|수상|입상|당선|대상|우수|장려)작|작품으로|제안(?:했|하|한|됐|된|돼))"
)

# `이른바 ‘대포차’`: a word the article explains, not a service.
_TERM_BEFORE_RE = re.compile(r"(?:이른바|일명|소위|속칭)\s$")

_CONTEST_AFTER_RE = re.compile(r"\s?(?:공모|등급|시상식|본선|수상|평가|심사|경진대회)")


def _ends_in_program_word(name: str) -> bool:
    """`‘청년 희망 적금’` does; `‘이지원’` (an app) does not: its 지원 has no word before it.
    A name branded by its place (`‘은평형 통합돌봄’`, `‘천안형 AI 안부콜’`) is one too; a type
    (`‘맞춤형 돌봄’`, `‘생존형 출마’`) is no place."""
    match = _QUOTED_END_RE.search(name.strip())
    if match and match.start() >= 2:
        return True
    branded = _BRANDED_RE.match(name)
    return branded is not None and is_place(branded.group("place"))


def _kind_before(text: str, match: re.Match[str]) -> bool:
    """`장애인콜택시 ‘아산 행복콜’ 차량을`, `공영자전거 ‘어울링’ 2,000대를`: a noun right before the
    quote says what kind of service the name is (not an organisation: `환경부 ‘…’ 평가`)."""
    start = match.start()
    if start < 3 or text[start - 1] != " " or _CONTEST_AFTER_RE.match(text, match.end()):
        return False
    if _GRADE_RE.fullmatch(match.group("name")) or _COUNT_NAME_RE.match(match.group("name")):
        return False  # `지원 사업 ‘최우수’ 선정`: the grade the program got
    word_start = text.rfind(" ", 0, start - 1) + 1
    word = text[word_start : start - 1]
    if _OBJECT_END_RE.search(text, max(0, word_start - 2), word_start):
        return False  # `기능을 갖춘 ‘…’`: the word is a verb taking an object
    return bool(_SERVICE_KIND_RE.search(word)) and is_plain_word(word)


def _adnominal(word: str) -> bool:
    """`찾아가는`, `배달하는`, `모은`, `배치한`: a verb form that describes the noun after it."""
    last = word[-1:]
    if word in _NOT_DESCRIBING:
        return False
    if word.endswith("는"):
        return len(word) >= 2
    if word.endswith(("보인", "들인")):
        return True  # `선보인`, `들인`; other words ending in 인 are a noun's copula (`공간인`)
    return final_of(last) == FINAL_N and last != "인"


def _described_before(text: str, match: re.Match[str]) -> bool:
    """`도시락을 집까지 전하는 ‘북구 든든밥상’`, `어르신을 찾아가는 순회진료선 ‘고흥 희망호’`: a
    quoted noun phrase that a clause before it describes as what it does is a service's name.
    The clause has a complement (`도시락을`, `집으로`, `1명씩`), so a sentence's subject
    (`구는 ‘…’`) is no such clause; speech, slogans that end in a place, grades and
    contests are not names."""
    words = text[max(0, match.start() - 60) : match.start()].split()
    name = match.group("name")
    if len(words) < 2 or _SAID_RE.search(name) or _SAID_AFTER_RE.match(text, match.end()):
        return False
    if _GRADE_RE.fullmatch(name) or _CONTEST_AFTER_RE.match(text, match.end()):
        return False
    if _ROLE_AFTER_RE.match(text, match.end()) or _DOCUMENT_END_RE.search(name):
        return False
    if not _CASE_AFTER_RE.match(text, match.end()):
        return False  # `기능을 갖춘 ‘갤럭시 북’으로 시장을`: a means, not a service run
    parts = name.split()
    if not 2 <= len(parts) <= 6 or is_place(parts[-1]):
        return False  # one word is as often a film, a song or a shop as a service
    typed = _BRANDED_RE.match(name)
    if typed and not is_place(typed.group("place")):
        return False  # `선거를 앞둔 ‘생존형 출마’`: a type, not a brand
    for index in range(len(words) - 1, max(len(words) - 4, 0), -1):
        word = words[index]
        if _adnominal(word) and _clause_before(words[index - 1], word):
            return True
        if not is_plain_word(word) or word in _CONNECTIVE_NOUNS:
            return False
    return False


def _clause_before(previous: str, verb: str) -> bool:
    """Whether `previous verb` is a clause describing what follows: the verb takes a complement
    (`도시락을 전하는`), a word of time or manner (`처음 선보인`), or a public body runs it
    (`군이 운영하는`, not `가수가 부른`)."""
    if _COMPLEMENT_RE.search(previous) or previous in _WHEN_WORDS:
        return True
    subject = previous[:-1] if previous[-1:] in ("이", "가") else ""
    return bool(subject) and _BODY_RE.search(subject) is not None and bool(_RUN_VERB_RE.match(verb))


def _paired(opening: str, closing: str) -> bool:
    """A mark's own pair closes it; single quotes close each other whatever way they are typed."""
    return closing == _QUOTE_PAIRS.get(opening) or (
        opening in SINGLE_QUOTES and closing in SINGLE_QUOTES
    )


def _quoted_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Quoted names, grouped into runs joined by 과/와/쉼표/및."""
    run: list[re.Match[str]] = []
    for match in QUOTED_RE.finditer(text):
        if not _paired(match.group("open"), match.group("close")):
            continue
        if run and not _QUOTED_JOIN_RE.match(text[run[-1].end() : match.start()]):
            yield run
            run = []
        run.append(match)
    if run:
        yield run


def quoted_names(text: str) -> Iterator[tuple[int, int]]:
    """Quoted names that end in a program word or that a program word or running verb follows;
    a run of quoted names (`‘A’과 ‘B’ 등을 이용`) counts whole when its last name or any name
    in it does, and an object that shares a later name's running verb counts too."""
    runs = list(_quoted_runs(text))
    last_object = max(
        (
            match.end()
            for run in runs
            for match in run
            if text.startswith(("을", "를"), match.end())
            and _QUOTED_FOLLOW_RE.match(text, match.end())
        ),
        default=-1,
    )
    for run in runs:
        after = _ETC_AFTER_RE.match(text, run[-1].end())
        tail = after.end() if after else run[-1].end()
        run_follows = bool(_QUOTED_FOLLOW_RE.match(text, tail))
        named = [_ends_in_program_word(m.group("name")) for m in run]
        whole = run_follows or (len(run) > 1 and any(named))
        for match, ends_well in zip(run, named, strict=True):
            # cheapest first: the context checks run only until one says it is a name
            named_here = (
                whole
                or ends_well
                or _QUOTED_FOLLOW_RE.match(text, match.end())
                or _shares_verb(text, match, last_object)
                or _ITEM_START_RE.fullmatch(text, 0, match.start())
                or _kind_before(text, match)
                or _described_before(text, match)
                or _joined(text, match)
            )
            if not named_here or _entry_or_term(text, match, run[-1].end()):
                continue
            if (
                EVALUATED_RE.match(text, match.end())
                or _AIM_AFTER_RE.match(text, match.end())
                or _THEME_AFTER_RE.match(text, match.end())
            ):
                continue
            span = clean_span(text, match.start("name"), match.end("name"))
            if span:
                yield span


def _entry_or_term(text: str, match: re.Match[str], run_end: int) -> bool:
    """A contest's entry or a proposal (`‘A’과 ‘B’가 각각 우수작으로 뽑혔다`), or a term the
    article explains (`이른바 ‘대포차’`)."""
    if _TERM_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
        return True
    return bool(_ENTRY_AFTER_RE.match(text, run_end))


def _shares_verb(text: str, match: re.Match[str], last_object: int) -> bool:
    """`‘A’를, 군은 ‘B’를 운영`: the object before a comma takes the later object's verb."""
    if not _GAPPED_RE.match(text, match.end()):
        return False
    return last_object > match.end()


def _joined(text: str, match: re.Match[str]) -> bool:
    """`‘AI 안부콜’에는 2,318명이 가입`: a service of two words or more that people join (one
    word is as often a party or a club)."""
    return len(match.group("name").split()) >= 2 and bool(_JOINED_AFTER_RE.match(text, match.end()))


def double_quoted_names(text: str) -> Iterator[tuple[int, int]]:
    """`“청년 마음 쉼표” 사업을 추진`: a short double-quoted noun phrase that a program word or
    running verb follows is a name; what is said (`“…늘리겠다”고`, `“…결과”라며`) is not."""
    for match in _DOUBLE_RE.finditer(text):
        name = match.group("name")
        if _SAID_RE.search(name) or _SAID_AFTER_RE.match(text, match.end()):
            continue
        if _AIM_AFTER_RE.match(text, match.end()):
            continue
        if _QUOTED_FOLLOW_RE.match(text, match.end()) or _ends_in_program_word(name):
            span = clean_span(text, match.start("name"), match.end("name"))
            if span:
                yield span
