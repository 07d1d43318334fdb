"""Date expressions resolved against the publication date, never against the clock."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.extract.dates import find_dates, resolve_day_month, resolve_day_of_month, resolve_weekday
from feeds.extract.lexicon import WEEKDAYS
from feeds.extract.text import Doc

DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


def first(text: str, published: date | None):
    found = list(find_dates(text, published))
    assert found, text
    return found[0]


def test_explicit_dates_and_ranges() -> None:
    pub = date(2018, 12, 1)
    assert first("talks on Dec. 4", pub).day == date(2018, 12, 4)
    assert first("opening on 6 February 2019", None).day == date(2019, 2, 6)
    d = first("consultations on December 21-22", pub)
    assert (d.day, d.day_end) == (date(2018, 12, 21), date(2018, 12, 22))
    assert first("resume on February 8th, 2017", None).day == date(2017, 2, 8)


def test_year_rolls_forward_at_the_turn_of_the_year() -> None:
    assert first("a meeting on January 5", date(2020, 12, 20)).day == date(2021, 1, 5)


def test_relative_dates_need_a_publication_date() -> None:
    assert first("the envoys meet tomorrow", None).day is None
    assert first("the envoys meet tomorrow", date(2021, 3, 31)).day == date(2021, 4, 1)
    assert first("on Saturday", None).day is None


def test_imprecise_expressions_stay_undated() -> None:
    for text in ("next week", "later this month", "in October", "early next year"):
        d = first(f"talks {text}", date(2020, 1, 1))
        assert (d.kind, d.day) == ("vague", None)


def test_yesterday_and_last_weekday_point_back() -> None:
    pub = date(2021, 1, 6)
    assert first("met yesterday", pub).past
    d = first("met last Friday", pub)
    assert d.past and d.day == date(2021, 1, 1)


def test_bare_day_of_month_is_next_such_day_on_or_after_publication() -> None:
    pub = date(2023, 9, 12)
    assert first("the envoys will meet in Muscat on the 20th", pub).day == date(2023, 9, 20)
    assert first("a round of talks set for the 12th", pub).day == date(2023, 9, 12)
    assert first("the delegations are due to reconvene on the 2nd", pub).day == date(2023, 10, 2)
    assert first("the negotiators return on the 31st.", pub).day == date(2023, 10, 31)  # no 31 September
    assert first("talks resume on the 30th", date(2024, 1, 31)).day == date(2024, 3, 30)  # no 30 February
    assert first("a summit on the 5th", date(2022, 12, 20)).day == date(2023, 1, 5)
    d = first("the mediators meet from the 21st to the 23rd in Oslo", pub)
    assert (d.kind, d.day, d.day_end) == ("day", date(2023, 9, 21), date(2023, 9, 23))


def test_bare_day_of_this_or_next_month_and_typo() -> None:
    pub = date(2023, 12, 18)
    assert first("the talks open on the 4th of this month", pub).day == date(2023, 12, 4)
    assert first("the 9th of next month", pub).day == date(2024, 1, 9)
    assert first("a meeting on the19th", pub).day == date(2023, 12, 19)  # the source typo
    assert first("ON THE 20TH", pub).day == date(2023, 12, 20)
    # the weekday is not used: the day number decides (the 22nd is a Friday)
    assert first("talks on Monday the 22nd", pub).day == date(2023, 12, 22)


def test_bare_day_needs_a_publication_date() -> None:
    d = first("the sides meet again on the 14th", None)
    assert (d.kind, d.day) == ("day", None)
    assert first("the 3rd of next month", None).day is None


def test_ordinals_that_are_not_dates() -> None:
    pub = date(2023, 9, 12)
    for text in (
        "the 14th round of talks opened",
        "shelled by the 3rd Infantry Division",
        "wars of the 21st century",
        "the truce collapsed for the 5th time",
        "attacked by the 2nd and 4th battalions",
        "a flat on the 9th floor",
        "the 14th, a Tuesday",  # neither a preposition nor a month
        "the 24th of December",  # a month given: an explicit date
    ):
        assert all(d.kind != "day" for d in find_dates(text, pub)), text


@given(DAYS, st.integers(min_value=1, max_value=31))
def test_bare_day_is_first_such_day_on_or_after_publication(pub: date, day: int) -> None:
    found = resolve_day_of_month(day, pub)
    assert found is not None and found.day == day and found >= pub
    assert all((pub + timedelta(days=k)).day != day for k in range((found - pub).days))


@given(DAYS, st.integers(min_value=1, max_value=28), st.sampled_from(["this", "next"]))
def test_bare_day_of_this_or_next_month(pub: date, day: int, which: str) -> None:
    found = resolve_day_of_month(day, pub, which)
    assert found is not None and found.day == day
    months = found.year * 12 + found.month - (pub.year * 12 + pub.month)
    assert months == (0 if which == "this" else 1)


@given(DAYS, st.sampled_from(sorted(WEEKDAYS)))
def test_weekday_is_next_occurrence_on_or_after_publication(pub: date, name: str) -> None:
    day = first(f"talks on {name.title()}", pub).day
    assert day is not None
    assert day.weekday() == WEEKDAYS[name]
    assert pub <= day < pub + timedelta(days=7)


@given(DAYS, st.integers(min_value=0, max_value=6))
def test_next_weekday_skips_publication_day(pub: date, weekday: int) -> None:
    day = resolve_weekday(weekday, pub, "next")
    assert day is not None and pub < day <= pub + timedelta(days=7)


@given(DAYS, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_day_month_without_year_lies_near_publication(pub: date, month: int, day: int) -> None:
    found = resolve_day_month(month, day, None, pub)
    assert found is not None and (found.month, found.day) == (month, day)
    assert pub - timedelta(days=184) <= found <= pub + timedelta(days=366)


@given(st.text(max_size=80), st.one_of(st.none(), DAYS))
def test_find_dates_never_raises(text: str, pub: date | None) -> None:
    for d in find_dates(text, pub):
        assert 0 <= d.start <= d.end <= len(text)


_DATE_PARTS = (
    "on", "for", "by", "until", "from", "the", "the 14th", "the 3rd", "the15th", "21st", "Tuesday",
    "of this month", "of next month", "the15th of next month", "to", "and", "May 4", "December",
    "talks", "round", "time", "tomorrow", "day after", "the coming week", "later", ",", ".", "-",
    "2019",
)  # fmt: skip
date_texts = st.lists(st.sampled_from(_DATE_PARTS), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(date_texts, st.one_of(st.none(), DAYS))
def test_token_gated_search_finds_the_same_dates(text: str, pub: date | None) -> None:
    """find_dates with the tokens and flat text (tried only at possible starts) = plain search."""
    doc = Doc(text)
    for lo, hi, words in zip(doc.sents.starts, doc.sents.ends, doc.words, strict=True):
        fast = list(find_dates(text, pub, lo, hi, words, doc.flat))
        assert fast == list(find_dates(text, pub, lo, hi)), text[lo:hi]


_GLUED_PARTS = (
    *_DATE_PARTS, "March9", "Dec.6", "nextMonday", "mid-March", "in", "early", "soon", "this",
    "week", "last", "Friday", "today", "yesterday", "the19th", "6",
)  # fmt: skip
glued_texts = st.lists(st.sampled_from(_GLUED_PARTS), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(glued_texts, st.one_of(st.none(), DAYS))
def test_start_gated_search_keeps_the_branch_variant(text: str, pub: date | None) -> None:
    """Tried only at possible starts, the dates are those of the branches the tokens allow (as
    the plain search of that variant of DATE_RE finds them), glued words ("March9") included."""
    doc = Doc(text)
    for lo, hi, words in zip(doc.sents.starts, doc.sents.ends, doc.words, strict=True):
        fast = list(find_dates(text, pub, lo, hi, words, doc.flat))
        assert fast == list(find_dates(text, pub, lo, hi, words)), text[lo:hi]
