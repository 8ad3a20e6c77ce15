"""How a fact reads for a person (the reader's facts pane, `govreader facts` on a terminal): its
normalised value in a few words, not its raw span.

Pure functions of the model, shared by the CLI and the TUI and tested without a running app.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from govreader.figures import korean_amount, number
from govreader.model import Article, Fact, FactKind

__all__ = ["KIND_LABELS", "KIND_ORDER", "describe", "korean_amount", "number"]

KIND_ORDER: tuple[FactKind, ...] = tuple(FactKind)

KIND_LABELS: dict[FactKind, str] = {
    FactKind.AWARD: "Awards",
    FactKind.PROGRAM: "Programs",
    FactKind.TARGET: "Targets",
    FactKind.AUDIENCE: "Audiences",
    FactKind.AMOUNT: "Amounts",
    FactKind.QUOTE: "Quotes",
}

TARGET_TYPES: dict[str, str] = {"goal": "목표", "result": "달성"}
AROUND_CHARS = 40
"""How far either side of a fact `unlabelled_words` looks for its clause's words."""
AMOUNT_WORDS_BEFORE = 3
"""Words before a sum that say what the money is for: `청년 정책에 65억 원을`, `사업화 자금을
최대 3천만원까지` (a goal needs one: what it counts mostly follows it)."""
QUOTES = " ‘’“”'\"「」『』"


