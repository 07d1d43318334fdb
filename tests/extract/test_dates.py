"""Date expressions resolved against the publication date, never against the clock."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from feeds.extract.dates import find_dates, resolve_day_month, resolve_weekday
from feeds.extract.lexicon import WEEKDAYS

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
