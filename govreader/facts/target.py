"""Numeric goals and results: `일자리 14,000개 창출 목표` (goal), `2만2,023개의 일자리를 창출했다`.

A counted number becomes a target only when a goal or result word sits right next to it in the
same clause (목표치인 1만3,500개; 124.2% 달성); bare counts, dates, ages, years in a row and money
are left alone, since a wrong highlight costs the reader more than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.numbers import NUMBER, parse_number
from govreader.facts.phrases import VAGUE, is_plain_word
from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

_UNIT = (
    r"개소|개사|개교|개국|가구|세대|가정|그루|마리|"
    r"명(?!칭|예|소|단|의로)|건(?!강|물|축|설)|곳|개(?![월년관발선최편정])|%p?(?![대포])|톤|팀"
)
_TARGET_RE = re.compile(rf"(?<![제약])(?P<number>{NUMBER})(?P<approx>여)?\s?(?P<unit>{_UNIT})")
_CLAUSE_BREAK = re.compile(r"[,.;:()\[\]“”\"‘’'…]|\s[및과와]\s")

_GOAL_BEFORE = re.compile(r"목표(?:치|량|액)?(?:인|는|은|로|를|가)?\s*$")
_RESULT_BEFORE = re.compile(
    r"(?:실적|달성률|취업률|성과|실제로|실제)(?:은|는|이|가|인|도)?\s*$|(?:지금까지|그동안|누적)\s"
)
# The first cue after the number decides: a finished action is a result, a planned one a goal.
_CUE_AFTER = re.compile(
    r"(?P<result>목표\s?(?:대비|를 넘|를 초과|를 달성|치를 넘)"
    r"|(?:창출|달성|기록|초과|지원|배출|유치|취업|조성|선정|제공|정착|수료|참여|설치|보급|공급|개설"
    r"|발굴|양성|모집|운영|돌파|배치|이용|방문)(?:했|하였|됐|되었)"
    r"|(?P<connective>(?:창출|달성|선정|지원|조성|유치|정착|취업|수료|배출)해\s|만들어\s|늘려\s)"
    r"|(?:만들었|길러냈|길렀|고쳤|넘어섰|얻었|얻어|받았|이어졌|성공했|자리를 잡았|자리 잡았)"
    r"|에 달했|에 이르렀|[이가] 됐"
    r"|(?:으로|로)\s?(?:늘었|증가했|확대됐))"
    r"|(?P<goal>목표|계획|예정|전망|예상|내다봤|추산"
    r"|(?:선정|모집|제공|지원|개설|운영|조성|양성|육성|창출|선발|배출|공급|보급|설치|유치|확대|신설"
    r"|배치)"
    r"(?:한다|할\s|하는|하고|하기로|하며)"
    r"|연다|열고|열어|뽑아|뽑는|늘리|높이|높여|끌어올)"
)
_SKIP_AFTER = re.compile(
    r"^\s?(?:늘었|늘어|증가|감소|줄었|줄어|많|적|안팎|이상|이하|미만|초과|내외|분야|유형|부문|종류|단계"
    r"|권역|과제|전략|지표|항목|반\s|과목)"
)
_AWARD_NEAR = re.compile(r"표창|상을|수상|상장|참석|참가하는|모여|모인|운집")
# Turnout at an event is a result (행사에는 … 150여명이 참석했다); at a meeting it is not.
_ATTENDED = re.compile(r"^(?:[이가]\s)?(?:참석|참여|참가)(?:했|하였|한 가운데)")
_EVENT_TOPIC = re.compile(
    r"(?:행사|축제|박람회|대회|캠프|페스티벌|기념식|시상식|설명회|발대식|개막식|교육|강좌|공연|전시회"
    r"|체험)(?:에는|엔|에)\s"
)
_MEETING_TOPIC = re.compile(r"(?:회의|간담회|협의회|위원회|보고회|토론회|워크숍)(?:에는|엔|에)\s")
_ROUGH_AFTER = re.compile(r"^(?:[이가을를]\s?)?(?:넘는|넘게|남짓|정도|가량의|안팎)")
# Between a count and its verb: a particle, or `의 일자리를`, and at most four words.
_NEAR_VERB = re.compile(r"^(?:의\s|[을를이가에]\s|\s)?(?:[^\s]{1,12}\s){0,4}$")
_STRONG_GOAL = re.compile(r"목표")
# A share (59%를 매립해 조성) is a target only beside a word that measures progress.
_PERCENT_CUE = re.compile(r"목표|달성|기록|끌어올|높이|높여|넘어|초과|률|율")
_PAST_LEVEL_BEFORE = re.compile(r"지난해|작년|지금까지|그동안|누적")
_LEVEL_AFTER = re.compile(r"^(?:으로|로|이며|였|이었|이다|에 달)")
# Any syllable ending in ㅆ marks the past tense (했, 였, 섰, 났 ...), except 있 (하고 있다).
_PAST_SYLLABLES = "".join(chr(0xAC00 + i) for i in range(20, 11172, 28)).replace("있", "")
_PAST_TENSE = re.compile(rf"[{_PAST_SYLLABLES}](?:다|으며|고|는데|지만)")
_VERB_NOUN = re.compile(r"창출|달성|취업|유치|배출|기록|조성|보급|공급|설치|육성|확충")
# `2,400여 건의 방문 진료를` → 방문 진료: up to two words after 의, the last with its particle.
_NOUN_AFTER = re.compile(
    r"^의\s((?:[가-힣A-Za-z]{1,8}\s)?[가-힣A-Za-z]{1,8}?)(?:을|를|이|가|은|는)(?=\s|$)"
)
_NOUN_BEFORE = re.compile(r"(?:^|\s)([가-힣A-Za-z]{2,8})\s$")
_NOT_OBJECT = re.compile(
    r"(?:을|를|은|는|이|가|의|에|에서|로|으로|도|인|한|된|올해|지난해|내년|총|약|모두|최대|최소|연간"
    r"|매년|누적|전체|목표|목표치|대비|가운데|현재|이미|기준)$"
)
_WINDOW = 28
# Cues the clause cut hides: `목표(250명)` is a goal, `목표(250명) 대비 109.6%` a result, and
# `선배 1명이 신규 청년 2명을` a ratio, not a target.
_GOAL_BRACKET = re.compile(r"목표(?:치|량)?\s?\($")
_AGAINST_GOAL = re.compile(r"목표(?:치)?\s?(?:\([^()]{0,20}\)\s?)?대비\s?$")
_RATIO_BEFORE = re.compile(r"\d\s?(?:명|곳|개|가구)(?:이|가|당)\s(?P<words>(?:[^\s,.]+\s){0,3})$")
# `2,400명에게는 ‘…’을 지원하고`: the beneficiaries of a named program, past the quote marks.
_RECIPIENTS_AFTER = re.compile(r"에게(?:는|도)?\s")
# `40만 명이 다녀가 당초 목표인 35만 명을`: that 목표 is the next number's.
_NEXT_GOAL = re.compile(r"목표(?:치|량)?(?:인|은|는|였던)?\s?$")
_CLAUSE_END = re.compile(r"[,.;:]")


def _clause_after(text: str, end: int, next_start: int) -> str:
    window = text[end : min(next_start, end + _WINDOW)]
    cut = _CLAUSE_BREAK.search(window)
    return window[: cut.start()] if cut else window


def _clause_before(text: str, start: int, previous_end: int) -> str:
    window = text[max(previous_end, start - _WINDOW) : start]
    cuts = list(_CLAUSE_BREAK.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _type(before: str, after: str, rest: str, percent: bool, raw: str, sentence: str) -> str | None:
    if (
        _ATTENDED.match(after)
        and _EVENT_TOPIC.search(sentence)
        and not _MEETING_TOPIC.search(sentence)
    ):
        return "result"
    ratio = _RATIO_BEFORE.search(raw)
    if ratio and all(is_plain_word(word) for word in ratio.group("words").split()):
        return None
    if _GOAL_BEFORE.search(before) or _GOAL_BRACKET.search(raw):
        return "goal"
    if _RESULT_BEFORE.search(before) or _AGAINST_GOAL.search(raw):
        return "result"
    if _SKIP_AFTER.match(after) or _AWARD_NEAR.search(after) or _ROUGH_AFTER.match(after):
        return None
    if _PAST_LEVEL_BEFORE.search(before) and _LEVEL_AFTER.match(after):
        return "result"
    cue = _CUE_AFTER.search(after)
    if cue is None:
        return None
    if not _STRONG_GOAL.match(cue.group()) and not _NEAR_VERB.match(after[: cue.start()]):
        return None
    if percent and not (_PERCENT_CUE.search(cue.group()) or _PERCENT_CUE.search(before)):
        return None
    if cue.group("connective"):
        past = _PAST_TENSE.search(rest[cue.end() :]) or _PAST_LEVEL_BEFORE.search(before)
        return "result" if past else "goal"
    return "result" if cue.group("result") else "goal"


def _label(before: str, after: str) -> str | None:
    words = []
    noun = _NOUN_AFTER.search(after)
    if noun:
        words.append(noun.group(1))
    else:
        previous = _NOUN_BEFORE.search(before)
        if (
            previous
            and not _NOT_OBJECT.search(previous.group(1))
            and previous.group(1) not in VAGUE
        ):
            words.append(previous.group(1))
    verb = _VERB_NOUN.search(after)
    if verb:
        words.append(verb.group())
    return " ".join(words) or None


_DIGIT_RE = re.compile(r"\d")


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    for piece in pieces:
        if not _DIGIT_RE.search(piece.text):
            continue
        text = piece.text
        matches = list(_TARGET_RE.finditer(text))
        for index, match in enumerate(matches):
            after_text = text[match.end() : match.end() + 4]
            if after_text.startswith("원") or after_text.lstrip().startswith(("원", "세", "년")):
                continue
            previous_end = matches[index - 1].end() if index else 0
            next_start = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            before = _clause_before(text, match.start(), previous_end)
            after = _clause_after(text, match.end(), next_start)
            goal_tail = _NEXT_GOAL.search(after)
            if goal_tail and index + 1 < len(matches) and len(after) == next_start - match.end():
                after = after[: goal_tail.start()]
            if _RECIPIENTS_AFTER.match(text, match.end()):
                window = text[match.end() : match.end() + 60]
                cut = _CLAUSE_END.search(window)
                after = window[: cut.start()] if cut else window
            kind = _type(
                before,
                after,
                text[match.end() : match.end() + 200],
                match.group("unit").startswith("%"),
                text[max(0, match.start() - _WINDOW) : match.start()],
                text[: match.start()],
            )
            value = parse_number(match.group("number"))
            if kind is None or value is None:
                continue
            yield piece.fact(
                FactKind.TARGET,
                match.start(),
                match.end(),
                value=value,
                unit=match.group("unit"),
                type=kind,
                label=_label(before, after),
            )
