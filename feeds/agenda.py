"""Talks facts folded into meetings: one line per (date, place), the newest report's status wins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time

from feeds.store import TalkRow


@dataclass(frozen=True)
class Meeting:
    """One scheduled meeting as the reports describe it now."""

    date: str | None
    date_end: str | None
    place: str | None
    parties: str | None
    status: str
    latest: TalkRow
    """The newest report about this meeting (its status is the meeting's)."""
    reports: tuple[TalkRow, ...]
    """Every report about it, newest first."""
    moved_to: str | None = None
    """For a postponed meeting: the date of a later round at the same place announced since."""

    @property
    def item_id(self) -> int:
        return self.latest.item_id

    @property
    def link(self) -> str | None:
        return self.latest.link

    @property
    def feed(self) -> str:
        return self.latest.feed

    @property
    def updated(self) -> datetime:
        return self.latest.time

    @property
    def sources(self) -> int:
        return len(self.reports)

    @property
    def starts(self) -> datetime | None:
        """Midnight UTC of the meeting day (the countdown's target)."""
        if not self.date:
            return None
        try:
            return datetime.combine(dt.date.fromisoformat(self.date), time(0, 0), tzinfo=UTC)
        except ValueError:
            return None

    def is_past(self, today: dt.date) -> bool:
        last = self.date_end or self.date
        if not last:
            return False
        try:
            return dt.date.fromisoformat(last) < today
        except ValueError:
            return False


def _place_key(place: str | None) -> str:
    return (place or "").strip().lower()


def fold_meetings(rows: Iterable[TalkRow]) -> list[Meeting]:
    """Group talks facts into meetings.

    Reports of the same date and place are one meeting. An undated report at a place that has
    a dated meeting belongs to it (a "postponed" without a new date); so does a dated report
    with no place on a day that has exactly one meeting.
    """
    rows = sorted(rows, key=lambda r: (r.time, r.item_id), reverse=True)  # newest first
    groups: dict[tuple[str | None, str], list[TalkRow]] = {}
    for r in rows:
        if r.date is not None:
            groups.setdefault((r.date, _place_key(r.place)), []).append(r)
    # A dated report without a place joins the only meeting of that day.
    for key in [k for k in groups if k[1] == ""]:
        same_day = [k for k in groups if k[0] == key[0] and k[1] != ""]
        if len(same_day) == 1:
            groups[same_day[0]].extend(groups.pop(key))
    for r in rows:
        if r.date is not None:
            continue
        # "talks in Geneva postponed" refers to the latest-dated meeting there announced before it
        dated = [
            k
            for k in groups
            if k[1] and k[1] == _place_key(r.place) and min(x.time for x in groups[k]) <= r.time
        ]
        if r.status in ("postponed", "cancelled") and dated:
            target = max(dated, key=lambda k: k[0] or "")
            groups[target].append(r)
        else:
            groups.setdefault((None, _place_key(r.place) + f"#{r.item_id}"), []).append(r)
    meetings = []
    for (day, _), reports in groups.items():
        reports.sort(key=lambda r: (r.time, r.item_id), reverse=True)
        latest = reports[0]
        place = next((r.place for r in reports if r.place), None)
        parties = next((r.parties for r in reports if r.parties), None)
        date_end = next((r.date_end for r in reports if r.date_end), None)
        meetings.append(Meeting(day, date_end, place, parties, latest.status, latest, tuple(reports)))
    meetings = [_with_move(m, meetings) for m in meetings]
    meetings.sort(key=lambda m: (m.date is None, m.date or "", _place_key(m.place)))
    return meetings


def _with_move(m: Meeting, meetings: list[Meeting]) -> Meeting:
    """A postponed meeting shows where it moved: a later scheduled date at the same place,
    announced no earlier than the postponement."""
    if m.status != "postponed" or m.date is None or not m.place:
        return m
    later = [
        o.date
        for o in meetings
        if o.date
        and o.date > m.date
        and o.status == "scheduled"
        and _place_key(o.place) == _place_key(m.place)
        and o.updated >= m.updated
    ]
    return replace(m, moved_to=min(later)) if later else m


def upcoming(rows: Iterable[TalkRow], today: dt.date, *, include_past: bool = False) -> list[Meeting]:
    """Meetings on or after `today` (undated ones last); past ones only when asked. An undated
    postponement or cancellation that matched no meeting says nothing to act on: left out."""
    return [
        m
        for m in fold_meetings(rows)
        if (include_past or not m.is_past(today)) and (m.date is not None or m.status == "scheduled")
    ]
