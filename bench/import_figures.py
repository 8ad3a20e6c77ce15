"""Import figures for bench/library_bench.py: building a library while watching its pace and its
workers' memory, and the speed of all cores against one process."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path

from govreader.library import Library, import_paths
from govreader.library.importer import default_jobs

STEPS = 10


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _workers_rss_mb() -> list[float]:
    """Resident memory of this process's children (the import workers), in MB."""
    me = str(os.getpid())
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as file:
                fields = dict(line.split(":", 1) for line in file if ":" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == me and "VmRSS" in fields:
            found.append(int(fields["VmRSS"].split()[0]) / 1024)
    return found


def build_library(library: Path, folders: list[Path], jobs: int | None) -> str:
    """Import `folders` into `library`; a line on how it went: pages/s in each tenth of the
    import (a steady pace keeps the progress bar's time left honest) and the workers' memory at
    each tenth (it must stay flat)."""
    with Library.open(library) as opened:
        paces: list[float] = []
        memory: list[float] = []
        total = 0
        done = 0
        mark = time.perf_counter()

        def started(count: int) -> None:
            nonlocal total
            total = count

        def progress(_path: str, _outcome: str) -> None:
            nonlocal done, mark
            done += 1
            step = max(total // STEPS, 1)
            if done % step == 0:
                now = time.perf_counter()
                paces.append(step / (now - mark))
                mark = now
                memory.append(max(_workers_rss_mb(), default=0.0))

        began, cpu = time.perf_counter(), _cpu()
        summary = import_paths(opened, folders, jobs=jobs, on_progress=progress, on_start=started)
        elapsed, cpu = time.perf_counter() - began, _cpu() - cpu
    if summary.interrupted:  # the caller must not take a half-built library for a whole one
        raise KeyboardInterrupt
    return (
        f"imported {summary.imported:,} (unchanged {summary.unchanged:,}, failed"
        f" {len(summary.failed)}) in {elapsed:.0f} s, {cpu / max(done, 1) * 1000:.1f} ms CPU a"
        f" page; pages/s by tenths: {' '.join(f'{p:.0f}' for p in paces)};"
        f" workers' RSS by tenths (MB): {' '.join(f'{m:.0f}' for m in memory)}"
    )


def _import(pages: list[Path], folder: Path, cores: set[int]) -> tuple[float, float, int]:
    """Import `pages` into a new library with a worker a core, on `cores` only (the workers
    inherit the affinity): the writing process gets no other core than its workers do."""
    shutil.rmtree(folder, ignore_errors=True)
    every = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cores)
    try:
        with Library.open(folder) as library:
            started, cpu = time.perf_counter(), _cpu()
            summary = import_paths(library, pages, jobs=len(cores))
            return time.perf_counter() - started, _cpu() - cpu, summary.imported
    finally:
        os.sched_setaffinity(0, every)


def _spin(_: int) -> float:
    started, total = time.perf_counter(), 0
    for i in range(3_000_000):
        total += i * i
    return time.perf_counter() - started


def _parallel_ceiling(jobs: int) -> float:
    """How much faster `jobs` CPU-bound processes get through `jobs` equal tasks than one
    process does, on this machine right now: the most any import pool could gain."""
    one = _spin(0) * jobs
    with get_context("fork").Pool(jobs) as pool:
        started = time.perf_counter()
        pool.map(_spin, range(jobs))
        return one / (time.perf_counter() - started)


def import_ratio(pages_folder: Path, count: int, rounds: int = 2) -> list[str]:
    """The same `count` pages imported on one core and on every core, alternating `rounds`
    times. Pinned, because one worker alone would still leave the writing to another core."""
    import govreader.reading  # noqa: F401  (loaded before timing: neither side pays for it)

    folders = sorted(p for p in pages_folder.iterdir() if p.is_dir())
    pages = sorted(p for folder in folders for p in folder.iterdir())[:count]
    jobs = default_jobs()
    cores = os.sched_getaffinity(0)
    work = Path(tempfile.mkdtemp(prefix="govreader-ratio-"))
    ones, manys, ceilings = [], [], []
    try:
        for _ in range(rounds):
            ones.append(_import(pages, work / "one", {min(cores)}))
            ceilings.append(_parallel_ceiling(jobs))
            manys.append(_import(pages, work / "many", cores))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    one = statistics.median(n / s for s, _, n in ones)
    many = statistics.median(n / s for s, _, n in manys)
    one_cpu = statistics.median(c / n for _, c, n in ones) * 1000
    many_cpu = statistics.median(c / n for _, c, n in manys) * 1000
    return [
        f"import of {len(pages):,} pages, {rounds} alternating rounds (CPU a page, workers in):",
        f"  one core (1 worker):   {one:.1f} pages/s [{one_cpu:.1f} ms]",
        f"  {len(cores)} cores ({jobs} workers): {many:.1f} pages/s [{many_cpu:.1f} ms]",
        f"  ratio {many / one:.2f} x (goal >= 1.8 on 2 cores); 2 busy loops ran"
        f" {statistics.median(ceilings):.2f} x one meanwhile; load {os.getloadavg()[0]:.1f}",
    ]
