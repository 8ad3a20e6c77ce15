"""The command palette's app commands (Ctrl+P): every key of the app, and a filter per source."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from govreader.tui.help_screen import key_label

if TYPE_CHECKING:
    from govreader.tui.list_actions import ListActions

PALETTE_ONLY: tuple[tuple[str, str, str], ...] = (
    ("Find in this article", "/ in the reader", "find"),
    ("Filter the library by text", "/ in the list", "filter"),
    ("Symbols: plain ASCII or Unicode (● ★ … drawn double?)", "none", "toggle_symbols"),
    ("Recent messages (what the status line said)", "none", "messages"),
)
"""Commands with no key of their own (find and filter share `/`, which acts by the pane)."""
NOT_IN_PALETTE = frozenset({"quit", "search"})
"""Textual's palette has its own Quit; `/` is offered as find and filter above."""


def commands(bindings: Iterable[BindingType]) -> list[tuple[str, str, str]]:
    """(title, key, action) for each binding of the app, then the palette's own commands: the
    palette is made from the keys, so a key added to the app is offered here too."""
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
    """govreader's actions, each with its key in the help line."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = cast("ListActions", self.app)
        actions = [
            (title, key, partial(app.run_action, action))
            for title, key, action in commands(type(app).BINDINGS)
        ]
        # The source goes to the action as a value, never spliced into an action string.
        sources = [
            (f"Filter by source: {source}", "", partial(app.action_set_source, source))
            for source in app.sources()
        ]
        return [*actions, *sources]

    async def discover(self) -> Hits:
        for title, key, action in commands(type(self.app).BINDINGS):
            yield DiscoveryHit(
                Content(title), partial(self.app.run_action, action), title, help=f"key: {key}"
            )

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
