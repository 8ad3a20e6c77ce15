"""Every text the reader draws is readable in every bundled theme: WCAG AA, a contrast of at
least 4.5:1 between each character's colour and the colour behind it.

The screen is driven through the states users see (list and reader focused, a marked fact, find
matches, the facts pane, the prompt, messages, the help, the choosers, the question before a
removal, the facts view's tables) at a wide and a narrow size; every segment of text on screen
is measured as the terminal will show it (reverse swaps the colours, dim blends the text halfway
to its background).
Inside a modal only the modal's own box is measured: what is behind it is dimmed on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.color import Color
from rich.segment import Segment
from textual.geometry import Region
from textual.screen import ModalScreen

from govreader.library import Library
from govreader.tui.app import GovReaderApp
from govreader.tui.themes import THEMES
from tests import test_tui
from tests.test_tui import synchronously

pages = test_tui.pages
fake_reading = test_tui.fake_reading
library = test_tui.library
pytestmark = pytest.mark.slow  # every screen in every theme at two sizes: a minute or two

AA = 4.5
GRAPHICS = set(" ─│╭╮╰╯┌┐└┘├┤┬┴┼━┃┏┓┗┛═║╔╗╚╝▁▂▃▄▅▆▇█▔▏▕▌▐▊▎▍▋▉+-|")
"""Border and bar characters: lines drawn, not text read."""


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _rgb(color: Color | None, app: GovReaderApp) -> tuple[int, int, int] | None:
    if color is None or color.is_default:
        return None
    triplet = color.get_truecolor(app.ansi_theme, foreground=True)
    return (triplet.red, triplet.green, triplet.blue)


def shown_colours(
    segment: Segment, app: GovReaderApp
) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """(text, background) of a segment as the terminal shows it; None if it holds no text."""
    style = segment.style
    if style is None or not segment.text.strip() or set(segment.text) <= GRAPHICS:
        return None
    fg, bg = _rgb(style.color, app), _rgb(style.bgcolor, app)
    assert fg is not None and bg is not None, f"{segment.text!r} has no colour of its own"
    if style.reverse:
        fg, bg = bg, fg
    if style.dim:
        fg = tuple((f + b) // 2 for f, b in zip(fg, bg, strict=True))  # type: ignore[assignment]
    return fg, bg


def low_contrast(app: GovReaderApp, state: str) -> Iterator[str]:
    screen = app.screen
    region = screen.size.region
    if isinstance(screen, ModalScreen):
        region = screen.query_one("#help-box, #choice-box, #confirm-box").region
    for y, strip in enumerate(screen._compositor.render_strips()):
        if not region.contains_region(Region(region.x, y, 1, 1)):
            continue
        x = 0
        for segment in strip:
            width = segment.cell_length
            inside = region.x <= x and x + width <= region.right
            x += width
            colours = shown_colours(segment, app) if inside else None
            if colours is None:
                continue
            ratio = contrast(*colours)
            if ratio < AA:
                fg, bg = ("#{:02x}{:02x}{:02x}".format(*c) for c in colours)
                yield f"{state}: {segment.text.strip()!r} {fg} on {bg} = {ratio:.2f}"


async def _walk(app: GovReaderApp, size: tuple[int, int]) -> list[str]:
    found: list[str] = []

    def look(state: str) -> None:
        found.extend(low_contrast(app, f"{size[0]}x{size[1]} {state}"))

    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("down", "b", "up")
        look("list focused")
        await pilot.press("tab", "quotation_mark")
        await pilot.pause()
        look("reader focused, a fact marked, the list blurred")
        await pilot.press("slash", *"청년", "enter")
        await pilot.pause()
        look("find matches")
        await pilot.press("f")
        await pilot.pause()
        look("facts pane")
        await pilot.press("escape", "slash", *"다라")
        await pilot.pause(0.4)
        look("prompt")
        await pilot.press("ctrl+u")
        await pilot.pause()
        look("prompt with its placeholder")
        await pilot.press("escape", "x")
        app.notify("A warning", severity="warning")
        await pilot.pause()
        look("warning")
        app.notify("An error", severity="error")
        await pilot.pause()
        look("error")
        await pilot.press("question_mark")
        await pilot.pause()
        look("help")
        await pilot.press("escape", "F")
        await pilot.pause()
        look("kind chooser")
        await pilot.press("escape", "d")
        await pilot.pause()
        look("removal question")
        await pilot.press("n", "slash", *"없는낱말", "enter")
        await pilot.pause(0.4)
        look("empty list")
        await pilot.press("x", "v")
        await pilot.pause(0.5)
        look("facts view: awards")
        for key, kind in (("3", "targets"), ("5", "amounts")):
            await pilot.press(key)
            await pilot.pause(0.5)
            look(f"facts view: {kind}")
    return found


@pytest.mark.parametrize("theme", THEMES)
@synchronously
async def test_every_text_has_aa_contrast(library: Library, tmp_path: Path, theme: str) -> None:
    found: list[str] = []
    for size in ((120, 40), (80, 24)):
        app = GovReaderApp(library, export_dir=tmp_path)
        app.theme = theme
        found += await _walk(app, size)
    assert not found, "\n".join(dict.fromkeys(found))
