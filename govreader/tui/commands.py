"""The command palette's app commands (Ctrl+P): every key of the app, and a filter per source."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from govreader.tui.keys import MAIN_KEYS, key_label
from govreader.tui.screens.main import MainScreen

if TYPE_CHECKING:
    from textual.screen import Screen

PALETTE_ONLY: tuple[tuple[str, str, str], ...] = (
    ("Find in this article", "/ in the reader", "find"),
    ("Filter the library by text", "/ in the list", "filter"),
    ("Symbols: plain ASCII or Unicode (● ★ … drawn double?)", "none", "toggle_symbols"),
    ("Recent messages (what the status line said)", "none", "app.messages"),
)
"""Commands with no key of their own (find and filter share `/`, which acts by the pane)."""
NOT_IN_PALETTE = frozenset({"app.quit", "search"})
"""Textual's palette has its own Quit; `/` is offered as find and filter above."""


def commands(bindings: Iterable[BindingType]) -> list[tuple[str, str, str]]:
    """(title, key, action) for each binding, then the palette's own commands: the palette is
    made from the keys, so a key added to the main screen is offered here too."""
    made = (b if isinstance(b, Binding) else Binding(*b) for b in bindings)  # keys kept together
    listed = [
        (binding.tooltip or binding.description, key_label(binding.key), binding.action)
        for binding in made
        if binding.action not in NOT_IN_PALETTE
    ]
    return [*listed, *PALETTE_ONLY]


def highlight(matcher: Matcher, title: str) -> Content:
    """The title with the matched characters styled. `Matcher.highlight` would read the title as
    markup, and a source's name is page text: it is built here from plain text."""
    content = Content(title)
    _, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class GovReaderCommands(Provider):
    """The main screen's actions, each with its key in the help line, and a filter per source.
    Over another screen (the facts view) they would act on the screen behind: none is offered."""

    @property
    def _main(self) -> MainScreen | None:
        screen: Screen[object] = self.screen
        return screen if isinstance(screen, MainScreen) else None

    def _run(self, main: MainScreen, action: str) -> Callable[[], object]:
        return partial(self.app.run_action, action, main)

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        main = self._main
        if main is None:
            return []
        actions = [
            (title, key, self._run(main, action)) for title, key, action in commands(MAIN_KEYS)
        ]
        # The source goes to the action as a value, never spliced into an action string.
        sources = [
            (f"Filter by source: {source}", "", partial(main.action_set_source, source))
            for source in main.sources()
        ]
        return [*actions, *sources]

    async def discover(self) -> Hits:
        main = self._main
        if main is None:
            return
        for title, key, action in commands(MAIN_KEYS):
            yield DiscoveryHit(Content(title), self._run(main, action), title, help=f"key: {key}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, key, command in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    highlight(matcher, title),
                    command,
                    title,
                    help=f"key: {key}" if key else None,
                )
