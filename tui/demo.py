"""`sitroom demo`: the scripted ceasefire week served locally and watched by the real dashboard."""

from __future__ import annotations

import shutil
import socket
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from urllib.parse import urlsplit

from feeds.config import Settings, parse_settings
from feeds.demo import DemoServer, serve_forever
from feeds.store import Store


def network_reachable(settings: Settings, timeout: float = 3.0) -> bool:
    """Can we open a TCP connection to the first configured http(s) feed's host?"""
    hosts = []
    for f in settings.feeds:
        parts = urlsplit(f.url)
        if f.enabled and parts.scheme in ("http", "https") and parts.hostname:
            hosts.append((parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)))
    if not hosts:
        return True  # nothing to reach: not a network question

    def probe() -> bool:
        for host, port in hosts[:2]:
            try:
                with socket.create_connection((host, port), timeout=timeout):
                    return True
            except OSError:
                continue
        return False

    pool = ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(probe).result(timeout=timeout * 2 + 1)
    except FutureTimeout:
        return False
    finally:
        pool.shutdown(wait=False)


def run_demo(
    *, serve_only: bool = False, port: int = 0, speed: float | None = None, db: str | None = None
) -> int:
    """Start the demo feed server and the dashboard polling it over HTTP; clean up on exit."""
    if serve_only:
        serve_forever(port=port, speed=speed)
        return 0
    from tui.app import run_dashboard

    tmp = Path(tempfile.mkdtemp(prefix="sitroom-demo-"))
    server = DemoServer(port=port, speed=speed)
    try:
        server.start()
        settings = parse_settings(server.config_toml(), "<demo config>")
        db_path = Path(db) if db else tmp / "demo.db"
        Store(db_path).close()  # create it (and its schema) before the poller and panes open it
        print(f"sitroom demo: feeds at {server.base_url}, database {db_path}", file=sys.stderr)
        return run_dashboard(
            settings,
            str(db_path),
            poll=True,
            clock=server.clock.now,
            clock_rate=server.clock.speed,
            title_suffix=" (demo)",
        )
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
