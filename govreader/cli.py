"""The `govreader` command: argument parsing, the reader's start, and dispatch to the headless
commands (`cli_pages` reads saved pages, `cli_library` works on the library); the TUI loads lazily.
"""

from __future__ import annotations

import errno
import gc
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from govreader import __version__

if TYPE_CHECKING:
    import argparse

    from govreader.library import ImportSummary

COMMANDS = ("open", "add", "remove", "clean", "facts", "search", "list", "table")
LIBRARY_OPTION = "--library"
PAGES = "saved pages (HTML, MHTML, text), or folders of them"
ADD_YOURS = "add your own with govreader PATH..."
"""The first run's notice after the samples are imported: how to bring one's own pages."""
NO_TERMINAL = "the reader needs a terminal; from a script use 'govreader add', 'list' or 'search'"

USAGE = "govreader [--library DIR] [PATH... | COMMAND [ARGS...]]"
EPILOG = """\
'govreader PATH...' imports those pages and opens the reader on them; 'govreader' alone opens
the library. Global options work before or after the command. Run 'govreader COMMAND --help'
for each command.

environment:
  GOVREADER_LIBRARY      the library folder when --library is not given
                         (default: the user data folder, ~/.local/share/govreader on Linux)
  GOVREADER_CONFIG_DIR   where the reader keeps its settings (theme, split, layout)
                         (default: the user config folder, ~/.config/govreader on Linux)
  GOVREADER_MAX_PAGE_MB  the largest page read, in MB (default 50)
  BROWSER                what 'o' in the reader opens the saved page with
  NO_COLOR               no colours
"""


def say(reason: str, name: object = None) -> None:
    """`export.say`, whose module (csv, json) loads only when there is something to say."""
    from govreader import export

    export.say(reason, name)


def _library_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        LIBRARY_OPTION,
        metavar="DIR",
        type=Path,
        default=default,
        help="library folder (default: $GOVREADER_LIBRARY or the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from govreader.model import FactKind

    parser = argparse.ArgumentParser(
        prog="govreader",
        usage=USAGE,
        description="Read saved Korean local-government news clean, with its facts highlighted.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"govreader {__version__}")
    _library_option(parser, None)
    # After the command the option is accepted too; left out, it keeps what was given before.
    common = argparse.ArgumentParser(add_help=False)
    _library_option(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", prog="govreader"
    )

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=help, description=help[0].upper() + help[1:] + ".", parents=[common]
        )

    open_ = command("open", "import PATHs (if any) and open the reader (the default command)")
    open_.add_argument("paths", nargs="*", type=Path, metavar="PATH", help=PAGES)

    add = command("add", "import files and folders into the library, without the reader")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=PAGES)
    add.add_argument(
        "--jobs", type=int, default=None, metavar="N", help="worker processes (default: all cores)"
    )

    remove = command("remove", "take the articles saved at PATHs out of the library")
    remove.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="saved pages, or folders of them"
    )

    clean = command("clean", "print the cleaned article of each page")
    clean.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=PAGES)

    facts = command("facts", "print the facts found in each page")
    facts.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=PAGES)
    facts.add_argument(
        "--format",
        choices=("text", "json", "jsonl", "csv"),
        default=None,
        help="text: a summary to read (the default on a terminal); json (the default in a pipe), "
        "jsonl or csv: the facts contract",
    )
    facts.add_argument(
        "--explain",
        action="store_true",
        help="name the rule that found each fact: in text after its kind, in json, jsonl and csv "
        "as a `rule` key beyond the contract",
    )

    from govreader import cli_table

    search = command("search", "full-text search of the library")
    search.add_argument("query", help="words to find in titles and text")
    search.add_argument(
        "--kind", help="only articles with a fact of this kind: " + ", ".join(FactKind)
    )
    cli_table.add_source_options(search)
    search.add_argument(
        "--since", metavar="DATE", help="only articles published on or after YYYY[-MM[-DD]]"
    )
    search.add_argument(
        "--until", metavar="DATE", help="only articles published on or before YYYY[-MM[-DD]]"
    )
    search.add_argument(
        "--limit", type=int, default=20, metavar="N", help="most hits to print (default 20)"
    )

    list_ = command("list", "the library, newest first")
    list_.add_argument("--limit", type=int, default=None, metavar="N", help="most rows to print")

    cli_table.add_parser(sub, lambda table: _library_option(table, argparse.SUPPRESS))
    return parser


