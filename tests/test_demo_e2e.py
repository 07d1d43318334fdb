"""The demo week end to end: served over HTTP, polled, extracted, stored, then counted."""

from __future__ import annotations

from datetime import timedelta

import pytest
from demo_week import DEMO_ANCHOR, DemoWeek

from feeds.agenda import upcoming
from feeds.demo import expected_totals
from feeds.tally import build_tally


@pytest.fixture(scope="module")
def week(demo_week: DemoWeek) -> DemoWeek:
    return demo_week


@pytest.fixture(scope="module")
def expected(demo_week: DemoWeek) -> dict[str, object]:
    return expected_totals(demo_week.scenario)


def test_every_story_is_stored_once(week: DemoWeek, expected: dict[str, object]) -> None:
    assert week.store.count_items() == expected["items"]


def test_scheduled_faults_show_on_the_feeds(week: DemoWeek) -> None:
    assert week.errors.get("reliefweb", 0) >= 1
    assert week.errors.get("gdelt", 0) >= 1
    states = {s.name: s for s in week.store.feed_states()}
    assert all(s.consecutive_errors == 0 for s in states.values())  # all recovered
    assert week.store.poll_log(DEMO_ANCHOR - timedelta(days=1), DEMO_ANCHOR + timedelta(days=9))


def test_violation_count(week: DemoWeek, expected: dict[str, object]) -> None:
    assert week.store.count_violations() == expected["violations"]


def test_incident_casualties_folded(week: DemoWeek, expected: dict[str, object]) -> None:
    tally = build_tally(week.store.casualties())
    got = {key: cell.total for key, cell in tally.cells.items() if cell.total}
    assert got == expected["incident"]


def test_latest_cumulative_tally_per_source(week: DemoWeek, expected: dict[str, object]) -> None:
    tally = build_tally(week.store.casualties())
    got: dict[str, dict[tuple[str, str], int]] = {}
    for row in tally.cumulative:
        got.setdefault(row.feed, {})[(row.kind, row.group)] = row.count or 0
    assert got == expected["cumulative"]


def test_talks_postponed_then_rescheduled(week: DemoWeek, expected: dict[str, object]) -> None:
    meetings = upcoming(week.store.talks(), DEMO_ANCHOR.date(), include_past=True)
    scheduled = {(m.date, m.place) for m in meetings if m.status == "scheduled"}
    final_date, final_place = expected["final_talks"]  # type: ignore[misc]
    assert (final_date, final_place) in scheduled
    geneva = {m.date: m.status for m in meetings if m.place == "Geneva" and m.date}
    assert geneva.get("2026-11-25") == "postponed"
    assert geneva.get(final_date) == "scheduled"
