"""Round 29 news patterns (own sentences). The manner of a killing before its victims ("hacked
to death 11 villagers"); victims named by faith and trade ("two Buddhist rubber tappers"); a
truce that "came to an end" (violence after it is no breach); talks "suspended" by one side are
not upcoming. Each fix with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2019, 6, 10)


def figs(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(None, text, PUB).casualties]


def violation(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


def talks(text: str) -> list[str]:
    return [t.phrase for t in extract(None, text, PUB).talks]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Militiamen hacked to death nine farmers in a dawn raid.", (9, "killed", "civilians")),
        ("A mob beat to death two policemen outside the courthouse.", (2, "killed", "government")),
        ("Gunmen stabbed to death three pilgrims near the shrine.", (3, "killed", "civilians")),
        ("Rioters burned to death four people inside a shop.", (4, "killed", "unspecified")),
    ],
)
def test_manner_of_death_before_the_victims(text: str, want: tuple[int, str, str]) -> None:
    assert want in figs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels hacked to death a goat and stole 40 cattle from the herders.",
        "He said the gunmen had been beaten to death by a crowd in 2009.",
    ],
)
def test_manner_of_death_without_victims_counted(text: str) -> None:
    assert not any(k == "killed" and n in (40, 2009) for n, k, _ in figs(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Suspected insurgents shot dead two Buddhist rubber tappers on Monday.", (2, "killed", "civilians")),
        ("Gunmen killed three Catholic priests in the north of the country.", (3, "killed", "civilians")),
        ("A roadside bomb wounded four porters on their way to work.", (4, "wounded", "civilians")),
        ("Rebels abducted five loggers in the forest near the border.", (5, "detained", "civilians")),
    ],
)
def test_victims_named_by_faith_and_trade(text: str, want: tuple[int, str, str]) -> None:
    assert want in figs(text)


def test_rubber_is_no_person() -> None:
    assert figs("The army seized 30 tonnes of rubber from a rebel depot.") == []


def test_miners_of_a_pit_accident_stay_out() -> None:
    assert figs("A gas explosion in a coal mine killed 33 miners, officials said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Shelling resumed on Friday, a day after a four-day holiday truce declared by both sides came to "
        "an end, residents said.",
        "Militants fired rockets at the town hours after the unilateral ceasefire had come to an end.",
    ],
)
def test_violence_after_truce_came_to_an_end(text: str) -> None:
    assert not violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town on Friday in violation of the truce, days before it came to an end.",
        "The army accused the militia of breaching the ceasefire, which has since come to an end, "
        "by attacking a checkpoint.",
    ],
)
def test_breach_still_reported_when_the_truce_later_ended(text: str) -> None:
    assert violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government said it had suspended the next round of talks with the group.",
    ],
)
def test_suspended_talks_are_not_upcoming(text: str) -> None:
    assert talks(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The negotiations, suspended since March, will resume in Geneva on June 14, the envoy said.",
        "The peace talks, suspended for two months, will resume in Doha on June 14, mediators said.",
    ],
)
def test_talks_suspended_earlier_and_rescheduled_are_listed(text: str) -> None:
    assert talks(text) != []
