"""The symbols the reader draws around the articles: list badges, ellipses, separators, borders.

Many of them (● ★ … · ─ │) have ambiguous East Asian width: a terminal set to draw those double,
a common Korean setting, pushes everything after them one cell to the right. The `ascii`
setting swaps each for a plain ASCII one. The articles' own words are shown as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class Symbols(NamedTuple):
    """A named tuple, not a dataclass: made as the reader starts, where a frozen dataclass
    would compile its generated methods (about 1 ms before the first frame)."""

    award: str
    unread: str
    bookmark: str
    ellipsis: str
    bullet: str
    enter: str
    plain_table: Mapping[int, str] = MappingProxyType({})
    """Our own wording's symbols, swapped in status lines, key bars and the facts pane."""

    def plain(self, text: str) -> str:
        return text.translate(self.plain_table) if self.plain_table else text


UNICODE = Symbols(award="★", unread="●", bookmark="⚑", ellipsis="…", bullet="●", enter="⏎")
ASCII = Symbols(
    award="*",
    unread="N",
    bookmark="!",
    ellipsis="~",
    bullet="*",
    enter="enter",
    plain_table=str.maketrans(
        {
            **{"·": "|", "…": "...", "–": "-", "—": "-", "⏎": "enter"},
            **{"“": '"', "”": '"', "‘": "'", "’": "'"},
        }
    ),
)


def symbols_for(name: str) -> Symbols:
    return ASCII if name == "ascii" else UNICODE
