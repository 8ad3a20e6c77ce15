"""Noun phrases headed by a program word: `청년도전 지원사업`, `일자리종합센터`,
`주간활동서비스`, `출산장려금`, and services run or given free (`셔틀버스를 운행`).

The head word alone says the phrase is a program; the phrase before it must make it one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts.phrases import VAGUE, is_plain_word, word_set
from govreader.facts.program_kinds import VAGUE_HEADS, generic, is_policy_field
from govreader.facts.program_spans import (
    EVALUATED_RE,
    ITEM_END_RE,
    MARKS,
    YOUTH_HOUSE,
    clean_span,
    name_start,
    word_start,
)

_PARTICLE_AHEAD = (
    r"(?=(?:에서의|으로의|와의|과의|에서|으로|에는|에도|까지|부터|이다|이며|입니다|이고|을|를|이|가|은|는|"
    # a quote may follow with no space in a copied page: `센터가‘기억교실’을`
    r"의|에|와|과|도|로|다)?(?:[\s,.)‘“「『]|$)"
    # `지역활력타운 조성사업(국비 150억 원)`, `환경개선사업(휴게실 조성 등),`: a note in brackets
    # after the name
    r"|\((?=[^()\n]{1,30}\)(?:[을를이가은는의에와과도,.\s]|$)))"
)

# Head words of cash benefits and vouchers (`출산장려금`, `강릉사랑상품권`), and of sums a body
# pays towards a cost or an occasion (`출산축하금`, `빈집수리비`, `난임부부 시술비`).
_BENEFITS = "장려금|지원금|정착금|축하금|수리비|시술비|수당|바우처|상품권"

# Schemes named by what they make public, certify or reserve (`지역 일자리 공시제`, `청렴
# 인증제`), studies contracted out (`기본계획수립 용역`), and drills with a name of their own
# (`재난대응 안전한국훈련`, `을지훈련`), not a kind of drill or training (`화재 대피훈련`,
# `토론훈련`, `직업훈련`, `전지훈련`).
_SCHEMES = "공시|인증|실명|책임|예약|할당|총량|등록|지정|보상|추천|포인트|마일리지|인턴|전담|매칭"

_DRILL_KINDS = (
    "대피|토론|종합|소집|대응|모의|실제|현장|합동|도상|직업|전지|방재|교육|실습|체력|기초|심화"
)

# Festivals a body holds, named in one word by what they celebrate (`국화축제`, `와룡문화제`,
# `대전사이언스페스티벌`): a short one is a name too, where `노래교실` is a kind.
_FESTIVALS = "축제|문화제|페스티벌"
_FESTIVAL_RE = re.compile(rf"[가-힣A-Za-z0-9]{{2,}}(?:{_FESTIVALS})")

# Youth centres and houses are named by their place (`서울청년센터`, `달서구 청년센터`): named by
# its place, a youth house is a centre of its own.
_PLACE_NAMED_RE = re.compile(rf"(?:청년센터|{YOUTH_HOUSE})$")

# Heads that name a program on their own. 과정 only in course compounds (양성과정, not 세척과정);
# 제도, 정책, 교육 and bare 과정 only when a running verb follows (멘토링 제도를 운영한다). The
# patterns look for the head word's ending first and then check the whole word, which is much
# cheaper than trying every word start.
_HEAD_END_RE = re.compile(
    rf"(?:사업단|사업|프로그램|캠페인|박람회|프로젝트|아카데미|제도|정책|과정|센터|서비스|{_BENEFITS}"
    rf"|(?:{_SCHEMES})제|훈련|용역|강좌|교실|클리닉|종합계획|종합대책|투어|{_FESTIVALS}|{YOUTH_HOUSE})"
    + _PARTICLE_AHEAD
)

# Centres that serve people (`일자리종합센터`, `주거복지센터`, `치매안심센터`, `학교급식 지원센터`,
# `긴급돌봄 거점센터`, `기후위기 적응센터`), not offices
# (`행정복지센터`, dropped later); services and cash benefits named in one compound word
# (`주간활동서비스`, `출산장려금`, `자립수당`, `강릉사랑상품권`).
_HEAD_WORD_RE = re.compile(
    r"[0-9A-Za-z가-힣·‧ㆍ∙]{0,30}?"
    r"(?:사업|프로그램|캠페인|박람회|프로젝트|아카데미|[가-힣]{2}(?:제도|정책)"
    # a work team of a job scheme named by its work (`청소사업단`, `공동체사업단`)
    r"|[가-힣]{2,}사업단"
    r"|(?:양성|교육|전문가|실무|연수|훈련|입문|심화|기초|자격|취업|창업|역량)\s?과정"
    r"|[가-힣]{2,}\s?(?:지원|일하기|종합|복지|안심|상담|활동|돌봄|창업|건강|거점|적응|청년)센터"
    # a youth house named by its place (`연수청소년문화의집`, `남동 청소년 문화의 집`)
    rf"|[가-힣]{{2,}}\s?{YOUTH_HOUSE}"
    rf"|[가-힣]{{3,}}서비스|[가-힣]{{2,}}(?:{_BENEFITS})"
    rf"|[가-힣]{{0,12}}(?:{_SCHEMES})제|[가-힣]{{2,}}(?<!{_DRILL_KINDS})훈련|[가-힣]{{2,}}\s?용역"
    # courses and classes named by what they teach (`평생학습 강좌`, `치매예방교실`), and a
    # body's plan of measures on one subject (`일자리대책 종합계획`, `일자리 창출 종합대책`)
    r"|[가-힣]{2,}\s?강좌|[가-힣]{2,}교실|[가-힣]{2,}\s?종합(?:계획|대책)"
    # a clinic a health office runs by what it treats (`금연클리닉`, `비만 클리닉`)
    r"|[가-힣]{2,}\s?클리닉"
    # a tour a body runs for visitors, named by its place or its theme (`양구시티투어`, `원도심
    # 골목투어`, `스탬프투어`), not a visit to a site (`현장투어`)
    r"|[가-힣]{2,}\s?(?<!현장)투어"
    rf"|{_FESTIVAL_RE.pattern})"
)

# `보건소 치매안심센터 박은영 팀장`, `치매안심센터 직원이`, `센터 강사를 초청해`: the centre as
# someone's workplace.
_STAFF_AFTER_RE = re.compile(
    r"\s[가-힣]{2,4}\s(?:팀장|센터장|주무관|과장|소장|계장|직원)"
    r"|\s(?:직원|강사|담당자|종사자|상담사|센터장)(?:들)?(?:[이가은는을를의과와도]|\s)"
)

# `참여수당`, `훈련장려금`: pay for taking part in another program is part of it.
_PART_PAY_RE = re.compile(
    r"^(?:참여|활동|교육|훈련|수료|출석|근로|위험|초과근무|출장)(?:수당|장려금)$"
)

_BENEFIT_RE = re.compile(rf"(?:{_BENEFITS})$")
# A benefit as the means of paying (`입장료를 남원사랑상품권으로 되돌려주는`) or as what a
# program named next pays (`연 300만 원의 근속장려금을 주는 「청년 근속 드림 통장」`).
_PAID_AS_RE = re.compile(
    r"(?:으로|로)\s(?:[^\s,.]+\s){0,2}(?:되돌려|돌려|지급|환급|적립|주는|준다|주고|드리|드린|받)"
    r"|(?:을|를)\s(?:주는|지급하는|지원하는|드리는)\s[^\s.]"
)

# `대상포진 예방접종을 무료로 지원한다`, `전용 셔틀버스를 무료로 운행했다`: a service given free.
_FREE_RE = re.compile(
    r"(?<=[가-힣A-Za-z0-9])(?:을|를)\s무료로\s(?:지원|운행|운영|제공|실시|접종|대여|진행)"
)

# `정보기술 교육을 무료로 제공`: teaching or advice a program offers is part of it.
_OFFERED_RE = re.compile(r"(?:교육|상담|컨설팅|강의|수업|진단|멘토링|코칭)$")

_RUN_END_RE = re.compile(
    r"(?:제도|정책|과정|교육|프로그램|서비스)"
    r"(?=(?:을|를)\s(?:운영|추진|시행|도입|신설|실시|마련|열|개설|진행)"
    # `반부패·청렴 교육 운영을 통해`: the running of it, as a noun
    r"|\s(?:운영|시행|실시)(?:을|를|과|와|에|으로|하|해|했|한))"
    # `마음건강 지원도 새로 시작한다`: a kind of support started or brought in.
    r"|지원(?=(?:도|을|를)\s(?:(?:새로|올해|처음|본격|계속|꾸준히)\S*\s){0,2}"
    r"(?:시작|도입|신설|시행|이어|이어가|이어간))"
    # `외국인 전용 셔틀버스를 하루 4회 운행`: a bus or taxi service the body runs.
    r"|(?:버스|셔틀|택시)(?=(?:을|를|도)\s(?:[^\s,.]+\s){0,3}(?:운행|운영|투입))"
    # `고령자 취업알선센터를 설치`, `지역아동센터 운영에`: a centre the body sets up or runs
    # (not one where something happens: `농업기술센터에서 교육`).
    r"|(?<=[가-힣]{2})센터(?=(?:을|를|도)\s(?:[^\s,.]+\s){0,2}(?:운영|설치|개소|건립|신설|개관|지정|확충)"
    r"|\s(?:운영|설치|개소|건립|신설|개관)(?:을|를|과|와|에|으로|하|해|했|한|,|\s))"
    # `탄소중립마을 만들기를 추진`, `농촌 일손 돕기에 나섰다`: work named by what its people do,
    # carried out (not `좋은 일자리 만들기에 최선을`).
    r"|(?:만들기|가꾸기|살리기|줄이기|돕기|지키기)(?=(?:을|를|도|에)?\s(?:[^\s,.]+\s){0,2}"
    r"(?:추진|운영|전개|펼치|펼쳐|펼친|실시|진행|벌이|벌여|벌인|나서|나섰|나선))"
    # `내고장 주소갖기 운동을 적극 전개`: a campaign the body carries out.
    r"|운동(?=(?:을|를)\s(?:[^\s,.]+\s){0,2}(?:전개|펼치|펼쳐|펼친|벌이|벌여|벌인|추진))"
)

_JOINED_RE = re.compile(r"(?:^|\s)(?P<word>[가-힣]{2,12})\s및\s$")

# `맞춤형 프로그램`: a kind of program, not one.
_GENERIC_MODIFIERS = word_set("맞춤형 다양한 특화 체험형 참여형 신규 우수 전문 기본 심화")

# `센터 누리집`, `센터로 문의`, `센터(☎820-0000)`, `A, B, C센터 등에 방문해 신청`: a centre named as
# the office where one asks or applies, or that another belongs to, not as what it runs.
_ORG_USE_RE = re.compile(
    # `A센터 부설로 운영되던 …`, `A센터 산하 …`: the centre as the body another one belongs to
    r"\s?(?:누리집|홈페이지|\(☎|\(\d{2,4}-|부설|산하|소속)"
    r"|(?:\s등)?(?:에|에서|로|으로|를|을)?\s?(?:직접\s)?(?:방문|신청|접수|문의|연락|전화)"
    # `기업, 지자체, A센터 등이 참여하는 협력망`: a body taking part in another's work
    r"|(?:\s등)?(?:이|가|도)\s(?:함께\s|공동으로\s)?참여"
)

# `청년 일경험 사업 ‘청년 로컬 잡’`: the phrase before a quoted name says what kind it is.
_OPEN_QUOTE_RE = re.compile(r"\s?[‘'「『<《〈]")

# `… 등의 청년 사업`, `… 등 4개 고용서비스 사업`, `‘청년이룸’ 사업`: the phrase closes a list
# (naming what kind its items are) or follows a quoted name.
_LISTED_BEFORE_RE = re.compile(r"등(?:의)?\s(?:\d[\d,]*\s?(?:개|건|종|가지|대)\s)?$|[’'」』]\s?$")

# `자신감 회복, 진로 탐색 등 청년 도전 지원사업에`: a formal title of three words or more after the
# list names the program the listed activities belong to.
_TITLED_AFTER_LIST_RE = re.compile(r"\S+\s\S+\s\S*지원사업")

# `다양한 사회공헌 사업`, `각종 채용 박람회`: a phrase after a word of many kinds names a kind.
_KINDS_BEFORE_RE = re.compile(r"(?:다양한|각종|여러|갖가지|온갖|여러가지|모든)\s$")

# `보건사업과 직원`, `일자리사업과장`, `공동체정책과 김하나 주무관`: a department, named after
# the work it does.
_DEPARTMENT_RE = re.compile(
    r"과\s?(?:[가-힣]{2,4}\s)?(?:장|직원|팀|팀장|관계자|주무관|공무원|소속|사무관|주사)"
)

# `X는 … 지원하는 취업 연계형 사업이다`, `X란 … 맞춤형 건강증진 사업으로`: the phrase says what
# kind of thing the sentence's topic is; the topic (`_defined_names`) is the name.
_PREDICATE_RE = re.compile(r"(?:이다|다|입니다|이며|이고|이자)(?:[\s.,]|$)")
_DEFINED_AS_RE = re.compile(r"(?:으로|로)\s")
_TOPIC_RE = re.compile(r"[가-힣A-Za-z0-9)’'」』]\s?(?:은|는|이란|란)\s")
_DEFINITION_TOPIC_RE = re.compile(r"[가-힣A-Za-z0-9)’'」』]\s?(?:이란|란)\s")
# `올해 새로 여는 것은 청년 농부 사업이다`: a topic that only points at the name.
_POINTING_TOPIC_RE = re.compile(r"(?:^|\s)(?:것|이것|그것|이는|핵심|대표적인\s\S+)(?:은|는)\s")


# `… 지원을 위한 취업 연계형 사업이다`: a clause describing the predicate, its topic unsaid.
_DESCRIBED_BEFORE_RE = re.compile(r"\S(?:하는|되는|위한|있는|한|된|인)\s$")


# `양성 과정`, `교육 과정` written apart and alone: the course of training, no course's name.
_SPACED_COURSE_RE = re.compile(r"\S+\s과정")


def _predicate(text: str, start: int, head_end: int) -> bool:
    """Whether the phrase ending at `head_end` is what the sentence says its topic is."""
    before = text[:start]
    if _PREDICATE_RE.match(text, head_end):
        if _DESCRIBED_BEFORE_RE.search(before):
            return True
        topic = _TOPIC_RE.search(before)
        return bool(topic) and not _POINTING_TOPIC_RE.search(before)
    return bool(_DEFINED_AS_RE.match(text, head_end) and _DEFINITION_TOPIC_RE.search(before))


def _heads(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each head word: `양성과정`, `양성 과정`, `청년도전 지원사업`'s `지원사업`."""
    for end_match in _HEAD_END_RE.finditer(text):
        end = end_match.end()
        start = word_start(text, end_match.start())
        if _HEAD_WORD_RE.fullmatch(text, start, end):
            yield start, end
        elif start > 1 and text[start - 1] == " ":
            before = word_start(text, start - 1)
            plain = is_plain_word(text[before : start - 1])
            if plain and _HEAD_WORD_RE.fullmatch(text, before, end):
                yield before, end
    for end_match in _RUN_END_RE.finditer(text):
        yield word_start(text, end_match.start()), end_match.end()
    for free in _FREE_RE.finditer(text):
        start = word_start(text, free.start())
        if not _OFFERED_RE.search(text, start, free.start()):
            yield start, free.start()


