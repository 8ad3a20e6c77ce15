"""The command palette's app commands (Ctrl+P): every action, and a filter per source."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from govreader.model import FactKind
from govreader.tui.app import BACK_KEYS, JUMP_KEYS
from govreader.tui.help_screen import key_label

if TYPE_CHECKING:
    from govreader.tui.app import GovReaderApp

COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Show or hide the facts pane", "f", "toggle_facts"),
    ("Facts across the library: the table of awards, programs, targets…", "v", "facts_view"),
    ("Next fact", "]", "jump(None, True)"),
    ("Previous fact", "[", "jump(None, False)"),
    *(
        (f"Next {kind}", key_label(key), f"jump('{kind}', True)")
        for kind, key in zip(FactKind, JUMP_KEYS, strict=True)
    ),
    *(
        (f"Previous {kind}", key_label(key), f"jump('{kind}', False)")
        for kind, key in zip(FactKind, BACK_KEYS, strict=True)
    ),
    ("Back to the list", "escape", "escape"),
    ("Find in this article", "/ in the reader", "find"),
    ("Next match of the find", "n", "next_match(True)"),
    ("Previous match of the find", "N", "next_match(False)"),
    ("Filter the library by text", "/ in the list", "filter"),
    ("Filter by fact kind", "F", "choose_kind"),
    ("Filter by source", "S", "choose_source"),
    ("Only unread articles (toggle)", "U", "toggle_unread_filter"),
    ("Only bookmarked articles (toggle)", "B", "toggle_bookmarked_filter"),
    ("Clear all filters", "x", "clear_filters"),
    ("Toggle read", "u", "toggle_read"),
    ("Toggle bookmark", "b", "toggle_bookmark"),
    ("Next unread article", ".", "next_unread"),
    ("Mark every article of the list read", "C", "mark_all_read"),
    ("Remove the article from the library", "d", "remove"),
    ("Reload the library", "R", "reload"),
    ("Raw page / clean article", "r", "toggle_raw"),
    ("Open the saved page ($BROWSER)", "o", "open_original"),
    ("Copy the saved page's path", "y", "copy_path"),
    ("Export this article's facts as JSON", "e", "export('json')"),
    ("Export this article's facts as CSV", "E", "export('csv')"),
    ("Next theme", "ctrl+t", "next_theme"),
    ("Narrower list", "<", "split(-5)"),
    ("Wider list", ">", "split(5)"),
    ("Pane layout: auto, side by side, stacked", "L", "next_layout"),
    ("Symbols: plain ASCII or Unicode (● ★ … drawn double?)", "none", "toggle_symbols"),
    ("Recent messages (what the status line said)", "none", "messages"),
    ("Help: keys and colours", "? or F1", "help"),
)


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
        app = cast("GovReaderApp", self.app)
        actions = [(title, key, partial(app.run_action, action)) for title, key, action in COMMANDS]
        # The source goes to the action as a value, never spliced into an action string.
        sources = [
            (f"Filter by source: {source}", "", partial(app.action_set_source, source))
            for source in app.sources()
        ]
        return [*actions, *sources]

    async def discover(self) -> Hits:
        for title, key, action in COMMANDS:
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
