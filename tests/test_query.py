"""The filter language: what each construct selects, and that no input reaches SQLite as syntax."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feeds.models import FeedSpec, Item
from feeds.query import parse_query
from feeds.store import Store

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

TITLES = {
    "a": "Shelling breaks the ceasefire near Adra",
    "b": "Ceasefire holds in the north, monitors say",
    "c": "Football: cup final postponed",
    "d": "Regime of silence violated twice overnight",
    "e": "Violations reported along the contact line",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("q") / "q.db"
    s = Store(path)
    specs = [
        FeedSpec("Wire", "https://w.example/rss", tags=("wire",)),
        FeedSpec("UN News", "https://un.example/rss", tags=("un",)),
    ]
    s.sync_feeds(specs)
    s.set_feed_tags(specs)
    for i, (guid, title) in enumerate(TITLES.items()):
        feed = "Wire" if guid in "abc" else "UN News"
        published = NOW - timedelta(days=3) if guid == "e" else NOW - timedelta(hours=i)
        s.save_items(feed, [Item(feed, guid, title, "", None, published)], now=NOW)
    return s


def titles(store: Store, text: str) -> set[str]:
    return {r.title for r in store.items(parse_query(text), now=NOW)}


def keys(store: Store, text: str) -> set[str]:
    inverse = {v: k for k, v in TITLES.items()}
    return {inverse[t] for t in titles(store, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ceasefire", {"a", "b"}),
        ("ceasefire shelling", {"a"}),
        ("CEASEFIRE", {"a", "b"}),
        ('"regime of silence"', {"d"}),
        ('"silence regime"', set()),
        ("shelling OR football", {"a", "c"}),
        ("ceasefire -shelling", {"b"}),
        ("-ceasefire", {"c", "d", "e"}),
        ("viol*", {"d", "e"}),
        ("feed:un", {"d", "e"}),
        ("tag:wire", {"a", "b", "c"}),
        ("tag:nope", set()),
        ("tag:nope ceasefire", set()),
        ("tag:nope OR ceasefire", set()),
        ("since:24h", {"a", "b", "c", "d"}),
        ("since:24h viol*", {"d"}),
        ("", {"a", "b", "c", "d", "e"}),
    ],
)
def test_query_selects(store: Store, text: str, expected: set[str]) -> None:
    assert keys(store, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "AND (",
        "*",
        "-",
        "\x00",
        "NEAR(a b)",
        "a:b",
        "'",
        "^ceasefire",
        "ceasefire)",
        "title:x",
        '"""',
        "OR",
        "NOT",
    ],
)
def test_odd_input_never_errors(store: Store, text: str) -> None:
    store.items(parse_query(text), now=NOW)


def test_unclosed_quote_is_read_as_words_with_a_note(store: Store) -> None:
    q = parse_query('"regime of')
    assert q.message and "unclosed quote" in q.message
    assert keys(store, '"regime of') == {"d"}


def test_bad_since_gives_a_message() -> None:
    q = parse_query("since:yesterday")
    assert q.since is None and q.message and "since:yesterday" in q.message


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_text_is_a_valid_query(store: Store, text: str) -> None:
    q = parse_query(text)
    # Whatever was typed, the store answers (possibly with nothing) instead of raising.
    store.items(q, now=NOW, limit=5)
    store.count_items(q, now=NOW)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(["ceasefire", "shelling", "holds", "violated", "north"]), min_size=1, max_size=3)
)
def test_words_are_anded(store: Store, words: list[str]) -> None:
    expected = {
        k
        for k, t in TITLES.items()
        if all(w in t.lower().split() or w in t.lower().replace(",", "").split() for w in words)
    }
    assert keys(store, " ".join(words)) == expected


def test_query_text_is_bounded() -> None:
    q = parse_query("word " * 1000)
    assert len(q.groups[0]) <= 32 and q.message


def test_search_cli_json(store: Store, tmp_path: Path) -> None:
    rows = store.search(parse_query("ceasefire"), limit=10, now=NOW)
    assert [r["title"] for r in rows] == [TITLES["a"], TITLES["b"]]  # newest first
