"""Round 37 patterns (own sentences). Casualties: "N (more) of the wounded died" counts the dead;
a bare figure after servicemen of an unrecognised entity ("... were killed and five wounded")
keeps their group (combatants). Scope: a new event told in a clause of its own after a running
count (", as a roadside bomb killed ...") is not timed by the count's cue; "after the attack" /
"following a raid" tie a figure (also of the displaced) to that one event. Each fix with the
sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2024, 6, 3)  # a Monday


def figures(text: str) -> list[tuple[int | None, str, str, str]]:
    return [(c.count, c.kind, c.group, c.scope) for c in extract(None, text, PUB).casualties]


# --- the wounded who died ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three more of the wounded died overnight in a Kandahar hospital, doctors said.",
            [(3, "killed", "unspecified", "incident")],
        ),
        (
            "Four of the injured later died, a hospital director said.",
            [(4, "killed", "unspecified", "incident")],
        ),
    ],
)
def test_wounded_who_died_are_killed(text: str, expected: list[tuple[int, str, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # still wounded: no "died" after them
        (
            "Two more of the wounded were flown to a hospital in Amman.",
            [(2, "wounded", "unspecified", "incident")],
        ),
        (
            "The blast wounded 14 people; five of the injured were in a critical condition.",
            [(14, "wounded", "unspecified", "incident")],
        ),
    ],
)
def test_wounded_not_dead(text: str, expected: list[tuple[int, str, str, str]]) -> None:
    assert figures(text) == expected


# --- bare figure after servicemen of an unrecognised entity ------------------------------------


def test_bare_figure_after_unrecognised_servicemen() -> None:
    text = "Two servicemen of the self-declared Luhansk republic were killed and five wounded overnight."
    assert [(n, k, g) for n, k, g, _ in figures(text)] == [
        (2, "killed", "combatants"),
        (5, "wounded", "combatants"),
    ]


def test_bare_figure_after_state_soldiers_stays_government() -> None:
    text = "Two Ukrainian soldiers were killed and five wounded overnight near Avdiivka."
    assert [(n, k, g) for n, k, g, _ in figures(text)] == [
        (2, "killed", "government"),
        (5, "wounded", "government"),
    ]


# --- a new event in a clause of its own after a running count ----------------------------------


def test_new_event_clause_not_timed_by_running_count() -> None:
    text = (
        "Militants have killed more than 400 soldiers since January, the ministry said on Monday, "
        "as a roadside bomb killed three soldiers near Kandahar."
    )
    assert figures(text) == [
        (400, "killed", "government", "cumulative"),
        (3, "killed", "government", "incident"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series of attacks: many events, the running frame holds
        (
            "Militants have killed more than 400 soldiers since January, the ministry said, as a "
            "string of attacks killed 30 soldiers this month.",
            [(400, "killed", "government", "cumulative"), (30, "killed", "government", "cumulative")],
        ),
        # the clause has a time frame of its own
        (
            "More than 900 people have died since the siege began, while an air campaign killed "
            "60 people in the past week.",
            [(900, "killed", "unspecified", "cumulative"), (60, "killed", "unspecified", "cumulative")],
        ),
        # no comma clause: one statement
        (
            "Since January a bombing campaign has killed 75 police officers.",
            [(75, "killed", "government", "cumulative")],
        ),
    ],
)
def test_running_count_frame_kept(text: str, expected: list[tuple[int, str, str, str]]) -> None:
    assert figures(text) == expected


# --- "after the attack": one event ---------------------------------------------------------------


def test_fled_after_the_attack_is_incident() -> None:
    text = "About 2,500 villagers fled their homes after the raid, local officials said."
    assert figures(text) == [(2500, "displaced", "civilians", "incident")]


def test_displacement_stock_stays_cumulative() -> None:
    text = "More than 40,000 people have fled their homes in the province, the United Nations said."
    assert figures(text) == [(40000, "displaced", "unspecified", "cumulative")]


# --- "its military death toll since ... to N": the soldiers counted before -------------------


def test_military_toll_with_time_frame_keeps_group() -> None:
    text = (
        "The breakaway republic said 14 more of its servicemen had died, bringing its military death "
        "toll since Tuesday to 61."
    )
    assert [(n, k, g) for n, k, g, _ in figures(text)] == [
        (14, "killed", "combatants"),
        (61, "killed", "combatants"),
    ]
    text = "Armenia said two soldiers were killed, bringing its military death toll since Tuesday to 35."
    assert [(n, k, g) for n, k, g, _ in figures(text)] == [
        (2, "killed", "government"),
        (35, "killed", "government"),
    ]


def test_plain_toll_with_time_frame_names_no_group() -> None:
    text = "Shelling killed four civilians, bringing the death toll since Tuesday to 52."
    assert [(n, k, g) for n, k, g, _ in figures(text)] == [
        (4, "killed", "civilians"),
        (52, "killed", "unspecified"),
    ]


# --- review of round 37 -------------------------------------------------------------------


def test_a_number_past_31_after_a_month_is_no_day() -> None:
    assert figures("Since January 500 people have died in the fighting.") == [
        (500, "killed", "unspecified", "cumulative")
    ]
    # (a day of the month still is one)
    assert figures("On March 12 three soldiers were killed.") == [(3, "killed", "government", "incident")]
