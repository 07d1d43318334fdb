"""Sentence splitting with offsets, tolerant of abbreviations, datelines and quotes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pte", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "u.s", "u.n", "u.k", "e.u", "rep", "sen", "gov", "prof", "rev", "inc", "co",
    "corp", "ltd", "jr", "sr", "approx", "est", "a.m", "p.m", "i.e", "e.g", "al",
}  # fmt: skip
# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and an upper-case
# letter, digit or opening quote, or at a line break.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence boundaries of one text: starts[i] and ends[i] are offsets of sentence i."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index(self, pos: int) -> int:
        """The sentence holding offset pos."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def __len__(self) -> int:
        return len(self.starts)


def split_sentences(text: str) -> Sentences:
    """Split text into sentences, returning their offsets (whitespace trimmed)."""
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith((".",)) and "\n" not in m.group():
            word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start() + 1)
            if word and (word.group(1).lower().rstrip(".") in _ABBREV or len(word.group(1)) == 1):
                continue
        _add(text, pos, m.end(), starts, ends)
        pos = m.end()
    _add(text, pos, len(text), starts, ends)
    if not starts:
        return Sentences((0,), (len(text),))
    return Sentences(tuple(starts), tuple(ends))


def _add(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        starts.append(start)
        ends.append(end)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lowered(text: str) -> str:
    """text in lower case with the same length (offsets stay valid)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def sentences_with(low: str, stems: tuple[str, ...], sents: Sentences) -> list[int]:
    """Indices of the sentences holding any of the lower-case stems (a fast str.find gate)."""
    found: set[int] = set()
    for stem in stems:
        pos = low.find(stem)
        while pos >= 0:
            i = sents.index(pos)
            found.add(i)
            nxt = sents.ends[i] if i < len(sents) else pos + 1
            pos = low.find(stem, max(nxt, pos + 1))
    return sorted(found)


def find_words(low: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None) -> list[int]:
    """Start offsets of whole-word (left boundary) occurrences of words in low[lo:hi], sorted."""
    end = len(low) if hi is None else hi
    out: list[int] = []
    for word in words:
        pos = low.find(word, lo, end)
        while pos >= 0:
            if pos == 0 or not low[pos - 1].isalnum():
                out.append(pos)
            pos = low.find(word, pos + 1, end)
    out.sort()
    return out
