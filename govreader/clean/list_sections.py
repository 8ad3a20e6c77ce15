"""Section labels inside a story's list, read as part of the list.

A story that lists winners, venues or programmes splits the list into sections, each under a
short label of its own line: `<초등부>`, `[일반부]`, `‹중·고등부>` (a copy's brackets need not
match), `- 시 부문`, `■ 2부 행사`. Alone, such a line scores as a menu's short line does, and
two or three of them between the list's rows (which score little: `장원 : 홍길동(가을 하늘)`)
pulled the run below zero, so the story ended at the second section and its last rows were
lost. Between rows of the story, a section label is neutral: it neither ends the story nor
carries one.
"""

from __future__ import annotations

import re

_OPEN = "<‹〈《«\\[【〔(「『"
_CLOSE = ">›〉》»\\]】〕)」』"
_SECTION_LABEL_RE = re.compile(
    rf"(?:[{_OPEN}][^{_OPEN}{_CLOSE}]{{1,18}}[{_CLOSE}]"
    r"|[-–·•■□◆◇▶▷▣◎○●]\s?[^.。!?]{1,18}"
    r"|[^.。!?:：]{1,18}[:：])"
)
"""A section's label: a short name in brackets of any kind (matched or not), after a list's mark,
or before a colon with nothing after it."""
_WORD = re.compile(r"[가-힣A-Za-z]")
_MAX_LABELS = 2
"""Labels one section may stand under in a row (`<중·고등부>` over `- 시 부문`)."""
_MAX_ROW_CHARS = 120
"""A list's row is shorter than this; a longer line after a label is another story's lead."""


def section_labels(lines: list[str], scores: list[float]) -> set[int]:
    """Indexes of the section labels that stand between rows of a story's list: each scored
    as a short line (below zero, above the page's own rows), with a line of the story above
    the labels and a short row of the list under them."""
    found: set[int] = set()
    i = 1
    while i < len(lines):
        j = i
        while j < len(lines) and j - i < _MAX_LABELS and _label(lines[j], scores[j]):
            j += 1
        row_after = j < len(lines) and scores[j] > 0 and len(lines[j]) < _MAX_ROW_CHARS
        if j > i and row_after and scores[i - 1] > 0:
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def _label(line: str, score: float) -> bool:
    """Whether `line` reads as a section's label (`<초등부>`, `■ 일반부`, `일반부 :`) and scored
    as a short line of words does, between -1 and 0."""
    return -1 < score < 0 and bool(_WORD.search(line)) and bool(_SECTION_LABEL_RE.fullmatch(line))
