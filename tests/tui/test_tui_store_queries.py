"""The store helpers added for the dashboard give the same answers as the plain queries."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feeds.models import CasualtyFigure, Facts, Item, Span, Talk, Violation
from feeds.query import parse_query
from feeds.store import Store

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
WORDS = ("geneva", "shelling", "truce", "aid", "convoy", "talks", "market", "drone")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    rng = random.Random(3)
    s = Store(Path(tmp_path_factory.mktemp("q")) / "q.db")
    for n in range(6000):
        seen = NOW - timedelta(minutes=6000 - n)  # polled in order: ids grow with first_seen
        title = " ".join(rng.choice(WORDS) for _ in range(4))
        pub = seen - timedelta(minutes=rng.choice((0, 5, 90, 3000)))  # some stories late
        item = Item(
            feed=rng.choice(("AFP", "UN")), guid=f"g{n}", title=title, summary="", link=None, published=pub
        )
        violation = Violation("x", Span("title", 0, 1)) if n % 9 == 0 else None
        figures = (
            (CasualtyFigure(n % 5 + 1, "killed", "civilians", "incident", "x", Span("title", 0, 1)),)
            if n % 7 == 0
            else ()
        )
        talks = (
            (
                Talk(
                    f"2026-03-{n % 20 + 1:02d}",
                    rng.choice(("Geneva", "Doha")),
                    None,
                    "scheduled",
                    "x",
                    Span("title", 0, 1),
                ),
            )
            if n % 11 == 0
            else ()
        )
        facts = Facts(violation=violation, casualties=figures, talks=talks)
        s.save_items(item.feed, [item], facts={item.guid: facts}, now=seen)
    return s


@pytest.mark.parametrize(
    "text",
    ["", "geneva", "geneva shelling", "aid OR drone", "-market", "feed:UN talks", "since:24h convoy", "zzz"],
)
@pytest.mark.parametrize("limit", [1, 50, 200])
def test_newest_matches_plain_queries(store: Store, text: str, limit: int) -> None:
    q = parse_query(text)
    assert store.items_newest(q, limit=limit, now=NOW) == store.items(q, limit=limit, now=NOW)
    assert store.violations_newest(q, limit=limit, now=NOW) == store.violations(q, limit=limit, now=NOW)


def test_id_floor_and_counts(store: Store) -> None:
    rows = store._rows("SELECT id, first_seen, sort_time FROM items ORDER BY id")
    for hours in (1, 20, 70, 200):
        since = NOW - timedelta(hours=hours)
        floor = store.id_floor(since)
        iso = since.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert all(r["id"] >= floor for r in rows if r["first_seen"] >= iso)
        assert all(r["id"] >= floor for r in rows if r["sort_time"] >= iso)
        assert store.count_items(since=since) == sum(r["first_seen"] > iso for r in rows)
        q = parse_query("geneva")
        brute = len(store.violations(q, limit=5000, now=NOW, since=since))
        assert store.count_violations(q, since=since, now=NOW) == brute


@pytest.mark.parametrize(
    "text", ["", "geneva", "aid OR drone", "-market", "feed:UN talks", "since:24h", "zzz"]
)
def test_count_violations_since_matches_single_counts(store: Store, text: str) -> None:
    q = parse_query(text)
    starts = [NOW - timedelta(hours=h) for h in (3, 30, 90)]
    expected = [store.count_violations(q, since=t, now=NOW) for t in starts]
    assert store.count_violations_since(q, starts, now=NOW) == expected
    for t in starts:  # and each equals a brute count of the rows
        assert expected.pop(0) == len(store.violations(q, limit=5000, now=NOW, since=t))


@pytest.mark.parametrize(
    "text", ["geneva -market", "aid OR drone", "feed:UN talks", "since:24h convoy", "zzz"]
)
@pytest.mark.parametrize("json", [True, False], ids=["json_each", "chunks"])
def test_ids_matching(store: Store, text: str, json: bool) -> None:
    """The same answer with SQLite's JSON functions (one statement) and without them (lists of
    at most 500 ids), for the items of facts (looked up in facts_fts) and for any items."""
    q = parse_query(text)
    ids = [r.id for r in store.items(None, limit=1200, now=NOW)]
    fact_ids = [r.item_id for r in store.violations(None, limit=5000, now=NOW)]
    matching = {r.id for r in store.items(q, limit=5000, now=NOW)}
    store._json = json
    try:
        assert store.ids_matching(q, ids, NOW) == matching & set(ids)
        assert store.ids_matching(q, fact_ids, NOW, facts=True) == matching & set(fact_ids)
        assert store.ids_matching(q, [], NOW) == set()
    finally:
        store._json = None


@pytest.mark.parametrize(
    "text", ["", "geneva", "geneva shelling", "aid OR drone", "-market", "feed:UN talks", "since:24h", "zzz"]
)
def test_filtered_casualties_are_the_figures_of_the_matching_items(store: Store, text: str) -> None:
    """The fact queries test the filter on the fact row (see Store._filter_sql): the figures
    they return belong to exactly the items the plain item query finds."""
    q = parse_query(text)
    since = NOW - timedelta(hours=40)
    matching = {r.id for r in store.items(q, limit=5000, now=NOW) if r.time >= since}
    with_figures = {r.item_id for r in store.casualties(None, since=since, until=NOW, now=NOW)}
    got = {r.item_id for r in store.casualties(q, since=since, until=NOW, now=NOW)}
    assert got == matching & with_figures
    assert text in ("zzz", "geneva shelling") or got


@pytest.mark.parametrize(
    "text", ["", "geneva", "geneva shelling", "aid OR drone", "-market", "feed:UN talks", "since:24h", "zzz"]
)
@pytest.mark.parametrize("window", ["24h", "7d"])
def test_the_casualty_pane_filters_its_window_figures_as_sqlite_would(
    store: Store, text: str, window: str
) -> None:
    """The pane keeps the window's figures and asks only which of their items pass a new
    filter: the tally must be the one the filtered query gives."""
    from tui.data import load_casualties, window_figures

    q = parse_query(text)
    figures = window_figures(store, NOW, window, None)
    assert figures.complete and figures.rows
    kept = load_casualties(store, q, NOW, window, None, figures)
    plain = load_casualties(store, q, NOW, window, None)
    assert kept == plain
    assert text in ("zzz", "geneva shelling") or kept.tally.cells


@pytest.mark.parametrize("text", ["", "geneva", "talks -geneva", "feed:UN talks", "since:24h geneva", "zzz"])
@pytest.mark.parametrize("show_past", [False, True])
def test_the_talks_pane_checks_words_against_talks_read_without_them(
    store: Store, text: str, show_past: bool
) -> None:
    """While the officer types words the pane keeps the talks read for the filter's other
    parts (feed:, tag:, since:) and only checks the words: the lines must be the ones a
    full read gives, whatever the words were when the talks were read."""
    from tui.data import load_talks, talk_rows, words_removed

    q = parse_query(text)
    base = talk_rows(store, parse_query(text + " ceasefire"), NOW, show_past)
    assert words_removed(q) == words_removed(parse_query(text + " ceasefire"))
    kept = load_talks(store, q, NOW, show_past, base)
    plain = load_talks(store, q, NOW, show_past)
    assert kept == plain
    assert text in ("zzz", "since:24h geneva") or kept.lines
