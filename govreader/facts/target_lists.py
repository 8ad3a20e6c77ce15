"""개조식 lists of counts under a heading that says what they are.

Press releases often give results or plans as bare list lines below a short heading:

    분야별 서비스 연계 실적            내년 추진 계획
    ○ (방문의료) ‘방문진료’ : 412명     · 코디네이터 5명
    ○ (주거) 안심 주거 개선 : 94가구    · 거점 센터 3곳

A line that ends on a count says neither 했다 nor 할 계획이다; its heading does (실적, 성과,
추진 결과 → result; 계획, 목표, 과제 → goal; a numbered sub-heading keeps its parent's). A heading
is a short line that is neither a sentence nor a list item, or a sentence that announces a list
(`올해 실적은 다음과 같다`). Lines under a heading with neither word, lines counting grades or
bodies (최우수 : 3곳), and list lines that are sentences are left to the sentence rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from govreader.facts.numbers import NUMBER
from govreader.facts.sentences import Piece

# Bullets, the jamo ㅇ that Korean documents use as one, and numbered items (①, 1), 가.).
_MARKER = r"(?:[○◦●◯∘\-·▲△•∙□■◇◆▶►]|ㅇ(?=\s)|[①-⑳]|\d{1,2}\)|[가-하]\.(?=\s))"
_ITEM = re.compile(rf"^{_MARKER}")
_SENTENCE_END = re.compile(r"(?:[다요]\.?|[!?])\s*$")
_HANGUL = re.compile(r"[가-힣]")
_ANNOUNCES = re.compile(r"(?:다음과 같다|아래와 같다|다음과 같습니다)\.?\s*$|:\s*$")
# Not 결과: `평가 결과`, `조사 결과` head grades and statistics.
_RESULT_WORDS = re.compile(r"실적|성과|추진 결과")
# Lines counting winners by grade or the bodies an evaluation looked at are an award's.
_NOT_COUNTED = re.compile(
    r"최우수|우수|장려|대상|금상|은상|동상|특별상|기관|자치단체|지자체|시군|시·군|부서"
)
_GOAL_WORDS = re.compile(r"계획|목표|추진 방향|추진방향|과제")
# A numbered sub-heading (① 청년 일자리, 2. 돌봄) stays in its parent's section.
_SUBHEADING = re.compile(r"^(?:[①-⑳]|\d{1,2}[.)]|[가-하][.)])\s?")
_HEADING_LENGTH = 60
_QUOTED = re.compile(r"[‘'“\"「]([^’'”\"」]{2,30})[’'”\"」]")
_LEAD = re.compile(rf"^{_MARKER}\s*(?:\([^()]{{0,12}}\)\s*)?")
_TRAIL = re.compile(r"[\s:：·\-]*(?:누적|총|모두)?\s*$")


@dataclass(frozen=True)
class ListCount:
    """The last count of a list line and the type its heading gives it."""

    piece: Piece
    start: int  # where the number starts in the piece
    kind: str
    label: str | None


def _heading_kind(text: str) -> str | None:
    if _RESULT_WORDS.search(text):
        return "result"
    if _GOAL_WORDS.search(text):
        return "goal"
    return None


def _is_heading(text: str) -> bool:
    if _ITEM.match(text):
        return False
    if _ANNOUNCES.search(text):
        return True
    return len(text) <= _HEADING_LENGTH and not _SENTENCE_END.search(text)


def _label(text: str, start: int) -> str | None:
    quoted = _QUOTED.search(text, 0, start)
    if quoted:
        return quoted.group(1).strip()
    words = _TRAIL.sub("", _LEAD.sub("", text[:start])).split()
    return " ".join(words[-4:]) or None


def list_counts(pieces: Iterable[Piece], unit: str) -> Iterator[ListCount]:
    """Counts that end list lines under a heading of results or plans; `unit` is the counters'
    pattern text."""
    last = re.compile(
        rf"(?P<number>{NUMBER})(?:여)?\s?(?:{unit})(?:\s?\([^()]{{0,40}}\))?\s*\.?\s*$"
    )
    kind: str | None = None
    for piece in pieces:
        text = piece.text
        # A period splits `실적(’26. 3. 27. ~ 10. 31.)` into pieces; the bare dates change nothing.
        if not _HANGUL.search(text):
            continue
        if _is_heading(text):
            own = _heading_kind(text)
            kind = own or (kind if _SUBHEADING.match(text) else None)
            continue
        if not _ITEM.match(text):
            kind = None
            continue
        # A numbered item that names a section of its own (② 내년 계획) opens it.
        if _SUBHEADING.match(text) and not _SENTENCE_END.search(text):
            kind = _heading_kind(text) or kind
        if kind is None or _SENTENCE_END.search(text):
            continue
        match = last.search(text)
        if match and not _NOT_COUNTED.search(text, 0, match.start()):
            start = match.start("number")
            yield ListCount(piece, start, kind, _label(text, start))
