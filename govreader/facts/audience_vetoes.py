"""People a sentence names who are no audience, whatever trigger found them: winners paid for a
prize, people at an event, and those a survey or a campaign reaches.

Split from `audience`, whose triggers find people by the verbs around them (`X에게 지원`, `X은
받는다`, `X을 대상으로`): the same verbs tell of an evaluation's winners receiving its money
(`우수기관으로 뽑혀 특별교부세를 받는다`), of the guests of a ceremony (`관계공무원 등 150명이
참석한`) and of the people a survey asks (`설문조사는 주민 1000명을 대상으로`). Each veto names a
whole class of sentence, not a wording of one.
"""

from __future__ import annotations

import re

from govreader.facts.audience_subjects import clause_start

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
# `이날 시상식에는 A, B 등 150명이`: the event the guests came to, named before them.
_EVENT_TOPIC_RE = re.compile(r"(?:에는|에서는|엔)\s")
# A clause ends between the event and the people (`…에는 … 지원하며, 청년 …`).
_CLAUSE_END_RE = re.compile(r"(?:다|고|며|서|면),?\s")
# `서면조사는 … 주민 1000명을 대상으로 실시한다`, `이날 캠페인은 시민들을 대상으로 진행했다`:
# the topic of the clause is a survey of opinions or a campaign, so its 대상 are whom it asks or
# reaches (a welfare survey, `이번 현황조사는 … 독거어르신을 대상으로`, finds who needs help).
_SURVEY_TOPIC_RE = re.compile(
    r"(?:(?:설문|서면|여론|만족도|의견|인식|수요)\s?조사|설문|캠페인|홍보|계도)(?:은|는)\s"
)


def prize_paid(sentence: str) -> bool:
    """The sentence tells of the money or plaque an evaluation gives its winners."""
    return bool(_PRIZE_PAID_RE.search(sentence))


def attending(text: str, span: tuple[int, int]) -> bool:
    """The people at `span` attend an event: they are its subject (`관계자 등 50명이 참석`), or
    follow the event it names (`시상식에는 A, B 등 150명이 참석`)."""
    if _ATTENDING_RE.match(text, span[1]):
        return True
    match = _ATTENDING_RE.search(text, span[1])
    if not match:
        return False
    topics = list(_EVENT_TOPIC_RE.finditer(text, clause_start(text, match.start()), span[0]))
    return bool(topics) and not _CLAUSE_END_RE.search(text, topics[-1].end(), span[0])


def surveyed(text: str, trigger: int) -> bool:
    """The `대상으로` at `trigger` belongs to a clause whose topic is a survey or a campaign."""
    return bool(_SURVEY_TOPIC_RE.search(text, text.rfind(". ", 0, trigger) + 1, trigger))
