"""Characters whose width Rich (which lays out every screen and aligned line) counts otherwise
than terminals draw them: page text drops them at import (`ingest.safety`) and file names show
them as escapes (`export.printable`), so a title full of them cannot push a pane's border or a
column out of line.

Measured against glibc's wcwidth, which tmux, VTE and xterm draw by: a zero-width joiner makes Rich
count the character after it as none (a title of 100 syllables joined so counts 2 cells, where a
terminal draws 200); the Hangul tone marks and skin-tone modifiers count none and are drawn two
cells wide; a variation selector makes `▶` two cells for Rich and one for most terminals; the
spacing vowel signs of Indic and Southeast Asian scripts (Devanagari `ि`, Tamil `ா`, Myanmar `ာ`:
Unicode's Mc) count none and are drawn one cell each, since a terminal does not shape them; the
trigrams, digrams and tetragrams (`☰`, `⚊`, `𝌀`) and counting rods count two and are drawn one.
Without them each character is drawn as wide as it is counted: an emoji sequence shows as its
parts, and a word of those scripts without its vowel signs.

The circled numbers on black squares (U+3248-U+324F, `㉈`) count one and are drawn two: they are
spelled as their numbers (`10`) instead (`SPELLED_OUT`), as two digits count and draw.
"""

from __future__ import annotations

import re

_SPACING_MARKS_BMP = (
    "\u0903\u093b\u093e-\u0940\u0949-\u094c\u094e\u094f\u0982\u0983\u09be-\u09c0\u09c7"
    "\u09c8\u09cb\u09cc\u09d7\u0a03\u0a3e-\u0a40\u0a83\u0abe-\u0ac0\u0ac9\u0acb\u0acc\u0b02"
    "\u0b03\u0b3e\u0b40\u0b47\u0b48\u0b4b\u0b4c\u0b57\u0bbe\u0bbf\u0bc1\u0bc2\u0bc6-\u0bc8"
    "\u0bca-\u0bcc\u0bd7\u0c01-\u0c03\u0c41-\u0c44\u0c82\u0c83\u0cbe\u0cc0-\u0cc4\u0cc7"
    "\u0cc8\u0cca\u0ccb\u0cd5\u0cd6\u0d02\u0d03\u0d3e-\u0d40\u0d46-\u0d48\u0d4a-\u0d4c"
    "\u0d57\u0d82\u0d83\u0dcf-\u0dd1\u0dd8-\u0ddf\u0df2\u0df3\u0f3e\u0f3f\u0f7f\u102b\u102c"
    "\u1031\u1038\u103b\u103c\u1056\u1057\u1062-\u1064\u1067-\u106d\u1083\u1084"
    "\u1087-\u108c\u108f\u109a-\u109c\u1715\u1734\u17b6\u17be-\u17c5\u17c7\u17c8"
    "\u1923-\u1926\u1929-\u192b\u1930\u1931\u1933-\u1938\u1a19\u1a1a\u1a55\u1a57\u1a61"
    "\u1a63\u1a64\u1a6d-\u1a72\u1b04\u1b35\u1b3b\u1b3d-\u1b41\u1b43\u1b44\u1b82\u1ba1\u1ba6"
    "\u1ba7\u1baa\u1be7\u1bea-\u1bec\u1bee\u1bf2\u1bf3\u1c24-\u1c2b\u1c34\u1c35\u1ce1\u1cf7"
    "\ua823\ua824\ua827\ua880\ua881\ua8b4-\ua8c3\ua952\ua953\ua983\ua9b4\ua9b5\ua9ba\ua9bb"
    "\ua9be-\ua9c0\uaa2f\uaa30\uaa33\uaa34\uaa4d\uaa7b\uaa7d\uaaeb\uaaee\uaaef\uaaf5\uabe3"
    "\uabe4\uabe6\uabe7\uabe9\uabea\uabec"
)
_SPACING_MARKS_ASTRAL = (
    "\U00011000\U00011002\U00011082"
    "\U000110b0-\U000110b2\U000110b7\U000110b8\U0001112c\U00011145\U00011146\U00011182"
    "\U000111b3-\U000111b5\U000111bf\U000111c0\U000111ce\U0001122c-\U0001122e\U00011232"
    "\U00011233\U00011235\U000112e0-\U000112e2\U00011302\U00011303\U0001133e\U0001133f"
    "\U00011341-\U00011344\U00011347\U00011348\U0001134b-\U0001134d\U00011357\U00011362"
    "\U00011363\U00011435-\U00011437\U00011440\U00011441\U00011445\U000114b0-\U000114b2"
    "\U000114b9\U000114bb-\U000114be\U000114c1\U000115af-\U000115b1\U000115b8-\U000115bb"
    "\U000115be\U00011630-\U00011632\U0001163b\U0001163c\U0001163e\U000116ac\U000116ae"
    "\U000116af\U000116b6\U00011720\U00011721\U00011726\U0001182c-\U0001182e\U00011838"
    "\U00011930-\U00011935\U00011937\U00011938\U0001193d\U00011940\U00011942"
    "\U000119d1-\U000119d3\U000119dc-\U000119df\U000119e4\U00011a39\U00011a57\U00011a58"
    "\U00011a97\U00011c2f\U00011c3e\U00011ca9\U00011cb1\U00011cb4\U00011d8a-\U00011d8e"
    "\U00011d93\U00011d94\U00011d96\U00011ef5\U00011ef6\U00016f51-\U00016f87\U0001d165"
    "\U0001d166\U0001d16d-\U0001d172"
)
"""Unicode's spacing combining marks (Mc, Unicode 14; those of the BMP, then the others), but
the four drawn two cells wide below."""

_CIRCLED = "\u3248-\u324f"  # the circled numbers on black squares, spelled out below
_BMP = "\u200d\u302e\u302f\ufe0e\ufe0f\u2630-\u2637\u268a-\u268f" + _CIRCLED + _SPACING_MARKS_BMP
_ASTRAL = (
    "\U00016ff0\U00016ff1\U0001f3fb-\U0001f3ff\U0001d300-\U0001d356\U0001d360-\U0001d376"
    + _SPACING_MARKS_ASTRAL
)
MISCOUNTED = _BMP + _ASTRAL
"""The inside of a character class of every character above."""


def one_of(others: str) -> re.Pattern[str]:
    """A pattern of one character: one of `others` (the inside of a character class) or one
    above. The long list beyond the BMP is tried only for a character beyond it: `re` reads a
    class holding both as ranges tried in turn, 17 times slower over a page than a class of the
    BMP alone, which it reads from a table."""
    return re.compile(f"[{others}{_BMP}]|(?=[\U00010000-\U0010ffff])[{_ASTRAL}]")


SPELLED_OUT = {0x3248 + tens: str(10 * (tens + 1)) for tens in range(8)}
"""`str.translate` table: each circled number on a black square (ten to eighty) as its number."""
CIRCLED_RE = re.compile(f"[{_CIRCLED}]")
"""One of the characters `SPELLED_OUT` spells: is there any to spell?"""
