"""Shares of the people a survey asked: what they said or are, never a target.

A survey's shares count answers. The labels take one kind of answer as a program's result: how
many of its users were satisfied with it (`응답자의 91.3%가 만족한다고 답했다`). Every other
answer is an opinion or a statistic of the people asked (LABELING: statistics are not targets):
what they think of a policy (`응답자의 71.5%는 지원 규모가 부족하다고 답했다`), who they are
(`조사 가구의 64.2%가 귀촌 가구로 나타났다`), or how many were not satisfied (`‘불만족’이라는
부정 평가는 12.4%로 집계됐다`). A goal word later in the sentence (`정부가 목표로 하는 일자리`)
names what the opinion is about, not the share.
"""

from __future__ import annotations

import re

from govreader.facts import target_cues as cues
from govreader.facts.target_spot import Spot

# The people a survey asked, whose share the count is (`응답자의`, `응답자 가운데`, `조사 가구의`,
# `설문 참여자 중`), a few words before it (`응답자의 3분의 2가 넘는 71.5%는`).
ASKED = re.compile(
    r"(?:응답자|응답\s?(?:가구|시민|주민|기업)|조사\s?(?:가구|대상자?|기업)|설문\s?(?:참여자|응답자))"
    r"(?:의|\s?중|\s?가운데)\s(?:[^\s,.]+\s){0,3}$"
)
# Satisfaction with the service, the one answer the labels count (`만족한다`, `만족도`), and not
# its opposite (`불만족`).
SATISFIED = re.compile(r"(?<!불)만족")
# A share named as the unsatisfied or negative answer (`‘불만족’ 응답은`, `부정 평가가`).
UNSATISFIED_BEFORE = re.compile(
    r"(?:불만족|불만|부정\s?평가|부정적\s?(?:평가|응답|답변))[’'”\"]?(?:는|은|이|가|의|이라는|라는)?"
    r"\s(?:[^\s,.]+\s){0,2}$"
)


def opinion_share(spot: Spot) -> bool:
    """A share of the people a survey asked, unless it counts those satisfied with the service;
    or a share named as the unsatisfied answer."""
    if not spot.percent:
        return False
    if UNSATISFIED_BEFORE.search(spot.before):
        return True
    if not ASKED.search(spot.raw):
        return False
    sentence = cues.SENTENCE_END.split(spot.head)[-1] + cues.SENTENCE_END.split(spot.rest, 1)[0]
    return not SATISFIED.search(sentence)
