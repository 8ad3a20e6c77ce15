"""Dates in loose page strings, read as ISO 8601: cued dates (입력 2022-07-21 12:17), stamp lines,
a notice's signing date, label/value cells, meta tags and English dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-./]|년)\s*(?P<m>\d{1,2})\s*(?:[-./]|월)\s*(?P<d>\d{1,2})\s*(?:일|\.)?"
    r"(?:\s*\([월화수목금토일]\))?"
    r"(?:\s*(?:T|\s)?\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<H>\d{1,2})\s*(?::|시)\s*(?P<M>\d{2})"
    r"(?:\s*(?::|분)\s*(?P<S>\d{2})\s*초?|\s*분)?)?"
)
"""A numeric date with its time perhaps (2024.03.05 10:21, 2024년 3월 5일 오후 3시 21분)."""
_DATE_CUE = re.compile(
    r"(?:승인|입력|등록|작성|게재|발행|송고|게시|보도|배포|기사\s*입력|날짜|일자|일시|글쓴\s*날|전송|Posted"
    r"|Published|Date|Written|by\s\S{1,12}\son)"
    r"\s*(?:일|일시|시간|\s+on)?\s*[\]】)]?\s*[:：]?\s*[\[(]?\s*$",
    re.IGNORECASE,
)
_UPDATE_CUE = re.compile(
    r"(?:수정|업데이트|최종|편집|Updated|Modified)\s*(?:일|일시|시간)?\s*[:：]?\s*[\[(]?\s*$", re.I
)
_CUE_AFTER = re.compile(
    r"\s*(?:일\s*)?\]?\s*(?:송고|입력|등록|승인|게재)(?:\s*(?:일|시간))?\s*$"
    r"|(?:\s*\d{1,2}:\d{1,2}:\d{1,2})?\s*\d{1,2}\s*면\s*$"
)
"""A cue after the date (2017-10-20 17:19 송고), or a printed edition's page (2016-10-20 24면),
perhaps after the time a CMS left empty (2016-10-20 0:0:0 24면)."""
_MONTH_ONLY = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-./]\s*(?P<m>0?[1-9]|1[0-2])(?![\d./-])")


_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_EN_TIME = (
    r"(?:,?\s*(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[AaPp][Mm])?)?"
)
_EN_DATES = (
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>(?:19|20)\d{{2}})\b{_EN_TIME}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b{_EN_TIME}",
        re.IGNORECASE,
    ),
)
"""English dates (2 May 2024, April 26, 2022 at 3:05 pm): English pages must read too."""
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _first_date(text: str) -> re.Match[str] | None:
    """The first numeric date in `text`, else the first English one."""
    match = _DATE.search(text)
    if match is None:
        found = [m for m in (p.search(text) for p in _EN_DATES) if m]
        match = min(found, key=lambda m: m.start()) if found else None
    return match


def iso_date(text: str) -> str | None:
    """The first date (and time, when given) in `text` as ISO 8601, e.g. 2022-07-21T12:17:36."""
    match = _first_date(text)
    return _iso(match) if match else None


def _iso(match: re.Match[str]) -> str | None:
    named = match.groupdict()
    month = _MONTHS.index(named["mon"][:3].lower()) + 1 if named.get("mon") else int(match["m"])
    year, day = int(match["y"]), int(match["d"])
    year += 2000 if year < 100 else 0
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if match["H"] is None:
        return out
    hour, minute = int(match["H"]), int(match["M"])
    if match["ampm"] and match["ampm"].lower() in {"오후", "pm"} and hour < 12:
        hour += 12
    elif match["ampm"] and match["ampm"].lower() in {"오전", "am"} and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return out
    out += f"T{hour:02d}:{minute:02d}"
    return out + f":{int(match['S']):02d}" if match["S"] else out


_SHORT_DATE = re.compile(
    r"(?<![\d.:-])(?P<y>\d{2})\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})(?![\d:])\.?"
    r"(?:\s*\([월화수목금토일]\))?"
    r"(?:\s*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<H>\d{1,2})\s*(?::|시)\s*(?P<M>\d{2})"
    r"(?:\s*(?::|분)\s*(?P<S>\d{2}))?)?"
)
"""A two-digit year (등록일 24-03-14), read only after a cue word: 2000 + yy."""
_SPACED_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2}) (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01])(?![\d.:-])"
    r"(?: (?P<ampm>)(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?)?"
)
"""A date whose parts only spaces part (입력 2018 02 12 22:44), as some CMSs print it; read only
after a cue word, with two-digit month and day, so a row of numbers is never one."""


def cued_date(text: str) -> tuple[str, bool] | None:
    """A date that a cue word introduces (입력 2022-07-21 ...), and whether it is an update date."""
    if len(text) < 6 or not _DIGIT.search(text):
        return None
    found = _cued(_DATE.finditer(text), text)
    numeric = found is not None or _DATE.search(text) is not None
    if not numeric:
        found = _cued(_SHORT_DATE.finditer(text), text) or _cued(_SPACED_DATE.finditer(text), text)
    if found is None and _LATIN.search(text):  # a month's name, in letters
        for english in _EN_DATES:
            found = found or _cued(english.finditer(text), text)
    if found is None and not numeric:
        month = next((m for m in _MONTH_ONLY.finditer(text) if _cue_before(text, m)), None)
        found = (f"{int(month['y']):04d}-{int(month['m']):02d}", False) if month else None
    return found


_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")


def _cue_before(text: str, match: re.Match[str]) -> bool:
    return bool(_DATE_CUE.search(text[max(0, match.start() - 16) : match.start()]))


def _cued(matches: Iterator[re.Match[str]], text: str) -> tuple[str, bool] | None:
    """The first cued date of `text`, a published one before an update one: a row may state
    when a story was last edited ahead of when it was filed (최종수정 … 입력 …)."""
    updated = None
    for match in matches:
        before = text[max(0, match.start() - 16) : match.start()]
        if _UPDATE_CUE.search(before):
            updated = updated or _iso(match)
        elif _DATE_CUE.search(before) or _CUE_AFTER.match(text, match.end()):
            iso = _iso(match)
            if iso:
                return iso, False
    return (updated, True) if updated else None


_DATED_START = re.compile(r"(?:date|dated|입력|등록|승인|기사\s*입력|송고)\s*[:：]?\s*", re.I)
_DATELINE = re.compile(r"[\[【(]\s*[가-힣]{1,10}\s*=")
"""A bracketed dateline opening a lead ([해오름=해오름일보 홍길동 기자], 【해오름=뉴시스】)."""


def dated_start(line: str) -> tuple[str, str] | None:
    """A date opening a line of text, cued (date 2026-03-05 해오름군은 …) or followed by the
    lead's dateline (2026-03-05 [해오름=해오름일보 홍길동 기자] 해오름군은 …); a copy may stamp
    the month alone (date 2020-12 …): the date, and the text after it (at least a lead's worth)."""
    cue = _DATED_START.match(line)
    at = cue.end() if cue else 0
    match = _DATE.match(line, at) or _MONTH_ONLY.match(line, at)
    rest = line[match.end() :].strip() if match else ""
    if match is None or len(rest) < 20 or not (cue or _DATELINE.match(rest)):
        return None
    if match.re is _MONTH_ONLY:
        return f"{int(match['y']):04d}-{int(match['m']):02d}", rest
    iso = _iso(match)
    return (iso, rest) if iso else None


_PRINT_FIELD = (
    r"[월화수목금토일]요일|제\s*\d{1,5}\s*호|(?:제\s*)?[A-Z]?\d{1,3}\s*면(?![가-힣])"
    r"|(?:기사\s*)?(?:인쇄|프린트|스크랩)"
)
"""What a print edition's date row holds beside the date (2018년 3월 21일 수요일 제9면, [제923호]
2016-01-22 15:52): the weekday in words, the issue and the page, and the article's print and
scrap tools a copy picks up ahead of them; fields of the edition, never a subject."""

_STAMP_SEPARATOR = re.compile(r"\s*[|｜ㅣ]\s*|\s+[/·•]\s+")
_BYLINE_COMMA = re.compile(rf"{_STAMP_SEPARATOR.pattern}|,\s+")
"""A byline row's fields may be joined by commas too (해오름통신, 홍길동 기자, 2024-03-14 10:21)."""
_STAMP_REST = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[가-힣]{2,6}\s+|[가-힣]{1,8}\s*=\s*)?"
    r"(?:[가-힣]{2,4}\s*[·,]\s*)*[가-힣]{2,4}\s*(?:기자|특파원)|[\s()\[\]·,:-]+|"
    rf"{_PRINT_FIELD}"
)
_OUTLET_AHEAD = re.compile(
    r"[가-힣A-Za-z]{1,10}(?:일보|신문|뉴스|방송|타임즈|타임스|저널|투데이|데일리|통신)\s+(?=\d)"
    r"|[가-힣]{1,10}(?:과|팀|실|국|담당관|센터|사업소)\s+(?=\d)"
)
"""What a stamp line holds beside its date: an address, a byline with its desk or region
(경기북부 홍길동 기자, 해오름=홍길동 기자), separators, the edition's fields (`_PRINT_FIELD`);
the outlet or a board's department may head it (해오름일보 2024.03.05, 교육복지과 2024-03-05
14:33)."""


