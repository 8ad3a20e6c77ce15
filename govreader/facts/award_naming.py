"""The event name and year an award takes from the article around the sentence that told it.

Why a module of its own: a sentence often tells a prize without the evaluation or contest that
gave it (`같은 평가에서`, `이번 대회에서`, `N년 만에`), or names an event whose year is not the
award's. `award` reads the awards sentence by sentence; this is how each one is then named and
dated from what the article says before it, its headline and its lead (`context`).
"""

from __future__ import annotations

import re
from dataclasses import replace

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


# What a reading of a name takes in before it: a list mark or comma, a connective (`또`,
# `최근`), a date (`11.11(수)`), the clause that tells what came before (`받은데 이어`,
# `뿐 아니라`), its host (`농촌진흥청에서 개최한`).
_NAME_LEAD_RE = re.compile(
    r"^(?:[\s,、·△▲○◦□■●◆◇▷▶-]+|(?:또|또한|최근|특히|이날|한편|아울러|나머지|무려)\s"
    r"|\d{1,2}\.\s?\d{1,2}\.?\s?\([월화수목금토일]\)\s?|(?:\S+\s)?(?:이어|아니라)\s"
    r"|(?:\S+(?:에서|이|가)\s)?(?:개최|주최|주관|실시|진행)한\s)"
)
# A grade alone, with or without its 상 (`장려상`, `최우수`), written twice in `_NO_EVENT_RE`.
_BARE_GRADE = r"(?:(?:최우수|우수|장려|특별|대|금|은|동)상|최우수|우수)"
# A name that names no event: a bare grade (`대상`), a school's division (`초등부`), a span of
# time (`6년동안`) or a year alone (`2024년`), a clause (`… 인정받은`), a category with its grade
# (`민간부문 대상`, `UCC부문 최우수상`), a part or way of judging (`정량평가에서도`, `대면평가`).
_NO_EVENT_RE = re.compile(
    rf"^(?:{_BARE_GRADE}|[가-힣]{{1,3}}부)$"
    r"|(?:동안|받은|하는|되는)$"
    r"|^(?:\d{4}|[’']\d{2})년(?:도)?$"  # a year alone (`2023년 우수기관, 2024년 최우수기관`)
    # a part or a way of judging an evaluation (`서면 및 대면평가를 실시하고`), whose awards
    # are the evaluation's
    r"|^(?:정량|정성|서면|대면|비대면|현장|서류)\s?(?:평가|심사|실사)$"
    rf"|^(?:\S+\s){{0,2}}\S*(?:부문|분야)\s?{_BARE_GRADE}$"
)


def event_name(name: str) -> str | None:
    """`name` as read, without what the reading took in before it (`또 `, `, `, `받은데 이어 `);
    None when what is left names no event (`또 초등부`, `나머지 대상`, `무려 6년동안`), so the
    award takes the article's event."""
    trimmed = name
    while lead := _NAME_LEAD_RE.match(trimmed):
        trimmed = trimmed[lead.end() :]
    if not trimmed or _NO_EVENT_RE.search(trimmed):
        return None
    return trimmed


def with_event_names(context: Context) -> Context:
    """`context` with its events named as `event_name` reads them, and those that name no event
    left out, so that no award takes them."""
    events = []
    for event in context.events:
        name = event_name(event.name)
        if name:
            events.append(replace(event, name=name))
    return replace(context, events=tuple(events))
