"""Who received an award: the sentence subject, names listed before a prize, bodies listed with
places and head counts.

The subject is the last noun with 은/는/이/가 that did not hold or judge the award; a staff member
keeps their name and title (`이수아 주무관`), a body the places it sits in (`울산 남구`). Lists
read `A와 B`, `C, D 등 15명` and `A·B 등 2곳` as names, without 등 and head counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from govreader.facts import enumeration
from govreader.facts.award_history import YEAR_RE
from govreader.facts.award_prizes import PRIZE_RE
from govreader.facts.award_winner_words import (
    NOT_SUBJECTS,
    PERSON_RE,
    TITLE_RE,
    UNIT_END_RE,
    bare_body,
    is_person,
    is_person_or_body,
    is_person_told_first,
    is_place,
    named_person,
)
from govreader.facts.enumeration_joints import has_final
from govreader.facts.phrases import VAGUE, is_plain_word, word_set

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
_PERSON_NAME_RE = re.compile(r"^[가-힣]{3}$")
# A who ending in a quoted name is a work (a festival, a policy) entered by the subject.
_QUOTED_WORK_RE = re.compile(r"[’'”\"」』》>]$")
_AFTER_VENUE_RE = re.compile(r"(?:에서|[’”」』》]\S*)\s")
_NAME_IN_I_RE = re.compile(r"^[가-힣A-Za-z]{2,}이$")
# One subject per category, the clauses chained with commas before a shared prize.
_SUBJECT_PER_CATEGORY_RE = re.compile(
    r"(?:^|,\s?)(?:(?P<who>[^\s,]+(?:\s[^\s,]+){0,2}?)(?:은|는|이|가)\s(?:[^\s,]+\s)?[^\s,]*(?:부문|분야|단위)"
    r"에서(?:는)?|(?:[^\s,]+\s)?[^\s,]*(?:부문|분야|단위)에서(?:는)?\s(?P<who2>[^\s,]+(?:\s[^\s,]+){0,2}?)"
    r"(?:이|가))\s?"
)
# `이상미 씨의 ‘금속 공예’`, `이윤경 사무관의 “…”`: a work entered by a person; a paper or
# report named with it is theirs too (`… 팀장의 ‘…’ 논문`, `… 주무관의 ‘…’을 주제로 한 논문`).
_WORK_OF_RE = re.compile(
    r"(?<![가-힣])(?P<owner>[가-힣]{2,4}\s?씨|[가-힣]{2,4}\s[가-힣]{1,4}(?:관|장|원|사))의\s?"
    r"[‘'“\"][^‘’'“”\"]{1,60}[’'”\"]"
    r"(?:(?:(?:을|를)\s주제로\s(?:한|하는)|에\s(?:관한|대한))?\s?"
    r"(?:논문|연구\s?보고서|보고서|연구|작품|과제|제안)(?=(?:이|가|은|는|을|를|과|와)?\s|,|$))?"
    r"(?P<joint>\s?(?:와|과)(?=\s))?"
    r"(?=\s*$|,|\s|(?:이|가|에게|은|는|을|를)\s)"
)
# What a body does or runs, never its own winner: `과제가`, `해당 프로그램이`.
_THINGS = word_set("과제 사업 프로그램 정책 시책 사례 프로젝트 제도 작품 노력 성과")
# `쌍치면`, `효자면`: a township, whose 면 elsewhere may end a verb (`보면`).
TOWNSHIP_RE = re.compile(r"[가-힣]{1,3}면")
_QUOTED_SPAN_RE = re.compile(r"‘[^’]{1,80}’|“[^”]{1,80}”|'[^'\n]{1,80}'|\"[^\"\n]{1,80}\"")
_QUOTED_PLACE_RE = re.compile(
    r"[‘'“\"](?P<place>[가-힣]{2,8}(?:\s[가-힣]{2,8})?)[’'”\"](?=(?:이|가)\s)"
)
_OWNED_RE = re.compile(r"(?P<owner>(?<![가-힣])[가-힣]{2,10})의\s(?:[^\s의]+\s?){1,3}$")
_SSI_RE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})씨(?![가-힣])")
_HEAD_COUNT_RE = re.compile(
    r"등|총|외|및|\d+(?:곳|개|개소|개\s?기관)|기관|단체|자치단체|지방자치단체|지자체"
)
_LIST_MARK_RE = re.compile(r"[·∙ㆍ/,、▲△○□]")
# `등 11개 분야`: the fields honoured, told where the winners would be.
_FIELDS_RE = re.compile(r"등\s?\d+\s?개\s?분야")
# `효행자 8명`: a kind of people and how many; `11명의 우수공무원`: how many, then the kind.
_KIND_COUNT_RE = re.compile(r"[가-힣]\s?\d+\s?명$")
_COUNT_OF_KIND_RE = re.compile(r"^\d+\s?(?:명|개)의\s")
# `A와 B를 비롯한 16개 단체`, `A를 비롯해 …`: the bodies named, then the whole group.
_AMONG_RE = re.compile(r"(?<=[가-힣])(?:을|를)\s비롯(?:한|해|하여)\s.*$")
# Every syllable whose last sound is ㄴ: the ending of a verb that describes the noun after it
# (한, 선, 쓴, 된).
_DESCRIBING = "".join(chr(0xAC00 + 28 * initial_and_vowel + 4) for initial_and_vowel in range(399))
# `창업 지원에 힘쓴 A`, `채용과 고용 등에 앞장선 B`, `…위원회에서 활동한 C 교수`: what a winner
# did, told right before its name (an object or place, then the describing verb).
_DEED_RE = re.compile(
    rf"(?:^|(?<=,)\s?)[^,‘’'“”\"]*?[가-힣](?:에서|에|을|를)\s(?P<verb>[가-힣]+[{_DESCRIBING}])\s(?=\S)"
)
_BARE_NAME_RE = re.compile(r"^[가-힣]{2}(?<![시군구도])$")
_JOINT_END_RE = re.compile(r"(?<=[가-힣])(?:와|과|이나)$")
# `경기 광명시의 ‘함께 돌봄’ 사업이`: a body's quoted entry, the subject of its prize.
_BODY_WORK_RE = re.compile(
    r"(?<![가-힣])(?P<owner>(?:[가-힣]{2,6}\s)?[가-힣]{2,10})의\s?[‘'“\"][^‘’'“”\"]{1,60}[’'”\"]"
    r"(?:\s?[가-힣]{1,6}?)?(?:이|가)(?=\s)"
)
_ENTRY_AFTER_RE = re.compile(r"(?:의)?\s?[‘'“\"][^‘’'“”\"]{1,60}[’'”\"]$")
_JOINT_COMMA_RE = re.compile(r"(?P<word>[가-힣]+)(?:와|과),\s")
_LISTED_SUBJECT_RE = re.compile(r"(?P<who>\S(?:[^.]{0,160}?\S)?)\s등(?:이|은)\s")
_LEAD_WORDS = word_set("이날 또한 아울러 이어 이밖에 그밖에 당일")
_PEOPLE_TOPIC_RE = re.compile(r"(?:^|,\s)(?P<who>[^,]{2,80}?)(?:은|는)\s$")
# `A와 B 등이 최고 등급인 1등급을`: what the grade is, set between its winners and it.
_APPOSED_GRADE_RE = re.compile(r"(?<=\s)(?:최고|최상위|가장 높은|최우수)\s?등급인\s$")


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
    quoted = [m.span() for m in _QUOTED_SPAN_RE.finditer(text, 0, end)]
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
        elif TOWNSHIP_RE.fullmatch(word) and before and re.search(r"[시군]$", before[-1]):
            found = f"{before[-1]} {word}"  # `순창군 쌍치면이`: a township ends in 면 like a verb
        elif (
            len(word) < 2
            or match.group().strip().endswith(NOUNS_ENDING_LIKE_PARTICLES)
            or not (
                is_place(word)
                or is_plain_word(word)
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


def _is_winner(name: str) -> bool:
    """A body, a person or the article's own body (`구는`)."""
    return name in SELF_REFERENCE or is_person(name) or is_place(name.split()[-1])


