"""Serialising articles and their facts: the facts contract as JSON, JSON Lines or CSV.

It depends on the model alone, so the CLI and the TUI's export share one writer.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any

from govreader.cell_widths import one_of
from govreader.hangul_forms import shown_name
from govreader.model import FACT_FIELDS, Article


class ExportFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


CSV_COLUMNS: tuple[str, ...] = (
    "path",
    "title",
    "kind",
    "start",
    "end",
    "text",
    *dict.fromkeys(name for names in FACT_FIELDS.values() for name in names),
)


_UNPRINTABLE = one_of("\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff")
"""What must not reach a terminal: controls, bidi overrides, the surrogates that stand for
undecodable bytes in file names (which a strict UTF-8 stdout cannot even write), and what a
terminal draws wider than the screen's layout counts it (`cell_widths`, which `ingest.safety`
drops from page text at import; a file name keeps them)."""


def _escape(found: re.Match[str]) -> str:
    """One unprintable character as its escape; a byte of a file name that is not UTF-8 (which
    Python holds as a surrogate U+DC80-U+DCFF) as that byte, `\\xff`, not as its surrogate."""
    char = found.group()
    if "\udc80" <= char <= "\udcff":
        return f"\\x{ord(char) - 0xDC00:02x}"
    return char.encode("unicode_escape").decode("ascii")


def printable(text: str) -> str:
    """`text` with each unprintable character shown as its escape (`\\x1b`, `\\u202e`, `\\xff`
    for a byte of a name that is not UTF-8): file names stay recognisable and nothing in them
    drives the terminal."""
    return _UNPRINTABLE.sub(_escape, text)


FORMULA_STARTS = ("=", "+", "-", "@", "\t")
"""What a spreadsheet runs a cell beginning with as a formula (OWASP's list; \\r is escaped)."""


def spreadsheet_text(text: str) -> str:
    """A text cell of a CSV: `printable`, and with an apostrophe first where a spreadsheet would
    run it as a formula. CSV is written for spreadsheets, and page text chooses its titles, site
    names and file names: `=HYPERLINK("https://…","원문")` must not become a link to click, nor
    `=cmd|' /C …'!A0` a command. An apostrophe is the mark spreadsheets read as "text follows"."""
    text = printable(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def all_printable(text: str) -> bool:
    """Whether `printable` would leave `text` as it is (one scan, no copy)."""
    return _UNPRINTABLE.search(text) is None


def printable_name(name: object) -> str:
    """A file name or path as one line of a terminal: `printable`, a newline in it shown as `\\n`
    (a name cannot start a line of its own), decomposed Hangul composed."""
    return printable(shown_name(name)).replace("\n", "\\n")


def error_line(reason: str, name: object = None) -> str:
    """`govreader: NAME: REASON`, the one line every command prints for a bad input or a library
    it cannot use: what the name and the reason hold is shown, never obeyed, and neither starts
    a line of its own (a reason may quote an exception's message, which a page can word)."""
    head = "govreader: "
    if name is not None:
        head += printable_name(name) + ": "
    return printable(head + reason).replace("\n", "\\n")


def say(reason: str, name: object = None) -> None:
    """The `error_line` on stderr."""
    print(error_line(reason, name), file=sys.stderr)


def _json_escape(found: re.Match[str]) -> str:
    """A control or override as its JSON escape (the same character, safe on a terminal); a
    surrogate as the text `printable` shows it: a lone surrogate is not Unicode, and a strict
    JSON reader (RFC 7493, Rust's, Go's) refuses or alters the whole document for one."""
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        return _escape(found).replace("\\", "\\\\")
    return f"\\u{ord(char):04x}"


def _json(value: object, indent: int | None = None) -> str:
    """JSON whose unprintable characters are escapes: valid UTF-8, safe on a terminal."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _UNPRINTABLE.sub(_json_escape, text)


def export(articles: Iterable[Article], fmt: ExportFormat, explain: bool = False) -> str:
    """The articles in `fmt`; CSV starts with a BOM so spreadsheets read it as UTF-8, and no text
    cell of it starts a formula (`spreadsheet_text`). With
    `explain`, each fact also names the rule that found it (`rule`), beyond the contract."""
    if fmt is ExportFormat.JSON:
        return _json([_as_dict(a, explain) for a in articles], indent=2) + "\n"
    if fmt is ExportFormat.JSONL:
        return "".join(_json(_as_dict(a, explain)) + "\n" for a in articles)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    columns = (*CSV_COLUMNS, "rule") if explain else CSV_COLUMNS
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for article in articles:
        for fact in _fact_dicts(article, explain):
            row = {"path": article.path, "title": article.title, **fact}
            writer.writerow(
                {k: spreadsheet_text(v) if isinstance(v, str) else v for k, v in row.items()}
            )
    return buffer.getvalue()


def _as_dict(article: Article, explain: bool) -> dict[str, Any]:
    found = article.to_dict()
    if explain:
        found["facts"] = _fact_dicts(article, explain)
    return found


def _fact_dicts(article: Article, explain: bool) -> list[dict[str, Any]]:
    """The contract's object of each fact, with its rule's name when `explain`."""
    if not explain:
        return [fact.to_dict() for fact in article.facts]
    return [{**fact.to_dict(), "rule": fact.rule} for fact in article.facts]


_NOT_IN_NAMES = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|\u202a-\u202e\u2066-\u2069\ud800-\udfff]')
NAME_CHARS = 40
"""A title is cut to this many characters: enough to know the article, short enough to read in a
status line, and (Korean takes 3 bytes a syllable) far below the 255 bytes file systems allow."""


def export_name(article: Article) -> str:
    """A file name stem for an article's export: its date and title, safe on every common file
    system (`2024-07-21 구로구, 일자리대상 우수상 수상`)."""
    day = (article.published or "")[:10] or "undated"
    title = " ".join(_NOT_IN_NAMES.sub(" ", article.title or "").split())[:NAME_CHARS]
    return f"{day} {title.strip(' .') or 'article'}"


def write_new(folder: Path, stem: str, suffix: str, data: str) -> Path:
    """Write `data` to a file that did not exist, `stem.suffix` or the first free `stem (N)`.

    Created exclusively (O_EXCL): an existing file is never overwritten and a link planted at the
    name is never followed, whether it points somewhere or nowhere. Raises OSError."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for number in range(1, 1000):
        name = f"{stem}.{suffix}" if number == 1 else f"{stem} ({number}).{suffix}"
        target = folder / name
        try:
            handle = os.open(target, flags, 0o644)
        except FileExistsError:
            continue
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(data)
        return target
    raise FileExistsError(errno.EEXIST, "every name is taken", str(folder / f"{stem}.{suffix}"))


def export_article(article: Article, fmt: ExportFormat, folder: Path) -> Path:
    """Write one article's facts in `fmt` to a new file in `folder` named after the article
    (`export_name`), never over an existing one; the path written. Raises OSError."""
    return write_new(folder, export_name(article), fmt.value, export([article], fmt))


def shown_path(path: Path) -> str:
    """`./name` for a file in the current folder, where the user will look for it; else the
    whole path (its Hangul composed, `shown_name`)."""
    return shown_name(f"./{path.name}" if path.parent == Path.cwd() else path)
