"""Truce violations: breach language and violence while a truce is in force."""

from __future__ import annotations

import pytest

from feeds.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters violated the ceasefire by shelling the airport on Monday.",
        "The army accused the rebels of breaching the truce, a charge they denied.",
        "Three people died in an air strike despite the humanitarian pause.",
        "It was the first attack on the town since the cease-fire took effect.",
        "The regime of silence was broken twice overnight, monitors said.",
        "Both sides said the cessation of hostilities had not been fully respected.",
        # violence said to test or strain a truce in force
        "Mortar fire hit the port overnight, testing the week-old truce.",
        "The fragile ceasefire came under strain on Sunday as militants fired rockets at the town.",
    ],
)
def test_reports_a_breach(text: str) -> None:
    facts = extract(None, text)
    assert facts.is_violation
    v = facts.violation
    assert v is not None and text[v.span.start : v.span.end] == v.phrase


@pytest.mark.parametrize(
    "text",
    [
        "The warring parties agreed a ceasefire that takes effect at midnight.",
        "The truce was extended by 72 hours and appeared to be holding.",
        "Diplomats called for a ceasefire as the shelling intensified.",
        "Heavy fighting erupted hours before the truce was due to begin.",
        "Clashes resumed after the two-day truce expired on Sunday.",
        "Monitors said there had been no violations of the ceasefire.",
        "The two companies reached a truce in their long-running patent dispute.",
        "Rebels attacked an army post, killing four soldiers.",
        "A wave of attacks threatens the ceasefire due to take effect on Monday.",
        "Analysts said the bombing could undermine the truce talks in Cairo.",
        # a strain foreseen or threatened, not reported
        "The rebels threatened to end the truce if the shelling of their villages went on.",
        "Diplomats fear renewed fighting could jeopardise the ceasefire agreed last week.",
        "The truce could come under strain if the army keeps up its raids, analysts said.",
    ],
)
def test_no_breach(text: str) -> None:
    assert not extract(None, text).is_violation


def test_accused_party() -> None:
    v = extract(None, "Government troops broke the truce on Sunday, the rebels said.").violation
    assert v is not None and v.accused == "Government troops"


def test_title_only_breach_is_taken_from_the_title() -> None:
    v = extract("Rebels accused of ceasefire violations", "Talks were suspended.").violation
    assert v is not None and v.span.field == "title"


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The army accused the Northern Front of violating the truce near the dam.", "the Northern Front"),
        ("Monitors said government forces broke the ceasefire overnight.", "government forces"),
        ("The truce was breached by militia fighters, the mayor said.", "militia fighters"),
        ("Officials said Freedonia violated the truce within hours.", "Freedonia"),
        # places, days and quantities are not accused parties
        ("Two people died in shelling in Port Lysa despite the ceasefire.", None),
        ("Shelling hit the port on Tuesday despite the truce, residents said.", None),
        ("Several truces have been agreed and broken since the spring.", None),
    ],
)
def test_accused_party_is_an_actor(text: str, accused: str | None) -> None:
    facts = extract(None, text)
    assert facts.violation is not None
    assert facts.violation.accused == accused


def test_accused_follows_the_reporting_verb() -> None:
    facts = extract("Northland army says rebels broke truce near the pass", None)
    assert facts.violation is not None and facts.violation.accused == "rebels"
