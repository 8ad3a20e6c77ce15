"""More sentence shapes that say who a program or an evaluation is for, each read from a phrase
that ends where the shape begins.

Split from `audience`, which finds the triggers around a clause's subject or object: these shapes
name the group right before a fixed phrase. Who may apply (`A, B 등 누구나 신청할 수 있다`), who
is served first (`BMI가 25 이상인 시민을 우선해서 뽑는다`, `A 등에 우선순위가 부여된다`), the
groups an audience is divided into (`대상을 청년과 신혼부부로 나눴다`), whose burden a program
eases, who help is about (`저소득층에 대한 지원`), the groups an eligibility covers (`A, B 등이
해당된다`),
bodies that join a scheme (`181개 지자체가 참여키로`), every body an evaluation covers (`243개
전(全) 자치단체`), an aged group a call recruits (`만 34세 이하 청년 30명 모집`) and who gets
the sums a list sets out (`전입하는 군민들에게 △전입자 1인당 10만원 △…`). What the phrase
names is judged by `audience_accept`, as for every trigger. `slot` reads the groups of a
defined slot, item by item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise

from govreader.facts.audience_phrase import ENUM_RE, phrase, phrases
from govreader.facts.audience_words import AGE_RE, HEAD_RE
from govreader.facts.phrases import FINAL_L, final_of, has_final
from govreader.facts.rules import Rule, rule
from govreader.model import FactKind

# A candidate span of a sentence (None: none there) with the rule that found it.
Candidate = tuple[Rule, tuple[int, int] | None]


def found_by(found: Rule, spans: Iterable[tuple[int, int] | None]) -> Iterator[Candidate]:
    """`spans`, each as a candidate that the rule `found` found."""
    return ((found, span) for span in spans)


# `농업인, 농업법인 등 누구나 신청할 수 있다`, `… 지역공동체 등 누구나 참여가 가능하며`.
_ANYONE_RE = re.compile(
    r"(?P<etc>\s등)?\s누구나\s(?=[^.]{0,30}?(?:신청|참여|참가|이용|응모|수강)"
    r"(?:할|하실|이|가)?\s?(?:수\s?있|가능))"
)
# `BMI가 25 이상인 시민을 우선해서 뽑는다`, `다자녀가구 등에 우선순위가 부여된다`: who is
# served first.
# `만 34세 이하 청년 30명, 내달 13일까지 모집`, `65세 이상 어르신 50명을 선발한다`: an age
# criterion before the head count of a call says who may answer it.
_RECRUITED_RE = re.compile(r"\s\d[\d,]*여?\s?명(?:을|를)?,?\s(?=[^.]{0,20}?(?:모집|선발))")
# `전입하는 군민들에게 △전입자 1인당 10만원 △대학생 100만원`: who gets the sums listed after.
_LISTED_SUMS_RE = re.compile(
    r"에게(?:는)?\s(?=[△▲■□○◆]\s?[^.△▲■□○◆]{0,30}?\d[\d,.]*\s?[만천억]?\s?원)"
)
_PRIORITY_RE = re.compile(
    r"(?:(?:을|를)\s우선(?:해서|하여|적으로)?\s(?:뽑|선발|선정|지원|모집|배정)"
    r"|(?:\s등)?에(?:게)?\s우선(?:순위|권)(?:가|이|을|를)\s(?:부여|주어|준다|줄|드린))"
)
# `대상을 청년과 신혼부부로 넓혔다`: the groups an audience is narrowed or divided into.
_DIVIDED = r"(?:세분화|나누|나눠|나눴|구분|한정|정했|정하)"
_DIVIDED_AFTER_RE = re.compile(rf"대상을\s(?P<who>[^.]{{2,40}}?)(?:으로|로)\s{_DIVIDED}")
# `성인·청소년·어린이로 교육 대상을 세분화하고`: the same with the groups first.
_DIVIDED_BEFORE_RE = re.compile(
    rf"(?:으로|로)\s(?:[가-힣]{{1,6}}\s)?대상(?:을|를)\s(?:다시\s|새로\s)?{_DIVIDED}"
)
_BODIES = r"(?:자치단체|지자체|지방정부|시·?군·?구|시·?군|시·?도|구·?군|기관|자치구)"
# `181개 지자체가 참여키로 했다`, `166개 기초자치단체가 이 사업에 참여하기로`: bodies that join.
_JOINING_RE = re.compile(
    rf"{_BODIES}(?P<particle>이|가)\s(?:[^.]{{0,20}}?\s)?참여(?:하기로|키로|를\s확정|의사를)"
)
# `243개 전(全) 자치단체를 … 평가`: every body an evaluation covers.
_EVERY_BODY_RE = re.compile(
    rf"(?<![\d,])\d[\d,]*\s?개\s?(?:전\s?\(全\)|전|모든)\s?[가-힣]*{_BODIES}"
    r"(?=[이가을를의에은는과와도,(\s])"
)
_EVALUATION_RE = re.compile(r"평가|심사")
# `취약계층에 대한 선제적 … 강화를 위해`, `저소득층에 대한 지원을 늘린다`: who the help is about.
_ABOUT_RE = re.compile(r"에\s?대한\s(?=[^.]{0,30}?(?:지원|위해|돌봄|보호|혜택|서비스))")
# `다문화가족 대상 한국어 교육`, `65세 이상 어르신 대상 건강 강좌`: X 대상 before what is run.
_FOR_NOUN_RE = re.compile(
    r"\s대상\s(?=(?:[가-힣A-Za-z]+\s){0,2}[가-힣]*"
    r"(?:교육|프로그램|특강|강좌|교실|사업|설명회|캠프|상담|지원|서비스|수업|과정|훈련|검진))"
)
# `청년 취업자들의 생활비 부담을 덜어주기 위해`: whose burden a program eases.
_EASED_RE = re.compile(
    r"의\s(?:[가-힣]+\s){0,2}[가-힣]*부담(?:을|를)\s(?:덜|줄|완화|낮추|경감|해소)"
)
# `구직단념청년, 자립준비청년 등이 해당한다`: the groups an eligibility covers.
_COVERED_RE = re.compile(r"(?:이|가)\s(?:모두\s)?해당(?:한다|된다|되며|하며|돼|됩니다|합니다)")
# `60세 이상 신청 가능하다`, `만 60세 이상이면 누구나`: an age alone says who may take part.
_AGE_ONLY_RE = re.compile(
    r"(?<![가-힣\d])(?:만\s?)?\d{1,3}세\s?(?:이상|이하|미만|부터)(?:\s(?:만\s?)?\d{1,3}세\s?(?:이하|미만|까지))?"
    r"(?=(?:이면|인\s분|은|는)?\s(?:누구나\s)?(?:신청|참여|참가|이용|응모)\s?(?:가능|할\s수))"
)
# `…이다. A, B, C 등이다.`: a sentence that only goes on listing who the last one defined.
# `공익형은 만 65세 이상 기초연금 수급자, 시장형은 만 60세 이상이 해당된다`: a program's kinds,
# each with its own group, as topics one after the other.
_KIND_TOPIC_RE = re.compile(r"(?<!\S)[가-힣·∙]{0,12}(?:형|유형|사업단)(?:은|는)\s")
_LISTING_ON_RE = re.compile(r"^(?P<list>[^.]{2,200}?)\s?등(?:이다|입니다)\.?$")
_DEFINING_RE = re.compile(r"대상|자격")
# `정원 가운데 10명은 기초수급자, 차상위계층, 장애인으로 특별 선발한다`, `모집 인원의 30%를
# ‘지역인재 청년’으로 우선 뽑는다`: the groups a share of the places is kept for. The kept group
# opens a word: tried at each of a long word's letters, it read the rest of the word again. It
# ends at the first particle that closes the word: taken greedily, `저소득층으로` gave `저소득층으`.
_SELECTED = r"(?:선발|선정|뽑|모집|배정|채용)"
_QUOTA_RE = re.compile(
    rf"(?:\d명|\d%|\d인|절반)(?:은|는|을|를)\s(?P<who>[^.]{{2,120}}?)(?:으로|로)\s"
    rf"(?:(?:우선|특별|별도)(?:으로|적으로)?\s?)?{_SELECTED}"
    rf"|(?<![^.\s])(?P<kept>[^.\s]{{2,}}?)(?:으로|로)\s(?:우선|특별)(?:으로|적으로)?\s?{_SELECTED}"
)
_HONOUR_RE = re.compile(r"상금|표창|포상|훈장|시상|수상|유공|우수|모범")
# `중증 장애아동 지원 대상을 … 확대한다`: the group whose support now reaches further.
_WIDENED_GROUP_RE = re.compile(r"\s지원\s?대상(?:을|를)\s(?=[^.]{0,40}?(?:확대|늘리|늘린|넓))")
_CLOSING_QUOTES = "’”'\"」』"
_OPENING_QUOTES = "‘“'\"「『"
_TOPIC_RE = re.compile(r"\S(?:은|는)\s")


def _anyone(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    # `…농업인이라면 누구나` is read where 이라면 is; here the group comes bare or with 등.
    word = text[text.rfind(" ", 0, match.start()) + 1 : match.start()]
    if match.group("etc") or HEAD_RE.search(word):
        yield from phrases(text, match.start())


def _before(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    yield phrase(text, match.start())


def _items_before(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    yield from phrases(text, match.start())


def _divided(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    yield phrase(text, match.end("who"), match.start("who"), slot=True)


def _divided_before(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    # `올해는 A·B로`: the groups are the words before 로, back to the clause's topic or a comma.
    floor = max(text.rfind(",", 0, match.start()), text.rfind("는 ", 0, match.start()) + 1) + 1
    yield phrase(text, match.start(), floor, slot=True)


def _before_particle(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    # `광역 15, 기초 166개 등 총 181개 지자체가`: the comma stays inside the bodies counted.
    yield phrase(text, match.start("particle"), slot=True)


# `우수 직원에게 △상금 100만원 △상패`: a prize, not a benefit.
_PRIZE_RE = re.compile(r"상금|표창|상패|포상|훈장|상장|시상|수상")


def _paid_before(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    if not _PRIZE_RE.search(text, match.end(), match.end() + 80):
        yield phrase(text, match.start())


def _stem_end(text: str, end: int) -> int:
    """Where the word ending at `end` ends without a linking particle: 으로 or 이며 after a
    final consonant, 로 or 며 after a vowel (로 after ㄹ too)."""
    for particle, final in (("으로", True), ("이며", True), ("로", False), ("며", False)):
        stem = end - len(particle)
        if stem > 0 and text.endswith(particle, 0, end):
            last = text[stem - 1]
            if has_final(last) is final or (particle == "로" and final_of(last) == FINAL_L):
                return stem
    return end


def _aged_before(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    # `대상은 만 7세 이상 어린이로 25명을 선발한다`: the group, its particle, then the count.
    start, end = phrase(text, _stem_end(text, match.start()))
    if AGE_RE.search(text, start, end):
        yield start, end


def _kept_for(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    name = "who" if match.group("who") else "kept"
    start, end = match.span(name)
    # `직원 중 5명을 포상 대상자로 선발했다`: those picked for an honour, not places kept.
    if _HONOUR_RE.search(text, start, end):
        return
    if text[end - 1] in _CLOSING_QUOTES:
        end -= 1
        # `‘지역인재 청년’으로`: a quoted group is one, as written.
        if text[start] in _OPENING_QUOTES:
            yield start + 1, end
            return
    if name == "who":
        yield from slot(text, start, end)
    else:
        yield phrase(text, end)


def _itself(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    yield match.span()


Reader = Callable[[str, re.Match[str]], Iterator[tuple[int, int]]]
_A = FactKind.AUDIENCE
# Each shape with a word it cannot do without, checked first so that a sentence without it (or
# a page-long run of digits) costs one substring test, not a scan; and the rule it stands for.
_ANYONE = rule(_A, "X 등 누구나", "귀농인, 청년 농업인 등 누구나 신청할 수 있다")
_PRIORITY = rule(_A, "X을 우선 선발", "다자녀 가구 등에 우선순위가 부여된다")
_DIVIDED_AFTER = rule(_A, "대상을 X로 나눠", "대상을 청년과 신혼부부로 나눴다")
_DIVIDED_BEFORE = rule(_A, "X로 대상을 나눠", "성인·어린이로 대상을 나눴다")
_JOINING = rule(_A, "bodies that join", "120개 지자체가 참여하기로 했다")
_FOR_NOUN = rule(_A, "X 대상 교육", "다문화가족 대상 한국어 교육")
EASED = rule(_A, "X의 부담을 덜어", "청년 구직자의 교통비 부담을 덜기 위해")
_ABOUT = rule(_A, "X에 대한 지원", "저소득층에 대한 지원을 늘린다")
_COVERED = rule(_A, "X 등이 해당한다", "한부모 가족, 조손 가족 등이 해당한다")
_AGE_ONLY = rule(_A, "age alone", "만 60세 이상 신청 가능하다")
_RECRUITED = rule(_A, "aged group a call recruits", "만 34세 이하 청년 30명을 모집")
_LISTED_SUMS = rule(_A, "X에게 △N원", "전입한 주민에게 △1인당 10만 원")
_QUOTA = rule(_A, "places kept for X", "정원 중 5명은 장애인으로 특별 선발한다")
_WIDENED_GROUP = rule(_A, "X 지원 대상을 확대", "장애아동 지원 대상을 확대한다")
_SHAPES: tuple[tuple[str, re.Pattern[str], Reader, Rule], ...] = (
    ("누구나", _ANYONE_RE, _anyone, _ANYONE),
    ("우선", _PRIORITY_RE, _items_before, _PRIORITY),
    ("대상을", _DIVIDED_AFTER_RE, _divided, _DIVIDED_AFTER),
    ("대상", _DIVIDED_BEFORE_RE, _divided_before, _DIVIDED_BEFORE),
    ("참여", _JOINING_RE, _before_particle, _JOINING),
    ("대상", _FOR_NOUN_RE, _items_before, _FOR_NOUN),
    ("부담", _EASED_RE, _before, EASED),
    ("대한", _ABOUT_RE, _before, _ABOUT),
    ("해당", _COVERED_RE, _items_before, _COVERED),
    ("세", _AGE_ONLY_RE, _itself, _AGE_ONLY),
    ("명", _RECRUITED_RE, _aged_before, _RECRUITED),
    ("에게", _LISTED_SUMS_RE, _paid_before, _LISTED_SUMS),
    ("로", _QUOTA_RE, _kept_for, _QUOTA),
    ("대상", _WIDENED_GROUP_RE, _before, _WIDENED_GROUP),
)
BY_KIND = rule(_A, "A형은 X, B형은 Y", "공익형은 기초연금 수급자, 시장형은 만 60세 이상이")
_EVERY_BODY = rule(_A, "every body evaluated", "226개 전(全) 기초자치단체를 평가")
_LISTING_ON = rule(_A, "list going on after 대상", "지원 대상은 … 이다. A, B 등이다.")


def spans(text: str) -> Iterator[Candidate]:
    """Candidate audience spans of one sentence in the shapes above."""
    for word, pattern, read, found in _SHAPES:
        if word in text:
            for match in pattern.finditer(text):
                yield from found_by(found, read(text, match))
    yield from found_by(BY_KIND, by_kind(text))
    if ("전" in text or "모든" in text) and _EVALUATION_RE.search(text):
        yield from ((_EVERY_BODY, match.span()) for match in _EVERY_BODY_RE.finditer(text))


def by_kind(text: str) -> Iterator[tuple[int, int]]:
    """The group of each kind a sentence names in turn (`A형은 X, B형은 Y`), but the last, whose
    group runs into the predicate and is read by the shapes above."""
    topics = list(_KIND_TOPIC_RE.finditer(text))
    for topic, following in pairwise(topics):
        end = following.start()
        while end > topic.end() and text[end - 1] in " ,":
            end -= 1
        if text[end : following.start()].startswith(","):
            yield topic.end(), end


def listing_on(text: str, previous: str) -> Iterator[Candidate]:
    """The groups of a sentence that goes on listing the audience the one before defined."""
    listing = _LISTING_ON_RE.match(text)
    if listing and _DEFINING_RE.search(previous) and not _TOPIC_RE.search(listing.group("list")):
        yield from found_by(_LISTING_ON, slot(text, 0, listing.end("list")))


def slot(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The audiences of a defined slot `text[start:end]`: each item of an enumerated list
    (`① A ② B`, `▲A ▲B`), else the phrase before `end` with the list items before it."""
    marks = list(ENUM_RE.finditer(text, start, end))
    if len(marks) < 2:
        yield from phrases(text, end, start, slot=True)
        return
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        item_end = after.start() if after else end
        while item_end > mark.end() and text[item_end - 1] in " ,":
            item_end -= 1
        yield phrase(text, item_end, mark.end(), slot=True)
