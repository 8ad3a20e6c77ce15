"""The style every line of a line-drawn widget starts from, worked out once a frame."""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class FrameStyled(Widget):
    """`base_style` is the widget's `rich_style`, computed once for all the lines of a frame:
    computing it walks up the DOM and cost a third of drawing a line of the list or the reader."""

    _frame_style: Style | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None

    @property
    def base_style(self) -> Style:
        """The widget's style (up to date outside a frame, as when a test draws one line)."""
        return self.rich_style if self._frame_style is None else self._frame_style
