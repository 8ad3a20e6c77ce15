"""Pages read in worker processes, each page within a time limit and a memory bound.

A page that takes longer than the limit (a pattern gone quadratic, a parser stuck in C code) is
answered `took too long`; its worker is killed and a new one takes the rest of the batch, so the
other pages go on. A worker's memory is bounded too (`worker_memory_bytes`): a page needing more
is answered `too large to read` instead of taking the machine's memory. Killing a worker is
always safe: workers only read pages, and only the parent writes anything. Leaving the `with`
block for any reason (Ctrl-C included) kills every worker at once, so a command ends at once,
whatever its workers are doing.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from importlib import import_module
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # ForkContext exists only where fork does
    from multiprocessing.context import ForkContext, SpawnContext

MAX_SECONDS_ENV = "GOVREADER_MAX_PAGE_SECONDS"
DEFAULT_MAX_SECONDS = 60.0

BATCH_PAGES = 8
BATCH_BYTES = 16 * 1024 * 1024
"""A worker gets up to eight pages at a time (fewer messages between processes), or fewer when
their bytes pass 16 MB (the parent keeps a batch's bytes until it is answered)."""

PARENT_CHECK_S = 0.5
"""How often a worker checks that the process that started it is still there."""

DIED = "its reader process died"
READY = "ready"
"""What a worker says first: it started, and any death after this is a page's doing."""
START_S = 120.0
"""How long a worker may take to say it started (a spawned one imports the reader first)."""

PRELOAD = ("govreader.reading", "govreader.clean.html", "charset_normalizer")
"""What reading loads on first use, loaded before workers are forked: they start warm, and a
page's time is its own, not that of loading the HTML parser."""

Item = tuple[str, Any]
"""A page for a worker: its path, and what the task reads of it (its bytes when the parent has
read them already, None for the file itself, or what else the task takes, as a stored article)."""
Task = Callable[[str, Any], Any]
"""What a worker does with a page; a module-level function (spawned workers import it)."""


def max_page_seconds() -> float:
    """The time limit per page, from GOVREADER_MAX_PAGE_SECONDS (default 60); a value that is not
    a positive number keeps the default."""
    try:
        seconds = float(os.environ.get(MAX_SECONDS_ENV, DEFAULT_MAX_SECONDS))
    except ValueError:
        seconds = DEFAULT_MAX_SECONDS
    return seconds if 0 < seconds < float("inf") else DEFAULT_MAX_SECONDS


def too_long(limit: float) -> str:
    return f"took too long (over {limit:g} s; the limit is set by {MAX_SECONDS_ENV})"


MEMORY_PER_PAGE_BYTE = 40
"""A worker may use this many bytes of memory for each byte of the largest page it may read."""
MIN_WORKER_MEMORY = 2 * 1024**3
"""A worker's memory bound whatever the page limit: a real 45 MB archive takes about 390 MB."""


def worker_memory_bytes() -> int:
    """The memory a worker may allocate: 40 times the page size limit, at least 2 GB (the
    default limit's 50 MB give 2 GB). Reading takes memory that grows with a page's shape as well
    as its size: a page at the limit of a million elements takes under 1 GB, one of 25 million
    one-letter lines would take 7 GB, 280 bytes a line."""
    from govreader.ingest.files import max_page_bytes

    return max(MIN_WORKER_MEMORY, int(MEMORY_PER_PAGE_BYTE * max_page_bytes()))


def too_much_memory() -> str:
    """The reason given for a page whose reading ran past the worker's memory bound: the bound,
    and the setting that moves it (it follows the page size limit)."""
    from govreader.ingest.files import MAX_PAGE_MB_ENV

    return (
        f"too large to read (it needs over {worker_memory_bytes() // 1024**2:,} MB of memory;"
        f" the limit follows {MAX_PAGE_MB_ENV})"
    )


def _limit_memory(limit: int) -> None:
    """Bound this process's heap (RLIMIT_DATA, what Python and the HTML parser allocate from):
    past it an allocation fails with MemoryError, which the task answers as its page's reason.
    Where the system has no such limit (Windows), the time limit alone bounds a page."""
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        with suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def _serve(task: Task, conn: Connection, parent: int) -> None:
    """A worker: answer each page of each batch as soon as it is read, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _limit_memory(worker_memory_bytes())
    try:
        conn.send(READY)
    except OSError:
        os._exit(0)

    def watch() -> None:  # end with the parent (killed), instead of lingering as an orphan
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="govreader-parent-watch", daemon=True).start()
    try:
        while (batch := conn.recv()) is not None:
            for path, data in batch:
                conn.send(task(path, data))
    except (EOFError, OSError, KeyboardInterrupt):
        pass
    os._exit(0)  # no finalizers: nothing inherited from the parent (a database) is touched


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    batch: list[Item] = field(default_factory=list)
    answered: int = 0
    started: float = 0.0
    """When the page being read now was started (the batch's arrival, or the last answer)."""

    @property
    def busy(self) -> bool:
        return self.answered < len(self.batch)

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(1)
        self.conn.close()


class Workers:
    """Up to `jobs` worker processes running `task` on pages, each page within `limit` seconds.

    `map` yields `(path, result)` as pages are answered; a page over the limit, or whose worker
    died, is answered with a reason string instead of the task's result."""

    def __init__(self, task: Task, jobs: int, limit: float | None = None) -> None:
        self.task = task
        self.jobs = max(1, jobs)
        self.limit = limit if limit is not None else max_page_seconds()
        self.workers: list[_Worker] = []
        self.local = False
        """Set when workers cannot start at all (say, spawned from a script without a
        `__main__` guard): the pages are then read in this process, without a time limit. A
        worker that started and then died is no such case: it died of a page (a parser
        crashing in C code, the memory bound), which must never be read in this process."""
        self._context: SpawnContext | ForkContext = get_context("spawn")
        if threading.active_count() == 1 and "fork" in get_all_start_methods():
            # cheap, and safe while this process has no other thread
            self._context = get_context("fork")
            for name in PRELOAD:
                import_module(name)

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Kill every worker: nothing they hold needs saving."""
        for worker in self.workers:
            worker.stop()
        self.workers.clear()

    def _start(self) -> _Worker | None:
        """A new worker, once it says it started; None when it cannot start."""
        context = self._context
        parent_end, child_end = context.Pipe()
        process = context.Process(
            target=_serve, args=(self.task, child_end, os.getpid()), daemon=True
        )
        # Started with Ctrl-C ignored, so a Ctrl-C reaching the process group while a worker
        # starts up cannot print its traceback; the worker then ignores it for good.
        previous = _ignore_ctrl_c()
        try:
            process.start()
        finally:
            _restore_ctrl_c(previous)
        child_end.close()
        worker = _Worker(process, parent_end)
        try:
            started = parent_end.poll(START_S) and parent_end.recv() == READY
        except (EOFError, OSError):
            started = False
        except BaseException:  # Ctrl-C while it starts: it must not outlive the command
            worker.stop()
            raise
        if not started:
            worker.stop()
            return None
        self.workers.append(worker)
        return worker

    def _give(self, worker: _Worker, batch: list[Item]) -> None:
        worker.batch, worker.answered, worker.started = batch, 0, time.monotonic()
        with suppress(OSError):  # it died: the wait for its answer sees its pipe end
            worker.conn.send(batch)

    def map(self, items: Iterable[Item]) -> Iterator[tuple[str, Any]]:
        """Each page's answer, in the order the pages are answered. `items` is read lazily, a
        batch at a time, as workers become free."""
        pending: deque[Item] = deque()
        source = iter(items)
        exhausted = False
        while True:
            if not exhausted and len(pending) < BATCH_PAGES:
                exhausted = not _fill(pending, source)
            if self.local:
                while pending:
                    path, data = pending.popleft()
                    yield path, self.task(path, data)
                if exhausted:
                    return
                continue
            idle = [w for w in self.workers if not w.busy]
            while pending and (idle or len(self.workers) < self.jobs):
                worker = idle.pop() if idle else self._start()
                if worker is None:
                    self._go_local(pending)
                    break
                self._give(worker, _take_batch(pending))
                if not exhausted:
                    exhausted = not _fill(pending, source)
            busy = [w for w in self.workers if w.busy]
            if not busy:
                if exhausted and not pending:
                    return
                continue
            yield from self._collect(busy, pending)

    def _collect(self, busy: list[_Worker], pending: deque[Item]) -> Iterator[tuple[str, Any]]:
        """Wait for answers until the nearest deadline; answer and replace overdue workers."""
        now = time.monotonic()
        timeout = max(0.0, min(w.started for w in busy) + self.limit - now)
        ready = wait([w.conn for w in busy], timeout)
        for worker in busy:
            if self.local:
                return
            if worker.conn in ready:
                try:
                    result = worker.conn.recv()
                except (EOFError, OSError):
                    yield from self._lost(worker, pending, DIED)
                    continue
                path = worker.batch[worker.answered][0]
                worker.answered += 1
                worker.started = time.monotonic()
                yield path, result
            elif time.monotonic() - worker.started > self.limit:
                yield from self._lost(worker, pending, too_long(self.limit))

    def _lost(
        self, worker: _Worker, pending: deque[Item], reason: str
    ) -> Iterator[tuple[str, Any]]:
        """A worker killed or dead: its page is answered with `reason`, the rest of its batch
        goes back to the front of the queue for another worker."""
        worker.stop()
        self.workers.remove(worker)
        rest = worker.batch[worker.answered :]
        pending.extendleft(reversed(rest[1:]))
        yield rest[0][0], reason

    def _go_local(self, pending: deque[Item]) -> None:
        """Workers cannot start here: every page not yet answered is read in this process."""
        self.local = True
        for other in self.workers:
            pending.extendleft(reversed(other.batch[other.answered :]))
        self.close()


def _fill(pending: deque[Item], source: Iterator[Item]) -> bool:
    """Read items until a batch is ready; False once `source` is used up."""
    size = sum(_size(item) for item in pending)
    while len(pending) < BATCH_PAGES and size < BATCH_BYTES:
        item = next(source, None)
        if item is None:
            return False
        pending.append(item)
        size += _size(item)
    return True


def _take_batch(pending: deque[Item]) -> list[Item]:
    batch: list[Item] = []
    size = 0
    while pending and len(batch) < BATCH_PAGES and (not batch or size < BATCH_BYTES):
        item = pending.popleft()
        batch.append(item)
        size += _size(item)
    return batch


def _size(item: Item) -> int:
    """The bytes an item holds (what else it holds is small: a stored article's text)."""
    return len(item[1]) if isinstance(item[1], bytes) else 0


def _ignore_ctrl_c() -> Any:
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, signal.SIG_IGN)


def _restore_ctrl_c(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGINT, previous)
