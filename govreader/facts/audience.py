"""Who a program, benefit or evaluation is for: `만 18세 이상 34세 이하 구직단념 청년`.

Audiences are the noun phrases governed by 대상으로 / 대상은 / 자격은 / 기준은 / 대상: / 에게 지원,
by `X이면 누구나` / `X라면 신청할 수 있다` / `X은 참여 가능하다` / `X이 가입하면` / `X도 대상에
포함됐다` / `대상을 X까지 확대`, by `X이 … 수 있도록 지원`, by the pool people are chosen from
(`시민 중 공모로 뽑는다`), by whose daily life is helped (`…의 이동을 도왔다`), the bodies an
evaluation covers (`전국 243개 지방자치단체`, `전국 229개 시·군·구`) and bracketed income
criteria. `X을 위한 ‘…’` describes who a program is for; it gives way when the next sentence
states who may take part. A phrase is read back from its head word over plain words, ages,
counts, comma lists (`A, B 등 C`) and a relative clause (`익산에 주소를 둔 …`, `7년 이내이고 …
이하인`, `돌봄이 필요하거나 … 어려운`), so it is kept whole; each item of an enumerated slot
(`① A ② B`, `▲A ▲B`) is one audience. A phrase counts only when it ends in a word for people or
bodies (청년, 가구, 자치단체 ...) or states an age, so the clause around it does not leak in;
prize grades and their winners, a program's own participants, a survey's sample and an amount
per household are not audiences. Ages become `age_min` / `age_max`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.phrases import VAGUE, is_plain_word, word_set
from govreader.facts.sentences import Piece, outside_speech
from govreader.model import Fact, FactKind

_PEOPLE = (
    "청년|청소년|아동|어린이|유아|영유아|아이|학생|대학생|노인|어르신|주민|구민|시민|군민|도민|"
    "국민|가구|가정|가족|세대|계층|저소득층|장애인|여성|남성|소상공인|자영업자|근로자|노동자|구직자|"
    "실업자|수급자|대상자|신청자|이웃|기업|업체|기관|자치단체|지자체|농가|농업인|어업인|어민|"
    "고령자|임산부|산모|부부|부모|학부모|보호자|환자|종사자|외국인|이주민|이민자|중장년|유공자|"
    "독거노인|기업인|경영인|상공인|문화예술인|체육인|다문화가족|한부모가족|재직자|직장인|실직자|"
    "퇴직자|은퇴자|희망자|참여자|이용자|입주자|전입자|피해자|귀농인|귀촌인|귀어인|예술인|청년농|"
    "후계농|경로당|단체|상인|창업자|예비창업자|졸업생|미취업자|구직단념자|입주민|보훈대상자|"
    "공무원|공직자|직원|교직원|교사|근무자|전문인력|시군구|시군|시도|단체장|"
    "학급|유치원|어린이집|소유자|협동조합|조합|부처|교육청|자녀|영아|신생아|임신부|유학생|"
    "수강생|교육생|훈련생|세입자|임차인|사업자|가입자|운전자|당사자|개인|법인|사람|공동주택|창업가|예술가|활동가|"
    "시·군·구|시·군|시·도|구·군"
)
_HEAD_RE = re.compile(
    rf"(?:{_PEOPLE}|[가-힣]민|\d학년|학년생)(?:들)?"
    r"(?:\s?\d[\d,]*여?\s?(?:명|가구|곳|개|세대|개교))?$"
)
# A bare word for everyone says nothing about who a program is for.
_TOO_GENERAL = word_set(
    "이웃 주민 시민 구민 군민 도민 국민 청년 기업 가구 가정 단체 기관 대상자 신청자 업체 "
    "누구나 관계자 학생 경로당 세대 참여자 이용자 소상공인 자영업자 장애인 어르신 노인 여성 남성 "
    "아동 청소년 중장년 시군 시도 시군구 지자체 자치단체 개인 법인 사람 공동주택 "
    "시·군 시·도 시·군·구"
)
# `관심 있는 주민`, `더 많은 시민`: anyone at all.
_LOOSE = word_set("관심 있는 희망하는 원하는 필요한 더 많은 보다 모든 일반 누구나")
_GENERATIONS = word_set("미래 다음 모든 세대 후세대 젊은")
# `참여 기업`, `우수 기업`, `해당 가구`: a group the story picked earlier, not a stated audience.
_PICKED = word_set("참여 우수 해당 선정 대상 수혜 입주 수상 신청 지원 일부")
# `입주한 청년에게는`, `걸리던 학생들`: one bare verb before the head points back to people
# named before.
_POINTING_RE = re.compile(r"^[가-힣]+(?:한|된|인|던)\s[가-힣]+$")
# `1,800가구`, `1,037개 업체`: a count of people the story named before.
_COUNTED_RE = re.compile(r"^\d[\d,]*여?\s?(?:명|곳|개|개교)?\s?(\S*)$")
_AGE_RE = re.compile(
    r"(?:만\s?)?(?P<low>\d{1,3})세\s?(?:이상|부터)"
    r"|(?:만\s?)?(?P<high>\d{1,3})세\s?(?P<bound>이하|미만|까지)"
    r"|(?:만\s?)?(?P<from>\d{1,3})\s?(?:세\s?)?(?:[~∼\-]|에서)\s?(?:만\s?)?(?P<to>\d{1,3})세"
)
_TRIGGER_RE = re.compile(
    r"(?P<list>(?:을|를)\s?대상으로|(?:이|가)\s(?:[가-힣]{2}\s){0,2}대상이(?:다|었다|며|고))"
    r"|(?P<described>(?:을|를)\s위(?:해|한|하여)(?:서는|서)?\s)"
    r"|(?P<one>에(?:게)?(?:는|도)?\s(?=[^.]{0,45}?(?:지원|지급|제공|전달|배부|돕|도와|무료|보내|준다|주고|주는|달아"
    r"|배달|면제|감면|할인"
    r"|보급|늘린|드린|드립|보낸|빌려|건네|연계|교육을|상담을)))"
)
# `…을 대상으로 만족도를 조사한 결과`, `… 대상으로 벌인 주거 실태조사에서`: who was surveyed,
# not who a program is for.
_SURVEY_AFTER_RE = re.compile(r"(?:\s[가-힣]+){0,3}?\s[가-힣]*?(?:만족도|설문|조사)")
# `지원 대상은 …이며`, `신청 자격은 …이다`: the sentence defines who may take part.
_DEFINED_RE = re.compile(r"(?:대상자?|자격|조건|요건|기준)(?:은|는)\s")
# `○ 지원대상: 관내 거주 만 19~39세 미취업 청년`, `- 참가 자격: …` in a notice's field list.
# Also `◇ 지원대상 - …`, `○ 대 상: …` and a bracketed label `(대상) …`.
_FIELD_RE = re.compile(
    r"(?:(?:대\s?상자?|자격|조건)(?:\s?[:：]|\s[-–―]\s)|\((?:지원|참여|모집)?대상\)\s?)\s?"
    r"(?P<who>[^:：\n]{2,80})"
)
_DEFINED_END_RE = re.compile(r"(?:이며|이다|입니다|으로|로|이고|다|에 한한다|에 한해)(?=[\s.,]|$)")
# `① A ② B ③ C`, `▲A ▲B`: the items of an enumerated slot.
_ENUM_RE = re.compile(r"[①-⑳]|▲|(?<!\S)\d{1,2}\)")
# `지원 대상을 만 45세 이하 청년까지 확대했다`: who a program now reaches.
_WIDENED_RE = re.compile(r"대상(?:을|를)\s(?P<who>[^.]{2,60}?)(?:까지|으로|로)\s(?:확대|넓|늘)")
_LIMITED_RE = re.compile(r"에\s?한(?:한다|해|하여|하며)")
# `X이 참여할 수 있다`, `X이면 신청할 수 있다`, `X라면 … 앉을 수 있는`, `X은 … 지원받는다`,
# `X이 … 가입하면` (a benefit on a condition).
_ABLE_RE = re.compile(
    r"(?:참여|신청|이용|참가|응모|수강|입주|가입|예약|입소|등록)(?:할|하실)\s수\s있"
    r"|(?:참여|신청|이용|참가|응모|수강|입주|가입|입소)\s?가능하"
    r"|대상에\s(?:새로\s|새롭게\s|추가로\s)?(?:포함|들어가|추가)"
    r"|(?:지원|혜택)을?\s?받(?:는다|을 수)|[가-힣](?:을|를)\s(?:함께\s|모두\s)?받는다"
    r"|(?:받을|들을)\s수\s있"
    r"|(?<=라면|이면)\s(?:누구나|누구든지|별도|자동)"
    r"|(?<=라면|이면)\s[^.,]{0,30}?(?:수\s있|받는|받을)"
    r"|(?P<if>(?:가입|채용|저축|참여|전입|구매|입주|취업|등록)하면\s)"
)
# `X이 … 일할 수 있도록 돕는`, `X이 … 정착하도록 … 지원하는`: the people a program helps.
_HELPED_RE = re.compile(r"도록\s[^.]{0,40}?(?:지원|돕|도와|보장)")
# `시민 중 공모로 뽑으며`, `대학생 가운데 추첨으로 30명을 선발`: the pool people are chosen from.
_POOL_RE = re.compile(r"\s(?:중|가운데)(?:에서)?\s(?=[^.]{0,30}?(?:선발|뽑|모집|추첨))")
# `휠체어 이용자와 … 가족의 이동을 도왔고`: whose daily life a program helps.
_HELPED_LIFE_RE = re.compile(
    r"의\s(?:이동|생활|자립|정착|취업|창업|학업|건강|안전|일상|돌봄|사회활동|경제활동)(?:을|를)\s"
    r"(?=[^.]{0,12}?(?:도왔|돕|도와|지원))"
)
_SUBJECT_END_RE = re.compile(r"(?:이면|이라면|라면|이|가|은|는|도)$")
# `전국 243개 지방자치단체`, `도내 22개 시군`, `전국 기초자치단체 226곳`: who an evaluation covers.
_BODIES = r"(?:자치단체장|자치단체|지자체|시·?군·?구|시·?군|시·?도|구·?군|기관)"
_EVALUATED_RE = re.compile(
    rf"(?:전국|도내|관내|시내)\s(?:\d[\d,]*여?\s?개\s?[가-힣]*{_BODIES}"
    rf"(?:\s교육청)?|[가-힣]*{_BODIES}\s\d[\d,]*여?\s?(?:곳|개))"
    r"(?=[이가을를의에은는과와도,.(]|\s(?:가운데|중)\s)"
)
_EVALUATION_RE = re.compile(r"평가|심사|시상|공모|경진대회")
# `(기준 중위소득 120% 이하)`: an income criterion stated beside a benefit.
_INCOME = r"(?:기준\s)?중위소득\s?\d{2,3}%\s?(?:이하|미만)"
_INCOME_RE = re.compile(rf"(?<=\(){_INCOME}(?=\))")
_INCOME_ONLY_RE = re.compile(_INCOME)
_CLAUSE_CUT_RE = re.compile(
    r"(?:[.;:!?]|다|고|며|하여|해|(?<!에)서|록|는데|지만|위해|통해|따라|및)[,]?\s"
    r"|(?:^|\s)(?:또한|특히|아울러|이에|한편|또)\s"
    r"|(?:(?<![가지])구|[시군도청]|(?<![부산농어주])부|\))(?:은|는)\s"
)
# `이 가운데 …`, `한편 …`: the next sentence picks one item or moves on, not defining the last.
_MOVING_ON_RE = re.compile(r"(?:이\s?가운데|이\s?중|이\s?밖에|이와\s함께|또한|한편|아울러|또)\s")
# `…를 위한 센터 설치를 제안했다`: a councillor's proposal, not a program anyone runs.
_PROPOSED_RE = re.compile(r"(?:제안|건의|촉구|요구|주문)(?:했다|했으며|하고|한다)")
# `최우수기관에는 3억 원`, `우수기관에 이름을 올린 지자체`: a prize grade or its winners, not who
# a program is for.
_GRADE_RE = re.compile(
    r"(?:최우수|우수|장려|모범|선도|특별)\s?(?:기관|지자체|자치단체)(?:$|\S*\s)|(?:최우수|우수|장려)상"
)
# `… 지원사업 참여자`, `멘토링에 참여하는 기업`: people a program already took in, not its audience.
_TAKING_PART_RE = re.compile(
    r"(?:사업|프로그램|과정|교육|캠프|일자리|행사|체험)\s?(?:참여|참가|이용|수료)자$"
    r"|(?:에|에서)\s(?:참여|참가)(?:하는|한|했던|중인)\s"
)
_TRAILING_RE = re.compile(r"(?:\s?등|\s?\([^()]*\))+$")
_WINDOW = 90
_MAX_WORDS = 16
_MAX_CHARS = 60

# Words a phrase read backwards stops before: time, sequence, the body that acts, speech marks.
_STOP_WORD_RE = re.compile(
    r"^(?:이번|올해|지난해|내년|오는|지난|현재|매년|우선|먼저|또|또한|특히|이에|아울러|한편|다만|"
    r"앞으로|이어|이와|이밖에|상반기|하반기|\d{1,2}월|\d{1,2}일|\d{4}년|\S*기준)(?:부터|까지|에는|에|도|으로)?$"
    r"|[^\s\d관도시국실원교구군읍기이]내$"
    r"|[‘’“”'\"「」『』()<>\[\]]"
)
# `학기부터`, `연말까지`: a time outside a clause (`혼인신고일로부터 7년 이내인` is inside one).
_SINCE_RE = re.compile(r"^(?!\d{1,3}세)\S+(?:부터|까지)$")
_FROM_RE = re.compile(r"(?:로|에서)부터$")
_BULLET_RE = re.compile(r"[▲△■□○●◆◇※·•\-–]+")
_BODY_SUBJECT_RE = re.compile(
    r"(?:[시군구도청]|(?<![부산농어주])부|센터|교육청|정부)(이|가|은|는|에서|에서는|도)$"
)
_OPENING_RE = re.compile(r".*[‘’“”'\"「」『』(<\[]")
_NUMBER_RE = re.compile(
    r"^\d[\d,.]*(?:~\d[\d,.]*)?(?:%|여|개|명|곳|가구|년|개월|일|세|차|학년|인|급)?$"
)
_AGE_WORD_RE = re.compile(
    r"^(?:만|이상|이하|미만|초과|\d{1,3}세(?:부터|까지|까지의|에서|이상|이하|미만)?|\d{1,3}세?[~∼]\d{1,3}세)$"
)
# Nouns that end like a particle or a verb (`맞벌이`, `사이`) and glue words of a list.
_NOUN_WORDS = word_set(
    "등록 기록 등 또는 및 혹은 사이 중 가운데 맞벌이 외벌이 홑벌이 한부모 아이 어린이 이상 "
    "부서 경찰서 소방서 읍면 근로 진로 도로 경로 공로 고도 제도 언어 영어 단어 연어 한국어"
)
# `홀로 지내는`, `혼자 사는`: adverbs that only come before a verb.
_ADVERBS = word_set("홀로 혼자 혼자서 함께 직접 따로 오래 자주 새로 늘 잘 스스로 처음 실제 아직")
# `거동이 불편한 장애인과 보호자 1명`: a clause before a person and a companion qualifies the
# person only.
_COMPANION_RE = re.compile(r"(?:보호자|동반자|동행인|활동지원사|가족|자녀)(?:\s?\d+명)?(?:\s|$)")
# `만들기 사업은`, `이용료 지원은`: a program as topic, never a verb.
_TOPIC_NOUN_RE = re.compile(r"(?:사업|지원|제도|과정|정책|센터|교육|프로그램|서비스|수당|계획)$")
_JOIN_RE = re.compile(r"(?:과|와|이나)$")
_ADNOMINAL_RE = re.compile(
    r"(?:[하있없되않받두찾앓겪잃맞살]는|[받깊많않작좋높낮넓같겪잃맞젊늙적늦남찾읽심]은"
    r"|(?:이내|이하|이상|미만|초과|중|예정|대상)인|[된한던린])$"
)
# `주민등록을 둔`, `이동하기 어려운`, `2년 이상 지낸`: what comes before a verb, not a noun.
_BEFORE_VERB_RE = re.compile(r"(?:을|를|이|가|에|에서|로|으로|기|이상|이하|미만|이내)$")
_ARGUMENT_RE = re.compile(
    r"(?:을|를|이|가|에|에서|으로|로|로부터|으로부터|과|와|의|이나|까지|부터)$"
    r"|^(?:중|두고|갖고|가지고|하고|받고|있고|살고|새로|실제|아직|함께|직접|홀로|혼자|혼자서)$"
    r"|[^\s]기$"
)
# `7년 이내이고 … 이하인`, `돌봄이 필요하거나 … 어려운`: two conditions joined in one clause.
_CLAUSE_JOIN_RE = re.compile(r"(?:이고|거나|이면서|있으면서|없으면서)$")
# `5년 이상인`, `180% 이하인`: a bound as a verb (`이상인` is no 상인).
_BOUND_RE = re.compile(r"(?:이내|이하|이상|미만|초과)인$")
# `혼인신고 후`, `퇴원 뒤`: the event before a time word is a noun.
_EVENT_RE = re.compile(r"(?:후|뒤)\s")
# `신청일 기준 30일 이상 …`, `공고일 현재 시에 1년 이상 …`: a duration inside a clause.
_DURATION_RE = re.compile(r"\s?(?:[가-힣]+\s)?(?:\d[\d,]*(?:일|개월|년)\s)?(?:이상|이내|동안|넘게)")
# `신청일 기준으로 …`: a date reference with its particle stays outside the clause.
_PARTICLE_END_RE = re.compile(r"(?:으로|로|에|부터|까지)$")
# `거주하고 있는`, `살고 계신`: a verb with its auxiliary.
_AUXILIARY_RE = re.compile(r"\s(?:있|계시|계신)")
_LEADING_VAGUE = VAGUE - word_set("관내 모든 공공 민간 일반 신규 다른")


def ages(text: str) -> tuple[int | None, int | None]:
    """`age_min`, `age_max` as the phrase states them (미만 20세 → at most 19).

    An age followed by other people marked as object or subject (`만 12세 이하 아동을 둔 가정`)
    is theirs, not the audience's.
    """
    low = high = None
    for match in _AGE_RE.finditer(text):
        if _OTHERS_AGE_RE.match(text, match.end()):
            continue
        if match.group("low"):
            low = int(match.group("low"))
        elif match.group("high"):
            high = int(match.group("high")) - (match.group("bound") == "미만")
        else:
            low, high = int(match.group("from")), int(match.group("to"))
    return low, high


# `… 아동을 둔`, `… 영아가 있는`, `… 어르신이 사는`: the age is of someone else in a clause.
_OTHERS_AGE_RE = re.compile(r"(?:\s?[~∼\-]\s?\S+)?(?:\s[가-힣]+){0,2}?[가-힣](?:을|를|이|가)\s")


def _noun(word: str) -> bool:
    """A word that sits inside a noun phrase: plain, an age, a number or a count."""
    return bool(
        is_plain_word(word)
        or _HEAD_RE.search(word)
        or _AGE_WORD_RE.match(word)
        or _NUMBER_RE.match(word)
        or word in _NOUN_WORDS
    )


def _final_n(word: str) -> bool:
    """The last syllable closes in ㄴ, as past and adjective forms do (`지낸`, `다닌`)."""
    code = ord(word[-1]) - 0xAC00
    return word[-1] not in "은는인면" and 0 <= code < 11172 and code % 28 == 4


def _connective(word: str) -> bool:
    """`깔아`, `만들어`, `찾아`: a verb stem closed by a consonant, then 아/어, joins clauses."""
    if len(word) < 2 or word[-1] not in "아어" or word in _NOUN_WORDS:
        return False
    code = ord(word[-2]) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


def _adnominal(word: str, before: str) -> bool:
    """`word` modifies the noun after it as a verb does: `둔`, `사는`, or `느끼는` after `…을`."""
    if _BOUND_RE.search(word):
        return True
    if _HEAD_RE.search(word) or _NUMBER_RE.match(word):
        return False
    if _ADNOMINAL_RE.search(word):
        return True
    last = before.split()[-1] if before.split() else ""
    after = bool(_BEFORE_VERB_RE.search(last)) or last in _ADVERBS
    if _final_n(word) and (len(word) == 1 or after) and not _AGE_WORD_RE.match(word):
        return True
    argument = bool(re.search(r"(?:을|를|이|가|에|에서|이상|이하|미만|이내)$", last))
    argument = argument or last in _ADVERBS
    return word.endswith(("는", "은")) and argument and not _TOPIC_NOUN_RE.search(word[:-1])


def _before_brackets(text: str, end: int, floor: int) -> int:
    """`end` moved before a closing bracket group (`자치단체(광역 17개, 기초 226개)`)."""
    while end > floor and text[end - 1] == ")":
        opening = text.rfind("(", floor, end)
        if opening < 0:
            break
        end = opening
    return end


def _extent(text: str, end: int, floor: int = 0, *, slot: bool = False) -> tuple[int, int | None]:
    """Start of the audience phrase whose head ends at `end`, read back to `floor` at most.

    Plain words, ages, counts, comma lists of nouns and `A과 B` joins are taken; an adnominal
    verb (`둔`, `사는`, `어려운`) opens a relative clause whose arguments (`익산에`, `주민등록을`)
    are taken too. Outside a defined slot a clause is not taken before a join, since it may
    qualify the first people only (`거동이 불편한 장애인과 보호자`). A comma after people ends a
    phrase that has a clause (`A 청년, 쉼터에서 보호한 청년`): its end is returned as the end of
    the list item before.
    """
    end = _before_brackets(text, end, floor)
    start = max(text.rfind(" ", 0, end) + 1, floor)
    opening = _OPENING_RE.search(text, start, end)
    if opening:
        return opening.end(), None
    clause = joined = False
    words = 0
    while start > floor and text[start - 1] == " " and words < _MAX_WORDS:
        previous = max(text.rfind(" ", 0, start - 1) + 1, floor)
        raw = text[previous : start - 1]
        word = raw.removesuffix(",")
        income = word == "기준" and text.startswith("중위소득", start)
        inside = (
            clause
            and not _PARTICLE_END_RE.search(word)
            and bool(_DURATION_RE.match(text, start - 1))
        )
        if not word or (_STOP_WORD_RE.search(word) and not (income or inside)):
            break
        if _SINCE_RE.search(word) and not (clause and _FROM_RE.search(word)):
            break
        if _connective(word):
            break
        bullet = _BULLET_RE.match(word)
        if bullet:
            start = previous + bullet.end() if _noun(word[bullet.end() :]) else start
            break
        body = _BODY_SUBJECT_RE.search(word)
        if body and not _HEAD_RE.search(word) and not (clause and body.group(1) == "에서"):
            break
        listed = _JOIN_RE.sub("", word) if raw.endswith(("과,", "와,")) else word
        if raw != word and clause and (not slot or listed != word) and _HEAD_RE.search(listed):
            return start, previous + len(listed)
        if raw != word and not (clause or slot or _HEAD_RE.search(word)):
            break
        if word.endswith("의") and _HEAD_RE.search(word[:-1]) and not clause:
            start = previous
            words += 1
            continue
        if _adnominal(word, text[max(previous - 12, 0) : previous]):
            if (joined and not slot) or raw != word:
                break
            clause = True
        elif _JOIN_RE.search(word) and _HEAD_RE.search(
            word[:-2] if word.endswith("이나") else word[:-1]
        ):
            joined = joined or (not clause and bool(_COMPANION_RE.match(text, start)))
        elif (
            _noun(word)
            or (clause and raw == word and _CLAUSE_JOIN_RE.search(word))
            or (clause and word.endswith("고") and _AUXILIARY_RE.match(text, start - 1))
            or (raw == word and _EVENT_RE.match(text, start))
        ):
            pass
        elif not (clause and raw == word and _ARGUMENT_RE.search(word)):
            break
        start = previous
        words += 1
    return start, None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without leading vague words, a dangling argument and trailing 등."""
    while True:
        space = text.find(" ", start, end)
        word = text[start:space] if space > 0 else ""
        if word in _LEADING_VAGUE or word in ("등", "및", "또는"):
            start = space + 1
            continue
        break
    trail = _TRAILING_RE.search(text, start, end)
    if trail and trail.end() == end:
        end = trail.start()
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


