"""The types of one scheme, named as programs: `공익활동형 9,760명, 사회서비스형 432명, 시장형
662명`, `공익형은 만 65세 이상, 인력파견형은 만 60세 이상`.

Job schemes (노인일자리, 장애인 일자리) are run as types, each with its own places, pay and who
may apply, and real pages count each type as a program. A word ending in 형 is a type when it
stands as a noun, closed by a particle or by its count of people or places; before a noun it only
describes (`맞춤형 프로그램`, `체류형 관광`), and with 으로 it says how (`맞춤형으로`). One such
word alone is as often a manner as a type, so an article's types count when it names two or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from govreader.facts.sentences import Piece

_TYPE_RE = re.compile(
    r"(?<![가-힣·‧ㆍ∙(])(?P<name>[가-힣]{2,10}형)"
    r"(?=(?:은|는|이|과|와|도|의)\s|(?:이|으?로)?\s?(?:[,(]|\d[\d,]*\s?(?:명|개|곳|가구|건)))"
)

# Not types: the word 유형 itself, shapes and sizes (대형, 소형), and a word in brackets after an
# item (`복지형 82명(참여형 61명, …)`), a breakdown of one type.
_NOT_TYPES = frozenset({"유형", "대형", "소형", "중형", "원형", "모형", "체형", "외형"})

_BRACKETS_RE = re.compile(r"\([^()]*\)")

# What the types are of: a scheme of jobs or work, its places or who applies.
_SCHEME_RE = re.compile(r"일자리|사업|유형|모집|참여자|인원")


def _types(piece: Piece) -> Iterator[tuple[int, int]]:
    text = piece.text
    inside = [match.span() for match in _BRACKETS_RE.finditer(text)]
    for match in _TYPE_RE.finditer(text):
        start, end = match.span("name")
        if match.group("name") in _NOT_TYPES:
            continue
        if any(left < start < right for left, right in inside):
            continue
        yield start, end


def scheme_types(pieces: Sequence[Piece]) -> list[tuple[Piece, int, int]]:
    """The types named in the article's sentences, when it names two or more of a scheme."""
    found = [(piece, start, end) for piece in pieces for start, end in _types(piece)]
    names = {piece.text[start:end] for piece, start, end in found}
    if len(names) < 2:
        return []
    if not any(_SCHEME_RE.search(piece.text) for piece in pieces):
        return []
    return found
