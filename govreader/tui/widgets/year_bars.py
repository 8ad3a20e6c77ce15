"""Bars per year beside the awards and amounts tables: how many awards, how much money.

One `Text` of a line per year, drawn with eighth-block characters so small differences still
show; a plain widget, since a dozen labelled bars need no plotting library.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from govreader.figures import korean_amount, number
from govreader.library.fact_columns import Year

EIGHTHS = " ▏▎▍▌▋▊▉"
NO_YEARS = "no years to show"
YEAR_CELLS = 6
"""A line's cells besides its bar and label: the year and the spaces after it and the bar."""
LEAST_BAR = 6
"""Fewer cells than this for the bars, and sums are labelled by their largest unit alone."""
SHARE = 0.28
MOST_CELLS = 36
"""The bars take this share of the screen's width, at most this many cells."""


def bars_cells(screen_width: int) -> int:
    """The cells the bars take on a screen this wide (their `width` and `max-width`)."""
    return min(round(screen_width * SHARE), MOST_CELLS)


def bar(value: float, largest: float, cells: int) -> str:
    """`value` as a bar of at most `cells` cells, in eighths of a cell."""
    if largest <= 0 or cells <= 0:
        return ""
    eighths = round(8 * cells * value / largest)
    if value > 0:
        eighths = max(eighths, 1)
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


def short_amount(value: float, compact: bool = False) -> str:
    """Money in 원 for a label beside a bar, rounded to 억 (`1조 2,297억`), or with `compact`
    to its largest unit alone (`1조`, `253억`) where bars are narrow."""
    unit = 10**8 if value >= 10**8 else 10**4 if value >= 10**4 else 1
    if compact:
        unit = 10**12 if value >= 10**12 else unit
    return korean_amount(round(value / unit) * unit)


def year_lines(years: Sequence[Year], money: bool, width: int, bar_style: Style | str = "") -> Text:
    """A line per year: the year, its bar, and its count (or sum of money)."""
    text = Text(no_wrap=True, overflow="crop")
    if not years:
        return text
    values = [year.amount if money else year.rows for year in years]
    labels = [short_amount(v) if money else number(v) for v in values]
    label_cells = max(cell_len(label) for label in labels)
    if money and width - YEAR_CELLS - label_cells < LEAST_BAR:  # no room to draw: shorter labels
        labels = [short_amount(v, compact=True) for v in values]
        label_cells = max(cell_len(label) for label in labels)
    cells = max(width - YEAR_CELLS - label_cells, 1)
    largest = max(values)
    for index, (year, value, label) in enumerate(zip(years, values, labels, strict=True)):
        if index:
            text.append("\n")
        text.append(f"{year.year} ", "bold")
        shown = bar(value, largest, cells)
        text.append(shown.ljust(cells), bar_style)
        text.append(" " + label)
    return text


class YearBars(Widget):
    """Counts (awards) or sums (amounts) per year; hidden for the other kinds."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"year-bars--bar", "year-bars--muted"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.styles.width = f"{SHARE:.0%}"
        self.styles.max_width = MOST_CELLS
        self.years: Sequence[Year] = ()
        self.money = False

    def show(self, years: Sequence[Year], *, money: bool) -> None:
        self.years, self.money = years, money
        self.border_title = "원 per year" if money else "per year"
        self.refresh()

    def render(self) -> Text:
        if not self.years:  # an empty box would look like bars still being drawn
            muted = self.get_component_rich_style("year-bars--muted", partial=True)
            return Text(NO_YEARS, muted)
        bar_style = self.get_component_rich_style("year-bars--bar", partial=True)
        return year_lines(self.years, self.money, self.content_size.width, bar_style)