def _trailing_name(text: str) -> str:
    """The name at the end of `text`: its last words that carry no particle or verb ending."""
    words = text.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.replace("㈜", "").replace("(주)", "")
        # Inside a name a word ending in 이 is a name (브이투이 부사장), not a subject.
        person = len(kept) == 1 and PERSON_RE.match(f"{bare} {kept[0]}")
        if kept and not (is_plain_word(bare) or not bare or _NAME_IN_I_RE.match(bare) or person):
            break
        if PERSON_RE.match(" ".join(kept[-2:])) and not UNIT_END_RE.search(bare):
            break  # `봉사를 해 온 김순자 씨`: only a team or office goes before a person
        kept.insert(0, word)
    return " ".join(kept)


def who_list(text: str) -> list[str]:
    """`A와 B`, `C, D 등 15명`, `E∙F/G` as names, without 등 and head counts, a region written
    once spelled out for each (`경기 안산시와 안양시`); a department in 과 before a person stays
    with them (`시민안전과 정하늘 주무관`)."""
    if _FIELDS_RE.search(text) or _counted_kinds(text):
        return []  # `A, B 등 11개 분야 44명`, `모범 어르신 14명, 효행자 8명`: no one named
    text = re.sub(r"^.*\s?결과,?\s", "", text.strip())  # `평가 결과 A시와 B군이`: 결과 is no name
    text = _AMONG_RE.sub("", text)  # `A와 B를 비롯한 16개 단체`: the named ones
    text = _DEED_RE.sub(_without_deed, text)
    text = _JOINT_COMMA_RE.sub(_without_joint, text)
    text = _WORK_OF_RE.sub(_owner_of_work, text)
    text = _SSI_RE.sub(r"\g<name> 씨", text)  # `조덕환씨` is `조덕환 씨`
    found = _names_run(text) or enumeration.split(text).prefixed()
    found = [n for n in found if not _COUNT_OF_KIND_RE.match(n)]  # `11명의 우수공무원`
    names = [
        _without_lead_words(n)
        if is_person_told_first(_without_lead_words(n))
        else bare_body(_without_subject(_trailing_name(_owner(_entrant(n)))))
        for n in found
    ]
    # `받았고, 박영호 씨와 …`: a verb left over from the clause before is no name.
    # `32개 기관`: a count of winners is no name.
    return [
        n
        for n in names
        if 2 <= len(n) <= 40 and not re.search(r"(?:고|며|서|다)$", n) and not n[0].isdigit()
    ]


