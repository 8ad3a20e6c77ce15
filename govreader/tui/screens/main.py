"""The main screen: the list, reading and facts panes, and the keys that tie them together."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from govreader.library import LibraryError
from govreader.model import FactKind
from govreader.tui.document import raw_document
from govreader.tui.keys import MAIN_KEYS
from govreader.tui.screens.article_actions import ArticleActions
from govreader.tui.screens.list_actions import WATCH_SECONDS
from govreader.tui.screens.main_core import EMPTY_LIBRARY, NO_ARTICLE, NO_FACTS
from govreader.tui.screens.prompt_actions import PromptActions
from govreader.tui.screens.view_settings import ViewSettings
from govreader.tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from govreader.tui.widgets.facts_pane import FactsPane

FACTS_VIEW_NAME = "facts-view"
"""The name the facts view is installed under: made once, it keeps its place between visits."""
EDGES_SAID = {False: "top of the article", True: "end of the article"}
"""What `g`/Home and `G`/End say, by whether they went to the end."""


class MainScreen(ArticleActions, PromptActions, ViewSettings, Screen[None]):
    """The panes and the keys that tie them together, over the screen's core state."""

    AUTO_FOCUS = "#list"
    _resumed = False
    BINDINGS: ClassVar[list[BindingType]] = list(MAIN_KEYS)

    def compose(self) -> ComposeResult:
        # The list takes the focus as the screen mounts (`AUTO_FOCUS`): marked focused before
        # it is first styled, its `:focus` rules apply then, not in a second styling of the
        # list before the first frame.
        self.article_list.set_reactive(Widget.has_focus, True)
        with Horizontal(id="main"):
            yield self.article_list
            yield self.reader
        yield self.status_bar
        yield self.key_bar

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual's own handler runs after this one. On the first resume every node was styled
        # as it mounted, a moment ago: restyling the whole screen again only delays the first frame.
        if not self._resumed:
            event.refresh_styles = False
            self._resumed = True

    def on_mount(self) -> None:
        self.apply_symbols()
        self.count_all()  # the list, mounted before its screen, has counted them
        with contextlib.suppress(LibraryError):
            self.data_version = self.library.data_version()
        self.set_interval(WATCH_SECONDS, self.watch_library)
        self.update_list_status()
        self.watch(self.reader, "scroll_y", self._reader_scrolled, init=False)
        # The list comes first: reading, wrapping and drawing the first article was about an
        # eighth of what the reader's first frame cost beyond a bare Textual app's, so it is
        # opened once the first frame is composed and shows in the next.
        self.call_later(self._show_first)

    def _show_first(self) -> None:
        """The first article in the reader (or why there is none), then the notice given. An
        article opened by a key pressed before the first frame stays."""
        if self.stored is None:
            self._preview_first()
        if self.notice:
            self.notify(self.notice)

    def _preview_first(self) -> None:
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

    @on(ArticleList.NothingToOpen)
    def _nothing_to_open(self) -> None:
        self.set_message(self.empty_list())

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

    def on_facts_pane_chosen(self, event: FactsPane.Chosen) -> None:
        # Named, not decorated with `on`: the pane's module loads only when it is first shown.
        if event.index < len(self.reader.document.facts):
            self._land(event.index)

    # Jumps between facts

    def action_jump(self, kind: str | None, forward: bool) -> None:
        if self.stored is None or self.raw:
            self.set_message(
                NO_ARTICLE if self.stored is None else "facts are shown in the clean view (press r)"
            )
            return
        from govreader.tui.jumps import jump

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
            from govreader.tui.widgets.facts_pane import FactsPane

            pane = self.facts_pane = FactsPane(id="facts")
            pane.border_title = "Facts"
            pane.symbols = self.reader_app.symbols
            pane.display = False
            await self.query_one("#main").mount(pane)
        said = self.facts_summary()
        pane.display = not pane.display
        self.set_class(pane.display, "-facts")
        self.lay_out()  # the automatic split leaves the facts pane the list's extra room
        if self.stored is not None and self.status_bar.right == said:  # `f list` said only
            self.set_message(self.facts_summary())  # while the pane is shut (a jump's stays)
        if pane.display:
            self.fill_facts_pane(pane)
            pane.focus()  # f is to look at the facts: arrows move among them at once
        elif pane.has_focus:
            self.reader.focus()

    async def action_escape(self) -> None:
        prompt = self.prompt
        if self.back_to_table and not (prompt is not None and prompt.has_class("-open")):
            self.action_facts_view()
        elif prompt is not None and prompt.has_class("-open"):
            if self._prompt_mode == "filter":
                self._apply_filter_text()
            self._close_prompt(self.article_list if self._prompt_mode == "filter" else self.reader)
        elif self.focused is not self.article_list:
            pane = self.facts_pane
            crowded = self.has_class("stacked") or self.has_class("crowded")
            if crowded and pane is not None and pane.display:
                await self.action_toggle_facts()  # it has the list's place on a small screen
            self.article_list.focus()
            self.set_message("list · enter opens the article")

    def action_reader_edge(self, end: bool) -> None:
        self.reader.to_edge(end)
        self.set_message(EDGES_SAID[end])

    def _reader_scrolled(self) -> None:
        """`top of the article` is taken back once the text has moved off that edge (it stayed
        said while Space paged on down), and `end of the article` likewise."""
        reader, said = self.reader, self.status_bar.right
        at_edge = {False: reader.scroll_y <= 0, True: reader.scroll_y >= reader.max_scroll_y}
        if any(said == words and not at_edge[end] for end, words in EDGES_SAID.items()):
            self.set_message("")

    # The facts view

    def action_facts_view(self) -> None:
        from govreader.tui.screens.facts_view import FactsView

        app = self.app
        if not app.is_screen_installed(FACTS_VIEW_NAME):
            view = FactsView(
                self.library, lambda: self.article_list.query_, lambda: self.library_changes
            )
            app.install_screen(view, FACTS_VIEW_NAME)
        self.back_to_table = False  # the way back is taken
        app.push_screen(FACTS_VIEW_NAME)

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
        self.back_to_table = True  # the footer's escape says "Table" until the way is taken

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """/ opens the prompt only from the panes: typed in any input (the prompt itself) it is
        a character."""
        if action == "search":
            return not isinstance(self.focused, Input)
        return True
