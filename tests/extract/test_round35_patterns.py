"""Round 35 patterns (own sentences). Talks: a date in the clause a speaker reports ("which officials
said would be held on June 2") is the meeting's; a meeting cancelled, then rescheduled, is set for
its new day; "within two weeks" is an imprecise date; two meetings in one sentence, the second a
reported clause of its own (", and that talks in Tunis were set to open"); "return to the
negotiating table"; a headline's "peace talks" do not frame a sports text; a debate or a match is
no meeting. Casualties: "the toll from last week's strike" is one event's toll. Each fix with the
sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract
from feeds.extract.dates import find_dates

PUB = date(2024, 6, 3)  # a Monday


def talks(text: str, title: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(title, text, PUB).talks if t.status == "scheduled"]


def scopes(text: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]


# --- a date in a reported clause -------------------------------------------------------------


def test_date_of_a_reported_clause_is_the_meetings() -> None:
    text = (
        "Army and rebel commanders will meet in Juba on Wednesday to prepare a summit of the two "
        "leaders, which diplomats said would be held on June 20."
    )
    assert talks(text) == [("2024-06-05", "Juba"), ("2024-06-20", "Juba")]


def test_date_told_after_a_reported_future_verb() -> None:
    text = "The envoy said the warring parties would meet in Stockholm on June 14."
    assert talks(text) == [("2024-06-14", "Stockholm")]


@pytest.mark.parametrize(
    "text",
    [
        # the day of the saying, not of the meeting
        "The rebels will attend the peace talks, their spokesman said on Tuesday.",
        "Peace talks will resume in Doha, the mediators announced on Wednesday.",
    ],
)
def test_day_of_saying_still_dates_nothing(text: str) -> None:
    assert talks(text) == [(None, "Doha" if "Doha" in text else None)]


# --- cancelled, then rescheduled -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A summit of regional leaders on the truce, cancelled last week when the host could not "
            "guarantee security, has been rescheduled for June 18 in Kampala, the bloc said.",
            [("2024-06-18", "Kampala")],
        ),
        (
            "A meeting of the ceasefire commission, scrapped on Friday, will be held in Geneva on "
            "June 9 instead, the UN said.",
            [("2024-06-09", "Geneva")],
        ),
    ],
)
def test_cancelled_then_set_again(text: str, want: list[tuple[str, str]]) -> None:
    assert talks(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks set for June 12 in Nairobi have been cancelled after a mortar attack.",
        "The truce talks were rescheduled for June 14 but then cancelled when fighting resumed.",
        "A meeting of the ceasefire commission, scrapped on Friday, was not rescheduled.",
    ],
)
def test_cancelled_stays_cancelled(text: str) -> None:
    assert talks(text) == []


def test_cancelled_in_another_clause_is_not_the_meetings() -> None:
    text = "Peace talks will be held in Nairobi on June 14, but the victory parade was cancelled."
    assert talks(text) == [("2024-06-14", "Nairobi")]


# --- "within two weeks", and a second reported clause -----------------------------------------


def test_within_weeks_is_an_imprecise_date() -> None:
    text = "Talks on the truce will begin within two weeks."
    found = list(find_dates(text, PUB))
    assert [(text[d.start : d.end], d.kind, d.day) for d in found] == [("within two weeks", "vague", None)]
    assert [text[d.start : d.end] for d in find_dates("The goal is within reach.", PUB)] == []


def test_two_meetings_in_two_reported_clauses() -> None:
    text = (
        "The UN mission said the military commission of the rival forces would reconvene in "
        "Geneva within two weeks, and that political talks were set to open on June 24."
    )
    assert talks(text) == [(None, "Geneva"), ("2024-06-24", "Geneva")]


def test_one_meeting_restated_in_one_sentence() -> None:
    text = "Peace talks will resume in Geneva within two weeks, and the talks will last three days."
    assert talks(text) == [(None, "Geneva")]


# --- the negotiating table -------------------------------------------------------------------


def test_return_to_the_negotiating_table() -> None:
    text = "Government and rebel delegations will return to the negotiating table in Doha on Thursday."
    assert talks(text) == [("2024-06-06", "Doha")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters will return to their villages in Darfur on Thursday.",
        "The rebels returned to the negotiating table in Doha on Thursday, officials said.",
    ],
)
def test_return_elsewhere_or_before_is_no_meeting(text: str) -> None:
    assert talks(text) == []


# --- sports frame and contests ---------------------------------------------------------------


def test_headline_peace_talks_do_not_frame_a_sports_text() -> None:
    title = "Rival clubs to hold peace talks"
    text = "The two clubs will hold talks on Friday to end their feud over a transfer, the league said."
    assert talks(text, title) == []


def test_headline_frames_a_text_without_a_conflict_word() -> None:
    title = "Sudan peace talks to resume"
    text = "Both delegations will hold talks in Addis Ababa on Friday, the mediators said."
    assert talks(text, title) == [("2024-06-07", "Addis Ababa")]


@pytest.mark.parametrize(
    "text",
    [
        "The two presidential candidates will meet for a televised debate on the war in Gaza on Friday.",
        "Ukraine and Russia will meet in the final of the tournament on Sunday, despite the war.",
    ],
)
def test_a_contest_is_no_meeting(text: str) -> None:
    assert talks(text) == []


def test_final_round_of_talks_is_a_meeting() -> None:
    text = "Leaders of the warring factions will meet in a final round of peace talks in Lome on Thursday."
    assert talks(text) == [("2024-06-06", "Lome")]


# --- casualties: the toll of one event -------------------------------------------------------


def test_toll_from_last_weeks_strike_is_one_event() -> None:
    text = (
        "Rescuers pulled more bodies from the rubble, raising the death toll from last week's "
        "missile strike to 64."
    )
    assert scopes(text) == [(64, "incident")]


def test_running_toll_stays_cumulative() -> None:
    text = "Two soldiers were killed on Monday, bringing the death toll since the war began to 1,200."
    assert scopes(text) == [(2, "incident"), (1200, "cumulative")]


# --- review of round 35 -------------------------------------------------------------------


def test_a_final_bid_is_no_contest() -> None:
    text = "Rebel and army negotiators will meet in a final bid to save the ceasefire in Geneva on Friday."
    assert talks(text) == [("2024-06-07", "Geneva")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a time right after a bare count is no noun of it
        ("The death toll rose to 8,700 last week, officials said.", [(8700, "cumulative")]),
        ("Gunmen killed 12 last night in the village.", [(12, "incident")]),
        # the toll of a war is its running total (GUIDELINES 2.6)
        ("The death toll from the war has risen to 8,700, officials said.", [(8700, "cumulative")]),
        ("The death toll of the conflict rose to 8,700.", [(8700, "cumulative")]),
        # (one event's toll stays an incident)
        ("The death toll from Sunday's bombing has risen to 31.", [(31, "incident")]),
    ],
)
def test_bare_tolls_with_their_time_and_war(text: str, want: list[tuple[int, str]]) -> None:
    assert scopes(text) == want