def _joined_start(text: str, start: int) -> int:
    """`노인일자리 및 사회활동 지원사업`: a noun joined by 및 to the phrase belongs to the name,
    unless it is a program or an act of its own (`센터 운영 및 판로 지원`)."""
    joined = _JOINED_RE.search(text, max(0, start - 18), start)
    if not joined or joined.end() != start:
        return start
    word = joined.group("word")
    if word in VAGUE or ITEM_END_RE.search(word) or not is_plain_word(word):
        return start
    return name_start(text, joined.start("word"))


# `▲시군 기후위기 적응센터 3곳`: a list mark glued to the phrase's first word.
_MARKED_WORD_RE = re.compile(rf"[{MARKS}](?P<word>[^\s{MARKS}]{{1,12}})\s$")


def _marked_start(text: str, start: int) -> int:
    """`start`, or the start of a plain word right after a list mark just before it."""
    marked = _MARKED_WORD_RE.search(text, max(0, start - 14), start)
    if marked and is_plain_word(marked.group("word")) and marked.group("word") not in VAGUE:
        return marked.start("word")
    return start


# `예방교실`, `체험교실`: a class named by what classes are for in general, not by its subject.
_GENERAL_CLASSES = word_set("예방 체험 공개 특별 특강 방학 교양")


def _subject_class(word: str) -> bool:
    """`노래교실`, `탁구교실`, `서예교실`: a class a centre runs, named by the one thing it
    teaches, is a program even in one short word; `건강교실`, `예방교실` name a kind."""
    stem = word.removesuffix("교실")
    return stem != word and stem not in _GENERAL_CLASSES and not generic(stem)


