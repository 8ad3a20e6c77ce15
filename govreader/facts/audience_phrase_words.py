"""What a word is inside an audience phrase read back: a noun word, or a verb form that ends it;
and where a word with a bracketed note or a quoted name inside it really starts.

Split from `audience_phrase` because telling the words apart (`근로` is a noun, `둔` and
`느끼는` modify the noun after them as verbs do, `만들어` and `적립되어` join clauses) is a
question of its own, asked by the phrase reader at each word and by the list reader
(`plain_phrase`), while `audience_phrase` decides where a phrase starts.
"""

from __future__ import annotations

import re

from govreader.facts.audience_words import AGE_RE, HEAD_RE
from govreader.facts.phrases import FINAL_N, final_of, has_final, is_plain_word, word_set

# `20~30대`, `4∼10년차`: a range of decades or years in business is a number word too.
_NUMBER_RE = re.compile(
    r"^\d[\d,.]*(?:[만천]\d*)?(?:[~∼]\d[\d,.]*)?여?"
    r"(?:%|개|명|곳|가구|년차|년|개월|일|세|차|학년|인|급|대|㎡|m²|ha|평|톤|kg)?$"
)
# `만19세부터 39세까지`: 만 may be written against the age; `만15세~39세의 시민`: an age range
# ends in 의 before the people it bounds.
_AGE_WORD_RE = re.compile(
    r"^(?:만|(?:이상|이하|미만|초과|이내)의?|만?\d{1,3}세(?:부터|까지|까지의|에서|의|(?:이상|이하|미만)의?)?"
    r"|만?\d{1,3}(?:세|개월)?[~∼]만?\d{1,3}세의?|(?:이상|부터)?[~∼]만?)$"
)
# Nouns that end like a particle or a verb (`맞벌이`, `사이`) and glue words of a list.
NOUN_WORDS = word_set(
    "등록 기록 등 또는 및 혹은 사이 중 가운데 맞벌이 외벌이 홑벌이 한부모 다둥이 자가 아이 "
    "어린이 이상 부서 경찰서 소방서 읍면 읍 면 동 리 근로 진로 도로 경로 공로 원로 고도 제도 "
    "언어 영어 단어 연어 한국어 관할 일반"
)
# `사업자등록 6개월 이상`, `주민등록 1년 이상`: a record held for a time, ending like `…도록`.
# So do benefits ending like 하여 (`주거급여 수급자`, `생계급여`).
_RECORD_TAILS = ("등록", "기록", "급여")
# `홀로 지내는`, `혼자 사는`: adverbs that only come before a verb.
ADVERBS = word_set("홀로 혼자 혼자서 함께 직접 따로 오래 자주 새로 늘 잘 스스로 처음 실제 아직")
# `만들기 사업은`, `이용료 지원은`: a program as topic, never a verb; so is its call (`추가
# 모집은`, `참가 신청은`).
_TOPIC_NOUN_RE = re.compile(
    r"(?:사업|지원|제도|과정|정책|센터|교육|프로그램|서비스|수당|계획|모집|신청|접수|선발|공모)$"
)
_ADNOMINAL_RE = re.compile(
    r"(?:[하있없되않받두찾앓겪잃맞살]는|[받깊많않작좋높낮넓같겪잃맞젊늙적늦남찾읽심]은"
    r"|(?:이내|이하|이상|미만|초과|중|예정|대상)인|[된한던린])$"
)
# `주민등록을 둔`, `이동하기 어려운`, `2년 이상 지낸`: what comes before a verb, not a noun.
_BEFORE_VERB_RE = re.compile(r"(?:을|를|이|가|에|에서|로|으로|과|와|기|이상|이하|미만|이내)$")
# `5년 이상인`, `180% 이하인`: a bound as a verb (`이상인` is no 상인).
_BOUND_RE = re.compile(r"(?:이내|이하|이상|미만|초과)인$")


def plain_phrase(text: str) -> bool:
    """`text` is nouns only, with no clause before its head that might qualify what follows
    (`만 65세 이상 어르신`, not `설립 3년 미만인 협동조합`)."""
    words = text.split()
    return all(
        noun_word(word) and not adnominal(word, " ".join(words[:index]))
        for index, word in enumerate(words)
    )


