"""Word wrap by terminal cells that remembers where each line starts in the source string.

The reading pane has to turn a fact's character offset into the screen line that shows it, so it
wraps text itself rather than letting Rich do it: every line is a `(start, end)` slice of the
source. Korean syllables are two cells wide; lines break between words, and a word wider than the
line is folded between characters, so no syllable is ever split.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from rich.cells import cell_len, get_character_cell_size, set_cell_size

_TOKEN = re.compile(r"[^ \t]+[ \t]*|[ \t]+")


def _fold(text: str, start: int, end: int, width: int) -> Iterator[int]:
    """Offsets (after `start`) where a too-long word must break to fit `width` cells."""
    used = 0
    for index in range(start, end):
        size = get_character_cell_size(text[index])
        if used + size > width and used:
            yield index
            used = 0
        used += size


def wrap_line(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Wrap `text[start:end]` (no newlines) into slices of at most `width` cells of content.

    Trailing spaces stay on the line they follow (they are cropped when drawn), so the slices
    cover the source without gaps and each character belongs to exactly one line.
    """
    width = max(width, 2)
    if start == end:
        return [(start, end)]
    breaks: list[int] = []
    used = 0
    for match in _TOKEN.finditer(text, start, end):
        token_start, token_end = match.span()
        word = match.group().rstrip(" \t")
        word_cells = cell_len(word)
        if used and used + word_cells > width:
            breaks.append(token_start)
            used = 0
        if word_cells > width:
            folds = list(_fold(text, token_start, token_start + len(word), width))
            breaks.extend(folds)
            tail = text[folds[-1] if folds else token_start : token_end]
            used = cell_len(tail)
        else:
            used += cell_len(match.group())
    edges = [start, *breaks, end]
    return list(pairwise(edges))


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Every screen line of `text` wrapped to `width` cells, as `(start, end)` offsets.

    Hard line breaks are kept (an empty source line is an empty screen line); the newline
    itself belongs to no line.
    """
    lines: list[tuple[int, int]] = []
    position = 0
    for part in text.split("\n"):
        lines.extend(wrap_line(text, position, position + len(part), width))
        position += len(part) + 1
    return lines


def fit(text: str, cells: int, ellipsis: str = "…") -> str:
    """`text` padded or cut to exactly `cells` cells, with an ellipsis (one cell) when cut.

    Cutting never splits a double-width syllable: the ellipsis follows the last whole one and
    any cell left over is padding at the end.
    """
    if cells <= 0:
        return ""
    if "\u200d" in text or "\ufe0f" in text:  # joined emoji: the width is not the sum
        return _fit_graphemes(text, cells, ellipsis)
    # One pass, each character measured once (a list's first frame fits some 70 titles and
    # sources): where an ellipsis would go, and whether the whole text fits after all.
    used = cut = before_cut = 0
    for index, character in enumerate(text):
        size = get_character_cell_size(character)
        if used + size > cells:
            break
        used += size
        if used <= cells - 1:
            cut, before_cut = index + 1, used
    else:
        return text + " " * (cells - used)
    # A cut just after the text's own ellipsis (`…공시…`) gets one ellipsis, not two.
    kept = text[:cut].rstrip(" .…")  # each of those one cell wide
    width = before_cut - (cut - len(kept)) + cell_len(ellipsis)
    return (
        kept + ellipsis + " " * (cells - width)
        if width <= cells
        else set_cell_size(kept + ellipsis, cells)
    )


def _fit_graphemes(text: str, cells: int, ellipsis: str) -> str:
    """`fit` for text with zero-width joiners or emoji selectors, measured as Rich does."""
    if cell_len(text) <= cells:
        return set_cell_size(text, cells)
    used = end = 0
    while end < len(text) and used + get_character_cell_size(text[end]) <= cells - 1:
        used += get_character_cell_size(text[end])
        end += 1
    return set_cell_size(text[:end].rstrip(" .…") + ellipsis, cells)


def fit_middle(text: str, cells: int, ellipsis: str = "…") -> str:
    """`text` in at most `cells` cells, cut in the middle when too long: a message's start says
    what happened and its end names the file or the reason, so both are kept. Each side is cut
    between words when a space is a few characters away (`11 sample articles…govreader PATH...`,
    not `importe…r PATH...`)."""
    if cell_len(text) <= cells:
        return text
    if cells <= 1:
        return fit(text, cells, ellipsis).rstrip()
    tail_cells = (cells - 1) // 2
    used = start = 0
    for start in range(len(text), 0, -1):  # the longest tail of whole characters that fits
        width = get_character_cell_size(text[start - 1])
        if used + width > tail_cells:
            break
        used += width
    else:
        start = 0
    slack = max(tail_cells // 3, 1)  # characters a cut may move to fall between words
    start = _word_start(text, start, slack, cells)
    used = cell_len(text[start:])
    head = fit(text[:start], cells - used, ellipsis).rstrip()
    if head.endswith(ellipsis) and head != ellipsis:
        kept = head[: -len(ellipsis)]
        space = kept.rfind(" ", max(len(kept) - slack - 1, 0))
        if text[len(kept)] not in " .…" and space > 0:  # the cut is inside a word
            kept = kept[:space]
        head = (kept.rstrip(" ·|") or kept) + ellipsis  # no separator left hanging
    return head + text[start:].lstrip(" …" + ellipsis)  # one ellipsis where it was cut


def _word_start(text: str, start: int, slack: int, cells: int) -> int:
    """Where the kept tail starts: moved back to the start of the word it cuts when that still
    leaves the head a few cells, else on to the next word, else where it was."""
    if start in (0, len(text)) or text[start - 1] == " " or text[start] == " ":
        return start
    back = text.rfind(" ", max(start - slack - 1, 0), start)
    if back >= 0 and cell_len(text[back + 1 :]) <= cells - 4:
        return back + 1
    ahead = text.find(" ", start, start + slack)
    return ahead + 1 if ahead >= 0 else start
