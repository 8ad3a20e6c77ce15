"""How the main screen looks, kept across runs: the pane layout and split (laid out again on every
resize), and the symbols (Unicode, or plain ASCII for terminals that draw symbols of ambiguous
width double). The theme is the app's (`ReaderApp.action_next_theme`).

Part of `MainScreen` (see `main_core`), kept apart so the screen module stays about
composing the panes.
"""

from __future__ import annotations

from textual import events

from govreader.settings import LAYOUTS
from govreader.tui.screens.main_core import MainCore
from govreader.tui.symbols import symbols_for
from govreader.tui.widgets.reader import READING_CELLS

STACK_BELOW = 110
"""With the automatic layout, terminals narrower than this stack the panes."""
BESIDE_THE_LIST = 90
"""Columns the reader and the facts pane need beside the list (a reader of about 54, facts of
36): with less, the facts pane takes the list's place while it is open, as when stacked."""
READER_ROOM = READING_CELLS + 4
"""The reader's width at its full measure: the text, its padding and its border."""
AUTO_SPLIT = (40, 60)
"""The list's share of the width the automatic split keeps to: at 120 columns the reader needs
most of the room (40%), at 200 the list takes what the reader's measure leaves (54%), and
beyond that the reader stays wider than its text rather than the list wider than its titles."""
LAYOUT_NAMES = {
    "auto": "side by side when wide, stacked when narrow",
    "side": "side by side",
    "stacked": "stacked",
}


class ViewSettings(MainCore):
    def on_resize(self, event: events.Resize) -> None:
        # Lay out for the event's size: the screen's own size may not have caught up yet.
        self.lay_out(event.size.width)

    def lay_out(self, width: int | None = None) -> None:
        """Side by side or stacked (by the layout setting and the width), the list at its split."""
        width = self.size.width if width is None else width
        settings = self.reader_app.settings
        layout = settings.layout
        stacked = layout == "stacked" or (layout == "auto" and width < STACK_BELOW)
        split = settings.split
        if split is None:
            split = auto_split(width, stacked=stacked, facts=self.has_class("-facts"))
        crowded = not stacked and width * (100 - split) // 100 < BESIDE_THE_LIST
        if (stacked, crowded, split) == self._laid_out:
            return
        self._laid_out = (stacked, crowded, split)
        # Before the screen is first styled (the app lays it out then) its classes need no
        # restyle: the first styling reads them.
        restyle = self.is_attached
        self.set_class(stacked, "stacked", update=restyle)
        self.set_class(crowded, "crowded", update=restyle)
        styles = self.article_list.styles
        if stacked:
            styles.width = None
            styles.height = f"{split}%"
        else:
            styles.height = None
            styles.width = f"{split}%"

    def apply_symbols(self) -> None:
        """Draw the badges, ellipses, separators and borders in the chosen symbols."""
        app = self.reader_app
        symbols = app.symbols = symbols_for(app.settings.symbols)
        app.set_class(app.settings.symbols == "ascii", "-ascii")
        self.article_list.symbols = symbols
        self.status_bar.symbols = symbols
        self.article_list.refresh()
        self.status_bar.refresh()
        if self.key_bar.is_mounted:
            self.key_bar.redraw()
        if self.facts_pane is not None:
            self.facts_pane.symbols = symbols

    def action_split(self, step: int) -> None:
        """Give the list a larger (or smaller) share of the screen than it has now; a step of 0
        goes back to the automatic split."""
        app = self.reader_app
        if not step:
            app.keep_settings(app.settings.with_split(None))
            self.lay_out()
            self.set_message("list size fitted to the screen")
            return
        shown = app.settings.split
        if shown is None:
            shown = self._laid_out[2] if self._laid_out else AUTO_SPLIT[0]
        split = app.settings.with_split(shown + step).split
        app.keep_settings(app.settings.with_split(split))
        self.lay_out()
        self.set_message(f"list {split}% of the screen · = fits it to the screen")

    def action_next_layout(self) -> None:
        app = self.reader_app
        layouts = list(LAYOUTS)
        layout = layouts[(layouts.index(app.settings.layout) + 1) % len(layouts)]
        app.keep_settings(app.settings._replace(layout=layout))
        self.lay_out()
        self.set_message(f"layout: {LAYOUT_NAMES[layout]}")

    def action_toggle_symbols(self) -> None:
        app = self.reader_app
        symbols = "unicode" if app.settings.symbols == "ascii" else "ascii"
        app.keep_settings(app.settings._replace(symbols=symbols))
        self.apply_symbols()
        if self.stored is not None and not self.raw:
            self.open_article(self.stored.id, mark_read=False)  # the meta line's separators
        self.set_message(f"symbols: {'plain ASCII' if symbols == 'ascii' else 'Unicode'}")


def auto_split(width: int, *, stacked: bool, facts: bool) -> int:
    """The list's share when the user has not chosen one: side by side with the facts pane
    shut, the reader keeps its full measure and the list takes the rest (within `AUTO_SPLIT`),
    so a wide screen shows whole headlines instead of margins around the text; with the facts
    pane open, or stacked, the list keeps the smaller share."""
    low, high = AUTO_SPLIT
    if stacked or facts or width <= 0:
        return low
    return min(max((width - READER_ROOM) * 100 // width, low), high)
