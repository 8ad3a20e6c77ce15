"""The region a list of local governments writes once for its items (`경기 안산시와 안양시`).

Why a module of its own: which province, metropolis or city a body sits in (`경기` 안산시,
`서울` 중구, `수원시` 팔달구) is knowledge of Korean places, not of list punctuation; the
enumeration reader asks it whether a leading region is shared by the items after it and spells
it out for each of them.
"""

from __future__ import annotations

import re

from govreader.facts.phrases import word_set

REGIONS = word_set(
    "서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주"
)
WIDE_PLACE_RE = re.compile(
    r"^[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도|시)$|^(?:서울|경기|강원|제주)[가-힣]{0,4}$"
)
_BARE_NAME_RE = re.compile(r"^[가-힣]{2}(?<![시군구도])$")
_ONE_LOCAL_RE = re.compile(r"^[가-힣]{1,3}[시군구]$")
_METROPOLIS_RE = re.compile(r"^(?:서울|부산|대구|인천|광주|대전|울산)(?:특별시|광역시|시)?$")
# `부산시`, `경북도`, `울산광역시`: a province or metropolis, under no region.
_METRO_RE = re.compile(
    r"^(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
    r"|충청[남북]|전라[남북]|경상[남북])(?:특별시|광역시|특별자치시|특별자치도|시|도)?$"
)


def spelled_out(texts: list[str]) -> list[str]:
    """Listed items with the region written once before them spelled out for each local body
    under it (see `Enumeration.prefixed`)."""
    spelled = []
    region = None
    for text in _suffixed(texts):
        words = text.split()
        if len(words) == 1 and region and is_under(region, text):
            spelled.append(f"{region} {text}")
            continue
        lead = " ".join(words[:-1])
        region = lead if len(words) >= 2 and is_under(lead, words[-1]) else None
        spelled.append(text)
    return spelled


def _suffixed(texts: list[str]) -> list[str]:
    """`부천·안산시` → 부천시, 안산시: a bare name of two syllables before a city, county or
    district of one word takes its place word, written once after the last."""
    spelled = list(texts)
    for index in range(len(spelled) - 2, -1, -1):
        words = spelled[index].split()
        following = spelled[index + 1]
        if _BARE_NAME_RE.match(words[-1]) and _ONE_LOCAL_RE.match(following):
            words[-1] += following[-1]
            spelled[index] = " ".join(words)
    return spelled


def is_under(region: str, body: str) -> bool:
    """Whether `body` is a local government that sits in `region` as written: a city or county
    in a province (`경기` 안산시), a district or county in a metropolis (`서울` 중구, not `대전`
    전주시), a district in a city (`수원시` 팔달구); never a province or metropolis itself."""
    words = region.split()
    if not words or not all(w in REGIONS or WIDE_PLACE_RE.match(w) for w in words):
        return False
    if _METRO_RE.match(body):
        return False
    last = words[-1]
    if _METROPOLIS_RE.match(last):
        return body.endswith(("구", "군"))  # a metropolis has districts and counties
    if last in REGIONS or re.search(r"도$", last):
        return body.endswith(("시", "군"))  # a province has cities and counties
    return body.endswith("구")
