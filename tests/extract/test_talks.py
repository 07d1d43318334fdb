"""Upcoming talks: future frame, date resolution, place, one entry per meeting."""

from __future__ import annotations

from datetime import date

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
        "The rebels said they were ready to resume talks on the war without conditions.",
        "A summit on the conflict might take place later in the year.",
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
