"""The article read as a whole before any kind: its headline, subtitle and date, the events it
names (an award, evaluation or contest, with its year and organizer) and the body it is about.

A clause often leaves these unsaid: `최우수상은 A와 B가 받았다` names neither the award nor its
year, `구는 …` names no district. The kinds fill them from here, never by guessing: an event is
a name the page wrote (quoted, or before 시상식, 결과, 에서), and the body is the subject the
article opens with (`context_subject`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from govreader.facts.award_history import YEAR_RE
from govreader.facts.award_prizes import PRIZE_RE
from govreader.facts.award_reading import (
    RELATING_VERBS,
    award_name,
    grades_only,
    name_start,
    quoted_award_names,
    with_inner_asides,
    without_brackets,
)
from govreader.facts.award_winner_words import is_place
from govreader.facts.context_contest import contest_names, is_ordinal, not_an_event, ordinal_names
from govreader.facts.context_subject import lead_subject, organizer
from govreader.facts.enumeration import before
from govreader.facts.sentences import Piece
from govreader.model import Article

_RELATING_RE = re.compile(rf"^(?:.*\s)?(?:{'|'.join(sorted(RELATING_VERBS))})\s")
# Every event's name holds one of these words: a sentence with none names no event.
_EVENT_HINT_RE = re.compile(
    r"상|평가|대회|공모|어워|인증|심사|훈련|포상|분석|조사|점검|경연|대전|챌린지|콘테스트|그랑프리|유공"
    r"|우수|기관|등급|표창|박람회|엑스포|전시회"
)
# What an event listed before a ceremony ends with (`A상과 B상 시상식`): a list item without it
# is a host or a place, not another event.
_CEREMONY_WORD_END_RE = re.compile(
    r"(?:상|어워드|어워즈|대회|공모전|대전|경연|평가|훈련|심사|포상)$"
)
# `한국지방자치경영대상 시상식`, `재난대응 안전한국훈련 평가 결과`, `정부포상 수여식`, `…대상
# 수상자가 결정됐다`, `…경영대상 수상기업을 선정`, `… 종합평가 우수 시군 시상식`: a name before
# its event word.
_CEREMONY_RE = re.compile(
    r"(?:대상|상|어워드|어워즈|대회|공모전|경진대회|대전|경연|평가|훈련|심사|포상)"
    r"(?=\s?(?:(?:최우수|우수|장려)\s?[가-힣·]{1,4}\s)?"
    r"(?:시상식|수여식|전수식|결과|평가\s?결과|수상자|수상\s?(?:기관|지자체|단체|작|기업|업체)))"
)
# `‘재난대응 안전한국훈련’ 평가 결과`, `‘…’ 최우수기관으로`, `‘…’ 수상자를`: a quoted name, then its
# event word, the grade someone got in it or its winners (a doubled `''` closing it leaves one
# mark); not a programme someone was picked for (`‘…’ 사업에`).
_QUOTED_RE = re.compile(
    r"[‘'“\"「『《<]\s?(?P<name>[^‘’'“”\"「」『』《》<>]{3,60}?)\s?[’'”\"」』》>]"
)
_EVENT_AFTER_RE = re.compile(
    r"[’'”\"]?\s?(?:평가|시상식|심사|결과|수상(?:자|작|기업|업체)(?:을|를|로|으로|가|이|는|은)\s"
    r"|(?:최우수|우수|장려|특별|종합|대)(?:상|기관)(?:으로|을|를|에|,|\s))"
)
# A grade or 결과 closing a quoted name (`‘… 재정집행 최우수기관’`): not part of the event's name.
_TRAILING_RE = re.compile(r"\s?(?:(?:최우수|우수|장려|특별)(?:상|기관)?|[SA1-5]\s?등급|결과)$")
# Years and ordinals (`2025년`, `제5회`): a mention may leave them out.
_YEAR_WORDS_RE = re.compile(r"(?:19|20)\d{2}(?:년도|년)?|제?\d{1,3}회")
# `2023년도 지방재정분석은 … 14개 단체를 선정했다`: a dated evaluation as the topic that selects.
_DATED_TOPIC_RE = re.compile(
    r"^(?P<name>(?:19|20)\d{2}(?:년도|년)?\s(?:[가-힣]+\s){0,3}[가-힣]*(?:평가|분석|조사|심사|점검))"
    r"(?:은|는)\s"
)
_SELECTING_RE = re.compile(r"(?:선정|선발|시상|포상)(?:했|하였|한다)")
# `당초 도시대상 시상식은`, `올 상반기 정부포상`: words of time before a name are none of it.
_LEADING_ADVERB_RE = re.compile(
    r"^(?:(?:당초|당시|앞서|이후|최근|향후|그간|그동안|처음|첫)\s"
    r"|(?:올해|올|이번|지난해|작년|금년|지난달|이달|지난)\s(?:[상하]반기\s)?)"
)
# `2018 한국의 경영대상`: one possessive word between the year and the name is the name's too.
_YEAR_BEFORE_RE = re.compile(
    r"(?<![0-9])((?:19|20)\d{2}(?:년도|년)?)\s(?:(?P<own>[가-힣]{2,5}의)\s)?$"
)
_HEADLINE_NAME_RE = re.compile(
    r"(?:^|,\s|\s)(?P<name>(?:[0-9A-Za-z가-힣·]+\s){0,5}[0-9A-Za-z가-힣·]*"
    r"(?:대상|대회|대전|어워드|어워즈|평가|경진대회|공모전))\s$"
)
# `다솔군, 대한민국우수행정평판대상 수상`: a grand prize written as one word with its award's
# name, then the receiving word: the whole word names the award.
_HEADLINE_GLUED_RE = re.compile(
    r"(?:^|,\s|\s)(?P<name>(?:[0-9A-Za-z가-힣·]+\s){0,4}[0-9A-Za-z가-힣·]{2,}(?:대상|어워드|어워즈))"
    r"[’'”\"]?\s(?:수상|선정|영예|차지)"
)
# `2020년 … 경진대회를 개최하고`, `이번 인구정책 경진대회를 통해`: an event the page says was held.
# An evaluation is held only when 실시: `국민평가를 진행했다` is a step of judging, no event.
_HELD_RE = re.compile(
    r"(?<![0-9A-Za-z가-힣·])[0-9A-Za-z가-힣·]{0,30}?"
    r"(?:(?:경진대회|공모전|경연대회|대회|콘테스트|어워드|어워즈)"
    r"(?=(?:을|를)\s(?:\S+\s){0,2}?(?:개최|실시|진행|열었|열고|열어|통해))"
    r"|평가(?=(?:을|를)\s(?:\S+\s){0,2}?실시))"
)
# `최종 평가`, `1차 서면심사`, `발표대회`, `심사위원회 심사`: a step of judging, or the kind of
# event alone (`이번 경진대회`), refers to the event; it names none.
_JUDGING_STEP_RE = re.compile(
    r"(?:[가-힣]*위원회)?(?:최종|\d차|서면|현장|전문가|본선|예선|결선|종합)*"
    r"(?:평가|심사|발표대회|발표회|경진대회|경연대회|공모전|대회|시상식)"
)
# `A, B 등 8개 부문에서`, `‘A’ 부문에서는`: the categories the page judged or awarded in.
_CATEGORY_LIST_RE = re.compile(r"등\s?(?:총\s?)?\d+개\s?(?:부문|분야)")
_QUOTED_CATEGORY_RE = re.compile(r"[‘'“\"](?P<name>[^‘’'“”\"]{3,40})[’'”\"]\s?(?:부문|분야)")
# An event's own word: a name with one is an event even when a category echoes it.
_EVENT_WORD_RE = re.compile(r"상|평가|대회|공모|어워|인증|심사|훈련|포상|경연|대전|챌린지|콘테스트")
_GLUED_BODY_RE = re.compile(r"\S*(?:위원회|기관|부|처|청|공단|공사|재단|협회|본부)\s")
_TOPIC_WORD_RE = re.compile(r"^(?P<word>\S+?)(?:은|는)\s")
# `나래시(시장 …, 이하 나래시) 수기 공모전`: a body introduced with its head or short
# name is the sentence's subject, no part of the event's name.
_HEAD_ASIDE_RE = re.compile(
    r"^\S+\((?:시장|군수|구청장|도지사|교육감|이사장|청장|원장|회장|대표|이하)[^()]*\)\s"
)
_NORM_RE = re.compile(r"[\s'\"‘’“”「」『』《》<>()·]+")


@dataclass(frozen=True, slots=True)
class Event:
    """An award, evaluation or contest the article names, and where: `at` indexes the article
    text, -1 for the headline or subtitle."""

    name: str
    at: int
    year: int | None = None
    organizer: str | None = None
    # What the lead also called it before naming it formally (`청렴도 평가` → `종합청렴도 평가`).
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole article says, for the kinds to fill in what one clause leaves unsaid."""

    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    year: int | None = None
    # The body the article is about (`경상남도는 …` → 경상남도); None when it opens on several.
    body: str | None = None
    events: tuple[Event, ...] = ()

    def event_for(
        self, start: int, clause: str = "", since: int = -2, year: int | None = None
    ) -> Event | None:
        """The event an award told at `start` without a name of its own belongs to: the one
        whose words the clause repeats (`지방재정대상 대통령상은`), else the last named before it
        (the headline's first), else the first named after it. With `since` (where the last
        award with a name of its own was told), only an event named after that counts, since
        the winners that follow a named award are that award's. Of several echoed, one named
        in the clause itself wins, then one of the award's `year` (when the clause dates it)."""
        if not self.events:
            return None
        words = _key(clause)
        echoed = [e for e in self.events if words and _echoes(_key(e.name), words)]
        if echoed:
            # One named in this very sentence first, then one of the award's own year.
            return max(echoed, key=lambda e: (e.at == start, e.year == year, len(_key(e.name))))
        earlier = [e for e in self.events if since < e.at <= start]
        headline = [e for e in earlier if e.at == -1 and (year is None or e.year in (None, year))]
        if headline and not any(e.at == start for e in earlier):
            return headline[0]
        if earlier:
            return earlier[-1]
        return self.events[0] if since == -2 else None

    def fullest(self, name: str, year: int | None = None) -> str:
        """`name` as the page names that event in full elsewhere (`재난대응 안전훈련 평가` →
        `2025 재난대응 안전훈련 평가`); itself when the page names it no fuller."""
        mention = Event(name, 0, year)
        formal = next((e for e in self.events if name in e.also), None)
        if formal is not None:
            return formal.name
        found = next((e for e in self.events if _same_event(e, mention)), None)
        if found is None or _fullness(found) < _fullness(mention):
            return name
        return found.name


