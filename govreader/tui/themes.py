"""The bundled themes: Textual's five, with every colour govreader writes text in made readable.

Each text colour (muted, secondary, the fact kinds, the badges, warnings, the cursor row, the
footer keys) starts from the theme's own hue and is lightened on a dark theme, darkened on a
light one, just until it has a contrast of at least 4.5:1 (WCAG AA) against every background
it is drawn on: the theme's background, surface and panel. `tests/test_tui_contrast.py` measures
the screens themselves.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

THEMES = ("textual-dark", "textual-light", "nord", "gruvbox", "tokyo-night")
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


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(first: Color, second: Color) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(color: Color, *backgrounds: Color) -> Color:
    """`color` moved away from the backgrounds' lightness just enough to read on each of them."""
    dark = sum(_luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    for step in range(51):
        candidate = color.lighten(step / 50) if dark else color.darken(step / 50)
        if all(contrast(candidate, b) >= TARGET for b in backgrounds):
            return candidate
    return Color(255, 255, 255) if dark else Color(0, 0, 0)


def _cursor(background: Color, foreground: Color) -> tuple[Color, Color]:
    """A cursor row's background and text: the theme's own, the background darkened or
    lightened until black or white text reads on it."""
    for step in range(51):
        for shade in (background.darken(step / 50), background.lighten(step / 50)):
            text = max(
                (foreground, Color(255, 255, 255), Color(0, 0, 0)), key=lambda c: contrast(c, shade)
            )
            if contrast(text, shade) >= TARGET:
                return shade, text
    return Color(0, 0, 0), Color(255, 255, 255)


def _colour(value: str | None, fallback: str) -> Color:
    try:
        return Color.parse(value or fallback)
    except Exception:
        return Color.parse(fallback)


@cache
def readable_variables(name: str) -> dict[str, str]:
    """The variables that make theme `name` readable (see the module's docstring)."""
    theme = BUILTIN_THEMES[name]
    system = theme.to_color_system().generate()
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
    cursor, cursor_text = _cursor(primary, foreground)
    blurred, blurred_text = _cursor(primary.blend(surface, 0.55), foreground)
    warning = _colour(system.get("warning"), "#fea62b")
    match, match_text = _cursor(warning, foreground)
    variables = {
        "foreground": readable(foreground, *grounds).hex,
        "text": readable(foreground, *grounds).hex,
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


def bundled_themes() -> list[Theme]:
    """The five themes the reader offers, readable."""
    themes = []
    for name in THEMES:
        theme = BUILTIN_THEMES[name]
        themes.append(replace(theme, variables={**theme.variables, **readable_variables(name)}))
    return themes
