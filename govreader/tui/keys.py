"""The reader's keys, in one place, and their names as the user types them: the screens bind
these lists, the help screen lists them, and the command palette offers `MAIN_KEYS`.

Quit, help and the next theme are the app's own actions (`app.` in the action), so a screen that
offers them binds the same objects: they stand first in the main screen's footer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from textual.binding import Binding
from textual.keys import format_key

from govreader.fact_text import KIND_LABELS
from govreader.library.records import TABLE_KINDS
from govreader.model import FactKind

JUMP_KEYS = ("a", "p", "t", "w", "m", "quotation_mark")
BACK_KEYS = ("A", "P", "T", "W", "M", "apostrophe")
"""The keys that jump to the next and the previous fact of each kind, in `FactKind` order."""
SPLIT_STEP = 5
"""How many percent of the screen `<` and `>` give to or take from the list."""
FACTS_VIEW = "Facts across the library, a table per kind"
EXPORT = "Export this article's facts as "
_FUNCTION_KEY = re.compile(r"f\d{1,2}")


def key_label(keys: str) -> str:
    """`right_square_bracket,f1` → `] F1`, `escape` → `esc`, `ctrl+t` → `^t`: the keys as the
    footer writes them (Textual's own names, as its footer and key panel write them), so the
    help, the palette, the footer and each box's border name a key one way."""
    return " ".join(key_cap(key.strip()) for key in keys.split(","))


def key_cap(key: str) -> str:
    """One key's name: its character or Textual's short name (`esc`, `⏎`, `pgup`, `tab`), a
    function key in capitals (`F1`), Ctrl as a caret (`^p`), other modifiers joined by `+`."""
    *modifiers, name = key.split("+") if key != "+" else [key]
    name = format_key(name)
    if _FUNCTION_KEY.fullmatch(name):
        name = name.upper()
    if "ctrl" in modifiers:
        modifiers.remove("ctrl")
        name = f"^{name}"
    return "+".join([*modifiers, name])


QUIT = Binding("q", "app.quit", "Quit", id="quit")
HELP = Binding("question_mark,f1", "app.help", "Help", id="help", tooltip="Help: keys and colours")
NEXT_THEME = Binding("ctrl+t", "app.next_theme", "Next theme", show=False)
APP_KEYS = (QUIT, HELP, NEXT_THEME)
"""The app's keys, bound by every full screen (dialogs have keys of their own)."""


def _jump_keys() -> list[Binding]:
    bindings = []
    for kind, key, back in zip(FactKind, JUMP_KEYS, BACK_KEYS, strict=True):
        bindings.append(
            Binding(key, f"jump('{kind}', True)", f"Next {kind}", show=False, id=f"next-{kind}")
        )
        bindings.append(
            Binding(
                back, f"jump('{kind}', False)", f"Previous {kind}", show=False, id=f"prev-{kind}"
            )
        )
    return bindings


MAIN_KEYS: list[Binding] = [
    QUIT,
    HELP,
    Binding("f", "toggle_facts", "Facts", id="facts", tooltip="Show or hide the facts pane"),
    Binding("v", "facts_view", "Table", id="facts-view", tooltip=FACTS_VIEW),
    Binding("right_square_bracket", "jump(None, True)", "Next fact", id="next-fact"),
    Binding("left_square_bracket", "jump(None, False)", "Previous fact", id="prev-fact"),
    *_jump_keys(),
    # A priority binding runs before the keys typed after it reach any widget, so they land in
    # the prompt; typed in the prompt itself, / is a character like any other.
    Binding(
        "slash", "search", "Find", id="find", tooltip="Find in article / filter list", priority=True
    ),
    Binding("n", "next_match(True)", "Next match", show=False),
    Binding("N", "next_match(False)", "Previous match", show=False),
    Binding("u", "toggle_read", "Read/unread", show=False, tooltip="Mark read or unread"),
    Binding(
        "b", "toggle_bookmark", "Bookmark", show=False, tooltip="Bookmark, or take the bookmark off"
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
    NEXT_THEME,
    Binding("less_than_sign", f"split(-{SPLIT_STEP})", "Narrower list", show=False),
    Binding("greater_than_sign", f"split({SPLIT_STEP})", "Wider list", show=False),
    Binding("equals_sign", "split(0)", "List size fitted to the screen", show=False),
    Binding("L", "next_layout", "Pane layout: auto, side by side, stacked", show=False),
    Binding("escape", "escape", "Back to the list", show=False),
]
"""The main screen's keys, in the order the footer and the help list them."""

PANE_WORDS = {"app.focus_next": "Next pane", "app.focus_previous": "Previous pane"}
"""Textual's tab and shift+tab (`Focus Next`) in the words of the other keys, for the help."""


def in_our_words(bindings: list[Binding]) -> list[Binding]:
    """Textual's own bindings with our descriptions where they differ in style."""
    return [
        replace(binding, description=PANE_WORDS[binding.action])
        if binding.action in PANE_WORDS
        else binding
        for binding in bindings
    ]


KIND_KEYS = ("1", "2", "3", "4", "5")
"""The facts view's keys for each kind of `TABLE_KINDS`, in order."""
TABLE_EXPORT = "Export the table shown (kind, filter, order, grouping) as "
FACTS_VIEW_KEYS = [
    Binding("v", "close", "Articles", id="facts-view", tooltip="Back to the articles view"),
    Binding("escape", "back", "Back", tooltip="Leave the group, or back to the articles"),
    Binding("e", "export('json')", "Export", id="table-export", tooltip=TABLE_EXPORT + "JSON"),
    Binding("E", "export('csv')", "Export CSV", show=False, tooltip=TABLE_EXPORT + "CSV"),
    *(
        Binding(key, f"kind('{kind}')", KIND_LABELS[kind], show=False)
        for key, kind in zip(KIND_KEYS, TABLE_KINDS, strict=True)
    ),
    Binding("tab", "next_kind(1)", "Next kind", show=False),
    Binding("shift+tab", "next_kind(-1)", "Previous kind", show=False),
]
"""The facts view's own keys; the app's (`APP_KEYS`) follow them."""
