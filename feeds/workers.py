"""Process pools for the poller's CPU-bound work (parsing and extraction)."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def cpu_pool(workers: int, *, threads_running: bool = False) -> ProcessPoolExecutor | None:
    """Processes for parsing and extraction, or None where the platform cannot make them (the
    poller then does that work in its own thread). Workers start at the first task.

    `threads_running`: the caller runs threads (the dashboard), which a forked child would
    inherit mid-flight; its workers start from a clean server process instead, one that has
    imported the parsers once. Make such a pool before the dashboard takes over the terminal:
    the helper process multiprocessing starts with it is handed the real stderr. In the
    dashboard this work must leave the process: a thread parsing a feed holds the GIL the UI
    thread paints with.
    """
    try:
        if not threads_running:
            return ProcessPoolExecutor(max_workers=workers)
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            ctx.set_forkserver_preload(["feeds.poll"])
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    except (OSError, NotImplementedError, ValueError):
        return None
