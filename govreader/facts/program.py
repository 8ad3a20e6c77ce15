"""Programs, projects, courses, centres, policies and initiatives a public body runs or plans.

These families of sentences name them:
- list items after ▲ (or ○, ■, ◆, □, ▷, ▴, ① …, and ·, - at a line start): `▲G밸리 고용 생태계 강화
  사업`; in 개조식 releases, an item described after a colon: `- 청년 월세 한시 특별지원 : …`;
- lists closed by 등 and a program word or a verb of running them (`일경험 지원사업, 광역 일자리
  카페, 취준생 인턴 스펙쌓기 등의 사업`, `A와 B 등을 통해`, `A와 B를 운영한`), read with the shared
  enumeration reader, or introduced by `사업으로는 A, B 등이 꼽힌다`; budget lines listed with
  their sums (`A 정비 60억원, B 건립 47억원 등`);
- a noun phrase headed by a program word (사업, 프로그램, 양성과정, 지원제도, 캠페인, 주거복지센터,
  주간활동서비스, 출산장려금 ...): `청년도전 지원사업을 추진`;
- a name in ‘ ’, 「 」, 『 』 or < > that ends in a program word, that a program word or running
  verb follows (`‘청년이룸’을 운영`), that a service kind precedes (`공영자전거 ‘어울링’`) or that
  is branded by its place (`‘은평형 통합돌봄’`, not `‘생존형 출마’`); a short name in double
  quotes likewise;
- a quoted name of two words or more that a clause describes as what it does (`도시락을 집까지
  전하는 ‘북구 든든밥상’`), or that the body runs, opens or sets up with words of when or where
  between (`‘마을 공동부엌’을 열고`, `‘청년 다락’을 두 면에 1곳씩 추가로 조성`), that people
  join (`‘AI 안부콜’에 가입`) or that shares a later name's verb (`‘A’를, 군은 ‘B’를 운영`);
- a named act a budget pays for (`보조경기장 조성에 38억 원`, `건강이용권 지원(9억 원)`) and two
  kinds of support side by side (`해상운송비 지원과 택배 추가배송비 지원도`);
- a facility built (`장애인체육관 건립도 추진`), and a named place or service the body runs or
  opens (`이동민원실 운영을 시작`, `예쁜치매쉼터를 운영`, `행복콜택시 8대 운영에`);
- the types of one scheme, each with its count or who may apply (`공익활동형 9,760명, 시장형
  662명`);
- the other items of a list the body runs once one of them is found (`A 부르기, B 놓기, C
  캠페인을 운영`).
Names are kept as written, without the marker, a trailing 등 or 운영, a clause that describes them
(`디지털 전환에 대비하는 소상공인 지원정책` is `소상공인 지원정책`) or words of time, verbs and
adjectives before them (`8월부터 사업`); a later short mention is named in full, as the body or the
headline names it. A name needs a specific word: vague phrases (다양한 정책, 각종 사업), kinds of
work named by field, audience, time, stage, funder or form (하반기 사업, 청년 사업, 시범 사업, 시·군
공모사업, 체류형 프로그램), work still to be found (감축 사업 발굴), observance weeks and the days a
body marks (`‘세계 물의 날’을 맞아`), a plan's numbered section headings, what a place is to become
(관광도시 조성, `‘글로벌 축제’로 키울`), year-span designations (`‘2026-2027 문화관광축제’`),
vouchers as a means of paying and a benefit that a program named next pays (`…장려금을 주는 「…」`),
budget lines (운영비 지원에 1억 원), lists of fields, benefits or of who may apply, organisations,
awards and their categories, contests and the cases entered in them, slogans, aims, documents and
measures are not programs. What someone says is speech, and is skipped, but for a list of programs
an official names.

Each family lives in its own module: `program_lists`, `program_enumerated`, `program_heads`,
`program_funded`, `program_quoted`, `program_types`, `program_siblings`, `program_apposition`,
`program_facilities`, `program_run_places`;
`program_spans` trims and rejects names for all of them, with `program_kinds` telling a kind of
work (`하반기 사업`) from a named program.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from govreader.facts.program_apposition import apposed_names
from govreader.facts.program_counted_lists import counted_as_not_programs
from govreader.facts.program_described import described
from govreader.facts.program_enumerated import listed_items
from govreader.facts.program_facilities import built_facilities
from govreader.facts.program_funded import funded_items
from govreader.facts.program_heads import headed_phrases
from govreader.facts.program_introduced import introduced_items
from govreader.facts.program_lists import bullet_items, numbered_items, section_headings
from govreader.facts.program_places import is_place
from govreader.facts.program_quoted import double_quoted_names, quoted_names
from govreader.facts.program_run_places import run_places
from govreader.facts.program_siblings import sibling_items
from govreader.facts.program_spans import (
    STRONG_END_RE,
    clean_span,
    done_on_the_spot,
    name_word,
)
from govreader.facts.program_types import scheme_types
from govreader.facts.rules import Rule, rule
from govreader.facts.sentences import Piece, outside_speech
from govreader.model import Fact, FactKind

# `… 사업이다.`: checked first, so the costlier pattern runs only on sentences that end so.
_DEFINITION_END = r"(?:사업|제도|프로그램|정책|캠페인|운동|서비스|공간)(?:이다|다)\.?$"
_DEFINITION_END_RE = re.compile(_DEFINITION_END)
_DEFINITION_RE = re.compile(
    r"^(?P<name>[^\s,]{2,20}(?:\s[^\s,]{1,20}){0,6}?)(?:은|는)\s.{4,160}?"
    rf"(?:는|한|인|된)\s(?:[가-힣]{{1,6}}\s)?{_DEFINITION_END}"
)

_FIELD_NAME_RE = re.compile(
    r"(?:사업명|프로그램명|과정명|교육명|강좌명)\s?[:：]\s?(?P<name>[^:：\n(]{2,50}?)"
    r"(?=\s?[(\n○□■▲◆※]|\s-\s|$)"
)


def _field_names(text: str) -> Iterator[tuple[int, int]]:
    """`○ 사업명: 청년 월세 한시 특별지원` in a notice's field list."""
    for match in _FIELD_NAME_RE.finditer(text):
        span = clean_span(text, match.start("name"), match.end("name"))
        if span:
            yield span


