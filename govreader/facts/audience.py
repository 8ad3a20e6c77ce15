"""Who a program, benefit or evaluation is for: `만 18세 이상 34세 이하 구직단념 청년`.

Audiences are the noun phrases governed by 대상으로 / 대상은 / 위해 / 위한 / 에게 지원, split at
commas outside brackets. A phrase counts only when it ends in a word for people or bodies
(청년, 어르신, 가구, 소상공인, 자치단체 ...) or states an age, so the clause around it does not
leak in. Ages become `age_min` / `age_max`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import partial

from govreader.facts.phrases import VAGUE, is_plain_word, word_set
from govreader.facts.sentences import Piece, outside_speech
from govreader.model import Fact, FactKind

_PEOPLE = (
    "청년|청소년|아동|어린이|유아|영유아|아이|학생|대학생|노인|어르신|주민|구민|시민|군민|도민|"
    "국민|가구|가정|가족|세대|계층|저소득층|장애인|여성|남성|소상공인|자영업자|근로자|노동자|구직자|"
    "실업자|수급자|대상자|신청자|이웃|기업|업체|기관|자치단체|지자체|농가|농업인|어업인|어민|"
    "고령자|임산부|산모|부부|부모|학부모|보호자|환자|종사자|외국인|이주민|중장년|유공자|"
    "독거노인|기업인|경영인|상공인|문화예술인|체육인|다문화가족|한부모가족|재직자|직장인|실직자|퇴직자|은퇴자|희망자|참여자|이용자|입주자|전입자|피해자|귀농인|귀촌인|귀어인|예술인|청년농|후계농|경로당|단체|상인|창업자|예비창업자|졸업생|미취업자|구직단념자|입주민|보훈대상자"
)
_HEAD_RE = re.compile(
    rf"(?:{_PEOPLE}|[가-힣]민|\d학년|학년생)(?:들)?(?:\s?\d[\d,]*여?\s?(?:명|가구|곳|개|세대))?$"
)
# A bare word for everyone says nothing about who a program is for.
_TOO_GENERAL = word_set(
    "이웃 주민 시민 구민 군민 도민 국민 청년 기업 가구 가정 단체 기관 대상자 신청자 업체 주민들 "
    "이웃들 누구나 관계자 학생"
)
_AGE_RE = re.compile(
    r"(?:만\s?)?(?P<low>\d{1,3})세\s?(?:이상|부터)"
    r"|(?:만\s?)?(?P<high>\d{1,3})세\s?(?P<bound>이하|미만|까지)"
    r"|(?:만\s?)?(?P<from>\d{1,3})\s?(?:세\s?)?(?:[~∼\-]|에서)\s?(?:만\s?)?(?P<to>\d{1,3})세"
)
_TRIGGER_RE = re.compile(
    r"(?P<list>(?:을|를)\s?대상으로|(?:이|가)\s(?:[가-힣]{2}\s)?대상이(?:다|었다|며|고))"
    r"|(?P<one>(?:을|를)\s위(?:해|한|하여)(?:서는|서)?\s"
    r"|에(?:게)?(?:는|도)?\s(?=[^.,]{0,45}?(?:지원|지급|제공|전달|배부|돕|도와|무료|보내|준다|주고"
    r"|보급|늘린|드린|드립|보낸)))"
)
# `…을 대상으로 만족도를 조사한 결과`: who was surveyed, not who a program is for.
_SURVEY_AFTER_RE = re.compile(r"\s?(?:한\s)?(?:만족도|설문|조사|실태조사|여론조사|인식조사)")
_DEFINED_RE = re.compile(r"대상은\s")
# `○ 지원대상: 관내 거주 만 19~39세 미취업 청년` in a notice's field list.
_FIELD_RE = re.compile(r"대상\s?[:：]\s?(?P<who>[^:：\n]{2,80})")
_DEFINED_END_RE = re.compile(r"(?:이며|이다|입니다|으로|로|이고|에 한한다|에 한해)(?=[\s.,]|$)")
_LIMITED_RE = re.compile(r"에\s?한(?:한다|해|하여|하며)")
# `X이 참여할 수 있다`, `X이면 신청할 수 있다`, `X라면 누구나`, `X은 … 지원받는다`.
_ABLE_RE = re.compile(
    r"(?:참여|신청|이용|참가|응모|수강|입주)(?:할|하실)\s수\s있|(?:지원|혜택)을?\s?받(?:는다|을 수)"
    r"|(?:받을|들을)\s수\s있"
    r"|(?<=라면|이면)\s누구나"
)
_SUBJECT_END_RE = re.compile(r"(?:이면|이라면|라면|이|가|은|는|도)$")
_AGE_WORD_RE = re.compile(r"^(?:만|\d{1,3}세|이상|이하|미만|초과|\d{1,3}~\d{1,3}세)$")
_CLAUSE_CUT_RE = re.compile(
    r"(?:[.;:!?]|다|고|며|하여|해|(?<!에)서|록|는데|지만|위해|통해|따라|및)[,]?\s"
    r"|(?:^|\s)(?:또한|특히|아울러|이에|한편|또)\s"
    r"|(?:[구시군도청부]|\))(?:은|는)\s"
)
_LEADING_WORDS_RE = re.compile(
    r"^(?:이번|올해|지난해|내년|오는|지난|현재|매년|우선|먼저|또|또한|특히|이에|아울러|한편|관내|다만)$"
)
_LEADING_RE = re.compile(
    r"^(?:(?:이번|올해|지난해|내년|오는|지난|현재|매년|우선|먼저|또|또한|특히|이에|아울러|한편|관내"
    r"|\d{1,2}월|\d{1,2}일|다만|\S+(?:은|는|에서는|부터|까지|에는|이번))\s)+"
)
# `도내 모든 초등학교에서 1학년`: where a program runs is not who it is for.
_PLACE_RE = re.compile(r"(?:^|\s)\S*(?:학교|기관|지역|현장|[시군구])에서\s")
# `월세 지원은 …`, `‘…아카데미’는 …`: the program as topic, before the people it is for.
_PROGRAM_TOPIC_RE = re.compile(
    r"(?:[’'」』]|사업|지원|프로그램|과정|교육|아카데미|센터|제도|정책|서비스|수당|바우처)(?:은|는)\s"
)
_TRAILING_RE = re.compile(r"(?:\s?등|\s?\([^()]*\))+$")
_WINDOW = 90


def ages(text: str) -> tuple[int | None, int | None]:
    """`age_min`, `age_max` as the phrase states them (미만 20세 → at most 19)."""
    low = high = None
    for match in _AGE_RE.finditer(text):
        if match.group("low"):
            low = int(match.group("low"))
        elif match.group("high"):
            high = int(match.group("high")) - (match.group("bound") == "미만")
        else:
            low, high = int(match.group("from")), int(match.group("to"))
    return low, high


def _is_digit_group(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


def _split_items(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """Comma-separated items of `text` as (start, end), commas inside brackets kept."""
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0 and not _is_digit_group(text, index):
            yield offset + start, offset + index
            start = index + 1
    yield offset + start, offset + len(text)


def _phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`text[start:end]` trimmed of leading adverbials and trailing 등 / brackets, if a phrase."""
    item = text[start:end]
    cuts = list(_PLACE_RE.finditer(item)) + list(_PROGRAM_TOPIC_RE.finditer(item))
    if cuts:
        start += max(cut.end() for cut in cuts)
        item = text[start:end]
    lead = _LEADING_RE.match(item.lstrip())
    start += len(item) - len(item.lstrip()) + (lead.end() if lead else 0)
    item = text[start:end]
    trail = _TRAILING_RE.search(item)
    if trail:
        end -= len(item) - trail.start()
    end -= len(text[start:end]) - len(text[start:end].rstrip())
    return start, end


