"""Round 38 patterns (own sentences). Casualties: a share of the people as an aside ("250 people,
around half of them children, were killed"); "hostage-takers" are people (rebels), not a kind;
a bare figure that "remains missing"; a vehicle that overturned is an
accident (POLICY). Scope: the day after "since the start of the offensive on ..." dates the
period, not the figure. Violation: a truce a side "declared over" has ended. Talks: a host
with "the rival parliaments / governments" as guests. Each fix with sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2024, 6, 3)  # a Monday


def figures(text: str) -> list[tuple[int | None, str, str, str]]:
    return [(c.count, c.kind, c.group, c.scope) for c in extract(None, text, PUB).casualties]


def violated(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


def meetings(text: str) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(None, text, PUB).talks if t.status == "scheduled"]


# --- a share of them as an aside ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 60 people, about half of them women, were killed when the market was shelled.",
        "Some 60 people, two-thirds of whom were women, died in the shelling of the market.",
    ],
)
def test_share_aside_keeps_total(text: str) -> None:
    assert [f[:2] for f in figures(text)] == [(60, "killed")]


def test_share_of_a_population_still_no_figure() -> None:
    assert figures("Some 3,000 people, half of them in the capital, voted on Sunday.") == []


# --- hostage-takers ----------------------------------------------------------------------------


def test_hostage_takers_are_rebels() -> None:
    assert figures("Eleven of the hostage-takers were killed when troops stormed the theatre.") == [
        (11, "killed", "rebels", "incident")
    ]


# --- bare figures: remain missing ----------------------------------------------


def test_bare_figures_keep_the_soldiers_group() -> None:
    text = "The army said nine soldiers were killed on Sunday, while 14 were wounded and six remain missing."
    assert figures(text) == [
        (9, "killed", "government", "incident"),
        (14, "wounded", "government", "incident"),
        (6, "missing", "government", "incident"),
    ]


def test_remained_without_a_kind_is_no_figure() -> None:
    assert figures("Turnout remained low, and 40 remained undecided, the poll found.") == []


# --- a vehicle that overturned -----------------------------------------------------------------


def test_overturned_bus_is_an_accident() -> None:
    assert figures("Police said 17 people died when a bus overturned on a mountain road.") == []


def test_bomb_before_the_truck_overturned_is_conflict() -> None:
    text = "Eight soldiers were killed when their truck overturned after hitting a roadside bomb."
    assert figures(text) == [(8, "killed", "government", "incident")]


# --- since the start of the offensive on <day> -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the offensive on 8 May, 312 people have been killed.",
        "Since the beginning of the government operation on May 8, 312 people have been killed.",
    ],
)
def test_since_start_on_day_is_cumulative(text: str) -> None:
    assert figures(text) == [(312, "killed", "unspecified", "cumulative")]


def test_at_the_start_on_day_stays_incident() -> None:
    assert figures("At the start of the offensive on 8 May, 31 people were killed.") == [
        (31, "killed", "unspecified", "incident")
    ]


# --- a truce declared over ---------------------------------------------------------------------


def test_attack_after_truce_declared_over_is_no_breach() -> None:
    text = "Jets bombed the town on Sunday, killing six people, a day after the army declared the truce over."
    assert not violated(text)


def test_truce_over_a_holiday_still_breached() -> None:
    assert violated("Jets bombed the town on Sunday, killing six people, despite the truce over the holiday.")


# --- a host with the rival parliaments ---------------------------------------------------------


def test_host_rival_parliaments_is_a_meeting() -> None:
    assert meetings("The UN envoy will host the rival parliaments in Tunis on June 10 to end the war.") == [
        ("2024-06-10", "Tunis")
    ]


def test_host_a_parliament_delegation_is_no_meeting() -> None:
    assert meetings("The city will host a parliament delegation in Tunis on June 10.") == []


# --- review of round 38 -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said 14 soldiers had been taken prisoner in the fighting.",
        "Rebels took 14 soldiers prisoner near the border.",
    ],
)
def test_taken_prisoner_is_detained(text: str) -> None:
    assert figures(text) == [(14, "detained", "government", "incident")]


def test_prisoners_to_be_exchanged_are_no_figure() -> None:
    assert figures("The two sides agreed to exchange 1,000 prisoners each.") == []
