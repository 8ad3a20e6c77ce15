"""Programs, projects, courses, centres, policies and initiatives a public body runs or plans.

Four families of sentences name them:
- list items after ▲ (or ○, ■, ◆, and ·, - at a line start): `▲G밸리 고용 생태계 강화 사업`;
- comma lists closed by `등(의) … 사업/프로그램/정책`: `일경험 지원사업, 광역 일자리 카페, 취준생
  인턴 스펙쌓기 등의 사업`;
- a noun phrase headed by a program word (사업, 프로그램, 양성과정, 지원제도, 캠페인 ...):
  `청년도전 지원사업을 추진`;
- a single-quoted name that a program word or verb follows: `‘청년이룸’을 운영`.
Names are kept as written, without the marker, a trailing 등 or 운영; vague phrases (다양한 정책,
각종 사업), organisations and awards are not programs. Text inside double quotes is speech, and
is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from govreader.facts.phrases import VAGUE, is_plain_word, phrase_start, strip_particle, word_set
from govreader.facts.sentences import Piece, outside_speech
from govreader.model import Fact, FactKind

_SUFFIX = (
    r"사업|프로그램|과정|교육|센터|카페|제도|지원|정책|지원책|캠페인|박람회|프로젝트|아카데미|서비스|"
    r"축제|교실|바우처|수당|훈련|컨설팅|멘토링|조성|구축|운영|강화|확대|양성|행사|스쿨|사업단|"
    r"건립|정비|확충|설치|개선|보급"
)
_ITEM_END_RE = re.compile(rf"(?:{_SUFFIX})$")
_STRONG_END_RE = re.compile(
    r"(?:사업|프로그램|과정|교육|센터|카페|제도|지원|정책|캠페인|박람회|프로젝트|아카데미|축제|교실|"
    r"바우처|수당|지원금|장려금)$"
)
# Quoted names of initiatives end in words like these (‘강서 청년 마음쉼표’ 사업 is caught by the
# word after the quote instead).
_QUOTED_END_RE = re.compile(
    rf"(?:{_SUFFIX}|플랫폼|인턴십|캠프|클래스|투어|살기|공방|쉼터|일터|요금제|장려금|지원금|상품권|패스|"
    r"페스티벌|주간|데이|의 날|학당|배움터|문화제|자금|융자|장학금|연금)$"
)
_STRONG_BULLETS = frozenset("▲○■◆□●◇")
_PARTICLE_AHEAD = (
    r"(?=(?:에서의|으로의|와의|과의|에서|으로|에는|에도|까지|부터|이다|이며|입니다|이고|을|를|이|가|은|는|"
    r"의|에|와|과|도|로|다)?(?:[\s,.)]|$))"
)
# Heads that name a program on their own. 과정 only in course compounds (양성과정, not 세척과정);
# 제도, 정책, 교육 and bare 과정 only when a running verb follows (멘토링 제도를 운영한다). The
# patterns look for the head word's ending first and then check the whole word, which is much
# cheaper than trying every word start.
_HEAD_END_RE = re.compile(
    r"(?:사업|프로그램|캠페인|박람회|프로젝트|아카데미|제도|정책|과정|센터)" + _PARTICLE_AHEAD
)
_HEAD_WORD_RE = re.compile(
    r"[0-9A-Za-z가-힣·‧]{0,30}?"
    r"(?:사업|프로그램|캠페인|박람회|프로젝트|아카데미|[가-힣]{2}(?:제도|정책)"
    r"|(?:양성|교육|전문가|실무|연수|훈련|입문|심화|기초|자격|취업|창업|역량)\s?과정"
    r"|[가-힣]{2,}(?:지원센터|일하기센터))"
)
_RUN_END_RE = re.compile(
    r"(?:제도|정책|과정|교육|프로그램|서비스)"
    r"(?=(?:을|를)\s(?:운영|추진|시행|도입|신설|실시|마련|열|개설|진행))"
)
_WORD_CHAR_RE = re.compile(r"[0-9A-Za-z가-힣·‧]")
_VAGUE_HEADS = word_set(
    "사업 주요사업 핵심사업 주력사업 협력사업 지원사업 시범사업 공모사업 국비사업 "
    "신규사업 역점사업 중점사업 관련사업 본사업 전체사업 세부사업 단위사업 프로그램 "
    "캠페인 프로젝트 박람회 아카데미 지원정책 정책 제도 과정 교육과정 주요정책 "
    "우수사업 대표사업 후속사업 연계사업 해당사업 교육 "
    "서비스 지원센터 일자리사업"
)
# `맞춤형 프로그램`: a kind of program, not one.
_GENERIC_MODIFIERS = word_set("맞춤형 다양한 특화 체험형 참여형 신규 우수 전문 기본 심화")
_BULLET_RE = re.compile(r"[▲○■◆□●◇](?=\s?\S)")
_LINE_BULLET_RE = re.compile(r"\s*[·\-•]\s")
_BULLET_ITEM_RE = re.compile(r"[▲○■◆□●◇][^▲○■◆□●◇]*?(?=[▲○■◆□●◇]|\s등|$)")
_PROGRAM_CONTEXT_RE = re.compile(
    r"사업|프로그램|강좌|과정|교육|정책|지원|서비스|교실|분야|유형|과목|프로젝트|제도|강의"
)
_FIELD_ITEM_RE = re.compile(
    r"^\(|^(?:일시|장소|대상|기간|문의|내용|신청|방법|시간|주최|주관|참가비|비용|접수|일정|자격|인원|규모"
    r"|금액|예산|사업비|위치|면적|기타)(?:\s|$)"
)
_LIST_END_RE = re.compile(
    r"\s등(?:의)?\s(?:다양한\s|각종\s|여러\s)?[가-힣‧·\s]{0,12}?"
    r"(?:사업|프로그램|정책|과정|교육|서비스|지원)"
)
_QUOTED_RE = re.compile(r"[‘'](?P<name>[^‘’'\n]{2,40})[’']")
_QUOTED_FOLLOW_RE = re.compile(
    r"(?:(?:을|를|은|는|이|가|의|에)?\s?(?:[가-힣]{1,4}\s)?"
    r"(?:사업|프로그램|캠페인|과정|교육|강좌|정책|서비스|제도)"
    r"(?![청관적자비장가])"
    r"|(?:을|를|도)\s?(?:(?:\d{1,2}월\S*|새로|본격|올해|함께)\s){0,3}"
    r"(?:운영|운행|추진|시행|개최|실시|도입|진행|마련|시작|지원|제공|신설|보급|지급|이용|확대|늘린|늘리"
    r"|보내|보낸|준다|주고|드린|드립니다))"
)
# Quoted names joined by 과/와/, /및 into one run: `‘A’과 ‘B’, ‘C’ 등을 이용`.
_QUOTED_JOIN_RE = re.compile(r"^(?:과|와|및|,|\s){1,3}$")
_DEFINITION_RE = re.compile(
    r"^(?P<name>[^\s,]{2,20}(?:\s[^\s,]{1,20}){0,6}?)(?:은|는)\s.{4,160}?"
    r"(?:는|한|인|된)\s(?:사업|제도|프로그램|정책)(?:이다|다)\.?$"
)
_FIELD_NAME_RE = re.compile(
    r"(?:사업명|프로그램명|과정명|교육명|강좌명)\s?[:：]\s?(?P<name>[^:：\n(]{2,50}?)"
    r"(?=\s?[(\n○□■▲◆※]|\s-\s|$)"
)
_DEFINITION_END_RE = re.compile(r"(?:사업|제도|프로그램|정책)(?:이다|다)\.?$")
_NOT_PROGRAM_RE = re.compile(
    r"(?:상|대상|평가|어워드|어워즈|심사|지침|법|조례|규정|규칙|기준|협회|위원회|재단|공단|공사|"
    r"대학교|연구원|진흥원|[시군구도]청|[가-힣]{2,}(?<!지)[부처청])$|인증|[:：]|^\d{4}년\s?\S*(?:평가|대상)"
)
_ORG_RE = re.compile(r"(?:행정복지센터|보건소|복지관|주민센터|센터장|지원센터장)$")
_ORG_USE_RE = re.compile(r"\s?(?:누리집|홈페이지|에\s?문의|로\s?문의|으로\s?문의)")
# `치매관리사업 평가에서`: the program is named only as what an evaluation or prize is about.
_EVALUATED_RE = re.compile(r"\s?(?:평가|심사|경진대회|공모전|시상|유공)(?![가-힣])")
# `A 운영, B 조성 등 청년 정착 정책`: a list and its category, not one name.
_LIST_INSIDE_RE = re.compile(r",\s.*\s등\s")
_TRAILING_RE = re.compile(r"(?:\s?등|\s운영|\s?[.,;:])+$")
_COPULA_RE = re.compile(r"(?:이다|이며|입니다|이고|다)\.?$")


def _clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`text[start:end]` without surrounding blanks, a trailing 등 / 운영 or punctuation."""
    while start < end and text[start].isspace():
        start += 1
    trail = _TRAILING_RE.search(text, start, end)
    if trail:
        end = trail.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    name = text[start:end]
    if len(name) < 3 or len(name) > 60 or name in VAGUE or name in _VAGUE_HEADS:
        return None
    if _NOT_PROGRAM_RE.search(name) or _ORG_RE.search(name) or _LIST_INSIDE_RE.search(name):
        return None
    return start, end


