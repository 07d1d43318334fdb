"""Prefix terms (`kill*`) run as the indexed words they match: the same items, fresh words seen."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from feeds.models import FeedSpec, Item
from feeds.prefixes import MAX_WORDS, PREFIX_WORDS
from feeds.query import parse_query
from feeds.store import TEXT_EPOCH, Store

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
TEXTS = {
    "a": ("Two killed in shelling", "Rebels said the killing broke the truce."),
    "b": ("KILLER drone strikes convoy", "A skill-less operator, officials said."),
    "c": ("Talks resume", "Kil and Kíllé are names; killjoy is a word."),
    "d": ("Shelled town counts losses", "The shells hit a school."),
    "e": ("Market report", "Nothing about the war."),
}


def _save(store: Store, guid: str, title: str, summary: str) -> None:
    store.save_items("wire", [Item("wire", guid, title, summary, None, NOW)], now=NOW)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "cache.db")
    s.sync_feeds([FeedSpec("wire", "https://w.example/rss")])
    for guid, (title, summary) in TEXTS.items():
        _save(s, guid, title, summary)
    return s


def _guids(store: Store, ids: set[int]) -> set[str]:
    return {guid for id_, guid in store.conn.execute("SELECT id, guid FROM items") if id_ in ids}


def _found(store: Store, text: str) -> set[str]:
    return _guids(store, {r.id for r in store.items(parse_query(text), now=NOW)})


def _fts(store: Store, text: str) -> set[str]:
    """What FTS5 itself finds for the query as parse_query writes it (prefix terms as such)."""
    query = parse_query(text)
    sql = "SELECT i.id FROM items i WHERE 1"
    params: list[str] = []
    if query.match_expression():
        sql += " AND i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"
        params.append(query.match_expression() or "")
    if query.exclude_expression():
        sql += " AND i.id NOT IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"
        params.append(query.exclude_expression() or "")
    return _guids(store, {row[0] for row in store.conn.execute(sql, params)})


@pytest.mark.parametrize(
    "text",
    [
        *("kill*", "KILL*", "kil*", "k*", "kill* shell*", "shell* OR killj*"),
        *("-kill*", "talks -kill*", "zz*", "sk*"),
    ],
)
def test_prefix_words_find_what_the_prefix_term_finds(store: Store, text: str) -> None:
    assert _found(store, text) == _fts(store, text)


def test_a_prefix_becomes_the_words_it_matches(store: Store) -> None:
    expanded = PREFIX_WORDS.expand(store.conn, str(store.path) + "#t1", "0", parse_query("kill* -shell*"))
    # ("Kíllé" is indexed as "kille": the tokenizer folds the accents, and so does the prefix.)
    assert expanded.groups == (('("kille" OR "killed" OR "killer" OR "killing" OR "killjoy")',),)
    assert expanded.excluded == ('("shelled" OR "shelling" OR "shells")',)
    # A phrase, a prefix of another alphabet and a prefix no word has are left to FTS5.
    for text in ('"kill" "shell"', "kíl*", "zz*", '"killed in" *'):
        query = parse_query(text)
        assert PREFIX_WORDS.expand(store.conn, str(store.path) + "#t2", "0", query) == query


def test_new_and_revised_items_bring_their_new_words(store: Store, tmp_path: Path) -> None:
    """Words are looked up once per text epoch: a new item or a revision (from any connection)
    starts a new one, so a word the index did not hold before is found at once."""
    reader = Store(tmp_path / "cache.db")
    assert _found(reader, "kill*") == {"a", "b", "c"}
    writer = Store(tmp_path / "cache.db")
    epoch = writer.get_state(TEXT_EPOCH)
    _save(writer, "f", "Killings go on", "")
    assert writer.get_state(TEXT_EPOCH) != epoch
    assert _found(reader, "kill*") == {"a", "b", "c", "f"}
    _save(writer, "e", "Market report", "Killswitch fitted to the pipeline.")  # a revision
    assert _found(reader, "kill*") == {"a", "b", "c", "e", "f"}
    epoch = writer.get_state(TEXT_EPOCH)
    _save(writer, "e", "Market report", "Killswitch fitted to the pipeline.")  # unchanged
    assert writer.get_state(TEXT_EPOCH) == epoch


def test_a_prefix_of_too_many_words_stays_a_prefix(store: Store) -> None:
    words = " ".join(f"wa{i:03d}" for i in range(MAX_WORDS + 1))
    _save(store, "many", "Many words", words)
    query = parse_query("wa*")
    assert PREFIX_WORDS.expand(store.conn, str(store.path) + "#t3", "0", query) == query
    assert _found(store, "wa*") == _fts(store, "wa*") == {"many", "e"}  # e: "war"


def test_the_store_filters_with_the_words(store: Store) -> None:
    """Every pane query goes through the store's filter, which writes prefixes as words."""
    _, params = store._filter_sql(parse_query("talks kill*"), NOW)
    assert '("kille" OR "killed" OR "killer" OR "killing" OR "killjoy")' in params[0]
