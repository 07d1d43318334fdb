"""Round 28 news patterns (own sentences): truce violations. "Contravene" / "in contravention of"
is breach language like "violate"; an attack "days after the army extended its ceasefire" comes
while the truce is in force, as one after it was signed; violence, then the truce, then "since it
took effect" (the truce as "it"); an attack on people celebrating a truce (then in force). Each fix
with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2019, 6, 10)


def violation(text: str, title: str | None = None) -> bool:
    return extract(title, text, PUB).violation is not None


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said army artillery pounded their bases near Kidal, in contravention of the truce "
        "signed in June.",
        "Kyiv said the separatists' drone strike on a water station contravened the ceasefire.",
        "The ministry accused the militia of contravening the cessation of hostilities by storming "
        "two villages.",
    ],
)
def test_contravention_is_breach_language(text: str) -> None:
    assert violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency said the plan did not contravene the ceasefire agreement.",
        "Officials warned that any new deployment would contravene the truce.",
        "The court ruled that the building permit contravened planning rules.",
    ],
)
def test_contravention_not_reported(text: str) -> None:
    assert not violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops shelled rebel villages in the north on Friday, two days after the military "
        "junta extended its unilateral ceasefire by a month.",
        "Gunmen ambushed a police patrol, killing four officers, hours after the main rebel alliance "
        "renewed its unilateral truce.",
    ],
)
def test_attack_after_truce_extended(text: str) -> None:
    assert violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army extended its ceasefire by a month after weeks of heavy fighting in the north.",
        "Heavy fighting erupted again in the north two days after the ceasefire expired, and the junta has "
        "not extended it.",
    ],
)
def test_truce_extended_no_attack(text: str) -> None:
    assert not violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 civilians have been killed in districts covered by the ceasefire since it came "
        "into force on March 3, a local monitor said.",
        "Shelling has wounded 12 people in the zone of the new truce since it began on Friday, "
        "officials said.",
    ],
)
def test_violence_since_it_took_effect(text: str) -> None:
    assert violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "A monitor said no one had been killed in areas covered by the truce since it took effect on Monday.",
        "The ceasefire has largely held since it took effect, ending three weeks of fighting.",
        "The truce, which ended weeks of fighting, has brought relief to residents since it began on Friday.",
        "A cholera outbreak has killed 25 people since it began this month.",
    ],
)
def test_since_it_without_violence_in_truce(text: str) -> None:
    assert not violation(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "A bomb exploded among villagers celebrating the truce in a market in the south on Sunday, "
            "killing nine, police said.",
            None,
        ),
        ("Gunmen attacked a crowd celebrating the new ceasefire in the capital, witnesses said.", None),
        (
            "Police said the blast hit the square on Sunday evening.",
            "Blast kills 12 at Eid ceasefire celebration",
        ),
    ],
)
def test_attack_on_truce_celebration(text: str, title: str | None) -> None:
    assert violation(text, title)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people took to the streets celebrating the ceasefire, and young men fired "
        "into the air.",
        "Veterans gathered on Sunday celebrating the anniversary of the 1994 ceasefire, which ended a "
        "war that killed 30,000 people.",
        "Crowds celebrated the truce in the capital, where no one has been killed since Friday.",
    ],
)
def test_truce_celebration_without_attack(text: str) -> None:
    assert not violation(text)
