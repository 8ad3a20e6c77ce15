"""Who a program, benefit or evaluation is for: `만 18세 이상 34세 이하 구직단념 청년`.

Audiences are the noun phrases governed by 대상으로 / X은 … 대상이다 / 대상은 / 자격은 /
기준은 / 대상: / 에게 지원 / 에 가구당 30만 원, by `X이면 누구나` / `X라면 신청할 수 있다` /
`X은 참여 가능하다` / `X이 참여 가능한 Y` / `X이 가입하면` / `X이 … 신청하면` / `X도 대상에
포함됐다` / `대상을 X까지 확대`, by `X이 … 수 있도록 지원`, by the pool people are chosen or
screened from (`시민 중 공모로 뽑는다`), by whose daily life is helped (`…의 이동을 도왔다`), the
bodies an evaluation covers (`전국 243개 지방자치단체`) and bracketed income criteria. `X을 위한
‘…’`, `X을 돕기 위해`, `X 지원을 위해` and `X에게 … 주는 ‘…’` describe who a program is for, and
count beside the criteria a later sentence states. The subject of a clause may sit in the serial
clause before it (`X이 모임을 구성해 신청하면`). `audience_triggers` reads the trigger words
(대상으로, 에게 지원, 에 가구당), this module the other families, `audience_subjects` the
subject a trigger names; `audience_phrase` reads each phrase back from its head
(`audience_words` knows the head words and ages), `audience_fields` reads the rows under a
notice's label of who may take part, `audience_lists` splits a list into its groups,
`audience_accept` decides whether a phrase names people and `audience_speech` blanks out what
officials say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts import audience_shapes as shapes
from govreader.facts import audience_vetoes as vetoes
from govreader.facts.audience_accept import INCOME, accept
from govreader.facts.audience_fields import field_rows, row_spans
from govreader.facts.audience_lists import groups, marked
from govreader.facts.audience_phrase import phrase, phrases
from govreader.facts.audience_phrase_words import ADVERBS, NOUN_WORDS
from govreader.facts.audience_speech import unspoken
from govreader.facts.audience_subjects import clause_start, helped_subject, subject_before
from govreader.facts.audience_triggers import (
    DESCRIBED,
    TRIGGERS,
    counted,
    prize_named,
    trigger_spans,
)
from govreader.facts.audience_words import AGE_RE, HEAD_RE, ages
from govreader.facts.rules import rule
from govreader.facts.sentences import Piece, outside_speech
from govreader.model import Fact, FactKind

# `36개 지자체는 장관상을 받는다`: a prize received.
_PRIZE_OBJECT_RE = re.compile(r"(?:상|표창|훈장|포상)(?:을|를)\s(?:함께\s|모두\s)?$")
# `지원 대상은 …이며`, `신청 자격은 …이다`: the sentence defines who may take part.
# So does `기숙사 이용자는 만 19~39세 … 청년 근로자로`: who the users are.
_DEFINED_RE = re.compile(r"(?:대상자?|자격|조건|요건|기준|이용자|참여자|참가자|수혜자)(?:은|는)\s")
# `○ 지원대상: 관내 거주 만 19~39세 미취업 청년`, `- 참가 자격: …` in a notice's field list.
# Also `◇ 지원대상 - …`, `○ 대 상: …`, `1. 대 상 자 : …` and a bracketed label `(대상) …`.
_FIELD_RE = re.compile(
    r"(?:(?:대\s?상(?:\s?자)?|자격|조건)(?:\s?[:：]|\s[-–―]\s)|\((?:지원|참여|모집)?대상\)\s?)\s?"
    r"(?P<who>[^:：\n]{2,80})"
)
# A field's value ends at the next bullet or bracket (`청년 ○ 기간: …`, `청년(소득 무관)`).
_FIELD_CUT_RE = re.compile(r"\s[○□■▲◆※·\-]\s?|[()/]")
# `재배면적 1ha(단일 품목 기준) 이상 농가`: a note inside the value does not end it.
_NOTE_IN_RE = re.compile(r"(?<=\S)\([^()]{1,40}\)(?=\s?[가-힣\d])")
_NOTE_BEFORE_RE = re.compile(r"\s?\([^()]{1,40}\)$")
_QUALIFYING_AFTER_RE = re.compile(r"\s[가-힣]*(?:된|한|되는|하는|받은)\s")
# `자격은 … 대학생이어야 한다`: a condition stated as a must ends the slot too. So do `X로서 …`,
# `X이면서 …` (X, and it goes on with a condition) and `X이거나 Y이다`, where Y is read as one more
# group. So does the copula in the past (`… 자녀였다`, `… 등이었다`). After a word ending in a vowel
# the copula is a bare 며 (`1인 가구며`, `영유아며`), which ends the slot only after people, not in
# a verb (`거주하며`); so is the condition `… 일용근로자면 가능하다` (`X면 된다`, `X면 누구나`).
_DEFINED_END_RE = re.compile(
    r"(?:이며|이다|입니다|(?:이었|였)(?:다|으며|고)|(?:으로|로)(?:써|서)?|이고|이면서|이거나|다|이어야|여야"
    r"|에 한한다|에 한해|(?<=[가-힣])며"
    r"|(?<=[가-힣])면(?=\s(?:가능|된다|누구나|신청|참여)))(?=[\s.,]|$)"
)
# How far a slot may run to its end: a marked list of five or six groups (`대상은 △A … △F
# 등이다`) is longer than one plain phrase ever is.
_SLOT_REACH = 200
# `지원 대상을 만 45세 이하 청년까지 확대했다`: who a program now reaches.
_WIDENED_RE = re.compile(r"대상(?:을|를)\s(?P<who>[^.]{2,60}?)(?:까지|으로|로)\s(?:확대|넓|늘)")
_LIMITED_RE = re.compile(r"에\s?한(?:한다|해|하여|하며)")
# `X이 참여할 수 있다`, `X이면 신청할 수 있다`, `X라면 … 앉을 수 있는`, `X은 … 지원받는다`,
# `X이 … 가입하면`, `X이 … 들이면 … 지원한다` (a benefit on a condition). The same verbs in
# their other forms: `X도 참여가능,`, `X는 신청 가능` at a line's end, `X은 … 지원받으며`,
# `X이 … 지원받아` (not how to apply: `X은 … 신청하면 된다`).
_ABLE_RE = re.compile(
    r"(?:참여|신청|이용|참가|응모|수강|입주|가입|예약|입소|등록|지원)(?:할|하실)\s수\s있"
    r"|(?:참여|신청|이용|참가|응모|수강|입주|가입|입소)(?:가|이)?\s?가능(?:하|한|(?=[,.)]|$))"
    r"|(?:감면|면제|할인|지급)된다"
    r"|대상에\s(?:새로\s|새롭게\s|추가로\s)?(?:포함|들어가|추가)"
    r"|(?:지원|혜택)을?\s?받(?:는다|을 수|으며|아\s)|[가-힣](?:을|를)\s(?:함께\s|모두\s)?받는다"
    r"|(?:받을|들을)\s수\s있"
    r"|(?<=라면|이면)\s(?:누구나|누구든지|별도|자동)"
    r"|(?<=라면|이면)\s[^.,]{0,30}?(?:수\s있|받는|받을)"
    r"|(?P<if>(?:가입|채용|저축|참여|전입|구매|입주|취업|등록|신청)하면\s"
    r"|[가-힣]면\s(?=[^.]{0,40}?(?:지원|지급)(?:한다|하며|하고|된다|되며|받는다)))"
)
_DENIED_RE = re.compile(r"(?:[^.,]{0,6}?수)?\s?(?:가\s)?없")
# `X이 … 일할 수 있도록 돕는`, `X이 … 정착하도록 … 지원하는`: the people a program helps.
# So is `X이 겨울을 나는데 도움을 주고자`.
_HELPED_RE = re.compile(r"도록\s[^.]{0,40}?(?:지원|돕|도와|보장)|는\s?데\s도움(?:을|이)\s")
# `시민 중 공모로 뽑으며`, `대학생 가운데 추첨으로 30명을 선발`: the pool people are chosen from.
# So is the group a welfare search screens (`65세 이상 1인 가구 가운데 위기가구를 발굴해`).
_POOL_RE = re.compile(
    r"\s(?:중|가운데)(?:에서)?\s(?=[^.]{0,30}?(?:선발|뽑|모집|추첨|발굴|찾아내|찾아냈))"
)
# `청년이 6개월간 기술을 배우는 ‘현장 인턴십’을 운영한다`: the people who learn, try or use what a
# named program offers, as the subject of the clause that describes it (not who provides it:
# `간호사가 찾아가는 ‘…’`).
_RUNS_RE = re.compile(
    r"(?:배우|익히|체험하|경험하|보|탐색하|대화하|받|누리|이용하|참여하|쉬|머무르|지내|다니)는"
    r"\s[‘“「『][^’”」』]{2,40}[’”」』](?:을|를|도|이|가)?\s"
    r"[^.]{0,25}?(?:운영|시행|추진|도입|마련|시작|연다|열고)"
)
# The subject marker after a phrase, past a head count trimmed from it (`근로자 7명 이상이`).
_SUBJECT_MARK_RE = re.compile(r"(?:\s\d[\d,]*명\s?(?:이상|이내))?(?:이|가)\s")
# `추천받은 공무원 가운데 40명이 표창 대상자로 뽑혔다`: nominees for an honour, not an audience.
_HONOURED_RE = re.compile(r"[^.]{0,30}?(?:표창|포상|수상|시상|훈장|유공)")
# `휠체어 이용자와 … 가족의 이동을 도왔고`: whose daily life a program helps; so is whose
# business or living a program steadies (`소상공인들의 경영안정을 위해`), and whose support a
# program is (`50~64세 신중년층의 일자리 지원 사업을`).
# So is `구직 단념 청년 등의 일상 회복과 노동시장 참여를 지원한다`.
# So is a life a program helps past a describing word or two (`어르신의 안전한 이동을 돕는`), and
# the settling or work it is for (`결혼이민자의 안정적인 지역 정착을 위한`, `다문화가족 자녀의
# 올바른 한국어 습득을 돕기 위한`, `경력단절여성의 재취업을 위한`), and any help of theirs a program
# is for (`… 여성농업인의 건강 증진과 문화·여가 활동 지원을 위해`), and whatever of theirs a
# program helps with (`결혼이민자의 한국어 실력 향상과 … 정착을 돕기 위한`, `중장년들의 '내 일
# 찾기'를 돕는`), and a gain of theirs it is for, a part of their life and its growth
# (`취업 취약계층인 장애인의 사회 참여 확대와 소득 증대를 위해`, `어업인들의 소득 증대와 … 위해`).
_HELPED_LIFE_RE = re.compile(
    r"(?:\s등)?의\s(?:[가-힣]+(?:적|인|한|운|른)\s){0,2}(?:[가-힣]+\s)?"
    r"(?:(?:이동|생활|건강|안전|일상|돌봄|취업|창업|학업|사회활동|경제활동|사회\s?진출|노동시장|주거"
    r"|학습|급식|식사|치료|의료|진료|양육|보육|통학|교통|난방)"
    r"(?:[^.,]{0,20}?\s)?[^.,\s]*(?:을|를)\s(?=[^.]{0,12}?(?:도왔|돕|도와|지원))"
    r"|(?:자립|정착|적응|습득|재취업|취업|일자리\s?창출|(?:경영|생활|소득|주거)\s?안정"
    r"|(?:소득|사회\s?참여|경쟁력|삶의\s질|권익|역량|생계|고용)\s?"
    r"(?:증대|확대|보장|향상|강화|증진|확보|개선))"
    r"(?:[^.,]{0,20}?\s)?[^.,\s]*(?:을|를)\s"
    r"(?=[^.]{0,12}?(?:도왔|돕|도와|지원|위해|위한|위하여))"
    r"|[^.,]{0,30}?\s[가-힣·]*지원(?:을|를)\s(?=위(?:해|한|하여))"
    r"|(?:[가-힣]+\s){0,2}지원\s?(?:사업|정책|프로그램|계획)(?:을|를|은|는|이|가|에)\s"
    r"|[^.]{0,40}?[^.,\s](?:을|를)\s(?=돕기\s위|돕는(?:\s|다[.\s]|다$)))"
)
# `전국 243개 지방자치단체`, `도내 22개 시군`, `전국 기초자치단체 226곳`: who an evaluation covers.
_BODIES = r"(?:자치단체장|자치단체|지자체|지방정부|시·?군·?구|시·?군|시·?도|구·?군|기관)"
_BODY_END_RE = re.compile(rf"(?:{_BODIES}|기초단체|광역단체)$")
_EVALUATED_RE = re.compile(
    rf"(?:전국|도내|관내|시내)\s(?:\d[\d,]*여?\s?개\s?[가-힣]*{_BODIES}"
    rf"(?:\s교육청)?|[가-힣]*{_BODIES}\s\d[\d,]*여?\s?(?:곳|개))"
    r"(?=[이가을를의에은는과와도,.(])"
)
_EVALUATION_RE = re.compile(r"평가|심사|시상|공모|경진대회")
# `국방부는 16개 군 책임운영 기관에 대해 경영성과 평가를 한 결과`: the counted bodies an
# evaluation is about.
_EVALUATED_ABOUT_RE = re.compile(
    rf"(?<![\d,])\d[\d,]*(?:개의?|곳)\s(?:[가-힣]+\s){{0,3}}[가-힣]*{_BODIES}"
    r"(?=에\s대(?:해|하여)\s[^.]{0,20}?(?:평가|심사))"
)
_APPLIED_AFTER_RE = re.compile(r"(?:이|가)\s(?:응모|신청|지원|출품)")
_INCOME_RE = re.compile(rf"(?<=\(){INCOME}(?=\))")
# `…를 위한 센터 설치를 제안했다`: a councillor's proposal, not a program anyone runs.
_PROPOSED_RE = re.compile(r"(?:제안|건의|촉구|요구|주문)(?:했다|했으며|하고|한다)")


_A = FactKind.AUDIENCE
_DEFINED = rule(_A, "지원 대상은 X", "지원 대상은 관내 거주 만 19~39세 청년이다")
_FIELD = rule(_A, "대상: X in a notice", "○ 지원대상: 관내 미취업 청년")
_WIDENED = rule(_A, "대상을 X까지 확대", "지원 대상을 만 45세 이하 청년까지 확대했다")
_LIMITED = rule(_A, "X에 한해", "관내 거주자에 한해 신청을 받는다")
_ABLE = rule(_A, "X이 신청할 수 있다, 받는다", "관내 소상공인이면 누구나 신청할 수 있다")
_HELPED = rule(_A, "X이 … 수 있도록 지원", "청년이 지역에 정착할 수 있도록 돕는다")
_RUNS = rule(_A, "X이 … 배우는 ‘…’을 운영", "청년이 기술을 배우는 ‘현장 교실’을 운영한다")
_POOL = rule(_A, "X 중에서 뽑는다", "관내 대학생 가운데 추첨으로 30명을 선발한다")
_HELPED_LIFE = rule(_A, "X의 생활을 돕는", "홀몸 어르신의 안전한 이동을 돕는다")
_EVALUATED = rule(_A, "bodies an evaluation covers", "전국 243개 지방자치단체를 평가해")
_INCOME = rule(_A, "income criterion in brackets", "(기준 중위소득 150% 이하)")


def _fact(piece: Piece, span: tuple[int, int], found_by: str) -> Fact:
    low, high = ages(piece.text[span[0] : span[1]])
    return piece.fact(FactKind.AUDIENCE, span[0], span[1], found_by, age_min=low, age_max=high)


def _spans(text: str) -> Iterator[shapes.Candidate]:
    """Candidate audience spans of one sentence that state who may take part, before acceptance,
    each with the rule that found it."""
    # A sentence telling a winner's merit names no audience but the bodies its evaluation covered.
    told = vetoes.merit_told(text)
    yield from trigger_spans(text, told)
    for match in _DEFINED_RE.finditer(text):
        start, taken = match.end(), False
        for end in _DEFINED_END_RE.finditer(text, start, start + _SLOT_REACH):
            # `홀로 사는 어르신으로`: 로 of an adverb does not close the slot.
            # Nor does 로 of a noun (`근로 능력이 있는`).
            word_start = text.rfind(" ", 0, end.end()) + 1
            if text[word_start : end.end()] in ADVERBS | NOUN_WORDS:
                continue
            # `… 1년 이내이면서 … 운영하는 창업자면`: a join inside the condition, not after people.
            joins = ("며", "면", "이면서")
            if end.group() in joins and not HEAD_RE.search(text, word_start, end.start()):
                continue
            # `정규직으로 채용된 청년`: 로 before a verb qualifying the head is inside the phrase.
            if end.group().endswith("로") and _QUALIFYING_AFTER_RE.match(text, end.end()):
                continue
            items = list(shapes.found_by(_DEFINED, shapes.slot(text, start, end.start())))
            if _accepted(text, items):
                yield from items
                # `대상은 만15세 이상으로 … 실업자 가운데 △A △B`: an age alone names whom the
                # rest of the slot says, as a head does. A bracketed note of how the head count
                # splits (`청년 75명(단기 35명, 중기 40명)으로 △A △B`) is no part of the head.
                note = _NOTE_BEFORE_RE.search(text, start, end.start())
                stop = note.start() if note else end.start()
                head = HEAD_RE.search(text, start, stop) or AGE_RE.search(text, start, stop)
                further = end.group().endswith(("로", "로써", "로서")) or end.group() == "이거나"
                if (taken and end.group() != "이거나") or not further or not head:
                    break
                # `대상은 만 65세 이하인 세대주로 … 귀농인이다`: who, then which of them.
                start, taken = end.end(), True
            elif taken and not end.group().endswith("로"):
                break
    for match in _FIELD_RE.finditer(text):
        who = match.group("who")
        cut = _FIELD_CUT_RE.search(_NOTE_IN_RE.sub(lambda note: "_" * len(note.group()), who))
        who_end = match.start("who") + (cut.start() if cut else len(who.rstrip(". ")))
        yield from shapes.found_by(_FIELD, shapes.slot(text, match.start("who"), who_end))
    for match in _WIDENED_RE.finditer(text):
        yield _WIDENED, phrase(text, match.end("who"), match.start("who"), slot=True)
    for match in _LIMITED_RE.finditer(text):
        yield _LIMITED, phrase(text, match.start(), clause_start(text, match.start()))
    for match in _ABLE_RE.finditer(text):
        if vetoes.prize_paid(text) or _PRIZE_OBJECT_RE.search(
            text, max(0, match.start() - 12), match.start() + 3
        ):
            continue
        # `… 자는 지원받을 수 없다`: who is left out.
        if _DENIED_RE.match(text, match.end()):
            continue
        found = subject_before(text, match.start())
        # `16개 우수기관 중 기초자치단체는 각 3억원을 받는다`: bodies paid for a prize (a winner's
        # program, `구민이라면 누구나 이용할 수 있는`, still says who it is for).
        if found and prize_named(text) and _BODY_END_RE.search(text, found[0], found[1]):
            continue
        # `X은 … 가입하면` is how to apply; only `X이 … 가입하면` says who gets the benefit.
        if found and match.group("if") and not _SUBJECT_MARK_RE.match(text, found[1]):
            continue
        # `A 개인과, B 법인이 받을 수 있다`: the list items before the subject take part too.
        yield from shapes.found_by(_ABLE, phrases(text, found[1]) if found else ())
    for match in _HELPED_RE.finditer(text):
        yield _HELPED, helped_subject(text, match.start())
    for match in _RUNS_RE.finditer(text):
        yield _RUNS, helped_subject(text, match.start() + 1)
    for match in _POOL_RE.finditer(text):
        pool = phrase(text, match.start())
        # `참여 기업 64곳 중 51곳은`: a counted group split into a result, not a pool.
        honoured = _HONOURED_RE.match(text, match.end())
        if " " in text[pool[0] : pool[1]] and not honoured and not counted(text, pool):
            yield _POOL, pool
    for match in _HELPED_LIFE_RE.finditer(text):
        if not told:
            yield _HELPED_LIFE, phrase(text, match.start())
    if _EVALUATION_RE.search(text):
        # `전국 9개 지자체가 응모하여`: who applied to a competition, not whom it covers.
        yield from (
            (_EVALUATED, match.span())
            for match in _EVALUATED_RE.finditer(text)
            if not _APPLIED_AFTER_RE.match(text, match.end())
        )
        for match in _EVALUATED_ABOUT_RE.finditer(text):
            first, last = phrase(text, match.end(), clause_start(text, match.start()))
            yield _EVALUATED, (min(first, match.start()), last)
    yield from ((_INCOME, match.span()) for match in _INCOME_RE.finditer(text))
    yield from shapes.spans(text)


def _accepted(text: str, spans: Iterable[shapes.Candidate]) -> dict[tuple[int, int], str]:
    """The audiences the candidate `spans` name, in order, each with the name of the rule that
    found it (the first, when several did)."""
    if _PROPOSED_RE.search(text):
        return {}
    kept: dict[tuple[int, int], str] = {}
    # A span found again (each trigger after a `▲A ▲B …` list reads the list back) is read once:
    # what it yields is the same, and kept by the rule that found it first.
    seen: set[tuple[int, int]] = set()
    for found_by, span in spans:
        if span is None or span in seen:
            continue
        seen.add(span)
        # `관계공무원, 수상자 등 150명이 참석한`: the guests of an event, every one of them.
        if vetoes.attending(text, span):
            continue
        listed = groups(text, span)
        several = len(listed) > 1 or marked(text, span)
        for found in (accept(text, g, listed=several) for g in listed):
            if found:
                kept.setdefault(found, found_by.name)
    # `…중견기업에 새로 취업한 청년에게`: a piece of a longer audience is not one of its own.
    whole = [a for a in kept if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in kept)]
    return {span: kept[span] for span in outside_speech(text, sorted(whole))}


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    """Audiences sentence by sentence. A described audience (`끼니를 거르기 쉬운 어르신을 위한
    ‘경로식당 무료급식’`) counts beside the one a later sentence states (`지원 대상은 60세 이상
    저소득 어르신으로`): the owner's labels list both, the need as well as the criteria."""
    pieces = list(pieces)
    texts = [unspoken(piece.text) for piece in pieces]
    rows = field_rows(texts)
    facts: list[Fact] = []
    for index, (before, text, piece) in enumerate(zip(["", *texts], texts, pieces, strict=False)):
        fields = row_spans(text) if index in rows else ()
        spans = _accepted(text, [*_spans(text), *shapes.listing_on(text, before), *fields])
        facts += (_fact(piece, span, found_by) for span, found_by in spans.items())
    yield from _told_once(facts)


# The rules that say who a program is for in passing (`X에게 기숙사를 제공`, `X의 정착을 돕는`,
# `X을 위한 ‘…’`), and those that state its criteria (`지원 대상은 X`, `X을 대상으로`).
_IN_PASSING = frozenset(
    r.name for r in (TRIGGERS["one"], DESCRIBED, _HELPED, _HELPED_LIFE, shapes.EASED)
)
_STATED = frozenset(r.name for r in (TRIGGERS["list"], _DEFINED, _WIDENED, shapes.BY_KIND))
_BARE_RE = re.compile(r"[\s·‧ㆍ∙]")


def _told_once(facts: list[Fact]) -> list[Fact]:
    """`청년근로자에게 기숙사를 제공` and `이용자는 만 19~39세 … 청년 근로자`: a group named in
    passing that a stated criterion names again, with words before it, is one audience, the
    stated one (the owner's labels list it once)."""
    stated = [_BARE_RE.sub("", f.text) for f in facts if f.rule in _STATED]

    def again(fact: Fact) -> bool:
        bare = _BARE_RE.sub("", fact.text)
        return fact.rule in _IN_PASSING and any(s != bare and s.endswith(bare) for s in stated)

    return [fact for fact in facts if not again(fact)]