def noun_word(word: str) -> bool:
    """A word that sits inside a noun phrase: plain, an age, a number or a count."""
    return bool(
        is_plain_word(word)
        or HEAD_RE.search(word)
        or _AGE_WORD_RE.match(word)
        or _NUMBER_RE.match(word)
        or word in NOUN_WORDS
        or word.endswith(_RECORD_TAILS)
    )


_DOT_RE = re.compile(r"[·∙ㆍ‧]")
_NOUN_N_RE = re.compile(r"(?:산단|공단|재단|사업단|봉사단|회관|기관|본관)$")


def _final_n(word: str) -> bool:
    """The last syllable closes in ㄴ, as past and adjective forms do (`지낸`, `다닌`); a list of
    nouns (`하남·진곡산단`) and a body or place (`공단`, `회관`) only look like one; an empty
    word (a phrase that is a stray particle alone, `청년을 을 대상으로`) is no verb form."""
    if not word or _DOT_RE.search(word) or _NOUN_N_RE.search(word):
        return False
    return word[-1] not in "은는인면" and final_of(word[-1]) == FINAL_N


def connective(word: str) -> bool:
    """`깔아`, `만들어`, `찾아`: a verb stem closed by a consonant, then 아/어, joins clauses;
    people nouns only look like one (`영아`, `신생아`, `장애아`)."""
    if len(word) < 2 or word[-1] not in "아어" or word in NOUN_WORDS or HEAD_RE.search(word):
        return False
    return has_final(word[-2]) is True


# `적립되어`, `이어져`, `거쳐`, `배치돼`, `다를 뿐`, `이상인데`, `8일간`: a verb joining clauses,
# or a purpose (`…을 실현하고자`),
# a limit or a span of days ends the phrase read back; none of them sits inside a group's name.
_LINKING_RE = re.compile(r"(?:되어|[아어]져|[쳐져]|돼|^뿐|인데|[가-힣]고자|\d(?:일|개월|년|주)간)$")


def linking(word: str) -> bool:
    """`word` links what comes before to the rest of the sentence rather than naming people."""
    return bool(_LINKING_RE.search(word)) and word not in NOUN_WORDS


# `자치구 최초 보호종료아동의 자립을 지원했고`, `전국 최초로 청년에게`: first among bodies is how
# the act was done, not who it is for (`생애 최초 창업자` is who).
_FIRST_RE = re.compile(r"^(?:최초|처음)(?:으로|로)?$")
_AMONG_RE = re.compile(r"(?:전국|국내|도내|시내|자치구|지자체|지방정부|[가-힣]{1,4}[시군구도])\s?$")


def first_among(word: str, before: str) -> bool:
    """`word` says the act is a first among the bodies `before` names (`자치구 최초`)."""
    return bool(_FIRST_RE.match(word) and _AMONG_RE.search(before))


# `…을 느끼는`, `…에 사는`: a word ending in a case particle or a limit is the verb's argument.
_ARGUMENT_END_RE = re.compile(r"(?:을|를|이|가|에|에서|이상|이하|미만|이내)$")


def adnominal(word: str, before: str) -> bool:
    """`word` modifies the noun after it as a verb does: `둔`, `사는`, or `느끼는` after `…을`;
    `전` in `전 국민` is the word for all, and `일반` in `함께 일반 국민` a noun, not verbs."""
    if word == "전" or word in NOUN_WORDS:
        return False
    if _BOUND_RE.search(word):
        return True
    if HEAD_RE.search(word) or _NUMBER_RE.match(word):
        return False
    if _ADNOMINAL_RE.search(word):
        return True
    words = before.split()
    last = words[-1] if words else ""
    after = bool(_BEFORE_VERB_RE.search(last)) or last in ADVERBS
    if _final_n(word) and (len(word) == 1 or after) and not _AGE_WORD_RE.match(word):
        return True
    argument = bool(_ARGUMENT_END_RE.search(last))
    argument = argument or last in ADVERBS
    return word.endswith(("는", "은")) and argument and not _TOPIC_NOUN_RE.search(word[:-1])


