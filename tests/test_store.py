"""The SQLite cache: ids, revisions, facts, marks, retention, and several processes on one file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feeds.models import CasualtyFigure, Facts, FeedSpec, Item, Span, Talk, Violation
from feeds.query import parse_query
from feeds.store import Store, StoreError, applied_migrations, migration_set

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def item(
    guid: str,
    title: str = "Truce breached",
    summary: str = "",
    *,
    published: datetime | None = NOW - timedelta(hours=1),
    feed: str = "wire",
) -> Item:
    return Item(feed, guid, title, summary, f"https://w.example/{guid}", published)


def facts_for(it: Item) -> Facts:
    """A tiny stand-in extractor: one casualty figure per number in the title."""
    figs = []
    for word in it.title.split():
        if word.isdigit():
            start = it.title.index(word)
            figs.append(
                CasualtyFigure(
                    int(word),
                    "killed",
                    "civilians",
                    "incident",
                    word,
                    Span("title", start, start + len(word)),
                )
            )
    violation = None
    if "breach" in it.title.lower():
        start = it.title.lower().index("breach")
        violation = Violation("breach", Span("title", start, start + 6), accused="rebels")
    return Facts(violation=violation, casualties=tuple(figs))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "cache.db")
    s.sync_feeds([FeedSpec("wire", "https://w.example/rss")])
    return s


def test_database_is_wal_with_busy_timeout(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_migrations_are_recorded_and_idempotent(tmp_path: Path) -> None:
    Store(tmp_path / "m.db").close()
    s = Store(tmp_path / "m.db")
    names = [r[0] for r in s.conn.execute("SELECT name FROM _sqlite_migrations")]
    assert names == ["m001_initial", "m002_feed_body_hash", "m003_facts_fts", "m004_feed_rows"]


def test_a_database_from_an_older_version_is_migrated_on_open(tmp_path: Path) -> None:
    """A file with only the first migration (as the first release wrote it) gets the rest."""
    import sqlite_utils

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    migration_set().apply(old, stop_before="m002_feed_body_hash")
    old.conn.close()
    assert "body_hash" not in {c[1] for c in sqlite3.connect(path).execute("PRAGMA table_info(feeds)")}
    s = Store(path)
    assert applied_migrations(s.conn) == {
        "m001_initial",
        "m002_feed_body_hash",
        "m003_facts_fts",
        "m004_feed_rows",
    }
    assert "body_hash" in {c[1] for c in s.conn.execute("PRAGMA table_info(feeds)")}


def test_items_of_a_feed_without_a_feeds_row_are_found_by_feed_filters(tmp_path: Path) -> None:
    """`feed:` is resolved against the feeds table: a database whose items name a feed that
    has no row there (saved without sync_feeds) gets the row when migrated, and new items
    bring their feed's row with them."""
    path = tmp_path / "old.db"
    old = Store(path)
    old.save_items("Agency Wire", [item("g1", "Shelling near the line")])
    old.conn.executescript("DELETE FROM feeds; DELETE FROM _sqlite_migrations WHERE name = 'm004_feed_rows';")
    old.close()
    s = Store(path)
    assert [r.title for r in s.items(parse_query("feed:wire"))] == ["Shelling near the line"]
    s.save_items("Radio Kessin", [item("g2", "Calm in Kessin")])
    assert [r.title for r in s.items(parse_query("feed:kessin"))] == ["Calm in Kessin"]
    assert [r.title for r in s.items(parse_query("feed:radio OR feed:agency"))] == [
        "Calm in Kessin",
        "Shelling near the line",
    ]
    assert s.items(parse_query("feed:nowhere")) == []
    assert s.items(parse_query("feed:100%")) == []


