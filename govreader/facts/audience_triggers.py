"""Who a trigger word says a program is for: `X을 대상으로`, `X가 대상이다`, `X에게 지원`,
`X에 가구당 30만 원`, `대상을 X까지 확대`, and `X을 위한 ‘…’` describing a named program; and
when the same words name no audience (who was surveyed or briefed, winners of an honour, people
sent to work, people a program already reached and counted).

Apart from `audience` because the trigger words and their vetoes are one family with a pattern
and checks of its own; `audience` reads the other families and accepts the candidates of all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from govreader.facts import audience_shapes as shapes
from govreader.facts import audience_vetoes as vetoes
from govreader.facts.audience_phrase import ENUM_RE, counted_after, phrases
from govreader.facts.phrases import word_set
from govreader.facts.rules import rule
from govreader.model import FactKind

_A = FactKind.AUDIENCE

# `X에게 … 지원` stays inside one clause: in `청년이 관내 기업에 채용됐고, … 지원 기간이` the
# 지원 belongs to the next clause, and in `X에 있는 … 지원센터가` X is where a body is, 지원 part
# of its name. `X에 가구당 30만 원`, `X에 기업당 최대 2억 원까지 투자`: a sum per head says who
# receives it, with or without a verb.
# `저소득 독거 노인 80가구를 선정해 청소 서비스를 지원`: who a program picks to serve.
# `열악한 1인가구 대상으로 ‘…’을 추진`: the group may come bare, without 을/를, before 대상으로,
# and before 대상이다 (`‘…’은 만 49세 이하 신혼부부 대상이며`).
# `홀몸노인까지 확대한다`, `미취업 청년까지 참여 대상을 확대`, `청년, 중장년 1인 가구로 사업
# 대상으로 확대`: who a program now reaches (`전국 자치단체로 시스템이 확대되면` is a rollout,
# so `으로 확대` needs the word 대상).
_TRIGGER_RE = re.compile(
    r"(?P<list>(?:을|를)\s?대상으로|(?<=[가-힣])\s대상(?:으로\s|이(?:다|며|고)(?=[\s.,]))"
    r"|(?:이|가|은|는)\s(?:[가-힣]{2}\s){0,2}대상이(?:다|었다|며|고)"
    r"|까지\s(?:[^\s.]+\s){0,3}?(?:대상(?:을|를|으로)?\s)?(?:확대|넓혀|넓혔|넓힌)"
    r"|(?:으로|로)\s(?:[^\s.]+\s){0,2}?대상(?:을|를|으로)?\s(?:확대|넓혀|넓혔|넓힌)"
    r"|(?:을|를)\s(?:추가\s|새로\s)?선정(?:해|하여|한\s뒤)\s"
    r"(?=[^.]{0,40}?(?:지원|제공|추진|실시|운영|전달|지급)))"
    r"|(?P<described>(?:(?:을|를)\s(?:돕기\s|지원하기\s|보호하기\s)?|\s(?:지원|보호|돌봄)(?:을|를)\s)"
    r"위(?:해|한|하여)(?:서는|서)?(?:\s|(?=서다[.\s]|$))|(?:을|를)\s돕는\s"
    r"|(?:을|를)\s(?:지원하|돕|도우|보호하)고자\s)"
    r"|(?P<one>에(?:게)?(?:는|도)?\s(?!(?:있는|위치한|소재한|자리한)\s)"
    r"(?=(?:(?!(?:고|며|서|면|데),\s)[^.]){0,45}?"
    r"(?:지원(?!센터|단|팀|청|기관|대상)|지급|제공|전달|배부|돕|도와|무료|보내|준다|주고|주는|달아|배달"
    r"|면제|감면|할인|돌아가|돌아간"
    r"|보급|보조|늘린|드린|드립|보낸|빌려|건네|줬|주었|연계|교육을|상담을|우선\s?(?:배정|공급))))"
    r"|(?P<each>에(?:게)?(?:는|도)?\s(?=[가-힣]{1,3}\s?당\s(?:최대\s|월\s|연\s)?\d))"
)

# `퇴직 공무원들에게 정부 포상을 전달`, `3개 기초단체에는 각각 15억원의 특별 지원금이` in a
# sentence naming a prize: winners of an honour, not who a program is for.
_HONOUR_AFTER_RE = re.compile(r"[^.]{0,25}?(?:포상|표창|훈장|상장|상패|감사패|인증패|(?<!보)상금)")

PRIZE_RE = re.compile(
    r"(?:대통령|국무총리|총리|장관|도지사)\s?(?:상|표창)|[가-힣]상과\s함께|최우수|우수기관"
)


@lru_cache(maxsize=256)
def prize_named(sentence: str) -> bool:
    """Whether `sentence` names a prize (`PRIZE_RE`): read once per sentence, not per trigger."""
    return bool(PRIZE_RE.search(sentence))


# `…을 대상으로 만족도를 조사한 결과`, `… 대상으로 벌인 주거 실태조사에서`: who was surveyed,
# not who a program is for; nor are those a campaign reaches (`시민을 대상으로 홍보 배너를
# 설치하고`, `… 대상으로 캠페인을 벌였다`).
# Nor are those a briefing or hearing is held for (`토지소유자를 대상으로 주민설명회를 열었다`,
# `… 주민들을 대상으로 ‘찾아가는 … 설명회’를`): the people at an event.
_SURVEY_AFTER_RE = re.compile(
    r"(?:\s[‘“'\"]?[가-힣\d]+){0,3}?\s[‘“'\"]?[가-힣]*?"
    r"(?:만족도|설문|조사|홍보(?!관|대사|단)|캠페인|계도|설명회|간담회|공청회|토론회)"
)

# `독거노인 150명에게 도시락을 전달했다`: people a program already reached, counted (a result).
_SERVED_RE = re.compile(
    r"[^.]{0,45}?(?:(?:지원|지급|제공|전달|배부|연계|배달|보급)(?:했|하였|됐|되었)|드렸|보냈|도왔|건넸)"
)

_COUNT_END_RE = re.compile(r"\d[\d,]*여?\s?(?:명|가구|곳|개|세대|개소)$")

# `공공기관, 복지시설 등에 배치돼 … 업무를 지원한다`, `서류를 동 주민센터에 제출하면`: where
# people are sent to work or hand in papers, not who a program is for.
_PLACED_RE = re.compile(r"(?:배치|파견|투입|제출|근무)(?:돼|되어|된|되|해|하|할|한)")

# `X에게 … 가사 지원을 제공하는 ‘…사업’을`: a clause naming the program it describes.
_NAMED_AFTER_RE = re.compile(r"[^.,]{0,45}?(?:하|주|돕)는\s[‘“「『]")

DESCRIBED = rule(_A, "who a program is for", "홀로 사는 어르신을 위한 ‘안부 살피미’")

TRIGGERS = {
    "list": rule(_A, "X을 대상으로, X가 대상이다", "관내 미취업 청년을 대상으로 교육을 연다"),
    "one": rule(_A, "X에게 지원", "만 65세 이상 어르신에게 교통비를 지원한다"),
    "each": rule(_A, "X에 가구당 N원", "다자녀 가구에 가구당 30만 원을"),
}


def _listed(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The phrases before a trigger at `end`: every item of a `▲A ▲B ▲C를 대상으로` list."""
    floor = max(text.rfind(". ", 0, end), text.rfind("다 ", 0, end), end - 200, 0)
    marks = list(ENUM_RE.finditer(text, floor, end))
    if len(marks) >= 2:
        yield from shapes.slot(text, marks[0].start(), end)
    else:
        yield from phrases(text, end)


