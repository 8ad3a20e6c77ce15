"""What the commands tell on stderr of the library's work: that an older library is being
upgraded (`open_library`), and of an import (`govreader add`, `govreader PATH...`) a line for
each page refused or gone, then the counts in one line; and what `list`, `search` and `table` say
of an empty library, the command that fills it."""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govreader.library import ImportSummary, Library

EMPTY_LIBRARY = "The library is empty: import pages with 'govreader add PATH'."


def empty_library(folder: os.PathLike[str] | str | None) -> str:
    """What `list`, `search` and `table` say of an empty library: the command that fills it,
    with the `--library` the user gave (a plain `govreader add PATH` fills the default library,
    not the one just listed)."""
    from govreader.plain_output import safe

    if folder is None:
        return EMPTY_LIBRARY
    given = safe(shlex.quote(os.fspath(folder)))
    return f"The library {given} is empty: import pages with govreader --library {given} add PATH"


def open_library(folder: Path | None) -> Library:
    """`Library.open`, saying on stderr when an older library is being upgraded, which takes
    a while (the reader is not on the screen yet, so the line is seen)."""
    from govreader.library import Library

    def upgrading(articles: int) -> None:
        from govreader.export import say

        noun = "article" if articles == 1 else "articles"
        say(f"upgrading the library ({articles:,} {noun}) for this version, once …")

    return Library.open(folder, on_upgrade=upgrading)


def say_refused(summary: ImportSummary) -> None:
    """One line for each file skipped (plainly not a page), failed, stored with something
    missing, or gone from where it was."""
    from govreader.export import say

    for path, reason in summary.skipped:
        say(f"skipped, {reason}", path)
    for path, reason in summary.failed:
        say(reason, path)
    for path, problem in summary.warned:
        say(problem, path)
    for path in summary.missing:
        say("gone since it was imported (its article stays in the library)", path)


def not_pages(count: int) -> str:
    """`1 file that is not a page`, `3 files that are not pages`: what a folder held beside its
    pages, counted in one line."""
    return f"{count} file that is not a page" if count == 1 else f"{count} files that are not pages"


def summary_line(summary: ImportSummary) -> str:
    """`imported 3, updated 0, unchanged 1, failed 0`; read again, skipped and missing only when
    some were. Skipped counts the files in folders that are not pages too, which get no line of
    their own."""
    unchanged = f"unchanged {summary.unchanged}"
    if summary.duplicates:
        unchanged += f" ({summary.duplicates} a copy of a stored article)"
    parts = [f"imported {summary.imported}", f"updated {summary.updated}"]
    if summary.refreshed:
        parts.append(f"read again {summary.refreshed}")
    parts.append(unchanged)
    if skipped := len(summary.skipped) + summary.passed_over:
        parts.append(f"skipped {skipped}")
    parts.append(f"failed {len(summary.failed)}")
    if summary.missing:
        parts.append(f"missing {len(summary.missing)}")
    return ", ".join(parts)