def _fact(piece: Piece, span: tuple[int, int]) -> Fact:
    low, high = ages(piece.text[span[0] : span[1]])
    return piece.fact(FactKind.AUDIENCE, span[0], span[1], age_min=low, age_max=high)


def _walk_back(text: str, end: int) -> int:
    """Start of the people phrase ending at `end`: plain words, ages and `A과 B` joins."""
    start = end
    while start > 0:
        previous = text.rfind(" ", 0, start - 1) + 1
        word = text[previous : start - 1] if text[start - 1] == " " else text[previous:start]
        if previous == start or not word:
            break
        joined = word[-1] in "과와" and _HEAD_RE.search(word[:-1])
        if start != end and not (is_plain_word(word) or joined or _AGE_WORD_RE.match(word)):
            break
        if start != end and (word in VAGUE or _LEADING_WORDS_RE.match(word)):
            break
        start = previous
    return start


def _clause_start(text: str, end: int) -> int:
    window_start = max(0, end - _WINDOW)
    cuts = list(_CLAUSE_CUT_RE.finditer(text, window_start, end))
    return cuts[-1].end() if cuts else window_start


def _subject_before(text: str, trigger: int) -> tuple[int, int] | None:
    """The people noun marked as subject nearest before `trigger`, with its phrase."""
    clause = _clause_start(text, trigger)
    position = trigger
    for _ in range(10):
        space = text.rfind(" ", clause, position - 1)
        word_start = space + 1 if space >= clause else clause
        word = text[word_start:position].strip()
        ending = _SUBJECT_END_RE.search(word)
        if ending:
            word_end = word_start + ending.start()
            phrase_start = _walk_back(text, word_end)
            stem = word[: ending.start()]
            phrase = text[phrase_start:word_end]
            if _HEAD_RE.search(stem) or _HEAD_RE.search(phrase) or _AGE_RE.search(phrase):
                return phrase_start, word_end
        if word_start <= clause:
            return None
        position = word_start
    return None


