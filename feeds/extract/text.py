"""Sentence splitting with offsets, tolerant of abbreviations, datelines and quotes."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pte", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "u.s", "u.n", "u.k", "e.u", "rep", "sen", "gov", "prof", "rev", "inc", "co",
    "corp", "ltd", "jr", "sr", "approx", "est", "a.m", "p.m", "i.e", "e.g", "al",
}  # fmt: skip
# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and an upper-case
# letter, digit or opening quote, or at a line break.
# (Written to start with a character class, so the regex engine skips ahead to candidates.)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]))")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")
_INITIALS = re.compile(r"[A-Za-z](?:\.[A-Za-z])*\.?")


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
        dot = m.start()
        if text[dot] == "." and _abbreviation(text[max(0, dot - 12) : dot + 1]):
            continue
        end = m.end()
        # The common case inline: one space (or none) before a sentence of bounded length.
        start = pos + 1 if text[pos : pos + 1] == " " else pos
        if (
            start < end
            and not text[start].isspace()
            and not text[end - 1].isspace()
            and end - start <= MAX_SENTENCE
        ):
            starts.append(start)
            ends.append(end)
        else:
            _add(text, pos, end, starts, ends)
        pos = end
    _add(text, pos, len(text), starts, ends)
    if not starts:
        return Sentences((0,), (len(text),))
    return Sentences(tuple(starts), tuple(ends))


@lru_cache(maxsize=8192)
def _abbreviation(window: str) -> bool:
    """Whether the period ending window (up to 13 characters) ends an abbreviation ("Gen.", "U.S.")
    rather than a sentence."""
    word = _LAST_WORD.search(window)
    # (initials, one letter or several with dots: "J.", "S.P. Singh", "T.J. Mahony")
    return bool(word and (word.group(1).lower().rstrip(".") in _ABBREV or _INITIALS.fullmatch(word.group(1))))


MAX_SENTENCE = 500
"""Longer "sentences" (lists, run-ons, text without punctuation) are cut into clauses of at most
this many characters, so that every pattern works on a bounded span (linear time overall)."""
_MIN_CLAUSE = 200
_BREAKS = ("; ", ": ", ", and ", ", but ", ", ", " and ", " but ", " or ", " ")


def _add(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        for mark in _BREAKS:
            pos = text.rfind(mark, start + _MIN_CLAUSE, start + MAX_SENTENCE)
            if pos >= 0:
                cut = pos + (len(mark) if mark in ("; ", ": ", ", ") else 1)
                break
        _add(text, start, cut, starts, ends)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        starts.append(start)
        ends.append(end)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lowered(text: str) -> str:
    """text in lower case with the same length (offsets stay valid)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without IGNORECASE: on lowered() text it finds the same matches at the
    same offsets, several times faster (for ASCII text; callers keep the original for the rest)."""
    return re.compile(pattern.pattern)


# --- word classes: one cheap pass per sentence decides which detailed patterns may match ---

_KEEP = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_WIDE_PUNCT = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u00a0\u2022\u00b7"
_TO_SPACE = {i: " " for i in range(128) if chr(i) not in _KEEP} | {ord(c): " " for c in _WIDE_PUNCT}
_BYTES_TO_SPACE = bytes(b if b >= 128 or chr(b) in _KEEP else 32 for b in range(256))
_N_CLASSES = 0
# The classes of each registered word, prefix and suffix (OR of bits), and the lengths of the
# prefixes and suffixes: a word's classes are found by a few dict lookups.
_FORM_BITS: dict[str, int] = {}
_PREFIX_BITS: dict[str, int] = {}
_SUFFIX_BITS: dict[str, int] = {}
_PREFIX_LENS: list[int] = []
_SUFFIX_LENS: list[int] = []
_MASKS: dict[str, int] = {}
_ZERO: set[str] = set()  # the words of _MASKS in no class (they add nothing to a mask)
_MASK_CACHE_MAX = 200_000


def word_class(words: str = "", prefixes: str = "", suffixes: str = "") -> int:
    """Register a class of lower-case words (exact forms, prefixes, suffixes); returns its bit."""
    global _N_CLASSES
    bit = 1 << _N_CLASSES
    _N_CLASSES += 1
    for table, lens, items in (
        (_FORM_BITS, None, words),
        (_PREFIX_BITS, _PREFIX_LENS, prefixes),
        (_SUFFIX_BITS, _SUFFIX_LENS, suffixes),
    ):
        for item in items.split():
            table[item] = table.get(item, 0) | bit
            if lens is not None and len(item) not in lens:
                lens.append(len(item))
                lens.sort()
    _MASKS.clear()
    _ZERO.clear()
    classes_of.cache_clear()
    return bit


def _classify(word: str) -> int:
    # (word[:n] and word[-n:] are word itself when it is shorter than n: found only when it is
    # a registered prefix or suffix itself, which it then starts or ends.)
    mask = _FORM_BITS.get(word, 0)
    for n in _PREFIX_LENS:
        mask |= _PREFIX_BITS.get(word[:n], 0)
    for n in _SUFFIX_LENS:
        mask |= _SUFFIX_BITS.get(word[-n:], 0)
    if len(_MASKS) >= _MASK_CACHE_MAX:
        _MASKS.clear()  # a memo only: bounded, and results never depend on it
        _ZERO.clear()
    _MASKS[word] = mask
    if not mask:
        _ZERO.add(word)
    return mask


def mask_of(words: Iterable[str]) -> int:
    """The classes (OR of bits) that any of the words belongs to."""
    masks = _MASKS
    mask = 0
    for word in words:
        try:
            mask |= masks[word]
        except KeyError:
            mask |= _classify(word)
    return mask


def tokenizable(low: str) -> str:
    """low with punctuation turned into spaces (same length): its split() gives the tokens."""
    if not low.isascii():
        for ch in _WIDE_PUNCT:
            if ch in low:
                low = low.replace(ch, " ")
        if not low.isascii():
            return low.translate(_TO_SPACE)
    return low.encode("ascii").translate(_BYTES_TO_SPACE).decode("ascii")


_NOT_PLAIN = re.compile(r"[^\x00-\x7f" + _WIDE_PUNCT + "]")  # (a character that is not plain)


def plain(text: str) -> bool:
    """Whether text holds no character but ASCII ones and the typographic punctuation of
    _WIDE_PUNCT (caseless, unchanged by lower(), no word characters): then, as in ASCII text, a
    case_sensitive() pattern finds in lowered(text) what its IGNORECASE form finds in text."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


