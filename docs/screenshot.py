"""Make docs/screenshot.svg: the demo week polled to day 6, shown by the dashboard, saved by
the app's own screenshot action.  Run: python docs/screenshot.py"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import timedelta
from pathlib import Path

from feeds.config import parse_settings
from feeds.demo import DemoClock, DemoServer, build_scenario
from feeds.demo.clock import default_anchor
from feeds.poll import Poller
from feeds.store import Store
from tui.app import SitroomApp

HERE = Path(__file__).resolve().parent


async def main() -> None:
    scenario = build_scenario(default_anchor())
    clock = DemoClock.frozen(scenario.anchor - timedelta(hours=6), anchor=scenario.anchor)
    db = Path(tempfile.mkdtemp(prefix="sitroom-shot-")) / "demo.db"
    with DemoServer(scenario, clock, slow_delay=0.0) as server:
        settings = parse_settings(server.config_toml(), "<demo>")
        store = Store(db)
        poller = Poller(settings, store, clock=clock.now)
        target = scenario.anchor + timedelta(days=5, hours=14)
        while clock.now() < target:
            clock.advance(timedelta(hours=3))
            await poller.poll_once()
        store.close()
    app = SitroomApp(settings, str(db), poll=False, clock=clock.now, title_suffix=" (demo)")
    async with app.run_test(size=(120, 34)) as pilot:
        for _ in range(4):
            await pilot.pause(0.2)
            await app.workers.wait_for_complete()
        app.save_screenshot(filename="screenshot.svg", path=str(HERE))
    print(HERE / "screenshot.svg")


if __name__ == "__main__":
    asyncio.run(main())