# `녹색제품 사용 등 시민들`, `탁구 경기 등 지역 주민들`: a list of activities closed by 등 that a
# phrase read back ran into; the people after it are the phrase. Not a list of people
# (`기초생활수급자 등 저소득층`), nor the argument of a clause (`우울과 불안 등 정서적 어려움을
# 겪는 구민`: what follows 등 is no plain noun phrase), nor the members a count sums up
# (`경기 남양주시 등 166개 기초자치단체`, `광역 15, 기초 166개 등 총 181개 지자체`).
_ETC_RE = re.compile(r"(?:^|\s)등\s")
_COUNT_START_RE = re.compile(r"^(?:총|약|모두|전체)?\s?\d")


def past_things(text: str, start: int, end: int) -> int:
    """`start` moved past a list of things closed by 등 before the people of the phrase."""
    marks = list(_ETC_RE.finditer(text, start, end))
    if not marks:
        return start
    after = marks[-1].end()
    rest = text[after:end]
    listed = text[start : marks[-1].start()].split()
    if (
        any(HEAD_RE.search(word.rstrip(",")) for word in listed)
        or AGE_RE.search(" ".join(listed))
        or _COUNT_START_RE.match(rest)
        or not plain_phrase(rest)
    ):
        return start
    return after


# `‘장애인복지법’에 따라`, `‘중소기업기본법’상`, `(예비)사업장을`: a name quoted within one word,
# or a short note opening it, is read as the word it marks (its marks stay in the phrase).
_MARKED_NAME_RE = re.compile(
    r"^(?:[‘“「『]([^‘’“”「」『』\s]{1,30})[’”」』]|\([^()\s]{1,10}\))(?=\S)"
)


def marked_name(word: str) -> str:
    """`word` without the quotes of a name inside it or a short note opening it."""
    marked = _MARKED_NAME_RE.match(word)
    return (marked.group(1) or "") + word[marked.end() :] if marked else word


# `‘장애인복지법’에 따라 등록된`, `법령에 의거 지정된`: the rule a status was given by is inside
# the clause that gives it (`방침에 따라 군내에 사는` is how the sentence acts, not who).
_BY_RULE = word_set("따라 의해 의하여 의거 의거해 의거하여")
_STATUS_AFTER_RE = re.compile(r"\S*(?:된|받은|정한|취득한)\s")


def by_rule(word: str, text: str, after: int) -> bool:
    """`word` is `따라`/`의해` before the participle, at `after`, of a status given by a rule."""
    return word in _BY_RULE and bool(_STATUS_AFTER_RE.match(text, after))


# A note may list several names (`5개 대학(…, …, … 대학) 재학생`), so it may run long.
_NOTE_REACH = 80
# A note inside the head word is a short one (`다자녀(2인 이상)가구`).
_HEAD_NOTE_REACH = 40
SPACED_NOTE_RE = re.compile(rf"\([^()]{{1,{_NOTE_REACH}}}\)")


def spaced_note(text: str, raw: str, previous: int, floor: int) -> int | None:
    """Where the word starts whose bracketed note of several words ends in `raw` (`이하)`,
    `포함)인`), if the bracket opens right after a word (`월세(60만원`), not after a blank."""
    if ")" not in raw or "(" in raw:
        return None
    return _word_of_bracket(text, previous, floor, _NOTE_REACH)


def bracket_opened(text: str, start: int, floor: int) -> int:
    """`start` moved back to the word whose bracket the head word closes (`다자녀(2인 이상)가구`
    read from `이상)가구`), when the bracket opens right after a word."""
    closing = text.find(")", start)
    space = text.find(" ", start)
    if closing < 0 or (0 <= space < closing) or "(" in text[start:closing]:
        return start
    opened = _word_of_bracket(text, start, floor, _HEAD_NOTE_REACH)
    return start if opened is None else opened


def _word_of_bracket(text: str, at: int, floor: int, reach: int) -> int | None:
    """Where the word starts whose bracket, still open at `at`, opened at most `reach` back and
    right after the word (`월세(60만원`), not after a blank or another bracket; None otherwise."""
    opening = text.rfind("(", max(floor, at - reach), at)
    if opening <= floor or text[opening - 1] in " (" or ")" in text[opening:at]:
        return None
    return max(text.rfind(" ", 0, opening) + 1, floor)
