"""A story's head glued to its lead on one line, as some copies and CMSs print it: a photo's
caption, a headline or a deck, then the outlet's dateline and the lead (`▲ 해오름군, 성금 기부 |
[해오름뉴스=홍길동 기자] 해오름군은 …`, `… 대축제[해오름군 제공](해오름=연합뉴스) 홍길동 기자 =
…`, `헤드라인 [해오름저널] 해오름군은 …`), or the story's stamp row (`헤드라인 2020-07-21
홍길동 기자 해오름군은 …`). The dateline or the stamp is where the story starts; what stands
before it is the head, never body."""

from __future__ import annotations

import re

from govreader.clean.lines import INNER_SENTENCE, SENTENCE_END

_OUTLET = r"(?:뉴스|일보|신문|통신|방송|뉴시스|타임즈|타임스|저널|투데이|미디어|경제|매일|TV|tv)"
_BRACKET = r"[^\[\]【】()=\n]{1,20}"
_DATELINE = re.compile(
    r"[\[【(](?!\s*(?:사진|자료|그래픽|영상|출처|이미지|제공|편집|단위))"
    rf"(?:{_BRACKET}=[^\[\]【】()=\n]{{0,14}}(?:기자|특파원|통신원)\s*"
    rf"|[^\[\]【】()=\n]{{0,12}}{_OUTLET}[^\[\]【】()=\n]{{0,6}}={_BRACKET}"
    rf"|{_BRACKET}=[^\[\]【】()=\n]{{0,8}}{_OUTLET}[^\[\]【】()=\n]{{0,4}})[\]】)]"
    rf"|[\[【]\s*[^\[\]【】()=\n\s]{{0,12}}{_OUTLET}\s*[\]】]"
)
"""An outlet's dateline in brackets: a reporter's name or an outlet on one side of its `=`
([해오름뉴스=홍길동 기자], (해오름=연합뉴스), [해오름신문=필명]); a note with `=` inside a
sentence ((주최=해오름군), (1달러=1300원)) or a photo's credit ([사진=해오름군]) is none; an
outlet alone in square brackets ([해오름저널]) opens a lead too."""
_STAMP = re.compile(
    r"\s(?P<stamp>(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2}\.?(?:\s+\d{1,2}:\d{2})?\s+[가-힣]{2,4}\s?기자)\s+"
)
"""A date and a byline between a glued head and its lead (헤드라인 2020-07-21 홍길동 기자 해오름군은
…): the story's stamp row, printed inline."""
HEAD_MIN = 8
"""A head this long at least: a line opening with its dateline has no head glued on."""
LEAD_MIN = 60
"""A lead this long at least after the dateline: a byline closing a paragraph is short."""
_SENTENCE_IN_HEAD = re.compile(r"[가-힣]다\.|[가-힣]다\s*$")
"""A head never ends a sentence: a paragraph before a dateline is another story's."""


def head_and_lead(line: str) -> tuple[str, ...] | None:
    """The head, perhaps its stamp row, and the lead of a line that glues them, or None."""
    stamp = _STAMP.search(line, HEAD_MIN - 1)
    rows: tuple[str, ...]
    dateline = _DATELINE.search(line, HEAD_MIN)
    if stamp is not None and (dateline is None or stamp.start() < dateline.start()):
        start, rows, lead_at = stamp.start(), (stamp["stamp"],), stamp.end()
    elif dateline is not None:
        start, rows, lead_at = dateline.start(), (), dateline.start()
    else:
        return None
    head = line[:start].rstrip(" |│ㅣ").lstrip("▲△ ")
    lead = line[lead_at:].strip()
    if len(head) < HEAD_MIN or _SENTENCE_IN_HEAD.search(head) or len(lead) < LEAD_MIN:
        return None
    said = INNER_SENTENCE.search(lead) or SENTENCE_END.search(lead[-12:])
    return (head, *rows, lead) if said else None


def unglued_heads(lines: list[str]) -> tuple[list[str], set[str]]:
    """The lines with each glued head (and its stamp row) set on a line of its own above its
    lead, and the heads."""
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
