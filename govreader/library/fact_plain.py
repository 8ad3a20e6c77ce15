"""Which rows of the facts table SQLite may print itself (`table_sql`), and the cells their
values take in a terminal: worked out by SQLite whenever a row is written (generated columns of
`fact_rows`, schema 7; a filtered table works them out as it merges its rows), so no edit of a
row, by govreader or by hand, can leave them stale.

A row is plain (`PLAIN_ROW`, 1) when every cell is written as SQLite holds it in CSV and JSON:
texts of printable ASCII (but `"`, `,`, `\\`, `]`) and Hangul syllables, not starting a
spreadsheet formula, with single spaces inside; whole numbers, or floats Python prints as SQLite
does. It is plain for aligned text too (2) when its numbers are whole (a rate may have decimals
below 1,000%, which need no thousands separator): the table shows decimals with separators.
"""

from __future__ import annotations

_PLAIN_CHARACTERS = "*[^ -!#-+.-[^-~가-힣-]*"
"""A GLOB matching a text with a character other than printable ASCII (but `"`, `,`, `\\`, `]`)
and Hangul syllables: the text's width in a terminal is then not its characters and syllables,
or a CSV or JSON writer would quote or escape it."""


def _plain_text(name: str, parts: str = "") -> str:
    """Whether the text column `name` is NULL or written as it is stored in every format: in
    `_PLAIN_CHARACTERS` (and `parts`, the separator of its parts), not starting a spreadsheet
    formula, with single spaces inside its parts only (as the table's cells show texts)."""
    inside = [f"*{parts}", f"* {parts}*", f"*{parts} *"] if parts else []
    starts = [f"{name} NOT GLOB '{s}[-=+@]*'" for s in ("", *inside[:1])]
    spaces = [f"{name} NOT GLOB '{p}'" for p in (" *", "* ", *inside[1:])]
    allowed = _PLAIN_CHARACTERS.replace("-]*", f"{parts}-]*")
    checks = [f"{name} NOT GLOB '{allowed}'", *starts, *spaces, f"instr({name}, '  ') = 0"]
    return f"({name} IS NULL OR (typeof({name}) = 'text' AND {' AND '.join(checks)}))"


def _plain_number(name: str, whole: bool = False) -> str:
    """Whether the number `name` is NULL, a whole number, or (unless `whole`) a float whose
    shortest form Python prints is SQLite's 15 digits, without an exponent in either."""
    floats = (
        f" OR (typeof({name}) = 'real' AND abs({name}) >= 1e-4 AND abs({name}) < 1e15"
        f" AND CAST(printf('%!.15g', {name}) AS REAL) = {name})"
    )
    return f"(typeof({name}) IN ('integer', 'null'){'' if whole else floats})"


def plain_cells(text: str) -> int:
    """The cells `text_cells` counts, worked out in Python for a text in hand (a header, a
    row's sources as shown)."""
    return len(text) + (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 2


def text_cells(name: str) -> str:
    """The cells a text of printable ASCII and Hangul syllables takes in a terminal: one a
    character, two a syllable (three bytes of UTF-8 for one character); an SQL expression of
    `name`, for the stored widths here and for the widths `table_sql` works out as it writes."""
    return f"length({name}) + (length(CAST({name} AS BLOB)) - length({name})) / 2"


TEXT_FIELDS = ("name", "prize", "category", "organizer", "recipient", "label", "unit", "words")
_PLAIN = " AND ".join(
    [
        *(_plain_text(name) for name in TEXT_FIELDS),
        _plain_text("sources", "\x1f"),
        *(_plain_text(f"substr({name}, 1, 10)") for name in ("first", "last")),
        *(_plain_number(name) for name in ("goal", "result", "value")),
        *(_plain_number(name, whole=True) for name in ("year", "age_min", "age_max")),
        "(rate IS NULL OR abs(rate) < 1e15)",
    ]
)
_WHOLE = " AND ".join(
    [
        *(_plain_number(name, whole=True) for name in ("goal", "result", "value")),
        "(rate IS NULL OR rate = CAST(rate AS INTEGER) OR abs(rate) < 1000)",
    ]
)
PLAIN_ROW = f"CASE WHEN {_PLAIN} THEN 1 + ({_WHOLE}) ELSE 0 END"
"""How plain a row is (`plain` of `fact_rows`): 0, 1 for CSV and JSON, 2 for aligned text too."""

CSV_PLAIN = 1
TEXT_PLAIN = 2

_WHOLE_CELLS = "CASE WHEN typeof({v}) = 'integer' THEN length(printf('%,d', {v})) END"
ROW_CELLS = {
    **{f"{name}_cells": text_cells(name) for name in TEXT_FIELDS},
    "sources_cells": f"CASE WHEN instr(sources, '\x1f') = 0 THEN {text_cells('sources')} END",
    **{f"{name}_cells": _WHOLE_CELLS.format(v=name) for name in ("goal", "result")},
    "rate_cells": "CASE WHEN rate IS NULL THEN NULL WHEN rate = CAST(rate AS INTEGER)"
    " THEN length(printf('%,d%%', rate)) ELSE length(printf('%s%%', rate)) END",
}
"""The cells each value of a plain row takes as aligned text shows it (a text; one source: several
are shown sorted; a whole goal or result, with thousands separators; a rate with `%`)."""
