"""The facts table's lines of one article, worked out once when it is imported.

A line is what the table across the library shows for one fact: an award, a program, an audience
or an amount is one line; a target's goal and the result it was measured against (same article,
paragraph, unit, label and year) are one line, so 달성률 is a division of two columns. Each line
carries a `key`: lines with the same key tell the same fact (the same award to the same recipient
in the same year, one program's name), however many articles repeat it, and the table merges
them. Pure functions of the model: the import worker runs them beside the extractor.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from govreader.model import Article, Fact, FactKind

_NOISE = re.compile(r"[\s‘’“”'\"「」『』《》〈〉<>()\[\]·∙ㆍ.,]+")
_REGION = re.compile(
    r"^(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
    r"(?:특별시|광역시|특별자치시|특별자치도|시|도)?\s+(?=\S+[시군구]$)"
)
"""A metropolitan or provincial name written before a city, county or district (`서울 성동구`,
`경기도 수원시`): outlets differ in whether they write it, so it is not part of who won."""
_SENTENCE_END = re.compile(r"[.!?。]\s+|\n|(?<=[다요])\.(?=[가-힣])")
"""Where a sentence ends: a stop and a space, a new line, or a sentence's last syllable and a
stop glued to the next sentence (`운영한다.참여 청년에게는`, as pages copied or cleaned run)."""
_YEAR = re.compile(r"((?:19|20)\d\d)년|(지난해|작년|전년)|(올해|금년)|(내년)")
_WORD = re.compile(r"[\w‘“'\"]")
"""How a word may start (not with `)`, `○`, `-`: the tail of a cut bracket or a list mark)."""
_CLAUSE_STOP = re.compile(r"(?<!\d)[,;:]\s*|[,;:](?!\d)\s*|\s+(?:및|또는)\s+")
"""Where a clause ends: a comma, semicolon or colon (not one between digits, as in `8,000원`
or `10:30`, which is inside a number), or 및/또는 between words."""
SENTENCE_REACH = 600
GOAL_REACH = 8
WORDS_BEFORE = 4
WORDS_AFTER = 2
_NUMBER_WORD = re.compile(r"\d[\d,.]*(?:천|만|억|조)?$")
"""A word that is a number alone (`80억`, `1,200`): its unit is the next word."""
_UNIT_WORD = re.compile(r"(?:원|달러|엔|위안|유로|명|개|건|곳|가구|회|톤|세|%)")
"""A word that starts with a unit (`원`, `원을`, `명의`): it belongs to the number before it."""


class FactLine(NamedTuple):
    """One stored line of the facts table (the columns of `schema`'s fact_lines, in order).

    `start`/`end` is the span of the fact to open and mark (a target's result, else its goal);
    `words` is an audience's own text or what an amount is for."""

    kind: str
    key: int
    start: int
    end: int
    year: int | None = None
    name: str | None = None
    prize: str | None = None
    category: str | None = None
    organizer: str | None = None
    recipient: str | None = None
    label: str | None = None
    unit: str | None = None
    goal: float | None = None
    result: float | None = None
    value: float | None = None
    words: str | None = None
    age_min: int | None = None
    age_max: int | None = None


LINE_COLUMNS: tuple[str, ...] = FactLine._fields


def normal(text: object) -> str:
    """What two spellings of one name share: no spaces, quotes or separators, case folded."""
    return _NOISE.sub("", str(text)).casefold() if text is not None else ""


def recipient_key(recipient: object) -> str:
    return normal(_REGION.sub("", str(recipient).strip())) if recipient is not None else ""


def _key(*parts: object) -> int:
    """The parts as one 64-bit number: compact to store, and fast to group by."""
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), signed=True)


def _published_year(article: Article) -> int | None:
    match = re.match(r"(\d{4})", article.published or "")
    return int(match.group(1)) if match else None


