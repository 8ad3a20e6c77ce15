"""Who received an award: the sentence subject, names listed before a prize, bodies listed with
places and head counts.

The subject is the last noun with 은/는/이/가 that did not hold or judge the award; a staff member
keeps their name and title (`이수아 주무관`), a body the places it sits in (`울산 남구`). A list
found here (`A와 B`, `C, D 등 15명`) is read as names by `award_who_list`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from govreader.facts import enumeration
from govreader.facts.award_history import YEAR_RE
from govreader.facts.award_prizes import PRIZE_RE
from govreader.facts.award_reading import LEADING_MARK_RE
from govreader.facts.award_who_list import WORK_OF_RE, owner_of_work, who_list, without_lead_words
from govreader.facts.award_winner_words import (
    NOT_SUBJECTS,
    TITLE_RE,
    is_bare_name,
    is_person,
    is_person_or_body,
    is_place,
    named_person,
)
from govreader.facts.phrases import has_final, is_plain_word, word_set

# `▲청양군은`: a marked list's last item may be the subject.
SUBJECT_RE = re.compile(r"(?:^|\s)[▲△○□]?(?P<word>[^\s▲△○□]{1,20}?)(?:은|는|이|가|께서)(?=\s)")
# Nouns that end like a subject particle (`정량평가 부문`, `어린이`).
NOUNS_ENDING_LIKE_PARTICLES = (
    "평가", "국가", "전문가", "참가", "추가", "증가", "물가", "단가", "대가", "작가", "휴가",
    "어린이", "놀이", "높이", "길이",
)  # fmt: skip
# `민원여권과가`: a department ending in 과, then the subject particle 가.
_DEPARTMENT_RE = re.compile(r"[가-힣]{2,12}과가")
# `연구원 원장이 참석한 가운데`: a guest at the ceremony, no more a recipient than the host.
_AGENT_AFTER_RE = re.compile(
    r"\s(?:공동\s?)?(?:주관|주최|실시|후원|시행|평가|선정|수여|시상)|\s참석(?:한|해|하여)\s"
)
# `한경닷컴이 전국 소비자를 대상으로 실시한 조사에서`, `서울시가 25개 자치구를 대상으로 진행하는
# ‘…’에서는`: the subject of a clause that holds the event the prize came from is its host
# (with no other subject between: `동작구가 노동부가 주최한 …`).
_HOST_CLAUSE_RE = re.compile(
    r"\s(?:\S*[^\s이가은는서]\s){0,9}?\S*(?:실시|진행|주최|주관|개최|시행)(?:한|하는|했던|하던)\s"
    r"(?:[‘'“\"][^‘’'“”\"]{1,60}[’'”\"]\s?|\S+\s){0,4}?\S*에서"
)
SELF_REFERENCE = frozenset({"구", "시", "군", "도", "청", "기관", "센터"})
SUBJECT_WINDOW = 160
# `…선정됐고, 보건소 박은영 팀장은 장관 표창을`: a new topic after a clause for the next prize.
_NEXT_TOPIC_RE = re.compile(
    r"(?:고|며|으며|하여|해),\s(?P<who>[^\s,]+(?:\s[^\s,]+){0,4}?)(?:은|는)\s(?:[^\s,]+\s){0,3}$"
)
# `같은 팀 장병희 주무관은 `: a clause's own subject, right after the comma of the clause before.
_CHAINED_RE = re.compile(r"^(?P<who>[^\s,]+(?:\s[^\s,]+){0,4}?)(?:은|는)\s$")
# A who ending in a quoted name is a work (a festival, a policy) entered by the subject.
_QUOTED_WORK_RE = re.compile(r"[’'”\"」』》>]$")
_AFTER_VENUE_RE = re.compile(r"(?:에서|[’”」』》]\S*)\s")
# One subject per category, the clauses chained with commas before a shared prize.
_SUBJECT_PER_CATEGORY_RE = re.compile(
    r"(?:^|,\s?)(?:(?P<who>[^\s,]+(?:\s[^\s,]+){0,2}?)(?:은|는|이|가)\s(?:[^\s,]+\s)?[^\s,]*(?:부문|분야|단위)"
    r"에서(?:는)?|(?:[^\s,]+\s)?[^\s,]*(?:부문|분야|단위)에서(?:는)?\s(?P<who2>[^\s,]+(?:\s[^\s,]+){0,2}?)"
    r"(?:이|가))\s?"
)
# What a body does or runs, never its own winner: `과제가`, `해당 프로그램이`.
_THINGS = word_set("과제 사업 프로그램 정책 시책 사례 프로젝트 제도 작품 노력 성과")
# `쌍치면`, `효자면`: a township, whose 면 elsewhere may end a verb (`보면`).
TOWNSHIP_RE = re.compile(r"[가-힣]{1,3}면")
_QUOTED_SPAN_RE = re.compile(r"‘[^’]{1,80}’|“[^”]{1,80}”|'[^'\n]{1,80}'|\"[^\"\n]{1,80}\"")
_QUOTED_PLACE_RE = re.compile(
    r"[‘'“\"](?P<place>[가-힣]{2,8}(?:\s[가-힣]{2,8})?)[’'”\"](?=(?:이|가)\s)"
)
_HEAD_COUNT_RE = re.compile(
    r"등|총|외|및|\d+(?:곳|개|개소|개\s?기관)|기관|단체|자치단체|지방자치단체|지자체"
)
_LIST_MARK_RE = re.compile(r"[·∙ㆍ/,、▲△○□]")
_BARE_NAME_RE = re.compile(r"^[가-힣]{2}(?<![시군구도])$")
_JOINT_END_RE = re.compile(r"(?<=[가-힣])(?:와|과|이나)$")
# `경기 광명시의 ‘함께 돌봄’ 사업이`: a body's quoted entry, the subject of its prize.
_BODY_WORK_RE = re.compile(
    r"(?<![가-힣])(?P<owner>(?:[가-힣]{2,6}\s)?[가-힣]{2,10})의\s?[‘'“\"][^‘’'“”\"]{1,60}[’'”\"]"
    r"(?:\s?[가-힣]{1,6}?)?(?:이|가)(?=\s)"
)
_LISTED_SUBJECT_RE = re.compile(r"(?P<who>\S(?:[^.]{0,160}?\S)?)\s등(?:이|은)\s")
_PEOPLE_TOPIC_RE = re.compile(r"(?:^|,\s)(?P<who>[^,]{2,80}?)(?:은|는)\s$")
# `A와 B 등이 최고 등급인 1등급을`: what the grade is, set between its winners and it.
_APPOSED_GRADE_RE = re.compile(r"(?<=\s)(?:최고|최상위|가장 높은|최우수)\s?등급인\s$")


def _quoted_before(text: str, end: int) -> list[tuple[int, int]]:
    """The quotes `_QUOTED_SPAN_RE` finds in `text[:end]`, from the sentence's quotes read once
    (read to `end` for each prize, a sentence of prizes was read again for each). Up to the
    first quote that runs past `end` they are the same; that one is not found in `text[:end]`
    (a quote ends at its first closing mark, which is past `end`), and the search goes on from
    the character after its opening, which is at most a quote's length before `end`."""
    quotes, ends = _quotes(text)
    crossing = bisect_right(ends, end)
    if crossing == len(quotes):
        return list(quotes)
    rest = _QUOTED_SPAN_RE.finditer(text, quotes[crossing][0] + 1, end)
    return [*quotes[:crossing], *(m.span() for m in rest)]


