"""The `govreader` command: argument parsing and headless commands; the TUI loads lazily."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from govreader import __version__

COMMANDS = ("add", "clean", "facts", "search", "list")


def _error(path: object, reason: str) -> None:
    print(f"govreader: {path}: {reason}", file=sys.stderr)


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


def cmd_clean(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.text import Text

    from govreader.clean import clean_page
    from govreader.ingest import discover, load_page
    from govreader.model import PageError

    console = Console(highlight=False, soft_wrap=True)
    failed = False
    printed = 0
    for found in discover(args.paths):
        try:
            if isinstance(found, PageError):
                raise found
            article = clean_page(load_page(found))
        except PageError as error:
            _error(error.path, error.reason)
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
    from govreader.ingest import discover
    from govreader.model import PageError
    from govreader.reading import read_page

    articles = []
    failed = False
    for found in discover(args.paths):
        try:
            if isinstance(found, PageError):
                raise found
            articles.append(read_page(found))
        except PageError as error:
            _error(error.path, error.reason)
            failed = True
    sys.stdout.write(export(articles, ExportFormat(args.format)))
    return 1 if failed else 0


def cmd_add(args: argparse.Namespace) -> int:
    raise NotImplementedError


def cmd_search(args: argparse.Namespace) -> int:
    raise NotImplementedError


def cmd_list(args: argparse.Namespace) -> int:
    raise NotImplementedError


def cmd_open(args: argparse.Namespace) -> int:
    raise NotImplementedError


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
