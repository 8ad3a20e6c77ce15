"""Growth of run time with input size, for the tests that hold patterns and stages linear."""

from __future__ import annotations

import time
from collections.abc import Callable


def growth(
    run: Callable[[int], object], n: int, factor: int, limit: float, runs: int = 3, tries: int = 3
) -> float:
    """Time at `factor`·n over time at n: the smallest ratio seen over a few tries (noise only
    ever adds time to one side), each size the best of `runs` runs. Time is this thread's CPU
    time, so other processes sharing the cores do not count; a try under `limit` ends early."""

    def best(size: int) -> float:
        times = []
        for _ in range(runs):
            start = time.thread_time()
            run(size)
            times.append(time.thread_time() - start)
        return min(times)

    ratios = []
    for _ in range(tries):
        ratio = best(factor * n) / max(best(n), 1e-6)
        if ratio < limit:
            return ratio
        ratios.append(ratio)
    return min(ratios)
