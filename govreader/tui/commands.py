"""The command palette's app commands (Ctrl+P): every action, and a filter per source."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

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
    ("Raw page / clean article", "r", "toggle_raw"),
    ("Open the original file", "o", "open_original"),
    ("Export this article's facts as JSON", "e", "export('json')"),
    ("Export this article's facts as CSV", "E", "export('csv')"),
    ("Next theme", "ctrl+t", "next_theme"),
    ("Help: keys and colours", "? or F1", "help"),
)


class GovReaderCommands(Provider):
    """govreader's actions, each with its key in the help line."""

    def _commands(self) -> list[tuple[str, str, str]]:
        app = cast("GovReaderApp", self.app)
        sources = [
            (f"Filter by source: {source}", "", f"set_source({source!r})")
            for source in app.sources()
        ]
        return [*COMMANDS, *sources]

    async def discover(self) -> Hits:
        for title, key, action in COMMANDS:
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=f"key: {key}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, key, action in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self.app.run_action, action),
                    help=f"key: {key}" if key else None,
                )
