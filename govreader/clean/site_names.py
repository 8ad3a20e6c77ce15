"""Site and board names in page titles: titles that are only a site's name, and headlines
without the site's name around them (해오름군청 - 시정소식 - 헤드라인 | 해오름군)."""

from __future__ import annotations

import html
import re

from govreader.clean.boilerplate import squash

_GENERIC_WORD = (
    r"(?:보도\s*자료|보도|자료|해명|공지\s*사항|공지|알림\s*마당|알림|새\s*소식|소식|뉴스|게시판|자료실"
    r"|상세\s*보기|상세|보기|목록|홍보|언론|마당|내용|글|읽기|시정|군정|구정|도정|의정|포토|열린\S{0,3})"
)
GENERIC_TITLE = re.compile(rf"{_GENERIC_WORD}(?:[\s/·,>|<]*{_GENERIC_WORD})*")
DECORATION = " :;|-=~*·•◆◇■□▶▷◀◁★☆▒░#"
SITE_LIKE = re.compile(
    r"\S+(?:\s\S+){0,2}\s?(?:청|시|군|구|도|의회|처|부|원|공단|공사|재단|협회|연합회|일보|신문|뉴스|타임즈|신보|방송"
    r"|닷컴|홈페이지|누리집|포털)"
)
"""A page title that is only the site's name (해오름군청, 해오름타임즈): not a headline. One to
three words; the words are split at spaces only (`(?:\\S+\\s?){1,3}` could split a long word in
a cubic number of ways)."""
_NAME = re.compile(
    r"(?:[^\s\[\]()]+\s)?[^\s\[\]()]+"
    r"(?:청|시|군|구|도|의회|공단|공사|재단|일보|신문|뉴스|타임즈|타임스|투데이|저널|신보|방송|닷컴|누리집"
    r"|포털)(?:\s?(?:모바일|모바일웹|모바일\s웹|mobile|Mobile|MOBILE))?"
)
"""A site's own name as a page title segment (양산시청, 성북구의회, 치악뉴스, 해오름군 모바일): one
or two words, maybe with the mobile edition's word."""
_SEGMENTS = re.compile(r"\s+[-–—]\s+|\s*[|｜ㅣ]\s*|\s*:{1,3}\s+|\s+[<>]\s+")
_AHEAD = re.compile(r"\s+[-–—]\s+|\s*[|｜ㅣ]\s*|\s*:{2,3}\s+|\s+:\s+|\s+>\s+")
"""Separators after a leading site name; one colon only with spaces on both sides (경상남도 : …),
since `경기도: 청년 지원 확대` is a headline."""


def _name_or_board(segment: str) -> bool:
    segment = segment.strip(DECORATION)
    if not segment or len(segment) > 15:
        return False
    return bool(_NAME.fullmatch(segment) or GENERIC_TITLE.fullmatch(segment))


def names_only(title: str) -> bool:
    """A page title made only of site and board names (성북구의회 - 의정소식): no headline."""
    return all(_name_or_board(segment) for segment in _SEGMENTS.split(title))


def _strip_names_ahead(title: str) -> str:
    """The headline after leading site and board names (양산시청 - 시정소식 - 헤드라인)."""
    for _ in range(4):
        match = _AHEAD.search(title)
        if match is None or not _name_or_board(title[: match.start()]):
            break
        rest = title[match.end() :]
        if len(rest) < 6 or names_only(rest):
            break
        title = rest
    return title


_SUFFIX = re.compile(
    r"(?:-[가-힣]{1,6}(?=\s*[|｜ㅣ]))?\s*(?:[|｜ㅣ<>:]{1,3}|\s[-–—]\s)\s*[^|｜ㅣ<>:–—]{1,40}$"
)


def strip_site(title: str, site_names: tuple[str, ...] = ()) -> str:
    """A headline without " - 사이트명", " | 사이트명" and "< 섹션 < 사이트" trails."""
    title = squash(html.unescape(title) if "&" in title else title)
    for name in site_names:
        if name and title.startswith((f"[{name}]", f"<{name}>", f"({name})")):
            title = title[len(name) + 2 :].strip()
        for separator in (" - ", " | ", " : ", "ㅣ", " :: "):
            if name and title.startswith(name + separator):
                title = title[len(name) + len(separator) :].strip()
    title = _strip_names_ahead(title).rstrip(" |｜ㅣ-–—:<>")
    for _ in range(8):
        match = _SUFFIX.search(title)
        if not match or match.start() < 6:
            break
        tail = title[match.start() :].strip(" |｜ㅣ<>:-–—")
        if len(tail) > 30 and not any(name and name in tail for name in site_names):
            break
        title = title[: match.start()].rstrip()
    return title
