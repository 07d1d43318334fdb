"""Filter prefixes (`kill*`) written as the indexed words they match, cached per database.

FTS5 answers a prefix term by merging the posting list of every word it matches, in full,
whatever else bounds the query: at 1M items, where `kill*` matches half the archive, that is
48 ms each time a pane asks, several times a filter change. The same words ORed together are
read only as far as the other bounds need (the newest 5,000 ids: 0.2 ms). Which words an
index holds changes only when item text does, so the list is kept until the next text write
(the store's text epoch, bumped by every save that inserts or revises an item).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import replace

from feeds.query import Query

MAX_WORDS = 64
"""A prefix matching more indexed words than this stays a prefix term (a long OR is no faster)."""
_PREFIX_TERM = re.compile(r'"([A-Za-z0-9]+)" \*')
"""A one-word prefix term as parse_query writes it. ASCII letters and digits only: the
tokenizer folds those to lower case and nothing else, so the words in the index that match
are exactly those that start with the lower-cased prefix."""
_VOCAB = "temp.sitroom_words"
_HIGHEST = "\U0010ffff"
"""Sorts after any character a word can continue with (the index compares UTF-8 bytes)."""


def has_prefix_terms(query: Query) -> bool:
    """Whether expand() may change the query."""
    return any(_PREFIX_TERM.fullmatch(t) for g in (*query.groups, query.excluded) for t in g)


class PrefixWords:
    """The indexed words of each prefix, per database file and text epoch (shared by the
    connections of one process: each pane has its own, and they ask for the same prefixes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._words: dict[tuple[str, str], tuple[str, tuple[str, ...] | None]] = {}

    def expand(self, conn: sqlite3.Connection, database: str, epoch: str, query: Query) -> Query:
        """query with each one-word prefix term replaced by the OR of the words it matches
        (unchanged where the index cannot say, as when the vocabulary cannot be read)."""

        def written(term: str) -> str:
            m = _PREFIX_TERM.fullmatch(term)
            if m is None:
                return term
            try:
                words = self._words_of(conn, database, epoch, m.group(1).lower())
            except sqlite3.Error:
                return term
            if not words:  # none (the prefix term finds nothing, fast) or too many
                return term
            return "(" + " OR ".join(f'"{w}"' for w in words) + ")"

        return replace(
            query,
            groups=tuple(tuple(written(t) for t in g) for g in query.groups),
            excluded=tuple(written(t) for t in query.excluded),
        )

    def _words_of(
        self, conn: sqlite3.Connection, database: str, epoch: str, prefix: str
    ) -> tuple[str, ...] | None:
        key = (database, prefix)
        with self._lock:  # one connection looks a prefix up; the others wait for its answer
            cached = self._words.get(key)
            if cached is not None and cached[0] == epoch:
                return cached[1]
            conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, items_fts, row)")
            rows = conn.execute(
                f"SELECT term FROM {_VOCAB} WHERE term >= ? AND term < ? LIMIT ?",
                (prefix, prefix + _HIGHEST, MAX_WORDS + 1),
            ).fetchall()
            words = tuple(r[0] for r in rows) if len(rows) <= MAX_WORDS else None
            if len(self._words) > 1024:
                self._words.clear()
            self._words[key] = (epoch, words)
            return words


PREFIX_WORDS = PrefixWords()