_BOARD_COUNT = re.compile(
    r"(?:조회\s?수?|추천\s?수?|댓글|공감|hits?|views?)\s*[:：]?\s*[\d,]+", re.IGNORECASE
)
"""The counts a board prints after a post's date (2024-03-05 조회 : 380 댓글 : 0, 조회수 1,520)."""


def stamp_date(line: str) -> str | None:
    """The date of a stamp line under a headline: fields joined by bars, one of them a date
    (2025.02.20 10:12 | 최서연 기자, 관악구청 보도자료 | 2024. 12. 11.), or a date with its time
    alone, or with a byline or its outlet (2017-05-31 홍길동 기자, 해오름일보 2017-05-31). Never
    a sentence."""
    if len(line) > 100 or line.endswith(("다.", "요.")):
        return None
    match = _first_date(line)
    if match is None:
        return None
    fields = (_BYLINE_COMMA if "기자" in line else _STAMP_SEPARATOR).split(line)
    if len(fields) > 1:
        if all(len(field) <= 30 for field in fields):
            return _iso(match)
        return None
    outlet = _OUTLET_AHEAD.match(line)
    ahead = line[outlet.end() if outlet else 0 : match.start()]
    trailing, counted = _BOARD_COUNT.subn("", line[match.end() :])
    rest = _STAMP_REST.sub("", ahead + trailing)
    signed = "기자" in line or "특파원" in line or outlet is not None
    if (match["H"] is not None or signed or counted) and not rest:
        return _iso(match)
    if len(line) > 40 or ahead.rstrip().endswith((":", "：")):
        return None  # a notice's field (마감: 2024년 3월 5일)
    before, after = (
        _STAMP_REST.sub(" ", ahead).split(),
        _STAMP_REST.sub(" ", line[match.end() :]).split(),
    )
    if before:
        side = before if not after or (len(after) == 1 and after[0].isdigit()) else []
    else:
        side = after
    if len(side) == 2 and before == [] and _WRITER_TITLE.fullmatch(" ".join(side)):
        return _iso(match)
    return _iso(match) if len(side) == 1 and _SIDE_FIELD.fullmatch(side[0]) else None


