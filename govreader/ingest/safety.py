"""Terminal safety: decoded page text never carries control codes that could drive a terminal.

Every decoded text passes through `terminal_safe` once, so no later layer has to think about
escape sequences, NULs or bidi overrides hidden in a page. Bidi marks (U+200E, U+200F, U+061C)
stay: they reorder nothing beyond the spaces and punctuation beside them (`plain_output.safe`).

The Hangul filler (U+3164), which Korean sites use as an invisible blank, becomes a space: the
terminal draws it two cells wide and Rich counts none, so each one left in a title or a site
name moved the borders drawn after it. So does its halfwidth form (U+FFA0: one cell, none).
Other characters drawn wider or narrower than Rich counts them are dropped (`cell_widths`), but
the circled numbers on black squares (`㉈`), which are spelled as their numbers.

Decomposed Hangul (NFD jamo) is composed here too (`hangul_forms`): this is the one pass every
decoded text and every cleaned field goes through, so facts, search and display all see
syllables.
"""

from __future__ import annotations

import re

from govreader.cell_widths import CIRCLED_RE, SPELLED_OUT, one_of
from govreader.hangul_forms import composed_hangul

# String sequences (OSC, DCS...) end at their terminator, or, left open in a cut-off page, at the
# line's end or after 1,024 characters: an open one must not swallow the article after it.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b\][^\x07\x1b\n]{0,1024}(?:\x07|\x1b\\)?"  # OSC, ended by BEL or ST
    r"|\x1b[PX^_][^\x1b\n]{0,1024}(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|\x9d[^\x07\x9c\n]{0,1024}[\x07\x9c]?"  # 8-bit OSC
    r"|\x1b[ -~]?"  # any other escape and its one final byte
)

_UNSAFE = one_of("\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff")
_NEWLINES = frozenset("\x0b\x0c\r\u2028\u2029")


def _replace(match: re.Match[str]) -> str:
    return "\n" if match.group() in _NEWLINES else ""


def terminal_safe(text: str) -> str:
    """`text` with \\r\\n as \\n, without C0/C1 controls (but \\n, \\t), escapes, bidi overrides,
    with a space for each Hangul filler (U+3164, U+FFA0), without what a terminal draws wider or
    narrower than Rich counts it (`cell_widths`), and with decomposed Hangul composed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        text = _ESCAPES.sub("", text)
    if "\u3164" in text or "\uffa0" in text:
        text = text.replace("\u3164", " ").replace("\uffa0", " ")
    if CIRCLED_RE.search(text):
        text = text.translate(SPELLED_OUT)
    return composed_hangul(_UNSAFE.sub(_replace, text))