def _key(text: str) -> str:
    """A name without blanks, quotes, years and ordinals, to tell two mentions of one event."""
    return _YEAR_WORDS_RE.sub("", _NORM_RE.sub("", text))


def _echoes(name: str, clause: str) -> bool:
    """The clause repeats the name (of four syllables or more) or six syllables of it in a
    row."""
    if len(name) < 4:
        return False
    return name in clause or any(name[i : i + 6] in clause for i in range(0, len(name) - 5))


def same_name(a: str, b: str) -> bool:
    """Two names of one event: one holds the other, blanks, quotes and years aside
    (`종합청렴도 평가`, `2022년 공공기관 종합청렴도 평가`)."""
    x, y = _key(a), _key(b)
    return bool(x and y) and (x in y or y in x)


def _same_event(a: Event, b: Event) -> bool:
    """Two mentions of one event: one name holds the other, and no two years differ."""
    if a.year and b.year and a.year != b.year:
        return False
    return same_name(a.name, b.name)


def _without_grade(name: str) -> str | None:
    """The event's name without a grade or 결과 written into it (`‘… 재정집행 최우수기관’`,
    `‘… 평가결과’`); None when the quote holds nothing but grades (`‘최우수상 및 특별상’`)."""
    name = _TRAILING_RE.sub("", name)
    return None if grades_only(name) else name


