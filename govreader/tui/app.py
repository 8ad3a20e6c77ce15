"""The govreader app: list, reading and facts panes, and the keys that tie them together."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.theme import Theme
from textual.widget import Widget
from textual.widgets import Input

from govreader.library import LibraryError
from govreader.model import FactKind
from govreader.tui.article_actions import ArticleActions
from govreader.tui.article_list import ArticleList
from govreader.tui.document import raw_document
from govreader.tui.facts_pane import FactsPane
from govreader.tui.jumps import BACK_KEYS, JUMP_KEYS, jump
from govreader.tui.list_actions import WATCH_SECONDS
from govreader.tui.prompt_actions import PromptActions
from govreader.tui.themes import THEMES, readable_theme, readable_variables
from govreader.tui.view_settings import SPLIT_STEP, ViewSettings

if TYPE_CHECKING:
    from textual.command import Provider

    from govreader.tui.facts_view import FactsView

EMPTY_LIBRARY = "The library is empty. Run: govreader PATH..."
NO_FACTS = "no facts found in this article"
MESSAGES_KEPT = 100
FACTS_VIEW = "Facts across the library, a table per kind"
EXPORT = "Export this article's facts as "


def _commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens, not at start-up."""
    from govreader.tui.commands import GovReaderCommands

    return GovReaderCommands


def _jump_bindings() -> list[Binding]:
    bindings = []
    for kind, key, back in zip(FactKind, JUMP_KEYS, BACK_KEYS, strict=True):
        bindings.append(
            Binding(key, f"jump('{kind}', True)", f"Next {kind}", show=False, id=f"next-{kind}")
        )
        bindings.append(
            Binding(back, f"jump('{kind}', False)", f"Prev {kind}", show=False, id=f"prev-{kind}")
        )
    return bindings


