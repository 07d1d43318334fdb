"""Number phrases in news English: digits, number words, ranges, qualifiers and vague quantities."""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from feeds.extract.lexicon import MONTH_RE

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)"
_SMALL = rf"(?:{_TENS}(?:[-\s]{_UNIT}\b)?|{_TEEN}|{_UNIT})"
_HUND = rf"(?:(?:{_SMALL}|a)[-\s]hundred(?:(?:[-\s]|\s+and\s+){_SMALL})?|{_SMALL})"
_BIG = r"(?:thousand|million|billion)"
WORD_NUMBER = rf"(?:{_HUND}(?:[-\s]{_BIG}(?:(?:[-\s]|\s+and\s+)(?!a\b){_HUND})?)?|a[-\s]{_BIG})"
# (thousands grouped by commas, or by spaces as many outlets write them: "More than 12 000 people")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:\.\d+)?)"
# (a scale, or "m" for million: "Some 1.2m people are still displaced")
DIGIT_NUMBER = rf"(?<![\w.,$€£]){_DIGITS}(?:[-\s](?:{_BIG})\b|m(?=\s))?(?![\w])"
_FRACTION = (
    r"(?:(?:a\s+)?(?:quarter|half)(?:[-\s]of)?[-\s]a[-\s]million|a\s+quarter[-\s]million"
    r"|half[-\s]a[-\s]million)"
)
_DOZEN = r"(?:(?:a|one|two|three|four|half\s+a)\s+dozen)"
_SCORE = r"(?:a\s+score\s+of)"  # twenty: "killing a score of policemen" (not "scores": vague)
NUMBER = rf"(?:{DIGIT_NUMBER}|\b(?:{_FRACTION}|{_DOZEN}|{_SCORE}|{WORD_NUMBER})\b)"

QUALIFIERS: tuple[tuple[str, str], ...] = (
    (r"at\s+least", "at_least"),
    (r"no\s+fewer\s+than", "at_least"),
    (r"(?:well\s+)?(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of)", "more_than"),
    (r"(?:about|around|some|approximately|roughly|an\s+estimated|estimated|nearly\s+about)", "about"),
    (r"(?:nearly|almost|close\s+to|just\s+under|fewer\s+than|less\s+than)", "nearly"),
    (r"(?:up\s+to|as\s+many\s+as|at\s+most)", "up_to"),
)
_QUAL_RE = "|".join(f"(?P<q{i}>{pat})" for i, (pat, _) in enumerate(QUALIFIERS))
_VAGUE = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands"
    r"|millions|several|a\s+number|a\s+handful|a\s+few)"
)

# A number (or range, or vague quantity) starting exactly where a number token starts.
_NUMBER_AT = re.compile(
    rf"(?P<n1>{NUMBER})(?:(?P<join>\s*[-–—]\s*|\s+to\s+|\s+and\s+)(?P<n2>{NUMBER}))?"
    rf"|(?P<vague>{_VAGUE})\b",
    re.IGNORECASE,
)
_QUAL_NAMES = {f"q{i}": name for i, (_, name) in enumerate(QUALIFIERS)}
# The qualifier right before a number: "at least", "more than", "between" ...
# (Every qualifier starts with a letter: the look-ahead passes over the ends of words before the
# alternatives are tried, the same matches in fewer tries.)
_QUAL_BEFORE = re.compile(rf"\b(?=\w)(?:(?P<between>between)|{_QUAL_RE})\s+$", re.IGNORECASE)
_QUAL_WORDS = 4
"""Most words in a qualifier ("well in excess of")."""
_QUAL_LAST = frozenset(
    "least than over above of about around some approximately roughly estimated nearly almost "
    "to under as most between".split()
)
_START_WORDS = (
    *UNITS, *TENS, "a dozen", "a hundred", "a thousand", "a million", "a billion", "a quarter",
    "half", "dozens", "scores", "a score of", "hundreds", "thousands", "millions", "several", "tens of",
    "a number", "a handful", "a few",
)  # fmt: skip
# Key token of each start word ("a dozen" -> "dozen", "tens of" -> "tens"): only the start words
# whose key token occurs in a sentence are looked for.
_START_BY_TOKEN: dict[str, tuple[str, ...]] = {}
for _w in _START_WORDS:
    _key = [t for t in _w.split() if t not in ("a", "of")][-1]
    _START_BY_TOKEN[_key] = (*_START_BY_TOKEN.get(_key, ()), _w)
NUMBER_TOKENS = frozenset(_START_BY_TOKEN)
"""Lower-case tokens one of which a text must hold to state a number in words."""
_DIGITS_VALUE = re.compile(r"([\d,]+(?:\.\d+)?)(?:[-\s]+(thousand|million|billion)|(m))?")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# The starts of digit runs not after a word character or one of . , $ € £ (see _wordlike): the
# look-behind follows the first digit, so the engine still skips ahead to digits.
_DIGIT_START = re.compile(r"[0-9](?<![\w.,$€£][0-9])")
_WORD_SPLIT = re.compile(r"[-\s]+")
# Digits, one space and a word of lower-case letters (in low) but "to", "and" and the scales: where
# _NUMBER_AT (in text) matches the digits alone. (A range or a scale needs one of those words;
# "1,400" and "1.5" a comma or a point.)
_PLAIN_NUMBER = re.compile(r"(?<![\w.,$€£])([0-9]+) (?!(?:to|and|thousand|million|billion)\b)[a-z]+\b")


class Quantity(NamedTuple):
    """A number phrase: where it is, its value(s) and how it was qualified."""

    start: int
    end: int
    count: int | None  # type: ignore[assignment]  # shadows tuple.count, on purpose: the record's name
    count_max: int | None
    qualifier: str | None