def _named(bare: str) -> list[tuple[str, int]]:
    """The names of events in one sentence and where they start."""
    found = list(quoted_award_names(bare))
    for match in _QUOTED_RE.finditer(bare):
        told = _EVENT_AFTER_RE.match(bare, match.end()) or _TRAILING_RE.search(match.group("name"))
        if told and all(s != match.start() for _, s in found):
            found.append((match.group("name").strip(), match.start()))
    for match in _CEREMONY_RE.finditer(bare):
        listed = before(bare, match.end(), max_words=5)
        for item in listed.items:
            if item.end < match.end() and not _CEREMONY_WORD_END_RE.search(item.text):
                continue  # `국방부·조선일보, 제4회 …상 시상식`: the hosts listed before it
            if not _covered(found, item.start):
                # `관리계획에 따른 운영평가`: the words after what it follows name it.
                relating = _RELATING_RE.match(item.text)
                cut = relating.end() if relating else 0
                found.append((item.text[cut:], item.start + cut))
    for match in _HELD_RE.finditer(bare):
        start = name_start(bare, match.start())
        if not _covered(found, match.start()):
            found.append((bare[start : match.end()], start))
    for contest, begin, head in contest_names(bare):
        if not _covered(found, head):
            found.append((contest, begin))
    for ordinal, begin in ordinal_names(bare):
        if not _covered(found, begin):
            found.append((ordinal, begin))
    topic = _DATED_TOPIC_RE.match(bare)
    if topic and _SELECTING_RE.search(bare):
        found.append((topic.group("name"), 0))
    # `‘행정안전부 장관상’`: a quoted prize is what was won, not the event that gave it.
    found = [(name, start) for name, start in found if not PRIZE_RE.fullmatch(name.strip())]
    if not found:
        name, start = award_name(bare)
        if name:
            found.append((name, start))
    return found


