"""A story's head glued to its lead on one line, as some copies and CMSs print it: a photo's
caption, a headline or a deck, then the outlet's dateline and the lead (`▲ 해오름군, 성금 기부 |
[해오름뉴스=홍길동 기자] 해오름군은 …`, `… 대축제[해오름군 제공](해오름=연합뉴스) 홍길동 기자 =
…`). The dateline is where the story starts; what stands before it is the head, never body."""

from __future__ import annotations

import re

from govreader.clean.lines import INNER_SENTENCE, SENTENCE_END

_DATELINE = re.compile(
    r"[\[【(](?!\s*(?:사진|자료|그래픽|영상|출처|이미지|제공|편집|단위))"
    r"[^\[\]【】()=\n]{1,20}=[^\[\]【】()=\n]{1,20}[\]】)]"
)
"""An outlet's dateline in brackets ([해오름뉴스=홍길동 기자], (해오름=연합뉴스)); a bracket
with `=` that is a credit or a note ([사진=해오름군], (단위=원)) is none."""
HEAD_MIN = 8
"""A head this long at least: a line opening with its dateline has no head glued on."""
LEAD_MIN = 60
"""A lead this long at least after the dateline: a byline closing a paragraph is short."""
_SENTENCE_IN_HEAD = re.compile(r"[가-힣]다\.|[가-힣]다\s*$")
"""A head never ends a sentence: a paragraph before a dateline is another story's."""


def head_and_lead(line: str) -> tuple[str, str] | None:
    """The head and the dateline-led lead of a line that glues them, or None."""
    dateline = _DATELINE.search(line, HEAD_MIN)
    if dateline is None:
        return None
    head = line[: dateline.start()].rstrip(" |│ㅣ").lstrip("▲△ ")
    lead = line[dateline.start() :].strip()
    if len(head) < HEAD_MIN or _SENTENCE_IN_HEAD.search(head) or len(lead) < LEAD_MIN:
        return None
    said = INNER_SENTENCE.search(lead) or SENTENCE_END.search(lead[-12:])
    return (head, lead) if said else None


def unglued_heads(lines: list[str]) -> tuple[list[str], set[str]]:
    """The lines with each glued head set on a line of its own above its lead, and the heads."""
    out: list[str] = []
    heads: set[str] = set()
    for line in lines:
        parts = head_and_lead(line)
        if parts is None:
            out.append(line)
            continue
        out.extend(parts)
        heads.add(parts[0])
    return out, heads