def with_command(argv: list[str]) -> list[str]:
    """`argv` with the implicit `open` put in: `govreader [--library DIR] PATH...` opens the
    reader, while a command may follow the global options."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token in ("-h", "--help", "--version"):
            return argv
        if token == LIBRARY_OPTION:
            index += 2
            continue
        if token.startswith("-") and token != "-":
            index += 1
            continue
        if token in COMMANDS:
            return argv
        break
    return [*argv[:index], "open", *argv[index:]]


def has_terminal() -> bool:
    """Whether the reader can run: it reads keys from stdin and draws on stderr."""
    return all(stream.isatty() for stream in (sys.stdin, sys.stdout, sys.stderr))


def cmd_open(args: argparse.Namespace) -> int:
    """`govreader [open] [PATH...]`."""
    return open_reader(args.library, args.paths)


def open_reader(folder: Path | None, paths: Sequence[Path]) -> int:
    """Import `paths` (or the samples into an empty library), then open the reader.

    With nothing to import, only the library's store is loaded on the way to the first screen:
    the importer and the HTML parser stay unloaded.
    """
    if not has_terminal():
        say(NO_TERMINAL)
        return 2
    from govreader.hangul_forms import shown_name
    from govreader.import_report import open_library
    from govreader.library import LibraryError

    try:
        library = open_library(folder)
    except LibraryError as error:
        say(str(error))
        return 1

    def import_given() -> ImportSummary:
        from govreader.import_report import say_refused, summary_line
        from govreader.library import import_paths

        done = total = 0

        def start(count: int) -> None:
            nonlocal total
            total = count

        def progress(path: str, outcome: str) -> None:
            nonlocal done
            done += 1
            print(f"\rimporting {done}/{total}", end="", file=sys.stderr, flush=True)

        summary = import_paths(library, paths, on_progress=progress, on_start=start)
        print("\r\033[K", end="", file=sys.stderr)
        say_refused(summary)
        say(summary_line(summary))
        return summary

    with library:
        notice = None
        given: list[int] = []
        try:
            if paths:
                summary = import_given()
                if summary.interrupted:
                    return 130
                given = summary.article_ids
                if given:
                    count = f"{len(given)} article{'s' if len(given) > 1 else ''}"
                    notice = f"Showing the {count} from the pages given · x shows all"
                    if summary.warned:
                        path, problem = summary.warned[0]
                        more = len(summary.warned) - 1
                        also = f" (and {more} more)" if more else ""
                        notice += f". {shown_name(Path(path).name)}: {problem}{also}"
                else:
                    refused = summary.failed or summary.skipped
                    none = "no pages found"
                    if summary.passed_over:
                        from govreader.import_report import not_pages

                        none += f" ({not_pages(summary.passed_over)})"
                    path, reason = refused[0] if refused else ("", none)
                    name = shown_name(Path(path).name) or "PATH"
                    notice = f"Nothing could be imported: {name}: {reason}"
            elif library.is_empty():
                from govreader.library import import_samples_if_empty

                imported = import_samples_if_empty(library)
                if imported:
                    notice = f"{imported} sample articles imported · {ADD_YOURS}"
        except LibraryError as error:
            say(str(error))
            return 1
        if library.read_only:
            kept = "The library is read-only: what you read, bookmark or mark won't be kept"
            notice = f"{kept}. {notice}" if notice else kept
        # Start-up makes long-lived objects (modules, classes, styles) and little garbage: the
        # collector waits until the first frame is drawn (the app turns it back on then), and
        # what is imported by then is frozen out of later full collections (each ~20 ms here).
        gc.disable()
        from govreader.tui.app import GovReaderApp

        gc.freeze()
        GovReaderApp(library, notice=notice, only=given or None).run()
    return 0


HANDLERS = {
    "add": ("cli_library", "cmd_add"),
    "remove": ("cli_library", "cmd_remove"),
    "clean": ("cli_pages", "cmd_clean"),
    "facts": ("cli_pages", "cmd_facts"),
    "search": ("cli_library", "cmd_search"),
    "list": ("cli_library", "cmd_list"),
    "table": ("cli_table", "run"),
}
"""Each headless command's module and function, imported only when that command runs."""


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    if command == "open":
        return cmd_open
    module, function = HANDLERS[command]
    handler: Callable[[argparse.Namespace], int] = getattr(
        import_module(f"govreader.{module}"), function
    )
    return handler