def _last_item_end(text: str, start: int, end: int) -> int | None:
    """Where the last item of an inline list ends: before ` 등`, or at its first particle."""
    etc = re.search(r"\s등(?:의|이다)?(?:[\s.]|$)", text[start:end])
    if etc:
        return start + etc.start()
    position = start
    for word in text[start:end].split(" "):
        bare = word.rstrip(".,")
        copula = _COPULA_RE.search(bare)
        if copula and len(bare) > len(copula.group()) + 1:
            return position + copula.start()
        stripped = strip_particle(bare)
        if stripped != bare:
            return position + len(stripped)
        if bare and not is_plain_word(bare):
            return None
        position += len(word) + 1
    return end


def _bullet_items(text: str) -> Iterator[tuple[int, int]]:
    """List items; plain noun phrases count only in a list about programs (강좌는 ▲…, ▲… 등을
    지원한다, or a list with one item that is plainly a program)."""
    marks = [
        m for m in _BULLET_RE.finditer(text) if m.start() == 0 or text[m.start() - 1].isspace()
    ]
    line_mark = _LINE_BULLET_RE.match(text)
    if line_mark:
        marks.insert(0, line_mark)
    if not marks:
        return
    program_list = bool(_PROGRAM_CONTEXT_RE.search(_BULLET_ITEM_RE.sub(" ", text))) or any(
        _STRONG_END_RE.search(text[m.end() : n.start()].strip()) for m, n in pairwise(marks)
    )
    for index, mark in enumerate(marks):
        start = mark.end()
        end: int | None = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        note = text.find("(", start + 2, end)
        if note > 0:
            end = note
        elif index + 1 == len(marks):
            end = _last_item_end(text, start, len(text))
        span = _clean_span(text, start, end) if end else None
        if not span:
            continue
        item = text[span[0] : span[1]]
        if _FIELD_ITEM_RE.search(item):
            continue
        strong = mark.group().strip() in _STRONG_BULLETS
        words = item.split()
        noun_phrase = len(words) <= 6 and all(is_plain_word(w) for w in words)
        plainly = _STRONG_END_RE.search(item)
        if plainly or (strong and (_ITEM_END_RE.search(item) or (noun_phrase and program_list))):
            yield span


