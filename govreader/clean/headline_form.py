"""What a line must be to be a story's headline, whatever page it is on: its length and shape,
never a sentence, a date, a byline, a release's masthead or chrome."""

from __future__ import annotations

import re

from govreader.clean.boilerplate import is_chrome, is_end_marker
from govreader.clean.bylines import byline_alone, split_byline
from govreader.clean.dates import date_alone, stamp_date
from govreader.clean.metadata_lines import is_date_line, is_reporter_line
from govreader.clean.reporters import writer_in

MASTHEAD = re.compile(
    r"(?:\S+\s?){0,3}(?:보도\s*자료|보도\s*참고\s*자료|설명\s*자료|해명\s*자료|소식지|공지\s*사항)"
    r"(?:\s*(?:\([^()]{0,12}\)|(?:[^()가-힣]|[제년월일호]){0,12}))?"
)
"""The masthead of a release or a notice (경상북도 보도자료, 소식지 2025년 3월호): what it is, not
its headline, which goes on in words after it (해오름, 소식지 명예기자단 출범)."""
HEADLINE_MARKS = re.compile(r"[…·‘’“”\"'\[\],]|\.\.")
NEVER_HEADLINE = re.compile(
    r"https?://|www\.|\b[a-z]+_[a-z_]+\b|습니다[.!]?$|[가-힣]니다\.$|[가-힣]다\.\s+\S|,$"
    r"|(?<![\d(])(?:19|20)\d\d(?:-\d{1,2}-|\.\d{1,2}\.|/\d{1,2}/)\d{1,2}(?![\d)])"
)
"""What a headline never holds: an address, an icon font's ligature name (chevron_right,
phone_iphone) that a breadcrumb or toolbar leaves as text, a broadcast script's polite sentence
end (…선정했습니다; a notice titled …모집합니다 stays), a comma where it stops (a script's line
broken mid-sentence), or a finished sentence with more after it (a caption and its credit:
…기념촬영을 하고 있다. 사진제공), or a date written in figures (2024-03-14, 2024.03.14, 2024/03/14)
that a byline row or a board's list row holds beside the words (a board may still close a post's
title with its date in brackets: …(2024.03.14))."""

_WORDS = re.compile(r"[가-힣]|[A-Za-z]{2,}\s+[A-Za-z]{2,}")
"""A headline is words: Hangul, or two Latin words at least; an ad slot's id or a code
(G05-7182802122) is none."""

_DESK_ALONE = re.compile(
    r"[-·•\s]*(?:[가-힣A-Za-z]{1,10}\s?)?(?:온라인|디지털|인터넷|뉴스|편집|취재|보도)\s?(?:뉴스\s?)?"
    r"(?:팀|부|국|센터|데스크)(?:\s?기자)?"
)
"""A desk signing where a byline goes (- 온라인 뉴스팀, 해오름일보 디지털뉴스부): who wrote it,
not what it is about."""


def candidate(line: str) -> bool:
    return headline_form(line) and not MASTHEAD.fullmatch(line) and not is_chrome(line)


def headline_form(line: str) -> bool:
    """A line a headline could be, whatever words it holds: not a sentence, a date, a byline."""
    return (
        8 <= len(line) <= 100
        and _WORDS.search(line) is not None
        and not NEVER_HEADLINE.search(line)
        and not line.endswith(("다.", "요.", "까?", "죠.", "다.…", "다…", "다...", "다.."))
        and not is_end_marker(line)
        and not is_date_line(line)
        and date_alone(line) is None
        and stamp_date(line) is None
        and not is_reporter_line(line)
        and not byline_alone(line)
        and not _DESK_ALONE.fullmatch(line)
        and not split_byline(line).opens
        and writer_in(line) is None
    )
