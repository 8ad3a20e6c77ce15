"""The article's metadata lines: date lines (승인/입력 …), bylines alone (홍길동 기자) and the
outlet a copyright line names.

Why a module of its own: these lines are no chrome to drop blindly; the cleaners read them for
the article's date, reporter and outlet before they leave the body. `boilerplate` holds the
chrome families; this holds the families of the article's own metadata.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govreader.clean.boilerplate import LINE_CACHE, PLAIN_END, RIGHTS, SHORT_LINE

_DATE_WORDS = (
    r"(?:승인|입력|등록|수정|작성|게재|발행|기사\s*입력|최종\s*(?:수정|편집)|업데이트|송고|게시|글쓴\s*날"
    r"|(?:기사\s*)?전송|(?:뉴스|기사)\s*(?=일자)|(?:보도|배포)\s*(?=일)|Written|Posted|Published|Updated"
    r"|Last\s+updated|Date|Posted\s+by\s.{1,30}?\son)"
    r"\s*(?:일|일시|일자|시간|\s+on)?"
)
_DATE_LINE = re.compile(
    rf"(?:{_DATE_WORDS})\s*[\]】)]?\s*[:：]?\s*[\[(]?\s*"
    r"(?:\d{2,4}\s*[-./년]|(?:19|20)\d\d \d\d \d\d|(?:\d{1,2}\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
_DATE_THEN_CUE = re.compile(
    r"\[?\s*(?:19|20)\d{2}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*(?:일|\.)?[\d\s:]{0,9}\]?"
    r"\s*(?:송고|입력|등록|승인|게재|\d{1,2}\s*면)"
)
_REPORTER_ONLY = re.compile(
    r"(?:[\[(]?[\w·]+\s*=\s*[\w]+[\])]?\s*|\[[\w·]+\s*=\s*"
    r"|(?:글|사진|글\s*[·/]\s*사진|사진\s*[·/]\s*글|정리|취재)\s*[=·:]?\s*|[가-힣]{2,6}(?:부|팀)\s+)?"
    r"[가-힣]{2,4}\s*(?:선임|수석|(?:[가-힣]{1,4}?)?전문|객원|인턴|시민|명예|수습|주재|취재|사진|영상)?"
    r"\s*(?:기자|특파원|통신원)(?:\[\s*\])?\]?\s*=?"
    r"(?:$|[\s,(/].{0,30})"
)


_COPYRIGHT_NAME = re.compile(
    r"(?:저작권자|Copyright|ⓒ|©|\(c\))\s*(?:ⓒ|©|\(c\))?\s*(?:\d{4}\s*)?"
    r"(?!무단|전재|재배포|All\b)"
    r"(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9 &.]{0,24}?)\s*(?:\(|\.|,|All\b|무단|$)",
    re.IGNORECASE,
)


def copyright_name(line: str) -> str | None:
    """The outlet a copyright line names (ⓒ 남도마루신문(www...) - 무단전재 ... 금지); a line that
    names none (`ⓒ 무단전재 및 재배포 금지`) gives None, not its own words."""
    if len(line) > SHORT_LINE or not RIGHTS.search(line):
        return None
    match = _COPYRIGHT_NAME.search(line)
    if not match:
        return None
    name = match["name"].strip(" .")
    return name if len(name) >= 2 and not name.lower().startswith("all") else None


_REGISTRATION = re.compile(
    r"등록\s*번호|(?:발행|편집)(?:[·ㆍ](?:발행|편집|인쇄))*\s*인\s*[:：]|제\s*호\s*[:：]|청소년\s*보호\s*책임자"
)


def is_registration(line: str) -> bool:
    """A publication's legal footer row (등록번호 … 등록일 2013년 3월 20일 … 발행인 …): the date
    it holds is the outlet's registration, never a story's."""
    return bool(_REGISTRATION.search(line))


@lru_cache(maxsize=LINE_CACHE)
def is_date_line(line: str) -> bool:
    """A 승인/입력/등록/수정/작성일 line, or a date with its cue or page after it (2017-10-20
    17:19 송고, 2016-10-20 24면): metadata, never body."""
    return len(line) < 120 and bool(_DATE_LINE.search(line) or _DATE_THEN_CUE.fullmatch(line))


@lru_cache(maxsize=LINE_CACHE)
def is_reporter_line(line: str) -> bool:
    """A byline: a name with 기자 and nothing else worth reading (a wire lead, "홍길동 기자 =
    해오름군이 ...했다.", is article text that starts with a byline)."""
    return len(line) < 60 and not PLAIN_END.search(line) and bool(_REPORTER_ONLY.fullmatch(line))


_OWN_META = re.compile(
    r"(?P<first>[^·\n]{2,30}?) · (?:(?P<second>[^·\n]{2,20}?) · )?"
    r"(?:19|20)\d\d-\d\d-\d\d(?: \d\d:\d\d)?"
)


def own_meta_line(line: str) -> tuple[str, str | None] | None:
    """The source and reporter of the meta line `govreader clean` prints under a headline
    (`남도마루신문 · 홍길동 · 2024-03-14 09:30`, or without the reporter): an article saved from
    its output and imported again keeps them. Only that exact shape (` · ` between the fields,
    an ISO date last) is read."""
    match = _OWN_META.fullmatch(line)
    if not match:
        return None
    first, second = match["first"].strip(), match["second"]
    if second is None and (first.endswith("기자") or is_reporter_line(first)):
        return None
    return first, second.strip() if second else None
