"""Counts that say whose figure another one is, or a place in an order: never a target.

- Bodies named as the scope of what the clause is about (`5개 공공기관의 정원은 올해 …`, `23개
  시·군의 관광객 유치 목표가`, `이들 3개 도시의 유치목표만 해도`): the figure the sentence goes on
  to give is what is counted; the bodies only say whose it is. Bodies that the work reaches, the
  object of its verb (`350개 기업의 해외 진출을 지원한다`), are what a program aims at and stay.
- An ordinal (`1,000만 명째 관광객`, `제 131회 임시회`): a place in an order, not a count.
"""

from __future__ import annotations

import re

from govreader.facts.target_fields import BODY_UNITS
from govreader.facts.target_spot import Spot

# Pattern text of the bodies a scope names (`target_fields.BODIES` is a compiled match of its own).
BODY_NAMES = (
    r"기관|시[·ㆍ]?군(?:[·ㆍ]?구)?|시도|시[·ㆍ]도|도시|자치구|자치단체|지자체|기업|업체|센터|학교|대학"
    r"|읍[·ㆍ]?면(?:[·ㆍ]?동)?|마을|보건소|부처|부서|농협"
)
# `개 공공기관의 정원은`, `개 시·군의 관광객 유치 목표가`: the bodies, `의`, then up to three words
# (none an object or a place: `을`, `를`, `에`, `로`) and the clause's topic or subject.
SCOPE_AFTER = re.compile(
    rf"^\s?(?:[가-힣·ㆍ]{{1,6}}\s)?[가-힣·ㆍ]{{0,6}}(?:{BODY_NAMES})의\s"
    r"(?:[^\s,.]*[^\s,.을를에로]\s){0,3}?[^\s,.]*?(?:은|는|이|가|만\s?해도|도)\s"
)
ORDINAL_AFTER = re.compile(r"^(?:여\s?)?째")
ORDINAL_BEFORE = re.compile(r"(?<![가-힣])제\s$")


def scope_of_bodies(spot: Spot) -> bool:
    """Bodies whose figure the clause goes on to give, named as its topic or subject."""
    return spot.unit in BODY_UNITS and bool(SCOPE_AFTER.match(spot.after))


def ordinal(spot: Spot) -> bool:
    """`N명째`, `제 N회`: a place in an order."""
    return bool(ORDINAL_AFTER.match(spot.after) or ORDINAL_BEFORE.search(spot.raw))
