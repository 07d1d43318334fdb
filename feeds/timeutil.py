"""UTC time helpers: one text format for the database, and human durations."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import overload

ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utcnow() -> datetime:
    return datetime.now(UTC)


@overload
def to_iso(dt: datetime) -> str: ...
@overload
def to_iso(dt: None) -> None: ...
@overload
def to_iso(dt: datetime | None) -> str | None: ...


def to_iso(dt: datetime | None) -> str | None:
    """Aware or naive (taken as UTC) datetime -> 'YYYY-MM-DDTHH:MM:SSZ'."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime(ISO_FORMAT)


def from_iso(text: str | None) -> datetime | None:
    """The database's time format (or any ISO 8601) -> aware UTC datetime; None if unreadable."""
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


_SPAN = re.compile(r"^(\d+)\s*(m|min|h|d|w)$", re.IGNORECASE)
_SPAN_UNITS = {"m": 60, "min": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_span(text: str) -> timedelta | None:
    """'30m', '24h', '7d', '2w' -> timedelta; None when not a span."""
    m = _SPAN.match(text.strip())
    if not m:
        return None
    n = int(m.group(1))
    if n > 100_000:
        return None
    return timedelta(seconds=n * _SPAN_UNITS[m.group(2).lower()])


def countdown(target: datetime, now: datetime) -> str:
    """'in 3d 04h', 'in 5h 12m', 'in 40m', 'now', or '2d ago' for the past."""
    delta = target - now
    seconds = int(delta.total_seconds())
    past = seconds < 0
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        text = f"{days}d {hours:02d}h"
    elif hours:
        text = f"{hours}h {minutes:02d}m"
    elif minutes:
        text = f"{minutes}m"
    else:
        return "now"
    return f"{text} ago" if past else f"in {text}"


def short_time(dt: datetime | None, now: datetime) -> str:
    """'14:05Z' for today (UTC), '03-02 14:05Z' for another day this year, else the date."""
    if dt is None:
        return "--:--Z"
    dt = dt.astimezone(UTC)
    if dt.date() == now.astimezone(UTC).date():
        return dt.strftime("%H:%MZ")
    if dt.year == now.year:
        return dt.strftime("%m-%d %H:%MZ")
    return dt.strftime("%Y-%m-%d")
