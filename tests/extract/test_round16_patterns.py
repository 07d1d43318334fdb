"""Round 16 news patterns, AG News style world news of 2004-2005 (own sentences): each fix with
the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2004, 12, 6)  # a Monday


def figures(text: str, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(title, text, PUB).casualties]


def scopes(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.scope) for c in extract(None, text, PUB).casualties]


# --- a vehicle that plunged off the road, a fire that swept through a building: accidents --------


def test_vehicle_plunge_is_an_accident() -> None:
    assert figures("A minibus plunged into a gorge in northern Pakistan on Friday, killing 14 people.") == []
    assert (
        figures("A truck carrying pilgrims plunged off a bridge, leaving 22 people dead and 9 injured.") == []
    )
    assert figures("An overcrowded bus plunged down a mountainside in Bolivia, killing 31 passengers.") == []


def test_fire_sweeping_through_a_building_is_an_accident() -> None:
    assert (
        figures("A fire swept through a crowded supermarket on Sunday, killing at least 90 shoppers.") == []
    )
    assert figures("A blaze gutted a hospital wing overnight, killing 12 patients, officials said.") == []
    assert figures("Fire raced through the ferry terminal, leaving 7 people dead.") == []


def test_plunge_and_fire_with_violence_stay() -> None:
    assert figures("Shares plunged after rebels killed 12 soldiers in an ambush.") == [
        (12, "killed", "government")
    ]
    assert figures("Troops opened fire on a crowd, killing 8 protesters.") == [(8, "killed", "civilians")]
    assert figures("A fire swept through a market after a bomb blast that killed 15 people.") == [
        (15, "killed", "unspecified")
    ]
    assert figures("The bus plunged into a ravine after gunmen ambushed it, killing 9 people.") == [
        (9, "killed", "unspecified")
    ]


# --- arrests for media piracy are crime, not political violence ------------------------------------


def test_piracy_arrests_are_crime() -> None:
    assert figures("Police arrested 23 people in raids on a music piracy ring in Madrid.") == []
    assert figures("Federal agents detained 11 suspects in a crackdown on online piracy.") == []
    assert figures("Officers arrested 6 men accused of copyright infringement on Tuesday.") == []


def test_arrests_with_politics_stay() -> None:
    assert figures("Security forces arrested 40 militants in raids on Tuesday.") == [
        (40, "detained", "rebels")
    ]
    assert figures("Police detained 15 protesters after a rally against the war.") == [
        (15, "detained", "civilians")
    ]
    assert figures("Gunmen kidnapped 3 engineers on the road to Kirkuk.") == [(3, "detained", "civilians")]


# --- "bringing to more than 550 the number of people killed": a running count -------------------


def test_inverted_running_count_with_qualifier_is_cumulative() -> None:
    assert scopes(
        "Gunmen shot dead two villagers on Monday, bringing to more than 300 the number of people killed "
        "in the province this year."
    ) == [(2, "killed", "incident"), (300, "killed", "cumulative")]
    assert scopes("The attack raised to at least 90 the number of soldiers killed since March.")[-1] == (
        90,
        "killed",
        "cumulative",
    )
    assert scopes(
        "A policeman was kidnapped, bringing to nearly 40 the number of people abducted since May."
    ) == [
        (1, "detained", "incident"),
        (40, "detained", "cumulative"),
    ]


def test_single_events_stay_incident() -> None:
    assert scopes("A car bomb killed more than 20 people near a mosque on Friday.") == [
        (20, "killed", "incident")
    ]
    assert scopes("Rebels raised the flag after killing at least 8 soldiers on Sunday.") == [
        (8, "killed", "incident")
    ]
    assert scopes("Troops brought nearly 30 wounded civilians to the hospital after the raid.") == [
        (30, "wounded", "incident")
    ]
