"""The reader draws a line's marks (fact kinds, the current fact, find matches) straight into
segments: the same pieces in the same styles as Rich's `Text.stylize` then `Text.render`."""

from __future__ import annotations

import random

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from govreader.tui.widgets.reader import _segments

STYLES = [
    Style(color="red"),
    Style(bold=True),
    Style(bgcolor="blue", color="yellow"),
    Style(underline=True, color="green"),
    Style(),
]


def _by_rich(line: str, marks: list[tuple[int, int, Style]]) -> list[Segment]:
    text = Text(line, no_wrap=True, end="")
    for start, end, style in marks:
        text.stylize(style, start, end)
    return list(text.render(Console()))


def _same(ours: list[Segment], rich: list[Segment]) -> bool:
    """The same text in the same styles, cell for cell (how it is cut may differ)."""

    def pieces(segments: list[Segment]) -> list[tuple[str, Style]]:
        kept = [Segment(s.text, s.style or Style.null()) for s in segments if s.text]
        return [(s.text, s.style or Style.null()) for s in Segment.simplify(kept)]

    return pieces(ours) == pieces(rich)


def test_overlapping_marks_combine_in_order_as_rich_would() -> None:
    line = "가나구청은 청년 100명에게 3천만원을 지원한다"
    marks = [(0, 4, STYLES[0]), (2, 9, STYLES[1]), (6, 9, STYLES[2]), (9, 12, STYLES[3])]
    assert _same(_segments(line, marks), _by_rich(line, marks))
    assert _segments(line, [])[0].text == line


def test_random_marks_match_rich() -> None:
    chooser = random.Random(14)
    for _ in range(500):
        line = "".join(chooser.choice("가나다 ab·1") for _ in range(chooser.randint(0, 30)))
        marks = []
        for _ in range(chooser.randint(0, 5)):
            start = chooser.randint(0, len(line))
            end = chooser.randint(start, len(line))
            if end > start:
                marks.append((start, end, chooser.choice(STYLES)))
        assert _same(_segments(line, marks), _by_rich(line, marks)), (line, marks)
