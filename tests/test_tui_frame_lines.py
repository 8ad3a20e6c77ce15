"""The list pane and the reader share `FrameLines` (style once a frame, lines cached until what
they were drawn with changes) as a mixin that leaves each widget's keys its own."""

from __future__ import annotations

import asyncio

from rich.style import Style
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.dom import DOMNode
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from govreader.tui.widgets.article_list import ArticleList
from govreader.tui.widgets.frame_lines import FrameLines
from govreader.tui.widgets.reader import Reader


class _Counted(FrameLines, ScrollView):
    def __init__(self) -> None:
        super().__init__()
        self._strips: dict[int, Strip] = {}
        self.looked_up = 0

    @property
    def rich_style(self) -> Style:
        self.looked_up += 1
        return super().rich_style

    def render_line(self, y: int) -> Strip:
        base = self.line_base("theme")
        return self._strips.setdefault(y, Strip.blank(self.size.width, base))


class _Host(App[None]):
    def compose(self) -> ComposeResult:
        yield _Counted()


def test_a_frame_looks_its_style_up_once_and_lines_are_kept_until_it_changes() -> None:
    async def run() -> None:
        app = _Host()
        async with app.run_test(size=(40, 12)) as pilot:
            await pilot.pause()
            widget = app.query_one(_Counted)
            widget.virtual_size = Size(40, 100)
            widget.looked_up = 0
            lines = widget.render_lines(Region(0, 0, 40, 10))
            assert len(lines) == 10 and widget.looked_up == 1
            assert widget._frame_style is None  # only while a frame is drawn
            kept = dict(widget._strips)
            assert widget.line_base("theme") == widget._drawn_with[0] and widget._strips == kept
            widget.line_base("another theme")
            assert widget._strips == {}

    asyncio.run(run())


def test_the_mixin_brings_no_keys_and_leaves_the_widgets_own() -> None:
    assert not issubclass(FrameLines, DOMNode) and "BINDINGS" not in vars(FrameLines)
    for widget in (ArticleList, Reader):
        assert widget.__mro__[1:3] == (FrameLines, ScrollView)
        own = {
            key: binding.action
            for binding in widget.BINDINGS
            if isinstance(binding, Binding)
            for key in binding.key.split(",")
        }
        assert {"G", "g", "j", "k"} <= own.keys()
        merged = widget._merge_bindings().key_to_bindings
        assert {key: merged[key][-1].action for key in own} == own
