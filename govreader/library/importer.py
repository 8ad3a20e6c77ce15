"""Importing saved pages: discover, hash, parse (in a process pool for large imports) and store.

Only this process writes SQLite; workers only run `read_page`. Each page is stored in its own
transaction, so an import stopped at any moment (Ctrl-C, kill -9, power loss) keeps every page
stored so far and no half of one. Pages whose content is already stored are never parsed again.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

from govreader.ingest.sniff import plainly_not_a_page
from govreader.library.store import DUPLICATE, UNCHANGED, Library, Prepared
from govreader.model import PageError

POOL_MIN_PAGES = 24
"""Fewer pages than this are parsed in this process: starting workers would cost more."""

BATCH_SIZE = 8
BATCHES_PER_JOB = 3
"""Pages go to workers eight at a time, three batches a worker in flight: few messages between
processes, yet no worker waits for work."""

PARENT_CHECK_S = 0.5
"""How often a worker checks that the importing process is still there."""

Progress = Callable[[str, str], None]


@dataclass
class ImportSummary:
    """What an import did. `unchanged` includes `duplicates`: pages whose content was already in
    the library under another path (the new path is remembered)."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Files that are plainly not pages (a PDF, a JSON file, an image): no failure."""
    interrupted: bool = False
    article_ids: list[int] = field(default_factory=list)
    """The articles the given pages are stored as (imported, updated or unchanged), in the order
    the pages were settled, each once: what `govreader PATH...` opens the reader on."""

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


def _read_bytes(path: str) -> bytes | PageError:
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        return PageError(path, (error.strerror or str(error)).lower())


Parsed = Prepared | str
"""A worker's answer for one page: the article ready to store, or why it cannot be read."""


def parse_page(path: str) -> Parsed:
    """A worker's job: parse one page and prepare it for storing. Returns plain data because
    `PageError` does not survive pickling."""
    from govreader.reading import read_page

    try:
        return Prepared.of(read_page(Path(path)))
    except PageError as error:
        return error.reason
    except Exception as error:  # a reader bug must cost one page, not the whole import
        return f"cannot be read ({type(error).__name__}: {error})"


def parse_pages(paths: list[str]) -> list[Parsed]:
    """A worker's batch: a few pages a task keeps the cost of sending tasks small."""
    return [parse_page(path) for path in paths]


def _start_worker(parent: int) -> None:
    """Workers leave Ctrl-C to the parent, which stops the import and reports; and they end
    when the parent is gone (killed), instead of lingering as orphans."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="govreader-parent-watch", daemon=True).start()


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
        self.pool: ProcessPoolExecutor | None = None
        self.ctrl_c = _CtrlC()
        self.settled: list[str] = []  # paths stored or found stored, in order

    def done(self, path: str, outcome: str, reason: str = "") -> None:
        if outcome == "failed":
            self.summary.refuse(path, reason)
        else:
            self.summary.count(outcome)
            self.settled.append(path)
        if self.on_progress is not None:
            self.on_progress(path, UNCHANGED if outcome == DUPLICATE else outcome)

    def triage(self, path: str) -> str | None:
        """The content hash of a page that must be parsed; None when the page is settled
        without parsing (unreadable, or its content already stored). The hash is of the bytes
        read here: should the file change before it is parsed, the next import sees a new
        hash and updates it."""
        with self.ctrl_c.deferred():
            data = _read_bytes(path)
            if isinstance(data, PageError):
                self.done(path, "failed", data.reason)
                return None
            digest = _digest(data)
            outcome = self.library.known(path, digest)
            if outcome is None:
                return digest
            self.done(path, outcome)
            return None

    def store(self, path: str, digest: str, result: Parsed) -> None:
        with self.ctrl_c.deferred():
            if isinstance(result, str):
                self.done(path, "failed", result)
                return
            outcome = self.library.record(path, digest, result)
            self.done(path, outcome or "failed", "" if outcome else "could not be stored")

    def run(self, pages: list[str]) -> None:
        if self.jobs == 1 or len(pages) < POOL_MIN_PAGES:
            for path in pages:
                digest = self.triage(path)
                if digest is not None:
                    self.store(path, digest, parse_page(path))
            return
        try:
            self._run_pool(iter(pages))
        finally:
            if self.pool is not None:
                self.pool.shutdown(wait=True, cancel_futures=True)

    def _new_pool(self) -> ProcessPoolExecutor:
        """Workers forked when this process has no other thread (nothing is re-imported, so it
        works from any script), spawned otherwise (forking a threaded process is unsafe)."""
        method = "spawn"
        if threading.active_count() == 1 and "fork" in get_all_start_methods():
            method = "fork"
            import govreader.reading  # noqa: F401  (loaded once here, not once per worker)
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=get_context(method),
            initializer=_start_worker,
            initargs=(os.getpid(),),
        )

    def _next_batch(self, pages: Iterator[str], local: bool) -> list[tuple[str, str]]:
        """Up to BATCH_SIZE (path, hash) pairs that need parsing (the other pages are settled on
        the way); empty once `pages` is used up. With `local`, pages are parsed here instead."""
        batch: list[tuple[str, str]] = []
        for path in pages:
            digest = self.triage(path)
            if digest is None:
                continue
            if local:
                self.store(path, digest, parse_page(path))
                continue
            batch.append((path, digest))
            if len(batch) == BATCH_SIZE:
                break
        return batch

    def _run_pool(self, pages: Iterator[str]) -> None:
        in_flight: dict[Future[list[Parsed]], list[tuple[str, str]]] = {}
        pool_worked = local = exhausted = False
        submitted = 0
        while True:
            while not exhausted and len(in_flight) < self.jobs * BATCHES_PER_JOB:
                batch = self._next_batch(pages, local)
                if not batch:
                    exhausted = True
                    break
                if self.pool is None:
                    self.pool, submitted = self._new_pool(), 0
                # Workers start (on the pool's first submits) with Ctrl-C ignored, so a Ctrl-C
                # reaching the process group while one starts up cannot print its traceback.
                with _on_ctrl_c(signal.SIG_IGN) if submitted < self.jobs else nullcontext():
                    future = self.pool.submit(parse_pages, [path for path, _ in batch])
                in_flight[future] = batch
                submitted += 1
            if not in_flight:
                return
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                batch = in_flight.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    if self.pool is not None:
                        self.pool.shutdown(wait=False, cancel_futures=True)
                        self.pool = None
                    if pool_worked:
                        for path, _ in batch:
                            self.done(path, "failed", "its reader process died")
                        continue
                    # Workers that never started (say, a script without a __main__ guard):
                    # this process reads the pages itself.
                    local = True
                    results = [parse_page(path) for path, _ in batch]
                else:
                    pool_worked = True
                for (path, digest), result in zip(batch, results, strict=True):
                    self.store(path, digest, result)


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
    returns what was done so far with `interrupted` set.
    """
    from govreader.ingest import discover

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
    try:
        with _on_ctrl_c(importer.ctrl_c):
            pages: dict[str, None] = {}
            for item in discover(existing):
                if isinstance(item, PageError):
                    summary.refuse(item.path, item.reason)
                elif not _storable(str(item)):
                    summary.failed.append((str(item), "its name is not valid UTF-8 (rename it)"))
                else:
                    pages.setdefault(os.path.abspath(item))
            if on_start is not None:
                on_start(len(pages))
            importer.run(list(pages))
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.article_ids = library.article_ids(importer.settled)
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
    if library.count() > 0:
        return 0
    folder = sample_articles_dir()
    if not folder.is_dir():
        return 0
    return import_paths(library, [folder], jobs=1).imported
