"""A winner told again by surname and title (`김 위원장은`, `나 주무관은`), named in full from
where the article first told them (`김하나(중앙동) 운영위원장`, `나하늘 한빛구청 주무관`).

Korean news names a person in full once, in the headline or the lead, and afterwards by surname
and title. A reading of the later sentence keeps only the title (`위원장`), which names no one;
the person it stands for is the one of that surname told earlier with a title ending the same
way. When no such person, or more than one, was told, the title stays as read (and names no one).
"""

from __future__ import annotations

import re

from govreader.facts.award_winner_words import TITLE_RE, is_roster_name

# A particle or nothing after a word: where a name or title ends (`위원장은`, `주무관이`).
_WORD_END = r"(?=(?:은|는|이|가|과|와|께서|에게|의)?(?![가-힣]))"
# `위원장`, `부의장`, `주무관`: a title word that a surname may stand before.
_TITLE_WORD_RE = re.compile(r"[가-힣]{0,6}(?:장|관|원|사|주사|주사보|씨)")


def full_name(recipient: str, sentence: str, told: str) -> str | None:
    """`위원장` read in `… 김 위원장은 …`, with `김하나(중앙동) 운영위원장` in `told` → 김하나
    운영위원장 (the name and the title as first written, asides left out); None when the
    sentence has no surname before the title or `told` names no one person of it."""
    if not (TITLE_RE.match(recipient) or _TITLE_WORD_RE.fullmatch(recipient)):
        return None
    title = re.escape(recipient)
    surnames = set(re.findall(rf"(?<![가-힣])([가-힣])\s{title}{_WORD_END}", sentence))
    if len(surnames) != 1:
        return None
    surname = surnames.pop()
    people = {
        (found.group("name"), found.group("title"))
        for found in re.finditer(
            rf"(?<![가-힣])(?P<name>{surname}[가-힣]{{1,2}})(?:\([^()]{{0,40}}\))?"
            rf"(?:\s[^\s]{{1,12}}){{0,3}}?\s(?P<title>[가-힣]{{0,8}}{title}){_WORD_END}",
            told,
        )
        if is_roster_name(found.group("name"))
    }
    if len({name for name, _ in people}) != 1:
        return None
    name, written = min(people, key=lambda person: len(person[1]))
    return f"{name} {written}"