_SIDE_FIELD = re.compile(
    r"(?![월화수목금토일]요일|까지|부터|에서)(?!.*(?:수정|편집|업데이트))[가-힣]{2,10}(?<![은는을를])"
    r"|[a-z][a-z0-9_]{3,15}"
)
"""The one field a row may hold beside its date: who posted it or whence (관리자, 해오름군, an
outlet's name, a login name such as webmaster), perhaps with the view count a board prints last
(관리자 2024-03-14 1520); never a subject or object (해오름군은 2024.03.14), a deadline's 까지 or
a weekday."""
_WRITER_TITLE = re.compile(r"[가-힣]{2,4} (?:편집국장|편집장|국장|부장|차장|팀장|주간|대표|발행인)")
"""A writer's name and post after a row's date (2024-03-14 홍길동 편집국장): who posted it."""


def signature_date(paragraphs: list[str]) -> str | None:
    """The date a notice or press release is signed with: a paragraph that is only a date
    (2024년 10월 16일, 2024. 10. 16.), the last one of the body; or the date that closes the
    body's last sentence (… 맡는다. 2024.03.14.)."""
    for paragraph in reversed(paragraphs):
        found = date_alone(paragraph)
        if found:
            return found
    closing = _CLOSING_DATE.search(paragraphs[-1]) if paragraphs else None
    return date_alone(closing["date"]) if closing else None


