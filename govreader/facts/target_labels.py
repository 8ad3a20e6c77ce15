"""What a target counts, in a few words: the `label` of the facts contract (`일자리 창출`).

A label is the noun phrase the count measures, read where the clause says it, plus the work done
to it when a work noun names it: the nouns right before the count (`일자리 목표 1만 2,000개` →
일자리, `직접 일자리(88개 사업) 5,900개` → 직접 일자리, `고용률은 73%를` → 고용률), a topic
or subject just before it included; else the noun the count owns after it (`1만 2천 개의
일자리를` → 일자리, `95%의 높은 이수율을` → 이수율). A counter that names what it counts joins
the nouns before it (`저소득 320가구` → 저소득 가구). The work is a work noun after the count
(`… 창출했다` → 창출) or owned by it (`청년 120명의 취업을 도왔다` → 청년 취업); recipients are
labelled by what they are given (`21명에게 창업을 지원한` → 창업 지원). Particles,
dates, times, adjectives and words of degree are never part of a label; with no noun in reach
the label is None, even when the work is said (`1만 317개를 창출해`). Labels never decide
whether a count is a target.
"""

from __future__ import annotations

import re

from govreader.facts.phrases import VAGUE, is_plain_word, word_set

# Counters that name what they count (`320가구`): they finish the phrase the nouns before begin.
_NOUN_COUNTERS = word_set("가구 세대 가정 가족 농가 농어가 팀 기업 개사")
# Work nouns a count is done to (`일자리 창출`, `청년 취업`): the work part of a label.
_WORK = re.compile(
    r"(?<![가-힣])(창출|달성|취업|창업|유치|배출|조성|보급|공급|설치|육성|확충|채용|모집|선발|양성"
    r"|전환|연계|상담|교육|지원|정비|수리|진료|감축|절감|이수|수료)(?![률율자금액비처])"
)
# Words that are never part of a label: times, goals and degrees said around a count.
_NOT_LABEL = word_set(
    "목표 목표치 목표량 당초 애초 실제 실제로 총 약 모두 최대 최소 누적 연간 매년 올해 지난해 작년 "
    "내년 금년 전년 상반기 하반기 분기 현재 이후 이전 그동안 지금까지 이상 이하 가운데 중 무려 "
    "평균 대비 기준 여 등 각각 이중 이 그 당시 올 한해 한 해 전체 역대 최종 모두가 새로 동안 첫 "
    "사상 최다 최고 최초 경우 결과"
)
# Topics that say only that a figure follows (`… 건수 합계는`): the nouns before them label it.
_GENERIC = word_set("합계 수치 결과 현황")
_TIME = re.compile(r"^(?:\d+(?:년|월|일|분기|차)|\d{2,4}[~∼-]\d{2,4}년?|민선)")
# Adnominal forms (늘어난, 새로운, 높은, 달한) and joined verb forms (힘입어, 늘려) are no nouns.
_NOT_NOUN_END = re.compile(
    r"(?:[은는된난운던든진른]|[가-힣]한|(?<=[다고대])인|[어려워쳐져켜혀겨봐돼]|(?<=하)여|[어아]선|까지|목표인|으로써|(?<![회협논정합주동])의|(?<=[가-힣])하|받아|따라|통해|위해)$"
)
_ASIDE = re.compile(r"\s?\([^()]{0,40}\)")
# What people or bodies counted as recipients are given (`21명에게 창업을 지원한`, `8,218명에게
# 일자리를 제공하기로`, `2천 명의 취약계층에게 여행을 지원한다`): the nouns handed over, after 에게.
_GIVEN = re.compile(
    r"(?:여)?\s?(?:의\s(?:[가-힣]{1,8}\s)?[가-힣]{1,10}?)?에게(?:는|도)?\s"
    r"(?P<phrase>(?:[^\s,.]+\s){0,2}?[가-힣]{2,8}?)(?:을|를)\s"
)
_BREAK = re.compile(r"[,.;:“”\"‘’'…▲△□○■◆●\-–—→]|\s(?:및|과|와|또는)\s|(?<=[가-힣])이나\s")
_TOPIC = ("은", "는", "이", "가")
# Particles of the word right before a count that it measures (`고용률을 62%까지`, `인원은 130명`).
_BEFORE_ENDS = (*_TOPIC, "을", "를")
_FILLER_ENDS = (*_BEFORE_ENDS, "인", "로", "으로", "도")
_OWNED_AFTER = re.compile(r"(?:여)?\s?(?:\([^()]{0,40}\)\s?)?(?:의\s|\s)")
# A count that is what the sentence says of its topic (`… 4,350명으로 늘었다`, `… 130명이다`).
_PREDICATE = re.compile(
    r"(?:여|가량)?\s?(?:으로|로\s|이다|이었|였다|이며|에\s?(?:달|이르|그쳤)|[을를]\s(?:기록|넘|돌파))"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n|[“”\"▲△□○■◆●▷▶◇]")
# Topics that are who acts, not what is counted (`서울시는`, `센터는`, `구는`).
_AGENT_END = re.compile(r"(?:[시군구도청]|센터|재단|공단|기관|당국|정부|위원회|협회|기업|업체)$")
_TOPIC_SPAN = 100
# A share of a goal (`목표 대비 112%`, `목표의 94%`, `목표 2,000개의 127%`, `목표치 78%를 달성`).
_GOAL_SHARE = re.compile(
    r"목표치?(?:\s?대비|['’]?의|\s[\d,.만천]+\s?[가-힣]{1,2}의|(?P<bare>))\s?$"
)
_ACHIEVED = re.compile(r"[을를]\s(?:조기\s)?달성")
_RATE_END = re.compile(r"(?:[률율]|비중|비율)$")
_AFTER_WORDS = 3
_ADJECTIVE_LENGTH = 3
_BEFORE_WORDS = 3
_WINDOW = 48


def label(text: str, start: int, end: int, unit: str) -> str | None:
    """The label of the count `text[start:end]` counted in `unit`, or None when the clause does
    not say what it counts."""
    share = _goal_share(text, start, end) if unit == "%" else None
    if share is not None:
        return " ".join([*share, "목표", "달성률"])
    measured, topic = _before(text, start, unit)
    owned = _owned_after(text, end)
    work = _work_after(text, end)
    given, handed_over = _given(text, end)
    words = measured or owned[:2] or given or topic or ([unit] if unit in _NOUN_COUNTERS else [])
    if given and not (measured or owned):
        work = _work_after(text, handed_over)  # `…명에게 창업을 지원한`: the work after the object
    if not words and _PREDICATE.match(text, end):
        words = _sentence_topic(text, start)
    if not words:
        return None  # a work alone (`…개를 창출했다`) does not say what is counted
    if measured and owned and _WORK.fullmatch(owned[-1]):
        words = [*measured, owned[-1]]
    if work and work not in words:
        words = [*words, work]
    return " ".join(words) or None


def _noun(word: str) -> bool:
    return (
        len(word) > 1
        and is_plain_word(word)
        and word not in VAGUE
        and word not in _NOT_LABEL
        and not _TIME.match(word)
        and not any(character.isdigit() for character in word)
        and not (word.endswith("인") and word[:-1] in _NOT_LABEL)  # 목표인, 최다인
        and not _NOT_NOUN_END.search(word)
    )


def _before(text: str, start: int, unit: str) -> tuple[list[str], list[str]]:
    """The nouns right before the count, in their order, with a counter that names its kind;
    or, when the word right before is a topic or a subject (`모집 인원은 130명`), that phrase. A
    count in brackets is labelled by the words before them (`직접 일자리 창출(3만 개)`)."""
    window = text[max(0, start - _WINDOW) : start]
    opened = window.rfind("(")
    if opened != -1 and ")" not in window[opened:]:
        window = window[:opened]
    window = _ASIDE.sub("", window)
    cuts = list(_BREAK.finditer(window))
    words = window[cuts[-1].end() :].split() if cuts else window.split()
    adjacent = len(words)
    while words and (words[-1] in _NOT_LABEL or _strip(words[-1], _FILLER_ENDS) in _NOT_LABEL):
        words.pop()  # `올해`, `목표는`, `목표치인`: the nouns before say what is counted
    if words:
        last = words[-1]
        particle = next(
            (p for p in _BEFORE_ENDS if last.endswith(p) and len(last) > 1 + len(p)), ""
        )
        if particle and _noun(last[: -len(particle)]):
            words[-1] = last[: -len(particle)]
            topic = _nouns(words)
            return [], [word for word in topic if word not in _GENERIC] or topic
    nouns = _nouns(words)
    if len(words) < adjacent:
        return [], nouns  # `첫 공모 이후 지금까지 10곳의 청년마을을`: the noun after comes first
    if nouns and unit in _NOUN_COUNTERS and not nouns[-1].endswith(unit):
        nouns.append(unit)
    return nouns, []


def _goal_share(text: str, start: int, end: int) -> list[str] | None:
    """The nouns of the goal a percentage is a share of (`일자리 목표 대비 124%` → 일자리), or
    None when the count is no share of a goal. A bare `목표 N%` is a share only when achieved
    (`목표치 78%를 달성`), and never after a rate (`고용률 목표 70%`: that rate's goal)."""
    origin = max(0, start - _WINDOW)
    share = _GOAL_SHARE.search(text, origin, start)
    if not share:
        return None
    measured, topic = _before(text, share.start(), "%")
    nouns = measured or topic
    if share.group("bare") is not None and (
        not _ACHIEVED.match(text, end) or (nouns and _RATE_END.search(nouns[-1]))
    ):
        return None
    return nouns


def _sentence_topic(text: str, start: int) -> list[str]:
    """The nouns of the nearest topic or subject earlier in the sentence, when the count is what
    the sentence says of it (`참여자 수는 지난해보다 706명 늘어난 4,350명으로` → 참여자 수); an
    agent topic (`구는`) says who counts, not what, and gives none."""
    window = text[max(0, start - _TOPIC_SPAN) : start]
    ends = list(_SENTENCE_END.finditer(window))
    words = (window[ends[-1].end() :] if ends else window).split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index].rstrip(",")
        particle = next((p for p in (*_TOPIC, "도") if word.endswith(p) and len(word) > 1), "")
        stem = word[: -len(particle)] if particle else ""
        if stem == "수":  # `이용객 수가`: the count of what the nouns before name
            before = _nouns(words[:index])
            return [*before, stem] if before else []
        if stem and _noun(stem):
            return [] if _AGENT_END.search(stem) else _nouns([*words[:index], stem])
    return []


