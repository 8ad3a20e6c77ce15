"""The keys that act on the list: filters, the next unread article, marking the list read, and
reading the library again (by hand with `R`, or when another process changed it).

Part of `MainScreen` (see `main_core`), kept apart so the screen module stays about
composing the panes.
"""

from __future__ import annotations

from govreader.library import LibraryError, ListQuery
from govreader.model import FactKind
from govreader.plain_output import safe
from govreader.tui.document import raw_document
from govreader.tui.screens.main_core import MainCore

WATCH_SECONDS = 1.0
"""How often the reader asks SQLite whether another process (`govreader add`) changed the
library: `PRAGMA data_version`, a read of one number."""

KIND_CHOICES = {
    FactKind.AWARD: "With an award",
    FactKind.PROGRAM: "With a program",
    FactKind.TARGET: "With a target or result",
    FactKind.AUDIENCE: "With an audience",
    FactKind.AMOUNT: "With an amount of money",
    FactKind.QUOTE: "With a quote",
}


NOT_LISTED = "The article you had open is not in this list.\nx shows all and brings it back."
ENTER_OPENS = "\nEnter opens the one under the cursor."
"""What the reader says in place of an article the list's filters left out: each key's hint on
a line of its own, so that a narrow reader (76 cells at 80 columns) never breaks one in two."""
NO_SOURCE = "\x00"
"""The source chooser's key for "articles with no source": no site name holds a NUL, which
`ingest.safety` takes out of every page."""


class ListActions(MainCore):
    def set_query(self, query: ListQuery, *, follow_open: bool = True) -> None:
        """Filter the list; the cursor stays on the open article while it is listed."""
        shown = self.stored.id if self.stored is not None else self.hidden
        try:
            place = self.article_list.set_query(query, follow=shown, move=follow_open)
            if shown is not None:
                self._follow_the_list(shown, listed=place is not None)
        except LibraryError as error:
            self.notify(str(error), severity="error")
        self.update_list_status()
        self.set_message("")  # the left of the status line says what the list holds now

    def _follow_the_list(self, article_id: int, *, listed: bool) -> None:
        """The reader shows no article the list leaves out: a filter that drops the open one
        closes it, as a mail reader's preview clears when its message is filtered away, so
        the keys that act on "this article" never act on one the list hides; the notice says
        so, and the filter that lists it again brings it back where it was left (unread
        state untouched, and a preview still a preview: moving into it reads it)."""
        if self.stored is not None and not listed:
            self.save_position()
            self.stored = None
            self.hidden = article_id
            self.hidden_preview, self._preview = self._preview, False
            self.raw = False
            self.raw_request += 1  # a raw page still being read is no longer wanted
            self.reader.border_title = "Article"
            if self.facts_pane is not None and self.facts_pane.display:
                self.fill_facts_pane(self.facts_pane)
            if self.key_bar.is_mounted:
                self.key_bar.redraw()
        elif self.stored is None and listed and self.hidden == article_id:
            preview = self.hidden_preview
            self.open_article(article_id, mark_read=False)
            self._preview = preview and self.stored is not None  # tab into it still reads it
            return
        if self.hidden == article_id:  # said again as the list empties or fills
            rows = self.article_list.total
            self.reader.show(raw_document(NOT_LISTED + (ENTER_OPENS if rows else "")))

    def action_choose_kind(self) -> None:
        from govreader.tui.screens.choice import ChoiceScreen

        choices = [("", "Any article"), *((str(k), label) for k, label in KIND_CHOICES.items())]
        current = str(self.article_list.query_.kind or "")
        try:  # each kind's number of articles, as the source chooser counts its sources
            counts = {str(k): n for k, n in self.library.kind_counts().items()}
        except LibraryError:
            counts = None

        def chosen(key: str | None) -> None:
            if key is not None:
                kind = FactKind(key) if key else None
                self.set_query(self.article_list.query_._replace(kind=kind))

        chooser = ChoiceScreen(
            "Filter by fact kind", choices, current, counts=counts, filterable=False
        )
        self.app.push_screen(chooser, chosen)

    def action_choose_source(self) -> None:
        """The sources to filter by, each with its number of articles, and the articles whose
        page named none (next to "Every source", in sight however many sources follow)."""
        from govreader.tui.screens.choice import ChoiceScreen

        counts: dict[str, int] = dict(self.source_counts())
        choices = [("", "Every source"), *((s, safe(s)) for s in counts)]
        sourceless = self.sourceless_count()
        if sourceless:
            counts[NO_SOURCE] = sourceless
            choices.insert(1, (NO_SOURCE, "(no source)"))

        def chosen(key: str | None) -> None:
            if key is not None:
                self.action_set_source(key)

        query = self.article_list.query_
        current = NO_SOURCE if query.sourceless else query.source or ""
        worded = frozenset({NO_SOURCE})
        self.app.push_screen(
            ChoiceScreen("Filter by source", choices, current, counts=counts, worded=worded),
            chosen,
        )

    def action_set_source(self, source: str) -> None:
        """Filter by `source`: `NO_SOURCE` keeps the articles with none, "" every article."""
        sourceless = source == NO_SOURCE
        query = self.article_list.query_
        self.set_query(
            query._replace(source=None if sourceless else source or None, sourceless=sourceless)
        )

    def action_toggle_unread_filter(self) -> None:
        query = self.article_list.query_
        self.set_query(query._replace(unread=not query.unread))

    def action_toggle_bookmarked_filter(self) -> None:
        query = self.article_list.query_
        self.set_query(query._replace(bookmarked=not query.bookmarked))

    def action_clear_filters(self) -> None:
        self.set_query(ListQuery())
        self.set_message("every article shown")

    def action_next_unread(self) -> None:
        """Open the next unread article of the list after the cursor, coming round at the end."""
        listing = self.article_list
        start, total = listing.cursor, listing.total
        for step in range(1, total + 1):
            index = (start + step) % total
            row = listing.row(index)
            if row is not None and not row.read:
                listing.cursor = index
                self.open_article(row.id)
                self.set_message("next unread" + (" (wrapped)" if index <= start else ""))
                return
        self.set_message("no unread article in this list")

    def action_mark_all_read(self) -> None:
        """Mark every article of the list (as filtered now) read, after a yes."""
        from govreader.tui.screens.confirm import ConfirmScreen

        listing = self.article_list
        if not listing.total:
            self.set_message(self.empty_list())
            return
        noun = "article" if listing.total == 1 else "articles"

        def answered(yes: bool | None) -> None:
            if not yes:
                self.set_message("cancelled: nothing was marked read")
                return
            try:
                changed = self.library.mark_read(listing.query_)
            except LibraryError as error:
                self.notify(str(error), severity="error")
                return
            if self.stored is not None:
                self.stored = self.stored._replace(read=True)
            self.refresh_library(message=f"marked {changed:,} read")

        question = f"Mark all {listing.total:,} {noun} of this list read?"
        self.app.push_screen(ConfirmScreen("Mark all read", question), answered)

    def action_reload(self) -> None:
        """Read the library again: the list, the counts and the open article."""
        self.refresh_library(message=None)
        if self.stored is not None and not self.raw:
            self.open_article(self.stored.id, mark_read=False)
        self.set_message(f"reloaded · {self.total:,} articles")

    def watch_library(self) -> None:
        """Called on a timer: refresh when another process committed to the library."""
        try:
            version = self.library.data_version()
        except LibraryError:
            return
        if version != self.data_version:
            before = self.total
            self.refresh_library(message=None)
            added = self.total - before
            if added > 0:
                self.set_message(f"{added:,} new article{'s' if added > 1 else ''}")
