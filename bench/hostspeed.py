"""How fast this host runs plain Python right now, for reading a benchmark's figures.

A shared or throttled host can run at half speed for minutes: the benchmarks print this figure
before and after their runs, so two results can be compared (or not) by the speed they ran at.
"""

from __future__ import annotations

import time

LOOPS = 3_000_000


def host_speed_ms() -> float:
    """Milliseconds for a fixed loop of integer arithmetic (lower is faster)."""
    start = time.perf_counter()
    total = 0
    for i in range(LOOPS):
        total += i * i
    return (time.perf_counter() - start) * 1000


def describe() -> str:
    return f"host speed: a fixed Python loop took {host_speed_ms():.0f} ms (lower is faster)"
