"""The `govreader` command: argument parsing and headless commands; the TUI loads lazily."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from govreader import __version__

if TYPE_CHECKING:
    from govreader.library import ImportSummary
    from govreader.workers import Task as PageTask

COMMANDS = ("add", "clean", "facts", "search", "list")


def _error(path: object, reason: str) -> None:
    """One line on stderr; file names may hold escapes, so they are shown, not obeyed."""
    from govreader.export import printable

    name = printable(str(path)).replace("\n", "\\n")  # a name must not start a new line
    print(printable(f"govreader: {name}: {reason}"), file=sys.stderr)


def _library_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--library",
        metavar="DIR",
        type=Path,
        help="library folder (default: $GOVREADER_LIBRARY or the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govreader",
        description="Read saved Korean local-government news clean, with its facts highlighted.",
        epilog="Commands: " + ", ".join(COMMANDS) + ". Run 'govreader COMMAND --help' for each.",
    )
    parser.add_argument("--version", action="version", version=f"govreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_ = sub.add_parser("open", help="import PATHs (if any) and open the reader")
    open_.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    _library_option(open_)

    add = sub.add_parser("add", help="import files and folders into the library")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    _library_option(add)

    clean = sub.add_parser("clean", help="print the cleaned article of each page")
    clean.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    facts = sub.add_parser("facts", help="print the facts found in each page")
    facts.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    facts.add_argument("--format", choices=("json", "jsonl", "csv"), default="json")

    search = sub.add_parser("search", help="full-text search of the library")
    search.add_argument("query")
    search.add_argument("--kind", help="only articles with a fact of this kind")
    search.add_argument("--source", help="only articles from this source")
    search.add_argument("--since", help="only articles published on or after YYYY-MM-DD")
    search.add_argument("--until", help="only articles published on or before YYYY-MM-DD")
    search.add_argument("--limit", type=int, default=20, help="most hits to print (default 20)")
    _library_option(search)

    list_ = sub.add_parser("list", help="the library, newest first")
    list_.add_argument("--limit", type=int, default=None, help="most rows to print")
    _library_option(list_)
    return parser


def _clean_task(path: str, data: bytes | None) -> object:
    """A worker's job for `clean`: the cleaned article, or why the page cannot be read."""
    from govreader.clean import clean_page
    from govreader.ingest import load_page

    return _answer(path, lambda: clean_page(load_page(Path(path), data)))


def _facts_task(path: str, data: bytes | None) -> object:
    """A worker's job for `facts`: the article with its facts, or why it cannot be read."""
    from govreader.reading import read_page

    return _answer(path, lambda: read_page(Path(path), data))


def _answer(path: str, read: Callable[[], object]) -> object:
    """The article, or the reason as a string (a `PageError` does not survive pickling)."""
    from govreader.model import PageError

    try:
        return read()
    except PageError as error:
        return error.reason
    except Exception as error:  # a reader bug must cost one page, not the whole batch
        return f"cannot be read ({type(error).__name__}: {error})"


def _read_each(paths: Sequence[Path], task: PageTask) -> Iterator[tuple[str, object]]:
    """Each page found under `paths`, in order, with its article or the reason it failed. Pages
    are read in a worker process, each within the time limit (`took too long` past it)."""
    from govreader.ingest import discover
    from govreader.model import PageError
    from govreader.workers import Workers

    failures: dict[int, tuple[str, str]] = {}
    found: list[tuple[str, bytes | None]] = []
    for index, item in enumerate(discover(paths)):
        if isinstance(item, PageError):
            failures[index] = (str(item.path), item.reason)
        else:
            found.append((str(item), None))
    with Workers(task, jobs=1) as workers:
        answers = workers.map(found)
        for index in range(len(found) + len(failures)):
            yield failures[index] if index in failures else next(answers)


