"""Reading an audience phrase back from its head word: `익산에 주소를 둔 만 19세 이상 청년`.

Split from `audience` because knowing where a phrase starts (plain words, ages, counts, comma
lists, a relative clause and its arguments) is its own concern, shared by every trigger. A
phrase is read back from its head word over plain words, ages, counts, comma lists (`A, B 등 C`)
and a relative clause (`7년 이내이고 … 이하인`, `돌봄이 필요하거나 … 어려운`), so it is kept
whole; each item of an enumerated slot (`① A ② B`, `▲A ▲B`) is one phrase. The words that name
people and ages are `audience_words`; what each word of a phrase is (a noun word, a verb form
ending it), `audience_phrase_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from govreader.facts.audience_phrase_words import (
    ADVERBS,
    SPACED_NOTE_RE,
    adnominal,
    bracket_opened,
    by_rule,
    connective,
    first_among,
    linking,
    marked_name,
    noun_word,
    past_things,
    spaced_note,
)
from govreader.facts.audience_words import AGE_RE, COUNT_NUMBER, HEAD_RE
from govreader.facts.phrases import VAGUE, word_set

# `① A ② B ③ C`, `▲A ▲B`, `△A △B`, `▷A ▷B`: the items of an enumerated slot.
ENUM_RE = re.compile(r"[①-⑳]|[▲△◆◇■□▷▶]|(?<!\S)\d{1,2}\)")
# `… 근로자 7명 이상`: a minimum head count is a condition, not part of who; `A와 B 등 30명`,
# `… 등 2만여 가구`, `… 약 2만여 가구` count the groups named before it.
_TRAILING_RE = re.compile(
    rf"(?:\s?등(?:\s(?:총\s)?{COUNT_NUMBER}여?\s?(?:명|가구|세대))?|\s?\([^()]*\)"
    rf"|\s(?:약|총)\s{COUNT_NUMBER}여?\s?(?:명|가구|세대)"
    r"|\s\d[\d,]*명\s?(?:이상|이내))+$"
)
# Every part of a trailing run ends in one of these: without one there is nothing to drop. A run
# is looked for this far back from the head, so that each head of a sentence of heads does not
# search the sentence from its start (real runs are a few words and a note in brackets).
_TRAILING_LAST = frozenset("등)명구대상내")
_TRAILING_REACH = 400
_MAX_WORDS = 16
# `저소득층 6,700여가구`, `… 홀로 사는 노인(…) 905명`: how many of the group there are is no part
# of who they are; dropped only after a people word (`중증 장애 40가구` keeps its household).
_COUNT = rf"\s{COUNT_NUMBER}여?\s?(?:명|가구|세대)"
_BARE_COUNT_RE = re.compile(_COUNT + "$")
_COUNT_AFTER_RE = re.compile(r"(?:\([^()]*\))?" + _COUNT + r"(?![\d단])")


def counted_after(text: str, end: int) -> bool:
    """A head count the phrase reader dropped follows the phrase ending at `end`."""
    return bool(_COUNT_AFTER_RE.match(text, end))


# Words a phrase read backwards stops before: time, sequence, the body that acts, speech marks.
_STOP_WORD_RE = re.compile(
    r"^(?:이번|올해|지난해|내년|오는|지난|현재|매년|우선|먼저|또|또한|역시|특히|이에|아울러|한편|다만|"
    r"이날|당일|"
    r"앞으로|이어|이와|이밖에|밖에|물론|경우|상반기|하반기|\d{1,2}월|\d{1,2}일|\d{4}년|(?:\S*일)?기준|[이내]?달|다음달|주"
    r"|매주|매월|[월화수목금토일]요일)"
    r"(?:부터|까지|에는|에|도|으로|중)?$"
    r"|^(?:하나|일환|일부|차원|방안|방편)(?:으로|로|에서)$"
    r"|^\d[\d,]*여?(?:명|가구|세대|곳|개소)(?:으로|로)$"
    r"|^(?:이번|올해|지난해|내년|현재|매년|앞으로)(?:에)?는$"
    r"|[^\s\d관도시국실원교구군읍기이역]내$"
    r"|[‘’“”'\"「」『』()<>\[\]]"
)
# `18세 이상~39세 이하`, `만 18세 이상부터 만 40세 미만`, `7세~초등 4학년`: the glue of an age
# or grade range is inside the range, not a time that ends the phrase.
_RANGE_GLUE_RE = re.compile(
    r"^(?:만?\d{1,3}세\s?)?(?:이상)?(?:부터|[~∼])(?:만?\d{1,3}세|초등|중등|고등|중학교|고등학교)?$"
)
# `학기부터`, `연말까지`: a time outside a clause (`혼인신고일로부터 7년 이내인` is inside one).
_SINCE_RE = re.compile(r"^(?!만?\d{1,3}세)\S+(?:부터|까지)$")
_FROM_RE = re.compile(r"(?:로|에서)부터$")
# `1985년 1월 1일~2006년 12월 31일에 출생한`, `1956년 12월 31일 이전에 태어난`: the dates of
# a birth clause are inside it.
_BIRTH_RE = re.compile(r"^(?:출생한|출생하신|태어난)$")
_DATE_WORD_RE = re.compile(r"^(?:\d{1,4}(?:년|월|일)[~∼]?)+(?:에|부터|까지)?$|^이(?:전|후)에?$")
_BULLET_RE = re.compile(r"[▲△■□○●◆◇※·•\-–]+")
# `구는`, `시에서`: the body that acts (not `인구가 많은`, `도시가`: nouns ending like one).
_BODY_SUBJECT_RE = re.compile(
    r"(?:[시군도청]|(?<!인)구|(?<![부산농어주])부|센터|교육청|정부)(이|가|은|는|에서|에서는|도)$"
)
_OBJECT_BEFORE_RE = re.compile(r"[가-힣](?:을|를)\s$")
_OPENING_RE = re.compile(r".*[‘’“”'\"「」『』(<\[]")
# `거동이 불편한 장애인과 보호자 1명`: a clause before a person and a companion qualifies the
# person only.
_COMPANION_RE = re.compile(r"(?:보호자|동반자|동행인|활동지원사|가족|자녀)(?:\s?\d+명)?(?:\s|$)")
_JOIN_RE = re.compile(r"(?:과|와|이나)$")
_ARGUMENT_RE = re.compile(
    r"(?:을|를|이|가|에|에서|으로|로|로부터|으로부터|과|와|의|이나|까지|부터)$"
    r"|^(?:중|두고|갖고|가지고|하고|받고|있고|살고|새로|실제|아직|함께|직접|홀로|혼자|혼자서)(?:는|도)?$"
    r"|[^\s]기$"
)
# `7년 이내이고 … 이하인`, `돌봄이 필요하거나 … 어려운`, `1년 이상 거주하면서(거주하며) … 않은`: two
# conditions joined in one clause (`사업을 추진하면서` is what the body does, not a condition).
_CLAUSE_JOIN_RE = re.compile(
    r"(?:이고|거나|(?:이|있으|없으|받으|두|거주하|살|지내|생활하|재학하|재직하|근무하|종사하|일하|다니)"
    r"(?:면서|며))$"
)
_SERIAL_END_RE = re.compile(r"(?:두|있|살|다니|받|하|되)고$")
# `혼인신고 후`, `퇴원 뒤`: the event before a time word is a noun.
_EVENT_RE = re.compile(r"(?:후|뒤)\s")
# `수요조사 후 신청가구`, `개설하기 전 주민`, `진작함으로써 국민`, `기업과 함께 국민`: outside a
# relative clause, a time after or before an event, a means, or an adverb modifies the verb of
# the sentence, so the phrase starts after it (`혼인신고 후 7년 이내인 부부` keeps its event).
_ADVERBIAL_RE = re.compile(r"^(?:후|뒤)$|[가-힣]기\s전$|(?:으로|로)써$|(?:까지|부터)로$")
# `신청일 기준 30일 이상 …`, `공고일 현재 시에 1년 이상 …`: a duration inside a clause.
_DURATION_RE = re.compile(r"\s?(?:[가-힣]+\s)?(?:\d[\d,]*(?:일|개월|년)\s)?(?:이상|이내|동안|넘게)")
# `신청일 기준으로 …`: a date reference with its particle stays outside the clause.
_PARTICLE_END_RE = re.compile(r"(?:으로|로|에|부터|까지)$")
# `거주하고 있는`, `살고 계신`: a verb with its auxiliary.
_AUXILIARY_RE = re.compile(r"\s(?:있|계시|계신)")
_LEADING_VAGUE = VAGUE - word_set("관내 모든 공공 민간 일반 신규 다른")
_UNDER = word_set("아래 하에")
# `중 …`, `및 …`, `각 …`, `따라 …`: glue and a distributive `each` left dangling at the front.
_DANGLING = word_set("등 및 또는 중 가운데 각 따라 의해 의하여 의거")
# `이하, 예비 또는 … 창업자`: the end of an age range cut off before the phrase, with its comma.
_CUT_BOUNDS = frozenset(("이하,", "이상,", "미만,", "초과,", "이내,"))
# `전입할 예정인`, `이전할 계획이 있는`: a future verb before a plan word, inside the clause.
_FUTURE_RE = re.compile(r"[가-힣][할될]$")
_PLAN_RE = re.compile(r"\s(?:예정|계획)")


_NOTE_RE = re.compile(r"(?<=[가-힣])\([^()\s]{1,30}\)(?=[가-힣]{0,2}$)")
_QUOTED_ARGUMENT_RE = re.compile(
    r"(?:^|(?<=\s))([‘“「『][^‘“’”「」『』\n]{1,40}[’”」』]"
    r"(?:을|를|이|가|에|에서|으로|로|과|와|의|에게))$"
)
# `… 대학교의 재학생`, `관내 사업장의 근로자`: the people of a school or workplace.
# So are those who own or belong (`본인 소유의 주택 거주자`, `관내 기업 소속의 근로자`).
_MEMBERS_OF_RE = re.compile(
    r"(?:학교|대학|대학교|학원|시설|사업장|기업|업체|농가|어린이집|유치원|소유|명의|소속)의$"
)


def _before_time(text: str, previous: int, word: str) -> str:
    """`word` with the word before it when it is `전` (`개설하기 전`), else `word`."""
    if word != "전":
        return word
    return text[max(text.rfind(" ", 0, previous - 1) + 1, 0) : previous] + word


def _before_brackets(text: str, end: int, floor: int) -> int:
    """`end` moved before a closing bracket group (`자치단체(광역 17개, 기초 226개)`)."""
    while end > floor and text[end - 1] == ")":
        opening = text.rfind("(", floor, end)
        if opening < 0:
            break
        end = opening
    return end


def _extent(text: str, end: int, floor: int = 0, *, slot: bool = False) -> tuple[int, int | None]:
    """Start of the audience phrase whose head ends at `end`, read back to `floor` at most.

    Plain words, ages, counts, comma lists of nouns and `A과 B` joins are taken; an adnominal
    verb (`둔`, `사는`, `어려운`) opens a relative clause whose arguments (`익산에`, `주민등록을`)
    are taken too. Outside a defined slot a clause is not taken before a join, since it may
    qualify the first people only (`거동이 불편한 장애인과 보호자`). A comma after people ends a
    phrase that has a clause (`A 청년, 쉼터에서 보호한 청년`): its end is returned as the end of
    the list item before.
    """
    end = _before_brackets(text, end, floor)
    start = bracket_opened(text, max(text.rfind(" ", 0, end) + 1, floor), floor)
    opening = _OPENING_RE.search(text, start, end)
    # `재(휴)학생`: a bracket closed inside the head word opens no quote.
    if opening and not (text[opening.end() - 1] == "(" and ")" in text[opening.end() : end]):
        return opening.end(), None
    clause = joined = born = False
    words = 0
    while start > floor and text[start - 1] == " " and words < _MAX_WORDS:
        previous = max(text.rfind(" ", 0, start - 1) + 1, floor)
        raw = text[previous : start - 1]
        # `월세(60만원 이하) 주택`: a note of several words in brackets belongs to its word.
        noted = spaced_note(text, raw, previous, floor)
        if noted is not None:
            previous = noted
            raw = text[previous : start - 1]
        # `국내영주권자(F5비자)`, `체질량지수(BMI)가`: a note in brackets on a word is no part of
        # what the word is.
        comma = raw.endswith(",")
        word = _NOTE_RE.sub("", raw.removesuffix(","))
        word = SPACED_NOTE_RE.sub("", word) if noted is not None else word
        word = marked_name(word)
        income = word == "기준" and text.startswith("중위소득", start)
        if born and _DATE_WORD_RE.match(word) and not comma:
            start = previous
            words += 1
            continue
        born = bool(_BIRTH_RE.match(word))
        # `‘2017 안전훈련’에 참여한 기관`: a quoted name is one argument of the clause.
        quoted = _QUOTED_ARGUMENT_RE.search(text, max(floor, start - 48), start - 1)
        if clause and quoted and not comma:
            start = quoted.start(1)
            words += 1
            continue
        if _RANGE_GLUE_RE.match(word) and not comma:
            start = previous
            words += 1
            continue
        inside = (
            clause
            and not _PARTICLE_END_RE.search(word)
            and bool(_DURATION_RE.match(text, start - 1))
        )
        if not word or (_STOP_WORD_RE.search(word) and not (income or inside)):
            break
        if first_among(word, text[max(text.rfind(" ", 0, previous - 1) + 1, floor) : previous]):
            break
        # `‘…’라는 주제 아래 20~30대 청년층`: under a theme, before an age or number, is how the
        # sentence goes (`청소년 중 아래 사유 해당자` keeps its `below`).
        if word in _UNDER and text[start : start + 1].isdigit():
            break
        if _SINCE_RE.search(word) and not (clause and _FROM_RE.search(word)):
            break
        if connective(word) or (linking(word) and not _AUXILIARY_RE.match(text, start - 1)):
            break
        adverbial = word in ADVERBS or _ADVERBIAL_RE.search(_before_time(text, previous, word))
        if adverbial and not clause:
            break
        bullet = _BULLET_RE.match(word)
        if bullet:
            start = previous + bullet.end() if noun_word(word[bullet.end() :]) else start
            break
        body = _BODY_SUBJECT_RE.search(word)
        # `부모를 모시는`: after an object, `…시는` is a verb, not a city as topic.
        verb = bool(_OBJECT_BEFORE_RE.search(text, max(previous - 3, 0), previous))
        if body and not (HEAD_RE.search(word) or verb or (clause and body.group(1) == "에서")):
            break
        # `A과 B, 그리고 C`: the items before 그리고 are a phrase of their own.
        if word == "그리고" and text[previous - 2 : previous] == ", ":
            item = text[max(text.rfind(" ", 0, previous - 2) + 1, floor) : previous - 2]
            return (start, previous - 2) if HEAD_RE.search(item) else (start, None)
        listed = _JOIN_RE.sub("", word) if raw.endswith(("과,", "와,")) else word
        if comma and clause and (not slot or listed != word) and HEAD_RE.search(listed):
            return start, previous + len(listed)
        if comma and not (clause or slot or HEAD_RE.search(word)):
            break
        if (
            word.endswith("의")
            and (HEAD_RE.search(word[:-1]) or _MEMBERS_OF_RE.search(word))
            and not clause
        ):
            start = previous
            words += 1
            continue
        if adnominal(word, text[max(previous - 12, 0) : previous]):
            if (joined and not slot) or comma:
                break
            clause = True
        elif _JOIN_RE.search(word) and HEAD_RE.search(
            word[:-2] if word.endswith("이나") else word[:-1]
        ):
            joined = joined or (not clause and bool(_COMPANION_RE.match(text, start)))
        elif not clause and len(word) > 2 and _JOIN_RE.search(word):
            # `축제의 상징성과 방문객`: outside a clause, a thing joined to people is no group.
            break
        elif (
            # `콩,맥류, 토종곡물을 재배하는`: a list written without spaces is nouns too.
            all(map(noun_word, word.split(",")))
            or (clause and (not comma or slot) and _CLAUSE_JOIN_RE.search(word))
            # `신청 자격은 시에 주소를 두고, 대학에 다니는 학생`: a slot's conditions in a row,
            # with or without a comma.
            or (clause and slot and _SERIAL_END_RE.search(word))
            or (clause and word.endswith("고") and _AUXILIARY_RE.match(text, start - 1))
            or (not comma and _EVENT_RE.match(text, start))
        ):
            pass
        elif not (
            clause
            and not comma
            and (
                _ARGUMENT_RE.search(word)
                or (_FUTURE_RE.search(word) and bool(_PLAN_RE.match(text, start - 1)))
                or by_rule(word, text, start)
            )
        ):
            break
        start = previous
        words += 1
    return start, None


# `두 사업 모두 영등포구에 사는 청년`, `3개 사업 모두 … 기업`: a phrase read back ran past
# its own start into what the sentence is about; `모두`/`역시` after words naming no people
# close that part off.
_SUMMING = word_set("모두 역시")


def _names_people(words: list[str]) -> bool:
    return any(HEAD_RE.search(word.rstrip(",")) for word in words) or bool(
        AGE_RE.search(" ".join(words))
    )


def _run_on(text: str, start: int, end: int) -> int:
    """`start` moved past the programs a phrase ran into (`두 사업 모두`)."""
    words = text[start:end].split(" ")
    cut = 0
    for index, word in enumerate(words[:-1]):
        if word in _SUMMING and index > 0 and not _names_people(words[:index]):
            cut = index + 1
    return start + sum(len(word) + 1 for word in words[:cut])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without leading vague words, a dangling argument, the clause it ran
    into, a list of things before 등 and trailing 등."""
    start = past_things(text, _run_on(text, start, end), end)
    while True:
        space = text.find(" ", start, end)
        word = text[start:space] if space > 0 else ""
        if word in _LEADING_VAGUE or word in _DANGLING or word in _CUT_BOUNDS:
            start = space + 1
            continue
        break
    trail = _TRAILING_RE.search(text, start, end)
    if trail and trail.end() == end:
        end = trail.start()
    count = _BARE_COUNT_RE.search(text, start, end)
    if count:
        bare = _before_brackets(text, count.start(), start)
        if HEAD_RE.search(text, start, bare):
            end = bare
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