def _counted_kinds(text: str) -> bool:
    """`모범 어르신 14명, 효행자 8명, 노인 지도자 5명`: every item counted by its head count is
    a kind of people (a named winner is counted once, after the names: `A, B 등 3명`)."""
    parts = [part.strip() for part in re.split(r",|\s및\s", text) if part.strip()]
    return len(parts) >= 2 and all(
        _KIND_COUNT_RE.search(part) and not re.search(r"외|등", part) for part in parts
    )


def _without_joint(joint: re.Match[str]) -> str:
    """`김하나 회장과, B`: a joint before a comma joins no more than the comma does, after a
    title or a place (a department in 과 keeps its name)."""
    word = joint.group("word")
    if is_place(word) or re.search(r"(?:장|관|원|사|씨|표|님)$", word):
        return f"{word}, "
    return joint.group()


def _without_deed(deed: re.Match[str]) -> str:
    """The text without what the winner did, unless the describing word is a place (`부문에
    인천 남동구`) or a person's name before their title (`부문에 김수진 씨`)."""
    verb = deed.group("verb")
    following = deed.string[deed.end() :].split(maxsplit=1)[:1]
    if is_place(verb) or PERSON_RE.match(" ".join([verb, *following])):
        return deed.group()
    return ""


def _entrant(name: str) -> str:
    """`경기 안산시의`, `서울 성동구 ‘마을 돌봄’`: a body and its entry (or what the copy left
    of it) is the body that won."""
    bare = _ENTRY_AFTER_RE.sub("", name).removesuffix("의")
    return bare if bare != name and bare and is_place(bare.split()[-1]) else name


def _names_run(text: str) -> list[str]:
    """`이정국 박종욱 이두근`: people's names written one after another with blanks only, as
    lists of decorated officials are (three syllables each, none a place, title or word of
    time)."""
    words = text.split()
    if len(words) < 2 or not all(_PERSON_NAME_RE.match(w) for w in words):
        return []
    if any(is_place(w) or w in NOT_SUBJECTS or w in VAGUE or not is_plain_word(w) for w in words):
        return []
    return words


def _owner_of_work(work: re.Match[str]) -> str:
    """`김하늘씨의 ‘한지 조명’` → 김하늘 씨, `이윤경 사무관의 “…”` → 이윤경 사무관: a work entered
    by a person wins for them."""
    owner = work.group("owner")
    owner = f"{owner.removesuffix('씨').rstrip()} 씨" if owner.endswith("씨") else owner
    return f"{owner}," if work.group("joint") else owner  # `‘…’과 B`: the work's 과 joins them


def _without_lead_words(name: str) -> str:
    """`이날 김민호 과장` → 김민호 과장: words of time or linking before a name are none of it."""
    words = name.split()
    while len(words) > 1 and (words[0] in NOT_SUBJECTS or words[0] in _LEAD_WORDS):
        words.pop(0)
    return " ".join(words)


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


def _owner(name: str) -> str:
    """`영암군의 청년 정책`: the body whose policy or work won it, not the thing."""
    match = _OWNED_RE.search(name)
    if match and is_place(match.group("owner").split()[-1]) and not is_place(name.split()[-1]):
        return name[: match.end("owner")]
    return name


def _without_subject(name: str) -> str:
    """`해수부가`: a body closing a clause of its own keeps no subject particle."""
    bare = re.sub(r"(?<=[가-힣])(?:이|가|은|는)$", "", name)
    return bare if bare != name and is_place(bare.split()[-1]) else name


def recipients_of(
    text: str, prize: re.Match[str], previous_end: int, agents: Iterable[int]
) -> tuple[list[str], bool]:
    """Who received `prize`, and whether a `WHO이/가 PRIZE을` clause named them; else the
    sentence subject. A quoted work (`‘해운대 모래축제’가 대상을`) won it for the subject."""
    clause = _APPOSED_GRADE_RE.sub("", text[previous_end : prize.start()])
    clause = _WORK_OF_RE.sub(_owner_of_work, clause)
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
            named_person(p.split()) or _without_lead_words(p) for p in who_list(topic.group("who"))
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
