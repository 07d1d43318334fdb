"""Upcoming talks: future frame, date resolution, place, one entry per meeting."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract, facts_to_json


def talks(text: str, published: date | None, title: str | None = None):
    return extract(title, text, published).talks


def test_weekday_resolves_to_next_occurrence() -> None:
    (t,) = talks(
        "Peace talks between the army and the rebels will resume in Nairobi on Tuesday, "
        "the mediator said on Friday.",
        date(2023, 3, 3),  # a Friday
    )
    assert (t.date, t.place, t.status) == ("2023-03-07", "Nairobi", "scheduled")


def test_explicit_date_and_restatements_make_one_entry() -> None:
    text = (
        "The guarantor states will hold the next round of Syria talks in Astana on 14 May. "
        "Officials confirmed the meeting would take place in Astana as planned."
    )
    (t,) = talks(text, date(2019, 5, 2))
    assert (t.date, t.place) == ("2019-05-14", "Astana")


def test_statement_date_is_not_the_meeting_date() -> None:
    (t,) = talks(
        "The envoy said on Monday that negotiations on the truce would open next week.",
        date(2020, 2, 3),
    )
    assert t.date is None


def test_past_ongoing_and_hypothetical_meetings_are_not_listed() -> None:
    pub = date(2021, 7, 8)
    for text in (
        "Rebel and government delegates held talks in Geneva on Monday.",
        "Peace negotiations resumed last week and are under way in Doha.",
        "The peace talks commenced on Monday in Geneva, a UN spokesman said.",
        "The rebels said they were ready to resume talks on the war without conditions.",
        "A summit on the conflict might take place later in the year.",
        # "amid talks": talks under way (or mere talk), not a scheduled meeting
        "The army pulled back from the border town on May 9 amid talks of a new truce.",
    ):
        assert talks(text, pub) == (), text


def test_cancelled_and_postponed() -> None:
    pub = date(2022, 4, 4)
    cancelled = talks("The government cancelled the peace talks with the rebels.", pub)
    assert [t.status for t in cancelled] == ["cancelled"]
    assert (
        facts_to_json("x", extract(None, "The government cancelled the peace talks with the rebels.", pub))[
            "talks"
        ]
        == []
    )
    (moved,) = talks("The ceasefire talks have been postponed until April 20.", pub)
    assert (moved.status, moved.date) == ("scheduled", "2022-04-20")


def test_no_publication_date_leaves_relative_dates_open() -> None:
    (t,) = talks("Delegates from the warring sides meet in Addis Ababa tomorrow for peace talks.", None)
    assert t.date is None and t.place == "Addis Ababa"


def test_negotiations_outside_armed_conflict_are_not_listed() -> None:
    assert talks("Trade negotiations with the bloc will resume in Brussels on 3 May.", date(2020, 4, 1)) == ()


def test_non_conflict_meetings_in_a_conflict_item_are_not_listed() -> None:
    pub = date(2024, 5, 6)  # a Monday
    for text in (
        # the topic follows the meeting
        "The foreign minister will meet his Turkish counterpart on Friday to discuss bilateral trade, "
        "as the war in Syria dominates the region.",
        # the subject names the topic
        "Oil producers will meet in Vienna on June 1, as the conflict in the Gulf weighs on prices.",
        # a figurative war is no conflict frame
        "Negotiators from both countries are to meet next Tuesday as the war of words on tariffs grows.",
    ):
        assert talks(text, pub) == (), text
    (t,) = talks("Army and rebel delegations will meet in Geneva on Friday to discuss the ceasefire.", pub)
    assert (t.date, t.place) == ("2024-05-10", "Geneva")
    # Warring sides negotiate oil and energy too: those are talks about the conflict.
    for text, place in (
        ("The two delegations will hold energy ceasefire talks in Riyadh on Friday.", "Riyadh"),
        ("Oil talks between the rebels and the government will resume in Juba on Friday.", "Juba"),
    ):
        (t,) = talks(text, pub)
        assert (t.date, t.place) == ("2024-05-10", place), text


def test_a_meeting_ahead_of_a_future_trip_is_upcoming() -> None:
    """'after meeting' does not make a meeting past: the sentence's tense does."""
    text = "The UN envoy will fly to Cairo after meeting rebel negotiators in Doha on Friday."
    (t,) = talks(text, date(2024, 5, 6))
    assert (t.date, t.place, t.status) == ("2024-05-10", "Doha", "scheduled")


def test_bare_day_of_the_month_is_resolved_against_publication() -> None:
    pub = date(2025, 6, 20)
    (t,) = talks("Ceasefire talks between the army and the insurgents will open in Muscat on the 23rd.", pub)
    assert (t.date, t.place) == ("2025-06-23", "Muscat")
    (t,) = talks("The guarantors agreed on a new round of peace talks set for the 2nd.", pub)
    assert t.date == "2025-07-02"  # the 2nd of June is past: next month
    (t,) = talks("Peace negotiations with the militia are due to resume in Kigali on the31st.", pub)
    assert t.date == "2025-07-31"  # June has no 31st
    (t,) = talks("Envoys of the warring parties will meet in Cairo on the 30th of next month.", pub)
    assert t.date == "2025-07-30"


def test_bare_day_without_publication_date_stays_null() -> None:
    (t,) = talks("Truce talks with the rebels will be held in Lome on the 9th.", None)
    assert (t.date, t.place) == (None, "Lome")


def test_ordinals_that_are_not_dates_give_no_talks_date() -> None:
    pub = date(2025, 6, 20)
    for text in (
        "The 12th round of peace talks with the rebels will be held in Astana next week.",
        "The rebels will hold peace talks for the 3rd time next month.",
    ):
        (t,) = talks(text, pub)
        assert t.date is None, text


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Peace talks between the government and the Northern Front scheduled for May 3 in Lome were "
            "put off until May 10.",
            "government - Northern Front",
        ),
        (
            "The envoy invited the government and the rebel alliance to direct talks in Accra on May 4.",
            "government - rebel alliance",
        ),
        (
            "LOME (Kestrel) - The army and the Northern Front will meet in Lome on May 4 to discuss the "
            "truce.",
            "army - Northern Front",
        ),
        (
            "Delegations from Velmora and Orsava are due to hold ceasefire talks in Accra on May 4.",
            "Velmora - Orsava",
        ),
        (
            "The joint ceasefire commission set up last week will hold its first meeting in Lome on May 4.",
            "joint ceasefire commission",
        ),
        (
            "Mediators will hold peace talks with the Northern Front in Lome on May 4.",
            "Mediators - Northern Front",
        ),
        ("The envoy will hold peace talks with the Northern Front in Lome on May 4.", "Northern Front"),
        # no one named: no label rather than a time, a pronoun or a verb
        ("They and the envoy will meet in Lome on May 4 for ceasefire talks.", None),
        ("Peace talks will resume in Lome on May 4.", None),
    ],
)
def test_the_parties_of_a_meeting_are_who_it_names(text: str, parties: str | None) -> None:
    (t,) = talks(text, date(2025, 5, 1))
    assert t.parties == parties