def _strip(word: str, endings: tuple[str, ...]) -> str:
    """`word` without the first of `endings` it ends in."""
    ending = next((end for end in endings if word.endswith(end) and len(word) > len(end)), "")
    return word[: -len(ending)] if ending else word


def _nouns(words: list[str]) -> list[str]:
    """The nouns that end `words`, in their order, past the words of goal and time next to the
    count (`일자리 목표 1만 개` → 일자리)."""
    nouns: list[str] = []
    for word in reversed(words):
        if not nouns and word in _NOT_LABEL:
            continue
        if not _noun(word) or len(nouns) == _BEFORE_WORDS:
            break
        nouns.append(word)
    nouns.reverse()
    return nouns


def _owned_after(text: str, end: int) -> list[str]:
    """The nouns the count owns after it (`…개의 일자리를`, `…% 높은 이수율을`)."""
    owned = _OWNED_AFTER.match(text, end)
    if not owned:
        return []
    words: list[str] = []
    for word in text[owned.end() : owned.end() + 40].split()[:_AFTER_WORDS]:
        bare = word.rstrip(",.")
        particle = next((p for p in ("을", "를", *_TOPIC) if bare.endswith(p)), "")
        noun = bare[: -len(particle)] if particle and len(bare) > len(particle) + 1 else bare
        if not words and _NOT_NOUN_END.search(bare) and len(bare) <= _ADJECTIVE_LENGTH:
            continue  # an adjective before the noun: `높은 이수율`, `새로운 일자리`
        if not _noun(noun):
            break
        words.append(noun)
        if particle or bare != word:
            break
    return words


def _given(text: str, end: int) -> tuple[list[str], int]:
    """What the recipients a count names are given (`…명에게 창업을 지원한` → 창업), and where
    the object handed over ends."""
    given = _GIVEN.match(text, end)
    return (_nouns(given.group("phrase").split()), given.end()) if given else ([], end)


def _work_after(text: str, end: int) -> str | None:
    """The first work noun in the clause after the count (`…를 창출했다` → 창출)."""
    window = text[end : end + _WINDOW]
    cut = _BREAK.search(window)
    work = _WORK.search(window[: cut.start()] if cut else window)
    return work.group(1) if work else None
