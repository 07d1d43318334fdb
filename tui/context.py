"""What panes and screens share with the app: settings, a reader store and the clock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from feeds.config import Settings
from feeds.store import Store

READER_CACHE_KIB = 8_000
"""SQLite page cache per pane connection (the default 2 MB re-reads hot pages)."""


@dataclass(frozen=True)
class Context:
    """Read-only access for workers; writes go through the app."""

    settings: Settings
    reader: Store
    """Shared by screens for short reads; panes open their own (see open_reader)."""
    clock: Callable[[], datetime]
    db_path: str = ""
    clock_rate: float = 1.0
    """Simulated seconds per real second (the demo's clock runs a week in minutes)."""
    fetch_lock: threading.Lock = field(default_factory=threading.Lock)
    """For short reads that must not overlap. Pane loads no longer take turns on it: with
    the full-text lists built once per query and 100-row panes, four loads in parallel (own
    connections, SQLite off the GIL) finished sooner on two cores than the same loads in turn."""

    def intervals(self) -> dict[str, float]:
        """Each feed's poll interval on the clock's time scale (for staleness and countdowns)."""
        return {f.name: f.interval * self.clock_rate for f in self.settings.feeds}

    def open_reader(self) -> Store:
        """A connection of its own, so panes query in parallel and can be interrupted."""
        store = Store(self.db_path or self.reader.path)
        store.conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
        store.set_feed_tags(self.settings.feeds)
        return store
