"""Helpers for the dashboard tests: wait for loads, read what the panes show."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from tui.app import SitroomApp
from tui.panes.base import Pane


async def settle(pilot: Pilot[Any], rounds: int = 3, timeout: float = 10.0) -> None:
    """Let scheduled loads start, their workers finish, and the results paint: at least
    `rounds` times, then until every pane has settled (a busy host can need more loader runs
    at startup) or `timeout` seconds have passed. Hangs while an in-process poller runs (its
    worker never completes)."""
    app = pilot.app
    assert isinstance(app, SitroomApp)
    deadline = time.monotonic() + timeout
    done = 0
    while True:
        await pilot.pause()
        await app.workers.wait_for_complete()
        done += 1
        if done >= rounds and (
            all(p.settled for p in app.dashboard.query(Pane)) or time.monotonic() > deadline
        ):
            break
    await pilot.pause()


async def wait_until(pilot: Pilot[Any], cond: Callable[[], bool], timeout: float = 8.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)
    await settle(pilot, rounds=1)


def rows(app: SitroomApp, pane_id: str) -> list[list[str]]:
    """Each shown row's cells, column by column."""
    return app.pane(pane_id).shown_cells()


def header(app: SitroomApp, pane_id: str) -> str:
    return str(app.pane(pane_id).header.render())