def _covered(found: list[tuple[str, int]], at: int) -> bool:
    """Whether `at` falls within a name already `found` (or the two characters after it)."""
    return any(start <= at < start + len(name) + 2 for name, start in found)


def _events_in(text: str, at: int) -> list[Event]:
    """The events one sentence (or the headline) names, in order."""
    if not _EVENT_HINT_RE.search(text):
        return []
    bare, _ = without_brackets(text)
    events = []
    for found, start in sorted(_named(bare), key=lambda named: named[1]):
        name = _without_grade(_LEADING_ADVERB_RE.sub("", found.strip(" ‘’'“”\"「」『』《》<>")))
        if not name:
            continue
        topic = _TOPIC_WORD_RE.match(name)
        if topic and is_place(topic.group("word")):
            name = name[topic.end() :]  # `강원도는 자치단체 합동평가`: the host, not the name
        short = len(_key(name)) <= 3 and not is_ordinal(name)
        if not name or short or _JUDGING_STEP_RE.fullmatch(_key(name)):
            continue
        if not_an_event(bare, name, start):
            continue
        year = YEAR_RE.search(name)
        written = _YEAR_BEFORE_RE.search(bare, 0, start)
        if year is None and written and bare[start] not in "‘'“\"「『《<":
            # `2024년 지방규제혁신 평가`: its year opens it
            own = f"{written.group('own')} " if written.group("own") else ""
            name = f"{written.group(1)} {own}{name}"
            year = YEAR_RE.search(name)
        events.append(
            Event(
                _HEAD_ASIDE_RE.sub("", with_inner_asides(text, name)),
                at,
                int(year.group(1)) if year else None,
                organizer(bare, start),
            )
        )
    return events


def _headline_event(heading: str) -> list[Event]:
    """`2020 대한민국 도시대상 대통령상, “부산 수영구”`: a headline writes the award's name right
    before the prize, with no quotes and no 에서."""
    prize = PRIZE_RE.search(heading)
    named = _HEADLINE_NAME_RE.search(heading, 0, prize.start()) if prize else None
    named = named or _HEADLINE_GLUED_RE.search(heading)
    if named is None or not named.group("name").strip():
        return []
    name = named.group("name").strip()
    year = YEAR_RE.search(name)
    return [Event(name, -1, int(year.group(1)) if year else None)]


