"""Contests the page names by their kind of event, unquoted, right before what they gave, or
by their ordinal wherever they are told.

`제2회 특산품 디자인 공모전 금상에`, `… 풍경 사진 공모전 당선작을`, `… 포스터 공모전의
심사결과를`, `… 문예작품전에서`: rosters of contest winners often name their contest only
this way, with no ceremony or 개최 after it, and the grades that follow are that contest's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts.award_reading import name_start

# A contest's kind of event, then where it was held (에서) or what it gave: its results, its
# winners, a grade (`공모전 금상에`).
_CONTEST_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣·])[0-9A-Za-z가-힣·]{0,30}?"
    r"(?:공모전|작품전|사진전|미술전|대전|경진대회|경연대회|콘테스트|평가회|대회)[’'”\"]?"
    r"(?=에서|(?:의\s|\s)(?:심사\s?결과|입상작|수상작|당선작|수상자|입상자)"
    r"|\s(?:대상|금상|은상|동상|최우수상|우수상|장려상|최우수작|당선작)(?:은|는|에|으로|을|의)?\s)"
)
_QUOTE_MARKS_RE = re.compile(r"[‘’“”]")
# `제1회 충정상의 영예는`, `제5회 서울시민대상을`: an ordinal opens an event's name wherever it
# is told, up to the word that makes it a prize, contest or evaluation (a word ending in a
# particle is no part of it, nor the grade after it). An ordinal name is a name however short
# (`제1회 충정상`).
_ORDINAL_NAME_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣])제\s?\d{1,3}\s?회\s(?:[0-9A-Za-z가-힣·&]+(?<!에서)(?<![와과은는을를의])\s){0,6}?"
    r"[0-9A-Za-z가-힣·]*"
    r"(?:상|대회|공모전|경진대회|대전|콘테스트|어워드|어워즈|평가|백일장|작품전|박람회)"
    r"(?=[’'”\"]?(?:의|을|를|은|는|이|가|에서|에|시상식|\s시상식|\s수상|\s심사|\s결과|\s?,"
    r"|\s(?:종합|최우수|우수|장려|특별|금|은|동|본)?(?:대상|상)(?:을|를|은|는|에|의|,|\s)))"
)
_ORDINAL_RE = re.compile(r"제\s?\d{1,3}\s?회\s")


def _contest_start(bare: str, head: int, end: int) -> int:
    """Where a contest's name whose last word starts at `head` (and that ends at `end`) begins:
    back over plain words, a `&` joining two of them (`포스터 & UCC 공모전`) and a quoted
    phrase opening it (`‘걷기 좋은 길’ 사진 공모전`, `‘새봄 농촌사업 종합평가회’`)."""
    start = name_start(bare, head)
    while bare.startswith("& ", start) or bare.endswith(" & ", 0, start):
        joint = start if bare.startswith("& ", start) else start - 2
        start = name_start(bare, joint)
    opening = max(bare.rfind(mark, 0, start) for mark in "‘“")
    if opening < 0 or start - opening > 40:
        return start
    closing = min((c for c in (bare.find(m, opening) for m in "’”") if c >= 0), default=-1)
    return opening if start - 2 <= closing < end else start


def contest_names(bare: str) -> Iterator[tuple[str, int, int]]:
    """The contests `bare` (a sentence without brackets) names this way: (name without quote
    marks, where it starts, where its kind word starts)."""
    for match in _CONTEST_RE.finditer(bare):
        start = _contest_start(bare, match.start(), match.end())
        yield _QUOTE_MARKS_RE.sub("", bare[start : match.end()]), start, match.start()


def ordinal_names(bare: str) -> Iterator[tuple[str, int]]:
    """The events `bare` names with an ordinal (`제1회 충정상`): (name, where it starts)."""
    for match in _ORDINAL_NAME_RE.finditer(bare):
        yield match.group(), match.start()


def is_ordinal(name: str) -> bool:
    """A name that opens with its ordinal (`제1회 …`): a name however short."""
    return bool(_ORDINAL_RE.match(name))


# `‘푸른 물결, 맑은 마을’이라는 주제로`, `‘…’을 슬로건으로`: what the entries were about.
_THEME_RE = re.compile(r"\s?(?:이라는|라는|을|를)\s(?:주제|슬로건|표어|부제|테마)")
# `공모전 심사`, `응모작품 심사`: the judging of the contest the page named, no other event.
_JUDGING_RE = re.compile(r"^(?:공모전|경진대회|대회|응모\s?작품|응모작|출품\s?작품|출품작)\s?심사$")
# `… 대전시장과 공모전 수상자`: an office-holder listed with the winners.
_OFFICE_RE = re.compile(r"(?:시장|군수|구청장|도지사|교육감|장관|청장|위원장|이사장)$")


def not_an_event(bare: str, name: str, start: int) -> bool:
    """A mention that takes a contest's grades without being an event: the contest's theme
    (a quoted phrase before 라는 주제로), its judging (`공모전 심사`) or an office-holder."""
    closing = min((c for c in (bare.find(m, start + 1) for m in "’”'\"") if c >= 0), default=-1)
    themed = start < closing <= start + len(name) + 2 and _THEME_RE.match(bare, closing + 1)
    return bool(themed) or bool(_JUDGING_RE.match(name)) or bool(_OFFICE_RE.search(name))
