"""Watch lists: case-insensitive whole-word matching of configured keywords and phrases."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
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


_WORD = re.compile(r"\w+")
Test = Callable[[str, frozenset[str]], bool]


def _test_for(keyword: str) -> Test | None:
    """A check over (lower-cased text, its set of words): set lookups for plain words and
    prefixes, a regex only for phrases or keywords with other characters."""
    word = keyword.strip()
    if len(word) >= 2 and word[0] == word[-1] == '"':
        word = word[1:-1].strip()
    prefix = word.endswith("*")
    core = word.rstrip("*").strip().lower()
    if not core:
        return None
    if _WORD.fullmatch(core):
        if prefix:
            return lambda low, words: any(w.startswith(core) for w in words)
        return lambda low, words: core in words
    pattern = _keyword_pattern(keyword)
    if pattern is None:
        return None
    compiled = re.compile(pattern.lower())
    needed = [w for w in _WORD.findall(core)][:1]
    return lambda low, words: all(n in low for n in needed) and compiled.search(low) is not None


@lru_cache(maxsize=256)
def _compile(keywords: tuple[str, ...]) -> tuple[tuple[str, Test], ...]:
    out = []
    for keyword in keywords:
        test = _test_for(keyword)
        if test is not None:
            out.append((keyword, test))
    return tuple(out)


def match_watches(watch: Mapping[str, Sequence[str]] | None, *fields: str | None) -> tuple[WatchHit, ...]:
    """A WatchHit for each list with at least one keyword found in any of the fields."""
    if not watch:
        return ()
    texts = [f.lower() for f in fields if f]
    low = "\x00".join(texts)  # not whitespace: a phrase never spans two fields
    words = frozenset(_WORD.findall(low))
    hits: list[WatchHit] = []
    for name, keywords in watch.items():
        found = [keyword for keyword, test in _compile(tuple(keywords)) if test(low, words)]
        if found:
            hits.append(WatchHit(watch=name, words=tuple(dict.fromkeys(found))))
    return tuple(hits)