class Sentences:
    """Where an article's sentences end and its year words stand, each found in one pass over
    the part of the text that holds facts, so reading a year or a purpose for every fact of a
    long page stays linear. A sentence reaches at most `SENTENCE_REACH` characters either side
    of its fact."""

    def __init__(
        self, text: str, published: int | None = None, span: tuple[int, int] | None = None
    ):
        self.text = text
        self.published = published
        low, high = span or (0, len(text))
        low, high = max(low - SENTENCE_REACH, 0), min(high + SENTENCE_REACH, len(text))
        ends = list(_SENTENCE_END.finditer(text, low, high))
        self._end_starts = [match.start() for match in ends]
        self._end_ends = [match.end() for match in ends]
        self._years = list(_YEAR.finditer(text, low, high))
        self._year_starts = [match.start() for match in self._years]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding `text[start:end]`."""
        before = bisect_right(self._end_ends, start) - 1
        first = self._end_ends[before] if before >= 0 else 0
        after = bisect_left(self._end_starts, end)
        last = self._end_starts[after] if after < len(self._end_starts) else len(self.text)
        return max(first, start - SENTENCE_REACH), min(last, end + SENTENCE_REACH)

    def year(self, start: int, end: int) -> int | None:
        """The year the fact's sentence gives it (`2023년`, or 지난해/올해/내년 counted from the
        article's date), the nearest such word before the fact first; None when it gives none."""
        first, last = self.bounds(start, end)
        before = bisect_left(self._year_starts, start) - 1
        found = None
        if before >= 0 and self._years[before].start() >= first:
            found = self._years[before]
        else:
            after = bisect_left(self._year_starts, end)
            if after < len(self._years) and self._years[after].end() <= last:
                found = self._years[after]
        if found is None:
            return None
        if found.group(1):
            return int(found.group(1))
        if self.published is None:
            return None
        return self.published + (-1 if found.group(2) else 0 if found.group(3) else 1)

    def purpose(self, start: int, end: int) -> str:
        """What a sum is for, in the words of its clause: a few words before it, `…` for the
        sum with the particle glued to it, and the words that follow (`지원사업에 예산 …을
        투입한다고`)."""
        text = self.text
        first, last = self.bounds(start, end)
        head = text[first:start]
        stops = list(_CLAUSE_STOP.finditer(head))
        if stops:
            head = head[stops[-1].end() :]
        tail = text[end:last]
        stop = _CLAUSE_STOP.search(tail)
        if stop:
            tail = tail[: stop.start()]
        glued, _, rest = tail.partition(" ") if tail[:1].strip() else ("", "", tail)
        head_words = head.split()
        reach = WORDS_BEFORE
        if _number_and_unit(head_words[-reach - 1 : -reach + 1 or None]):
            reach += 1  # the number whose unit would start the words
        before = head_words[-reach:]
        closed = [i for i, word in enumerate(before) if ")" in word and "(" not in word]
        if closed:  # the end of a bracket whose start was cut off
            before = before[closed[-1] + 1 :]
        while before and not _WORD.match(before[0]):  # a list mark
            before.pop(0)
        after_words = rest.split()
        reach = WORDS_AFTER
        if _number_and_unit(after_words[reach - 1 : reach + 1]):
            reach += 1  # the unit of the number the words would end with
        words = [*before, "…" + glued, *after_words[:reach]]
        return " ".join(words).rstrip(" .,-–")


def _number_and_unit(pair: Sequence[str]) -> bool:
    """Whether two words are a number and its unit (`80억`, `원을`), which a cut must not part."""
    return (
        len(pair) == 2
        and _NUMBER_WORD.match(pair[0]) is not None
        and _UNIT_WORD.match(pair[1]) is not None
    )


def _award(fact: Fact) -> FactLine:
    f = fact.fields
    year = f.get("year")
    key = _key(
        recipient_key(f.get("recipient")), normal(f.get("name")), normal(f.get("prize")), year
    )
    return FactLine(
        str(fact.kind),
        key,
        fact.start,
        fact.end,
        year=year,
        name=f.get("name"),
        prize=f.get("prize"),
        category=f.get("category"),
        organizer=f.get("organizer"),
        recipient=f.get("recipient"),
    )


def _program(fact: Fact) -> FactLine:
    name = str(fact.fields.get("name") or fact.text)
    return FactLine(str(fact.kind), _key(normal(name)), fact.start, fact.end, name=name)


def _audience(fact: Fact) -> FactLine:
    f = fact.fields
    return FactLine(
        str(fact.kind),
        _key(normal(fact.text)),
        fact.start,
        fact.end,
        words=fact.text,
        age_min=f.get("age_min"),
        age_max=f.get("age_max"),
    )


