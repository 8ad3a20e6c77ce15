"""The list's order as one small integer an article: `articles.newest`, larger is newer.

Search walks its index in this order and stops at the limit, so the search index is keyed by it
too. The key must stay small: the index stores each article's key as the difference from the one
before it, and keys made of a timestamp and an id took six times the room of dense ones. So a day
gets `DAY_KEYS` consecutive keys: first the articles that give no time of day, then four a minute
(to the minute, like the list shows). An article takes the first free key from the one its date
asks for, so ties go to the later import, and a key is unique however many articles share a date.
"""

from __future__ import annotations

import re

DAY_KEYS = 1 << 13
UNTIMED_KEYS = 2048
"""Keys for articles that give a day but no time: the first 2,048 of the day's 8,192."""
MINUTE_KEYS = 4

_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?")


def _day(year: int, month: int = 0, day: int = 0) -> int:
    """A running day number that orders like the ISO strings: a missing month or day (0) comes
    before the first one, as `2024-03` comes before `2024-03-01`."""
    return (year * 13 + month) * 32 + day


def key_for(published: str | None) -> int:
    """The key an article published at `published` (ISO 8601, as precise as its page) asks for;
    0 (the oldest) for an article without a date, which lists last."""
    match = _PUBLISHED.match(published or "")
    if match is None:
        return 0
    year, month, day, hour, minute = (int(part) if part else None for part in match.groups())
    assert year is not None
    base = _day(year, min(month or 0, 12), min(day or 0, 31)) * DAY_KEYS
    if hour is None or minute is None or hour > 23 or minute > 59:
        return base
    return base + UNTIMED_KEYS + (hour * 60 + minute) * MINUTE_KEYS


def _parts(date: str) -> tuple[int, int, int]:
    year, month, day = [*date.split("-"), "0", "0"][:3]
    return int(year), int(month), int(day)


def key_range(since: str | None, until: str | None) -> tuple[int | None, int | None]:
    """The keys of the articles published on or after `since` and on or before `until`
    (YYYY[-MM[-DD]], the whole year, month or day included); None where there is no bound.
    An article without a date is in no range."""
    low = _day(*_parts(since)) * DAY_KEYS if since else None
    if until is None:
        return low, None
    return (low if low is not None else _day(1) * DAY_KEYS), _until_key(until)


def _until_key(until: str) -> int:
    year, month, day = _parts(until)
    if day:
        after = _day(year, month, day + 1)
    elif month:
        after = _day(year, month + 1)
    else:
        after = _day(year + 1)
    return after * DAY_KEYS - 1
