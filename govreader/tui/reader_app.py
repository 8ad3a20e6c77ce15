"""What every screen may ask of the app: the library, the settings kept across runs, the symbols,
the themes, and the messages said so far.

`GovReaderApp` is this with its screens; the screens are typed against this class, so none of
them imports the app that shows them.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from textual.app import App
from textual.notifications import SeverityLevel
from textual.theme import Theme

from govreader.library import Library
from govreader.settings import Settings, load_settings, save_settings, settings_path
from govreader.tui.symbols import UNICODE, Symbols
from govreader.tui.themes import THEMES, css_variables, readable_theme, readable_variables

MESSAGES_KEPT = 100


class ReaderApp(App[None]):
    """The app's state shared by its screens; shows no screen of its own."""

    _themed = False
    """Whether the theme to start in is known: `App.__init__` comes first, and reads of its
    default theme only whether it is dark."""

    def __init__(self, library: Library, *, export_dir: Path | None = None) -> None:
        super().__init__()
        self.library = library
        self.export_dir = export_dir or Path.cwd()
        self.settings: Settings = load_settings()
        self._settings_unsaved = False
        self.symbols: Symbols = UNICODE
        self.messages: deque[tuple[str, str]] = deque(maxlen=MESSAGES_KEPT)
        self._start_in(self.settings.theme if self.settings.theme in THEMES else self.theme)

    def _start_in(self, name: str) -> None:
        """Take the saved theme before the stylesheet is first parsed, as Textual takes its
        default: setting `theme` here would parse every rule a second time once the app runs
        (about 10 ms of the first paint on a busy machine). The colours are worked out here,
        once: `App.__init__` had the plain default theme and no variables (see `get_theme`)."""
        self._themed = True
        self.set_reactive(App.theme, name)
        dark = self.current_theme.dark
        self.set_class(dark, "-dark-mode", update=False)
        self.set_class(not dark, "-light-mode", update=False)
        self.set_class(True, f"-theme-{name}", update=False)
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())

    def get_theme(self, theme_name: str) -> Theme | None:
        """The bundled themes in their readable form (made when first used, each colour system
        a few ms: not for `App.__init__`'s default, which the saved theme replaces)."""
        if theme_name in THEMES and self._themed:
            return readable_theme(theme_name)
        return super().get_theme(theme_name)

    def get_css_variables(self) -> dict[str, str]:
        """None while `App.__init__` runs: `_start_in` sets the variables of the theme used; a
        bundled theme's from the colour system `readable_variables` generated already."""
        if not self._themed:
            return {}
        if self.theme not in THEMES:
            return super().get_css_variables()
        self.theme_variables = css_variables(self.theme)  # as Textual's keeps them
        return self.theme_variables

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Our colour variables for a theme picked from Textual's list; a bundled theme carries
        every one of them already."""
        return {} if self.theme in THEMES else readable_variables(THEMES[0])

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Messages go to the status line, not to toasts that would cover it (the palette's
        "Recent messages" lists them again). They quote file names, errors and page text: shown
        as written, never as markup (whatever a caller asks), controls made visible, and a
        line break (a file name may hold one) as `\\n`: the status line is one line."""
        from govreader.export import printable

        text = printable(f"{title}: {message}" if title else message).replace("\n", "\\n")
        self.messages.append((severity, text))
        self.show_message(text, severity)

    def copy_to_clipboard(self, text: str, *, said: str | None = None) -> None:
        """Copy `text`, and say so (`said`, or how much was copied): the selection (Ctrl+C, in a
        pane or a box, or in a field, whose own Ctrl+C comes here too) went nowhere to be seen,
        where the toasts Textual apps say it with are turned off here. Nothing selected is said
        as such, not copied."""
        if not text:
            self.action_help_quit()
            return
        super().copy_to_clipboard(text)
        lines = text.count("\n") + 1
        chars = f"{len(text):,} character{'s' if len(text) != 1 else ''}"
        self.notify(
            said or (f"copied {lines:,} lines ({chars})" if lines > 1 else f"copied {chars}")
        )

    def show_message(self, text: str, severity: SeverityLevel = "information") -> None:
        """Put a message in the status line (the app with screens says which)."""

    def keep_settings(self, settings: Settings) -> None:
        """Use these settings now and next time (saying so once if they cannot be saved)."""
        if settings == self.settings:
            return
        self.settings = settings
        try:
            save_settings(settings)
        except OSError as error:
            if not self._settings_unsaved:
                self._settings_unsaved = True
                self.notify(
                    f"Settings will not be kept: {settings_path()}: {error.strerror or error}",
                    severity="warning",
                )

    def action_next_theme(self) -> None:
        names = [name for name in THEMES if name in self.available_themes]
        index = names.index(self.theme) + 1 if self.theme in names else 0
        self.use_theme(names[index % len(names)])

    def use_theme(self, name: str) -> None:
        """Show a bundled theme, say so and keep it for next time (ctrl+t, the palette)."""
        self.theme = name
        self.show_message(f"theme: {self.theme}")
        self.keep_settings(self.settings._replace(theme=self.theme))
