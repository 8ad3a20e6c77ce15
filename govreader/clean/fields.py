"""A notice's fields: the article of a page that holds no story.

Service guides and programme pages of government sites state their facts as labelled rows
(`지원 대상` over `만 65세 이상 기초연금 수급자`, `신청 방법` over `읍·면사무소 방문`) or as a
table under a header row (`구분 | 신청 기준 | 내용`), one short cell a line. Short lines score as
menus do, so such a page kept one long line and lost who may apply; when no story is found, the
labelled rows are its article.
"""

from __future__ import annotations

import re

from govreader.field_labels import COLUMN_WORDS, LABEL_ENDINGS, OUTLINE_MARK

FIELD_LABEL = re.compile(
    r"(?:[가-힣][가-힣 ]{0,12})?"
    rf"(?:대상자?|{LABEL_ENDINGS})"
)
"""A field's label alone on its line: a short noun phrase ending in what notices label."""
MAX_GAP = 1
"""Stray rows (a total, a contact) a block of fields may hold between one field and the next."""
_WORD = re.compile(r"\w")
_HEADER_WORD = re.compile(COLUMN_WORDS)
_MARK = re.compile(OUTLINE_MARK)
MIN_LABELS = 3
"""Labelled rows a page needs before its rows count as fields and not as a menu."""
MAX_VALUE_ROWS = 20
"""How far a field's value (or a table's rows) may run under its label before it ends."""


def is_field_label(line: str) -> bool:
    """A field's label (지원 대상, 신청 방법) or a table's header row."""
    compact = line.replace(" ", "")
    return (len(compact) <= 10 and bool(FIELD_LABEL.fullmatch(line))) or is_table_header(line)


def labels_over_rows(lines: list[str], scores: list[float]) -> set[int]:
    """The labels, perhaps marked as an outline's items (`○ 지원대상`, `1. 신청자격`), that stand
    right above a row of the article (a line scored above zero). Alone, such a label scores as a
    menu's short line does, so a notice's first field lost its label and the reader lost who the
    rows under it name; a menu's label stands over another short line, not over a row."""
    found: set[int] = set()
    for i, line in enumerate(lines[:-1]):
        if scores[i] < 0 < scores[i + 1] and is_marked_label(line):
            found.add(i)
    return found


def is_marked_label(line: str) -> bool:
    """A field's label, perhaps after an outline's mark (`○ 지원대상`, `가. 신청자격`)."""
    mark = _MARK.match(line)
    return len(line) <= 20 and is_field_label(line[mark.end() :] if mark else line)


def is_marked_row(line: str) -> bool:
    """A notice's numbered field with its value (`1. 대 상 자 : 만 65세 이상`): a row of the
    notice, never its headline."""
    mark = _MARK.match(line)
    label, colon, _ = line[mark.end() :].partition(":") if mark else ("", "", "")
    return bool(colon) and is_field_label(label.replace(" ", ""))


def is_table_header(line: str) -> bool:
    """A table's header row naming two or more of a notice's columns (사 업 구 분 | 신 청 기 준 |
    서비스 제공내용): it labels every row under it, as several labels would."""
    compact = line.replace(" ", "")
    return len(compact) <= 30 and len(set(_HEADER_WORD.findall(compact))) >= 2


def field_rows(lines: list[str], chrome: list[bool], around: tuple[int, int]) -> set[int]:
    """The labels and the value rows under them in the block of fields that holds or touches
    the span `around` (where the page's text was found: a menu of `… 현황` pages elsewhere on
    the page is no notice), when at least `MIN_LABELS` labels (or a table's header) there each
    hold a value. A value runs to the next label, a chrome line or `MAX_VALUE_ROWS` rows that
    say something (`-` between cells says nothing); `chrome` marks the page's own rows
    (contacts, menus known as such), which end a field."""
    fields: list[tuple[int, list[int]]] = []
    for label in (i for i, line in enumerate(lines) if is_field_label(line)):
        value: list[int] = []
        said = 0
        for i in range(label + 1, len(lines)):
            if chrome[i] or is_field_label(lines[i]) or said >= MAX_VALUE_ROWS:
                break
            value.append(i)
            said += bool(_WORD.search(lines[i]))
        if value:
            fields.append((label, value))
    block: list[tuple[int, list[int]]] = []
    for field in fields:
        if block and field[0] > block[-1][1][-1] + 1 + MAX_GAP:
            if _touches(block, around):
                break
            block = []
        block.append(field)
    held = sum(MIN_LABELS if is_table_header(lines[label]) else 1 for label, _ in block)
    if held < MIN_LABELS or not _touches(block, around):
        return set()
    return {row for label, value in block for row in (label, *value)}


def _touches(block: list[tuple[int, list[int]]], around: tuple[int, int]) -> bool:
    """Whether a block of fields holds or borders the span [start, end)."""
    start, end = around
    return bool(block) and block[0][0] <= end and block[-1][1][-1] >= start - 1
