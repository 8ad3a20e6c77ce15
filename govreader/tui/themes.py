"""The bundled themes: Textual's five, with every colour govreader writes text in made readable.

Each text colour (muted, secondary, the fact kinds, the badges, warnings, the cursor row, the
footer keys) starts from the theme's own hue and is lightened on a dark theme, darkened on a
light one, just until it has a contrast of at least 4.5:1 (WCAG AA) against every background
it is drawn on: the theme's background, surface and panel. `tests/test_tui_contrast.py` measures
the screens themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

THEMES = ("textual-dark", "textual-light", "nord", "gruvbox", "tokyo-night")
WHITE = Color(255, 255, 255)
BLACK = Color(0, 0, 0)
TARGET = 4.7
"""A little above AA's 4.5, so rounding in the terminal's colours cannot take it below."""

FACT_HUES = {
    "award": ("#f0c000", "#8a6500"),
    "program": ("#56b6f0", "#0059a8"),
    "target": ("#6fd56f", "#1d7a1d"),
    "audience": ("#e08cf0", "#8b2aa0"),
    "amount": ("#ff8c5a", "#b23c00"),
    "quote": ("#5fd7c8", "#00756a"),
}
"""Each fact kind's hue (on dark themes, on light ones), adjusted per theme like the rest."""


_LINEAR = tuple(
    c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    for c in (v / 255 for v in range(256))
)
"""Each channel value (0-255) as linear light, for WCAG's relative luminance: worked out once,
not at each of the few hundred contrasts the reader's theme needs as it starts."""


def _luminance(color: Color) -> float:
    return 0.2126 * _LINEAR[color.r] + 0.7152 * _LINEAR[color.g] + 0.0722 * _LINEAR[color.b]


def _ratio(first: float, second: float) -> float:
    """The contrast of two luminances."""
    high, low = (first, second) if first >= second else (second, first)
    return (high + 0.05) / (low + 0.05)


def contrast(first: Color, second: Color) -> float:
    return _ratio(_luminance(first), _luminance(second))


def _least(move: Callable[[float], Color], reads: Callable[[Color], bool]) -> Color | None:
    """The smallest move (in 1/64 steps, by bisection: contrast grows with the move) that reads."""
    if reads(move(0)):
        return move(0)
    if not reads(move(1)):
        return None
    low, high = 0, 64
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if reads(move(middle / 64)) else (middle, high)
    return move(high / 64)


def readable(color: Color, *backgrounds: Color) -> Color:
    """`color` moved away from the backgrounds' lightness just enough to read on each of them."""
    grounds = [_luminance(b) for b in backgrounds]
    dark = sum(grounds) / len(grounds) < 0.18

    def reads(candidate: Color) -> bool:
        luminance = _luminance(candidate)
        return all(_ratio(luminance, ground) >= TARGET for ground in grounds)

    found = _least(color.lighten if dark else color.darken, reads)
    return found or (WHITE if dark else BLACK)


def _cursor(background: Color, foreground: Color, dark: bool) -> tuple[Color, Color]:
    """A cursor row's background and text: the theme's own colour if its text (the theme's,
    white or black, whichever reads best) reads on it; else, on a dark theme, that colour
    darkened until white reads on it (on a light one, lightened until black does)."""
    best = max((foreground, WHITE, BLACK), key=lambda c: contrast(c, background))
    if contrast(best, background) >= TARGET:
        return background, best
    darker = (_least(background.darken, lambda c: contrast(WHITE, c) >= TARGET), WHITE)
    lighter = (_least(background.lighten, lambda c: contrast(BLACK, c) >= TARGET), BLACK)
    for shade, text in (darker, lighter) if dark else (lighter, darker):
        if shade is not None:
            return shade, text
    return BLACK, WHITE


def _colour(value: str | None, fallback: str) -> Color:
    try:
        return Color.parse(value or fallback)
    except Exception:
        return Color.parse(fallback)


@cache
def _colour_system(name: str) -> dict[str, str]:
    """Textual's colours for bundled theme `name`, generated once (about 1 M instructions)."""
    return BUILTIN_THEMES[name].to_color_system().generate()


@cache
def readable_variables(name: str) -> dict[str, str]:
    """The variables that make theme `name` readable (see the module's docstring)."""
    theme = BUILTIN_THEMES[name]
    system = _colour_system(name)
    background = _colour(system.get("background"), "#121212")
    surface = _colour(system.get("surface"), "#1e1e1e")
    panel = _colour(system.get("panel"), "#242f38")
    foreground = _colour(system.get("foreground"), "#e0e0e0")
    grounds = (background, surface, panel)
    dark = theme.dark

    def on_all(value: str | None, fallback: str) -> str:
        return readable(_colour(value, fallback), *grounds).hex

    muted = readable(foreground.blend(surface, 0.35), *grounds).hex
    primary = _colour(system.get("primary"), "#0178d4")
    cursor, cursor_text = _cursor(primary, foreground, dark)
    blurred, blurred_text = _cursor(primary.blend(surface, 0.55), foreground, dark)
    warning = _colour(system.get("warning"), "#fea62b")
    match, match_text = _cursor(warning, foreground, dark)
    variables = {
        "foreground": readable(foreground, *grounds).hex,
        "text-muted": muted,
        "text-disabled": muted,
        "text-secondary": on_all(system.get("text-secondary"), "#5684a5"),
        "text-primary": on_all(system.get("text-primary"), "#57a5e2"),
        "text-accent": on_all(system.get("text-accent"), "#ffc473"),
        "text-warning": on_all(system.get("text-warning"), "#ffc473"),
        "text-error": on_all(system.get("text-error"), "#d17e92"),
        "text-success": on_all(system.get("text-success"), "#4ebf71"),
        "footer-key-foreground": on_all(system.get("footer-key-foreground"), "#ffa62b"),
        "footer-description-foreground": readable(foreground, *grounds).hex,
        "block-cursor-background": cursor.hex,
        "block-cursor-foreground": cursor_text.hex,
        "block-cursor-text-style": "bold",
        "block-cursor-blurred-background": blurred.hex,
        "block-cursor-blurred-foreground": blurred_text.hex,
        "block-cursor-blurred-text-style": "none",
        "match-background": match.hex,
        "match-foreground": match_text.hex,
        "badge-award": on_all("#e5b800" if dark else "#8a6500", "#e5b800"),
    }
    for kind, (on_dark, on_light) in FACT_HUES.items():
        variables[f"fact-{kind}"] = on_all(on_dark if dark else on_light, on_dark)
    return variables


@cache
def readable_theme(name: str) -> Theme:
    """Bundled theme `name`, readable."""
    theme = BUILTIN_THEMES[name]
    return replace(theme, variables={**theme.variables, **readable_variables(name)})


def css_variables(name: str) -> dict[str, str]:
    """What `App.get_css_variables` makes of bundled theme `name` made readable, without
    generating its colour system a second time: the readable variables replace whole entries
    of that system, and no other entry is worked out from them."""
    return {**_colour_system(name), **readable_theme(name).variables}
