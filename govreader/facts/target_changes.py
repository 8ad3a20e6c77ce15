"""Changes against an earlier period: how much a figure grew or fell, never a level reached; and
a goal set at first and then changed.

LABELING: year-on-year changes and growth rates are not targets. `target_vetoes` reads a change
said with a particle (`2천220건이 증가했다`) or after 보다 (`지난해보다 500개 늘어난`); a change is
also told straight after the period it is measured against, with no particle, as an adjective of
what follows (`전년 동기대비 95명 증가한 성과`, `전년 대비 140% 늘어나는 성과를 올렸다`, `지난해에
비해 12곳 줄어든`). The level itself (`580명으로`, `늘어난 2만3천 명`) is read by the other rules.
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.target_spot import Spot

# An earlier period measured against: the year, month or quarter before, or the same stretch of
# last year; not a goal (`목표 대비 115%를 달성`), which is what a result reached.
EARLIER_PERIOD = re.compile(
    r"(?:전년|전년도|지난해|작년|전월|전달|지난달|전기|전분기|전 분기|지난 분기|직전 연도|\d{4}년)"
    r"\s?(?:(?:동기|같은\s기간|같은\s달|동월|동 기간|동기간)\s?)?"
    r"(?:대비|에\s비해|에\s비하여|보다|比)\s?$"
)
# The figure changed by itself (늘어난, 증가한): a body that cut or raised it (`32% 줄이는 성과`)
# did something, which the other rules read.
CHANGE_AFTER = re.compile(
    r"^(?:여)?\s?(?:가량\s|정도\s|남짓\s)?"
    r"(?:증가|늘어|늘었|늘고|감소|줄어|줄었|상승|하락|많|적(?=[은게어])|높아|낮아|올랐|오른|떨어"
    r"|뛰었|급증|급감)"
)


def changed_since(spot: Spot) -> bool:
    """A count or a share told as the change since an earlier period (`전년 대비 95명 증가한`),
    unless the sentence says a program caused it (`이 사업으로 매출은 전년보다 15% 늘었다`)."""
    if not (EARLIER_PERIOD.search(spot.raw) and CHANGE_AFTER.match(spot.rest)):
        return False
    return not cues.CAUSED.search(spot.head)


# A goal set at first and then changed (`애초 450만 명으로 잡았던 관광객 유치 목표를 400만 명으로
# 낮췄다`, `당초 목표를 830만 명으로 정했으나 … 높여 잡았다`) is superseded: only the new level
# is the goal, wherever the page tells the old level again (`애초 목표인 450만 명은 … 설정됐으나`).
# A goal missed or beaten (`당초 목표인 1천만 명에 못 미쳤다`, `목표로 510만 명을
# 삼았으나 … 머물렀다`) is still the goal, and is left to the other rules.
AT_FIRST = re.compile(r"(?:애초|당초|처음)(?:에|의)?\s(?:[^\s,.]+\s){0,6}$")
SET_AT_FIRST = re.compile(
    r"^(?:여)?\s?(?:으로|로)\s(?:잡았|정했|세웠|설정했|책정했)(?:던|으나|지만|는데)\s"
)


def superseded(spot: Spot) -> bool:
    """A goal told as the level set at first, before it was changed."""
    return bool(AT_FIRST.search(spot.raw) and SET_AT_FIRST.match(spot.rest))


def set_at_first(text: str, match: re.Match[str]) -> bool:
    """Whether the count `match` of `text` is told as a goal set at first and then changed: no
    later sentence that retells the figure makes it a goal again (`target_spot.figures_where`)."""
    raw = text[max(0, match.start() - 60) : match.start()]
    rest = text[match.end() : match.end() + 30]
    return bool(AT_FIRST.search(raw) and SET_AT_FIRST.match(rest))