def _defined_names(text: str) -> Iterator[tuple[int, int]]:
    """`X은 … 지원하는 사업이다.`, `X는 … 프로그램을 운영하는 학습 공간이다.`: a sentence defining
    X as a program, a campaign, a service or a space where one is run names X."""
    if not _DEFINITION_END_RE.search(text):
        return
    match = _DEFINITION_RE.match(text)
    if match and all(name_word(w) or is_place(w) for w in match.group("name").split()):
        span = clean_span(text, match.start("name"), match.end("name"))
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


# `한 달 살기 프로그램은`: a short mention closed by the bare word for what it is.
_BARE_HEAD_RE = re.compile(r"\s(?:프로그램|사업)$")


# What a bare `사업` leaves out of a name: one word of the work before it (`조성사업`, `지원 사업`).
_WORK_OF_RE = re.compile(r"\s?[가-힣]{1,4}\s?사업")


def _same_work(other: str, stem: str) -> bool:
    """`X 조성사업` names the work `X 사업` calls short: the same words, one more before 사업,
    however the words are spaced (`스마트 경로당 구축사업`, `스마트경로당 사업`), and with the
    longer name's first words left out (`이번 과제지원 사업` after `2024년 축제 과제지원
    공모사업`)."""
    other, stem = other.replace(" ", ""), stem.replace(" ", "")
    at = other.rfind(stem)
    return at >= 0 and bool(_WORK_OF_RE.fullmatch(other, at + len(stem)))


def _full_names(names: Iterable[str]) -> dict[str, str]:
    """Each name's fullest form in the article: after `발달장애인 주간활동서비스`, a later (or
    earlier) `주간활동서비스` is the same program and is named in full, and after `「거제에서 한
    달 살기」 프로그램`, so is `한 달 살기 프로그램`; after `관광도시 조성사업`, so is `관광도시
    사업`."""
    # Longest first; names of one length in the order the article gives them (a set's order
    # changes from run to run, and with it which of two equal names a short mention took).
    distinct = sorted(dict.fromkeys(names), key=len, reverse=True)
    full = {}
    for name in distinct:
        short = _BARE_HEAD_RE.sub("", name)
        longer = (
            other
            for other in distinct
            if other.endswith(" " + name)
            or (short != name and other.endswith(" " + short))
            or (name.endswith(" 사업") and len(short) >= 4 and _same_work(other, short))
        )
        full[name] = next(longer, name) if len(name) >= 4 else name
    return full


