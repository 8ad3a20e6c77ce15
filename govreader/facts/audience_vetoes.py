"""People a sentence names who are no audience, whatever trigger found them: winners paid for a
prize or picked for their merit, the groups a winner's programs served as the sentence tells its
merit, people at an event or a briefing, and those a survey or a campaign reaches.

Split from `audience`, whose triggers find people by the verbs around them (`X에게 지원`, `X은
받는다`, `X을 대상으로`): the same verbs tell of an evaluation's winners receiving its money
(`우수기관으로 뽑혀 특별교부세를 받는다`), of the guests of a ceremony (`관계공무원 등 150명이
참석한`) and of the people a survey asks (`설문조사는 주민 1000명을 대상으로`). Each veto names a
whole class of sentence, not a wording of one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from govreader.facts.audience_subjects import clause_start
from govreader.facts.phrases import FINAL_N, final_of

# `21개 지자체에 총 91억원의 특별교부금을 지원`, `기초자치단체는 각 3억원(의 포상금)을 받는다`,
# `6개 기업에 선정패를 전달했다`: the money or plaque an evaluation gives its winners (not
# `손실보상금`, a benefit).
_PRIZE_PAID_RE = re.compile(
    r"특별교부(?:세|금)|포상금|시상금|(?<![가-힣])상금|상사업비|선정패|인증패|현판\s?(?:을|를|과)"
)
# `관계공무원, 수상자 등 150명이 참석한 가운데`, `주민들이 참석해`: who came to an event.
_ATTENDING_RE = re.compile(
    r"(?:\s?등)?(?:\s(?:총\s|약\s)?\d[\d,]*여?\s?명)?(?:이|가)\s(?:[^.\s]+\s){0,2}?"
    r"(?:참석|참관|자리를\s함께)"
)
_ATTENDED_WORD_RE = re.compile(r"참석|참관|자리를\s함께")
# `이날 시상식에는 A, B 등 150명이`: the event the guests came to, named before them.
_EVENT_TOPIC_RE = re.compile(r"(?:에는|에서는|엔)\s")
# A clause ends between the event and the people (`…에는 … 지원하며, 청년 …`).
_CLAUSE_END_RE = re.compile(r"(?:다|고|며|서|면),?\s")
# `서면조사는 … 주민 1000명을 대상으로 실시한다`, `이날 캠페인은 시민들을 대상으로 진행했다`:
# the topic of the clause is a survey of opinions or a campaign, so its 대상 are whom it asks or
# reaches (a welfare survey, `이번 현황조사는 … 독거어르신을 대상으로`, finds who needs help); of a
# briefing or a hearing (`이번 주민설명회는 … 주민 400여 명을 대상으로`), who come to it.
_SURVEY_TOPIC_RE = re.compile(
    r"(?:(?:설문|서면|여론|만족도|의견|인식|수요)\s?조사|설문|캠페인|홍보|계도|설명회|간담회|공청회"
    r"|토론회)(?:은|는)\s"
)
# `일자리 만들기에 앞장선 10개 자치구를 선정해 인센티브를 지급`: `X에 앞장선` says in what field
# the bodies did well, not to whom the money goes.
_MERIT_RE = re.compile(
    r"(?:앞장(?:선|서|섰|서온|서\s?온)|기여(?:한|해|했)|이바지(?:한|해)|공헌(?:한|해))"
)
# `… 우수 자치구 20곳을 선정해 총 12억원의 인센티브를 지급`: public bodies picked for their merit
# are the winners of an evaluation, not the people a program is for (`저소득 노인 80가구를 선정해`;
# nor `시범사업을 할 3개 시군을 선정해`, bodies that take a program on).
_BODY_PICKED_RE = re.compile(
    r"(?:자치구|자치단체|지자체|지방정부|시·?군·?구|시·?군|시·?도|구·?군|기관|기초단체|광역단체)"
    r"(?:\s?\d[\d,]*\s?(?:곳|개))?$"
)
_MERIT_WORDS_RE = re.compile(r"우수|앞장|성과|실적|모범|선도")
_REWARD_RE = re.compile(r"인센티브|포상|시상|표창|상사업비|평가")
# `… ‘청년창업 도전숙’이 높은 점수를 받았다`, `… 사업으로 장관 표창을 받았다`: the sentence tells
# why a winner won; the groups its programs served are its merit, not a program the page announces.
_MERIT_TOLD_RE = re.compile(
    r"(?:평가|점수|호평)(?:를|을)\s(?:\S+\s)?받(?:았|아|은)|인정(?:받|을\s받)(?:았|아)"
    r"|(?:상|표창|포상|훈장)(?:을|를)\s(?:\S+\s)?(?:받았|수상)|수상(?:했|하였|해)"
)

# `초고령사회에 진입한 만큼`, `행정기관에 주로 배치돼`, `장학생에 한정하지 않고`, `어르신에 한했던`:
# the word after `X에` (an adverb aside) is a verb that gives nothing and closes a clause of its
# own, so X is where something stands or goes, or a former limit, not who receives. A verb
# form before a noun (`X에게 다양한 정보를 제공`, `X에게 필요한 교육을`) and `X에 대한 지원`,
# `X에게 지원되던` stay.
_OWN_VERB_RE = re.compile(
    r"(?:(?:주로|모두|각각|이미|새로|직접|곧바로)\s)?"
    r"(?![가-힣]*(?:지원|지급|제공|전달|배부|보조|배정|공급|보급|연계|혜택))"
    r"(?!(?:대|관|의|따|위)(?:해|하여)[\s,])"
    r"(?:[가-힣]{1,4}(?:돼|되어|하여|하지|해)(?=[\s,])"
    r"|(?P<past>[가-힣]{1,4})\s(?:만큼|뒤|후|이후|데|바)(?=[\s,])"
    r"|한(?:했던|하던|정된|정했던|정됐던))"
)


def own_verb(text: str, end: int) -> bool:
    """The `X에` ending at `end` is the argument of a verb that names no giving (a past form
    before `만큼`/`뒤` closes in ㄴ: `진입한`, `들어선`)."""
    match = _OWN_VERB_RE.match(text, end)
    if not match:
        return False
    past = match.group("past")
    return not past or final_of(past[-1]) == FINAL_N


# `25개 자치구를 대상으로 한 평가에서`: the 대상 of the evaluation itself.
_JUDGED_AFTER_RE = re.compile(r"\s?[^.]{0,15}?(?:평가|심사|시상)")


def judged(text: str, end: int) -> bool:
    """The `대상으로` ending at `end` belongs to the evaluation: its bodies stay an audience."""
    return bool(_JUDGED_AFTER_RE.match(text, end))


def merit_told(text: str) -> bool:
    """The sentence tells the merit an evaluation or a prize recognised."""
    return bool(_MERIT_TOLD_RE.search(text))


def merit(text: str, end: int) -> bool:
    """The `X에` ending at `end` is the field a merit verb names (`X에 앞장선`), not a recipient."""
    return bool(_MERIT_RE.match(text, end))


def body_picked(text: str, span: tuple[int, int]) -> bool:
    """The phrase at `span`, picked by `을 선정해`, names public bodies: winners, no audience."""
    if not _BODY_PICKED_RE.search(text, span[0], span[1]):
        return False
    return bool(_MERIT_WORDS_RE.search(text, span[0], span[1]) or _REWARD_RE.search(text))


@lru_cache(maxsize=256)
def prize_paid(sentence: str) -> bool:
    """The sentence tells of the money or plaque an evaluation gives its winners. Asked at each
    trigger of a sentence, it is read once per sentence (not its length times its triggers)."""
    return bool(_PRIZE_PAID_RE.search(sentence))


@lru_cache(maxsize=256)
def _attending_starts(sentence: str) -> tuple[int, ...]:
    """Every place of `sentence` where a clause of people attending starts (`_ATTENDING_RE`),
    found once per sentence: searching the rest of the sentence after each of its candidates
    costs a sentence of candidates its length squared. The pattern looks at nothing before
    where it starts, so the first of these at or after a place is what a search from it finds."""
    if not _ATTENDED_WORD_RE.search(sentence):
        return ()
    return tuple(at for at in range(len(sentence)) if _ATTENDING_RE.match(sentence, at))


def attending(text: str, span: tuple[int, int]) -> bool:
    """The people at `span` attend an event: they are its subject (`관계자 등 50명이 참석`), or
    follow the event it names (`시상식에는 A, B 등 150명이 참석`)."""
    starts = _attending_starts(text)
    at = bisect_left(starts, span[1])
    if at == len(starts):
        return False
    if starts[at] == span[1]:
        return True
    topics = list(_EVENT_TOPIC_RE.finditer(text, clause_start(text, starts[at]), span[0]))
    return bool(topics) and not _CLAUSE_END_RE.search(text, topics[-1].end(), span[0])


def surveyed(text: str, trigger: int) -> bool:
    """The `대상으로` at `trigger` belongs to a clause whose topic is a survey or a campaign."""
    starts, first_ends = _survey_topics(text)
    at = bisect_left(starts, text.rfind(". ", 0, trigger) + 1)
    return at < len(starts) and first_ends[at] <= trigger


@lru_cache(maxsize=256)
def _survey_topics(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a survey or campaign told as a topic starts, at every place it does, and the
    soonest end of those starting there or later: found once per sentence rather than searched
    for again before each trigger. The pattern looks at nothing around its match, so one lies in
    a stretch of the sentence exactly when one starting in it ends in it."""
    found = [
        (at, m.end()) for at in range(len(sentence)) if (m := _SURVEY_TOPIC_RE.match(sentence, at))
    ]
    soonest: list[int] = []
    for _, end in reversed(found):
        soonest.append(min(end, soonest[-1]) if soonest else end)
    return tuple(at for at, _ in found), tuple(reversed(soonest))