def _fullness(event: Event) -> tuple[bool, int, int]:
    """A mention with its year beats one without; then the longer name."""
    return bool(YEAR_RE.search(event.name)), len(_key(event.name)), len(event.name)


def _core_words(name: str) -> list[str]:
    """The words that tell one evaluation from another: no kind of event, year or count."""
    return [
        w
        for w in name.split()
        if len(w) >= 2 and not w.endswith("평가") and not re.search(r"\d", w)
    ]


def _one_evaluation(a: Event, b: Event) -> bool:
    """`국민권익위원회 청렴도 평가`, then `공공기관 종합청렴도 평가`: an evaluation the lead names
    with whoever runs it or is judged glued before it, then names again with a word of one inside
    a word of the other, is one, named loosely then formally."""
    if not (a.name.endswith("평가") and b.name.endswith("평가")):
        return False
    if not _GLUED_BODY_RE.match(a.name):
        return False
    if a.year and b.year and a.year != b.year:
        return False
    return any(x in y or y in x for x in _core_words(a.name) for y in _core_words(b.name))


def _merged(events: list[Event], lead_end: int = -1) -> tuple[Event, ...]:
    """Mentions of one event as one, named in full (the mention with its year, else the longest;
    year and organizer from whichever mention says them), placed where it is first named. Two
    evaluations the lead (before `lead_end`) names loosely then formally are one, named as the
    later mention names it."""
    kept: list[Event] = []
    for event in events:
        index = next((i for i, k in enumerate(kept) if _same_event(k, event)), None)
        if index is None and event.at < lead_end:
            index = next(
                (i for i, k in enumerate(kept) if k.at < lead_end and _one_evaluation(k, event)),
                None,
            )
            if index is not None:
                loose = kept[index]
                kept[index] = replace(
                    event,
                    at=loose.at,
                    year=loose.year or event.year,
                    also=(*loose.also, loose.name),
                )
                continue
        if index is None:
            kept.append(event)
            continue
        first = kept[index]
        fuller = max((first, event), key=_fullness)
        kept[index] = replace(
            first,
            name=fuller.name,
            year=first.year or event.year,
            organizer=first.organizer or event.organizer,
        )
    return tuple(kept)


def _categories(pieces: Sequence[Piece]) -> list[str]:
    """The categories the article lists (`A, B 등 8개 부문`) or quotes (`‘A’ 부문`), as keys."""
    found: list[str] = []
    for piece in pieces:
        bare, _ = without_brackets(piece.text)
        for match in _CATEGORY_LIST_RE.finditer(bare):
            found.extend(_key(item.text) for item in before(bare, match.end(), max_words=5).items)
        found.extend(_key(m.group("name")) for m in _QUOTED_CATEGORY_RE.finditer(bare))
    return [key for key in found if len(key) >= 4]


def _is_category(event: Event, categories: list[str]) -> bool:
    """`‘찾아가는 복지서비스 제공’ 최우수상`: a name with no event word that the page also calls a
    category is that category, the prize's field, not the event that gave it."""
    if _EVENT_WORD_RE.search(event.name):
        return False
    key = _key(event.name)
    return any(_echoes(key, category) or _echoes(category, key) for category in categories)


def read(article: Article, pieces: Sequence[Piece]) -> Context:
    """The context of `article`, whose text is read as `pieces` (its sentences)."""
    year = YEAR_RE.match(article.published or "")
    named: list[Event] = []
    for heading in (article.title, article.subtitle):
        if heading:
            named.extend(_events_in(heading, -1) or _headline_event(heading))
    for piece in pieces:
        named.extend(_events_in(piece.text, piece.start))
    categories = _categories(pieces)
    return Context(
        title=article.title,
        subtitle=article.subtitle,
        published=article.published,
        year=int(year.group(1)) if year else None,
        body=lead_subject(pieces),
        events=_merged(
            [event for event in named if not _is_category(event, categories)],
            pieces[2].start if len(pieces) > 2 else len(article.text) + 1,
        ),
    )