def _joined(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _age_range(age_min: int | None, age_max: int | None) -> str:
    if age_min is not None and age_max is not None:
        return f"{age_min}–{age_max}세"
    if age_min is not None:
        return f"{age_min}세 이상"
    if age_max is not None:
        return f"{age_max}세 이하"
    return ""


def describe(fact: Fact, article: Article | None = None) -> str:
    """One line for the facts pane; falls back on the fact's own words when fields are unknown.

    Given its article, a result also shows how far it went against its goal.
    """
    f = fact.fields
    if fact.kind is FactKind.AWARD:
        return _joined(f.get("name"), f.get("prize"), f.get("category"), f.get("year")) or (
            fact.text
        )
    if fact.kind is FactKind.PROGRAM:
        return str(f.get("name") or fact.text)
    if fact.kind is FactKind.TARGET:
        if f.get("value") is None:
            return fact.text
        value = f"{number(f['value'])}{f.get('unit') or ''}"
        kind = f.get("type")
        if kind == "count" and f.get("label"):
            return f"{value} {f['label']}"
        words = _joined(f"{value} {TARGET_TYPES[kind]}" if kind in TARGET_TYPES else value)
        if kind == "result":
            goal = _nearest_goal(fact, article) if article is not None else None
            if goal is not None:
                words += f" ({round(100 * f['value'] / goal.fields['value'])}%)"
        label = f.get("label")
        return _joined(words, label if label and str(label) not in words else None)
    if fact.kind is FactKind.AUDIENCE:
        return _joined(_age_range(f.get("age_min"), f.get("age_max")), fact.text)
    if fact.kind is FactKind.AMOUNT:
        if f.get("value") is None:
            return fact.text
        unit = f.get("unit") or ""
        shown = korean_amount(f["value"]) if unit == "원" else number(f["value"])
        return f"{shown} {unit}".strip()
    speaker = f.get("speaker")
    return f"{speaker}: {fact.text}" if speaker else fact.text


def unlabelled_words(fact: Fact, article: Article) -> str | None:
    """The article's own words around a fact whose fields say nothing of what it is: a goal or
    result whose label says nothing its value does not (none, or its unit again: `612가구 ·
    가구`), which say what is counted (`올해는 30개 팀을 뽑아`, `1,500명을 선정할 계획이다`),
    and a sum of money, which has no label at all, so what it is for (`사업화 자금을 최대
    3천만원까지 지원한다`); None for any other fact.

    The facts pane adds them to the fact's line; the shell prints the words around every fact
    already (`govreader facts`)."""
    fields = fact.fields
    if fact.kind is FactKind.AMOUNT:
        return _clause_words(fact, article, AMOUNT_WORDS_BEFORE)
    if fact.kind is not FactKind.TARGET or fields.get("type") not in TARGET_TYPES:
        return None
    label = str(fields.get("label") or "")
    if label and label != str(fields.get("unit") or ""):
        return None
    return _clause_words(fact, article, 1)


def _clause_words(fact: Fact, article: Article, words_before: int) -> str | None:
    """The fact's words in its clause: up to `words_before` words before it (figures between
    them read along but do not count), the word it is part of whole, and up to two words after
    it before the next figure, quotation or mark."""
    text = article.text
    clause = _patterns()[2]
    left = text[max(fact.start - AROUND_CHARS, 0) : fact.start]
    left = clause.split(left)[-1]
    right = clause.split(text[fact.end : fact.end + AROUND_CHARS])[0]
    # the word the fact is part of stays whole (저소득 [320가구]의, 목표치인 [1만500개]를)
    before = left.split()
    head = before.pop() if before and not left[-1:].isspace() else ""
    after = right.split()
    tail = after.pop(0) if after and not right[:1].isspace() else ""
    # up to the next figure, quotation or dash, which say something else
    after = list(takewhile(lambda word: word[0].isalpha(), after[:2]))
    words = [
        *_words_before(before, words_before),
        head + text[fact.start : fact.end] + tail,
        *after,
    ]
    return " ".join(words).strip(QUOTES) or None


def _words_before(before: list[str], count: int) -> list[str]:
    """The last `count` words of `before` that are not figures, with the figures among them
    (`예산을 지난해보다 30% 늘린`, `예산은 지난해 48억 원에서`), stopping at a quotation."""
    kept: list[str] = []
    for word in reversed(before):
        if count == 0 or any(mark in QUOTES for mark in word):
            break
        if not _figure_word(word):
            count -= 1
        kept.append(word)
    while kept and _figure_word(kept[-1]):  # a figure first would read as this one's
        kept.pop()
    return kept[::-1]


def _figure_word(word: str) -> bool:
    """A figure, or the counter of one written apart (`48억 원에서`)."""
    return word[0].isdigit() or word.startswith("원")


def _nearest_goal(result: Fact, article: Article) -> Fact | None:
    """The nearest goal the result can be measured against: in the same paragraph, with the
    same unit, a label that does not name something else, and the same year or period (last
    year's result is not a share of this year's goal)."""
    best: Fact | None = None
    period = period_of(result, article)
    for goal in article.facts:
        if (
            goal.kind is not FactKind.TARGET
            or goal.fields.get("type") != "goal"
            or goal.fields.get("unit") != result.fields.get("unit")
            or not goal.fields.get("value")
            or not _same_thing(goal.fields.get("label"), result.fields.get("label"))
        ):
            continue
        lo, hi = sorted((goal.end, result.start))
        if "\n\n" in article.text[lo:hi] or period_of(goal, article) != period:
            continue
        if best is None or abs(goal.start - result.start) < abs(best.start - result.start):
            best = goal
    return best


def _same_thing(first: object, second: object) -> bool:
    """Labels that can name the same count: either unknown, or sharing a word."""
    if not first or not second:
        return True
    return bool(set(str(first).split()) & set(str(second).split()))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Sentence ends and time words, compiled when first used: the reader imports this module
    for `KIND_LABELS` as it starts, and compiling them then cost its first frame about 1 ms."""
    sentence_end = re.compile(r"(?<=[.!?])\s+|\n")
    period = re.compile(
        r"(?P<year>(?:19|20)\d{2})\s*년|(?P<before_last>지지난해|재작년)|"
        r"(?P<last>지난해|작년|지난 ?한 ?해|전년(?:도)?(?!\s*(?:보다|대비|에\s*비해|같은)))|"
        r"(?P<this>올해|금년|이번 ?해)|(?P<next>내년|이듬해|다음 ?해)|"
        r"(?P<half>[상하]반기|[1-4]분기)"
    )
    clause_end = re.compile(r"[,.;:!?·\n]+(?:\s|$)|\n")
    return sentence_end, period, clause_end


_OFFSETS = {"before_last": -2, "last": -1, "this": 0, "next": 1}


def period_of(fact: Fact, article: Article) -> tuple[object, str | None] | None:
    """The year (and half or quarter) the sentence of `fact` puts it in, or None if it says
    none: the nearest time words before the fact in its sentence, else the first after it.
    Years said relative to the article (지난해, 올해) count from its date when it has one."""
    text = article.text
    sentence_end, period, _ = _patterns()
    start = max((m.end() for m in sentence_end.finditer(text, 0, fact.start)), default=0)
    end_match = sentence_end.search(text, fact.end)
    end = end_match.start() if end_match else len(text)
    before = list(period.finditer(text, start, fact.start))
    after = list(period.finditer(text, fact.end, end))
    year: object = None
    half: str | None = None
    for match in [*reversed(before), *after]:
        if match.lastgroup == "half":
            half = half or match.group()
            continue
        year = _year(match, article)
        break
    if year is None and half is None:
        return None
    return year, half


def _year(match: re.Match[str], article: Article) -> object:
    if match.lastgroup == "year":
        return int(match.group("year"))
    offset = _OFFSETS[match.lastgroup or "this"]
    published = article.published or ""
    if published[:4].isdigit():
        return int(published[:4]) + offset
    return ("relative", offset)
