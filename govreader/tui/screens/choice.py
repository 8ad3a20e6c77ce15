"""A small modal list to pick one value (a fact kind, a source) for the list filter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from govreader.tui.screens.dialog import Dialog

VIM_KEYS = frozenset("jkgGq")


class ChoiceList(OptionList):
    """The choices, moved through with the reader's Vim keys too (j k g G)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def on_key(self, event: events.Key) -> None:
        """Any other letter (or `/`) starts narrowing the list, when the dialog has a filter."""
        screen = self.screen
        if not isinstance(screen, ChoiceScreen) or not screen.filterable:
            return
        if event.character is None or not event.is_printable or event.character in VIM_KEYS:
            return
        event.stop()
        event.prevent_default()
        screen.start_filter("" if event.character == "/" else event.character)


class ChoiceScreen(Dialog[str | None]):
    """Dismisses with the chosen choice's key ("" for no filter), or None when cancelled with
    escape.

    Given `counts`, each choice shows its number of articles and typing narrows the list.
    """

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "cancel", "Cancel"),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
    ]
    ENTER_WORD = "Choose"
    """What enter does here, typing or in the list: the key bar's `⏎ Choose`, as the box's border
    says (the list's own enter binding is hidden, as Textual's `OptionList` has it)."""

    def __init__(
        self,
        title: str,
        choices: list[tuple[str, str]],
        current: str = "",
        counts: Mapping[str, int] | None = None,
        worded: frozenset[str] = frozenset(),
        filterable: bool | None = None,
    ) -> None:
        """`worded`: the keys whose label the dialog words itself (shown apart from values).
        `filterable`: whether typing narrows the list (by default, when the choices are
        counted: a few fixed choices are counted and not narrowed)."""
        super().__init__()
        self.worded = worded
        self.title_text = title
        self.choices = choices  # (id, label); the id "" stands for "no filter"
        self.current = current
        self.counts = counts
        self.filterable = counts is not None if filterable is None else filterable
        # the counts' column, measured once: `prompt` draws every choice on each keystroke
        self.count_cells = len(str(max(counts.values(), default=0))) if counts is not None else 0
        self._held = 0  # the box's height held as its least (see `_hold_height`)

    def compose_box(self) -> ComposeResult:
        with Vertical(id="choice-box") as box:
            box.border_title = self.title_text
            # the border names the keys as the key bar below does (`key_hint`)
            keys = [("⏎", self.ENTER_WORD), ("esc", "Cancel")]
            if self.filterable:
                keys.insert(0, ("type", "Narrow"))
            box.border_subtitle = self.key_hint(keys)
            if self.filterable:
                # not selected on focus: the letter that moved the keyboard here is kept
                yield Input(
                    placeholder="type to narrow the list", id="choice-filter", select_on_focus=False
                )
            yield ChoiceList(*self.options(""))

    def options(self, words: str) -> list[Option]:
        """The choices whose label holds `words` (any case); "no filter" only while unfiltered.
        An option's id is its place among the choices, never its key: a key is page text (a
        site named `-` once stood for "no filter"), and two ids may not be alike."""
        wanted = words.strip().casefold()
        shown = [
            (index, key, label)
            for index, (key, label) in enumerate(self.choices)
            if (not wanted and not key) or (key and wanted in label.casefold())
        ]
        if not shown:
            return [Option(Content.assemble("no choice holds ", (words, "bold")), disabled=True)]
        return [Option(self.prompt(key, label), id=str(index)) for index, key, label in shown]

    def prompt(self, key: str, label: str) -> Content:
        """A choice's label, after its count if counted; a label is data, never markup. A label
        the dialog words itself (not a value to pick, as `(no source)`) is in italics."""
        shown = Content.styled(label, "italic") if key in self.worded else Content(label)
        if self.counts is None:
            return shown
        width = self.count_cells
        count = f"{self.counts[key]:>{width}}  " if key in self.counts else " " * (width + 2)
        return Content.assemble((count, "$text-muted"), shown)

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = next(
            (i for i, (key, _) in enumerate(self.choices) if key == self.current), 0
        )
        options.focus()
        self.call_after_refresh(self._hold_height)

    def on_resize(self) -> None:
        self._held = 0
        self.query_one("#choice-box").styles.min_height = None
        self.call_after_refresh(self._hold_height)

    def _hold_height(self) -> None:
        """The box keeps the greatest height it has had, however few choices the typed words
        leave: a box that shrank would move its field as you type, and uncover page text that
        its edge had cut through (a Korean character across it), which Textual repaints only in
        part, so that the terminal shows blanks where the character was."""
        box = self.query_one("#choice-box")
        if box.region.height > self._held:
            self._held = box.styles.min_height = box.region.height

    def start_filter(self, typed: str) -> None:
        field = self.query_one("#choice-filter", Input)
        field.focus()
        field.insert_text_at_cursor(typed)

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.set_options(self.options(event.value))
        options.highlighted = 0 if options.option_count else None
        self.call_after_refresh(self._hold_height)  # grown back: held again

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(OptionList).action_select()

    def action_move(self, step: int) -> None:
        """Up and down move the list's cursor while the filter has the keyboard."""
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id or 0)][0])

    def action_cancel(self) -> None:
        """Escape closes the dialog, words typed or not, as the key bar and the border say
        (`esc Cancel`) and as the command palette's escape does; Ctrl+U clears the words."""
        self.dismiss(None)
