"""Round 24 news patterns (own sentences): ministry and monitor reports on truces, wire-service
casualty items. Casualties: "taken hostage N people" (the particle before the object), an office's
level before its noun ("a town mayor"), a person noun restated by a name and age ("A soldier,
Sepoy Ram Singh, 24, was killed" is one soldier), a bare number opening a sentence takes the group
of the figure before ("At least 1,142 died as a result of hostile action"), "admitted to hospital
with shrapnel wounds", armed groups by their initials ("two AA fighters"). Violations: "a
mechanism for responses to ceasefire violations" is no reported breach. Each fix with the
sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2021, 10, 6)  # a Wednesday


def figs(text: str, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(title, text, PUB).casualties]


def breach(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


# --- detained: "took hostage N people" ------------------------------------------------------------


def test_taken_hostage_before_the_people() -> None:
    assert figs("Gunmen in Iraq said they had taken hostage six Turkish construction workers.") == [
        (6, "detained", "civilians")
    ]
    assert figs("Rebels took hostage 14 passengers from a bus.") == [(14, "detained", "civilians")]
    assert figs("The militants are holding hostage three policemen seized last week.") == [
        (3, "detained", "government")
    ]


def test_taken_hostage_not_without_people() -> None:
    assert figs("Gunmen took 12 workers hostage near the border.") == [(12, "detained", "civilians")]
    assert figs("The dispute has taken hostage 3 key reforms, critics said.") == []
    assert figs("The army took 40 minutes to reach the village.") == []


# --- an office's level before its noun ----------------------------------------------------------


def test_office_level_before_the_noun() -> None:
    assert figs("Rebels abducted 15 people, including a town mayor, on a highway in the south.") == [
        (15, "detained", "unspecified"),
        (1, "detained", "government"),
    ]
    assert figs("Gunmen shot dead two district officials in the province on Sunday.") == [
        (2, "killed", "government")
    ]
    assert figs("A contract serviceman was wounded by sniper fire.") == [(1, "wounded", "government")]


def test_office_level_not_a_count() -> None:
    assert figs("The city council said it had approved 12 new bus routes.") == []
    assert figs("Twelve district councils voted on the budget.") == []


# --- a person noun restated by name and age --------------------------------------------------------


def test_person_restated_by_name_and_age_counts_once() -> None:
    assert figs("A policeman, Constable Rafiq Ahmed, 31, was killed when militants attacked the post.") == [
        (1, "killed", "government")
    ]
    assert figs("Militants shot dead a farmer, Mohammad Yusuf, 52, in the market.") == [
        (1, "killed", "civilians")
    ]
    assert figs("A day after the raid, a soldier, Naik Suresh Kumar, 28, was killed.") == [
        (1, "killed", "government")
    ]


def test_name_and_age_without_a_noun_before() -> None:
    assert figs("Mohammad Yusuf, 52, was killed in the shelling.") == [(1, "killed", "unspecified")]
    assert figs("Rebel commander Ali Musa, 40, was killed in the raid.") == [(1, "killed", "rebels")]
    assert figs("A witness, Ahmed Ali, 45, said two people were killed.") == [(2, "killed", "unspecified")]


def test_unrecognised_serviceman_restated() -> None:
    text = (
        "A contract serviceman of the Karabakh Defence Army, Private Levon Sargsyan, 20, was wounded by "
        "a sniper bullet."
    )
    assert figs(text) == [(1, "wounded", "combatants")]


# --- a bare number opening a sentence ----------------------------------------------------------


def test_bare_number_takes_the_group_of_the_figure_before() -> None:
    text = (
        "As of Friday, at least 1,347 members of the U.S. military have died since the beginning of the "
        "Iraq war. At least 1,052 died as a result of hostile action, according to the military."
    )
    assert figs(text) == [(1347, "killed", "government"), (1052, "killed", "government")]
    text = "At least 640 U.S. troops have died in Iraq. Of those, 480 were killed in combat."
    assert figs(text) == [(640, "killed", "government"), (480, "killed", "government")]


def test_bare_number_not_from_another_kind_or_mid_sentence() -> None:
    assert figs("Four soldiers were killed on Monday. Seven were wounded.") == [
        (4, "killed", "government"),
        (7, "wounded", "unspecified"),
    ]
    assert figs("Nine people died in the blast. Three died later in hospital.") == [
        (9, "killed", "unspecified"),
        (3, "killed", "unspecified"),
    ]


# --- wounds by the hospital that took the wounded in -----------------------------------------


def test_admitted_with_wounds() -> None:
    assert figs("Doctors said a woman was admitted with shrapnel wounds.") == [(1, "wounded", "civilians")]
    assert figs("Two soldiers were taken to hospital with gunshot wounds, the army said.") == [
        (2, "wounded", "government")
    ]


def test_admitted_without_wounds() -> None:
    # ("taken prisoner": captured, so detained (GUIDELINES 2.4), and no wounds)
    assert figs("Two soldiers were taken prisoner by the rebels.") == [(2, "detained", "government")]
    assert figs("Three patients were admitted to hospital with fever.") == []


# --- armed groups by their initials ---------------------------------------------------------------


def test_armed_group_initials() -> None:
    assert figs("Troops backed by helicopters raided a village, killing three AA fighters.") == [
        (3, "killed", "rebels")
    ]
    assert figs("The military said it killed 40 TPLF fighters near Alamata.") == [(40, "killed", "rebels")]


def test_fighters_without_initials_stay_combatants() -> None:
    assert figs("Clashes in the hills killed 11 fighters, a monitor said.") == [(11, "killed", "combatants")]


# --- a mechanism for violations --------------------------------------------------------------


def test_mechanism_for_violations_is_no_breach() -> None:
    assert not breach("A mechanism for coordinating responses to ceasefire violations is being discussed.")
    assert not breach("The sides agreed to set up a hotline to report truce violations.")


def test_violations_reported_still_breach() -> None:
    assert breach("The army responded to ceasefire violations by Pakistan in the Poonch sector.")
    assert breach("The monitoring mechanism said it recorded violations of the ceasefire by both sides.")


def test_people_named_after_their_count_are_not_counted_again() -> None:
    text = (
        "Two policemen, Constable Ravi Das, 31, and Head Constable Mohan Lal, 44, were wounded in the blast."
    )
    assert [(c.count, c.kind, c.group) for c in extract(None, text).casualties] == [
        (2, "wounded", "government")
    ]
    text = "A policeman, Constable Ravi Das, 31, was wounded in the blast."
    assert [(c.count, c.kind, c.group) for c in extract(None, text).casualties] == [
        (1, "wounded", "government")
    ]