def counted(text: str, span: tuple[int, int] | None) -> bool:
    """The phrase ends in a head count, or had one the phrase reader dropped after it."""
    if span is None:
        return False
    return bool(_COUNT_END_RE.search(text, span[0], span[1])) or counted_after(text, span[1])


# `40~64세 중장년 시민 취업을 위한`: the people whose work or life a program is for.
_ACTIVITIES = word_set(
    "취업 재취업 창업 자립 정착 교육 복지 건강 안전 일자리 생활 주거 성장 학습 돌봄"
)


def _before_activity(text: str, end: int) -> int:
    """`end` moved before an activity word that follows people (`… 시민 취업`)."""
    space = text.rfind(" ", 0, end)
    if space > 0 and text[space + 1 : end] in _ACTIVITIES:
        return space
    return end


def _describing(match: re.Match[str]) -> bool:
    """`X을 위한 ‘…’`, `X에게 … 제공하는 ‘…’`: the trigger only describes a named program."""
    if match.group("described"):
        return True
    return bool(match.group("one") and _NAMED_AFTER_RE.match(match.string, match.end()))


def trigger_spans(text: str, told: bool) -> Iterator[shapes.Candidate]:
    """Candidate spans of one sentence that a trigger word names, each with its rule; `told`
    when the sentence tells a winner's merit (then only a judged list may name an audience)."""
    for match in _TRIGGER_RE.finditer(text):
        if told and not (match.group("list") and vetoes.judged(text, match.end())):
            continue
        if _describing(match):
            yield from shapes.found_by(
                DESCRIBED, phrases(text, _before_activity(text, match.start()))
            )
            continue
        if match.group("list") and (
            _SURVEY_AFTER_RE.match(text, match.end()) or vetoes.surveyed(text, match.start())
        ):
            continue
        if (match.group("one") or match.group("each")) and (
            _HONOUR_AFTER_RE.match(text, match.end())
            or prize_named(text)
            or vetoes.prize_paid(text)
        ):
            continue
        if match.group("one") and (
            _PLACED_RE.match(text, match.end())
            or vetoes.merit(text, match.end())
            or vetoes.own_verb(text, match.end())
        ):
            continue
        trigger = TRIGGERS[str(match.lastgroup)]
        if match.group("one") and _SERVED_RE.match(text, match.end()):
            uncounted = (span for span in _listed(text, match.start()) if not counted(text, span))
            yield from shapes.found_by(trigger, uncounted)
            continue
        listed = _listed(text, match.start())
        if "선정" in match.group():
            listed = (span for span in listed if span is None or not vetoes.body_picked(text, span))
        yield from shapes.found_by(trigger, listed)
