"""Simulated time for the demo: real monotonic seconds mapped onto a scripted week."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

DEFAULT_SPEED = 1120.0
"""Simulated seconds per real second: a 168-hour week plays in about 9 real minutes."""
DEFAULT_START_OFFSET = timedelta(hours=12)
"""Where the clock starts: about 19 stories exist, the first accusation of a breach among them."""


def default_anchor(now: datetime | None = None) -> datetime:
    """The scenario's T0: seven days before `now` (default: the real UTC time), floored to the hour.

    With this anchor every simulated publication time of the week is in the real past too.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    return (now - timedelta(days=7)).replace(minute=0, second=0, microsecond=0)


class DemoClock:
    """Maps real monotonic time to simulated UTC time: anchor + start_offset + elapsed * speed.

    `now()` is capped at `anchor + limit` when a limit is given, so the clock stops at the end of
    the scenario instead of running into the real future. A frozen clock (speed 0) only moves by
    `set()` / `advance()`, which tests use to step through the scenario.
    """

    def __init__(
        self,
        anchor: datetime,
        speed: float = DEFAULT_SPEED,
        start_offset: timedelta = DEFAULT_START_OFFSET,
        *,
        limit: timedelta | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if anchor.tzinfo is None:
            raise ValueError("anchor must be timezone-aware (UTC)")
        if speed < 0:
            raise ValueError("speed must be >= 0")
        self.anchor = anchor.astimezone(UTC)
        self.speed = float(speed)
        self.limit = limit
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._offset = start_offset
        self._t_start = monotonic()

    @classmethod
    def frozen(cls, at: datetime, *, anchor: datetime | None = None) -> DemoClock:
        """A clock that stands still at `at` (moved only by `set` / `advance`)."""
        anchor = (anchor or at).astimezone(UTC)
        return cls(anchor, speed=0.0, start_offset=at.astimezone(UTC) - anchor)

    @property
    def end(self) -> datetime | None:
        """The latest time this clock will ever show, or None when uncapped."""
        return None if self.limit is None else self.anchor + self.limit

    def now(self) -> datetime:
        """The current simulated time (aware, UTC)."""
        with self._lock:
            elapsed = (self._monotonic() - self._t_start) * self.speed
            t = self.anchor + self._offset + timedelta(seconds=elapsed)
        end = self.end
        return min(t, end) if end is not None else t

    def elapsed(self) -> timedelta:
        """Simulated time since the scenario's anchor (T0)."""
        return self.now() - self.anchor

    def set(self, at: datetime) -> None:
        """Jump to simulated time `at`; a running clock keeps running from there."""
        with self._lock:
            self._t_start = self._monotonic()
            self._offset = at.astimezone(UTC) - self.anchor

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward (or back) by `delta` of simulated time."""
        self.set(self.now() + delta)

    def __repr__(self) -> str:
        return f"DemoClock(now={self.now().isoformat()}, speed={self.speed})"
