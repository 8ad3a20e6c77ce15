"""`govreader add`, `remove`, `search` and `list`: the library from the shell."""

from __future__ import annotations

import argparse
import os
import re
from datetime import date
from functools import lru_cache
from itertools import chain, islice

from govreader.export import say
from govreader.import_report import empty_library, open_library, say_refused, summary_line
from govreader.library import LibraryError, ListQuery, is_stand_in
from govreader.model import FactKind
from govreader.plain_output import BOLD, CYAN, DIM, GREEN, REVERSE, Output, safe

SOURCE_CELLS = 12
PADDED_COUNTS = tuple(f"{count:>2}" for count in range(100))
"""A fact count as `list` prints it, made once: formatting each row's counts anew took a fifth
of the time `list` spends on a row."""


def _library_failed(error: LibraryError) -> int:
    say(str(error))
    return 1


def cmd_add(args: argparse.Namespace) -> int:
    """Import with a progress bar on stderr, then a summary; exit 1 if a page failed (files that
    are plainly not pages are skipped, which is no failure)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    from govreader.library import import_paths

    class PagesPerSecond(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:.0f} pages/s" if task.speed else "", style="dim")

    if args.jobs is not None and args.jobs < 1:
        say("must be 1 or more", "--jobs")
        return 2
    err = Console(stderr=True, highlight=False)
    progress = Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        PagesPerSecond(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    task = progress.add_task("import", total=None)
    try:
        with open_library(args.library) as library, progress:
            summary = import_paths(
                library,
                args.paths,
                jobs=args.jobs,
                on_start=lambda total: progress.update(task, total=total),
                on_progress=lambda _path, _outcome: progress.advance(task),
            )
    except LibraryError as error:
        return _library_failed(error)
    say_refused(summary)
    print(summary_line(summary))
    if summary.interrupted:
        say("interrupted; every page imported so far is kept")
        return 130
    return 1 if summary.failed else 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Take out of the library the articles imported from PATHs (a folder: every page under it).
    The saved pages themselves are never touched."""
    try:
        with open_library(args.library) as library:
            known = library.known_paths()
            chosen: list[str] = []
            unknown = False
            for given in args.paths:
                folder = os.path.abspath(given)
                inside = folder.rstrip(os.sep) + os.sep
                matched = sorted(p for p in known if p == folder or p.startswith(inside))
                if not matched:
                    say("no article in the library was imported from here", given)
                    unknown = True
                chosen += matched
            removed = library.remove(library.article_ids(chosen))
    except LibraryError as error:
        return _library_failed(error)
    noun = "article" if removed == 1 else "articles"
    print(f"removed {removed} {noun} from the library (the saved pages are untouched)")
    return 1 if unknown else 0


def _valid_date(value: str) -> bool:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, naming a month and a day that exist."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if match is None:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _filters_in_words(args: argparse.Namespace) -> str:
    words = []
    if args.kind:
        words.append(f"with a fact of kind {args.kind}")
    if args.source:
        words.append(f"from {args.source}")
    if args.no_source:
        words.append("with no source")
    if args.since:
        words.append(f"since {args.since}")
    if args.until:
        words.append(f"until {args.until}")
    return (" " + ", ".join(words)) if words else ""


def cmd_search(args: argparse.Namespace) -> int:
    """Print each hit (date, source, title) and a line of text around the match."""
    kinds = {kind.value: kind for kind in FactKind}
    if args.kind is not None and args.kind not in kinds:
        say(f"unknown kind {args.kind!r} (one of {', '.join(kinds)})", "--kind")
        return 2
    for option in ("since", "until"):
        value = getattr(args, option)
        if value is not None and not _valid_date(value):
            say(f"{value!r} is not a date like 2022, 2022-07 or 2022-07-21", f"--{option}")
            return 2
    if args.limit < 1:
        say("must be 1 or more", "--limit")
        return 2
    if not args.query.strip():
        say("the query is empty", "search")
        return 2
    try:
        with open_library(args.library) as library:
            hits = library.search(
                args.query,
                kind=kinds.get(args.kind or ""),
                source=args.source,
                sourceless=args.no_source,
                since=args.since,
                until=args.until,
                limit=args.limit,
            )
            empty = not hits and library.is_empty()
    except LibraryError as error:
        return _library_failed(error)
    with Output() as out:
        if empty:
            out.write((empty_library(args.library), ()))
            return 0
        if not hits:
            nothing = f"No article in the library matches {args.query!r}{_filters_in_words(args)}."
            out.write((safe(nothing), ()))
            return 0
        for hit in hits:
            head: list[tuple[str, tuple[str, ...]]] = [
                ((hit.row.published or "")[:10].ljust(10), (CYAN,))
            ]
            if hit.row.source:
                head += [("  ", ()), (safe(hit.row.source), (GREEN,))]
            title = (safe(hit.row.title), (DIM,) if is_stand_in(hit.row.title) else (BOLD,))
            out.write(*head, ("  ", ()), title)
            line, start, end = safe(hit.snippet), hit.match_start, hit.match_end
            found = (line[start:end], (REVERSE,))
            out.write(("    ", ()), (line[:start], ()), found, (line[end:], ()))
        if len(hits) == args.limit:
            out.write((f"(first {args.limit} hits; --limit N shows more)", (DIM,)))
        return 0


def cmd_list(args: argparse.Namespace) -> int:
    """Plain aligned columns, newest first: date, source, counts per fact kind, title.

    Rows are written as the library yields them (in a pipe, in blocks of lines), without Rich's
    console: 10,000 rows print in a fraction of a second. In a terminal, lines are cut to its
    width and unread titles are bold.
    """
    from govreader.tui.wrap import fit

    if args.limit is not None and args.limit < 1:
        say("must be 1 or more", "--limit")
        return 2
    kinds = tuple(FactKind)
    try:
        with Output() as out, open_library(args.library) as library:
            rows = library.iter_rows(ListQuery())
            first = next(rows, None)
            if first is None:
                out.write((empty_library(args.library), ()))
                return 0
            header = "date        " + "source".ljust(SOURCE_CELLS) + "  "
            out.write((header + " ".join(kind.value[:2] for kind in kinds) + "  title", (BOLD,)))
            source = lru_cache(maxsize=1024)(lambda name: fit(safe(name or ""), SOURCE_CELLS))
            for row in islice(chain([first], rows), args.limit):
                numbers = " ".join(  # in FactKind order
                    [
                        PADDED_COUNTS[n] if 0 <= n < 100 else f"{n:>2}"
                        for n in row.fact_counts.values()
                    ]
                )
                lead = f"{(row.published or '')[:10]:<10}  {source(row.source)}  {numbers}  "
                shown = (DIM,) if is_stand_in(row.title) else () if row.read else (BOLD,)
                out.write((lead, ()), (safe(row.title), shown))
    except LibraryError as error:
        return _library_failed(error)
    return 0
