"""The govreader app: the main screen, the help, the command palette and the messages."""

from __future__ import annotations

import gc
import inspect
from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widget import Widget

from govreader.library import Library
from govreader.tui.keys import APP_KEYS, MAIN_KEYS, in_our_words
from govreader.tui.reader_app import ReaderApp
from govreader.tui.screens.main import MainScreen
from govreader.tui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from textual.command import Provider

    from govreader.tui.screens.facts_view import FactsView


def _commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens, not at start-up."""
    from govreader.tui.commands import GovReaderCommands

    return GovReaderCommands


PREPARE_AFTER_S = 0.5
"""How long after the first frame the facts view's stylesheet is read (`read_facts_view_css`):
after the list and the first article are drawn, before a person's first key."""


class GovReaderApp(ReaderApp):
    """Opens on the main screen; the facts view and the dialogs are pushed over it."""

    CSS_PATH = "app.tcss"
    TITLE = "govreader"
    COMMANDS = App.COMMANDS | {_commands}

    def __init__(
        self,
        library: Library,
        *,
        notice: str | None = None,
        export_dir: Path | None = None,
        only: Sequence[int] | None = None,
    ) -> None:
        """`only`: open on these articles (say, the pages just imported), the list filtered to
        them until the filters are cleared, the first one opened and marked read."""
        super().__init__(library, export_dir=export_dir)
        # Messages go to the status line (see `notify`) and no widget has a tooltip: Textual's
        # layers for toasts and tooltips would never show, yet each is styled and laid out
        # before the first frame. Textual's `run_test` turns them off the same way.
        self._disable_notifications = True
        self._disable_tooltips = True
        if self.no_color:  # its rules only apply then, and each costs time before the first paint
            self.css_path.append(Path(__file__).with_name("nocolor.tcss"))
        self.main_screen = MainScreen(library, notice=notice, only=only)

    def on_mount(self) -> None:
        self.call_after_refresh(gc.enable)  # `govreader` turns it off until the first frame
        self.call_after_refresh(self.set_timer, PREPARE_AFTER_S, self.read_facts_view_css)

    def read_facts_view_css(self) -> None:
        """Read the facts view's stylesheet while the reader waits for a key, not when `v`
        first opens the view: Textual reads a screen's file on its first push and then styles
        every widget of the app again (the article list and reader beneath too), which took
        the awards' first open from 57 to 130 ms of CPU (a load of 12). Its rules name only the
        view's own widgets, so nothing on the articles view changes."""
        from govreader.tui.screens.facts_view import FactsView

        path = Path(inspect.getfile(FactsView)).with_name(str(FactsView.CSS_PATH))
        if not self.stylesheet.has_source(str(path), ""):
            self.stylesheet.read(path)
            self.stylesheet.reparse()
            self.stylesheet.update(self)

    def get_default_screen(self) -> Screen[None]:
        # Laid out for the terminal before the screen is first styled: a layout class set once
        # it is would restyle the screen before the first frame.
        self.main_screen.lay_out(self.size.width)
        return self.main_screen

    def show_message(self, text: str, severity: SeverityLevel = "information") -> None:
        """On the status line the user sees: the top screen's (the facts view's, say), or under
        a dialog, the one of the screen beneath it."""
        for screen in reversed(self.screen_stack):
            bar = getattr(screen, "status_bar", None)
            if isinstance(bar, StatusBar):
                bar.display = True  # the palette's is out of sight until it has something to say
                bar.show(right=text, severity=severity)
                return
        self.main_screen.status_bar.show(right=text, severity=severity)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own commands but "Screenshot" and "Keys". "Screenshot" writes an SVG of
        the screen to ~/Downloads, fails with no reason when that folder is missing, and says
        where in markup the status line would show as written: a picture of the screen is no
        part of reading. "Keys" opens Textual's key panel, a second and partial help in other
        words (`Focus Next`, `f1`, `pgdn`) that stays over the list: `?` is the help."""
        for command in super().get_system_commands(screen):
            if command.title not in ("Screenshot", "Keys"):
                yield command

    def search_themes(self) -> None:
        """The palette's "Theme" offers the bundled themes only: in Textual's others the fact
        colours are not made readable (award text on a light one: 1.4:1), nor is one kept."""
        from govreader.tui.commands import BundledThemes
        from govreader.tui.palette import Palette

        self.push_screen(Palette(providers=[BundledThemes], placeholder="Search for themes…"))

    def action_command_palette(self) -> None:
        """Textual's palette, with a key bar of its own (`govreader.tui.palette`)."""
        from textual.command import CommandPalette

        from govreader.tui.palette import Palette

        is_open = any(isinstance(screen, CommandPalette) for screen in self.screen_stack)
        if self.use_command_palette and not is_open:
            self.push_screen(Palette(id="--command-palette"))

    def action_messages(self) -> None:
        from rich.text import Text

        from govreader.tui.screens.help import HelpScreen

        body = Text()
        for severity, message in self.messages:
            mark = {"warning": "warning: ", "error": "error: "}.get(severity, "")
            body.append(mark, style="bold")
            body.append(message + "\n")
        self.push_screen(
            HelpScreen(
                body or Text("No messages yet: exports, copies and errors are kept here."),
                "Recent messages",
            )
        )

    def action_help_quit(self) -> None:
        """Ctrl+C with nothing selected (the help lists it as "Copy selected text", which a
        selection does first): say so, and how to quit, since the reflex may have been to quit.
        Where `q` does something else (a prompt takes it as a letter, a dialog closes), escape
        comes first."""
        binding = self.active_bindings.get("q")
        here = binding is not None and binding.binding.action in ("quit", "app.quit")
        self.show_message(f"nothing selected to copy · {'' if here else 'escape, then '}q quits")

    def on_facts_view_fact_chosen(self, event: FactsView.FactChosen) -> None:
        self.main_screen.show_fact(event.article_id, event.start, event.end)

    def action_help(self) -> None:
        from govreader.model import FactKind
        from govreader.tui.screens.facts_view import FactsView, facts_view_bindings
        from govreader.tui.screens.help import HelpScreen, help_text
        from govreader.tui.widgets.facts_pane import FactsPane

        main = self.main_screen
        palette = Binding(self.COMMAND_PALETTE_BINDING, "command_palette", "Command palette")
        view = ("Facts view (v)", facts_view_bindings())
        sections = [
            ("Everywhere", [*APP_KEYS, palette]),
            ("Articles view", [key for key in MAIN_KEYS if key not in APP_KEYS]),
            ("List", self._bindings_of(main.article_list)),
            ("Reader", self._bindings_of(main.reader)),
            ("Facts pane", list(Binding.make_bindings(FactsPane.BINDINGS))),
            view,
            ("Moving between panes", in_our_words(list(Binding.make_bindings(Screen.BINDINGS)))),
        ]
        if isinstance(self.screen, FactsView):  # opened there: its keys first
            sections = [view, *(section for section in sections if section is not view)]
        legend = {
            kind: main.reader.get_component_rich_style(f"reader--{kind}") for kind in FactKind
        }
        page = partial(help_text, sections, legend, self.symbols)
        self.push_screen(HelpScreen(page(), page=page))

    @staticmethod
    def _bindings_of(node: Widget) -> list[Binding]:
        """The bindings a pane declares itself (inherited scrolling keys are covered by them)."""
        return list(Binding.make_bindings(type(node).BINDINGS))
