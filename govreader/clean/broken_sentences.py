"""Sentences a copy breaks into two paragraphs, joined back.

A copied page (or a release pasted into a CMS) sometimes ends a paragraph in the middle of a
sentence, after a comma or a clause's connective, and goes on with the rest of the sentence in
the next paragraph (… 10개 기업을 선정하고, / 나머지 5곳은 내년에 뽑는다.). Read as two, the
first half is a sentence with no verb and the second a sentence with no subject: the facts of
either half lose what the other holds. A paragraph that ends a sentence, even with a stray comma
for its period (… 밝혔다,), and a paragraph before a list's item stay apart.
"""

from __future__ import annotations

import re

_CUT_AT_COMMA = re.compile(r"[가-힣A-Za-z0-9%)’”』」]\s*,$")
"""A paragraph stopped at a comma after a word (… 심사를 거친 후,)."""
_CUT_AT_CONNECTIVE = re.compile(
    r"(?:면서|으며|하며|되며|했으며|됐으며|지만|는데|하고|되고|했고|됐고|있고)$"
)
"""A paragraph stopped at a clause's connective with no comma (… 참여하면서 / … 선정됐고)."""
_STRAY_PERIOD = re.compile(r"[다요]\s*,$")
"""A sentence closed with a comma for its period (… 나타났다,): a paragraph's end all the same;
a spoken clause that goes on (… 열린 건데요,) ends in 데요/고요 and is no such end."""
_SPOKEN_CLAUSE = re.compile(r"(?:데|고)요\s*,$")
_ITEM_START = re.compile(
    r"[▲△▶▷►■□◆◇●○◦ㅇ❍※*•·∙\-–—=#|>\[(<【]|\d{1,3}\s*[.)]|[가-하]\s*[.)]|[①-⑳]"
)
"""How an item of a list or outline opens (▲ …, - …, 3. …, 나. …, (지원대상) …): a paragraph
that opens so starts something of its own, whatever the one above stopped on."""
_GOES_ON = re.compile(r"[가-힣0-9A-Za-z‘“'\"]")
SHORTEST_HALF = 8
"""A first half shorter than this is a label or a stray word, not a broken sentence."""


def broken_after(paragraph: str) -> bool:
    """Whether a paragraph stops in the middle of a sentence: at a comma after a word that does
    not close a sentence, or at a clause's connective."""
    line = paragraph.rstrip()
    if len(line) < SHORTEST_HALF or " " not in line:
        return False
    if _CUT_AT_COMMA.search(line):
        return not _STRAY_PERIOD.search(line) or bool(_SPOKEN_CLAUSE.search(line))
    return bool(_CUT_AT_CONNECTIVE.search(line))


def goes_on(paragraph: str) -> bool:
    """Whether a paragraph can be the rest of a sentence: it opens on a word or a quote, not on
    a list's or an outline's mark."""
    line = paragraph.lstrip()
    return bool(_GOES_ON.match(line)) and not _ITEM_START.match(line)


def joined_sentences(paragraphs: list[str]) -> list[str]:
    """The paragraphs with each sentence broken across two of them made one paragraph again."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and broken_after(joined[-1]) and goes_on(paragraph):
            joined[-1] = f"{joined[-1].rstrip()} {paragraph.lstrip()}"
        else:
            joined.append(paragraph)
    return joined
