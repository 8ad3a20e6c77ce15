"""People who will take part in a program: its planned size, a goal.

Releases on public jobs and jobs for older people say how many will take part in the plain
present or the future of `-게 된다` (`1,050여 명이 참여해 급식 도우미 등으로 활동하게 된다`,
`874명의 어르신들이 참여, 3월부터 근무하게 된다`, `참여인원은 총 2,295명으로 9개월 간
진행된다`): the size a program is set up for, which the labels count as a goal, as they count
`참여자 220명을 모집한다`. Told in the past (`45가족이 참가했다`) it is a result, which
`target_typing` reads first; turnout at an event is vetoed before either is asked.
"""

from __future__ import annotations

import re
from typing import Literal

from govreader.facts import target_cues as cues
from govreader.facts.target_spot import Spot

# The people as the subject of 참여/참가, the verb a few words on (`의 어르신들이 참여,`,
# `명 시민이 참여해`).
WILL_TAKE_PART = re.compile(
    r"^(?:여\s?)?(?:(?:의\s|\s)(?:[가-힣]{1,8}\s)?[가-힣]{1,8}?)?[이가]\s(?:[^\s,.]+\s){0,3}?"
    r"(?:참여|참가)(?:해|하여|하며|하게|,)"
)
# The people counted as the topic: `참여인원은 총 2,295명으로`, `참가자 수는 모두 300명이며`.
PARTAKERS_TOPIC = re.compile(
    r"(?:참여|참가)\s?(?:인원|자\s?수|자)(?:은|는|이|가)?\s(?:총\s|모두\s|약\s)?$"
)
AS_TOPIC = re.compile(r"^(?:여\s?)?(?:으로|로|이며|이고)[,\s]")


def will_take_part(spot: Spot) -> Literal["goal"] | None:
    """A goal when people are said to take part in a sentence that ends in the future or a plan,
    with nothing said to be done."""
    if spot.unit not in cues.PEOPLE_UNITS:
        return None
    said = WILL_TAKE_PART.match(spot.rest)
    if said is None and PARTAKERS_TOPIC.search(spot.before):
        said = AS_TOPIC.match(spot.rest)
    if said is None:
        return None
    tail = cues.SENTENCE_END.split(spot.rest[said.end() :], maxsplit=1)[0]
    if cues.PAST_TENSE.search(tail):
        return None
    return "goal" if cues.FUTURE_END.search(tail) or cues.PLAN_WORDS.search(tail) else None
