"""Who a program, benefit or evaluation is for: `만 18세 이상 34세 이하 구직단념 청년`.

Audiences are the noun phrases governed by 대상으로 / 대상은 / 위해 / 위한 / 에게 지원, split at
commas outside brackets. A phrase counts only when it ends in a word for people or bodies
(청년, 어르신, 가구, 소상공인, 자치단체 ...) or states an age, so the clause around it does not
leak in. Ages become `age_min` / `age_max`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govreader.facts.sentences import Piece
from govreader.model import Fact, FactKind

_PEOPLE = (
    "청년|청소년|아동|어린이|유아|영유아|아이|학생|대학생|노인|어르신|주민|구민|시민|군민|도민|"
    "국민|가구|가정|가족|세대|계층|저소득층|장애인|여성|남성|소상공인|자영업자|근로자|노동자|구직자|"
    "실업자|수급자|대상자|신청자|이웃|기업|업체|기관|자치단체|지자체|농가|농업인|어업인|어민|"
    "고령자|임산부|산모|부부|부모|학부모|보호자|환자|종사자|외국인|이주민|중장년|유공자|"
    "독거노인|경로당|단체|상인|창업자|예비창업자|졸업생|미취업자|구직단념자|입주민|보훈대상자"
)
_HEAD_RE = re.compile(rf"(?:{_PEOPLE})(?:들)?(?:\s?\d[\d,]*여?\s?(?:명|가구|곳|개|세대))?$")
_AGE_RE = re.compile(
    r"(?:만\s?)?(?P<low>\d{1,3})세\s?(?:이상|부터)"
    r"|(?:만\s?)?(?P<high>\d{1,3})세\s?(?P<bound>이하|미만|까지)"
    r"|(?:만\s?)?(?P<from>\d{1,3})\s?(?:세\s?)?[~∼\-]\s?(?:만\s?)?(?P<to>\d{1,3})세"
)
_TRIGGER_RE = re.compile(
    r"(?P<list>(?:을|를)\s?대상으로|(?:이|가)\s대상이다)"
    r"|(?P<one>(?:을|를)\s위(?:해|한|하여)|에게\s(?:지원|지급|제공|전달|배부|무료로))"
)
_SUBJECT_OF_RE = re.compile(
    r"대상은\s(?P<who>[^.]{2,60}?)(?:이며|이다|입니다|으로|로|이고)(?=\s|$)"
)
_CLAUSE_CUT_RE = re.compile(
    r"(?:[.;:!?]|다|고|며|하여|해|(?<!에)서|록|는데|지만|위해|통해|따라|및)[,]?\s"
    r"|(?:^|\s)(?:또한|특히|아울러|이에|한편|또)\s"
)
_LEADING_RE = re.compile(
    r"^(?:(?:이번|올해|지난해|내년|오는|지난|현재|매년|우선|먼저|또|또한|특히|이에|아울러|한편|관내"
    r"|\d{1,2}월|\d{1,2}일|\S+(?:은|는|에서는|부터|까지|에는|이번))\s)+"
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


def _split_items(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """Comma-separated items of `text` as (start, end), commas inside brackets kept."""
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0:
            yield offset + start, offset + index
            start = index + 1
    yield offset + start, offset + len(text)


def _phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`text[start:end]` trimmed of leading adverbials and trailing 등 / brackets, if a phrase."""
    item = text[start:end]
    lead = _LEADING_RE.match(item.lstrip())
    start += len(item) - len(item.lstrip()) + (lead.end() if lead else 0)
    item = text[start:end]
    trail = _TRAILING_RE.search(item)
    if trail:
        end -= len(item) - trail.start()
    end -= len(text[start:end]) - len(text[start:end].rstrip())
    phrase = text[start:end]
    if not 2 <= len(phrase) <= 45:
        return None
    if not (_HEAD_RE.search(phrase) or _AGE_RE.search(phrase)):
        return None
    return start, end


def _fact(piece: Piece, span: tuple[int, int]) -> Fact:
    low, high = ages(piece.text[span[0] : span[1]])
    return piece.fact(FactKind.AUDIENCE, span[0], span[1], age_min=low, age_max=high)


def find(pieces: Iterable[Piece]) -> Iterator[Fact]:
    for piece in pieces:
        text = piece.text
        for match in _TRIGGER_RE.finditer(text):
            window_start = max(0, match.start() - _WINDOW)
            window = text[window_start : match.start()]
            cuts = list(_CLAUSE_CUT_RE.finditer(window))
            base = window_start + (cuts[-1].end() if cuts else 0)
            items = list(_split_items(text[base : match.start()], base))
            if match.group("one"):
                items = items[-1:]
            for start, end in items:
                span = _phrase(text, start, end)
                if span:
                    yield _fact(piece, span)
        for match in _SUBJECT_OF_RE.finditer(text):
            for start, end in _split_items(match.group("who"), match.start("who")):
                span = _phrase(text, start, end)
                if span:
                    yield _fact(piece, span)
