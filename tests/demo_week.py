"""The demo week polled over real HTTP into a database: shared by end-to-end and report tests."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from feeds.config import Settings, parse_settings
from feeds.demo import DemoClock, DemoServer, build_scenario
from feeds.demo.scenario import Scenario
from feeds.models import PollResult
from feeds.poll import Poller
from feeds.store import Store

DEMO_ANCHOR = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)


@dataclass
class DemoWeek:
    """The demo scenario polled every 4 simulated hours from before the truce to its end."""

    scenario: Scenario
    settings: Settings
    store: Store
    db: Path
    errors: dict[str, int] = field(default_factory=dict)


def poll_demo_week(db: Path, step: timedelta = timedelta(hours=4)) -> Iterator[DemoWeek]:
    scenario = build_scenario(DEMO_ANCHOR)
    clock = DemoClock.frozen(scenario.anchor - timedelta(hours=6), anchor=scenario.anchor)
    with DemoServer(scenario, clock, slow_delay=0.0) as server:
        settings = parse_settings(server.config_toml(), "<demo>")
        store = Store(db)
        week = DemoWeek(scenario, settings, store, db)

        def note(r: PollResult) -> None:
            if r.status == "error":
                week.errors[r.feed] = week.errors.get(r.feed, 0) + 1

        poller = Poller(settings, store, clock=clock.now, on_result=note)
        end = scenario.end + timedelta(hours=1)
        while clock.now() < end:
            clock.advance(step)
            asyncio.run(poller.poll_once())
        asyncio.run(poller.poll_once())  # the failing sources have recovered by now
    # The server is stopped before the tests use the database: no thread outlives the polling.
    try:
        yield week
    finally:
        store.close()