# "since October 7 to 9,200": a day of the month, not the low end of a range ("May 3 to 9" is
# a range of days, dropped as a date).
_MONTH_BEFORE = re.compile(r"\b" + MONTH_RE + r"\s*$")


@lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """Value of a number phrase ("1,400", "1.2 million", "forty-seven", "a dozen"), else None."""
    s = text.strip().lower().replace("\u2009", "")
    if not s:
        return None
    if s[0].isdigit() and _SPACE_GROUPED.fullmatch(s):
        return int(re.sub(r"\D", "", s))  # "12 000"
    if s[0].isdigit():
        m = _DIGITS_VALUE.fullmatch(s)
        if not m:
            return None
        num = m.group(1)
        if "," in num:
            if not _GROUPED.fullmatch(num):
                return None
            num = num.replace(",", "")
        value = float(num)
        if m.group(2):
            value *= SCALES[m.group(2)]
        elif m.group(3):
            value *= 1_000_000  # "1.2m"
        elif "." in num:
            return None
        return round(value)
    if s == "a score of" or (s.startswith("a score") and s.split()[:2] == ["a", "score"]):
        return 20
    if "dozen" in s:
        head = s.split("dozen")[0].strip()
        mult = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "half a": 0.5}.get(head)
        return int(12 * mult) if mult else None
    if "quarter" in s:
        return 250_000 if "million" in s else None
    if "half" in s:
        return 500_000 if "million" in s else None
    return _parse_words(s)


def _parse_words(s: str) -> int | None:
    total = 0
    current = 0
    seen = False
    for word in _WORD_SPLIT.split(s):
        if word in ("and", ""):
            continue
        if word == "a":
            current = max(current, 1)
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_match_start = operator.methodcaller("start")


def _wordlike(ch: str) -> bool:
    """Whether ch is a word character (as \\w) or one of . , $ € £."""
    return ch.isalnum() or ch in "_.,$€£"


def _starts(
    text: str, low: str, lo: int, hi: int, tokens: set[str] | None = None, digits: bool = True
) -> list[int]:
    """Offsets where a number token begins: digit runs (when digits) and number/vague words."""
    out = list(map(_match_start, _DIGIT_START.finditer(text, lo, hi))) if digits else []
    if tokens is None:
        words: tuple[str, ...] = _START_WORDS
    else:
        present = NUMBER_TOKENS.intersection(tokens)
        if not present:
            return out  # digit runs only: already in order
        words = tuple(w for t in present for w in _START_BY_TOKEN[t])
    for word in words:
        pos = low.find(word, lo, hi)
        while pos >= 0:
            if (pos == 0 or not low[pos - 1].isalnum()) and (
                pos + len(word) >= len(low)
                or not low[pos + len(word)].isalpha()
                or word in ("tens of",)
                or low[pos + len(word)] in "-"
            ):
                out.append(pos)
            elif (pos == 0 or not low[pos - 1].isalnum()) and low[pos + len(word) : pos + len(word) + 1] in (
                "-",
                "s",
                "t",
                "y",
            ):
                out.append(pos)  # "forty-seven", "eighty", "sixty"
            pos = low.find(word, pos + 1, hi)
    return sorted(set(out))


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    low: str | None = None,
    tokens: set[str] | None = None,
    digits: bool = True,
) -> Iterator[Quantity]:
    """Every number phrase in text[start:end], with qualifier and range.

    low is text lower-cased with the same length (computed when not given); tokens, when given,
    are the lower-case tokens of text[start:end] (only number words among them are looked for);
    digits is False when text[start:end] holds no digit run (then none is looked for).
    """
    stop = len(text) if end is None else end
    if low is None:
        low = text.lower() if len(text.lower()) == len(text) else text
    covered = start
    for pos in _starts(text, low, start, stop, tokens, digits):
        if pos < covered:
            continue
        plain = _PLAIN_NUMBER.match(low, pos, stop)
        if plain is not None:
            # What _NUMBER_AT matches there: the digits alone (n1), no range, no vague quantity.
            covered = n1_end = plain.end(1)
            n1_text: str | None = text[pos:n1_end]
            join = n2_text = vague = None
        else:
            m = _NUMBER_AT.match(text, pos, stop)
            if m is None:
                continue
            covered = m.end()
            n1_end = m.end(1)
            n1_text, join, n2_text, vague = m.groups()
        q_start = pos
        qualifier = None
        between = False
        left = max(start, pos - 30)
        before = low[left:pos]
        last = before.rsplit(None, 1)
        if last and last[-1] in _QUAL_LAST:
            words = before.split()
            if len(words) > _QUAL_WORDS:  # a qualifier starts within the last few words
                left = pos - len(before.split(None, len(words) - _QUAL_WORDS)[-1])
            qm = _QUAL_BEFORE.search(text, left, pos)
            if qm:
                q_start = qm.start()
                # The alternatives hold no other groups: the last group is the one that matched.
                between = qm.lastgroup == "between"
                qualifier = _QUAL_NAMES.get(qm.lastgroup or "")
        if vague:
            yield Quantity(q_start, covered, None, None, "vague")
            continue
        n1 = parse_number(n1_text)
        if n1 is None:
            continue
        n2 = None
        if n2_text and ("and" not in (join or "") or between):  # (join is set with n2)
            n2 = parse_number(n2_text)
        if n2 is not None and n2 > n1 and (n2 <= 31 or not _MONTH_BEFORE.search(text, left, pos)):
            yield Quantity(q_start, covered, n1, n2, "range")
            continue
        covered = n1_end
        yield Quantity(q_start, covered, n1, None, qualifier)


def states_count(text: str, count: int) -> bool:
    """Whether text states the number count anywhere (in digits or words, any qualifier)."""
    return any(q.count == count for q in find_quantities(text))
