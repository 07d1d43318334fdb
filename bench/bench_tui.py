"""Dashboard benchmark: time to first paint, filter latency and peak RSS over a 1M-item cache.

    .venv/bin/python bench/bench_tui.py [--items 1000000] [--db PATH] [--rebuild]
                                        [--busy-poller parse|write]

The database is built once (in a subprocess, so its memory does not count) and reused from
$XDG_CACHE_HOME/sitroom-bench/ (or --db). Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import hostspeed  # noqa: E402  (bench/ is on the path when this script runs)

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
TRUCE_START = NOW - timedelta(days=30)
FEEDS = [
    f"{name} {region}"
    for name in ("AFP", "Reuters", "AP", "UN News", "ReliefWeb")
    for region in ("World", "Middle East", "Africa", "Europe")
]
PLACES = (
    "Idlib",
    "Aleppo",
    "Geneva",
    "Astana",
    "Doha",
    "Gaza",
    "Khartoum",
    "Donetsk",
    "Goma",
    "Tripoli",
    "Sanaa",
    "Mosul",
    "Kharkiv",
    "Rafah",
    "Darfur",
    "Hodeidah",
)
ACTORS = (
    "Government forces",
    "Rebels",
    "Militants",
    "The army",
    "Drones",
    "Artillery",
    "Airstrikes",
    "Gunmen",
    "Security forces",
    "Armed groups",
)
VERBS = ("shelled", "attacked", "struck", "hit", "targeted", "raided", "bombed", "besieged")
TOPICS = (
    "ceasefire",
    "truce",
    "talks",
    "aid convoy",
    "humanitarian corridor",
    "negotiations",
    "prisoner exchange",
    "evacuation",
    "monitoring mission",
    "peace plan",
)
WORDS = (
    "officials",
    "said",
    "reported",
    "monitors",
    "residents",
    "according",
    "sources",
    "statement",
    "witnesses",
    "despite",
    "agreement",
    "violation",
    "breach",
    "civilians",
    "killed",
    "wounded",
    "displaced",
    "envoy",
    "mediators",
    "delegation",
    "round",
)


def default_db(n: int) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "sitroom-bench"
    return base / f"bench-{n}.db"


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def build(path: Path, n: int, seed: int = 7) -> None:
    """Fill a fresh database with n items and some facts, straight into the schema."""
    from feeds.store import Store

    rng = random.Random(seed)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store(path)
    conn = store.conn
    start = time.perf_counter()
    conn.execute("DROP TRIGGER items_ai")  # FTS rebuilt in one pass at the end
    conn.execute("PRAGMA synchronous = OFF")
    conn.executemany(
        "INSERT INTO feeds(name, url, kind, last_status, last_attempt,"
        " last_success, consecutive_errors, next_poll) VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                f,
                f"https://example.org/{i}.xml",
                "rss",
                200,
                _iso(NOW),
                _iso(NOW),
                0 if i % 7 else 2,
                _iso(NOW + timedelta(minutes=5)),
            )
            for i, f in enumerate(FEEDS)
        ],
    )
    span_s = 365 * 86400
    batch = 20_000
    item_id = 0
    while item_id < n:
        items, viols, cas, talks, watch = [], [], [], [], []
        for _ in range(min(batch, n - item_id)):
            item_id += 1
            feed = FEEDS[item_id % len(FEEDS)]
            when = NOW - timedelta(seconds=int(span_s * (1 - item_id / n)) + rng.randrange(60))
            place, actor, verb, topic = (
                rng.choice(PLACES),
                rng.choice(ACTORS),
                rng.choice(VERBS),
                rng.choice(TOPICS),
            )
            title = f"{actor} {verb} {place} as {topic} {rng.choice(WORDS)} {item_id % 997}"
            summary = " ".join(rng.choice(WORDS) for _ in range(14)) + f" in {place}."
            uid = hashlib.sha1(f"{feed}{item_id}".encode()).hexdigest()[:24]
            t = _iso(when)
            items.append(
                (
                    item_id,
                    uid,
                    feed,
                    f"g{item_id}",
                    title,
                    summary,
                    f"https://example.org/{item_id}",
                    t,
                    t,
                    t,
                    t,
                    uid[:20],
                    int(when < NOW - timedelta(days=2)),
                )
            )
            r = rng.random()
            if r < 0.05:
                viols.append(
                    (item_id, title[:20], rng.choice(("government", "rebels", None)), "title", 0, 20)
                )
            if r < 0.03 or 0.5 < r < 0.52:
                count = rng.randint(1, 40)
                cas.append(
                    (
                        item_id,
                        count,
                        None,
                        None,
                        rng.choice(("killed", "wounded")),
                        rng.choice(("civilians", "government", "rebels", "children", "unspecified")),
                        "incident",
                        f"{count} killed",
                        "text",
                        0,
                        5,
                    )
                )
            if r > 0.995:
                date = (when + timedelta(days=rng.randint(1, 20))).date().isoformat()
                talks.append(
                    (
                        item_id,
                        date,
                        None,
                        rng.choice(PLACES[:6]),
                        "government, rebels",
                        rng.choice(("scheduled", "scheduled", "postponed")),
                        "talks",
                        "title",
                        0,
                        5,
                    )
                )
            if r < 0.1:
                watch.append((item_id, rng.choice(("breach", "shelling", "talks", "aid")), verb))
        with store.write() as c:
            c.executemany(
                "INSERT INTO items(id, uid, feed, guid, title, summary, link, published,"
                " first_seen, sort_time, updated, content_hash, is_read)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                items,
            )
            c.executemany(
                'INSERT INTO violations(item_id, phrase, accused, field, start, "end") VALUES (?,?,?,?,?,?)',
                viols,
            )
            c.executemany(
                "INSERT INTO casualties(item_id, count, count_max, qualifier, kind,"
                ' "group", scope, phrase, field, start, "end")'
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                cas,
            )
            c.executemany(
                "INSERT INTO talks(item_id, date, date_end, place, parties, status,"
                ' phrase, field, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?)',
                talks,
            )
            c.executemany("INSERT INTO watch_hits(item_id, watch, words) VALUES (?,?,?)", watch)
        print(f"\r  {item_id:,} items", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    with store.write() as c:
        c.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
        c.execute(
            "CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN"
            " INSERT INTO items_fts(rowid, title, summary)"
            " VALUES (new.id, new.title, new.summary); END"
        )
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print(f"  built in {time.perf_counter() - start:.1f} s", file=sys.stderr)


QUERIES = (
    "geneva",
    "shelling",
    "ceasefire violation",
    "kill*",
    "feed:AFP",
    "since:24h",
    '"aid convoy"',
    "talks -geneva",
    "idlib OR aleppo",
    "zzzznotfound",
    "officials",
    "tag:wire drones",
)


def _settings() -> Any:
    from feeds.config import AlertSettings, Settings, TruceSettings
    from feeds.models import FeedSpec

    return Settings(
        truce=TruceSettings(name="Bench truce", start=TRUCE_START),
        feeds=tuple(
            FeedSpec(name=f, url=f"https://example.org/{i}.xml", tags=("wire",) if i < 8 else ())
            for i, f in enumerate(FEEDS)
        ),
        watch={"breach": ("breach*",), "shelling": ("shell*",), "talks": ("talks",), "aid": ("aid",)},
        alerts=AlertSettings(toast=False, bell=False),
    )


async def measure(db: Path) -> dict[str, Any]:
    from textual.widgets import Input

    from feeds.query import parse_query
    from tui.app import SitroomApp, tune_interpreter

    tune_interpreter()  # as run_dashboard() does
    loaded: dict[str, float] = {}
    paints: list[float] = []
    painted = asyncio.Event()
    _watch_paints(paints, painted)

    all_loaded = asyncio.Event()

    def on_applied(pane_id: str) -> None:
        loaded[pane_id] = time.perf_counter()
        if len(loaded) == 4:
            all_loaded.set()

    _watch_applied(on_applied)

    async def wait_loaded() -> None:
        """Wait on an event (polling with sleep() would steal the app's own event loop)."""
        await all_loaded.wait()

    t0 = time.perf_counter()
    app = SitroomApp(_settings(), str(db), poll=False, clock=lambda: NOW)
    out: dict[str, Any] = {}
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_loaded()
        await pilot.pause()
        out["first_paint_s"] = time.perf_counter() - t0
        out["pane_loaded_s"] = {k: round(v - t0, 3) for k, v in loaded.items()}

        applied: list[float] = []
        cpu: list[float] = []
        ui_cpu: list[float] = []

        shown: list[float] = []
        repainted: list[bool] = []
        """Per entry of `shown`: whether some table changed (else no new frame was needed)."""

        def table_marks() -> list[int]:
            """Changes each time a pane refills its table (render_data: rows and header)."""
            return [app.pane(pid).table._update_count for pid in PANE_IDS]

        async def until_painted(start: float, before: list[int]) -> None:
            """`shown` gets the time to the end of the first screen update that holds every
            pane's new rows (what the terminal shows), measured from start. When no table
            changed (the new filter shows what the old one did), the screen is already right
            once the last pane has its data: there is no frame to wait for."""
            done = max(loaded.values())
            if table_marks() == before:
                shown.append(done - start)
                repainted.append(False)
                return
            while not (paints and paints[-1] > done):
                painted.clear()
                await painted.wait()
            shown.append(next(t for t in paints if t > done) - start)
            repainted.append(True)

        async def timed(apply: Any) -> float:
            """Until the screen is idle again; `applied` gets the time to the last pane's data,
            `cpu` the process CPU time (all threads): steadier than wall time on a busy host."""
            loaded.clear()
            all_loaded.clear()
            before = table_marks()
            start = time.perf_counter()
            cpu_start = time.process_time()
            ui_start = time.thread_time()  # this coroutine runs on the app's (UI) thread
            apply()
            await wait_loaded()
            applied.append(max(loaded.values()) - start)
            await until_painted(start, before)
            await pilot.pause()
            cpu.append(time.process_time() - cpu_start)
            ui_cpu.append(time.thread_time() - ui_start)
            return time.perf_counter() - start

        direct: list[float] = []
        per_query: dict[str, float] = {}
        for _ in range(2):
            for q in QUERIES:
                ms = await timed(lambda q=q: setattr(app, "filter_query", parse_query(q)))
                direct.append(ms)
                per_query[q] = round(ms * 1000)
        out["filter_ms"] = _stats(direct)
        out["filter_applied_ms"] = _stats(applied[: len(direct)])
        out["filter_shown_ms"] = _stats(shown[: len(direct)])
        out["filter_cpu_ms"] = _stats(cpu[: len(direct)])
        out["filter_ui_cpu_ms"] = _stats(ui_cpu[: len(direct)])
        out["per_query_ms"] = per_query
        clears = []
        for q in QUERIES[:4]:
            await timed(lambda q=q: setattr(app, "filter_query", parse_query(q)))
            clears.append(await timed(lambda: setattr(app, "filter_query", parse_query(""))))
        out["clear_ms"] = _stats(clears)

        typed: list[float] = []
        shown.clear()
        repainted.clear()
        await pilot.press("slash")
        for q in TYPED:
            loaded.clear()
            all_loaded.clear()
            before = table_marks()
            start = time.perf_counter()
            app.query_one("#filter", Input).value = q  # what a keystroke does to the Input
            await wait_loaded()
            await until_painted(start, before)
            await pilot.pause()
            typed.append(time.perf_counter() - start)
        out["keystroke_ms_incl_debounce"] = _stats(typed)
        per_key = sorted(zip(shown, TYPED, strict=True), reverse=True)
        out["slowest_keystrokes_shown_ms"] = {q: round(t * 1000) for t, q in per_key[:6]}
        out["keystroke_shown_ms"] = _stats(shown)
        out["keystroke_repainted_ms"] = _stats([t for t, r in zip(shown, repainted, strict=True) if r])
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


PANE_IDS = ("violations", "casualties", "talks", "feed")
TYPED_PHRASES = ("geneva talks", "idlib shelling", "aid convoy", "drones", "officials said", "kill* aleppo")
"""Rare and common words (officials, killed: half the archive), a prefix, as an officer types."""
TYPED = tuple(
    phrase[:n] for phrase in TYPED_PHRASES for n in range(1, len(phrase) + 1) if phrase[n - 1] != " "
)
"""What the keystroke measurement types, one state of the filter box after another: each
phrase a letter at a time (a space alone changes no query, so it is not a step of its own)."""


def _launch_to_paint(db: Path) -> float:
    """Seconds from starting a new interpreter to the first frame with all four panes loaded:
    what an officer waits for after typing the command (the terminal itself aside)."""
    # As after `pip install .`, which compiles the package: bytecode may be cached (a shell
    # with PYTHONDONTWRITEBYTECODE=1 would otherwise recompile the source tree at every launch).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--probe-launch", "--db", str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if line.strip() != "painted":
        raise RuntimeError(f"launch probe failed: {line!r}")
    return elapsed


async def _probe_launch(db: Path) -> None:
    """The child side of _launch_to_paint: say "painted" once the first full frame is out."""
    from tui.app import SitroomApp, tune_interpreter

    tune_interpreter()
    paints: list[float] = []
    painted = asyncio.Event()
    _watch_paints(paints, painted)
    loaded: set[str] = set()
    done = asyncio.Event()

    def applied(pane_id: str) -> None:
        loaded.add(pane_id)
        if len(loaded) == 4:
            done.set()

    _watch_applied(applied)

    app = SitroomApp(_settings(), str(db), poll=False, clock=lambda: NOW)
    async with app.run_test(size=(160, 48)):
        await done.wait()
        mark = time.perf_counter()
        while not (paints and paints[-1] > mark):
            painted.clear()
            await painted.wait()
        print("painted", flush=True)


def _busy_poller(mode: str, scratch: Path) -> Callable[[], None]:
    """Start a thread doing, nonstop, the CPU-bound Python of a poll landing in the dashboard's
    process; returns its stop. "parse": parsing and extraction too (where the dashboard's
    poller ran them before they moved to a worker process); "write": what stays in the
    process, saving the parsed items and their facts (into a scratch database)."""
    import threading

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_poll import make_feed

    from feeds.models import FeedSpec
    from feeds.parse import parse_feed
    from feeds.poll import extract_batch
    from feeds.store import Store

    rng = random.Random(5)
    feeds = [make_feed(n, 20, rng) for n in range(5)]
    rss = {"content-type": "application/rss+xml"}
    parsed = [parse_feed(b, rss, feed_name=f"f{n}") for n, b in enumerate(feeds)]
    facts = [dict(zip((i.guid for i in p.items), extract_batch(p.items, {})[0], strict=True)) for p in parsed]
    store = Store(scratch)
    store.sync_feeds([FeedSpec(f"f{n}", f"https://example.org/{n}.xml") for n in range(len(feeds))])
    done = threading.Event()

    def run() -> None:
        rounds = 0
        while not done.is_set():
            rounds += 1
            for n, body in enumerate(feeds):
                if mode == "parse":
                    extract_batch(parse_feed(body, rss, feed_name=f"f{n}").items, {})
                else:  # new guids each round, so every save writes rows, facts and the index
                    items = [replace(i, guid=f"{i.guid}#{rounds}") for i in parsed[n].items]
                    found = {f"{g}#{rounds}": f for g, f in facts[n].items()}
                    store.save_items(f"f{n}", items, facts=found, now=NOW)
                if done.is_set():
                    return

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def stop() -> None:
        done.set()
        thread.join()
        store.close()

    return stop


def _watch_applied(applied: Callable[[str], None]) -> None:
    """Call applied(pane_id) when a pane has put new data in its table and header (the next
    screen update shows it). Not when its Loaded message is handled: that may come after the
    update that painted the rows, and the wait would then take in the update after it."""
    from tui.panes.base import Pane

    apply = Pane._apply

    def timed_apply(pane: Pane, query: Any, *rest: Any) -> None:
        apply(pane, query, *rest)
        if query == pane.filter_query:  # else: data for an older filter, dropped
            applied(pane.pane_id)

    Pane._apply = timed_apply  # type: ignore[method-assign,assignment]


def _watch_paints(paints: list[float], painted: asyncio.Event) -> None:
    """Record when each screen update ends (the moment its frame goes to the terminal)."""
    from textual.screen import Screen

    update = Screen._on_timer_update

    def timed_update(screen: Screen[Any]) -> None:
        update(screen)
        paints.append(time.perf_counter())
        painted.set()

    Screen._on_timer_update = timed_update  # type: ignore[method-assign,assignment]


def _stats(values: list[float]) -> dict[str, float]:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {
        "median": round(statistics.median(ms), 1),
        "p95": round(p95, 1),
        "max": round(ms[-1], 1),
        "n": len(ms),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--db")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--busy-poller",
        choices=("parse", "write"),
        help="measure while a thread does a landing poll's in-process work nonstop: parse"
        " (parsing and extraction, as before they moved to a worker process) or write (saving)",
    )
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--probe-launch", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe_launch:
        asyncio.run(_probe_launch(Path(args.db)))
        return
    db = Path(args.db) if args.db else default_db(args.items)
    db.parent.mkdir(parents=True, exist_ok=True)
    if args.build_only:
        build(db, args.items)
        return
    if args.rebuild or not db.exists():
        print(f"building {db} ({args.items:,} items)...", file=sys.stderr)
        subprocess.run(
            [sys.executable, __file__, "--build-only", "--items", str(args.items), "--db", str(db)],
            check=True,
        )
    # Run the app with the database as the dashboard would open it (migrations, WAL).
    from feeds.store import Store

    Store(db).close()
    print(hostspeed.describe())
    scratch = Path(tempfile.mkdtemp(prefix="sitroom-bench-"))
    stop = _busy_poller(args.busy_poller, scratch / "scratch.db") if args.busy_poller else None
    try:
        result = asyncio.run(measure(db))
    finally:
        if stop is not None:
            stop()
        shutil.rmtree(scratch, ignore_errors=True)
    busy = f" while a thread does a landing poll's {args.busy_poller} work nonstop" if stop else ""
    print(f"items: {args.items:,} ({db}){busy}")
    print(f"first paint (all four panes loaded): {result['first_paint_s'] * 1000:.0f} ms")
    print(f"  panes: {result['pane_loaded_s']}")
    f = result["filter_ms"]
    print(
        f"filter change -> all panes updated: median {f['median']} ms, p95 {f['p95']} ms,"
        f" max {f['max']} ms (n={f['n']})"
    )
    a = result["filter_applied_ms"]
    print(f"  until the last pane holds its new rows: median {a['median']} ms, p95 {a['p95']} ms")
    w = result["filter_shown_ms"]
    print(f"  until the frame with every pane's new rows is painted: median {w['median']} ms, p95 {w['p95']}")
    u = result["filter_cpu_ms"]
    print(f"  CPU time (all threads) per change: median {u['median']} ms, p95 {u['p95']} ms")
    ui = result["filter_ui_cpu_ms"]
    print(f"  CPU time of the UI thread per change: median {ui['median']} ms, p95 {ui['p95']} ms")
    print(f"  per query (2nd run): {result['per_query_ms']}")
    c = result["clear_ms"]
    print(f"clearing the filter (esc) -> all panes updated: median {c['median']} ms, max {c['max']} ms")
    from tui.app import FILTER_DEBOUNCE

    _launch_to_paint(db)  # the first launch may write the bytecode cache
    launch = [_launch_to_paint(db) for _ in range(3)]
    print(
        "launch (new interpreter, imports, app, four panes loaded and painted): "
        + ", ".join(f"{t * 1000:.0f}" for t in launch)
        + " ms"
    )
    ks = result["keystroke_shown_ms"]
    k = result["keystroke_ms_incl_debounce"]
    print(
        f"typed keystroke -> the frame with every pane's new rows painted: median {ks['median']} ms,"
        f" p95 {ks['p95']} ms (n={ks['n']}; a keystroke after {FILTER_DEBOUNCE * 1000:.0f} ms of"
        " quiet applies at once)"
    )
    kr = result["keystroke_repainted_ms"]
    print(
        f"  keystrokes that changed some pane's rows: median {kr['median']} ms, p95 {kr['p95']} ms,"
        f" max {kr['max']} ms (n={kr['n']})"
    )
    print(f"  until the app is idle again: median {k['median']} ms, p95 {k['p95']} ms")
    print(f"  slowest keystrokes: {result['slowest_keystrokes_shown_ms']}")
    print(hostspeed.describe())
    print(f"peak RSS: {result['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