# `‘청년 마음건강 바우처 사업’(이하 마음바우처)`, `A 사업(A형 사업)`: the short form the
# release goes on to use, written in brackets after the name.
_ALIAS_RE = re.compile(
    r"[’'」』”\"]?\s?\((?:이하\s)?[‘'“\"]?(?P<short>[^()‘’'“”\"]{2,20}?)[’'”\"]?\)"
)


def _aliases(found: Iterable[tuple[Piece, int, int]], full: dict[str, str]) -> dict[str, str]:
    """Each short form a name is given in brackets, and found as a name of its own, named in
    full: it is the same program, not a second one."""
    aliases = {}
    for piece, start, end in found:
        alias = _ALIAS_RE.match(piece.text, end)
        short = alias and alias.group("short")
        if short and short in full and full[short] == short:
            aliases[short] = full[piece.text[start:end]]
    return aliases


_P = FactKind.PROGRAM
# The families of one sentence, in order: a name two of them find is named for the first.
_FINDERS: tuple[tuple[Rule, Callable[[str], Iterable[tuple[int, int]]]], ...] = (
    (
        rule(_P, "items introduced as programs", "새 사업으로는 A 지원, B 운영 등이 꼽힌다"),
        introduced_items,
    ),
    (
        rule(_P, "numbered item with its purpose", "1. 귀농인 주택 수리 지원 사업목적 : …"),
        numbered_items,
    ),
    (rule(_P, "phrase headed by a program word", "청년도전 지원사업을 추진한다"), headed_phrases),
    (rule(_P, "what a budget pays for", "보조경기장 조성에 38억 원을 들여"), funded_items),
    (rule(_P, "a facility built or opened", "장애인체육관 건립도 추진한다"), built_facilities),
    (rule(_P, "a place or service a body runs", "예쁜치매쉼터를 운영한다"), run_places),
    (
        rule(_P, "quoted name marked as a program", "‘청년이룸’ 사업을 운영한다"),
        quoted_names,
    ),
    (rule(_P, "sentence defining a program", "A는 … 돕는 사업이다."), _defined_names),
    (
        rule(_P, "names after their kind and 인", "청년공간인 ‘청춘마루’, ‘청년두레’에"),
        apposed_names,
    ),
    (rule(_P, "name field of a notice", "○ 사업명: 청년 월세 한시 지원"), _field_names),
)
# A plan's section heading is no list item, though a name may still stand in it.
_ITEM_FINDERS = (
    (rule(_P, "list item after a marker", "▲마을 돌봄 공동체 지원"), bullet_items),
    *_FINDERS,
)
_DOUBLE_QUOTED = rule(_P, "short name in double quotes", "“청년 마음 쉼표” 사업을 추진")
_LISTED = rule(_P, "list closed by 등 and a program word", "A 교실, B 카페 등의 사업을")
_TYPES = rule(_P, "types of one scheme", "공익활동형 900명, 시장형 120명")
_SIBLINGS = rule(_P, "other items of a run list with a program", "요가, 기후 캠페인을 운영한다")


def _headline_names(headings: Sequence[str]) -> list[str]:
    """The programs the headline and subtitle name (`2022년 재난대응 안전한국훈련 준비 …`): the
    headline is part of the story, and names in full what the body may call short."""
    return [
        heading[start:end]
        for heading in headings
        for start, end in _outermost(
            span for _, finder in _ITEM_FINDERS for span in finder(heading)
        )
    ]


def _unclosed_speech(text: str) -> int:
    """Where a statement opened by “ and never closed in `text` starts (a quote that runs on
    into the next sentence, or that the page cuts off), else the end of `text`."""
    opened = text.rfind("“")
    return opened if opened >= 0 and "”" not in text[opened:] else len(text)


# A contest among cases (`… 우수사례 발표대회`, `… 경진대회`, `… 공모전`), and a sentence that
# gives one of its prizes or places (`금상은 …’이 차지했다`, `… 선정됐다`, `우수작으로 뽑혔다`).
_CONTEST_RE = re.compile(r"(?:대회|발표회|공모전|경연)$")
_PRIZED_RE = re.compile(r"상은|상을|상에|차지|선정|뽑|수상|우수작|이름을\s올|제안")


