"""Number phrases: digits with separators, number words, ranges, qualifiers, vague amounts."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from feeds.extract.numbers import find_quantities, parse_number

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: E501
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """English words for 1 <= n < 1,000,000 ("forty-seven", "two hundred and five")."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = f" and {words(n % 100)}" if n % 100 else ""
        return f"{_UNITS[n // 100]} hundred{rest}"
    rest = f" {words(n % 1000)}" if n % 1000 else ""
    return f"{words(n // 1000)} thousand{rest}"


def only(text: str):
    found = list(find_quantities(text))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("phrase", "count", "count_max", "qualifier"),
    [
        ("at least 12", 12, None, "at_least"),
        ("more than 3,000", 3000, None, "more_than"),
        ("well over 1,200", 1200, None, "more_than"),
        ("an estimated 100,000", 100000, None, "about"),
        ("some eight-hundred", 800, None, "about"),
        ("nearly two-thousand", 2000, None, "nearly"),
        ("almost 500", 500, None, "nearly"),
        ("up to 70,000", 70000, None, "up_to"),
        ("as many as three", 3, None, "up_to"),
        ("8,194–13,249", 8194, 13249, "range"),
        ("between 10 and 15", 10, 15, "range"),
        ("1.4 million", 1_400_000, None, None),
        ("a dozen", 12, None, None),
        ("one hundred forty", 140, None, None),
        ("Forty-seven", 47, None, None),
        ("a quarter-million", 250_000, None, None),
        ("dozens", None, None, "vague"),
        ("hundreds of thousands", None, None, "vague"),
    ],
)
def test_number_phrases(phrase: str, count, count_max, qualifier) -> None:
    q = only(f"Reports said {phrase} people were affected.")
    assert (q.count, q.count_max, q.qualifier) == (count, count_max, qualifier)


def test_numbers_glued_to_words_or_money_are_not_counts() -> None:
    text = "On the15th, $50 and 9.5 per cent and the 6th round"
    assert [q.count for q in find_quantities(text)] == []


def test_and_joins_a_range_only_after_between() -> None:
    counts = [q.count for q in find_quantities("killing seven and wounding two")]
    assert counts == [7, 2]


@given(st.integers(min_value=1, max_value=999_999_999))
def test_digits_with_thousands_separators(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_round_trip(n: int) -> None:
    text = words(n)
    assert parse_number(text) == n
    q = only(f"officials said {text} people died")
    assert q.count == n


@given(st.integers(min_value=1, max_value=9_999), st.integers(min_value=1, max_value=9_999))
def test_ranges(a: int, b: int) -> None:
    assume(a != b)
    lo, hi = min(a, b), max(a, b)
    q = only(f"between {lo:,} and {hi:,} people")
    assert (q.count, q.count_max, q.qualifier) == (lo, hi, "range")
    q = only(f"{lo}-{hi} people")
    assert (q.count, q.count_max, q.qualifier) == (lo, hi, "range")
    q = only(f"{lo:,} to {hi:,} people")
    assert (q.count, q.count_max) == (lo, hi)


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["1", "2", "5"]))
def test_decimal_millions(whole: int, tenth: str) -> None:
    assert parse_number(f"{whole}.{tenth} million") == whole * 1_000_000 + int(tenth) * 100_000


@given(st.text(max_size=60))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, int)