def _accept(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    phrase = text[span[0] : span[1]]
    if phrase in _TOO_GENERAL or not 2 <= len(phrase) <= 45:
        return None
    if not (_HEAD_RE.search(phrase) or _AGE_RE.search(phrase)):
        return None
    return span


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    for piece in pieces:
        text = piece.text
        spans: list[tuple[int, int] | None] = []
        for match in _TRIGGER_RE.finditer(text):
            if match.group("one"):
                base = _clause_start(text, match.start())
                last = list(_split_items(text[base : match.start()], base))[-1]
                clause = _accept(text, _phrase(text, *last))
                short = clause and clause[1] - clause[0] <= 30
                spans.append(clause if short else (_walk_back(text, match.start()), match.start()))
                continue
            if _SURVEY_AFTER_RE.match(text, match.end()):
                continue
            base = _clause_start(text, match.start())
            spans.extend(
                _phrase(text, start, end)
                for start, end in _split_items(text[base : match.start()], base)
            )
        for match in _DEFINED_RE.finditer(text):
            for end in _DEFINED_END_RE.finditer(text, match.end(), match.end() + 80):
                items = list(_split_items(text[match.end() : end.start()], match.end()))
                found = [_phrase(text, start, stop) for start, stop in items]
                if _accept(text, found[-1]):
                    spans.extend(found)
                    break
        for match in _FIELD_RE.finditer(text):
            who = match.group("who")
            cut = re.search(r"\s[○□■▲◆※·\-]\s?|\(", who)
            end = match.start("who") + (cut.start() if cut else len(who.rstrip(". ")))
            items = _split_items(text[match.start("who") : end], match.start("who"))
            spans.extend(_phrase(text, start, stop) for start, stop in items)
        for match in [*_LIMITED_RE.finditer(text), *_ABLE_RE.finditer(text)]:
            start = _clause_start(text, match.start())
            if match.group().startswith("에"):
                spans.append(_phrase(text, start, match.start()))
            else:
                spans.append(_subject_before(text, match.start()))
        seen = set()
        accepted = [span for span in map(partial(_accept, text), spans) if span]
        for span in outside_speech(text, accepted):
            if span not in seen:
                seen.add(span)
                yield _fact(piece, span)
