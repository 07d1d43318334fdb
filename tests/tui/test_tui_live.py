"""Live updates from another process, watch-list alerts, and hostile feed text shown literally."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from dashboard_sample import HOSTILE_TITLES, frozen_clock
from tui_helpers import rows, settle, wait_until

from feeds.config import parse_settings
from feeds.store import Store
from tui.app import SitroomApp
from tui.screens.detail import DetailScreen

WRITER = """
import sys
from datetime import datetime, UTC
from feeds.models import Facts, Item, WatchHit
from feeds.store import Store

store = Store(sys.argv[1])
item = Item(feed="AFP", guid="live-1", title="[@click=app.quit]Breach \\x1b]52;c;SGk=\\x07reported",
            summary="A breach was reported.", link="https://example.org/live",
            published=datetime(2026, 3, 6, 11, 59, tzinfo=UTC))
facts = {"live-1": Facts(watch_hits=(WatchHit("breach", ("breach",)),))}
store.save_items("AFP", [item], facts=facts, now=datetime(2026, 3, 6, 11, 59, 30, tzinfo=UTC))
store.close()
"""


async def _write_from_another_process(db_path: Path) -> None:
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", WRITER, str(db_path))
    assert await proc.wait() == 0


async def test_second_process_shows_up_with_alert(make_app, db_path) -> None:
    app = make_app()
    bells: list[int] = []
    app.bell = lambda: bells.append(1)  # type: ignore[method-assign]
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("4", "j", "j")
        feed = app.pane("feed")
        selected = feed.selected_item()
        before = len(rows(app, "feed"))
        await _write_from_another_process(db_path)
        await wait_until(pilot, lambda: len(rows(app, "feed")) == before + 1)
        top = rows(app, "feed")[0][3]
        assert top == "[breach] [@click=app.quit]Breach reported"
        assert feed.selected_item() == selected  # the cursor stayed on the same item
        assert feed.table.cursor_row == 3
        await wait_until(pilot, lambda: bool(bells))
        toasts = [n for n in app._notifications if n.title == "watch: breach"]
        assert toasts and toasts[0].message == "[@click=app.quit]Breach reported"
        assert not toasts[0].markup
        assert "breach:2" in str(app.query_one("#status").render())


async def test_hostile_titles_are_inert(make_app, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        table = app.pane("feed").table
        titles = [r[3] for r in rows(app, "feed")[:4]]
        assert titles[:3] == list(HOSTILE_TITLES[:3])
        for i in range(table.row_count):
            for cell in table.get_row_at(i):  # what the table draws (one composed cell a row)
                assert "\x1b" not in cell.plain and "\x07" not in cell.plain
                assert all(not getattr(s.style, "meta", None) for s in cell.spans)
            if i < 4:
                assert titles[i][:15] in table.get_row_at(i)[0].plain
        opened = 0
        for row in range(4):
            await pilot.click("#feed-table", offset=(45, row + 1))  # moves the cursor there...
            await settle(pilot)
            if not isinstance(app.screen, DetailScreen):
                await pilot.click("#feed-table", offset=(45, row + 1))  # ...and a click on it opens
                await settle(pilot)
            assert app.is_running and app.return_code is None
            if isinstance(app.screen, DetailScreen):
                opened += 1
                await pilot.click("#detail-body", offset=(2, 0))
                await pilot.click("#detail-body", offset=(5, 0))
                assert app.is_running
                await pilot.press("escape")
                await settle(pilot)
        assert opened == 4
        svg = app.export_screenshot()
        assert "\x1b" not in svg
        assert "[@click=app.quit]Click" in svg.replace("&#160;", " ")
        written = {p.name for p in tmp_path.iterdir()} - {"sitroom.db", "sitroom.db-wal", "sitroom.db-shm"}
        assert written == set()  # no screenshot or other file written


async def test_the_dashboard_polls_in_process_with_parsing_in_another_process(
    tmp_path: Path, httpserver
) -> None:
    """Without --no-poll the dashboard runs the poller; it hands parsing and extraction to a
    worker process, so a feed being parsed never holds the GIL the panes paint with."""

    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Mortar fire breaks the truce in Adra</title><guid>w1</guid>"
        "<link>https://w.example/w1</link><pubDate>Fri, 06 Mar 2026 11:40:00 GMT</pubDate>"
        "<description>Shelling killed two civilians despite the ceasefire.</description></item>"
        "</channel></rss>"
    )
    httpserver.expect_request("/wire.rss").respond_with_data(rss, content_type="application/rss+xml")
    cfg = parse_settings(f'[[feeds]]\nname = "wire"\nurl = "{httpserver.url_for("/wire.rss")}"\n', "<test>")
    db = tmp_path / "live.db"
    Store(db).close()
    app = SitroomApp(cfg, str(db), poll=True, clock=frozen_clock)
    async with app.run_test(size=(120, 40)) as pilot:

        async def until(cond: Callable[[], bool]) -> None:
            """wait_until without settle(): the poller's worker never completes."""
            deadline = time.monotonic() + 60
            while not cond():
                assert time.monotonic() < deadline, "condition not reached in time"
                await pilot.pause(0.05)

        await until(lambda: any("Mortar fire" in r[3] for r in rows(app, "feed")))
        pool = app.poller.executor
        assert pool is not None
        workers = [p.pid for p in pool._processes.values()]
        assert workers and os.getpid() not in workers
        await until(lambda: len(rows(app, "violations")) == 1)