def _contest_entry(contest: bool, sentence: str, name: str) -> bool:
    """In an article about a contest of cases, a case that takes a prize or a place is an entry
    (`‘오픈소스를 활용한 업무개선’이 금상을 차지`) unless it plainly is a program (`‘… 사업’`)."""
    if not contest:
        return False
    return bool(_PRIZED_RE.search(sentence)) and not STRONG_END_RE.search(name)


_QUOTE_OPENS = "‘'\"“「『<《〈`"


def _on_the_spot(text: str, span: tuple[int, int]) -> bool:
    """An act done on the spot at an event (`done_on_the_spot`), unless the release quotes it as
    a name (`‘취업 사진 무료 촬영’`)."""
    quoted = span[0] > 0 and text[span[0] - 1] in _QUOTE_OPENS
    return not quoted and done_on_the_spot(text, text[slice(*span)])


# `선정된 프로그램은 ▦A ▦B 등으로 구분된다`: a sentence saying how programs are sorted names
# kinds (not `… 등 2개 분야로 나눠 운영한다`, which names what is run).
_SORTED_INTO_RE = re.compile(r"(?:으로|로)\s(?:(?:구분|분류)(?:된|됐|돼|되)|나뉜|나뉘)")


def find(
    pieces: Sequence[Piece], headlines: Sequence[str] = (), events: Sequence[str] = ()
) -> Iterator[Fact]:
    """The program facts of the article's sentences, each named in its fullest form (the
    `headlines`' included: headline and subtitle). `events` are the names of the events the
    article tells of (awards, evaluations, contests), read beforehand by `context`."""
    contest = any(_CONTEST_RE.search(event) for event in events)
    found: list[tuple[Piece, int, int]] = []
    found_by: dict[tuple[int, int, int], str] = {}  # the rule that found each, by its place
    headings = section_headings(pieces)
    for piece in pieces:
        text = piece.text
        if _SORTED_INTO_RE.search(text):
            continue
        finders = _FINDERS if piece.start in headings else _ITEM_FINDERS
        named: dict[tuple[int, int], str] = {}
        for found_in, finder in finders:
            for span in finder(text):
                named.setdefault(span, found_in.name)
        listed = list(listed_items(text))
        # `A 측정, B 촬영 등 다채로운 프로그램`: acts of the day, and the parts of their names
        acts = [span for span in listed if done_on_the_spot(text, text[slice(*span)])]
        listed = [span for span in listed if span not in acts]
        said = _unclosed_speech(text)
        spans = [
            span
            for span in outside_speech(text, list(named))
            if span[0] < said and not _on_the_spot(text, span)
        ]
        quoted = list(double_quoted_names(text))
        spans = [*spans, *quoted, *listed]
        siblings = [
            span
            for span in sibling_items(text, _outermost(spans))
            if span[0] < said
            and not done_on_the_spot(text, text[slice(*span)])
            and not any(start <= span[0] and span[1] <= end for start, end in acts)
        ]
        spans.extend(siblings)
        told = described(text, spans) | counted_as_not_programs(text, spans)
        spans = [span for span in spans if span not in told]
        for found_in, extra in ((_DOUBLE_QUOTED, quoted), (_LISTED, listed), (_SIBLINGS, siblings)):
            for span in extra:
                named.setdefault(span, found_in.name)
        for start, end in _outermost(spans):
            if not _contest_entry(contest, text, text[start:end]):
                found.append((piece, start, end))
                found_by.setdefault((piece.start, start, end), named[start, end])
    for piece, start, end in scheme_types(pieces):
        found.append((piece, start, end))
        found_by.setdefault((piece.start, start, end), _TYPES.name)
    full = _full_names(
        [*(piece.text[start:end] for piece, start, end in found), *_headline_names(headlines)]
    )
    full.update(_aliases(found, full))
    named_in: dict[str, set[int]] = {}
    for piece, start, end in found:
        named_in.setdefault(piece.text[start:end], set()).add(piece.start)
    for piece, start, end in found:
        name = piece.text[start:end]
        fuller = full[name]
        # `▲A 취업지원 ▲취업지원 프로그램`: with its own program word beside the other in one
        # sentence, it is another program.
        if _BARE_HEAD_RE.search(name) and fuller != name and piece.start in named_in[fuller]:
            fuller = name
        yield piece.fact(
            FactKind.PROGRAM, start, end, found_by[piece.start, start, end], name=fuller
        )
