"""The list pane: a virtual, line-based list of the library's articles.

With 10,000 articles, building one widget (or even one option) per article costs seconds, so this
`ScrollView` asks the library only for the rows in view, a page at a time, and draws each row as
one line through the Line API.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from govreader.library import ArticleRow, LibraryError, ListQuery, is_stand_in
from govreader.model import FactKind
from govreader.plain_output import safe
from govreader.tui.symbols import UNICODE, Symbols
from govreader.tui.widgets.frame_lines import FrameLines
from govreader.tui.wrap import fit, wrap_line

if TYPE_CHECKING:
    from govreader.library import Library

PAGE_SIZE = 100
MAX_PAGES = 32
DATE_CELLS = 10
NARROW_SOURCE_CELLS = 8
"""A side-by-side list's source from 110 to about 145 columns: a name's first syllables and an
ellipsis (서울서…), which tells the papers apart and leaves the title seven to ten syllables, as a
mail index keeps its sender column however narrow it gets."""
SOURCE_CELLS = 12
WIDE_SOURCE_CELLS = 14
"""A wide list's source column: seven syllables, a regional paper's whole name (대구경북타임즈)."""
NARROW_LIST = 42
"""The narrowest side-by-side list: 40% of the 110 columns the automatic layout puts panes side
by side from, less its border."""
SOURCE_LIST = 56
WIDE_LIST = 100
FLAG_CELLS = 7  # "●⚑★ 12 ": unread, bookmark, award, fact count


def source_room(width: int) -> int:
    """The source column's cells in a list `width` cells wide: wider lists give it more, and it
    never disappears as the terminal widens (a list of 42 cells, 110 columns side by side, keeps a
    shortened one); only a list too narrow to leave a title its words goes without."""
    if width >= WIDE_LIST:
        return WIDE_SOURCE_CELLS
    if width >= SOURCE_LIST:
        return SOURCE_CELLS
    return NARROW_SOURCE_CELLS if width >= NARROW_LIST else 0


def row_pieces(
    row: ArticleRow, width: int, styles: dict[str, Style], symbols: Symbols
) -> list[tuple[str, Style]]:
    """One list line of exactly `width` cells, as styled pieces: date, source, flags, then the
    title.

    The flags come before the title, as in a mail reader's index: a title's own symbols, drawn
    double by some terminals, can only push the end of the line. The title takes what is left
    and is cut by cell width, so columns stay aligned however many double-width syllables a row
    holds.
    """
    facts = sum(row.fact_counts.values())
    source_cells = source_room(width)
    date_cells = DATE_CELLS if width >= 40 else 0
    fixed = (date_cells + 1 if date_cells else 0) + (source_cells + 1 if source_cells else 0)
    title_cells = max(width - fixed - FLAG_CELLS, 4)
    plain = Style()
    pieces: list[tuple[str, Style]] = []
    if date_cells:
        pieces += [(fit((row.published or "")[:10], date_cells), styles["date"]), (" ", plain)]
    if source_cells:
        source = fit(row.source or "", source_cells, symbols.ellipsis)
        pieces += [(source, styles["source"]), (" ", plain)]
    flags = [
        (symbols.unread if not row.read else " ", styles["unread-dot"]),
        (symbols.bookmark if row.bookmarked else " ", styles["bookmark"]),
        (symbols.award if row.fact_counts.get(FactKind.AWARD) else " ", styles["award"]),
        (f"{min(facts, 999):>3} " if facts else "    ", styles["count"]),
    ]
    title_style = styles["unread"] if not row.read else plain
    if is_stand_in(row.title):  # the body's first words, not a headline
        title_style = styles["source"]
    pieces += [*flags, (fit(row.title, title_cells, symbols.ellipsis), title_style)]
    # `fit` gives each column its cells exactly: only the flags are measured
    used = fixed + sum(cell_len(piece) for piece, _ in flags) + title_cells
    if used < width:
        pieces.append((" " * (width - used), plain))
    return pieces


def _wrapped(said: str, width: int) -> list[tuple[int, int]]:
    """The spans of `said`'s lines `width` cells wide, each of its own lines wrapped alone."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in said.split("\n"):
        spans += wrap_line(said, start, start + len(line), width)
        start += len(line) + 1
    return spans


