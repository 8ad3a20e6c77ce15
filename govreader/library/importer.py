"""Importing saved pages: discover, hash, parse (in a process pool for large imports) and store.

Only this process writes SQLite; worker processes (`govreader.workers`) only run `read_page`,
each page within a time limit. Each page is read once, here: its bytes are hashed, and the same
bytes are parsed, so a file changing while it is imported cannot store one version's text under
the other's hash. Each page is stored in its own transaction, so an import stopped at any moment
(Ctrl-C, kill -9, power loss) keeps every page stored so far and no half of one. Pages whose
content is already stored are not parsed again, unless the rules that read their article changed
since (`reading.reader_versions`): then the page is parsed again when the cleaning rules changed,
and only its stored article's facts are read again when only the facts rules changed or a kind's
facts were lost to a reader bug.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from govreader.ingest.sniff import plainly_not_a_page
from govreader.library.prepared import Prepared
from govreader.library.store import DUPLICATE, UNCHANGED, Library
from govreader.library.writes import FACTS_AGAIN, READ_AGAIN
from govreader.model import Article, PageError
from govreader.workers import Item, Workers

Progress = Callable[[str, str], None]


@dataclass
class ImportSummary:
    """What an import did. `unchanged` includes `duplicates`: pages whose content was already in
    the library under another path (the new path is remembered)."""

    imported: int = 0
    updated: int = 0
    refreshed: int = 0
    """Unchanged pages whose articles were read again by newer rules."""
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Files given by name, or named as pages, that are plainly not pages (a PDF, an image): no
    failure, a line each."""
    passed_over: int = 0
    """Files in the folders walked that are not pages (a README, a PDF): counted, not listed."""
    warned: list[tuple[str, str]] = field(default_factory=list)
    """Pages stored with something missing (a facts reader failed on them), and what."""
    interrupted: bool = False
    article_ids: list[int] = field(default_factory=list)
    """The articles the given pages are stored as (imported, updated or unchanged), in the order
    the pages were found (not the order workers answered), each once: what `govreader PATH...`
    opens the reader on."""

    def refuse(self, path: str, reason: str) -> None:
        """A file that was not imported: skipped if it is not a page at all, else failed."""
        (self.skipped if plainly_not_a_page(reason) else self.failed).append((path, reason))

    def count(self, outcome: str) -> None:
        if outcome == DUPLICATE:
            self.duplicates += 1
            outcome = UNCHANGED
        setattr(self, outcome, getattr(self, outcome) + 1)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


Parsed = Prepared | str
"""A worker's answer for one page: the article ready to store, or why it cannot be read."""


def parse_page(path: str, data: bytes | Article | None) -> Parsed:
    """A worker's job: parse one page (its bytes as read and hashed), or read the facts of its
    stored article again, and prepare it for storing. Returns plain data because `PageError`
    does not survive pickling."""
    from govreader.reading import read_facts, read_page, reader_versions

    problems: list[str] = []
    try:
        if isinstance(data, Article):
            article = read_facts(data, problems)
        else:
            article = read_page(Path(path), data, problems)
        return Prepared.of(article, tuple(problems), reader_versions())
    except PageError as error:
        return error.reason
    except MemoryError:  # past the worker's bound (`workers.worker_memory_bytes`)
        from govreader.workers import too_much_memory

        return too_much_memory()
    except Exception as error:  # a reader bug must cost one page, not the whole import
        return f"cannot be read ({type(error).__name__}: {error})"


