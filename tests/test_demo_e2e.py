"""The demo week end to end: served over HTTP, polled, extracted, stored, then counted."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feeds.agenda import upcoming
from feeds.config import Settings, parse_settings
from feeds.demo import DemoClock, DemoServer, build_scenario, expected_totals
from feeds.poll import Poller
from feeds.store import Store
from feeds.tally import build_tally

ANCHOR = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)
STEP = timedelta(hours=4)


@dataclass
class DemoRun:
    server: DemoServer
    settings: Settings
    store: Store
    polls: int
    errors: dict[str, int]


def run_week(db: Path) -> Iterator[DemoRun]:
    scenario = build_scenario(ANCHOR)
    clock = DemoClock.frozen(scenario.anchor - timedelta(hours=6), anchor=scenario.anchor)
    server = DemoServer(scenario, clock, slow_delay=0.0)
    with server:
        settings = parse_settings(server.config_toml(), "<demo>")
        store = Store(db)
        errors: dict[str, int] = {}
        polls = 0

        def note(r: object) -> None:
            if getattr(r, "status", "") == "error":
                errors[r.feed] = errors.get(r.feed, 0) + 1  # type: ignore[attr-defined]

        poller = Poller(settings, store, clock=clock.now, on_result=note)
        end = scenario.end + timedelta(hours=1)
        while clock.now() < end:
            clock.advance(STEP)
            asyncio.run(poller.poll_once())
            polls += 1
        # The failing sources recover: one last round after their windows.
        asyncio.run(poller.poll_once())
        yield DemoRun(server, settings, store, polls, errors)


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoRun]:
    yield from run_week(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    return expected_totals(build_scenario(ANCHOR))


def test_every_story_is_stored_once(week: DemoRun, expected: dict[str, object]) -> None:
    assert week.store.count_items() == expected["items"]


def test_scheduled_faults_show_on_the_feeds(week: DemoRun) -> None:
    assert week.errors.get("reliefweb", 0) >= 1
    assert week.errors.get("gdelt", 0) >= 1
    states = {s.name: s for s in week.store.feed_states()}
    assert all(s.consecutive_errors == 0 for s in states.values())  # all recovered
    assert week.store.poll_log(ANCHOR - timedelta(days=1), ANCHOR + timedelta(days=9))


def test_violation_count(week: DemoRun, expected: dict[str, object]) -> None:
    assert week.store.count_violations() == expected["violations"]


def test_incident_casualties_folded(week: DemoRun, expected: dict[str, object]) -> None:
    tally = build_tally(week.store.casualties())
    got = {key: cell.total for key, cell in tally.cells.items() if cell.total}
    assert got == expected["incident"]


def test_latest_cumulative_tally_per_source(week: DemoRun, expected: dict[str, object]) -> None:
    tally = build_tally(week.store.casualties())
    got: dict[str, dict[tuple[str, str], int]] = {}
    for row in tally.cumulative:
        got.setdefault(row.feed, {})[(row.kind, row.group)] = row.count or 0
    assert got == expected["cumulative"]


def test_talks_postponed_then_rescheduled(week: DemoRun, expected: dict[str, object]) -> None:
    meetings = upcoming(week.store.talks(), ANCHOR.date(), include_past=True)
    scheduled = {(m.date, m.place) for m in meetings if m.status == "scheduled"}
    final_date, final_place = expected["final_talks"]  # type: ignore[misc]
    assert (final_date, final_place) in scheduled
    geneva = {m.date: m.status for m in meetings if m.place == "Geneva" and m.date}
    assert geneva.get("2026-11-25") == "postponed"
    assert geneva.get(final_date) == "scheduled"