def _list_items(text: str) -> Iterator[tuple[int, int]]:
    for anchor in _LIST_END_RE.finditer(text):
        items = []
        end = anchor.start()
        while True:
            comma = text.rfind(", ", 0, end)
            item_start = comma + 2 if comma >= 0 else 0
            words = text[item_start:end].split()
            clean = bool(words) and all(is_plain_word(w) for w in words)
            if not clean:
                head = text.rfind(" ", item_start, end - 1) + 1
                item_start = phrase_start(text, head)
            items.append((item_start, end))
            if not clean or comma < 0 or len(items) >= 8:
                break
            end = comma
        if len(items) < 2:
            continue
        for start, end in items:
            span = _clean_span(text, start, end)
            if span:
                yield span


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and end - start < 40 and _WORD_CHAR_RE.match(text[start - 1]):
        start -= 1
    return start


def _heads(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each head word: `양성과정`, `양성 과정`, `청년도전 지원사업`'s `지원사업`."""
    for end_match in _HEAD_END_RE.finditer(text):
        end = end_match.end()
        start = _word_start(text, end_match.start())
        if _HEAD_WORD_RE.fullmatch(text, start, end):
            yield start, end
        elif start > 1 and text[start - 1] == " ":
            before = _word_start(text, start - 1)
            if _HEAD_WORD_RE.fullmatch(text, before, end):
                yield before, end
    for end_match in _RUN_END_RE.finditer(text):
        yield _word_start(text, end_match.start()), end_match.end()


def _headed_phrases(text: str) -> Iterator[tuple[int, int]]:
    for head_start, head_end in _heads(text):
        word = text[head_start:head_end]
        start = phrase_start(text, head_start)
        if word in _VAGUE_HEADS and start == head_start:
            continue
        before = text[max(0, start - 3) : start]
        if re.search(r"등(?:의)?\s$|[’'」』]\s?$", before):
            continue
        if word.endswith("센터") and _ORG_USE_RE.match(text, head_end):
            continue
        if _EVALUATED_RE.match(text, head_end):
            continue
        words = text[start:head_end].split()
        if len(words) == 1 and len(word) < 5:
            continue
        if len(words) == 2 and words[0] in _GENERIC_MODIFIERS and word in _VAGUE_HEADS:
            continue
        span = _clean_span(text, start, head_end)
        if span:
            yield span


def _quoted_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Quoted names, grouped into runs joined by 과/와/쉼표/및."""
    run: list[re.Match[str]] = []
    for match in _QUOTED_RE.finditer(text):
        if run and not _QUOTED_JOIN_RE.match(text[run[-1].end() : match.start()]):
            yield run
            run = []
        run.append(match)
    if run:
        yield run


def _quoted_names(text: str) -> Iterator[tuple[int, int]]:
    """Quoted names that end in a program word or that a program word or running verb follows;
    a run of quoted names (`‘A’과 ‘B’ 등을 이용`) counts whole when its last name or any name
    in it does."""
    for run in _quoted_runs(text):
        after = re.match(r"\s?등", text[run[-1].end() :])
        tail = run[-1].end() + (after.end() if after else 0)
        run_follows = bool(_QUOTED_FOLLOW_RE.match(text, tail))
        named = [bool(_QUOTED_END_RE.search(m.group("name").strip())) for m in run]
        whole = run_follows or (len(run) > 1 and any(named))
        for match, ends_well in zip(run, named, strict=True):
            follows = _QUOTED_FOLLOW_RE.match(text, match.end())
            if not (whole or follows or ends_well):
                continue
            span = _clean_span(text, match.start("name"), match.end("name"))
            if span:
                yield span


def _field_names(text: str) -> Iterator[tuple[int, int]]:
    """`○ 사업명: 청년 월세 한시 특별지원` in a notice's field list."""
    for match in _FIELD_NAME_RE.finditer(text):
        span = _clean_span(text, match.start("name"), match.end("name"))
        if span:
            yield span


def _defined_names(text: str) -> Iterator[tuple[int, int]]:
    """`X은 … 지원하는 사업이다.`: a sentence defining X as a program names X."""
    if not _DEFINITION_END_RE.search(text):
        return
    match = _DEFINITION_RE.match(text)
    if match and all(is_plain_word(w) for w in match.group("name").split()):
        span = _clean_span(text, match.start("name"), match.end("name"))
        if span:
            yield span


def _outermost(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without those lying inside another (a list item's inner 정책 phrase)."""
    kept: list[tuple[int, int]] = []
    reach = -1
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if end > reach:
            kept.append((start, end))
            reach = end
    return kept


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    for piece in pieces:
        text = piece.text
        spans: list[tuple[int, int]] = []
        for finder in (
            _bullet_items,
            _list_items,
            _headed_phrases,
            _quoted_names,
            _defined_names,
            _field_names,
        ):
            spans.extend(finder(text))
        for start, end in _outermost(outside_speech(text, spans)):
            yield piece.fact(FactKind.PROGRAM, start, end, name=text[start:end])