_CLOSING_DATE = re.compile(
    r"[가-힣][다요]\.[”\"’']?\s+(?P<date>(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\.?)$"
)
"""A date a photo desk closes the story's last sentence with (… 역할을 맡는다. 2024.03.14.)."""


_ALONE_MARKS = " \t.,-–·•"


_DAY_ALONE = re.compile(r"(?P<m>0?[1-9]|1[0-2])\s*[./-]\s*(?P<d>0?[1-9]|[12]\d|3[01])\.?")
_YEAR_ALONE = re.compile(r"(?P<y>(?:19|20)\d{2})\.?")


def split_date(first: str, second: str) -> str | None:
    """A date a calendar badge prints over two lines, month and day above the year (02.03 /
    2025) or below it; None unless each line is that part and nothing else."""
    for day, year in ((first, second), (second, first)):
        month_day = _DAY_ALONE.fullmatch(day.strip())
        alone = _YEAR_ALONE.fullmatch(year.strip())
        if month_day and alone:
            return f"{alone['y']}-{int(month_day['m']):02d}-{int(month_day['d']):02d}"
    return None


def date_alone(line: str) -> str | None:
    """The date of a line that is a date and nothing else, perhaps with its weekday or time, a
    list mark or a comma (2024년 3월 5일(화), - 2024-03-05, (2024. 3. 5.), 2024-03-05,,
    2024.03.05 / 10:21, 24.03.05 10:21, 2024-03-05T10:21:00+09:00)."""
    if len(line) > 30:
        return None
    bare = line.strip(_ALONE_MARKS)
    if bare[:1] in "([" and bare[-1:] in ")]":
        bare = bare[1:-1].strip(_ALONE_MARKS)
    bare = _WEEKDAY.sub("", _TIME_APART.sub(" ", bare))
    if _ISO_STAMP.fullmatch(bare):
        return meta_date(bare)
    match = _DATE.fullmatch(bare) or next(
        filter(None, (p.fullmatch(bare) for p in _EN_DATES)), None
    )
    if match is None:
        short = _SHORT_DATE.fullmatch(bare)
        match = short if short and short["H"] else None  # 24.03.05 alone may be anything
    if match is None and (counted := _COUNT_AFTER.search(bare)):
        return date_alone(bare[: counted.start()])
    return _iso(match) if match else None


_COUNT_AFTER = re.compile(r"(?<=\d)\s+\d{1,7}$")
"""A count a date row ends with (2022-09-26 1: the views or comments, unlabelled)."""


_WEEKDAY = re.compile(r"\s*\(?[월화수목금토일]요일\)?")
_TIME_APART = re.compile(r"\s*[/|]\s*(?=\d{1,2}:\d{2})")
_ISO_STAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
)


_DATE_LABEL = re.compile(
    r"(?:승인|입력|등록|작성|게재|발행|게시|보도|배포)\s*(?:일|일시|일자|날짜)?|날짜|일자|일시|기사\s*입력"
    r"|Posted|Published|Date|Written|Posted\s+on|Published\s+on",
    re.IGNORECASE,
)


_EDIT_LABEL = re.compile(r"(?:수정|최종\s*수정|업데이트)\s*(?:일|일시|일자|날짜)?|Updated", re.I)


def labelled_date(label: str, value: str, edited: bool = False) -> str | None:
    """A date in a label/value pair split over two cells (<th>등록일</th><td>2025-12-12</td>);
    with `edited`, the date a page was last edited (수정일 …) instead."""
    cue = _EDIT_LABEL if edited else _DATE_LABEL
    if len(label) > 12 or not cue.fullmatch(label.strip(" :：")) or len(value) > 40:
        return None
    short = _SHORT_DATE.match(value.strip(" :："))
    return iso_date(value) or (_iso(short) if short else None)


def meta_date(value: str) -> str | None:
    """An ISO date from a meta tag or JSON-LD (2025-05-15T20:00:52+09:00), kept as precise."""
    match = re.match(
        r"\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2}))?)?", value or ""
    )
    if not match:
        return iso_date(value or "")
    y, m, d, hh, mm, ss = match.groups()
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return None  # a number that only looks like a date (a Unix timestamp, an id)
    if (y, m, d) == ("1970", "01", "01"):
        return None  # the Unix epoch: a CMS's placeholder for "no date"
    out = f"{y}-{m}-{d}"
    if hh is not None:
        out += f"T{hh}:{mm}" + (f":{ss}" if ss else "")
    return out