def _fact(piece: Piece, span: tuple[int, int]) -> Fact:
    low, high = ages(piece.text[span[0] : span[1]])
    return piece.fact(FactKind.AUDIENCE, span[0], span[1], age_min=low, age_max=high)


def _phrase(text: str, end: int, floor: int = 0, *, slot: bool = False) -> tuple[int, int]:
    return _trim(text, _extent(text, end, floor, slot=slot)[0], end)


def _phrases(
    text: str, end: int, floor: int = 0, *, slot: bool = False
) -> Iterator[tuple[int, int]]:
    """The phrase ending at `end` and the list items before it that `_extent` split off."""
    more: int | None = end
    for _ in range(6):
        if more is None:
            return
        start, next_end = _extent(text, more, floor, slot=slot)
        yield _trim(text, start, more)
        more = next_end


def _slot(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The audiences of a defined slot `text[start:end]`: each item of an enumerated list
    (`① A ② B`, `▲A ▲B`), else the phrase before `end` with the list items before it."""
    marks = list(_ENUM_RE.finditer(text, start, end))
    if len(marks) < 2:
        yield from _phrases(text, end, start, slot=True)
        return
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        item_end = after.start() if after else end
        while item_end > mark.end() and text[item_end - 1] in " ,":
            item_end -= 1
        yield _phrase(text, item_end, mark.end(), slot=True)


def _listed(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The phrases before a trigger at `end`: every item of a `▲A ▲B ▲C를 대상으로` list."""
    floor = max(text.rfind(". ", 0, end), text.rfind("다 ", 0, end), end - 200, 0)
    marks = list(_ENUM_RE.finditer(text, floor, end))
    if len(marks) >= 2:
        yield from _slot(text, marks[0].start(), end)
    else:
        yield from _phrases(text, end)


def _clause_start(text: str, end: int) -> int:
    window_start = max(0, end - _WINDOW)
    cuts = list(_CLAUSE_CUT_RE.finditer(text, window_start, end))
    return cuts[-1].end() if cuts else window_start


def _people_word(text: str, word_start: int, word_end: int) -> tuple[int, int] | None:
    """The phrase ending at `word_end` if it names people (`… 임산부 등이` counts too)."""
    phrase = _phrase(text, word_end)
    stem = text[word_start:word_end]
    found = text[phrase[0] : phrase[1]]
    if _HEAD_RE.search(stem) or _HEAD_RE.search(found) or _AGE_RE.search(found):
        return phrase
    return None


def _subject_before(text: str, trigger: int) -> tuple[int, int] | None:
    """The people noun marked as subject nearest before `trigger`, with its phrase."""
    clause = _clause_start(text, trigger)
    position = trigger
    for _ in range(10):
        space = text.rfind(" ", clause, position - 1)
        word_start = space + 1 if space >= clause else clause
        word = text[word_start:position].strip()
        ending = _SUBJECT_END_RE.search(word)
        if ending:
            found = _people_word(text, word_start, word_start + ending.start())
            if found:
                return found
        if word_start <= clause:
            return None
        position = word_start
    return None


def _helped(text: str, trigger: int) -> tuple[int, int] | None:
    """The first people subject (`X이`/`X가`) of the stretch before `…도록 지원`."""
    floor = max(text.rfind(",", 0, trigger), text.rfind("다 ", 0, trigger)) + 1
    topic = re.search(r"\S(?:은|는)\s", text[floor:trigger])
    floor += topic.end() if topic else 0
    for word in re.finditer(r"\S+", text[floor:trigger]):
        if word.group().endswith(("이", "가")) and len(word.group()) > 2:
            found = _people_word(text, floor + word.start(), floor + word.end() - 1)
            if found:
                return found
    return None


def _accept(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    phrase = text[span[0] : span[1]]
    words = phrase.split()
    if not 2 <= len(phrase) <= _MAX_CHARS or not words:
        return None
    if phrase.removesuffix("들") in _TOO_GENERAL or set(words) <= _GENERATIONS:
        return None
    counted = _COUNTED_RE.match(phrase)
    if counted and counted.group(1) in _TOO_GENERAL:
        return None
    # `입주한 청년` points back; `장애인 가족` is people of people.
    if _POINTING_RE.match(phrase) and not _HEAD_RE.search(words[0]):
        return None
    if len(words) == 2 and words[0] in _PICKED:
        return None
    # `한 가구에 최대 250만 원`: an amount per person or household (`신고를 한 가정` is a verb).
    verb_object = len(words) > 2 and words[-3].endswith(("을", "를", "이", "가"))
    if len(words) >= 2 and words[-2] == "한" and not verb_object:
        return None
    if _GRADE_RE.search(phrase) or _TAKING_PART_RE.search(phrase):
        return None
    if words[-1] in _TOO_GENERAL and set(words[:-1]) <= _LOOSE:
        return None
    if not (_HEAD_RE.search(phrase) or _AGE_RE.search(phrase) or _INCOME_ONLY_RE.fullmatch(phrase)):
        return None
    return span


def _described(text: str) -> Iterator[tuple[int, int]]:
    """`X을 위한 ‘…’`: the people a program is described as for."""
    for match in _TRIGGER_RE.finditer(text):
        if match.group("described"):
            yield from _phrases(text, match.start())


def _spans(text: str) -> Iterator[tuple[int, int] | None]:
    """Candidate audience spans of one sentence that state who may take part, before acceptance."""
    for match in _TRIGGER_RE.finditer(text):
        if match.group("described"):
            continue
        if match.group("list") and _SURVEY_AFTER_RE.match(text, match.end()):
            continue
        yield from _listed(text, match.start())
    for match in _DEFINED_RE.finditer(text):
        for end in _DEFINED_END_RE.finditer(text, match.end(), match.end() + 90):
            items = list(_slot(text, match.end(), end.start()))
            if any(_accept(text, item) for item in items):
                yield from items
                break
    for match in _FIELD_RE.finditer(text):
        who = match.group("who")
        cut = re.search(r"\s[○□■▲◆※·\-]\s?|[()/]", who)
        end = match.start("who") + (cut.start() if cut else len(who.rstrip(". ")))
        yield from _slot(text, match.start("who"), end)
    for match in _WIDENED_RE.finditer(text):
        yield _phrase(text, match.end("who"), match.start("who"), slot=True)
    for match in _LIMITED_RE.finditer(text):
        yield _phrase(text, match.start(), _clause_start(text, match.start()))
    for match in _ABLE_RE.finditer(text):
        found = _subject_before(text, match.start())
        # `X은 … 가입하면` is how to apply; only `X이 … 가입하면` says who gets the benefit.
        if found and match.group("if") and text[found[1] : found[1] + 1] not in "이가":
            continue
        # `A 개인과, B 법인이 받을 수 있다`: the list items before the subject take part too.
        yield from _phrases(text, found[1]) if found else ()
    for match in _HELPED_RE.finditer(text):
        yield _helped(text, match.start())
    for match in _POOL_RE.finditer(text):
        pool = _phrase(text, match.start())
        if " " in text[pool[0] : pool[1]]:
            yield pool
    for match in _HELPED_LIFE_RE.finditer(text):
        yield _phrase(text, match.start())
    if _EVALUATION_RE.search(text):
        yield from (match.span() for match in _EVALUATED_RE.finditer(text))
    yield from (match.span() for match in _INCOME_RE.finditer(text))


def _accepted(text: str, spans: Iterable[tuple[int, int] | None]) -> list[tuple[int, int]]:
    if _PROPOSED_RE.search(text):
        return []
    kept = {span for span in (_accept(text, span) for span in spans) if span}
    # `…중견기업에 새로 취업한 청년에게`: a piece of a longer audience is not one of its own.
    whole = [a for a in kept if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in kept)]
    return outside_speech(text, sorted(whole))


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    """Audiences sentence by sentence. A described audience (`끼니를 거르기 쉬운 어르신을 위한
    ‘경로식당 무료급식’`) gives way when the next sentence states who may take part (`지원 대상은
    60세 이상 저소득 어르신으로`): that is the audience a reader needs."""
    pieces = list(pieces)
    stated = [_accepted(piece.text, _spans(piece.text)) for piece in pieces]
    for index, piece in enumerate(pieces):
        spans = list(stated[index])
        last = index + 1 == len(pieces)
        if last or not stated[index + 1] or _MOVING_ON_RE.match(pieces[index + 1].text):
            spans += _accepted(piece.text, _described(piece.text))
        seen = set()
        for span in sorted(spans):
            if span not in seen:
                seen.add(span)
                yield _fact(piece, span)
