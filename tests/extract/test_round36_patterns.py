"""Round 36 patterns (own sentences). Dates: a weekday a week on ("on Thursday week", "a week on
Friday", "a week from Tuesday") and a count of days ("in ten days' time"). Talks: "ahead of
Thursday's talks" dates the later meeting; a place the sides return or go to for the talks; a
disputed border frames a meeting. Violations: a truce that collapsed under an attack, or ended when
a side attacked. Casualties: a side said on a weekday it had lost its fighters. Each fix with the
sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract
from feeds.extract.dates import find_dates

PUB = date(2024, 6, 3)  # a Monday


def talks(text: str, title: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(title, text, PUB).talks if t.status == "scheduled"]


def days(text: str) -> list[tuple[str, date | None]]:
    return [(text[d.start : d.end], d.day) for d in find_dates(text, PUB)]


def breach(text: str) -> tuple[str, str | None] | None:
    found = extract(None, text, PUB).violation
    return None if found is None else (found.phrase, found.accused)


def groups(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(None, text, PUB).casualties]


# --- a weekday a week on ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The envoys will meet again on Thursday week.", [("on Thursday week", date(2024, 6, 13))]),
        ("The commission meets a week on Friday.", [("a week on Friday", date(2024, 6, 14))]),
        ("Talks open a week from Tuesday.", [("a week from Tuesday", date(2024, 6, 11))]),
    ],
)
def test_weekday_a_week_on(text: str, want: list[tuple[str, date]]) -> None:
    assert days(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a plain weekday, a week-long span, a weekday then "week" in another phrase
        ("The envoys will meet again on Thursday.", [("on Thursday", date(2024, 6, 6))]),
        ("A week-long truce began on Friday.", [("on Friday", date(2024, 6, 7))]),
        ("They meet on Friday, week after week.", [("on Friday", date(2024, 6, 7))]),
        ("A week later, on Friday, the rebels withdrew.", [("on Friday", date(2024, 6, 7))]),
    ],
)
def test_weekday_without_a_week_on(text: str, want: list[tuple[str, date]]) -> None:
    assert days(text) == want


# --- a count of days -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The sides will sit down in ten days' time.", [("in ten days' time", date(2024, 6, 13))]),
        ("A new round is due in 12 days.", [("in 12 days", date(2024, 6, 15))]),
    ],
)
def test_count_of_days_from_publication(text: str, want: list[tuple[str, date]]) -> None:
    assert days(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Forty people were killed in three days of fighting.",
        "The army retook the town in two days' fighting.",
        "The rebels had advanced in five days earlier.",
    ],
)
def test_days_as_a_span_date_nothing(text: str) -> None:
    assert days(text) == []


def test_meeting_in_ten_days() -> None:
    text = "Army and rebel delegates will hold peace talks in Juba in ten days' time, mediators said."
    assert talks(text) == [("2024-06-13", "Juba")]


# --- "ahead of Thursday's talks" -------------------------------------------------------------


def test_possessive_day_dates_the_awaited_meeting() -> None:
    text = "The mediator will meet rebel commanders in Bangui ahead of Thursday's peace talks in Libreville."
    assert talks(text) == [(None, "Bangui"), ("2024-06-06", "Libreville")]


def test_day_before_ahead_of_stays_the_first_meetings() -> None:
    text = "The mediator will meet rebel commanders in Bangui on Tuesday, ahead of planned peace talks."
    assert talks(text) == [("2024-06-04", "Bangui"), (None, None)]


# --- a place the sides return or go to -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Government and rebel negotiators will return to Addis Ababa for a new round of peace talks "
            "on June 12.",
            [("2024-06-12", "Addis Ababa")],
        ),
        (
            "Both warring parties are to send envoys to Doha for ceasefire talks on Wednesday.",
            [("2024-06-05", "Doha")],
        ),
    ],
)
def test_place_gone_to_for_the_talks(text: str, want: list[tuple[str, str]]) -> None:
    assert talks(text) == want


def test_place_gone_to_for_something_else_is_not_the_venue() -> None:
    text = "The rebel envoy will fly to Paris to see his family before ceasefire talks on Wednesday."
    assert talks(text) == [("2024-06-05", None)]


# --- a disputed border -----------------------------------------------------------------------


def test_disputed_border_frames_a_meeting() -> None:
    text = "Officials of the two countries will meet in Kigali on Friday to discuss their disputed border."
    assert talks(text) == [("2024-06-07", "Kigali")]


def test_a_border_alone_frames_nothing() -> None:
    text = "Customs officials of the two countries will meet in Kigali on Friday to discuss border fees."
    assert talks(text) == []


# --- a truce ended by an attack --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The truce collapsed under heavy artillery fire on Sunday, residents said.",
            ("truce collapsed under heavy artillery fire", None),
        ),
        (
            "A Ramadan ceasefire crumbled under Taliban attacks in Kunduz on its second day.",
            ("ceasefire crumbled under Taliban attacks", "Taliban"),
        ),
        (
            "A ceasefire in the north ended abruptly when rebel fighters attacked an army post.",
            ("ceasefire in the north ended abruptly when rebel fighters attacked", "rebel fighters"),
        ),
    ],
)
def test_truce_ended_by_an_attack(text: str, want: tuple[str, str | None]) -> None:
    assert breach(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # an end with no attack by a side, an end of talks, pressure, a truce only sought
        "A ceasefire agreed in 2016 collapsed the following year when fighting erupted in the capital.",
        "The truce talks collapsed when the rebels attacked a convoy.",
        "The truce collapsed under pressure from hardliners in both camps.",
        "Efforts to secure a truce collapsed under a barrage of shelling.",
        "The ceasefire that ended when the army withdrew was never renewed.",
    ],
)
def test_truce_end_without_a_breach(text: str) -> None:
    assert breach(text) is None


# --- a side that lost its fighters -----------------------------------------------------------


def test_side_said_on_a_day_it_lost_fighters() -> None:
    text = "Maoist rebels said on Tuesday they had lost five fighters when police stormed their camp."
    assert groups(text) == [(5, "killed", "rebels")]


def test_no_side_before_the_saying_stays_combatants() -> None:
    text = "Witnesses said on Tuesday they had seen five fighters killed when police stormed a camp."
    assert groups(text) == [(5, "killed", "combatants")]