def _drawn(row: ArticleRow) -> ArticleRow:
    """A row with no control, override or isolate in what it shows (`drawn_article`)."""
    source = row.source and safe(row.source)
    if source == row.source and row.title.isprintable():
        return row
    return row._replace(title=safe(row.title), source=source)


class ArticleList(FrameLines, ScrollView, can_focus=True):
    """Every article matching the current query, newest first, fetched page by page."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="open", tooltip="Open the selected article"),
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--date",
        "article-list--source",
        "article-list--unread",
        "article-list--unread-dot",
        "article-list--award",
        "article-list--count",
        "article-list--bookmark",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to another row (or the list changed under it)."""

        def __init__(self, row: ArticleRow | None) -> None:
            super().__init__()
            self.row = row

    class Opened(Message):
        """The user asked to read the row under the cursor."""

        def __init__(self, row: ArticleRow) -> None:
            super().__init__()
            self.row = row

    class NothingToOpen(Message):
        """The user asked to read the row under the cursor, and the list has none."""

    def __init__(self, library: Library, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.query_: ListQuery = ListQuery()
        self.total = 0
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self._strips: dict[int, Strip] = {}  # drawn rows of the current width and styles
        self._styles: dict[str, Style] | None = None
        self.empty_message = ""
        self.symbols = UNICODE
        self._reported: set[str] = set()

    def set_empty_message(self, message: str) -> None:
        """What the first line says when no article matches (never a blank pane)."""
        if message != self.empty_message:
            self.empty_message = message
            if not self.total:
                self.refresh()

    def on_mount(self) -> None:
        self.reload()

    def set_query(
        self, query: ListQuery, *, follow: int | None = None, move: bool = True
    ) -> int | None:
        """The articles matching `query`, the cursor on the first; the row of article `follow`
        (None: not listed), where the cursor goes when `move`. The caller is told, so that it
        asks the library once whether the article it shows is still listed (a `LibraryError`
        is the caller's to say)."""
        self.query_ = query
        self.reload(keep_cursor=False)
        place = None if follow is None else self.library.position(query, follow)
        if place and move:
            self.cursor = place
        return place

    def reload(self, *, keep_cursor: bool = True) -> None:
        """Forget fetched rows (read state or the set may have changed) and count again."""
        self._pages.clear()
        self._strips.clear()
        try:
            self.total = self.library.count(self.query_)
        except LibraryError as error:
            self._unreadable(error)
            self.total = 0
        self.virtual_size = Size(self.size.width, self.total)
        self._scroll_update(self.virtual_size)  # so scrolling to the cursor is not clamped
        cursor = min(self.cursor, max(self.total - 1, 0)) if keep_cursor else 0
        if not keep_cursor:
            self.scroll_to(y=0, animate=False)
        self.cursor = cursor
        self.refresh()

    def refresh_rows(self, *, follow: int | None) -> None:
        """Fetch again (articles came or went); the cursor stays on article `follow` if it is
        still listed, else at its place."""
        self.reload()
        place = None if follow is None else self.library.position(self.query_, follow)
        if place is not None and place != self.cursor:
            self.cursor = place

    def row(self, index: int) -> ArticleRow | None:
        """The row at `index` in the current order, fetching its page on first use."""
        if not 0 <= index < self.total:
            return None
        page, offset = divmod(index, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            try:
                rows = list(
                    map(_drawn, self.library.rows(self.query_, page * PAGE_SIZE, PAGE_SIZE))
                )
            except LibraryError as error:  # a damaged page of the file: those rows stay blank
                self._unreadable(error)
                rows = []
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _unreadable(self, error: LibraryError) -> None:
        """A damaged library: say so once, and list what can be read."""
        if str(error) not in self._reported:
            self._reported.add(str(error))
            self.app.notify(str(error), severity="error", timeout=10)

    @property
    def current(self) -> ArticleRow | None:
        return self.row(self.cursor)

    def update_row(
        self, article_id: int, *, read: bool | None = None, bookmarked: bool | None = None
    ) -> None:
        """Redraw a row whose state changed, in place, so the list does not reshuffle."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == article_id:
                    rows[offset] = row._replace(
                        read=row.read if read is None else read,
                        bookmarked=row.bookmarked if bookmarked is None else bookmarked,
                    )
                    self._strips.pop(page * PAGE_SIZE + offset, None)
                    self.refresh_line(page * PAGE_SIZE + offset)

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self.scroll_to_line(new)
        self.post_message(self.Highlighted(self.current))

    def refresh_line(self, index: int) -> None:
        """Redraw one row if it is on screen."""
        self._strips.pop(index, None)
        y = index - round(self.scroll_y)
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def scroll_to_line(self, index: int) -> None:
        top = round(self.scroll_y)
        height = max(self.size.height, 1)
        if index < top:
            self.scroll_to(y=index, animate=False)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        self._strips.clear()
        self.virtual_size = Size(event.size.width, self.total)

    def notify_style_update(self) -> None:
        # Called on every focus change too; rows are redrawn only if their styles differ
        # (see render_line), the cursor row always is.
        super().notify_style_update()
        self._styles = None

    def _row_styles(self) -> dict[str, Style]:
        if self._styles is None:
            self._styles = {
                name: self.get_component_rich_style(f"article-list--{name}", partial=True)
                for name in ("date", "source", "unread", "unread-dot", "award", "count", "bookmark")
            }
        return self._styles

    def _cursor_styles(self) -> dict[str, Style]:
        """The columns' styles without their colours: the cursor row is all one colour."""
        return {
            name: Style(bold=style.bold, italic=style.italic)
            for name, style in self._row_styles().items()
        }

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_y) + y
        base = self.line_base(self.app.theme, self.symbols)
        strip = self._strips.get(index)
        if strip is not None:
            return strip
        width = self.size.width
        row = self.row(index)
        if row is None:
            said = self.empty_message
            lines = _wrapped(said, width) if said and not self.total else []
            if index < len(lines):  # wrapped: its way out (press x) comes last, on its own line
                start, end = lines[index]
                message = Text(fit(said[start:end].rstrip(), width), self._row_styles()["date"])
                return Strip(message.render(self.app.console), width).apply_style(base)
            return Strip.blank(width, base)
        if index == self.cursor:
            cursor = self.get_component_rich_style("article-list--cursor", partial=True)
            pieces = row_pieces(row, width, self._cursor_styles(), self.symbols)
            pieces = [(piece, style + cursor) for piece, style in pieces]
        else:
            pieces = row_pieces(row, width, self._row_styles(), self.symbols)
        # A segment a piece, the widget's style under each afterwards: a Text rendered by Rich
        # would combine styles at every span edge, half of drawing a row.
        segments = [Segment(piece, style) for piece, style in pieces]
        strip = Strip(segments, width).apply_style(base)
        strip = strip.crop_extend(0, width, base)
        if index != self.cursor:  # the cursor's look depends on focus: never cached
            if len(self._strips) > 4 * PAGE_SIZE:
                self._strips.clear()
            self._strips[index] = strip
        return strip

    def action_cursor(self, delta: int) -> None:
        if self.total:
            self.cursor = min(max(self.cursor + delta, 0), self.total - 1)

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(self.size.height - 1, 1))

    def action_first(self) -> None:
        self.action_cursor(-self.total)

    def action_last(self) -> None:
        self.action_cursor(self.total)

    def action_open(self) -> None:
        row = self.current
        self.post_message(self.NothingToOpen() if row is None else self.Opened(row))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:  # on the border or the scrollbar
            return
        index = round(self.scroll_y) + offset.y
        if 0 <= index < self.total:
            self.cursor = index
            self.action_open()
