"""Round 40 patterns (own sentences). Talks: a meeting held online has "video conference" as its
venue ("will resume by video conference on Friday"); the end of a hyphenated name before "talks"
names the conflict, not a venue ("Nagorno-Karabakh talks"); a lone determiner is no side of a
meeting ("talks between the government and the last rebel group"). Each fix with sentences it
must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2024, 6, 7)  # a Friday


def places(text: str, title: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(title, text, PUB).talks if t.status == "scheduled"]


# --- online venue --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefire talks between the foreign ministers of Armenia and Azerbaijan resume"
        " by video conference on Monday.",
        "The joint ceasefire commission will meet via video link on Monday to discuss the truce,"
        " a spokesman said.",
    ],
)
def test_video_conference_venue(text: str) -> None:
    assert places(text) == [("2024-06-10", "video conference")]


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks between the government and the rebels will resume in Doha on Monday to end the war.",
        "The ceasefire commission will meet in Doha on Monday, after a video call last week.",
    ],
)
def test_city_venue_not_video(text: str) -> None:
    assert places(text) == [("2024-06-10", "Doha")]


# --- hyphenated conflict name in a title ---------------------------------------------------------


def test_hyphenated_name_is_no_venue() -> None:
    found = places(
        "The foreign ministers will meet on Monday for ceasefire talks, a spokesperson said.",
        "Nagorno-Karabakh talks",
    )
    assert found == [("2024-06-10", None)]


def test_single_name_title_still_venue() -> None:
    found = places(
        "The foreign ministers will meet on Monday for ceasefire talks, a spokesperson said.",
        "Ministers to hold Geneva talks",
    )
    assert found == [("2024-06-10", "Geneva")]


# --- a determiner is no side ---------------------------------------------------------------------


def test_determiner_is_no_side() -> None:
    text = "Peace talks between the government and the last rebel group resume in Arusha on Monday."
    talks = extract(None, text, PUB).talks
    assert [(t.date, t.place) for t in talks] == [("2024-06-10", "Arusha")]
    assert talks[0].parties is None or not talks[0].parties.endswith(" - the")


def test_two_named_sides_kept() -> None:
    text = "Peace talks between the government and the Maoist rebels resume in Arusha on Monday."
    talks = extract(None, text, PUB).talks
    assert [(t.date, t.place, t.parties) for t in talks] == [
        ("2024-06-10", "Arusha", "government - Maoist rebels")
    ]