def test_facts_saved_before_the_facts_index_existed_are_found_by_filters(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Store(path)
    old.sync_feeds([FeedSpec("wire", "https://w.example/rss")])
    old.save_items("wire", [item("g1", "Truce breach: shelling kills 4"), item("g2", "Shelling")], facts_for)
    old.conn.executescript(
        "DROP TABLE facts_fts; DROP TABLE fact_items; DROP TRIGGER facts_ad; DROP TRIGGER facts_au;"
        " DELETE FROM _sqlite_migrations WHERE name = 'm003_facts_fts';"
    )
    old.close()
    s = Store(path)
    assert [v.title for v in s.violations(parse_query("shelling"))] == ["Truce breach: shelling kills 4"]
    assert [c.count for c in s.casualties(parse_query("shelling"))] == [4]
    assert s.count_violations(parse_query("shelling -kills")) == 0


def facts_index_is_exact(s: Store, words: tuple[str, ...]) -> None:
    """facts_fts finds, for each word, exactly the items that have facts and hold the word."""
    members = {r[0] for r in s.conn.execute("SELECT id FROM fact_items")}
    with_facts = {
        r[0] for r in s.conn.execute("SELECT item_id FROM violations UNION SELECT item_id FROM casualties")
    }
    assert members == with_facts
    for w in words:
        found = {r[0] for r in s.conn.execute("SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?", (w,))}
        every = {r[0] for r in s.conn.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH ?", (w,))}
        assert found == every & members, w


def test_the_facts_index_follows_new_revised_reextracted_and_pruned_items(store: Store) -> None:
    words = ("shelling", "kills", "breach", "calm", "market")
    old = NOW - timedelta(days=40)
    store.save_items(
        "wire",
        [
            item("a", "Truce breach: shelling kills 3"),
            item("b", "Calm in the market"),
            item("c", "Shelling kills 2 at the market", published=old),
            item("d", "Old breach: 9 killed at the market", published=old),
        ],
        facts_for,
        now=NOW,
    )
    facts_index_is_exact(store, words)
    assert store.count_violations(parse_query("shelling")) == 1
    # Revisions: a with new words and still facts, b gains facts, c loses them.
    store.save_items(
        "wire",
        [
            item("a", "Truce breach: market shelling kills 5"),
            item("b", "Calm in the market ends, 7 dead"),
            item("c", "Market reopens", published=old),
        ],
        facts_for,
        now=NOW + timedelta(hours=1),
    )
    facts_index_is_exact(store, words)
    assert sorted(c.count for c in store.casualties(parse_query("market"))) == [5, 7, 9]
    # Rules change: nothing is a fact any more, then everything with a digit is again.
    store.reextract(lambda it: Facts())
    facts_index_is_exact(store, words)
    assert store.casualties(parse_query("market")) == []
    store.reextract(facts_for)
    facts_index_is_exact(store, words)
    assert store.prune(30, NOW) == 2  # c and d
    facts_index_is_exact(store, words)
    assert sorted(c.count for c in store.casualties(parse_query("market"))) == [5, 7]


def test_same_story_polled_twice_is_one_row_and_not_rewritten(store: Store) -> None:
    first = store.save_items("wire", [item("g1"), item("g2")], facts_for, now=NOW)
    assert (first.new, first.revised, first.unchanged) == (2, 0, 0)
    before = store.data_version()
    again = store.save_items("wire", [item("g1"), item("g2")], facts_for, now=NOW)
    assert (again.new, again.revised, again.unchanged) == (0, 0, 2)
    assert store.count_items() == 2
    # Nothing was written for unchanged items: the updated time is still the first poll's.
    rows = store.conn.execute("SELECT updated FROM items").fetchall()
    assert {r[0] for r in rows} == {"2026-03-10T12:00:00Z"}
    assert store.data_version() == before


def test_revised_story_is_updated_marked_and_its_facts_replaced(store: Store) -> None:
    store.save_items("wire", [item("g1", "Shelling kills 3")], facts_for, now=NOW)
    later = NOW + timedelta(hours=2)
    res = store.save_items("wire", [item("g1", "Shelling kills 5")], facts_for, now=later)
    assert res.revised == 1 and res.new == 0
    row = store.items()[0]
    assert row.revised and row.title == "Shelling kills 5"
    counts = [c.count for c in store.casualties()]
    assert counts == [5]
    # FTS follows the revision.
    assert store.count_items(parse_query("5")) == 1
    assert store.count_items(parse_query("3")) == 0


def test_same_guid_in_two_feeds_is_two_items(store: Store) -> None:
    store.sync_feeds([FeedSpec("other", "https://o.example/rss")])
    store.save_items("wire", [item("g1")], now=NOW)
    store.save_items("other", [item("g1", feed="other")], now=NOW)
    assert store.count_items() == 2


def test_duplicate_guids_in_one_batch_keep_the_first(store: Store) -> None:
    res = store.save_items("wire", [item("g1", "first"), item("g1", "second")], now=NOW)
    assert res.new == 1 and store.items()[0].title == "first"


def test_future_and_missing_dates_never_jump_to_the_top(store: Store) -> None:
    store.save_items(
        "wire", [item("old", "old story", published=NOW - timedelta(days=2))], now=NOW - timedelta(days=2)
    )
    store.save_items(
        "wire",
        [item("new", "recent story", published=NOW - timedelta(minutes=5))],
        now=NOW - timedelta(minutes=5),
    )
    store.save_items(
        "wire",
        [
            item("future", "year 9999", published=datetime(9999, 1, 1, tzinfo=UTC)),
            item("undated", "no date", published=None),
        ],
        now=NOW - timedelta(days=1),
    )
    order = [r.title for r in store.items()]
    assert order == ["recent story", "year 9999", "no date", "old story"] or order == [
        "recent story",
        "no date",
        "year 9999",
        "old story",
    ]
    suspect = store.item(store.items(parse_query('"year 9999"'))[0].id)
    assert suspect is not None and suspect.date_suspect


def test_facts_are_stored_with_offsets(store: Store) -> None:
    talk = Talk(
        "2026-03-15",
        "Geneva",
        "government and opposition",
        "scheduled",
        "talks on March 15 in Geneva",
        Span("text", 10, 37),
    )
    it = item("g1", "Truce breached, 4 dead", "Envoy set talks on March 15 in Geneva")
    store.save_items(
        "wire",
        [it],
        lambda i: Facts(violation=facts_for(i).violation, casualties=facts_for(i).casualties, talks=(talk,)),
        now=NOW,
    )
    detail = store.item(store.items()[0].id)
    assert detail is not None
    f = detail.facts
    assert f.violation is not None and f.violation.accused == "rebels"
    assert [(c.count, c.span) for c in f.casualties] == [(4, Span("title", 16, 17))]
    assert f.talks == (talk,)
    assert [t.date for t in store.talks(from_date="2026-03-10")] == ["2026-03-15"]
    assert store.talks(from_date="2026-03-16") == []
    assert store.count_violations() == 1


def test_many_rows_read_in_one_step_equal_rows_read_one_by_one(store: Store) -> None:
    """`many` reads a result as one JSON array built by SQLite (see Store._fetch): the same
    columns, values (quotes, backslashes, scripts, emoji, NULL, large numbers) and order."""
    titles = ['"Quoted" \\ back\\slash', "停火 🕊️ rompue", "O'Brien's [b]markup[/b]", "x" * 5000, ""]
    items = [item(f"m{n}", title, published=NOW - timedelta(minutes=n)) for n, title in enumerate(titles)]
    items.append(Item("wire", "nolink", "no link", "", None, None))
    store.save_items("wire", items, facts_for, now=NOW)
    store.conn.execute("UPDATE items SET flagged = ? WHERE guid = 'm1'", [2**53 + 1])
    sql = (
        "SELECT i.id, i.title, i.link, i.published, i.flagged, i.sort_time, 1.5 AS half FROM items i"
        " WHERE i.feed = ? ORDER BY i.sort_time DESC, i.id DESC LIMIT ?"
    )
    one_by_one = store._fetch(sql, ["wire", 50])
    at_once = store._fetch(sql, ["wire", 50], many=True)
    assert at_once[0] == one_by_one[0] == ["id", "title", "link", "published", "flagged", "sort_time", "half"]
    assert [tuple(r) for r in at_once[1]] == one_by_one[1]
    assert len(one_by_one[1]) == len(titles) + 1
    assert {r[2] for r in at_once[1]} >= {None} and 2**53 + 1 in {r[4] for r in at_once[1]}
    assert store._fetch(sql, ["none", 50], many=True) == (one_by_one[0], [])
    # Public queries that read this way give what they gave before.
    assert [r.title for r in store.items(limit=50)] == [r[1] for r in one_by_one[1]]
    store._json = False  # an SQLite built without the JSON functions: read row by row
    assert store._fetch(sql, ["wire", 50], many=True) == one_by_one


def test_marks_and_notes_survive_repolls_and_revisions(store: Store) -> None:
    store.save_items("wire", [item("g1", "Shelling kills 3")], now=NOW)
    item_id = store.items()[0].id
    store.mark_read([item_id])
    assert store.toggle_flag(item_id) is True
    store.set_reviewed(item_id, NOW)
    store.add_note(item_id, "Check with the monitor \x1b[2J", NOW)
    store.save_items("wire", [item("g1", "Shelling kills 3")], now=NOW)  # unchanged re-poll
    d = store.item(item_id)
    assert d is not None and d.row.is_read and d.row.flagged and d.reviewed == NOW
    assert d.notes == ((NOW, "Check with the monitor"),)  # the escape sequence is stripped
    store.save_items("wire", [item("g1", "Shelling kills 4")], now=NOW)  # revised: unread again
    d = store.item(item_id)
    assert d is not None and not d.row.is_read and d.row.flagged and len(d.notes) == 1


def test_mark_all_read_follows_the_filter(store: Store) -> None:
    store.save_items("wire", [item("a", "ceasefire holds"), item("b", "football")], now=NOW)
    assert store.mark_all_read(parse_query("ceasefire")) == 1
    assert store.count_items(unread_only=True) == 1


def test_retention_keeps_flagged_items(store: Store) -> None:
    store.save_items(
        "wire",
        [item("old", published=NOW - timedelta(days=40)), item("kept", published=NOW - timedelta(days=40))],
        now=NOW - timedelta(days=40),
    )
    store.save_items("wire", [item("new")], now=NOW)
    kept = next(r for r in store.items() if r.uid and r.link and r.link.endswith("kept"))
    store.toggle_flag(kept.id)
    assert store.prune(0, NOW) == 0
    assert store.prune(30, NOW) == 1  # "old" goes; "kept" is flagged; "new" is recent
    assert store.count_items() == 2
    assert store.count_items(parse_query("truce")) == 2  # FTS rows of the pruned item are gone


def test_poll_state_round_trip(store: Store) -> None:
    store.record_poll(
        "wire",
        status="ok",
        http_status=200,
        error=None,
        etag='W/"1"',
        last_modified="Tue, 10 Mar 2026 11:00:00 GMT",
        next_poll=NOW,
        now=NOW,
    )
    assert store.validators("wire") == ('W/"1"', "Tue, 10 Mar 2026 11:00:00 GMT")
    store.record_poll(
        "wire",
        status="error",
        http_status=500,
        error="HTTP 500",
        etag=None,
        last_modified=None,
        next_poll=NOW,
        now=NOW + timedelta(minutes=5),
    )
    store.record_poll(
        "wire",
        status="error",
        http_status=0,
        error="timed out",
        etag=None,
        last_modified=None,
        next_poll=NOW,
        now=NOW + timedelta(minutes=10),
    )
    st = store.feed_states()[0]
    assert st.consecutive_errors == 2 and st.last_error == "timed out"
    assert st.stale_since == NOW + timedelta(minutes=5) and st.last_success == NOW
    assert store.validators("wire") == ('W/"1"', "Tue, 10 Mar 2026 11:00:00 GMT")  # kept
    store.record_poll(
        "wire",
        status="ok",
        http_status=200,
        error=None,
        etag='W/"2"',
        last_modified=None,
        next_poll=NOW,
        now=NOW + timedelta(minutes=15),
    )
    st = store.feed_states()[0]
    assert st.consecutive_errors == 0 and st.stale_since is None


def test_read_only_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    Store(path).close()
    ro = Store(path)
    ro.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StoreError, match=r"read-only|readonly"):
        ro.save_items("wire", [item("x")], now=NOW)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match=r"not a sitroom database|damaged"):
        Store(path)


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from feeds.models import FeedSpec, Item
    from feeds.store import Store
    s = Store(sys.argv[1])
    s.sync_feeds([FeedSpec("wire", "https://w.example/rss")])
    n = int(sys.argv[2])
    size = int(sys.argv[3])
    print("ready", flush=True)
    for b in range(n):
        items = [Item("wire", f"g{b}-{i}", f"ceasefire item {b} {i}", "body " * 50, None,
                      datetime(2026, 3, 1, tzinfo=UTC)) for i in range(size)]
        s.save_items("wire", items)
    print("done", flush=True)
    """
)


def test_writer_and_readers_in_other_processes_never_see_locked(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    Store(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "60", "50"], stdout=subprocess.PIPE, text=True
    )
    reader = Store(path)
    seen = []
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        while writer.poll() is None:
            n = reader.count_items(parse_query("ceasefire"))
            seen.append(n)
            reader.items(parse_query("item"), limit=20)
            reader.mark_read([1, 2, 3])  # the dashboard writes too (marks)
        assert writer.returncode == 0
    finally:
        writer.kill()
    assert seen == sorted(seen)  # counts only grow: whole batches appear at once
    assert all(n % 50 == 0 for n in seen)  # never a half batch
    assert reader.count_items() == 3000


def test_sigkill_during_writes_leaves_a_consistent_database(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    Store(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "100000", "200"], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    time.sleep(1.5)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    s = Store(path)
    assert s.integrity_ok()
    n = s.count_items()
    assert n > 0 and n % 200 == 0
    fts = s.conn.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'ceasefire'")
    assert fts.fetchone()[0] == n
    s.conn.execute("INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")


def test_long_reader_does_not_block_writer(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    s = Store(path)
    s.save_items("wire", [item(f"g{i}") for i in range(10)], now=NOW)
    other = sqlite3.connect(path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM items").fetchone()  # a read snapshot held open
    res = s.save_items("wire", [item("late")], now=NOW)
    assert res.new == 1
    other.rollback()
    other.close()