def words_in(low: str, lo: int = 0, hi: int | None = None) -> set[str]:
    """The distinct lower-case tokens (runs of letters and digits) of low[lo:hi]."""
    return set(tokenizable(low[lo:hi]).split())


def mask_in(low: str, lo: int = 0, hi: int | None = None) -> int:
    """The word classes present in low[lo:hi]."""
    return mask_of(words_in(low, lo, hi))


@lru_cache(maxsize=4)
def classes_of(text: str) -> tuple[str, int]:
    """text lower-cased (as lowered) and the word classes of its tokens (as mask_in): for a short
    text that several passes look at, an item's title (the memo serves the calls on one item)."""
    low = lowered(text)
    return low, mask_of(tokenizable(low).split())


class Doc:
    """One text prepared once: lower-cased copy, sentences and each sentence's word classes."""

    __slots__ = ("flat", "low", "mask", "masks", "plain", "sents", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = lowered(text)
        self.sents = split_sentences(text)
        # low with punctuation turned into spaces: flat[a:b].split() are the tokens of low[a:b].
        self.flat = flat = tokenizable(self.low)
        # (as plain(text), at once: flat keeps every character of low but ASCII and _WIDE_PUNCT, and
        # no character but the Kelvin sign lower-cases into ASCII)
        self.plain = flat.isascii() and "\u212a" not in text
        self.words = words = [
            set(flat[a:b].split()) for a, b in zip(self.sents.starts, self.sents.ends, strict=True)
        ]
        # (Words known to be in no class are left out first: a set difference is cheaper.)
        self.masks = masks = [mask_of(w - _ZERO) for w in words]
        mask = 0
        for bits in masks:
            mask |= bits
        self.mask = mask

    def mask_between(self, lo: int, hi: int) -> int:
        """The word classes present in low[lo:hi] (as mask_in(self.low, lo, hi))."""
        return mask_of(self.flat[lo:hi].split())

    def plain_between(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] is plain (see plain): at once when the whole text is."""
        return self.plain or self.text[lo:hi].isascii()

    def having(self, bits: int) -> list[int]:
        """Indices of the sentences holding a word of any of the classes in bits."""
        if not self.mask & bits:
            return []
        return [i for i, m in enumerate(self.masks) if m & bits]

    def having_all(self, *bits: int) -> list[int]:
        """Indices of the sentences holding, for each of bits, a word of that class."""
        out: list[int] = []
        for b in bits:
            if not self.mask & b:
                return out
        for i, m in enumerate(self.masks):
            for b in bits:
                if not m & b:
                    break
            else:
                out.append(i)
        return out


def trie_pattern(words: set[str], prefixes: set[str]) -> str:
    """A pattern matching the (lower-case) words followed by no letter or digit, and anything
    the prefixes start, with the alternatives nested by their first letters (fewer tries)."""
    if "" in prefixes:
        return ""
    alts = [
        re.escape(ch)
        + trie_pattern({w[1:] for w in words if w[:1] == ch}, {p[1:] for p in prefixes if p[:1] == ch})
        for ch in sorted({w[0] for w in words if w} | {p[0] for p in prefixes})
    ]
    if "" in words:
        alts.append("(?![a-z0-9])")
    if not alts:
        return "(?!)"  # matches nothing
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