class GovReaderApp(ArticleActions, PromptActions, ViewSettings):
    """The panes and the keys that tie them together, over the reader's core state."""

    CSS_PATH = "app.tcss"
    AUTO_FOCUS = "#list"
    TITLE = "govreader"
    COMMANDS = App.COMMANDS | {_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark,f1", "help", "Help", id="help", tooltip="Help: keys and colours"),
        Binding("f", "toggle_facts", "Facts", id="facts", tooltip="Show or hide the facts pane"),
        Binding("v", "facts_view", "Table", id="facts-view", tooltip=FACTS_VIEW),
        Binding("right_square_bracket", "jump(None, True)", "Next fact", id="next-fact"),
        Binding("left_square_bracket", "jump(None, False)", "Prev fact", id="prev-fact"),
        *_jump_bindings(),
        # A priority binding runs before the keys typed after it reach any widget, so they land
        # in the prompt; typed in the prompt itself, / is a character like any other.
        Binding(
            "slash",
            "search",
            "Find",
            id="find",
            tooltip="Find in article / filter list",
            priority=True,
        ),
        Binding("n", "next_match(True)", "Next match", show=False),
        Binding("N", "next_match(False)", "Previous match", show=False),
        Binding("u", "toggle_read", "Read/unread", show=False, tooltip="Mark read or unread"),
        Binding(
            "b",
            "toggle_bookmark",
            "Bookmark",
            show=False,
            tooltip="Bookmark, or take the bookmark off",
        ),
        Binding("full_stop", "next_unread", "Next unread article", show=False),
        Binding("C", "mark_all_read", "Mark every article of the list read", show=False),
        Binding("d", "remove", "Remove the article from the library", show=False),
        Binding("R", "reload", "Reload the library", show=False),
        Binding("r", "toggle_raw", "Raw/clean", show=False, tooltip="Raw page / clean article"),
        Binding("o", "open_original", "Open the saved page ($BROWSER)", show=False),
        Binding("y", "copy_path", "Copy the saved page's path", show=False),
        Binding("e", "export('json')", "Export facts (JSON)", show=False, tooltip=EXPORT + "JSON"),
        Binding("E", "export('csv')", "Export facts (CSV)", show=False, tooltip=EXPORT + "CSV"),
        Binding("F", "choose_kind", "Filter by fact kind", show=False),
        Binding("S", "choose_source", "Filter by source", show=False),
        Binding(
            "U",
            "toggle_unread_filter",
            "Only unread",
            show=False,
            tooltip="Only unread articles (toggle)",
        ),
        Binding(
            "B",
            "toggle_bookmarked_filter",
            "Only bookmarked",
            show=False,
            tooltip="Only bookmarked articles (toggle)",
        ),
        Binding("x", "clear_filters", "Clear filters", show=False, tooltip="Clear all filters"),
        Binding("ctrl+t", "next_theme", "Next theme", show=False),
        Binding("less_than_sign", f"split(-{SPLIT_STEP})", "Narrower list", show=False),
        Binding("greater_than_sign", f"split({SPLIT_STEP})", "Wider list", show=False),
        Binding("L", "next_layout", "Pane layout: auto, side by side, stacked", show=False),
        Binding("escape", "escape", "Back to the list", show=False),
    ]

    def get_theme(self, theme_name: str) -> Theme | None:
        """The bundled themes in their readable form (made when first used)."""
        if theme_name in THEMES:
            return readable_theme(theme_name)
        return super().get_theme(theme_name)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Our colour variables for a theme picked from Textual's list (not one we bundle)."""
        return readable_variables(THEMES[0])

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield self.article_list
            yield self.reader
        yield self.status_bar
        yield self.key_bar

    def action_messages(self) -> None:
        from rich.text import Text

        from govreader.tui.help_screen import HelpScreen

        body = Text()
        for severity, message in self.messages:
            mark = {"warning": "warning: ", "error": "error: "}.get(severity, "")
            body.append(mark, style="bold")
            body.append(message + "\n")
        self.push_screen(HelpScreen(body or Text("No messages yet."), "Recent messages"))

    def action_help_quit(self) -> None:
        """Ctrl+C (Textual's way to quit is Ctrl+Q; ours is q)."""
        self.set_message("q quits")

    def on_mount(self) -> None:
        self.apply_symbols()
        self.count_all()
        with contextlib.suppress(LibraryError):
            self.data_version = self.library.data_version()
        self.set_interval(WATCH_SECONDS, self.watch_library)
        self.update_list_status()
        first = self.article_list.row(0)
        if first is not None:
            # Like a mail reader's preview: the first article is shown, but it counts as read
            # only once the user opens it (enter, a click) or moves into it (tab), unless the
            # user named it on the command line.
            self.open_article(first.id, mark_read=self.only is not None)
            self._preview = self.only is None
            for article_id in self.only or ():  # named on the command line: each one is read
                if article_id != first.id:
                    self.set_state(article_id, read=True)
        elif self.total:
            self.reader.show(raw_document("None of the given pages could be imported."))
        else:
            self.reader.show(raw_document(EMPTY_LIBRARY))
        if self.notice:
            self.notify(self.notice)
        self.lay_out()

    # Loading and showing articles

    def on_unmount(self) -> None:
        self.save_position()

    @on(ArticleList.Opened)
    def _opened(self, event: ArticleList.Opened) -> None:
        if self.stored is not None and self.stored.id == event.row.id and not self.raw:
            self._read_shown()  # the article shown, now opened: keep the place
        else:
            self.open_article(event.row.id)
        self.reader.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Moving into the preview (tab, a click) is opening it."""
        if self._preview and event.widget is self.reader:
            self._read_shown()

    def _read_shown(self) -> None:
        """The article shown is opened by the user: no longer a preview, and read."""
        self._preview = False
        if self.stored is not None and not self.stored.read:
            self.set_state(self.stored.id, read=True)

    @on(ArticleList.Highlighted)
    def _highlighted(self) -> None:
        self.update_list_status()

    @on(FactsPane.Chosen)
    def _fact_chosen(self, event: FactsPane.Chosen) -> None:
        if event.index < len(self.reader.document.facts):
            self._land(event.index)

    # Jumps between facts

    def action_jump(self, kind: str | None, forward: bool) -> None:
        if self.stored is None or self.raw:
            self.set_message("facts are shown in the clean view (press r)")
            return
        reader = self.reader
        fact_kind = FactKind(kind) if kind else None
        landing = jump(
            reader.document.facts,
            fact_kind,
            current=reader.current_fact,
            anchor=reader.top_offset,
            forward=forward,
        )
        if landing is None:
            self.set_message(f"no {kind} in this article" if kind else NO_FACTS)
            return
        name = kind or str(reader.document.facts[landing.index].kind)
        where = f"{name} {landing.ordinal}/{landing.count}"
        if kind is None:
            where = f"fact {landing.ordinal}/{landing.count} · {name}"
        self._land(landing.index, where + (" (wrapped)" if landing.wrapped else ""))

    def _land(self, index: int, where: str | None = None) -> None:
        reader = self.reader
        reader.mark_fact(index)
        if self.facts_pane is not None:
            self.facts_pane.select_fact(index)
        if where is None:
            fact = reader.document.facts[index]
            same = [i for i, f in enumerate(reader.document.facts) if f.kind is fact.kind]
            where = f"{fact.kind} {same.index(index) + 1}/{len(same)}"
        self.set_message(where)

    async def action_toggle_facts(self) -> None:
        pane = self.facts_pane
        if pane is None:
            pane = self.facts_pane = FactsPane(id="facts")
            pane.border_title = "Facts"
            pane.symbols = self.symbols
            pane.display = False
            await self.query_one("#main").mount(pane)
        pane.display = not pane.display
        self.screen.set_class(pane.display, "-facts")
        if pane.display:
            article = self.stored.article if self.stored and not self.raw else None
            pane.show(article, self.reader.document.facts)
            pane.select_fact(self.reader.current_fact)
            pane.focus()  # f is to look at the facts: arrows move among them at once
        elif pane.has_focus:
            self.reader.focus()

    async def action_escape(self) -> None:
        prompt = self.prompt
        if self._back_to_table and not (prompt is not None and prompt.has_class("-open")):
            self.action_facts_view()
        elif prompt is not None and prompt.has_class("-open"):
            if self._prompt_mode == "filter":
                self._apply_filter_text()
            self._close_prompt(self.article_list if self._prompt_mode == "filter" else self.reader)
        elif self.focused is not self.article_list:
            pane = self.facts_pane
            if self.article_list.screen.has_class("stacked") and pane is not None and pane.display:
                await self.action_toggle_facts()  # it has the list's place on a small screen
            self.article_list.focus()
            self.set_message("list · enter opens the article")

    def action_reader_edge(self, end: bool) -> None:
        self.reader.to_edge(end)
        self.set_message("end of the article" if end else "top of the article")

    # The facts view

    def action_facts_view(self) -> None:
        from govreader.tui.facts_view import FactsView

        if not self.is_screen_installed("facts-view"):
            self.install_screen(FactsView(self.library), "facts-view")
        self._back_to_table = False
        self.push_screen("facts-view")

    def on_facts_view_fact_chosen(self, event: FactsView.FactChosen) -> None:
        self.show_fact(event.article_id, event.start, event.end)

    def show_fact(self, article_id: int, start: int, end: int) -> None:
        """Open an article at the fact spanning `start:end`, marked as a jump marks it; escape
        goes back to the facts view."""
        self.open_article(article_id)
        place = self.library.position(self.article_list.query_, article_id)
        if place is not None:
            self.article_list.cursor = place
        facts = self.reader.document.facts
        index = next((i for i, f in enumerate(facts) if (f.start, f.end) == (start, end)), None)
        if index is not None:
            self._land(index)
        self.reader.focus()
        self._back_to_table = True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """On another screen (the facts view, or a dialog over it), only the actions that
        screen names apply. / opens the prompt only from the panes: typed in any input (the
        prompt, the palette) it is a character, and a dialog on top keeps its keys."""
        stack = reversed(self.screen_stack)
        shown = next((s for s in stack if not isinstance(s, ModalScreen)), self.screen)
        allowed = getattr(shown, "APP_ACTIONS", None)
        if allowed is not None and action not in allowed:
            return False
        if action == "search":
            return self.screen is self.article_list.screen and not isinstance(self.focused, Input)
        return True

    # Help, themes

    def action_help(self) -> None:
        from govreader.tui.facts_view import facts_view_bindings
        from govreader.tui.help_screen import HelpScreen, help_text

        sections = [
            (
                "Everywhere",
                [
                    *self._bindings_of(self),
                    Binding(self.COMMAND_PALETTE_BINDING, "command_palette", "Command palette"),
                ],
            ),
            ("List", self._bindings_of(self.article_list)),
            ("Reader", self._bindings_of(self.reader)),
            ("Facts pane", list(Binding.make_bindings(FactsPane.BINDINGS))),
            ("Facts view (v)", facts_view_bindings()),
            ("Moving between panes", self._bindings_of(self.screen)),
        ]
        legend = {
            kind: self.reader.get_component_rich_style(f"reader--{kind}") for kind in FactKind
        }
        self.push_screen(HelpScreen(help_text(sections, legend, self.symbols)))

    @staticmethod
    def _bindings_of(node: App[None] | Widget) -> list[Binding]:
        """The bindings a pane declares itself (inherited scrolling keys are covered by them)."""
        return list(Binding.make_bindings(type(node).BINDINGS))