def cmd_clean(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.text import Text

    from govreader.model import Article

    console = Console(highlight=False, soft_wrap=True)
    failed = False
    printed = 0
    for path, article in _read_each(args.paths, _clean_task):
        if not isinstance(article, Article):
            _error(path, str(article))
            failed = True
            continue
        if printed:
            console.print()
        printed += 1
        meta = " · ".join(
            part for part in (article.source, article.reporter, article.published) if part
        )
        console.print(Text(article.title or "(no title)", style="bold"))
        if article.subtitle:
            console.print(Text(article.subtitle, style="italic"))
        if meta:
            console.print(Text(meta, style="dim"))
        console.print()
        console.print(Text(article.text))
    return 1 if failed else 0


def cmd_facts(args: argparse.Namespace) -> int:
    from govreader.export import ExportFormat, export
    from govreader.model import Article

    articles = []
    failed = False
    for path, article in _read_each(args.paths, _facts_task):
        if isinstance(article, Article):
            articles.append(article)
        else:
            _error(path, str(article))
            failed = True
    sys.stdout.write(export(articles, ExportFormat(args.format)))
    return 1 if failed else 0


def cmd_add(args: argparse.Namespace) -> int:
    """Import with a progress bar on stderr, then a summary; exit 1 if any page failed."""
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

    from govreader.library import Library, LibraryError, import_paths

    class PagesPerSecond(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{task.speed:.0f} pages/s" if task.speed else "", style="dim")

    if args.jobs is not None and args.jobs < 1:
        print("govreader: --jobs: must be 1 or more", file=sys.stderr)
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
        with Library.open(args.library) as library, progress:
            summary = import_paths(
                library,
                args.paths,
                jobs=args.jobs,
                on_start=lambda total: progress.update(task, total=total),
                on_progress=lambda _path, _outcome: progress.advance(task),
            )
    except LibraryError as error:
        print(f"govreader: {error}", file=sys.stderr)
        return 1
    for path, reason in summary.failed:
        _error(path, reason)
    for path in summary.missing:
        _error(path, "gone since it was imported (its article stays in the library)")
    unchanged = f"unchanged {summary.unchanged}"
    if summary.duplicates:
        unchanged += f" ({summary.duplicates} a copy of a stored article)"
    parts = [f"imported {summary.imported}", f"updated {summary.updated}", unchanged]
    parts.append(f"failed {len(summary.failed)}")
    if summary.missing:
        parts.append(f"missing {len(summary.missing)}")
    print(", ".join(parts))
    if summary.interrupted:
        print("govreader: interrupted; every page imported so far is kept", file=sys.stderr)
        return 130
    return 1 if summary.failed else 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print each hit (date, source, title) and a line of text around the match."""
    import re

    from govreader.library import Library, LibraryError
    from govreader.model import FactKind
    from govreader.plain_output import BOLD, CYAN, DIM, GREEN, REVERSE, Output, safe

    kinds = {kind.value: kind for kind in FactKind}
    if args.kind is not None and args.kind not in kinds:
        _error("--kind", f"unknown kind {args.kind!r} (one of {', '.join(kinds)})")
        return 2
    for option in ("since", "until"):
        value = getattr(args, option)
        if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            _error(f"--{option}", f"{value!r} is not a date like 2022-07-21")
            return 2
    if not args.query.strip():
        _error("search", "the query is empty")
        return 2
    try:
        with Library.open(args.library) as library:
            hits = library.search(
                args.query,
                kind=kinds.get(args.kind or ""),
                source=args.source,
                since=args.since,
                until=args.until,
                limit=args.limit,
            )
    except LibraryError as error:
        print(f"govreader: {error}", file=sys.stderr)
        return 1
    out = Output()
    if not hits:
        out.write((safe(f"No article in the library matches {args.query!r}."), ()))
        return 0
    for hit in hits:
        head = [((hit.row.published or "")[:10].ljust(10), (CYAN,))]
        if hit.row.source:
            head += [("  ", ()), (safe(hit.row.source), (GREEN,))]
        out.write(*head, ("  ", ()), (safe(hit.row.title), (BOLD,)))
        line, start, end = hit.snippet, hit.match_start, hit.match_end
        out.write(("    ", ()), (line[:start], ()), (line[start:end], (REVERSE,)), (line[end:], ()))
    if len(hits) == args.limit:
        out.write((f"(first {args.limit} hits; --limit N shows more)", (DIM,)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """Plain aligned columns, newest first: date, source, counts per fact kind, title; rows are
    written as the library reads them (10,000 in a fraction of a second)."""
    from itertools import chain, islice

    from rich.cells import set_cell_size

    from govreader.library import Library, LibraryError
    from govreader.model import FactKind
    from govreader.plain_output import BOLD, Output, safe

    source_width = 12
    out = Output()
    try:
        with Library.open(args.library) as library:
            rows = library.iter_rows()
            first = next(rows, None)
            if first is None:
                out.write(("The library is empty: import pages with 'govreader add PATH'.", ()))
                return 0
            header = "date        " + "source".ljust(source_width) + "  "
            out.write((header + " ".join(kind.value[:2] for kind in FactKind) + "  title", (BOLD,)))
            counts = " ".join(["{:>2}"] * len(FactKind))
            sources: dict[str | None, str] = {}
            limit = None if args.limit is None else max(args.limit, 0)
            for row in islice(chain([first], rows), limit):
                source = sources.get(row.source)
                if source is None:
                    source = sources[row.source] = set_cell_size(
                        safe(row.source or ""), source_width
                    )
                lead = f"{(row.published or '')[:10]:<10}  {source}  "
                numbers = counts.format(*row.fact_counts.values())  # in FactKind order
                out.write(
                    (lead + numbers + "  ", ()), (safe(row.title), () if row.read else (BOLD,))
                )
    except LibraryError as error:
        print(f"govreader: {error}", file=sys.stderr)
        return 1
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    """Import PATHs (or the samples into an empty library), then open the reader.

    With nothing to import, only the library's store is loaded on the way to the first screen:
    the importer and the HTML parser stay unloaded.
    """
    from govreader.library import Library, LibraryError

    try:
        library = Library.open(args.library)
    except LibraryError as error:
        print(f"govreader: {error}", file=sys.stderr)
        return 1

    def import_given() -> ImportSummary:
        from govreader.library import import_paths

        done = total = 0
        live = sys.stderr.isatty()

        def start(count: int) -> None:
            nonlocal total
            total = count

        def progress(path: str, outcome: str) -> None:
            nonlocal done
            done += 1
            if live:
                print(f"\rimporting {done}/{total}", end="", file=sys.stderr, flush=True)

        summary = import_paths(library, args.paths, on_progress=progress, on_start=start)
        if live:
            print("\r\033[K", end="", file=sys.stderr)
        for path, reason in summary.failed:
            _error(path, reason)
        print(
            f"govreader: imported {summary.imported}, updated {summary.updated}, "
            f"unchanged {summary.unchanged}, failed {len(summary.failed)}",
            file=sys.stderr,
        )
        return summary

    with library:
        notice = None
        given: list[int] = []
        try:
            if args.paths:
                summary = import_given()
                if summary.interrupted:
                    return 130
                given = summary.article_ids
                if given:
                    count = f"{len(given)} article{'s' if len(given) > 1 else ''}"
                    notice = f"Showing the {count} from the pages given; x shows the whole library"
                else:
                    path, reason = summary.failed[0] if summary.failed else ("", "no pages found")
                    notice = f"Nothing could be imported: {Path(path).name or 'PATH'}: {reason}"
            elif library.count() == 0:
                from govreader.library import import_samples_if_empty

                imported = import_samples_if_empty(library)
                if imported:
                    notice = (
                        f"Imported {imported} sample articles to get you started; "
                        "add your own with: govreader PATH..."
                    )
        except LibraryError as error:
            print(f"govreader: {error}", file=sys.stderr)
            return 1
        if library.read_only:
            kept = "The library is read-only: what you read, bookmark or mark won't be kept"
            notice = f"{kept}. {notice}" if notice else kept
        from govreader.tui.app import GovReaderApp

        GovReaderApp(library, notice=notice, only=given or None).run()
    return 0


HANDLERS = {
    "open": cmd_open,
    "add": cmd_add,
    "clean": cmd_clean,
    "facts": cmd_facts,
    "search": cmd_search,
    "list": cmd_list,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in (*HANDLERS, "-h", "--help", "--version"):
        argv.insert(0, "open")
    args = build_parser().parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except KeyboardInterrupt:
        print("govreader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
