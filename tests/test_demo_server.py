"""The offline demo: scenario spec, format writers and the real local HTTP server."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import socket
import threading
import time
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

import feedparser
import httpx
import pytest

from feeds.demo.clock import DemoClock, default_anchor
from feeds.demo.render import visible_items
from feeds.demo.scenario import FORMATS, Scenario, build_scenario, expected_totals
from feeds.demo.server import DemoServer, serve_forever

ANCHOR = datetime(2026, 11, 20, 5, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return build_scenario(ANCHOR)


@pytest.fixture
def clock() -> DemoClock:
    return DemoClock.frozen(ANCHOR + 48 * H, anchor=ANCHOR)


@pytest.fixture
def server(scenario: Scenario, clock: DemoClock) -> Iterator[DemoServer]:
    with DemoServer(scenario, clock, slow_delay=0.0) as srv:
        yield srv


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as c:
        yield c


def _expected_count(scenario: Scenario, name: str, now: datetime) -> int:
    guids = {i.guid for i in scenario.items if i.source == name and i.at <= now}
    return min(len(guids), 50)


def _source_by_format(scenario: Scenario, fmt: str) -> str:
    return next(s.name for s in scenario.sources if s.format == fmt)


# --- scenario -----------------------------------------------------------------------------------


def test_scenario_meets_its_spec(scenario: Scenario) -> None:
    items = scenario.items
    assert len(items) >= 150
    assert len(scenario.sources) >= 5
    assert {s.format for s in scenario.sources} == set(FORMATS)
    assert {i.source for i in items} == {s.name for s in scenario.sources}
    assert scenario.end - min(i.at for i in items) >= timedelta(days=6, hours=18)
    assert scenario.truce_start == ANCHOR + H
    # every simulated publication time of the week lies before the real "now" of the anchor
    assert scenario.end < ANCHOR + timedelta(days=7)
    # a story revised in place: same guid, later time, different text
    revisions = [i for i in items if i.revises]
    assert revisions
    for rev in revisions:
        first = next(i for i in items if i.guid == rev.guid and i is not rev)
        assert first.at < rev.at and first.text != rev.text and rev.revises == rev.guid
    # talks: scheduled, then postponed, then rescheduled to a later date
    totals = expected_totals(scenario)
    postponed = {d for d, _ in totals["talks_postponed"] if d}  # type: ignore[union-attr]
    final_date, final_place = totals["final_talks"]  # type: ignore[misc]
    assert postponed and final_place == "Geneva"
    assert all(final_date > d for d in postponed)
    assert any(d in postponed for d, _ in totals["talks_scheduled"])  # type: ignore[union-attr]
    # the same incident reported by several sources with the same figure
    keys: dict[tuple[int | None, str, str, object], set[str]] = {}
    for item in items:
        for c in item.expect.casualties:
            if c.scope == "incident":
                keys.setdefault((c.count, c.kind, c.group, item.at.date()), set()).add(item.source)
    assert sum(1 for sources in keys.values() if len(sources) >= 3) >= 4
    # hostile titles are part of the script
    assert any("[@click=app.quit]" in i.title and "\u202e" in i.title for i in items)


def test_annotations_are_consistent(scenario: Scenario) -> None:
    kinds = {"killed", "wounded", "missing", "displaced", "detained"}
    groups = {"civilians", "combatants", "government", "rebels", "children", "aid_workers",
              "unspecified"}  # fmt: skip
    for item in scenario.items:
        for c in item.expect.casualties:
            assert c.phrase in item.annotated, (item.title, c.phrase)
            assert c.kind in kinds and c.group in groups
            assert c.scope in ("incident", "cumulative")
        for t in item.expect.talks:
            assert t.phrase in item.annotated, (item.title, t.phrase)
            assert t.status in ("scheduled", "postponed", "cancelled", "held")
            assert t.date is None or t.date.replace("-", "").isdigit()
        if not item.text:
            assert scenario.source(item.source).format == "gdelt"
    noise = [i for i in scenario.items if "trade truce" in i.text]
    assert noise and not any(i.expect.is_violation for i in noise)


def test_expected_totals_are_independent_of_the_anchor_hour() -> None:
    results = {repr(expected_totals(build_scenario(ANCHOR + h * H))["incident"]) for h in range(0, 24, 5)}
    assert len(results) == 1
    totals = expected_totals(build_scenario(ANCHOR))
    incident = totals["incident"]
    assert incident[("killed", "civilians")] == 7  # type: ignore[index]
    assert incident[("killed", "rebels")] == 12  # type: ignore[index]
    monitor = totals["cumulative"]["tcmg-monitor"]  # type: ignore[index]
    assert monitor[("killed", "civilians")] == 12 and monitor[("killed", "children")] == 3
    # the monitor's cumulative tally agrees with the incidents it counted (killed after the truce)
    assert monitor[("killed", "rebels")] == incident[("killed", "rebels")]  # type: ignore[index]


def test_expected_totals_grow_with_time(scenario: Scenario) -> None:
    early = expected_totals(scenario, ANCHOR + 18 * H)
    late = expected_totals(scenario)
    assert 15 <= early["items"] < late["items"]  # type: ignore[operator]
    assert early["final_talks"] is None


def test_build_scenario_is_deterministic() -> None:
    assert build_scenario(ANCHOR) == build_scenario(ANCHOR)
    with pytest.raises(ValueError):
        build_scenario(datetime(2026, 1, 1))


# --- clock --------------------------------------------------------------------------------------


def test_clock_runs_at_speed_and_stops_at_the_limit() -> None:
    ticks = iter([100.0, 100.0, 101.0, 10_000.0, 10_001.0])
    clock = DemoClock(ANCHOR, speed=600, start_offset=2 * H, limit=10 * H, monotonic=lambda: next(ticks))
    assert clock.now() == ANCHOR + 2 * H
    assert clock.now() == ANCHOR + 2 * H + timedelta(minutes=10)
    assert clock.now() == ANCHOR + 10 * H
    assert clock.now().tzinfo is not None


def test_frozen_clock_moves_only_when_told() -> None:
    clock = DemoClock.frozen(ANCHOR)
    first = clock.now()
    time.sleep(0.01)
    assert clock.now() == first == ANCHOR
    clock.advance(3 * H)
    assert clock.now() == ANCHOR + 3 * H
    clock.set(ANCHOR - H)
    assert clock.elapsed() == -H


def test_default_anchor_is_a_week_ago_on_the_hour() -> None:
    now = datetime(2026, 12, 1, 14, 37, 12, tzinfo=UTC)
    assert default_anchor(now) == datetime(2026, 11, 24, 14, tzinfo=UTC)


# --- formats over HTTP --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_xml_feeds_parse_with_the_right_count(
    fmt: str, scenario: Scenario, server: DemoServer, client: httpx.Client, clock: DemoClock
) -> None:
    name = _source_by_format(scenario, fmt)
    r = client.get(server.feed_urls()[name])
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(f"application/{fmt}+xml")
    parsed = feedparser.parse(r.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == ("rss20" if fmt == "rss" else "atom10")
    expected = _expected_count(scenario, name, clock.now())
    assert len(parsed.entries) == expected > 5
    stamps = [e.updated_parsed if fmt == "atom" else e.published_parsed for e in parsed.entries]
    assert stamps == sorted(stamps, reverse=True)
    newest = max(i.at for i in scenario.items_of(name) if i.at <= clock.now())
    assert parsedate_to_datetime(r.headers["last-modified"]) == newest


def test_jsonfeed(scenario: Scenario, server: DemoServer, client: httpx.Client) -> None:
    name = _source_by_format(scenario, "jsonfeed")
    r = client.get(server.feed_urls()[name])
    assert r.headers["content-type"].startswith("application/feed+json")
    doc = r.json()
    assert doc["version"] == "https://jsonfeed.org/version/1.1"
    assert len(doc["items"]) == _expected_count(scenario, name, server.clock.now()) > 3
    first = doc["items"][0]
    assert {"id", "url", "title", "content_text", "date_published"} <= first.keys()
    datetime.fromisoformat(first["date_published"])


def test_reliefweb(scenario: Scenario, server: DemoServer, client: httpx.Client) -> None:
    name = _source_by_format(scenario, "reliefweb")
    doc = client.get(server.feed_urls()[name]).json()
    expected = _expected_count(scenario, name, server.clock.now())
    assert doc["count"] == doc["totalCount"] == len(doc["data"]) == expected > 3
    report = doc["data"][0]
    assert {"id", "score", "href"} <= report.keys()
    fields = report["fields"]
    assert fields["title"] and fields["body"] and fields["url"].startswith("https://")
    assert fields["source"][0]["name"] and fields["country"] == [{"name": "Orsava"}]
    datetime.fromisoformat(fields["date"]["created"])
    datetime.fromisoformat(fields["date"]["original"])


def test_gdelt(scenario: Scenario, server: DemoServer, client: httpx.Client, clock: DemoClock) -> None:
    name = _source_by_format(scenario, "gdelt")
    url = server.feed_urls()[name]
    doc = client.get(url).json()
    assert len(doc["articles"]) == _expected_count(scenario, name, clock.now()) > 3
    art = doc["articles"][0]
    assert set(art) == {"url", "url_mobile", "title", "seendate", "socialimage", "domain",
                        "language", "sourcecountry"}  # fmt: skip
    datetime.strptime(art["seendate"], "%Y%m%dT%H%M%SZ")
    assert art["domain"] in art["url"]
    clock.set(ANCHOR - 6 * H)  # before the first GDELT hit
    assert client.get(url).json() == {}


def test_at_most_50_items_newest_first(scenario: Scenario) -> None:
    source = scenario.source("kestrel-wire")
    everything = visible_items(scenario, source, scenario.end, limit=1000)
    assert len(everything) == len({i.guid for i in scenario.items_of("kestrel-wire")}) > 40
    items = visible_items(scenario, source, scenario.end, limit=20)
    assert items == everything[:20]
    assert [i.at for i in everything] == sorted((i.at for i in everything), reverse=True)
    assert items[0].at == max(i.at for i in scenario.items_of("kestrel-wire"))


def test_revised_story_replaces_the_first_version(
    scenario: Scenario, server: DemoServer, client: httpx.Client, clock: DemoClock
) -> None:
    rev = next(i for i in scenario.items if i.revises)
    url = server.feed_urls()[rev.source]
    clock.set(rev.at - timedelta(minutes=1))
    before = [e for e in feedparser.parse(client.get(url).content).entries if e.id == rev.guid]
    clock.set(rev.at)
    after = [e for e in feedparser.parse(client.get(url).content).entries if e.id == rev.guid]
    assert len(before) == len(after) == 1
    assert before[0].title != after[0].title == rev.title


def test_hostile_title_is_served_literally(
    scenario: Scenario, server: DemoServer, client: httpx.Client, clock: DemoClock
) -> None:
    item = next(i for i in scenario.items if "[@click=app.quit]" in i.title)
    clock.set(item.at)
    parsed = feedparser.parse(client.get(server.feed_urls()[item.source]).content)
    assert not parsed.bozo
    titles = [e.title for e in parsed.entries]
    assert item.title in titles
    gdelt = next(i for i in scenario.items if "\x1b" in i.title)
    clock.set(gdelt.at)
    doc = client.get(server.feed_urls()[gdelt.source]).json()
    assert gdelt.title in [a["title"] for a in doc["articles"]]


# --- HTTP behaviour -----------------------------------------------------------------------------


def test_etag_304_then_200_when_a_new_item_appears(
    scenario: Scenario, server: DemoServer, client: httpx.Client, clock: DemoClock
) -> None:
    url = server.feed_urls()["kestrel-wire"]
    first = client.get(url)
    etag = first.headers["etag"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200
    next_item = min(i.at for i in scenario.items_of("kestrel-wire") if i.at > clock.now())
    clock.set(next_item)
    fresh = client.get(url, headers={"If-None-Match": etag})
    assert fresh.status_code == 200 and fresh.headers["etag"] != etag
    assert len(feedparser.parse(fresh.content).entries) == len(feedparser.parse(first.content).entries) + 1


def test_if_modified_since(server: DemoServer, client: httpx.Client) -> None:
    url = server.feed_urls()["un-envoy"]
    lm = client.get(url).headers["last-modified"]
    assert client.get(url, headers={"If-Modified-Since": lm}).status_code == 304
    older = format_datetime(parsedate_to_datetime(lm) - timedelta(seconds=1), usegmt=True)
    assert client.get(url, headers={"If-Modified-Since": older}).status_code == 200
    assert client.get(url, headers={"If-Modified-Since": "garbage"}).status_code == 200


def test_gzip_only_when_asked(server: DemoServer, client: httpx.Client) -> None:
    url = server.feed_urls()["tcmg-monitor"]
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    with client.stream("GET", url, headers={"Accept-Encoding": "gzip"}) as r:
        assert r.headers["content-encoding"] == "gzip"
        raw = b"".join(r.iter_raw())
    assert raw[:2] == b"\x1f\x8b" and len(raw) < len(plain.content)
    assert gzip.decompress(raw) == plain.content
    etag = r.headers["etag"]
    again = client.get(url, headers={"Accept-Encoding": "gzip", "If-None-Match": etag})
    assert again.status_code == 304


def test_failure_window_then_recovery(
    scenario: Scenario, server: DemoServer, client: httpx.Client, clock: DemoClock
) -> None:
    source = next(s for s in scenario.sources if any(w.status == 503 for w in s.failure.windows))
    window = source.failure.windows[0]
    url = server.feed_urls()[source.name]
    clock.set(ANCHOR + window.start - timedelta(minutes=1))
    assert client.get(url).status_code == 200
    clock.set(ANCHOR + window.start + H)
    down = client.get(url)
    assert down.status_code == 503 and down.headers["retry-after"] == "60"
    clock.set(ANCHOR + window.end)
    up = client.get(url)
    assert up.status_code == 200 and up.json()["count"] > 0
    # another source fails with a plain 500 in its own window, without Retry-After
    gdelt = scenario.source("gdelt")
    clock.set(ANCHOR + gdelt.failure.windows[0].start)
    r = client.get(server.feed_urls()["gdelt"])
    assert r.status_code == 500 and "retry-after" not in r.headers


def test_slow_source_is_slow_and_others_are_not(scenario: Scenario, clock: DemoClock) -> None:
    slow = next(s for s in scenario.sources if s.failure.delay > 0)
    assert 1.5 <= slow.failure.delay <= 3
    with DemoServer(scenario, clock, slow_delay=0.3) as srv, httpx.Client(timeout=5) as c:
        t0 = time.monotonic()
        assert c.get(srv.feed_urls()[slow.name]).status_code == 200
        slow_s = time.monotonic() - t0
        t0 = time.monotonic()
        assert c.get(srv.feed_urls()["kestrel-wire"]).status_code == 200
        fast_s = time.monotonic() - t0
    assert slow_s >= 0.3 > fast_s


def test_index_head_and_404(server: DemoServer, client: httpx.Client) -> None:
    index = client.get(server.base_url + "/")
    assert index.status_code == 200
    for url in server.feed_urls().values():
        assert url.split("?")[0].removeprefix(server.base_url) in index.text
    assert client.get(server.base_url + "/nope").status_code == 404
    head = client.head(server.feed_urls()["kestrel-wire"])
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"]


def test_config_toml_is_ready_to_use(scenario: Scenario, server: DemoServer) -> None:
    cfg = tomllib.loads(server.config_toml())
    assert cfg["truce"]["start"] == "2026-11-20T06:00:00Z"
    assert cfg["truce"]["parties"] == list(scenario.parties)
    assert cfg["poll"]["interval"].endswith("s") and cfg["poll"]["concurrency"] == 8
    assert cfg["watch"]["shelling"][0] == "shelling" and '"aid convoy"' in cfg["watch"]["aid"]
    feeds = {f["name"]: f for f in cfg["feeds"]}
    assert {f["kind"] for f in feeds.values()} == set(FORMATS)
    assert {n: f["url"] for n, f in feeds.items()} == server.feed_urls()
    assert all(f["url"].startswith(server.base_url) for f in feeds.values())


# --- lifecycle ----------------------------------------------------------------------------------


def _demo_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("sitroom-demo")]


def test_stop_frees_the_port_and_leaves_no_thread(scenario: Scenario, clock: DemoClock) -> None:
    before = threading.active_count()
    srv = DemoServer(scenario, clock, slow_delay=5.0).start()
    port = srv.port
    assert port > 0 and _demo_threads()
    slow_url = srv.feed_urls()["meridian"]
    outcome: list[object] = []

    def fetch() -> None:
        try:
            outcome.append(httpx.get(slow_url, timeout=10).status_code)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    pending = threading.Thread(target=fetch)
    pending.start()
    time.sleep(0.2)  # a request is now sleeping inside the slow source
    t0 = time.monotonic()
    srv.stop()
    assert time.monotonic() - t0 < 2
    pending.join(timeout=5)
    assert isinstance(outcome[0], httpx.RemoteProtocolError)  # dropped, not answered late
    assert not srv.running and not _demo_threads()
    assert threading.active_count() == before
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
    srv.stop()  # idempotent
    # the listening socket is closed: the port can be bound again (SO_REUSEADDR, as servers do)
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
    with DemoServer(scenario, clock, port=port) as again:
        assert again.port == port
        assert httpx.get(again.base_url + "/", timeout=2).status_code == 200


def test_serve_forever_prints_config_and_stops_on_sigterm(scenario: Scenario) -> None:
    out = io.StringIO()
    done = threading.Event()

    def stop_when_serving() -> None:
        # Wait until the server has printed its config (its signal handler is installed by then).
        deadline = time.monotonic() + 30
        while "[[feeds]]" not in out.getvalue() and time.monotonic() < deadline:
            if done.wait(0.05):
                return
        os.kill(os.getpid(), signal.SIGTERM)

    killer = threading.Thread(target=stop_when_serving)
    killer.start()
    try:
        serve_forever(port=0, speed=1.0, out=out)
    finally:
        done.set()
        killer.join()
    text = out.getvalue()
    assert "[[feeds]]" in text and "http://127.0.0.1:" in text and text.endswith("stopped\n")
    assert not _demo_threads()
    assert json.dumps(text)  # printable
