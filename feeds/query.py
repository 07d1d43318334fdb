"""The filter language shared by `/`, `sitroom search` and reports, compiled to safe FTS5 + SQL.

Words are ANDed; `"exact phrase"`, `OR`, `-word`, `prefix*`, and the fields `feed:NAME`,
`tag:NAME`, `since:24h`. Any other input is treated as plain words: nothing the user types
can reach SQLite as syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from feeds.sanitize import strip_controls
from feeds.timeutil import parse_span

MAX_QUERY = 500
MAX_TERMS = 32

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
# What FTS5's unicode61 tokenizer treats as token characters (roughly): letters and digits.
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Query:
    """A parsed filter."""

    text: str = ""
    groups: tuple[tuple[str, ...], ...] = ()
    """OR of AND-groups; each term is an FTS5 string ('"word"', '"word" *', '"a b"')."""
    excluded: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    since: timedelta | None = None
    message: str | None = None
    """A short note for the user about input that was ignored or reinterpreted."""

    @property
    def empty(self) -> bool:
        return not (self.groups or self.excluded or self.feeds or self.tags or self.since)

    def match_expression(self) -> str | None:
        """The FTS5 MATCH string for the positive terms, or None."""
        if not self.groups:
            return None
        parts = [" AND ".join(g) if len(g) == 1 else "(" + " AND ".join(g) + ")" for g in self.groups]
        return " OR ".join(parts)

    def exclude_expression(self) -> str | None:
        return " OR ".join(self.excluded) if self.excluded else None


@dataclass
class _Builder:
    groups: list[list[str]] = field(default_factory=lambda: [[]])
    excluded: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    since: timedelta | None = None
    notes: list[str] = field(default_factory=list)
    count: int = 0


def _fts_phrase(words: list[str], prefix: bool = False) -> str:
    term = '"' + " ".join(words) + '"'
    return term + " *" if prefix else term


def parse_query(text: str | None) -> Query:
    """Parse what the user typed. Never raises; problems become `message`."""
    raw = strip_controls(text or "").replace("\x00", "")
    if len(raw) > MAX_QUERY:
        raw = raw[:MAX_QUERY]
    b = _Builder()
    for m in _TOKEN.finditer(raw):
        phrase, token = m.group(1), m.group(2)
        if b.count >= MAX_TERMS:
            b.notes.append(f"only the first {MAX_TERMS} terms are used")
            break
        if phrase is not None:
            if not m.group(0).endswith('"') or len(m.group(0)) == 1:
                b.notes.append("unclosed quote: read as words")
            words = _WORD.findall(phrase)
            if words:
                b.groups[-1].append(_fts_phrase(words))
                b.count += 1
            continue
        assert token is not None
        if token == "OR":
            if b.groups[-1]:
                b.groups.append([])
            continue
        if token in ("AND", "NOT", "NEAR"):
            continue  # AND is implied; NOT is written -word
        key, sep, value = token.partition(":")
        if sep and value and key.lower() in ("feed", "tag", "since"):
            k = key.lower()
            if k == "feed":
                b.feeds.append(value)
            elif k == "tag":
                b.tags.append(value)
            else:
                span = parse_span(value)
                if span is None:
                    b.notes.append(f"since:{value} not understood (try since:24h or since:7d)")
                else:
                    b.since = span
            b.count += 1
            continue
        negative = token.startswith("-") and len(token) > 1
        if negative:
            token = token[1:]
        prefix = token.endswith("*")
        words = _WORD.findall(token)
        if not words:
            if token.strip("*"):
                b.notes.append(f"{token!r} has no searchable letters: ignored")
            continue
        term = _fts_phrase(words, prefix=prefix and len(words) >= 1)
        if negative:
            b.excluded.append(term)
        else:
            b.groups[-1].append(term)
        b.count += 1
    groups = tuple(tuple(g) for g in b.groups if g)
    message = "; ".join(dict.fromkeys(b.notes)) or None
    return Query(
        text=raw.strip(),
        groups=groups,
        excluded=tuple(b.excluded),
        feeds=tuple(b.feeds),
        tags=tuple(b.tags),
        since=b.since,
        message=message,
    )
