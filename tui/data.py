"""What each pane shows, read from the store in a worker thread (no Textual here)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from feeds.agenda import Meeting
from feeds.agenda import upcoming as upcoming_meetings
from feeds.query import Query
from feeds.store import CasualtyRow, FeedState, ItemRow, Store, TalkRow, ViolationRow
from feeds.tally import Tally, build_tally
from feeds.timeutil import from_iso, to_iso
from tui.render import (
    Health,
    feed_health,
    start_of_day,
    window_start,
)

PANE_LIMIT = 100
"""Rows a list pane reads at first: the archive stays in SQLite. Scrolling near the end of
them reads PANE_LIMIT more, up to MAX_PANE_ROWS (see Pane.grow)."""
MAX_PANE_ROWS = 1000
CASUALTY_LIMIT = 5000
LAST_LOOKED = "last_looked"


@dataclass(frozen=True)
class ViolationsData:
    rows: tuple[ViolationRow, ...]
    today: int
    since_truce: int | None
    first_id: int | None
    capped: bool = False
    """More rows match than were read (the limit was reached)."""


@dataclass(frozen=True)
class FeedData:
    rows: tuple[ItemRow, ...]
    watch: str | None
    capped: bool = False
    """More rows match than were read (the limit was reached)."""


@dataclass(frozen=True)
class TalksData:
    lines: tuple[Meeting, ...]
    upcoming: int
    show_past: bool


@dataclass(frozen=True)
class CasualtiesData:
    tally: Tally
    window: str
    truncated: bool


@dataclass(frozen=True)
class StatusData:
    health: Health = field(default_factory=Health)
    last_poll: datetime | None = None
    new_since: int = 0
    watch_new: Mapping[str, int] = field(default_factory=dict)
    last_looked: datetime | None = None
    feed_names: tuple[str, ...] = ()
    """Every feed the cache knows (configured or not): what a `feed:` filter can name."""


def load_violations(
    store: Store,
    query: Query,
    now: datetime,
    truce_start: datetime | None,
    limit: int = PANE_LIMIT,
    first_id: int | None = None,
) -> ViolationsData:
    """`first_id` (the first violation after the truce start) can be passed in when known."""
    rows = store.violations_newest(query, limit=limit, now=now)
    starts = [start_of_day(now)] + ([truce_start] if truce_start else [])
    counts = store.count_violations_since(query, starts, now=now)
    today = counts[0]
    since_truce = counts[1] if truce_start else None
    if first_id is None and truce_start:
        first_id = store.first_violation_after(truce_start)
    return ViolationsData(tuple(rows), today, since_truce, first_id, len(rows) >= limit)


def load_feed(
    store: Store, query: Query, now: datetime, watch: str | None, limit: int = PANE_LIMIT
) -> FeedData:
    rows = store.items_newest(query, limit=limit, now=now, watch=watch or None)
    return FeedData(tuple(rows), watch, len(rows) >= limit)


def words_removed(query: Query) -> Query:
    """The filter without its words: what talk_rows() reads by (feeds, tags, since)."""
    return replace(query, text="", groups=(), excluded=(), message=None)


def talk_rows(store: Store, query: Query, now: datetime, show_past: bool) -> tuple[TalkRow, ...]:
    """The talks passing the filter's cheap parts (see words_removed), which load_talks()
    checks the words against. Talks are few, so a pane keeps these while the data, the
    filter's cheap parts and the minute are the same: while the officer types words, reading
    and decoding them again was the dearest part of the talks pane's change."""
    from_date = None if show_past else now.date().isoformat()
    return tuple(store.talks(words_removed(query), from_date=from_date, now=now, limit=2000))


def load_talks(
    store: Store,
    query: Query,
    now: datetime,
    show_past: bool,
    base: tuple[TalkRow, ...] | None = None,
) -> TalksData:
    """`base`: talk_rows() for the same data, cheap parts, minute and show_past."""
    # Talks are few: fetch them with the cheap parts of the filter, then check the words
    # against those items only (a common word matches half the archive).
    rows: Sequence[TalkRow] = talk_rows(store, query, now, show_past) if base is None else base
    if query.groups or query.excluded:
        keep = store.ids_matching(query, (r.item_id for r in rows), now, facts=True)
        rows = [r for r in rows if r.item_id in keep]
    today = now.astimezone(UTC).date()
    lines = upcoming_meetings(rows, today, include_past=show_past)
    upcoming = sum(1 for t in lines if not t.is_past(today))
    return TalksData(tuple(lines), upcoming, show_past)


@dataclass(frozen=True)
class WindowFigures:
    """Every casualty figure of a window with no filter, as read at one time."""

    rows: tuple[CasualtyRow, ...]
    complete: bool
    """False when the window holds more than CASUALTY_LIMIT figures (then only those are here)."""


def window_figures(store: Store, now: datetime, window: str, truce_start: datetime | None) -> WindowFigures:
    """What load_casualties() filters when given it: a pane keeps it while the data and the
    minute are the same, so a filter change asks SQLite only which of its items pass (at 1M
    items, reading the figures again was most of the change)."""
    since = window_start(window, truce_start, now)
    rows = store.casualties(None, since=since, until=now, now=now, limit=CASUALTY_LIMIT)
    return WindowFigures(tuple(rows), complete=len(rows) < CASUALTY_LIMIT)


def load_casualties(
    store: Store,
    query: Query,
    now: datetime,
    window: str,
    truce_start: datetime | None,
    figures: WindowFigures | None = None,
) -> CasualtiesData:
    """`figures`: the window's figures read by window_figures() for the same window and data."""
    since = window_start(window, truce_start, now)
    if figures is not None and figures.complete:
        rows = list(figures.rows)
        if not query.empty:
            keep = store.ids_matching(query, {r.item_id for r in rows}, now, facts=True)
            rows = [r for r in rows if r.item_id in keep]
    else:
        rows = store.casualties(query, since=since, until=now, now=now, limit=CASUALTY_LIMIT)
    tally = build_tally(rows, start=since, end=now)
    return CasualtiesData(tally, window, truncated=len(rows) >= CASUALTY_LIMIT)


def load_status(
    store: Store, intervals: Mapping[str, float], now: datetime, watch_names: tuple[str, ...]
) -> StatusData:
    states: list[FeedState] = store.feed_states(counts=False)
    last_looked = from_iso(store.get_state(LAST_LOOKED))
    new_since = store.count_items(since=last_looked) if last_looked else 0
    counts = store.watch_counts(since=last_looked) if last_looked else {}
    return StatusData(
        health=feed_health(states, intervals, now),
        last_poll=store.last_poll_time(),
        new_since=new_since,
        watch_new={name: counts.get(name, 0) for name in watch_names},
        last_looked=last_looked,
        feed_names=tuple(s.name for s in states),
    )


def mark_looked(store: Store, now: datetime) -> None:
    store.set_state(LAST_LOOKED, to_iso(now) or "")
