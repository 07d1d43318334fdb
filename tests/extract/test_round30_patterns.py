"""Round 30 talks patterns (own sentences). A round under way that is to "continue" is no new
meeting (unless after a break); a host told with the sides as guests ("is due to host the
presidents of X and Y"); commanders' talks on their hotline; a participle telling the talks'
past state without commas ("Talks suspended in April are due to restart"). Each fix with the
sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2024, 6, 3)  # a Monday


def scheduled(text: str) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(None, text, PUB).talks if t.status == "scheduled"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a host and its guests, the sides of a conflict
        (
            "Kenya will host the leaders of South Sudan's warring factions in Nairobi on Thursday, "
            "the mediator said, as fighting continued.",
            [("2024-06-06", "Nairobi")],
        ),
        (
            "Egypt is due to host delegations from Israel and Hamas in Cairo on June 10 for ceasefire talks.",
            [("2024-06-10", "Cairo")],
        ),
        (
            "Turkey is hosting the foreign ministers of Russia and Ukraine in Antalya on Thursday as the war "
            "enters its fourth month.",
            [("2024-06-06", "Antalya")],
        ),
        # commanders' talks on their hotline
        (
            "The military operations chiefs of India and Pakistan will speak on the hotline on Tuesday "
            "to review the ceasefire along the Line of Control.",
            [("2024-06-04", None)],
        ),
        # a participle with the talks' past state, no commas
        (
            "Peace talks suspended in March are due to restart in Addis Ababa on June 12, "
            "the African Union said.",
            [("2024-06-12", "Addis Ababa")],
        ),
        (
            "Negotiations stalled since January will resume in Doha on Sunday, Qatari mediators said, as the "
            "fighting in Gaza went on.",
            [("2024-06-09", "Doha")],
        ),
        # a new session after a break
        (
            "Ceasefire talks between the army and the rebels will continue in Geneva on Friday after a "
            "two-week break, the U.N. envoy said.",
            [("2024-06-07", "Geneva")],
        ),
    ],
)
def test_round30_talks_found(text: str, want: list[tuple[str | None, str | None]]) -> None:
    assert scheduled(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a round under way that goes on
        "Negotiators for the government and the rebels met for a second day in Oslo on Monday, and the "
        "mediators said the peace talks were expected to continue on Tuesday.",
        "Ceasefire talks in Doha will continue on Wednesday, an official briefed on the negotiations said.",
        # a host with other guests, or a host in the past, or a host now
        "Angola will host the African Games in Luanda next year, officials said, as the truce held.",
        "Angola hosted the presidents of Congo and Rwanda in Luanda on Saturday for talks on the fighting.",
        "Qatar is hosting delegations of Israel and Hamas in Doha, where ceasefire talks have been under "
        "way since May 28.",
        # a hotline talk told as done, or a phone call
        "The commanders of the two armies spoke on the hotline on Saturday and agreed to halt the shelling.",
        "The president will speak to reporters on Tuesday about the ceasefire.",
    ],
)
def test_round30_talks_not_listed(text: str) -> None:
    assert scheduled(text) == []