# `이에 준하는 농가`, `선발 기준에 부합하는 학생`: a verb opening the phrase takes the word just
# before it as its argument, even one that ends a phrase read back (`이에`, `기준에`).
_ARGUMENT_WORD_RE = re.compile(r"^[가-힣]+(?:을|를|이|가|에)$")


def _read(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """`_trim`'s phrase, opened back over the argument of a verb it starts with."""
    start, end = _trim(text, start, end)
    previous = max(text.rfind(" ", 0, start - 1) + 1, floor)
    if start - 1 > previous and text[start - 1] == " ":
        first = text[start:end].split(" ", 1)[0]
        argument = _ARGUMENT_WORD_RE.match(text[previous : start - 1])
        if argument and adnominal(first, text[max(start - 13, 0) : start]):
            return previous, end
    return start, end


# `‘경력단절여성’을 위한`, `‘보육료 감면대상자’도`: a group the story quotes, as written.
_QUOTED_END_RE = re.compile(r"[‘“「『][^‘“’”「」『』\n]{1,30}[’”」』]$")
_CLOSING_QUOTES = frozenset("’”」』")


def _quoted(text: str, end: int, floor: int) -> tuple[int, int] | None:
    """The words inside the quotes of a quoted group that ends at `end` (or just inside its
    closing quote), if one does."""
    if text[end : end + 1] in _CLOSING_QUOTES:
        end += 1
    match = _QUOTED_END_RE.search(text, max(floor, end - 32), end) if end > floor else None
    return (match.start() + 1, end - 1) if match else None


@lru_cache(maxsize=1024)
def phrase(text: str, end: int, floor: int = 0, *, slot: bool = False) -> tuple[int, int]:
    """The trimmed phrase whose head ends at `end`, read back to `floor` at most. Kept for the
    phrases read last: each trigger after a `▲A ▲B …` list reads the list's items back, and a
    line of such triggers would read each item a hundred times."""
    quoted = _quoted(text, end, floor)
    if quoted:
        return quoted
    return _read(text, _extent(text, end, floor, slot=slot)[0], end, floor)


def phrases(
    text: str, end: int, floor: int = 0, *, slot: bool = False
) -> Iterator[tuple[int, int]]:
    """The phrase ending at `end` and the list items before it that `_extent` split off. A
    trailing `등 2만여 가구` is dropped before reading back, so it spends none of the words."""
    quoted = _quoted(text, end, floor)
    if quoted:
        yield quoted
        return
    trail = (
        _TRAILING_RE.search(text, max(floor, end - _TRAILING_REACH), end)
        if text[end - 1 : end] in _TRAILING_LAST
        else None
    )
    more: int | None = trail.start() if trail and trail.end() == end and trail.start() else end
    for _ in range(6):
        if more is None:
            return
        start, next_end = _extent(text, more, floor, slot=slot)
        yield _read(text, start, more, floor)
        more = next_end
