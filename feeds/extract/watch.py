"""Watch lists: case-insensitive whole-word matching of configured keywords and phrases."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from feeds.models import WatchHit


def _keyword_pattern(keyword: str) -> str | None:
    word = keyword.strip()
    if len(word) >= 2 and word[0] == word[-1] == '"':
        word = word[1:-1].strip()
    prefix = word.endswith("*")
    word = word.rstrip("*").strip()
    if not word:
        return None
    body = r"\s+".join(re.escape(part) for part in word.split())
    tail = r"\w*" if prefix else ""
    return rf"(?<!\w){body}{tail}(?!\w)"


@lru_cache(maxsize=256)
def _compile(keywords: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for keyword in keywords:
        pattern = _keyword_pattern(keyword)
        if pattern is not None:
            out.append((keyword, re.compile(pattern, re.IGNORECASE)))
    return tuple(out)


def match_watches(watch: Mapping[str, Sequence[str]] | None, *fields: str | None) -> tuple[WatchHit, ...]:
    """A WatchHit for each list with at least one keyword found in any of the fields."""
    if not watch:
        return ()
    hits: list[WatchHit] = []
    for name, keywords in watch.items():
        words = [
            keyword
            for keyword, pattern in _compile(tuple(keywords))
            if any(f and pattern.search(f) for f in fields)
        ]
        if words:
            hits.append(WatchHit(watch=name, words=tuple(dict.fromkeys(words))))
    return tuple(hits)