def _amount(fact: Fact, sentences: Sentences) -> FactLine:
    words = sentences.purpose(fact.start, fact.end)
    value, unit = fact.fields.get("value"), fact.fields.get("unit")
    key = _key(value, unit, normal(words))
    return FactLine(str(fact.kind), key, fact.start, fact.end, value=value, unit=unit, words=words)


def _paragraph_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\n\s*\n", text))]


def _labels_agree(goal: Fact, result: Fact) -> bool:
    """Labels agree when one names no more than the other: `일자리` (a goal) and `일자리 창출`
    (its result, with the work done) are one line."""
    a, b = goal.fields.get("label"), result.fields.get("label")
    if a is None or b is None:
        return True
    one, other = normal(a), normal(b)
    return one in other or other in one


def _targets(article: Article, facts: Sequence[Fact], sentences: Sentences) -> Iterator[FactLine]:
    """A line per result with its goal (when the article states one for it), per goal left.

    A result's goal is the nearest unused one of the same paragraph, unit and year whose label
    agrees, looked for among the `GOAL_REACH` nearest on either side, so a page of thousands of
    figures costs no more than a page of a few per figure."""
    starts = _paragraph_starts(article.text)
    measured = [
        f
        for f in facts
        if f.kind is FactKind.TARGET
        and f.fields.get("type") in ("goal", "result")
        and f.fields.get("value") is not None
    ]
    year = {id(f): sentences.year(f.start, f.end) for f in measured}

    def place(fact: Fact) -> tuple[object, ...]:
        return (bisect_right(starts, fact.start), fact.fields.get("unit"), year[id(fact)])

    goals: dict[tuple[object, ...], list[Fact]] = {}
    for fact in measured:
        if fact.fields["type"] == "goal":
            goals.setdefault(place(fact), []).append(fact)
    goal_starts = {where: [goal.start for goal in near] for where, near in goals.items()}
    used: set[int] = set()
    for result in (f for f in measured if f.fields["type"] == "result"):
        where = place(result)
        near = goals.get(where, [])
        middle = bisect_right(goal_starts.get(where, []), result.start)
        candidates = [
            goal
            for goal in near[max(middle - GOAL_REACH, 0) : middle + GOAL_REACH]
            if id(goal) not in used and _labels_agree(goal, result)
        ]
        goal = min(candidates, key=lambda g: abs(g.start - result.start), default=None)
        if goal is not None:
            used.add(id(goal))
        yield _target_line(result, goal, year[id(result)])
    for fact in measured:
        if fact.fields["type"] == "goal" and id(fact) not in used:
            yield _target_line(fact, None, year[id(fact)], is_goal=True)


def _target_line(
    fact: Fact, goal: Fact | None, year: int | None, *, is_goal: bool = False
) -> FactLine:
    label = fact.fields.get("label") or (goal.fields.get("label") if goal else None)
    unit = fact.fields.get("unit")
    goal_value = fact.fields["value"] if is_goal else goal.fields["value"] if goal else None
    result_value = None if is_goal else fact.fields["value"]
    key = _key(normal(label), unit, goal_value, result_value, year)
    return FactLine(
        str(fact.kind),
        key,
        fact.start,
        fact.end,
        year=year,
        label=label,
        unit=unit,
        goal=goal_value,
        result=result_value,
    )


def fact_lines(article: Article) -> list[FactLine]:
    """The article's lines of the facts table, in the order of its facts; a fact the article
    tells twice is one line (its first), so a merged row counts articles, not mentions."""
    facts = sorted(article.facts, key=lambda f: (f.start, f.end))
    span = (facts[0].start, max(f.end for f in facts)) if facts else (0, 0)
    sentences = Sentences(article.text, _published_year(article), span)
    lines: list[FactLine] = []
    for fact in facts:
        if fact.kind is FactKind.AWARD:
            lines.append(_award(fact))
        elif fact.kind is FactKind.PROGRAM:
            lines.append(_program(fact))
        elif fact.kind is FactKind.AUDIENCE:
            lines.append(_audience(fact))
        elif fact.kind is FactKind.AMOUNT and fact.fields.get("value") is not None:
            lines.append(_amount(fact, sentences))
    lines.extend(_targets(article, facts, sentences))
    seen: set[tuple[str, int]] = set()
    unique = []
    for line in lines:
        if (line.kind, line.key) not in seen:
            seen.add((line.kind, line.key))
            unique.append(line)
    return unique
