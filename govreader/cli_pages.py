"""`govreader clean` and `govreader facts`: saved pages read through the pipeline and printed,
without the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from govreader.export import printable_name, say
from govreader.model import Article, Fact

if TYPE_CHECKING:
    from rich.text import Text

    from govreader.workers import Task as PageTask

CONTEXT_CHARS = 12
"""How many characters of the sentence around a fact the text summary shows on each side."""


def _header(path: object) -> str:
    """The line above each article when several are printed (as `head` does); one line
    whatever the name holds."""
    return f"==> {printable_name(path)} <=="


def _several(paths: list[Path]) -> bool:
    return len(paths) > 1 or any(path.is_dir() for path in paths)


def _clean_task(path: str, data: bytes | None) -> object:
    """A worker's job for `clean`: the cleaned article, or why the page cannot be read."""
    from govreader.reading import read_article

    return _answer(lambda: read_article(Path(path), data))


def _facts_task(path: str, data: bytes | None) -> object:
    """A worker's job for `facts`: the article with its facts and what went wrong reading them
    (`reading.read_page`), or why it cannot be read."""
    from govreader.reading import read_page

    problems: list[str] = []
    return _answer(lambda: (read_page(Path(path), data, problems), problems))


def _answer(read: Callable[[], object]) -> object:
    """The article, or the reason as a string (a `PageError` does not survive pickling)."""
    from govreader.model import PageError

    try:
        return read()
    except PageError as error:
        return error.reason
    except MemoryError:  # past the worker's bound (`workers.worker_memory_bytes`)
        from govreader.workers import too_much_memory

        return too_much_memory()
    except Exception as error:  # a reader bug must cost one page, not the whole batch
        return f"cannot be read ({type(error).__name__}: {error})"


def _read_each(paths: Sequence[Path], task: PageTask) -> Iterator[tuple[str, object]]:
    """Each page found under `paths`, in order, with its article or the reason it failed. Pages
    are read in a worker process, each within the time limit (`took too long` past it). Files
    in folders that are not pages are counted in one line at the end, as `add` counts them."""
    from govreader.ingest import NotAPage, discover
    from govreader.model import PageError
    from govreader.workers import Workers

    failures: dict[int, tuple[str, str]] = {}
    found: list[tuple[str, bytes | None]] = []
    passed_over = 0
    for item in discover(paths):
        if isinstance(item, NotAPage):
            passed_over += 1
        elif isinstance(item, PageError):
            failures[len(found) + len(failures)] = (str(item.path), item.reason)
        else:
            found.append((str(item), None))
    with Workers(task, jobs=1) as workers:
        answers = workers.map(found)
        for index in range(len(found) + len(failures)):
            yield failures[index] if index in failures else next(answers)
    if passed_over:
        from govreader.import_report import not_pages

        say(f"skipped {not_pages(passed_over)} in the folders given")


def cmd_clean(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.text import Text

    from govreader.article_text import meta_line, shown_title

    console = Console(highlight=False, soft_wrap=True)
    headers = _several(args.paths)
    failed = False
    printed = 0
    for path, article in _read_each(args.paths, _clean_task):
        if not isinstance(article, Article):
            say(str(article), path)
            failed = True
            continue
        if printed:
            console.print()
        printed += 1
        if headers:
            console.print(Text(_header(path), style="bold"))
        console.print(Text(shown_title(article), style="bold" if article.title else "dim"))
        if article.subtitle:
            console.print(Text(article.subtitle, style="italic"))
        if meta := meta_line(article):
            console.print(Text(meta, style="dim"))
        console.print()
        console.print(Text(article.text))
    return 1 if failed else 0


def cmd_facts(args: argparse.Namespace) -> int:
    fmt = args.format or ("text" if sys.stdout.isatty() else "json")
    articles = []
    failed = False
    for path, answer in _read_each(args.paths, _facts_task):
        if isinstance(answer, tuple):
            article, problems = answer
            articles.append(article)
            for problem in problems:
                say(problem, path)
        else:
            say(str(answer), path)
            failed = True
    if fmt == "text":
        _print_summary(articles, args.explain)
    else:
        from govreader.export import ExportFormat, export

        sys.stdout.write(export(articles, ExportFormat(fmt), args.explain))
    return 1 if failed else 0


def _print_summary(articles: list[Article], explain: bool) -> None:
    """Each article's path and title, then a line per fact: kind, value, a few words around;
    with `explain`, the name of the rule that found it after the kind."""
    from rich.console import Console
    from rich.text import Text

    from govreader.article_text import shown_title

    console = Console(highlight=False, soft_wrap=True)
    for number, article in enumerate(articles):
        if number:
            console.print()
        console.print(Text(_header(article.path), style="dim"))
        console.print(Text(shown_title(article), style="bold" if article.title else "dim"))
        if not article.facts:
            console.print(Text("  no facts found", style="dim"))
        for fact in sorted(article.facts, key=lambda f: (f.start, f.end)):
            line = _fact_line(fact, article, explain)
            if console.is_terminal:
                line.truncate(console.width, overflow="ellipsis")
            console.print(line)


def _fact_line(fact: Fact, article: Article, explain: bool) -> Text:

    from rich.text import Text

    from govreader.fact_text import describe

    text = article.text
    before = text[max(fact.start - CONTEXT_CHARS, 0) : fact.start].rsplit("\n", 1)[-1]
    after = text[fact.end : fact.end + CONTEXT_CHARS].split("\n", 1)[0]
    line = Text("  ")
    line.append(f"{fact.kind:<9}", style="bold")
    if explain:
        line.append(f"[{fact.rule or 'no rule named'}] ", style="italic")
    line.append(describe(fact, article))
    line.append("   …" + before, style="dim")
    line.append(fact.text.replace("\n", " "), style="underline")
    line.append(after + "…", style="dim")
    return line
