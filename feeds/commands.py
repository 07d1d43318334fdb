"""The headless subcommands: poll, feeds, search, extract, reextract (output formatting included)."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from typing import TextIO

from feeds.config import Settings
from feeds.models import PollResult
from feeds.poll import Failures, Poller
from feeds.query import parse_query
from feeds.sanitize import clean_text
from feeds.store import FeedState, Store
from feeds.timeutil import short_time, to_iso, utcnow
from feeds.workers import cpu_pool


def _safe(text: object, limit: int = 200) -> str:
    return clean_text(str(text), limit=limit)


def format_result(r: PollResult, width: int = 28) -> str:
    name = _safe(r.feed, width).ljust(width)
    if r.status == "ok":
        counts = f"new {r.new:>4}  revised {r.revised:>3}"
        warning = f"  ({_safe(r.error, 160)})" if r.error else ""
        return f"ok    {name} {r.http_status:>3}  {counts}  {r.elapsed_ms:>6} ms{warning}"
    if r.status == "not-modified":
        return f"same  {name} {r.http_status:>3}  new    0  revised   0  {r.elapsed_ms:>6} ms"
    retry = f"  (next try in {int(r.next_poll_in)} s)" if r.next_poll_in else ""
    return f"FAIL  {name} {r.http_status or '---':>3}  {_safe(r.error, 120)}  {r.elapsed_ms} ms{retry}"


def _executor(settings: Settings) -> ProcessPoolExecutor | None:
    """Parsing and extraction are CPU-bound: a small process pool uses the other cores."""
    if len([f for f in settings.feeds if f.enabled]) < 4:
        return None
    return cpu_pool(2)


def cmd_poll_once(
    settings: Settings,
    store: Store,
    out: TextIO = sys.stdout,
    feeds: list[str] | None = None,
    force: bool = False,
) -> int:
    """Poll every enabled feed once; exit 0 when the run completed, whatever the feeds did."""
    if not [f for f in settings.feeds if f.enabled]:
        print("no enabled feeds in the config", file=out)
        return 0
    start = time.monotonic()
    executor = _executor(settings)
    try:
        poller = Poller(
            settings,
            store,
            executor=executor,
            on_result=lambda r: print(format_result(r), file=out, flush=True),
        )
        results = asyncio.run(poller.poll_once(feeds, force=force))
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    ok = sum(r.status == "ok" for r in results)
    same = sum(r.status == "not-modified" for r in results)
    failed = sum(r.status == "error" for r in results)
    new = sum(r.new for r in results)
    revised = sum(r.revised for r in results)
    secs = time.monotonic() - start
    print(
        f"{len(results)} feeds: {ok} ok, {same} not modified, {failed} failed; "
        f"{new} new, {revised} revised in {secs:.1f} s",
        file=out,
    )
    return 0


def cmd_poll_forever(settings: Settings, store: Store, out: TextIO = sys.stdout) -> int:
    """Poll each feed on its schedule until SIGINT/SIGTERM; the write in progress finishes."""
    poller = Poller(
        settings,
        store,
        on_result=lambda r: print(f"{to_iso(utcnow())} {format_result(r)}", file=out, flush=True),
    )

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, poller.stop)
            except (NotImplementedError, RuntimeError):
                pass
        await poller.run()

    print(f"polling {len(poller.feeds)} feeds into {store.path}; Ctrl+C stops", file=out, flush=True)
    asyncio.run(main())
    print("stopped", file=out)
    return 0


def format_feeds(states: list[FeedState], now: datetime) -> list[str]:
    lines = [
        f"{'feed':28} {'kind':9} {'last success':14} {'status':6} {'errs':>4} {'items':>6}  next poll / error"
    ]
    for s in states:
        status = str(s.last_status) if s.last_status is not None else "-"
        detail = short_time(s.next_poll, now) if s.next_poll else "-"
        if s.last_error:
            detail = f"{detail}  {_safe(s.last_error, 80)}"
        if s.stale_since:
            detail += f"  (failing since {short_time(s.stale_since, now)})"
        lines.append(
            f"{_safe(s.name, 28):28} {s.kind:9} "
            f"{short_time(s.last_success, now) if s.last_success else 'never':14} {status:6} "
            f"{s.consecutive_errors:>4} {s.items:>6}  {detail}"
        )
    return lines


def cmd_feeds(settings: Settings, store: Store, as_json: bool = False, out: TextIO = sys.stdout) -> int:
    store.sync_feeds(settings.feeds)
    configured = {f.name for f in settings.feeds}
    states = [s for s in store.feed_states() if s.name in configured]
    if as_json:
        rows = [
            {
                "name": s.name,
                "url": s.url,
                "kind": s.kind,
                "last_success": to_iso(s.last_success),
                "last_status": s.last_status,
                "last_error": s.last_error,
                "consecutive_errors": s.consecutive_errors,
                "items": s.items,
                "next_poll": to_iso(s.next_poll),
                "stale_since": to_iso(s.stale_since),
            }
            for s in states
        ]
        print(json.dumps(rows, indent=2), file=out)
        return 0
    for line in format_feeds(states, utcnow()):
        print(line, file=out)
    return 0


def cmd_search(
    settings: Settings,
    store: Store,
    text: str,
    *,
    since: str | None,
    feed: str | None,
    limit: int,
    as_json: bool,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    words = text
    if since:
        words += f" since:{since}"
    if feed:
        words += f" feed:{feed}"
    query = parse_query(words)
    if query.message:
        print(f"note: {query.message}", file=err)
    store.set_feed_tags(settings.feeds)
    rows = store.search(query, limit=max(1, min(limit, 5000)))
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False), file=out)
        return 0
    now = utcnow()
    for r in rows:
        when = short_time(datetime.fromisoformat(r["time"].replace("Z", "+00:00")), now)
        print(f"{when:>12}  {_safe(r['feed'], 20):20}  {_safe(r['title'], 120)}", file=out)
    if not rows:
        print("no matching items", file=err)
    return 0


def cmd_reextract(settings: Settings, store: Store, out: TextIO = sys.stdout) -> int:
    start = time.monotonic()
    failures = Failures()
    n = store.reextract(lambda it: failures.facts(it, settings.watch))
    print(f"re-extracted {n} items in {time.monotonic() - start:.1f} s", file=out)
    if failures.count:
        print(f"warning: {failures.report()}; those items keep no facts", file=out)
    return 0
