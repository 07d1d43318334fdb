"""Round 39 patterns (own sentences). Dates: an ISO date in running text ("on 2023-05-06"); a run
of weekdays told with "next"/"this" ("next Tuesday and Wednesday"). Talks: a long subject whose
future verb starts within the first 60 characters after the meeting noun but ends past them, with
a vague date after it ("Peace talks between the Kenyan government and the rebels will take place
in June"); a reporting lead before that subject ("The AU said talks between ..."); a government
and an armed side named by its "forces" is a conflict frame. Each fix with sentences it must not
fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract
from feeds.extract.dates import find_dates

PUB = date(2024, 6, 7)  # a Friday


def meetings(text: str) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.date_end) for t in extract(None, text, PUB).talks if t.status == "scheduled"]


# --- ISO dates -----------------------------------------------------------------------------------


def test_iso_date_in_text() -> None:
    found = [(d.day, d.kind) for d in find_dates("The envoys will meet in Oslo on 2024-06-12.", PUB)]
    assert found == [(date(2024, 6, 12), "explicit")]
    assert meetings("Rebel and army delegations will meet in Oslo on 2024-06-12 for ceasefire talks.") == [
        ("2024-06-12", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The report, reference 2024-06-12-3, lists the attacks.",
        "Case no. 12-2024-06-12 was filed.",
        "The figures for 2024-13-01 are wrong.",
        "Version 2024.06-12 was released.",
    ],
)
def test_iso_date_not(text: str) -> None:
    assert [d.day for d in find_dates(text, PUB) if d.day is not None] == []


# --- a run of weekdays with its modifier ------------------------------------------------------


def test_next_weekday_run() -> None:
    assert meetings("Army and rebel commanders will hold ceasefire talks next Tuesday and Wednesday.") == [
        ("2024-06-11", "2024-06-12")
    ]
    found = [(d.day, d.day_end) for d in find_dates("They meet this Monday and Tuesday.", PUB)]
    assert found == [(date(2024, 6, 10), date(2024, 6, 11))]


def test_next_weekday_not_run() -> None:
    # a second weekday far away or followed by a date is no run
    found = [(d.day, d.day_end) for d in find_dates("They meet next Monday and Friday.", PUB)]
    assert found[0] == (date(2024, 6, 10), None)
    assert next(d.day_end for d in find_dates("next Monday and Tuesday, 11 June", PUB)) is None
    # "last" is never a run
    assert next(d.day_end for d in find_dates("They met last Monday and Tuesday.", PUB)) is None


# --- a long subject before the future verb ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks between the Kenyan government and the rebels will take place in July.",
        "The African Union said peace talks between the Ethiopian government and Tigrayan rebels would"
        " take place in July.",
        "The African Union said talks between the Ethiopian government and Tigrayan forces would take"
        " place in the second week of July.",
    ],
)
def test_long_subject_future(text: str) -> None:
    assert meetings(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # past, or only hoped for
        "Peace talks between the Kenyan government and the rebels took place in Nairobi in May.",
        "Peace talks between the Kenyan government and the rebels might take place in July.",
        # a relative clause's old plan, the talks since opened
        "Peace talks between the Kenyan government and the rebels, which had been due to begin on"
        " Monday, finally opened in Nairobi on Friday.",
        # not a conflict: market forces
        "Talks between the finance ministry and the unions will take place in July.",
    ],
)
def test_long_subject_not(text: str) -> None:
    assert meetings(text) == []


def test_long_subject_keeps_earlier_day() -> None:
    text = "Peace talks between the Kenyan government and the rebels on Tuesday will take place in Geneva."
    assert meetings(text) == [("2024-06-11", None)]
