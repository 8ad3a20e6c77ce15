"""The command palette's app commands (Ctrl+P): every key of the app, and a filter per source."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from govreader.plain_output import safe
from govreader.tui.fuzzy import fuzzy_match, highlighted
from govreader.tui.keys import APP_KEYS, FACTS_VIEW_KEYS, MAIN_KEYS, key_label
from govreader.tui.reader_app import ReaderApp
from govreader.tui.screens.facts_view import FactsView
from govreader.tui.screens.list_actions import NO_SOURCE
from govreader.tui.screens.main import MainScreen
from govreader.tui.themes import THEMES
from govreader.tui.widgets.fact_grid import FactGrid

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen

PALETTE_ONLY: tuple[tuple[str, str, str], ...] = (
    ("Find in this article", "/ in the reader", "find"),
    ("Filter the library by text", "/ in the list", "filter"),
    ("Symbols: plain ASCII or Unicode (● ★ … drawn double?)", "", "toggle_symbols"),
    ("Recent messages (exports, copies, errors)", "", "app.messages"),
)
"""Commands with no key of their own (find and filter share `/`, which acts by the pane)."""


def help_line(key: str) -> str:
    """A command's second line in the palette: its key, or that only the palette runs it (a
    line for every command keeps the rows one height; `key: none` read as a key named none)."""
    return f"key: {key}" if key else "palette only"


NOT_IN_PALETTE = frozenset({"app.quit", "search"})
"""Textual's palette has its own Quit; `/` is offered as find and filter above."""


def keyed(bindings: Iterable[BindingType]) -> list[tuple[str, str, str]]:
    """(title, key, action) for each binding the palette offers."""
    made = (b if isinstance(b, Binding) else Binding(*b) for b in bindings)  # keys kept together
    return [
        (binding.tooltip or binding.description, key_label(binding.key), binding.action)
        for binding in made
        if binding.action not in NOT_IN_PALETTE
    ]


def commands(bindings: Iterable[BindingType]) -> list[tuple[str, str, str]]:
    """The main screen's keys, then the palette's own commands: the palette is made from the
    keys, so a key added to the main screen is offered here too."""
    return [*keyed(bindings), *PALETTE_ONLY]


def view_commands() -> list[tuple[str, str, str, bool]]:
    """The facts view's keys (title, key, action, whether the table acts rather than the
    view): its own and the table's that are not moves, then the app's and recent messages."""
    table = [b for b in Binding.make_bindings(FactGrid.BINDINGS) if b.show]
    return [
        *((*command, False) for command in keyed([*FACTS_VIEW_KEYS, *APP_KEYS])),
        *((*command, True) for command in keyed(table)),
        (*PALETTE_ONLY[-1], False),
    ]


class GovReaderCommands(Provider):
    """The shown screen's actions, each with its key in the help line: the main screen's with a
    filter per source, or the facts view's (never the screen's behind it)."""

    def _run(self, target: DOMNode, action: str) -> Callable[[], object]:
        return partial(self.app.run_action, action, target)

    def _keyed(self) -> list[tuple[str, str, Callable[[], object]]]:
        screen: Screen[object] = self.screen
        if isinstance(screen, MainScreen):
            return [
                (title, key, self._run(screen, action))
                for title, key, action in commands(MAIN_KEYS)
            ]
        if isinstance(screen, FactsView):
            return [
                (title, key, self._run(screen.grid if on_table else screen, action))
                for title, key, action, on_table in view_commands()
            ]
        return []

    def _commands(self) -> list[tuple[str, str | None, Callable[[], object]]]:
        """(title, help line, command) for what a search may find: the keys, then the sources."""
        keyed = [(title, help_line(key), command) for title, key, command in self._keyed()]
        main = self.screen
        if not isinstance(main, MainScreen):
            return list(keyed)
        # The source goes to the action as a value, never spliced into an action string.
        sources: list[tuple[str, str | None, Callable[[], object]]] = [
            (f"Filter by source: {safe(source)}", None, partial(main.action_set_source, source))
            for source in main.sources()
        ]
        if main.sourceless_count():  # as the source chooser offers them
            sources.append(
                ("Filter by source: (no source)", None, partial(main.action_set_source, NO_SOURCE))
            )
        return [*keyed, *sources]

    async def discover(self) -> Hits:
        for title, key, command in self._keyed():
            yield DiscoveryHit(Content(title), command, title, help=help_line(key))

    async def search(self, query: str) -> Hits:
        style = self.matcher(query).match_style
        for title, help_text, command in self._commands():
            score, offsets = fuzzy_match(query, title)  # linear: a site name is page text
            if score > 0:
                yield Hit(
                    score,
                    highlighted(title, offsets, style),
                    command,
                    title,
                    help=help_text,
                )


class BundledThemes(Provider):
    """The themes the palette's "Theme" offers: the bundled ones, each picked as ctrl+t picks."""

    def _themes(self) -> list[tuple[str, Callable[[], object]]]:
        app = self.app
        if not isinstance(app, ReaderApp):
            return []
        return [(name, partial(app.use_theme, name)) for name in THEMES]

    async def discover(self) -> Hits:
        for name, command in self._themes():
            yield DiscoveryHit(Content(name), command, name)

    async def search(self, query: str) -> Hits:
        style = self.matcher(query).match_style
        for name, command in self._themes():
            score, offsets = fuzzy_match(query, name)
            if score > 0:
                yield Hit(score, highlighted(name, offsets, style), command, name)
