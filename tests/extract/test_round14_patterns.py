"""Round 14 news patterns, the English of state and regional agencies (own sentences): each fix
with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2019, 6, 4)


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(None, text, PUB).casualties]


def violation(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


# --- "martyred": killed -------------------------------------------------------------------------


def test_martyred_and_martyring_say_killed() -> None:
    assert (4, "killed", "government") in figures(
        "Four policemen were martyred when militants ambushed their van near Bannu, officials said."
    )
    assert (3, "killed", "civilians") in figures(
        "Cross-border shelling martyred three villagers and injured two others in the Battal sector."
    )
    assert (1, "killed", "civilians") in figures(
        "The mortar fire hit a house in Kotli, martyring a 45-year-old woman, the police said."
    )
    # the inherited group of "others" follows the martyred people
    assert (6, "wounded", "government") in figures(
        "Two soldiers were martyred and six others were injured in the blast, the army said."
    )


def test_martyr_nouns_and_names_are_no_figures() -> None:
    assert (
        figures("The families of 25 martyrs received compensation cheques from the governor on Monday.") == []
    )
    assert figures("Members of the Al-Aqsa Martyrs Brigades paraded through the camp with 30 vehicles.") == []
    assert figures("The city observed Martyrs' Day on Tuesday with 21 gun salutes at the memorial.") == []


# --- "jawans": government troops ---------------------------------------------------------------


def test_jawans_are_government_troops() -> None:
    assert (3, "killed", "government") in figures(
        "Three jawans were killed in the encounter in Pulwama on Friday."
    )
    assert (2, "wounded", "government") in figures("Militants fired at a patrol, injuring two CRPF jawans.")


def test_jawans_not_counted_without_a_casualty() -> None:
    assert figures("Nearly 500 jawans took part in the passing-out parade at the regimental centre.") == []
    assert figures("The battalion deployed 120 jawans along the highway ahead of the yatra.") == []
    assert figures("About 40 jawans donated blood at a camp organised by the unit.") == []


# --- an aside after "among them" ends before a "while" clause ----------------------------------


def test_toll_aside_does_not_run_into_a_while_clause() -> None:
    got = figures(
        "The death toll from the bombing of the bus station rose to 22 people, among them six "
        "children, while 51 others were injured, the health directorate said."
    )
    assert (22, "killed", "unspecified") in got and (6, "killed", "children") in got
    assert (51, "wounded", "unspecified") in got
    assert (22, "wounded", "unspecified") not in got


def test_asides_without_while_still_reach_the_verb() -> None:
    got = figures("Fourteen people, including three children and two women, were wounded in the shelling.")
    assert (14, "wounded", "unspecified") in got and (3, "wounded", "children") in got
    got = figures("Nine civilians, among them a pregnant woman, were killed when the rocket hit the market.")
    assert (9, "killed", "civilians") in got
    got = figures("Eleven people, most of them farmers from the area, were abducted by the gunmen.")
    assert (11, "detained", "unspecified") in got


# --- servicemen "of the people's militia": an unrecognised entity's personnel ------------------


def test_servicemen_of_the_peoples_militia_are_combatants() -> None:
    assert (1, "killed", "combatants") in figures(
        "A serviceman of the people's militia was killed by sniper fire."
    )
    assert (2, "wounded", "combatants") in figures(
        "Two servicemen of the self-proclaimed republic's army were wounded near the village."
    )


def test_servicemen_of_a_state_stay_government() -> None:
    assert (3, "killed", "government") in figures(
        "Three servicemen of the Ukrainian army were killed in the shelling."
    )
    assert (1, "wounded", "government") in figures(
        "A serviceman of the border guard service was wounded overnight."
    )
    assert (2, "killed", "government") in figures(
        "Two servicemen of the Russian contingent were killed in the blast."
    )


# --- a name's initials in brackets before the head ----------------------------------------------


def test_initials_in_brackets_inside_the_noun_group() -> None:
    assert (4, "killed", "rebels") in figures(
        "Four Moro Islamic Liberation Front (MILF) guerrillas were killed in the clash."
    )
    assert (2, "wounded", "rebels") in figures(
        "Troops wounded two Kachin Independence Army (KIA) rebels near the bridge."
    )


def test_brackets_that_are_no_initials_stay_out() -> None:
    assert figures("Five provinces (out of 18) held the vote on Sunday, the commission said.") == []
    assert figures("Two Army (reserve) units were deployed after the attack on the depot.") == []
    assert figures("The New People's Army (NPA) marked its 50th anniversary with 200 guests.") == []


# --- truces: "cessation of military operations", "measures to strengthen the ceasefire" ---------


def test_cessation_of_military_operations_is_a_truce() -> None:
    assert violation(
        "Rebels ambushed a convoy on Sunday despite the temporary cessation of military operations "
        "declared by the army."
    )
    assert violation("The group violated the cessation of military operations by attacking an outpost.")


def test_cessation_of_operations_elsewhere_is_no_truce() -> None:
    assert not violation(
        "The mine was attacked by looters after the cessation of operations at the site in 2017."
    )
    assert not violation("The army announced a cessation of military operations in the region from Monday.")
    assert not violation(
        "The company confirmed the cessation of operations at the plant despite protests and clashes."
    )


def test_measures_to_strengthen_the_ceasefire_stand_for_it() -> None:
    assert violation(
        "Kiev's forces shelled the village of Sokolniki despite the additional measures to "
        "strengthen the ceasefire."
    )
    assert violation("The enemy opened fire twice in breach of the measures to control the ceasefire regime.")


def test_measures_without_violence_or_truce_are_no_breach() -> None:
    assert not violation("The sides agreed additional measures to strengthen the ceasefire from July 27.")
    assert not violation(
        "Despite the measures to strengthen the ceasefire, the monitors said the night was calm."
    )
    assert not violation("Troops shelled the town despite the measures to strengthen the economy.")


def test_a_non_state_army_named_before_its_members_is_rebels() -> None:
    """ "Army" hints a state's forces, unless it ends the name of an armed group."""
    cases = {
        "Two Arakan Army fighters were killed in clashes with the military.": [(2, "killed", "rebels")],
        "Three Free Syrian Army fighters died in the shelling.": [(3, "killed", "rebels")],
        "Twelve Lord's Resistance Army members were captured.": [(12, "detained", "rebels")],
        # not: a state's army, named by its country or people
        "Four Indian Army personnel were injured.": [(4, "wounded", "government")],
        "Two Pakistan Army soldiers were killed in the firing.": [(2, "killed", "government")],
        "Three army officers were wounded.": [(3, "wounded", "government")],
    }
    for text, expected in cases.items():
        got = [(c.count, c.kind, c.group) for c in extract(None, text, None).casualties]
        assert got == expected, text
