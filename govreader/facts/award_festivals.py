"""Festivals graded by a festival evaluation, each grade with the festivals listed for it.

A ministry or province grades local festivals (`대표축제`, `최우수 축제`, `우수축제`, `유망축제`)
and the release lists them per grade, however the sentence runs: the grade first (`우수축제로는
A, B, C 등을 선정했다`, `우수축제는 A, B 등 10개다`, `ㅇ 유망 축제(23개) : A, B`), or the
festivals first (`A, B 등 21개 축제는 유망축제로 선정됐다`, `D축제가 우수축제에 선정됐고`).
A festival is named by its own word (`…축제`, `…페스티벌`, `…문화제`, `…제`), so the other words of
the sentence (counts, sums, the ministry) are never taken for one; a grade told as a count
(`최우수 축제 7개`) lists nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govreader.facts.award_reading import is_planned, without_brackets
from govreader.facts.award_record import Award
from govreader.facts.rules import finds
from govreader.facts.sentences import Piece
from govreader.model import FactKind

# A festival grade: `최우수 축제`, `우수축제`, `대표 문화관광축제`, `유망 축제`.
_GRADE_RE = re.compile(
    r"(?<![가-힣])(?P<grade>(?:명예\s?대표|대표|최우수|우수|유망)\s?(?:문화관광\s?)?축제)"
    r"(?P<after>\s?\d+개|(?:으로는|로는|에는|으로|로|에|은|는)(?=\s)|\s?:)?"
)
# A festival's own name: a word ending in a festival's word, with its place written before it
# (`남원 춘향제`, `광주7080충장축제`).
_FESTIVAL_RE = re.compile(r"^(?:[가-힣]{2,6}\s)?[가-힣A-Za-z0-9]{1,16}(?:축제|페스티벌|카니발|제)$")
# Items part at commas, middle dots, list marks and 와/과 between festivals.
_SPLIT_RE = re.compile(r"\s*(?:,|·|ㆍ|[▲△ㅇ○]|(?<=[제벌발])(?:와|과)\s)\s*")
# Where a list told after its grade ends: a particle closing it, `등`, or the sentence's end.
_TAIL_RE = re.compile(
    r"(?:\s등(?:\s?\d+개)?(?:\s?축제)?(?:을|를|이|가|은|는|으로|로|이다|다)?|이|가|을|를|은|는)$"
)
# `A, B 등 21개 축제는 유망축제로 선정됐다`: festivals, then the grade and the verb.
_BEFORE_VERB_RE = re.compile(r"(?:으로|로|에)\s(?:\S+\s){0,2}?(?:선정|승격|꼽혔|지정|뽑혔|이름을)")
# `‘2019 문화관광축제’`, `2017년 충북도 지정축제`, `문화관광축제로 선정`: the designation's own
# name, when the sentence tells it (else the article's event, or the award told before, names it).
_NAME_RE = re.compile(
    r"(?<![가-힣0-9])(?P<name>(?:(?:19|20)\d{2}(?:년도|년)?\s?)?(?:[가-힣]{1,4}[도시군]\s)?"
    r"(?:문화관광축제|지정축제))(?=[’'”\"\s,.]|에|으로|로|를|을|의|가|이|은|는|$)"
)


def _festivals(text: str, led: bool = False) -> list[tuple[int, int, str]]:
    """The festivals `text` lists, each (start, end, name) in `text`; none if an item is no
    festival. With `led`, the first item may follow other words (`이 밖에 대구 약령시축제`)."""
    found = []
    position = 0
    for index, part in enumerate(_SPLIT_RE.split(text)):
        start = text.find(part, position)
        position = start + len(part)
        item = _TAIL_RE.sub("", part.strip(" ‘’'“”"))
        if not item:
            continue
        if led and index == 0 and not _FESTIVAL_RE.match(item):
            words = item.split()
            item = next(
                (" ".join(words[-n:]) for n in (2, 1) if _FESTIVAL_RE.match(" ".join(words[-n:]))),
                item,
            )
        if not _FESTIVAL_RE.match(item):
            return []
        at = text.find(item, start)
        found.append((at, at + len(item), item))
    return found


FESTIVAL_RULE = "festivals listed per grade"


def festival_name(pieces: Sequence[Piece]) -> str | None:
    """The designation the article names for its graded festivals (`2019 문화관광축제`), told in
    any of its sentences, or None."""
    for piece in pieces:
        named = _NAME_RE.search(piece.text)
        if named:
            return named.group("name")
    return None


@finds(FactKind.AWARD, FESTIVAL_RULE, "우수축제로는 가람축제, 누리문화제 등을 선정했다")
def festival_awards(piece: Piece, published_year: int | None) -> list[Award]:
    """The festivals a sentence lists for each festival grade it names, else none."""
    text, where = without_brackets(piece.text)
    grades = list(_GRADE_RE.finditer(text))
    if not grades or is_planned(text):
        return []
    found: list[Award] = []
    named = _NAME_RE.search(text)
    for index, grade in enumerate(grades):
        after = grade.group("after") or ""
        if after.strip()[:1].isdigit():
            continue  # `최우수 축제 7개`: a count, nobody listed
        # The festivals after the grade (`우수축제로는 A, B`, `우수축제로 A와 B가 선정돼`) ...
        stop = grades[index + 1].start() if index + 1 < len(grades) else len(text)
        tail = re.split(
            r"(?:선정|승격|지정|포함|이름을)|\s등\s?\d+개|\.", text[grade.end() : stop]
        )[0]
        listed, offset = _festivals(tail.rstrip(", ")), grade.end()
        if not listed and after.strip() in ("으로", "로", "에"):
            if not _BEFORE_VERB_RE.match(text, grade.end("grade")):
                continue
            # ... or before it: `A, B 등 21개 축제는 유망축제로 선정됐다`.
            opened = grades[index - 1].end() if index else 0
            head = text[opened : grade.start()]
            head = re.sub(r"^.*?(?:(?<=[다며고])[,.]?\s|에서는\s|결과,?\s)", "", head)
            listed = _festivals(
                re.sub(r"(?:\s?등\s?\d+개\s?축제)?(?:은|는|이|가)\s$", "", head), led=True
            )
            offset = opened + (len(text[opened : grade.start()]) - len(head))
        for start, end, name in listed:
            first, last = min(offset + start, grade.start()), max(offset + end, grade.end())
            found.append(
                Award(where[first], where[last - 1] + 1, piece,
                      name=named.group("name") if named else None,
                      prize=grade.group("grade"), recipient=name, year=published_year)
            )  # fmt: skip
    return found
