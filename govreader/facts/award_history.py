"""Years in an award sentence and the year-by-year histories they make.

`2015년 최우수상, 2016년과 2017년 특별상과 우수상`, `2020년부터 2022년까지`, `지난해에 이어 2년
연속`: one award per year and grade; 지난해 / 올해 are read against the article's year.
"""

from __future__ import annotations

import re
from itertools import pairwise

from govreader.facts.award_prizes import grade_of
from govreader.facts.award_reading import PAST

YEAR_RE = re.compile(
    r"(?<![\d,.])((?:19|20)\d{2})(?:년|(?!\d|[,.]\d|만|억|천|원|명|개|곳|건|%|가구|세대))"
)
"""A year, with or without 년; a bare four digits that a number unit follows (`7억 1900만원`,
`2000명`) is a count, not a year."""
_YEAR_RANGE_RE = re.compile(r"^(?:부터\s|\s?[~∼–-]\s?)$")
_RELATIVE_YEAR_RE = re.compile(r"(?<![가-힣])(지난해|작년|올해|금년)(?!보다|에 비해|와 비교)")
# `2023년과 지난해에 이어 올해까지`: years of one streak.
_STREAK_RE = re.compile(r"(?:에|에도)?\s?이어\s?")
_CLAUSE_END_RE = re.compile(rf"[{PAST}](?:고|으며),\s")
HISTORY_JOIN_RE = re.compile(r"^\s?(?:과|와|,|및|·|ㆍ)\s?$")
# `2022년 이후 3년 만에`, `3년 만에 다시`, `11년 만이다`: the same prize was won that many years
# before; not `1년 만에 최우수기관으로 올라섰다` (the time it took).
SINCE_RE = re.compile(
    r"(?P<year>(?:19|20)\d{2})년\s?이후\s?(?P<gap>\d{1,2})년\s?만(?:에|이다|이며|으로)"
    r"|(?<!\d)(?P<again>\d{1,2})년\s?만(?:에\s(?:다시|재)|이다|이며)"
)


def year_before(text: str, published_year: int | None) -> tuple[int, int, int] | None:
    """The year of the same award won before, that a sentence implies with `N년 만에`, and where
    that phrase starts and ends; None when it says none or the article's year is needed and
    unknown."""
    since = SINCE_RE.search(text)
    if since is None:
        return None
    if since.group("year"):
        return int(since.group("year")), since.start(), since.end()
    if published_year is None:
        return None
    return published_year - int(since.group("again")), since.start(), since.end()


def year_marks(text: str, published_year: int | None) -> list[tuple[int, int, str]]:
    """Years a sentence names: `2024년`, and with the article's year known, 지난해 / 작년 (the
    year before) and 올해 / 금년 (not `지난해보다`, a comparison)."""
    # `2022년 이후 3년 만에`: the year of an award before, not of this one (`year_before`).
    since = {m.start("year") for m in SINCE_RE.finditer(text) if m.group("year")}
    marks = [
        (m.start(), m.end(), m.group(1)) for m in YEAR_RE.finditer(text) if m.start() not in since
    ]
    if published_year:
        for match in _RELATIVE_YEAR_RE.finditer(text):
            back = 1 if match.group(1) in ("지난해", "작년") else 0
            marks.append((match.start(), match.end(), str(published_year - back)))
        # `지난해에 이어 2년 연속 최우수기관`: this year's award follows the last one named.
        for _, end, _ in list(marks):
            streak = _STREAK_RE.match(text, end)
            if streak and not (
                _RELATIVE_YEAR_RE.match(text, streak.end()) or YEAR_RE.match(text, streak.end())
            ):
                marks.append((streak.end(), streak.end(), str(published_year)))
    return sorted(marks)


def history_pairs(
    text: str, prizes: list[re.Match[str]], marks: list[tuple[int, int, str]]
) -> list[tuple[int, str, int, int]]:
    """(year, prize, start, end) pairs of a sentence listing awards by year."""
    events = sorted(
        [(start, end, "year", year) for start, end, year in marks]
        + [(m.start(), m.end(), "prize", grade_of(m)) for m in prizes]
    )
    groups: list[tuple[str, list[tuple[int, int, str]]]] = []
    last_end = -1
    for start, end, kind, value in events:
        between = text[last_end:start]
        joined = (
            groups
            and groups[-1][0] == kind
            and (
                HISTORY_JOIN_RE.match(between) or (kind == "year" and _STREAK_RE.fullmatch(between))
            )
        )
        ranged = groups and groups[-1][0] == kind == "year" and _YEAR_RANGE_RE.match(between)
        if ranged and 0 < int(value) - int(groups[-1][1][-1][2]) <= 10:
            # `2020년부터 2022년까지`: every year of the range.
            first = int(groups[-1][1][-1][2])
            groups[-1][1].extend((start, end, str(y)) for y in range(first + 1, int(value) + 1))
        elif joined:
            groups[-1][1].append((start, end, value))
        else:
            groups.append((kind, [(start, end, value)]))
        last_end = end
    pairs = []
    for (kind, years), (next_kind, grades) in pairwise(groups):
        if kind != "year" or next_kind != "prize":
            continue
        if _CLAUSE_END_RE.search(text, years[-1][1], grades[0][0]):
            continue  # `지난해에 이어 … 수상했고, … 최우수상을`: the years' clause ended before
        if len(years) == len(grades):
            matched = list(zip(years, grades, strict=True))
        elif len(grades) == 1:
            matched = [(y, grades[0]) for y in years]
        elif len(years) == 1:
            matched = [(years[0], g) for g in grades]
        else:
            continue
        for year, grade in matched:
            pairs.append((int(year[2]), grade[2], year[0], grade[1]))
    return pairs