@lru_cache(maxsize=8)
def _quotes(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    spans = tuple(m.span() for m in _QUOTED_SPAN_RE.finditer(text))
    return spans, tuple(b for _, b in spans)


def subject_before(text: str, end: int, agents: Iterable[int] = ()) -> str | None:
    """The last subject (a noun with 은/는/이/가) of `text` before `end`, with an organisation
    word before it; never a body that held or judged the award (`agents`)."""
    return _last_subject(text, end, agents)[0]


def _last_subject(text: str, end: int, agents: Iterable[int]) -> tuple[str | None, int]:
    """`subject_before`, and where its word ends."""
    window = max(0, end - SUBJECT_WINDOW)
    best, best_end = None, end
    body: str | None = None
    body_end = end
    quoted = _quoted_before(text, end)
    for match in SUBJECT_RE.finditer(text, window, end):
        word = match.group("word")
        if match.start("word") in agents or _AGENT_AFTER_RE.match(text, match.end()):
            continue
        if match.group().endswith(("이", "가")) and _HOST_CLAUSE_RE.match(text, match.end()):
            continue
        if any(a < match.start("word") < b for a, b in quoted):
            continue  # `‘살기좋은 마을’`, `‘청년의 내일이 있는 …’`: inside a name
        before = text[window : match.start("word")].split()
        if word in SELF_REFERENCE:
            found = word
        elif _named_by_ssi(word, before):
            # `최하나 씨는`, `권하늘씨는`: 씨 is one syllable, its name the word before or glued.
            found = f"{before.pop()} 씨" if word == "씨" else f"{word[:-1]} 씨"
        elif TOWNSHIP_RE.fullmatch(word) and before and re.search(r"[시군]$", before[-1]):
            found = f"{before[-1]} {word}"  # `순창군 쌍치면이`: a township ends in 면 like a verb
        elif (
            len(word) < 2
            or match.group().strip().endswith(NOUNS_ENDING_LIKE_PARTICLES)
            or not (
                is_place(word)
                or is_plain_word(LEADING_MARK_RE.sub("", word))
                or _DEPARTMENT_RE.fullmatch(match.group().strip())
            )
            or word.endswith(("하", "되", "있", "없", "했", "라"))
            or (match.group().endswith("리는") and not is_place(word))  # `열리는 평가회`
            or word in NOT_SUBJECTS
            or YEAR_RE.fullmatch(word)
        ):
            continue
        else:
            words = [word]
            if before and is_person(f"{before[-1]} {word}"):
                words.insert(0, before.pop())  # `이수아 주무관은`, `김도연 사회복지사가`
            elif TITLE_RE.match(word) and named_person([*before, word]):
                best, best_end = named_person([*before, word]), match.end("word")
                continue
            # `울산 남구는`, `목포시 하당동 행정복지센터는`: the places the body sits in.
            while before and len(words) < 4 and is_place(before[-1]):
                words.insert(0, before.pop())
            found = " ".join(words)
        best, best_end = found, match.end("word")
        if _is_winner(found):
            body, body_end = found, best_end
    # `구리시는 협업 과제가 좋은 평을 받아 특별상을`: a thing's clause inside the body's sentence.
    if best and best.split()[-1] in _THINGS and body:
        return body, body_end
    return best, best_end


def _named_by_ssi(word: str, before: list[str]) -> bool:
    """`씨` after a bare name (`최하나 씨`), or glued to it (`권하늘씨`)."""
    if word == "씨":
        return bool(before) and is_bare_name(before[-1])
    return word.endswith("씨") and is_bare_name(word[:-1])


def _is_winner(name: str) -> bool:
    """A body, a person or the article's own body (`구는`)."""
    return name in SELF_REFERENCE or is_person(name) or is_place(name.split()[-1])


def _body_of_work(work: re.Match[str]) -> str:
    """`경기 광명시의 ‘함께 돌봄’ 사업이` → 경기 광명시가: a body's entry wins for the body."""
    owner = work.group("owner")
    if not is_place(owner.split()[-1]):
        return work.group()
    return owner + ("이" if has_final(owner[-1]) else "가")


def _unquoted_place(quoted: re.Match[str]) -> str:
    """`'부산 수영구'가`: a place in quotes is that body, not a work it entered."""
    place = quoted.group("place")
    return place if is_place(place.split()[-1]) else quoted.group()


def recipients_of(
    text: str, prize: re.Match[str], previous_end: int, agents: Iterable[int]
) -> tuple[list[str], bool]:
    """Who received `prize`, and whether a `WHO이/가 PRIZE을` clause named them; else the
    sentence subject. A quoted work (`‘해운대 모래축제’가 대상을`) won it for the subject."""
    clause = _APPOSED_GRADE_RE.sub("", text[previous_end : prize.start()])
    clause = WORK_OF_RE.sub(owner_of_work, clause)
    clause = _BODY_WORK_RE.sub(_body_of_work, clause)
    clause = _QUOTED_PLACE_RE.sub(_unquoted_place, clause)
    # `A가 각각 …`, `A가 영예의 대상을`: a word between the subject and its prize.
    match = re.search(
        r"(?P<who>\S(?:.{0,160}\S)?)(?:이|가)\s(?:(?:각각|영예의|영광의)\s)?$", clause
    )
    if match and clause[: match.end("who") + 1].endswith(NOUNS_ENDING_LIKE_PARTICLES):
        match = None  # `… 평가 최우수기관`: 평가 is no subject
    if match and not _QUOTED_WORK_RE.search(match.group("who")):
        # `서울 중구·경기 수원시 등 2곳이`: a list of places, read as the organizer's lists are.
        _, places = picked_list(clause, match.end("who"))
        if len(places) >= 2:
            return places, True
        # `A와 B가 공동 주최한 ‘…’에서 C가`: who won it come after the venue or the award's name.
        who = who_list(_AFTER_VENUE_RE.split(match.group("who"))[-1])
        if who and all(len(w.split()) <= 5 for w in who):
            return who, True
    topic = _PEOPLE_TOPIC_RE.search(clause)
    if topic:
        # `A 씨와 B 씨는 장관 표창을, C 씨는 …`: people as the topic of their own prize.
        people = [
            named_person(p.split()) or without_lead_words(p) for p in who_list(topic.group("who"))
        ]
        if people and all(is_person(p) for p in people):
            return people, True
    by_category = _SUBJECT_PER_CATEGORY_RE.findall(clause)
    if len(by_category) >= 2 and _SUBJECT_PER_CATEGORY_RE.sub("", clause).strip(" ,") == "":
        # `A는 X부문에서, B는 Y부문에서 대상을`, `X 부문에서는 A가, Y 부문에서는 B가 …으로`
        return [a or b for a, b in by_category], True
    # `A시와 B군 등이 …에 기여한 공으로 장관 표창을`, `C 회장과, D 주무관 등이 …`: a list that
    # closes with 등 is the subject, however far its prize.
    listed = [*_LISTED_SUBJECT_RE.finditer(clause)]
    if listed:
        who = who_list(_AFTER_VENUE_RE.split(listed[-1].group("who"))[-1])
        if len(who) >= 2 and all(is_person_or_body(w) for w in who):
            return [named_person(w.split()) or w for w in who], True
    if previous_end:
        topic = _NEXT_TOPIC_RE.search(clause)
        # `A는 X상을, B는 Y상을 받았다`: the next clause after the comma has its own subject.
        chained = "," in text[max(0, previous_end - 3) : previous_end] and _CHAINED_RE.match(clause)
        next_who = topic.group("who") if topic else chained.group("who") if chained else None
        if next_who and is_plain_word(next_who.split()[-1]):
            return [named_person(next_who.split()) or next_who], True
    subject, subject_end = _last_subject(text, prize.start(), agents)
    # `김해시와 양산시가 ‘…’에서 2등급을 받았다`: places listed as one subject each won it.
    # A grade before it (`여수시는 우수기관, 완도군은 장려기관으로`) ends another clause.
    _, places = picked_list(text, subject_end) if subject else (0, [])
    if len(places) >= 2 and not any(PRIZE_RE.search(place) for place in places):
        return places, False
    return ([subject] if subject else []), False


def picked_list(text: str, end: int) -> tuple[int, list[str]]:
    """The bodies listed just before `end` (`A와 B, 전남 C 등 3곳`, `D·E`, `F,G 등 2개
    지자체`), read backwards while each word is a place, a region, a joint or a head count;
    none when a listed item is no place. Also where the list starts."""
    words = text[:end].split(" ")
    start = end
    kept = 0
    for word in reversed(words):
        parts = [_JOINT_END_RE.sub("", part) for part in _LIST_MARK_RE.split(word) if part]
        # `부천·안산시`: bare names before the place word they share.
        shared = len(parts) > 1 and is_place(parts[-1]) and parts[-1][-1] in "시군구"
        if not parts or not all(
            is_place(p) or _HEAD_COUNT_RE.fullmatch(p) or (shared and _BARE_NAME_RE.match(p))
            for p in parts
        ):  # fmt: skip
            break
        if any(PRIZE_RE.fullmatch(p) for p in parts):
            break  # `A가 최우수기관, B와 C가 각각 …`: a grade ends the clause before
        start -= len(word) + 1
        kept += 1
    if not kept:
        return end, []
    names = [" ".join(n.split()) for n in enumeration.split(text, start + 1, end).prefixed()]
    # `상위 32개 기관`: a count, no body; `주무관`: a title without the person's name.
    names = [n for n in names if not n[0].isdigit() and not TITLE_RE.match(n)]
    if not names or not all(is_place(n.split()[-1]) or is_person(n) for n in names):
        return end, []
    return start + 1, names