@contextmanager
def _on_ctrl_c(handler: Callable[[int, object], None] | signal.Handlers) -> Iterator[None]:
    """Ctrl-C goes to `handler` for the block, then to what it went to before; only the main
    thread may change signal handlers (elsewhere the block runs as it is)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous or signal.default_int_handler)


class _CtrlC:
    """Ctrl-C during an import stops it at once, except while a page is being stored and
    counted: then it takes effect right after that page, so the summary counts every page
    the library holds."""

    def __init__(self) -> None:
        self.requested = False
        self.depth = 0

    def __call__(self, signum: int, frame: object) -> None:
        self.requested = True
        if not self.depth:
            raise KeyboardInterrupt

    @contextmanager
    def deferred(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        if self.requested and not self.depth:
            raise KeyboardInterrupt


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _storable(path: str) -> bool:
    """Whether SQLite can hold the path: names with undecodable bytes cannot be stored as text."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class _Importer:
    def __init__(
        self, library: Library, jobs: int, on_progress: Progress | None, summary: ImportSummary
    ) -> None:
        self.library = library
        self.jobs = jobs
        self.on_progress = on_progress
        self.summary = summary
        self.ctrl_c = _CtrlC()
        self.settled: list[str] = []  # paths stored or found stored, in order
        self.digests: dict[str, str] = {}  # the hash of each page sent to be parsed
        self.refreshing: set[str] = set()  # unchanged pages sent to be read by newer rules
        from govreader.reading import reader_versions  # here: opening a library needs none

        self.current = reader_versions()

    def done(self, path: str, outcome: str, reason: str = "") -> None:
        if outcome == "failed":
            self.summary.refuse(path, reason)
        else:
            self.summary.count(outcome)
            self.settled.append(path)
        if self.on_progress is not None:
            self.on_progress(path, UNCHANGED if outcome == DUPLICATE else outcome)

    def triage(self, path: str) -> Item | None:
        """The page and its bytes when it must be parsed; None when it is settled without
        parsing (unreadable, or its content already stored). The bytes are read once, here:
        the hash stored is the hash of the bytes parsed."""
        from govreader.ingest.files import read_file

        try:
            data = read_file(path)
        except PageError as error:
            with self.ctrl_c.deferred():
                self.done(path, "failed", error.reason)
            return None
        digest = _digest(data)
        with self.ctrl_c.deferred():
            outcome = self.library.known(path, digest, self.current)
            if outcome is None:
                self.digests[path] = digest
                return path, data
            if outcome in (READ_AGAIN, FACTS_AGAIN):
                self.digests[path] = digest
                self.refreshing.add(path)
                if outcome == READ_AGAIN:
                    return path, data
                (article_id,) = self.library.article_ids([path])
                return path, self.library.article(article_id).article
            self.done(path, outcome)
            return None

    def store(self, path: str, result: Parsed) -> None:
        with self.ctrl_c.deferred():
            digest = self.digests.pop(path)
            if isinstance(result, str):
                self.done(path, "failed", result)
                return
            if path in self.refreshing:
                self.refreshing.discard(path)
                outcome = self.library.refresh(path, digest, result)
            else:
                outcome = self.library.record(path, digest, result)
            if outcome:
                self.summary.warned.extend((path, problem) for problem in result.problems)
            self.done(path, outcome or "failed", "" if outcome else "could not be stored")

    def _to_parse(self, pages: list[str]) -> Iterator[Item]:
        for path in pages:
            item = self.triage(path)
            if item is not None:
                yield item

    def run(self, pages: list[str]) -> None:
        """Pages are parsed in worker processes, even a few: a page stuck past the time limit
        costs its worker, never the import, and Ctrl-C kills the workers and ends at once."""
        with Workers(parse_page, self.jobs) as workers:
            for path, result in workers.map(self._to_parse(pages)):
                self.store(path, result)


def import_paths(
    library: Library,
    paths: Sequence[Path],
    *,
    jobs: int | None = None,
    on_progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import files and folders (walked by `govreader.ingest.discover`), one transaction per page.

    `on_start(total)` is called once the pages are counted, `on_progress(path, outcome)` after
    each page (outcome: imported, updated, unchanged or failed). Ctrl-C stops the import and
    returns what was done so far with `interrupted` set. A damaged library is refused
    (`LibraryError`) before anything is written.
    """
    from govreader.ingest import NotAPage, discover

    library.check()
    summary = ImportSummary()
    known = library.known_paths()
    existing: list[Path] = []
    gone: list[str] = []
    for given in paths:
        absolute = os.path.abspath(given)
        if os.path.lexists(absolute):
            existing.append(Path(absolute))
        elif any(_is_under(p, absolute) for p in known):
            gone.append(absolute)
        else:
            summary.failed.append((str(given), "no such file or folder"))
    importer = _Importer(library, jobs or default_jobs(), on_progress, summary)
    pages: dict[str, int] = {}  # each page found, and its place in the order found
    # the library's own file and its -wal/-shm companions, when the library sits under a PATH
    own_files = os.path.abspath(library.path)
    try:
        with _on_ctrl_c(importer.ctrl_c):
            for item in discover(existing):
                found = item if isinstance(item, Path) else item.path
                if os.path.abspath(found).startswith(own_files):
                    continue
                if isinstance(item, NotAPage):
                    summary.passed_over += 1
                elif isinstance(item, PageError):
                    summary.refuse(item.path, item.reason)
                elif not _storable(str(item)):
                    summary.failed.append((str(item), "its name is not valid UTF-8 (rename it)"))
                else:
                    pages.setdefault(os.path.abspath(item), len(pages))
            if on_start is not None:
                on_start(len(pages))
            importer.run(list(pages))
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.article_ids = library.article_ids(sorted(importer.settled, key=pages.__getitem__))
    folders = [str(p) for p in existing if p.is_dir()] + gone
    summary.missing = sorted(
        p
        for p in known
        if any(_is_under(p, folder) for folder in folders) and not os.path.lexists(p)
    )
    return summary


def sample_articles_dir() -> Path:
    """The bundled sample pages: inside the installed package, else beside it in the source."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "sample_articles", package.parent / "sample_articles"):
        if candidate.is_dir():
            return candidate
    return package / "sample_articles"


def import_samples_if_empty(library: Library) -> int:
    """On a first run (empty library), import the samples so the reader is never empty."""
    if library.read_only or not library.is_empty():
        return 0
    folder = sample_articles_dir()
    if not folder.is_dir():
        return 0
    return import_paths(library, [folder], jobs=1).imported