def headed_phrases(text: str) -> Iterator[tuple[int, int]]:
    """Each head word with the noun phrase before it, unless the phrase is only a kind of work
    (`맞춤형 프로그램`), a list's or a quoted name's category, a workplace, pay for taking part,
    a means of paying or what is evaluated."""
    for head_start, head_end in _heads(text):
        word = text[head_start:head_end]
        start = _joined_start(text, _marked_start(text, name_start(text, head_start)))
        if start == head_start and (word in VAGUE_HEADS or _SPACED_COURSE_RE.fullmatch(word)):
            continue  # `사업`, `교육 과정`: the head word alone
        listed = _LISTED_BEFORE_RE.search(text, max(0, start - 12), start)
        if listed and not _TITLED_AFTER_LIST_RE.fullmatch(text, start, head_end):
            continue
        if _KINDS_BEFORE_RE.search(text, max(0, start - 6), start):
            continue
        if _DEPARTMENT_RE.match(text, head_end) or _predicate(text, start, head_end):
            continue
        if word.endswith(("센터", "집")) and (
            _ORG_USE_RE.match(text, head_end) or _STAFF_AFTER_RE.match(text, head_end)
        ):
            continue
        if _PART_PAY_RE.search(word):
            continue
        if _BENEFIT_RE.search(word) and _PAID_AS_RE.match(text, head_end):
            continue
        if EVALUATED_RE.match(text, head_end) or _OPEN_QUOTE_RE.match(text, head_end):
            continue
        if _PLACE_NAMED_RE.search(word):
            if text.startswith("에서", head_end) or word.split()[0] in VAGUE:
                continue  # `성내동 청년센터에서 개소식`, `관내 청년센터`: a venue, any centre
            start = head_start  # its place is in its name: `인천 연수구 연수청소년문화의집`
        span = clean_span(text, start, head_end)
        if not span:
            continue
        words = text[span[0] : span[1]].split()
        short = 4 if _BENEFIT_RE.search(word) or _subject_class(word) else 5
        if len(words) == 1 and len(word) < short and not _FESTIVAL_RE.fullmatch(word):
            continue  # `예방교실`, `건강사업`: a short word alone is a kind, no name
        if len(words) == 2 and words[0] in _GENERIC_MODIFIERS and word in VAGUE_HEADS:
            continue
        if is_policy_field(text[span[0] : span[1]]):
            continue
        yield span