def plain_open(argv: list[str]) -> tuple[Path | None] | None:
    """The library folder of a plain `govreader [--library DIR]` (`argv` with its command put
    in), which needs no parser: building argparse's is ~15 ms of the reader's first paint."""
    if argv == ["open"]:
        return (None,)
    if len(argv) == 3 and argv[0] == LIBRARY_OPTION and argv[2] == "open":
        folder = argv[1]
        return None if folder.startswith("-") else (Path(folder),)
    return None


POSITIONAL = ("query", "kind")
"""The word arguments given without an option, named as they are in the command's help."""


def _undecodable(args: argparse.Namespace) -> str | None:
    """The first word argument (a query, a source, a date) that holds bytes the shell passed
    which are not UTF-8 (Python keeps them as lone surrogates, which neither the library nor the
    terminal can take); paths may hold any bytes."""
    for name, value in vars(args).items():
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name if name in POSITIONAL else "--" + name.replace("_", "-")
    return None


def _writing_utf8() -> None:
    """Standard output and error write UTF-8 where the locale cannot write Hangul (a Latin-1
    locale, `PYTHONIOENCODING=ascii`): else a command ended in a traceback at its first Korean
    word, and what a script keeps of it is UTF-8 text either way."""
    for stream in (sys.stdout, sys.stderr):
        try:
            "가".encode(getattr(stream, "encoding", None) or "ascii")
        except (LookupError, UnicodeEncodeError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    _writing_utf8()
    argv = with_command(list(sys.argv[1:] if argv is None else argv))
    plain = plain_open(argv)
    try:
        if plain is not None:
            return open_reader(plain[0], [])
        # As for the reader: building the parser and importing a command make long-lived
        # objects and little garbage, so the collector waits until the command's module is
        # loaded, and what was made by then is frozen out of its later passes (else its first
        # pass walks all of it: its passes were ~5 ms of a search's CPU).
        gc.disable()
        try:
            args = build_parser().parse_args(argv)
            undecodable = _undecodable(args)
            if undecodable:
                say("not valid UTF-8 text", undecodable)
                return 2
            if getattr(args, "source", None) == "":
                from govreader.cli_table import EMPTY_SOURCE

                say(EMPTY_SOURCE, "--source")
                return 2
            handler = _handler(args.command)
        finally:
            gc.freeze()
            gc.enable()
        return handler(args)
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        if error.errno not in OUTPUT_ERRORS:
            raise
        _discard_stdout()
        say(f"cannot write the output ({os.strerror(error.errno).lower()})")
        return 1


OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
"""What writing the output can fail with (`> /dev/full`, a full disk or quota, a file too big, a
terminal gone): a command's other failures are its own one-line errors by then."""


def _discard_stdout() -> None:
    """What stdout still holds goes nowhere: Python would flush it at exit, fail again and print
    that failure with a traceback after the one line said."""
    with suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
