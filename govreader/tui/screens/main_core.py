"""The main screen's state and what every part of it does: open an article, keep its read state
and place, count and list the library again, and say so in the status line.

`MainScreen` is this and its keys, grouped by what they act on (`ArticleActions`,
`ListActions` and `PromptActions` over it, `ViewSettings`, each a subclass of this core), so
each group is typed against the state it uses and reaches only into what it subclasses.

The core and its groups are plain mixins at run time, typed as a `Screen`: `MainScreen` alone
is the `Screen` subclass. Textual works each `Screen` subclass out as it is defined (its
reactives, bindings, CSS names; about 2 M instructions each, five of them before the reader's
first frame), and finds an `@on` handler only in such a class: the groups handle messages by
name (`on_input_changed`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal, cast

from rich.cells import cell_len
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Input

from govreader.article_text import drawn_article
from govreader.library import Library, LibraryError, ListQuery, StoredArticle
from govreader.plain_output import safe
from govreader.tui.document import article_document, pane_title, raw_document
from govreader.tui.reader_app import ReaderApp
from govreader.tui.widgets.article_list import ArticleList
from govreader.tui.widgets.key_bar import KeyBar
from govreader.tui.widgets.reader import Reader
from govreader.tui.widgets.status_bar import StatusBar
from govreader.tui.wrap import fit

if TYPE_CHECKING:
    from textual.screen import Screen

    from govreader.tui.widgets.facts_pane import FactsPane

    _Screen = Screen[None]
else:
    _Screen = object

EMPTY_LIBRARY = "The library is empty. Add pages with govreader PATH..."
NO_FACTS = "no facts found in this article"
NO_ARTICLE = "no article is open"
"""What a key that acts on an article says when there is none (an empty library or list)."""
EMPTY_LIBRARY_SAID = "the library is empty · add pages with govreader PATH..."
"""What a key that acts on the list's rows says when the library has none (see `empty_list`)."""
NO_ARTICLE_FACTS = "No article is open."
RAW_PAGE_FACTS = "The raw page marks no facts.\nr shows the clean article and its facts."
"""What the facts pane says in the raw view, where the article's facts are not marked."""
FACT_KEYS = frozenset({"next-fact", "prev-fact", "show-fact"})
"""The footer's keys to facts (`]`, `[`, the facts pane's enter): offered only where there are
facts to go to, not on a raw page or in an article with none (pressed, they still say why)."""
PromptMode = Literal["filter", "find"]
"""What the `/` prompt does: filter the list, or find in the article."""


QUOTED_CELLS = 14
"""The most of a long filter's words a crowded status line quotes (`“청년창업지원사…”`), so that
its way out (`x shows all`) stays in sight at 80 columns."""


def describe_query(query: ListQuery, text_cells: int | None = None) -> list[str]:
    """The list's filters in words, for the status line and the empty-list message; the words
    typed cut to `text_cells` when given."""
    words = []
    if query.text:
        text = safe(query.text)
        if text_cells is not None and cell_len(text) > text_cells:
            text = fit(text, text_cells).rstrip()
        words.append(f"“{text}”")
    if query.kind:
        words.append(f"with {query.kind}")
    if query.source:
        words.append(f"from {safe(query.source)}")
    if query.sourceless:
        words.append("with no source")
    if query.unread:
        words.append("unread")
    if query.bookmarked:
        words.append("bookmarked")
    if query.ids is not None:
        words.append("just imported")
    return words


