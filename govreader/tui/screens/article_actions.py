"""The keys that act on one article: read and bookmark state, the raw page, the saved file
(open it, copy its path), export of its facts, removal from the library.

Part of `MainScreen` (see `main_core`), kept apart so the screen module stays about
composing the panes.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import work

from govreader.article_text import shown_title
from govreader.hangul_forms import shown_name
from govreader.library import LibraryError
from govreader.model import PageError
from govreader.tui.document import pane_title, raw_document
from govreader.tui.screens.main_core import NO_FACTS, MainCore
from govreader.tui.wrap import fit

if TYPE_CHECKING:
    import subprocess

    from govreader.viewer import Viewer

RAW_LOADING = "reading the saved page…"
QUESTION_TITLE_CELLS = 150
"""The most of a title a question shows: about three lines of its box."""
VIEWER_WATCH_STEP = 0.1
VIEWER_WATCH_STEPS = 12
"""A viewer that fails (bad `$BROWSER`, page it cannot read) mostly quits within about a second."""
VIEWER_LATE_STEP = 1.0
"""How often a viewer said to be open is looked at again, so a failure later is still told."""


class ArticleActions(MainCore):
    """`u` `b` `d` act on the row under the cursor while the list has focus (as in a mail
    reader), else on the open article; the others act on the open article."""

    def _target(self) -> tuple[int, bool, bool] | None:
        """(id, read, bookmarked) of the article `u`, `b` and `d` act on (or say there is none)."""
        if self.focused is self.article_list:
            row = self.article_list.current
            if row is None:
                self.set_message(self.empty_list())
            return None if row is None else (row.id, row.read, row.bookmarked)
        stored = self.shown_article()
        return None if stored is None else (stored.id, stored.read, stored.bookmarked)

    def action_toggle_read(self) -> None:
        target = self._target()
        if target is None:
            return
        article_id, read, _ = target
        if self.stored is not None and self.stored.id == article_id:
            self._preview = False  # the user's choice stands
        self.set_state(article_id, read=not read)
        self.set_message("marked unread" if read else "marked read")

    def action_toggle_bookmark(self) -> None:
        target = self._target()
        if target is None:
            return
        article_id, _, bookmarked = target
        self.set_state(article_id, bookmarked=not bookmarked)
        self.set_message("bookmark removed" if bookmarked else "bookmarked")

    def action_toggle_raw(self) -> None:
        """The saved page as it is, read again from its file in a worker: a slow disk or a
        huge page shows "reading…" instead of freezing the reader; `r` again goes back."""
        stored = self.shown_article()
        if stored is None:
            return
        self.raw_request += 1
        if self.raw:
            self.open_article(stored.id)
            return
        self.save_position()
        self.raw = True
        separator = self.reader_app.symbols.plain(" · ")
        self.reader.border_title = pane_title("Raw page", stored.paths, separator)
        self.reader.show(raw_document(RAW_LOADING))
        self.key_bar.redraw()  # no keys to facts on the raw page
        if self.facts_pane is not None:
            self.fill_facts_pane(self.facts_pane)  # says the raw page marks no facts
        self.set_message("reading the saved page… · r shows the clean article")
        self._read_raw(stored.id, self.raw_request)

    @work(thread=True, group="raw-page")
    def _read_raw(self, article_id: int, request: int) -> None:
        try:
            text = self.library.raw_text(article_id)
        except (PageError, LibraryError, OSError) as error:
            reason = error.reason if isinstance(error, PageError) else str(error)
            self.app.call_from_thread(self._raw_failed, article_id, request, reason)
            return
        self.app.call_from_thread(self._raw_read, request, text)

    def _raw_read(self, request: int, text: str) -> None:
        if request != self.raw_request or not self.raw:
            return  # the user went back, or on to another article, meanwhile
        self.reader.show(raw_document(text))
        self.set_message("raw page · r shows the clean article")

    def _raw_failed(self, article_id: int, request: int, reason: str) -> None:
        if request == self.raw_request and self.raw:
            self.open_article(article_id, mark_read=False)
        self.notify(f"Cannot show the raw page: {reason}", severity="error")

    def _saved_page(self) -> Path | None:
        """The first saved copy of the open article that is still there (or say it is gone)."""
        stored = self.shown_article()
        if stored is None:
            return None
        path = next((Path(p) for p in stored.paths if Path(p).exists()), None)
        if path is None:
            self.notify("The saved page is gone (the article stays here).", severity="warning")
        return path

    def action_open_original(self) -> None:
        """The saved page in `$BROWSER`, the desktop's viewer, or a browser in the terminal."""
        from textual.app import SuspendNotSupported

        from govreader.viewer import choose_viewer, run, start

        path = self._saved_page()
        if path is None:
            return
        viewer = choose_viewer(path)
        if viewer is None:
            self.notify(
                f"No viewer found (set $BROWSER); the file is {shown_name(path)}",
                severity="warning",
            )
            return
        try:
            if not viewer.in_terminal:
                self.set_message(f"opening {shown_name(path.name)} with {viewer.name}…")
                self.run_worker(self._watch_viewer(start(viewer), viewer, path), group="viewer")
                return
            with self.app.suspend():  # the viewer has the terminal until it quits
                run(viewer)
        except SuspendNotSupported:
            self.notify(
                f"Cannot hand the terminal to {viewer.name} here; the file is {shown_name(path)}"
            )
        except OSError as error:
            self.notify(f"Cannot run {viewer.name}: {error.strerror or error}", severity="error")
        else:
            self.set_message(f"back from {viewer.name}")

    async def _watch_viewer(
        self, process: subprocess.Popen[bytes] | None, viewer: Viewer, path: Path
    ) -> None:
        """Say "opened" only once the viewer has not failed at once (a missing page, a `$BROWSER`
        that cannot show it), then go on looking now and then until it quits, so a failure after
        that is told too; the reader goes on meanwhile (the process is polled, never waited for,
        so nothing holds the reader when it quits first)."""
        from govreader.viewer import failed_at_once

        for _ in range(VIEWER_WATCH_STEPS):
            if process is None or process.poll() is not None:
                break
            await asyncio.sleep(VIEWER_WATCH_STEP)
        failed = f"{viewer.name} failed on {shown_name(path)}"
        status = failed_at_once(process)
        if status is not None:
            self.notify(f"{failed} (exit {status})", severity="error")
            return
        self.notify(f"Opened {shown_name(path.name)} with {viewer.name}")
        while process is not None and process.poll() is None:
            await asyncio.sleep(VIEWER_LATE_STEP)
        status = failed_at_once(process)
        if status is not None:
            self.notify(f"{failed} (exit {status}, after it opened)", severity="error")

    def action_copy_path(self) -> None:
        path = self._saved_page()
        if path is not None:
            self.reader_app.copy_to_clipboard(
                str(path), said=f"Copied the path: {shown_name(path)}"
            )

    def action_export(self, fmt: str) -> None:
        """This article's facts to a new file named after it, in the export folder."""
        from govreader.export import ExportFormat, export_article, shown_path

        stored = self.shown_article()
        if stored is None:
            return
        if not stored.article.facts:
            self.set_message(f"nothing to export: {NO_FACTS}")
            return
        folder = self.reader_app.export_dir
        try:
            target = export_article(stored.article, ExportFormat(fmt), folder)
        except OSError as error:
            self.notify(f"Cannot write to {folder}: {error.strerror or error}", severity="error")
            return
        count = len(stored.article.facts)
        self.notify(f"Wrote {count} fact{'s' if count != 1 else ''} to {shown_path(target)}")

    def action_remove(self) -> None:
        """Take the article out of the library after a yes (its saved page stays where it is)."""
        from govreader.tui.screens.confirm import ConfirmScreen

        target = self._target()
        if target is None:
            return
        article_id = target[0]
        row = self.article_list.current
        if self.stored is not None and self.stored.id == article_id:
            title = shown_title(self.stored.article)
        else:
            title = row.title if row is not None else "this article"

        def answered(yes: bool | None) -> None:
            if yes:
                self.remove_article(article_id, title)
            else:
                self.set_message("cancelled: the article stays in the library")

        if cell_len(title) > QUESTION_TITLE_CELLS:  # a page's title may run to pages of its own
            title = fit(title, QUESTION_TITLE_CELLS, self.reader_app.symbols.ellipsis).rstrip()
        question = f"Remove “{title}” from the library?\nThe saved page itself is not touched."
        self.app.push_screen(ConfirmScreen("Remove article", question), answered)

    def remove_article(self, article_id: int, title: str | None = None) -> None:
        """Take the article out and say which (by `title`, when the caller knows it)."""
        try:
            self.library.remove([article_id])
        except LibraryError as error:
            self.notify(str(error), severity="error")
            return
        if self.stored is not None and self.stored.id == article_id:
            self.stored = None
        named = f"“{title}” " if title else ""
        self.refresh_library(message=f"removed {named}from the library")
