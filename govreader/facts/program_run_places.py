"""Places and services a body runs, named once with no program word: `이동민원실 운영을 시작`,
`찾아가는 기억총명학교 운영을 시작했다`, `예쁜치매쉼터를 운영한다`, `장애인희망콜택시 8대 운영에`.

A shelter, class-school, camp, counselling or service room, café or call taxi that the body
runs or opens is the program itself; its kind word alone names none, so the name must say which
one (a compound of two letters or more before the kind). Schools of the school system
(`초등학교`, `고등학교`) are run by no program.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts.program_spans import clean_span, name_start, word_start

# The kind ends the name's last word; an object particle or a count (`8대`, `15곳`) may stand
# between it and the running, opening or holding of it (`개설ㆍ운영할`, `운영을 시작`).
_RUN_RE = re.compile(
    r"(?:(?<=[가-힣A-Za-z0-9])(?P<kind>쉼터|학교|캠프|상담실|민원실|카페|콜택시|사랑방)"
    # rooms may be written apart from what they serve (`이동금연 상담실`)
    r"|(?<=[가-힣]{2}\s)(?P<room>상담실|민원실))"
    r"(?:을|를)?(?:\s\d+\s?(?:대|곳|개소|개|실))?"
    r"\s(?:개설[ㆍ·‧∙]|새로\s|본격\s?|시범\s?)?(?P<act>운영|개설|개최|개소|확대)"
    r"(?=[을를에은도]|할|하|한|해|했|\s|[,.]|$)"
)
_MIN_NAME_LETTERS = 2

# The school system's own schools, and schools named only by where they are.
_SYSTEM_SCHOOL_RE = re.compile(r"(?:초등|중|고등|고|대|대안|특수|각급|관내|인근|해당|직업)학교$")


def run_places(text: str) -> Iterator[tuple[int, int]]:
    """Places and services `text` says a body runs or opens, each named without the act."""
    for run in _RUN_RE.finditer(text):
        kind = run["kind"] or run["room"]
        end = run.end("kind") if run["kind"] else run.end("room")
        start = name_start(text, word_start(text, end))
        place = text[start:end]
        if len(place.split()) < 2 and len(place) < _MIN_NAME_LETTERS + len(kind):
            continue
        if _SYSTEM_SCHOOL_RE.search(place):
            continue
        span = clean_span(text, start, end)
        if span:
            yield span
