"""Korean number normalisation: `1만3,500` → 13500, `1조 2천억` → 1200000000000, `3.5` → 3.5.

Articles mix digits, thousands commas and the myriad words 만/억/조 (with 천/백/십 inside a
myriad group, as in `3천만` or a council's `1천5백6십만`), with or without spaces. `NUMBER` finds
such a number and `parse_number` turns its text into a value. The pattern repeats only bounded
pieces and starts only where no digit precedes, so no input makes it backtrack for long.
"""

from __future__ import annotations

import re
from decimal import Decimal

_ATOM = r"(?:\d{1,3}(?:,\d{3}){1,6}(?!,?\d)|\d{1,18})(?:\.\d{1,4}(?!\d))?"
_UNIT_WORDS = "조억만천백십"

# Spoken numbers drop a leading one (`천600명` is 1,600, `천4백여 명` 1,400, `천 5백여 명` 1,500,
# `백60만 명` 1.6 million, `일자리 만 개` 10,000); a bare 만 is read only before a counter, since
# `만 65세` is an age. Pages spaced word by word (`3 만대`, `2 만 1375 대`) space the myriad words
# too. A rough figure may put its 여 before the myriad word (`10여만 명`, `20여 만 개`): about
# 100,000 and 200,000, not 10 and 20.
_BARE_LEAD = (
    rf"(?<![가-힣])(?:[천백]{_ATOM}|천\s{_ATOM}(?=[백십])|만(?=\s?(?:개|명)(?![가-힣]?\d)))"
)
NUMBER = (
    rf"(?<![\d.,])(?<!\d-)(?:{_ATOM}|{_BARE_LEAD})"
    rf"(?:(?:(?:(?<=\d)여)?\s?[조억만]|[천백십])(?:\s?{_ATOM})?){{0,11}}"
)
"""Pattern text of one number, to be embedded in the fact patterns."""

NUMBER_RE = re.compile(NUMBER)

_TOKEN_RE = re.compile(rf"(\d[\d,]*(?:\.\d+)?)|([{_UNIT_WORDS}])")
_BIG = {"조": 10**12, "억": 10**8, "만": 10**4}
_SMALL = {"천": 1000, "백": 100, "십": 10}


def parse_number(text: str) -> int | float | None:
    """The value of one number as `NUMBER` matches it; None when its words are out of order.

    Exact arithmetic (Decimal), so 9007199254740993 stays itself; integral values come back as
    `int` (65억 is exactly 6500000000), others as `float` (3.5).
    """
    total = group = Decimal(0)
    pending: Decimal | None = None
    last_big, last_small = 10**13, 10**4
    for digits, word in _TOKEN_RE.findall(text):
        if digits:
            if pending is not None:
                return None
            pending = Decimal(digits.replace(",", ""))
        elif word in _SMALL:
            scale = _SMALL[word]
            if scale >= last_small:
                return None
            group += (1 if pending is None else pending) * scale
            pending, last_small = None, scale
        else:
            scale = _BIG[word]
            if scale >= last_big:
                return None
            group += pending or 0
            total += (group or 1) * scale
            group, pending, last_big, last_small = Decimal(0), None, scale, 10**4
    total += group + (pending or 0)
    return int(total) if total == total.to_integral_value() else float(total)


def find_numbers(text: str) -> list[tuple[int, int, int | float]]:
    """Every number in `text` as (start, end, value), skipping ones that do not parse."""
    found = []
    for match in NUMBER_RE.finditer(text):
        value = parse_number(match.group())
        if value is not None:
            found.append((match.start(), match.end(), value))
    return found