class MainCore(_Screen):
    """Reads articles from a `Library`; never parses pages itself."""

    def __init__(
        self,
        library: Library,
        *,
        notice: str | None = None,
        only: Sequence[int] | None = None,
    ) -> None:
        """`only`: open on these articles (say, the pages just imported), the list filtered to
        them until the filters are cleared, the first one opened and marked read."""
        super().__init__()
        self.library = library
        self.notice = notice
        self.stored: StoredArticle | None = None
        self.raw = False
        self.raw_request = 0
        """Counts `r` presses, so a raw page read late is shown only if it is still wanted."""
        self.total = 0
        self._prompt_mode: PromptMode = "filter"
        self._filter_timer: Timer | None = None
        self._sources: dict[str, int] | None = None
        self._sourceless = 0
        self.article_list = ArticleList(library, id="list")
        self.reader = Reader(id="reader")
        self.facts_pane: FactsPane | None = None  # made on first use: not needed to paint
        self.prompt: Input | None = None
        self.status_bar = StatusBar(id="status")
        self.key_bar = KeyBar(id="keys")
        self.article_list.border_title = "Articles"
        self.reader.border_title = "Article"
        self.only = only
        self._laid_out: tuple[bool, bool, int] | None = None  # stacked, crowded, split
        self._unwritable = False  # said once: the library cannot keep read state
        self._list_empty = False  # as the footer was last drawn for
        self.data_version = 0  # SQLite's count of other connections' commits, when last read
        self._back_to = False  # escape returns to the facts view the article came from
        self._preview = False  # the article shown at start, not opened by the user yet
        self.library_changes = 0  # times the library was read again (the facts view follows)
        self.hidden: int | None = None  # the article a filter closed, reopened once listed
        self.hidden_preview = False  # it was the preview then: reopened, it is one again
        if only is not None:
            self.article_list.query_ = ListQuery(ids=frozenset(only))

    @property
    def reader_app(self) -> ReaderApp:
        """The app, with the settings, symbols and messages every screen shares."""
        return cast(ReaderApp, self.app)

    def shown_article(self) -> StoredArticle | None:
        """The open article, or None after saying there is none (for the keys that act on it)."""
        if self.stored is None:
            self.set_message(NO_ARTICLE)
        return self.stored

    def empty_list(self) -> str:
        """Why the list has no row for a key to act on (enter, `u`, `C`...). The filters and
        the way out (`x shows all`) are on the left of the line already: said again here, they
        cut the left short at 80 columns (`0 of 11 · book…`)."""
        query = self.article_list.query_
        if query == ListQuery() or not self.total:
            return EMPTY_LIBRARY_SAID
        filters = "filter" if len(describe_query(query)) == 1 else "filters"
        return f"no article matches the {filters}"

    def count_all(self) -> None:
        """The library's number of articles: the list's own count when it lists them all (it
        has just counted; at 100,000 articles a count reads some 400 pages of the file)."""
        listing = self.article_list
        if listing.query_ == ListQuery():
            self.total = listing.total
            return
        try:
            self.total = self.library.count(ListQuery())
        except LibraryError as error:
            self.notify(str(error), severity="error")

    def sources(self) -> list[str]:
        return list(self.source_counts())

    def source_counts(self) -> dict[str, int]:
        """Each source's number of articles, read once until the library changes."""
        if self._sources is None:
            try:
                self._sources, self._sourceless = self.library.source_tally()
            except LibraryError as error:
                self.notify(str(error), severity="error")
                return {}
        return self._sources

    def sourceless_count(self) -> int:
        """The number of articles whose page named no source (read with `source_counts`)."""
        self.source_counts()
        return self._sourceless

    @property
    def back_to_table(self) -> bool:
        """Whether escape goes back to the facts view (the article was opened from a row)."""
        return self._back_to

    @back_to_table.setter
    def back_to_table(self, value: bool) -> None:
        if value != self._back_to:
            self._back_to = value
            if self.key_bar.is_mounted:  # its escape is named after where it goes
                self.key_bar.redraw()

    def describe_key(self, binding: Binding) -> str:
        """The footer's word for a key: escape says where it goes."""
        if binding.action == "screen.escape" and self._back_to:
            return "Table"
        return binding.description

    def key_applies(self, binding: Binding) -> bool:
        """Whether the footer offers `binding` now (see `FACT_KEYS`)."""
        if binding.id in FACT_KEYS:
            return not self.raw and bool(self.reader.document.facts)
        if binding.id == "open":  # an empty list has no row to open
            return bool(self.article_list.total)
        return True

    def open_article(self, article_id: int, *, mark_read: bool = True) -> None:
        """Show an article, restore where it was left, and (unless told not to) mark it read."""
        self.save_position()
        self._preview = False
        self.back_to_table = False
        self.hidden = None
        try:
            stored = self.library.article(article_id)
        except (LibraryError, KeyError, LookupError) as error:
            self.notify(f"Cannot open this article: {error}", severity="error")
            return
        stored = stored._replace(article=drawn_article(stored.article))
        self.stored = stored
        self.raw = False
        separator = self.reader_app.symbols.plain(" · ")
        self.reader.border_title = pane_title("Article", stored.paths, separator)
        document = article_document(stored.article, separator)
        self.reader.show(document, top=stored.position)
        if self.facts_pane is not None and self.facts_pane.display:
            self.fill_facts_pane(self.facts_pane)
        self.set_message(self.facts_summary())
        if self.key_bar.is_mounted:  # the keys to facts, offered where there are some
            self.key_bar.redraw()
        if mark_read and not stored.read:
            self.set_state(stored.id, read=True)

    def fill_facts_pane(self, pane: FactsPane) -> None:
        """List the open article's facts, the one the reader has marked highlighted and in view
        under its kind's heading; with none marked, the pane opens at its top, on its first fact
        (a fact picked by the reading position scrolled the headings above it out of sight)."""
        if self.stored is None:
            pane.show(None, empty=NO_ARTICLE_FACTS)
            return
        if self.raw:
            pane.show(None, empty=RAW_PAGE_FACTS)
            return
        pane.show(self.stored.article, self.reader.document.facts)
        pane.select_fact(self.reader.current_fact)

    def facts_summary(self) -> str:
        """The open article's number of facts and the keys to them (`f` lists them, unless the
        facts pane lists them already)."""
        count = len(self.reader.document.facts)
        if not count:
            return NO_FACTS
        listed = self.facts_pane is not None and self.facts_pane.display
        return f"{count} fact{'s' if count > 1 else ''} · ] next{'' if listed else ', f list'}"

    def set_message(self, message: str) -> None:
        """Say what a key or the library watch did; said while another screen is shown (the
        facts view), it goes to that screen's status line too, where the user looks. What it
        quotes (a saved page's file name) is shown, never obeyed, on one line, as `notify`."""
        from govreader.export import printable  # here: the reader starts without it

        message = printable(message).replace("\n", "\\n")
        self.status_bar.show(right=message)
        if message and self.app.screen is not self:
            self.reader_app.show_message(message)

    def update_list_status(self) -> None:
        listing = self.article_list
        query = listing.query_
        parts = [f"{listing.cursor + 1:,}/{listing.total:,}" if listing.total else "0"]
        if listing.total != self.total:
            parts[0] += f" of {self.total:,}"
        short = [*parts, *describe_query(query, QUOTED_CELLS)]
        parts += describe_query(query)
        if query != ListQuery():
            parts.append("x shows all")
            short.append("x shows all")
        self.status_bar.show(left=" · ".join(parts), shorter=[" · ".join(short)])
        listing.set_empty_message(self._empty_message(query))
        if self._list_empty != (not listing.total) and self.key_bar.is_mounted:
            self.key_bar.redraw()  # enter's `Open` comes and goes with the rows
        self._list_empty = not listing.total

    def _empty_message(self, query: ListQuery) -> str:
        """What the list says when nothing is in it, instead of a blank pane; the way out on a
        line of its own, however long the filter's words are."""
        if query == ListQuery():
            return EMPTY_LIBRARY
        return f"No article matches {' · '.join(describe_query(query))}.\nPress x to show all."

    def _write(self, change: Callable[[], object]) -> None:
        """Store a change of reading state; a library that cannot be written is said once, and
        the reader goes on with the state kept for this session only."""
        try:
            change()
        except LibraryError as error:
            if not self._unwritable:
                self._unwritable = True
                self.notify(
                    f"Read state, bookmarks and places will not be kept: {error}",
                    severity="warning",
                )

    def set_state(
        self,
        article_id: int,
        *,
        read: bool | None = None,
        bookmarked: bool | None = None,
    ) -> None:
        """Store an article's read or bookmark state and redraw its row."""
        if read is not None:
            self._write(lambda: self.library.set_read(article_id, read))
        if bookmarked is not None:
            self._write(lambda: self.library.set_bookmark(article_id, bookmarked))
        stored = self.stored
        if stored is not None and stored.id == article_id:
            self.stored = stored._replace(
                read=stored.read if read is None else read,
                bookmarked=stored.bookmarked if bookmarked is None else bookmarked,
            )
        self.article_list.update_row(article_id, read=read, bookmarked=bookmarked)

    def save_position(self) -> None:
        stored = self.stored
        if stored is None or self.raw or stored.position == self.reader.top_offset:
            return
        self.stored = stored._replace(position=self.reader.top_offset)
        self._write(lambda: self.library.set_position(stored.id, self.reader.top_offset))

    def refresh_library(self, *, message: str | None) -> None:
        """Count and list again, the cursor kept on the article it was on (or its place)."""
        with contextlib.suppress(LibraryError):
            self.data_version = self.library.data_version()
        listing = self.article_list
        current = listing.current
        self._sources = None
        self.library_changes += 1
        try:
            listing.refresh_rows(follow=current.id if current is not None else None)
        except LibraryError as error:
            self.notify(str(error), severity="error")
            return
        finally:
            self.count_all()  # after the list, whose count it reuses
        self.update_list_status()
        if self.stored is None and self.hidden is None:  # removed, or none yet: show a row
            row = listing.current
            if row is not None:
                self.open_article(row.id, mark_read=False)
            else:
                self.reader.show(raw_document("The list is empty."))
        if message is not None:
            self.set_message(message)
