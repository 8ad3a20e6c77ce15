"""How the reader looks, kept across runs: the pane layout and split (laid out again on every
resize), the theme, and the symbols (Unicode, or plain ASCII for terminals that draw symbols of
ambiguous width double).

Part of `GovReaderApp` (see `reader_core`), kept apart so the app module stays about
composing the panes.
"""

from __future__ import annotations

from dataclasses import replace

from textual import events

from govreader.settings import LAYOUTS, Settings, save_settings, settings_path
from govreader.tui.reader_core import ReaderCore
from govreader.tui.symbols import symbols_for
from govreader.tui.themes import THEMES

STACK_BELOW = 110
"""With the automatic layout, terminals narrower than this stack the panes."""
LAYOUT_NAMES = {
    "auto": "side by side when wide, stacked when narrow",
    "side": "side by side",
    "stacked": "stacked",
}
SPLIT_STEP = 5


class ViewSettings(ReaderCore):
    def on_resize(self, event: events.Resize) -> None:
        # The app takes its new size only after this handler: lay out for the event's size.
        self.lay_out(event.size.width)

    def lay_out(self, width: int | None = None) -> None:
        """Side by side or stacked (by the layout setting and the width), the list at its split."""
        width = self.size.width if width is None else width
        layout, split = self.settings.layout, self.settings.split
        stacked = layout == "stacked" or (layout == "auto" and width < STACK_BELOW)
        if (stacked, split) == self._laid_out:
            return
        self._laid_out = (stacked, split)
        self.article_list.screen.set_class(stacked, "stacked")
        styles = self.article_list.styles
        if stacked:
            styles.width = None
            styles.height = f"{split}%"
        else:
            styles.height = None
            styles.width = f"{split}%"

    def apply_symbols(self) -> None:
        """Draw the badges, ellipses, separators and borders in the chosen symbols."""
        symbols = self.symbols = symbols_for(self.settings.symbols)
        self.set_class(self.settings.symbols == "ascii", "-ascii")
        self.article_list.symbols = symbols
        self.status_bar.symbols = symbols
        self.article_list.refresh()
        self.status_bar.refresh()
        if self.key_bar.is_mounted:
            self.key_bar.redraw()
        if self.facts_pane is not None:
            self.facts_pane.symbols = symbols

    def action_next_theme(self) -> None:
        names = [name for name in THEMES if name in self.available_themes]
        index = names.index(self.theme) + 1 if self.theme in names else 0
        self.theme = names[index % len(names)]
        self.set_message(f"theme: {self.theme}")
        self.keep_settings(replace(self.settings, theme=self.theme))

    def action_split(self, step: int) -> None:
        """Give the list a larger (or smaller) share of the screen."""
        self.keep_settings(self.settings.with_split(self.settings.split + step))
        self.lay_out()
        self.set_message(f"list {self.settings.split}% of the screen")

    def action_next_layout(self) -> None:
        layouts = list(LAYOUTS)
        layout = layouts[(layouts.index(self.settings.layout) + 1) % len(layouts)]
        self.keep_settings(replace(self.settings, layout=layout))
        self.lay_out()
        self.set_message(f"layout: {LAYOUT_NAMES[layout]}")

    def action_toggle_symbols(self) -> None:
        symbols = "unicode" if self.settings.symbols == "ascii" else "ascii"
        self.keep_settings(replace(self.settings, symbols=symbols))
        self.apply_symbols()
        if self.stored is not None and not self.raw:
            self.open_article(self.stored.id, mark_read=False)  # the meta line's separators
        self.set_message(f"symbols: {'plain ASCII' if symbols == 'ascii' else 'Unicode'}")

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
