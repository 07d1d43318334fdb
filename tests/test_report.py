"""Handover reports over the polled demo week: each section, each format parsed back."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from demo_week import DEMO_ANCHOR, DemoWeek

from feeds.config import ConfigError
from feeds.query import parse_query
from feeds.report import Report, build_report, render, to_json_data, window
from feeds.store import Store
from feeds.tally import build_tally


@pytest.fixture(scope="module")
def week_copy(demo_week: DemoWeek, tmp_path_factory: pytest.TempPathFactory) -> tuple[DemoWeek, Store]:
    """A copy of the demo database, so notes written here stay out of other tests."""
    path = tmp_path_factory.mktemp("report") / "copy.db"
    src = sqlite3.connect(demo_week.db)
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    store = Store(path)
    store.set_feed_tags(demo_week.settings.feeds)
    return demo_week, store


@pytest.fixture(scope="module")
def report_end(demo_week: DemoWeek) -> datetime:
    return demo_week.scenario.end + timedelta(hours=1)


@pytest.fixture(scope="module")
def whole_week(week_copy: tuple[DemoWeek, Store], report_end: datetime) -> Report:
    week, store = week_copy
    item = store.items(parse_query("Kessin"), limit=1)[0]
    store.add_note(
        item.id,
        "Toll revised upward; ask the monitor for the final figure.",
        report_end - timedelta(minutes=30),
    )
    return build_report(
        week.settings, store, start=DEMO_ANCHOR - timedelta(days=1), end=report_end, now=report_end
    )


def test_headline_counts_match_the_store(whole_week: Report, week_copy: tuple[DemoWeek, Store]) -> None:
    _, store = week_copy
    assert len(whole_week.violations) == store.count_violations()
    assert whole_week.violations_count == len(whole_week.violations)  # the window holds them all
    assert whole_week.violations_since_truce is not None
    assert 0 < whole_week.violations_since_truce <= len(whole_week.violations)
    tally = build_tally(store.casualties())
    data = to_json_data(whole_week)
    for (kind, group), cell in tally.cells.items():
        assert data["headline"]["casualties"][kind]["by_group"][group] == cell.total


def test_latest_cumulative_tally_per_source_is_in_the_headline(whole_week: Report) -> None:
    sources = {c.feed for c in whole_week.tally.cumulative}
    assert "tcmg-monitor" in sources
    monitor = [c for c in whole_week.tally.cumulative if c.feed == "tcmg-monitor"]
    assert all(c.scope == "cumulative" for c in monitor)
    md = render(whole_week, "md")
    assert "Latest cumulative tally from tcmg-monitor" in md


def test_next_talks_are_the_rescheduled_geneva_round(whole_week: Report) -> None:
    data = to_json_data(whole_week)
    assert data["headline"]["next_talks"] == {"date": "2026-11-29", "place": "Geneva", "status": "scheduled"}
    upcoming = {(t["date"], t["status"]) for t in data["talks"]["upcoming"]}
    assert ("2026-11-29", "scheduled") in upcoming
    assert all(
        t["countdown"] is None or t["countdown"].startswith(("in ", "now")) for t in data["talks"]["upcoming"]
    )
    assert any(t["status"] == "postponed" for t in data["talks"]["reported_in_window"])


def test_coverage_names_the_feeds_that_failed(whole_week: Report) -> None:
    failed = {g.feed: g for g in whole_week.coverage}
    assert {"reliefweb", "gdelt"} <= set(failed)
    assert all(g.errors >= 1 and not g.failing_now for g in failed.values())


def test_notes_and_watch_hits(whole_week: Report) -> None:
    assert [n["text"] for n in whole_week.notes] == [
        "Toll revised upward; ask the monitor for the final figure."
    ]
    watches = {w for _, w in whole_week.watch_hits}
    assert {"shelling", "talks"} <= watches


def test_markdown_has_every_section_and_shows_titles_literally(whole_week: Report) -> None:
    md = render(whole_week, "md")
    for heading in (
        "# Situation report",
        "## Headline",
        "## Violations",
        "## Casualty figures",
        "## Talks",
        "### Upcoming",
        "## Watch-list hits",
        "## Officer notes",
        "## Coverage",
    ):
        assert f"\n{heading}" in "\n" + md, heading
    assert "\x1b" not in md and "\u202e" not in md
    assert "[@click" not in md  # brackets from a hostile title are escaped: \[@click
    assert "Z " in md or "Z\n" in md  # UTC times with Z


def test_text_fits_80_columns(whole_week: Report) -> None:
    txt = render(whole_week, "txt")
    assert "VIOLATIONS" in txt and "COVERAGE" in txt
    assert max(len(line) for line in txt.splitlines()) <= 80


def test_json_validates_against_the_schema(whole_week: Report) -> None:
    schema = json.loads(resources.files("feeds").joinpath("report_schema.json").read_text())
    data = json.loads(render(whole_week, "json"))
    jsonschema.validate(data, schema)
    assert data["schema"] == "sitroom.report/1"
    assert data["window"]["start"].endswith("Z")


def test_csv_has_one_row_per_fact(whole_week: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(whole_week, "csv"))))
    by_kind: dict[str, int] = {}
    for r in rows:
        by_kind[r["fact"]] = by_kind.get(r["fact"], 0) + 1
    assert by_kind == {
        "violation": len(whole_week.violations),
        "casualty": len(whole_week.casualties),
        "talks": len(whole_week.upcoming),
        "watch_hit": len(whole_week.watch_hits),
        "note": len(whole_week.notes),
    }
    assert all(not r["title"].startswith(("=", "+", "@")) for r in rows)


def test_filter_narrows_every_section(week_copy: tuple[DemoWeek, Store], report_end: datetime) -> None:
    week, store = week_copy
    start = DEMO_ANCHOR - timedelta(days=1)
    everything = build_report(week.settings, store, start=start, end=report_end, now=report_end)
    kessin = build_report(
        week.settings, store, start=start, end=report_end, query=parse_query("Kessin"), now=report_end
    )
    assert 0 < len(kessin.violations) < len(everything.violations)
    assert len(kessin.casualties) < len(everything.casualties)
    ids = {r.id for r in store.items(parse_query("Kessin"), limit=5000)}
    assert {v.item_id for v in kessin.violations} <= ids
    assert {c.item_id for c in kessin.casualties} <= ids


def test_window_parsing() -> None:
    end = DEMO_ANCHOR
    assert window(end, "12h") == (end - timedelta(hours=12), end)
    start, stop = window(end, None, "2026-11-19T00:00:00Z", "2026-11-20T00:00:00Z")
    assert (stop - start) == timedelta(days=1)
    with pytest.raises(ConfigError):
        window(end, "soon")
    with pytest.raises(ConfigError):
        window(end, None, "2026-11-21T00:00:00Z", "2026-11-20T00:00:00Z")


def test_report_command_writes_a_file(demo_week: DemoWeek, tmp_path: Path) -> None:
    out = tmp_path / "handover.md"
    cfg = tmp_path / "demo.toml"
    cfg.write_text('[truce]\nname = "Tarrin"\n')

    def report(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "tui", "--config", str(cfg), "--db", str(demo_week.db), "report"]
        return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60)

    window = ("--from", "2026-11-19T00:00:00Z", "--to", "2026-11-28T00:00:00Z")
    proc = report(*window, "--format", "md", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text().startswith("# Situation report: Tarrin")
    bad = report("--since", "whenever")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
