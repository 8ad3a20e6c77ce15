"""What the list pane and the reader share in drawing through the Line API: the widget's style
worked out once a frame, and the drawn lines cached until what they were drawn with changes.

A mixin, not a base class: it has no bindings, actions or messages, so each widget's keys stay
its own (a shared base class once took the `G` key from one of them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.widget import Widget

    _Widget = Widget
else:
    _Widget = object


class FrameLines(_Widget):
    """Mixed in before `ScrollView`; the widget keeps `_strips` (its drawn lines by index)."""

    _strips: dict[int, Strip]
    _frame_style: Style | None = None  # the widget's style while a frame is drawn
    _drawn_with: tuple[object, ...] = ()  # what the cached lines were drawn with

    def render_lines(self, crop: Region) -> list[Strip]:
        """A frame's lines share the widget's style: worked out once a frame, not once a line
        (a walk up the DOM, a third of drawing a line)."""
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None

    def line_base(self, *drawn_with: object) -> Style:
        """The style under a line, from the frame when one is drawn; the cached lines are
        dropped when the style or anything else in `drawn_with` (the theme, the symbols)
        differs from what they were drawn with."""
        base = self.rich_style if self._frame_style is None else self._frame_style
        key = (base, *drawn_with)
        if key != self._drawn_with:
            self._strips.clear()
            self._drawn_with = key
        return base
