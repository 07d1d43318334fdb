"""Round 31 patterns (own sentences). Truces that "failed to halt the fighting" were broken (not
truces only sought: "efforts to secure a truce have failed to stop the fighting"); part of a
year as a period ("killed in late 2021"). Each fix with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2024, 6, 3)  # a Monday


def violation(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


def scopes(text: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]


@pytest.mark.parametrize(
    "text",
    [
        "Three truces brokered by the United States have failed to stop the fighting in the region.",
        "A ceasefire announced by the junta has failed to halt the violence, residents said.",
        "The Eid truce failed to end the clashes in the southern suburbs, the mission said.",
    ],
)
def test_truce_failed_to_halt_fighting_is_breach(text: str) -> None:
    assert violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "International efforts to secure a truce have failed to stop the fighting.",
        "Calls for a ceasefire have so far failed to end the bloodshed in the north.",
        "Repeated attempts to broker a ceasefire failed to halt the fighting, diplomats said.",
        "The army failed to stop the fighting before the ceasefire took effect.",
        "The truce talks failed to produce an agreement.",
    ],
)
def test_truce_failed_to_halt_not_fired(text: str) -> None:
    assert not violation(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Security forces killed 44 protesters in late 2021, the rights group said.", [(44, "cumulative")]),
        ("Some 300 villagers were displaced in early 2019, the agency said.", [(300, "cumulative")]),
        ("Militants abducted 25 farmers in mid-2020, the report said.", [(25, "cumulative")]),
    ],
)
def test_part_of_year_is_a_period(text: str, want: list[tuple[int, str]]) -> None:
    assert scopes(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gunmen killed 12 villagers in a raid on Tuesday, the army said late on Wednesday.",
            [(12, "incident")],
        ),
        ("A bomb killed nine people at a market early on Friday, police said.", [(9, "incident")]),
    ],
)
def test_part_of_day_not_a_period(text: str, want: list[tuple[int, str]]) -> None:
    assert scopes(text) == want
