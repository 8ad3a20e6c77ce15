"""Who a notice's labelled fields name: a label alone on its line (`지원 대상`, `신청 자격`,
`참여조건`) or a table's header row naming an eligibility column (`구분 | 신청 기준 | 내용`),
and under it, a row a line, the groups that may take part (`만 70세 이상 홀몸 어르신`).

Service guides state who may apply as such rows and no sentence (the cleaner keeps them as the
article of a page with no story); each row is a slot of its own, read by the readers of a
defined slot and its lists. A table's rows mix the columns (a kind of service, a note of what is
given), so a row that is one bare word (`한부모가족`, `방문형`) names a column's category as
often as a group and is read only with an age in brackets after it (`한부모가족자녀 (만 6세 ~
만 12세)`); a bracketed note after a row's group belongs to it (`만 65세 이상 (일부 과정 만 60세
이상)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreader.facts import audience_shapes as shapes
from govreader.facts.rules import rule
from govreader.field_labels import COLUMN_WORDS, LABEL_ENDINGS, OUTLINE_MARK
from govreader.model import FactKind

# A label naming who may take part; not who is left out (`참여 제외 대상`).
_AUDIENCE_LABEL_RE = re.compile(
    r"(?!.*제외)(?:[가-힣]{1,4}\s?){0,2}(?:대\s?상자?|자\s?격|조\s?건|기\s?준)"
)
# Any field's label ends the rows of the one before (`신청 방법`, `필수 서류`, `문의처`).
_LABEL_RE = re.compile(rf"(?:[가-힣]{{1,6}}\s?){{0,2}}(?:대상자?|{LABEL_ENDINGS})")
_COLUMN_RE = re.compile(COLUMN_WORDS)
# An outline's mark before a label (`○ 지원대상`, `1. 지원대상`, `가. 신청자격`): a label still.
_MARK_RE = re.compile(OUTLINE_MARK)
_ELIGIBILITY_COLUMN_RE = re.compile(r"대상|기준|자격")
# How many rows a field's value may hold before it ends.
_MAX_ROWS = 12
# A row's bullet (`- `, `ㅁ `, `○ `); a row that is a note (`※ …`) says no group.
_BULLET_RE = re.compile(r"[-–ㅁ○●◦•·ㆍ▶□■]\s?")
_NOTE_RE = re.compile(r"[※*]")
# A sentence is no row of a field: it ends the field.
_SENTENCE_RE = re.compile(r"(?:다|요)[.!]?$")
_BRACKET_END_RE = re.compile(r"\s?\((?P<note>[^()]*)\)$")
_AGE_NOTE_RE = re.compile(r"\d{1,3}\s?세")

FIELD_ROW = rule(FactKind.AUDIENCE, "a row under a label", "지원 대상\n만 70세 이상 홀몸 어르신")


def _compact(line: str) -> str:
    return line.replace(" ", "")


def _unmarked(line: str) -> str:
    mark = _MARK_RE.match(line)
    return line[mark.end() :] if mark else line


def _label(line: str) -> bool:
    line = _unmarked(line)
    return len(_compact(line)) <= 10 and bool(_LABEL_RE.fullmatch(line))


def _opens_field(line: str) -> bool:
    """A label of who may take part, perhaps marked as an outline's item, or a table's header
    row with an eligibility column."""
    compact = _compact(line)
    label = _unmarked(line)
    if len(_compact(label)) <= 10 and _AUDIENCE_LABEL_RE.fullmatch(label):
        return True
    columns = set(_COLUMN_RE.findall(compact))
    return len(compact) <= 30 and len(columns) >= 2 and bool(_ELIGIBILITY_COLUMN_RE.search(compact))


def field_rows(texts: list[str]) -> set[int]:
    """The indexes of the lines in `texts` that are rows under a label of who may take part,
    up to the next label, a sentence or `_MAX_ROWS` rows."""
    rows: set[int] = set()
    for index, line in enumerate(texts):
        if not _opens_field(line):
            continue
        for row in range(index + 1, min(index + 1 + _MAX_ROWS, len(texts))):
            if _label(texts[row]) or _opens_field(texts[row]) or _SENTENCE_RE.search(texts[row]):
                break
            rows.add(row)
    return rows


def row_spans(text: str) -> Iterator[shapes.Candidate]:
    """The groups one row of a field names, each a candidate of `FIELD_ROW`."""
    start = _BULLET_RE.match(text)
    begin = start.end() if start else 0
    if _NOTE_RE.match(text, begin):
        return
    row = text.rstrip().rstrip(";")  # a copied table's cells end in `;`
    bracket = _BRACKET_END_RE.search(row, begin)
    end = bracket.start() if bracket else len(row)
    found = [span for span in shapes.slot(text, begin, end) if span]
    aged = bool(bracket and _AGE_NOTE_RE.search(bracket.group("note")))
    if len(found) == 1 and " " not in text[begin:end].strip() and not aged:
        return
    for span in found:
        # `만 65세 이상 (일부 과정 만 60세 이상)`: the row's note belongs to its one group.
        whole = bracket is not None and len(found) == 1 and span[1] == end
        yield FIELD_ROW, (span[0], len(row) if whole else span[1])
