"""The event name and year an award takes from the article around the sentence that told it.

Why a module of its own: a sentence often tells a prize without the evaluation or contest that
gave it (`같은 평가에서`, `이번 대회에서`, `N년 만에`), or names an event whose year is not the
award's. `award` reads the awards sentence by sentence; this is how each one is then named and
dated from what the article says before it, its headline and its lead (`context`).
"""

from __future__ import annotations

import re

from govreader.facts.award_history import YEAR_RE
from govreader.facts.award_record import Award
from govreader.facts.context import Context, Event
from govreader.facts.sentences import Piece

# `이번 평가는 … 지난해 추진한 사업을 대상으로`: this year's event, whatever period it judged.
_THIS_EVENT_RE = re.compile(r"이번\s(?:평가|대회|공모전|경진대회|심사)")
_DATED_RE = re.compile(r"\d{4}년")
_LEADING_YEAR_RE = re.compile(r"^(?:19|20)\d{2}(?:년도|년)?\s")


def name_from_before(award: Award, kept: list[Award]) -> None:
    """`같은 평가에서`, `이번 평가는`: the evaluation named before; told as 이번 with no year of
    its own (`이번 평가는 … 지난해 추진한 사업을`), it is also that evaluation's year."""
    earlier = next((k for k in reversed(kept) if k.name), None)
    if earlier is None:
        return
    award.name = earlier.name
    text = award.piece.text
    if _THIS_EVENT_RE.search(text) and not _DATED_RE.search(text):
        award.year = earlier.year


def name_from_context(award: Award, context: Context, previous: Award | None) -> None:
    """An award told without its name takes the event the article names for it: the one its
    clause echoes, else one named since the award before it was told, else that award's
    (winners listed one sentence after another belong to one event), else the last named
    before it or the headline's; with that event's year when the clause gave none of its own,
    and its organizer."""
    since = previous.piece.start if previous else -2
    dated = award.year if award.dated else None
    event = context.event_for(award.piece.start, award.piece.text, since, dated)
    prizes = prize_events(context, award.prize)
    if event is not None and event in prizes:
        # `‘우수 사회적기업상’과 ‘…공로상’으로 마련됐다`: the prizes the page names are no event;
        # the one named before them is.
        events = [e for e in context.events if e.at <= award.piece.start and e not in prizes]
        event = events[-1] if events else None
    if event is not None:
        award.name = event.name
        award.organizer = award.organizer or event.organizer
        if event.year and not award.dated:
            award.year = event.year
    elif previous is not None and previous.name:
        award.name = previous.name
        award.organizer = award.organizer or previous.organizer
        if previous.dated and not award.dated:
            award.year = previous.year


def prize_events(context: Context, prize: str | None) -> list[Event]:
    """The page's named prizes, when one of them is `prize` (`우수 사회적기업상`, beside
    `사회적기업활성화 공로상`): names of prizes, not of the event that gives them."""
    key = (prize or "").replace(" ", "")
    named = [e for e in context.events if e.name.endswith("상") and not e.name.endswith("대상")]
    if not key or not any(key in e.name.replace(" ", "") for e in named):
        return []
    return named


def year_of_lead(context: Context, pieces: list[Piece]) -> int | None:
    """`시는 2018년 구·군 일자리 실적을 평가해 결과를 발표했다`: the one year the headline and
    the lead tell, the year of what the article reports when nothing dates an award itself."""
    lead = " ".join(
        filter(None, (context.title, context.subtitle, pieces[0].text if pieces else ""))
    )
    years = {int(m.group(1)) for m in YEAR_RE.finditer(lead)}
    return years.pop() if len(years) == 1 else None


def source_of(award: Award, named: list[Award]) -> Award | None:
    """The award of this year that a prize won years before (`N년 만에`) repeats."""
    if not award.past:
        return None
    return next(
        (k for k in reversed(named) if not k.past and k.prize == award.prize
         and k.recipient == award.recipient),
        None,
    )  # fmt: skip


def year_of_name(award: Award) -> None:
    """An event named in full holds its year: the award's, unless the award is dated otherwise;
    a prize of another year (`2021년 최우수상`, `2014년 이후 11년 만`) is the event's without the
    year of this one, as the pages' own labels write it."""
    named_year = YEAR_RE.search(award.name or "")
    if named_year is None or award.name is None:
        return
    if not award.dated:
        award.year = int(named_year.group(1))
    elif award.year != int(named_year.group(1)) and named_year.start() == 0:
        award.name = _LEADING_YEAR_RE.sub("", award.name) or award.name
