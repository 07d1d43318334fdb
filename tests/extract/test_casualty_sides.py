"""Casualty groups by armed side: government forces, rebels and named armed groups, combatants of
unrecognised entities; which side "its", "their" and a reporting side point to."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

from .helpers import (
    MON_03_JUN_2024,
    SAT_01_MAR_2025,
    THU_12_SEP_2024,
    TUE_04_JUN_2019,
    TUE_10_MAY_2016,
    WED_02_JUN_2021,
    WED_06_OCT_2021,
    WED_09_MAR_2005,
    figures,
    scoped,
    sorted_figures,
)


def test_fighters_take_the_side_the_sentence_names() -> None:
    text = "The Northern Front said an airstrike killed five of its fighters."
    assert figures(text, SAT_01_MAR_2025) == [(5, "killed", "rebels")]
    text = "An airstrike on a rebel base killed six fighters and wounded four others."
    assert figures(text, SAT_01_MAR_2025) == [(6, "killed", "rebels"), (4, "wounded", "rebels")]


def test_fighters_without_a_side_are_combatants() -> None:
    assert figures("Three fighters were killed in overnight clashes.", SAT_01_MAR_2025) == [
        (3, "killed", "combatants")
    ]


def test_militants_are_rebels_and_others_inherit() -> None:
    text = "Troops killed 14 militants and wounded 30 others in the raid."
    assert figures(text, SAT_01_MAR_2025) == [(14, "killed", "rebels"), (30, "wounded", "rebels")]


def test_commander_takes_the_side_of_its_modifier() -> None:
    assert figures("Troops killed a rebel commander near the border.", SAT_01_MAR_2025) == [
        (1, "killed", "rebels")
    ]
    assert figures("Two army commanders were killed in the ambush.", SAT_01_MAR_2025) == [
        (2, "killed", "government")
    ]


def test_named_armed_group_fighters_are_rebels() -> None:
    assert figures("Hezbollah said four of its fighters were killed.", SAT_01_MAR_2025) == [
        (4, "killed", "rebels")
    ]


def test_capitalised_force_name_after_members_of() -> None:
    assert figures("Two members of the National Army were killed.", SAT_01_MAR_2025) == [
        (2, "killed", "government")
    ]
    assert figures("Three members of the Security Forces were wounded.", SAT_01_MAR_2025) == [
        (3, "wounded", "government")
    ]


def test_paramilitaries_are_recorded_as_combatants() -> None:
    text = "Security forces killed 11 paramilitaries in clashes near the town, the army said."
    assert figures(text, SAT_01_MAR_2025) == [(11, "killed", "combatants")]


def test_fighters_of_a_named_group_are_rebels() -> None:
    text = "Ten fighters of the Islamic State group were killed in the raid."
    assert figures(text, SAT_01_MAR_2025) == [(10, "killed", "rebels")]
    assert figures("Five members of the press group were hurt in the blast.", SAT_01_MAR_2025) == [
        (5, "wounded", "unspecified")
    ]
    # A militia is non-state, whichever side it fights on (GUIDELINES: militiamen are rebels).
    assert figures("Four members of a pro-government militia were killed.", SAT_01_MAR_2025) == [
        (4, "killed", "rebels")
    ]
    # Armies have brigades too.
    assert figures("Five members of the 93rd Mechanized Brigade were killed.", SAT_01_MAR_2025) == [
        (5, "killed", "unspecified")
    ]


def test_servicemen_of_an_unrecognised_entity_are_combatants() -> None:
    text = (
        "Nagorno-Karabakh officials said 673 of their servicemen had been killed since fighting "
        "began on Sept. 27."
    )
    assert figures(text, SAT_01_MAR_2025) == [(673, "killed", "combatants")]
    text = "The self-proclaimed Donetsk People's Republic said four of its servicemen were killed overnight."
    assert figures(text, SAT_01_MAR_2025) == [(4, "killed", "combatants")]
    assert figures("Shelling killed two DPR servicemen near Horlivka, the rebels said.", SAT_01_MAR_2025) == [
        (2, "killed", "combatants")
    ]
    text = (
        "The Karabakh defence ministry said 34 more of its servicemen had been killed, bringing the "
        "number of its servicemen killed since Sept. 27 to 763."
    )
    assert figures(text, SAT_01_MAR_2025) == [(34, "killed", "combatants"), (763, "killed", "combatants")]
    # must not fire: a recognised state's servicemen
    assert figures(
        "Azerbaijan said seven of its servicemen had died in Nagorno-Karabakh.", SAT_01_MAR_2025
    ) == [(7, "killed", "government")]
    assert figures(
        "Ukraine's military said two of its servicemen were killed by separatist shelling.", SAT_01_MAR_2025
    ) == [(2, "killed", "government")]
    assert figures(
        "In Nagorno-Karabakh, Azerbaijan's defence ministry said three of its servicemen were killed.",
        SAT_01_MAR_2025,
    ) == [(3, "killed", "government")]


def test_fighters_take_a_side_named_in_their_own_clause_only() -> None:
    text = (
        "Coalition air strikes hit Houthi positions in Saada, and clashes in Taiz killed at least nine "
        "fighters, officials said."
    )
    assert figures(text, SAT_01_MAR_2025) == [(9, "killed", "combatants")]
    # still fires in the clause
    assert figures("A strike on a rebel position killed three fighters.", SAT_01_MAR_2025) == [
        (3, "killed", "rebels")
    ]
    assert figures("Houthi rebels said an air strike killed 12 fighters in Marib.", SAT_01_MAR_2025) == [
        (12, "killed", "rebels")
    ]
    assert figures("Clashes between the army and a militia killed 27 fighters.", SAT_01_MAR_2025) == [
        (27, "killed", "combatants")
    ]


def test_their_fighters_belong_to_the_side_that_reports_them() -> None:
    text = (
        "Myanmar's junta and the Ta'ang National Liberation Army traded blame for the fighting, with "
        "the rebels saying two of their fighters were killed."
    )
    assert figures(text, SAT_01_MAR_2025) == [(2, "killed", "rebels")]
    assert figures("The Syrian army said rebels had killed two of its fighters.", SAT_01_MAR_2025) == [
        (2, "killed", "government")
    ]
    assert figures("Hamas said Israeli strikes killed five of its fighters.", SAT_01_MAR_2025) == [
        (5, "killed", "rebels")
    ]
    assert figures(
        "Hezbollah announced the deaths of three of its fighters on Tuesday.", SAT_01_MAR_2025
    ) == [(3, "killed", "rebels")]


def test_heads_of_both_sides_joined_by_and_are_a_mixed_total() -> None:
    assert figures("Medics said 25 soldiers and civilians were wounded.", SAT_01_MAR_2025) == [
        (25, "wounded", "unspecified")
    ]
    assert figures("The attack killed 12 militants and soldiers.", SAT_01_MAR_2025) == [
        (12, "killed", "unspecified")
    ]
    # must not fire: one side, or civilians and children
    assert figures("Six soldiers and policemen were killed in the ambush.", SAT_01_MAR_2025) == [
        (6, "killed", "government")
    ]
    assert figures("Gunmen abducted at least 287 pupils and teachers.", SAT_01_MAR_2025) == [
        (287, "detained", "civilians")
    ]
    # women and children: non-combatants of two groups, civilians (dev D034 "eight-hundred of them
    # women and children" is civilians)
    assert figures("At least 14 women and children were killed.", SAT_01_MAR_2025) == [
        (14, "killed", "civilians")
    ]


def test_an_accuser_speaks_of_its_own_fighters() -> None:
    assert figures(
        "The militia accused army units of executing four of its fighters near the river.", THU_12_SEP_2024
    ) == [(4, "killed", "rebels")]
    # not: the accuser's own soldiers, an unrecognised entity's servicemen, fighters of another side
    assert figures(
        "The ministry accused the insurgents of killing six of its soldiers.", THU_12_SEP_2024
    ) == [(6, "killed", "government")]
    assert figures(
        "Breakaway officials accused the army of killing two of their servicemen.", THU_12_SEP_2024
    ) == [(2, "killed", "combatants")]
    assert figures(
        "The army accused the rebels of killing 11 fighters of a rival faction.", THU_12_SEP_2024
    ) == [(11, "killed", "combatants")]


def test_named_armed_groups_and_their_fighters_after_and() -> None:
    assert figures(
        "Army units killed three FARC commanders and 20 of their fighters, the ministry said.",
        THU_12_SEP_2024,
    ) == [
        (3, "killed", "rebels"),
        (20, "killed", "rebels"),
    ]
    assert figures("Police detained six al-Shabaab members in Mogadishu.", THU_12_SEP_2024) == [
        (6, "detained", "rebels")
    ]
    assert figures(
        "The general said troops killed a Boko Haram commander and nine of his fighters.", THU_12_SEP_2024
    ) == [
        (1, "killed", "rebels"),
        (9, "killed", "rebels"),
    ]
    # not: a conjunct with its own predicate, a people noun, a government commander
    assert figures(
        "Militants killed two soldiers and five of their fighters died, an army officer said.",
        THU_12_SEP_2024,
    ) == [
        (2, "killed", "government"),
        (5, "killed", "government"),
    ]
    assert figures("Two of her daughters were wounded by shrapnel.", THU_12_SEP_2024) == [
        (2, "wounded", "children")
    ]
    assert figures("Rebels killed an army commander and 12 soldiers.", THU_12_SEP_2024) == [
        (1, "killed", "government"),
        (12, "killed", "government"),
    ]


def test_ranks_among_the_dead_take_the_side_of_the_whole() -> None:
    """Commanders and officers serve any armed side: as a part of a figure ("including two
    commanders", "Among them were ...") they are of that figure's side."""
    assert figures("Troops killed 18 insurgents on Tuesday, including four commanders.", THU_12_SEP_2024) == [
        (18, "killed", "rebels"),
        (4, "killed", "rebels"),
    ]
    assert figures(
        "The militia said 30 of its fighters had died. Among them were two officers.", THU_12_SEP_2024
    ) == [
        (30, "killed", "rebels"),
        (2, "killed", "rebels"),
    ]
    # not: a part of soldiers or of people, nor a rank named with its side
    assert figures("Six soldiers were wounded, including a commander.", THU_12_SEP_2024) == [
        (6, "wounded", "government"),
        (1, "wounded", "government"),
    ]
    assert figures("Eleven people died, including three police officers.", THU_12_SEP_2024) == [
        (11, "killed", "unspecified"),
        (3, "killed", "government"),
    ]
    assert figures("Two army commanders were killed in an ambush by 40 rebels.", THU_12_SEP_2024) == [
        (2, "killed", "government")
    ]


def test_a_side_that_lost_ranks_names_their_side() -> None:
    """ "The rebels lost two commanders": the people lost are the subject's own."""
    assert figures("The rebels lost two commanders in the fighting on Sunday.", THU_12_SEP_2024) == [
        (2, "killed", "rebels")
    ]
    assert figures("The Taliban lost five commanders in air strikes.", THU_12_SEP_2024) == [
        (5, "killed", "rebels")
    ]
    # not: a state's own losses, or ranks with no side that lost them
    assert figures("The army lost three officers in the ambush.", THU_12_SEP_2024) == [
        (3, "killed", "government")
    ]
    assert figures("Two commanders were killed in the strike.", THU_12_SEP_2024) == [
        (2, "killed", "government")
    ]
    assert figures("Police said the rebels killed two commanders of the army.", THU_12_SEP_2024) == [
        (2, "killed", "government")
    ]


def test_their_men_are_the_speakers_side() -> None:
    assert figures("The guerrillas said soldiers had killed four of their men.", WED_09_MAR_2005) == [
        (4, "killed", "rebels")
    ]
    assert figures("The army said rebels killed two of its men.", WED_09_MAR_2005) == [
        (2, "killed", "government")
    ]
    # must not fire: men with no possessive, or a side named on the noun
    assert figures("Police said gunmen killed four men.", WED_09_MAR_2005) == [(4, "killed", "unspecified")]
    assert figures("The rebels said four civilian men were killed.", WED_09_MAR_2005) == [
        (4, "killed", "civilians")
    ]
    assert figures("Witnesses said soldiers killed four men.", WED_09_MAR_2005) == [
        (4, "killed", "unspecified")
    ]


def test_maoists_are_rebels() -> None:
    assert figures("Twelve Maoists were killed in the raid, police said.", WED_09_MAR_2005) == [
        (12, "killed", "rebels")
    ]
    assert figures("Security forces killed two LTTE cadres near the lagoon.", WED_09_MAR_2005) == [
        (2, "killed", "rebels")
    ]
    # not: people merely near them
    assert figures("Maoist supporters blocked roads, and 12 people were arrested.", WED_09_MAR_2005) == [
        (12, "detained", "unspecified")
    ]


def test_named_rebel_groups_fighters() -> None:
    text = "Government troops killed 19 Tamil Tiger fighters near Kilinochchi."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(19, "killed", "rebels")]
    text = "Coalition air strikes killed 25 Islamic State fighters near Raqqa."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(25, "killed", "rebels")]
    text = "The Tamil Tigers said nine of their fighters died in the battle."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(9, "killed", "rebels")]
    # near-misses: the people of the name, a state's police
    assert sorted_figures("Army shelling killed 13 Tamil civilians in Mullaittivu.", TUE_10_MAY_2016) == [
        (13, "killed", "civilians")
    ]
    assert sorted_figures("The blast killed four state police officers.", TUE_10_MAY_2016) == [
        (4, "killed", "government")
    ]


# --- "jawans": government troops ------------------------------------------------------------------


def test_jawans_are_government_troops() -> None:
    assert (3, "killed", "government") in figures(
        "Three jawans were killed in the encounter in Pulwama on Friday.", TUE_04_JUN_2019
    )
    assert (2, "wounded", "government") in figures(
        "Militants fired at a patrol, injuring two CRPF jawans.", TUE_04_JUN_2019
    )


def test_jawans_not_counted_without_a_casualty() -> None:
    assert (
        figures(
            "Nearly 500 jawans took part in the passing-out parade at the regimental centre.", TUE_04_JUN_2019
        )
        == []
    )
    assert (
        figures("The battalion deployed 120 jawans along the highway ahead of the yatra.", TUE_04_JUN_2019)
        == []
    )
    assert figures("About 40 jawans donated blood at a camp organised by the unit.", TUE_04_JUN_2019) == []


# --- servicemen "of the people's militia": an unrecognised entity's personnel ---------------------


def test_servicemen_of_the_peoples_militia_are_combatants() -> None:
    assert (1, "killed", "combatants") in figures(
        "A serviceman of the people's militia was killed by sniper fire.", TUE_04_JUN_2019
    )
    assert (2, "wounded", "combatants") in figures(
        "Two servicemen of the self-proclaimed republic's army were wounded near the village.",
        TUE_04_JUN_2019,
    )


def test_servicemen_of_a_state_stay_government() -> None:
    assert (3, "killed", "government") in figures(
        "Three servicemen of the Ukrainian army were killed in the shelling.", TUE_04_JUN_2019
    )
    assert (1, "wounded", "government") in figures(
        "A serviceman of the border guard service was wounded overnight.", TUE_04_JUN_2019
    )
    assert (2, "killed", "government") in figures(
        "Two servicemen of the Russian contingent were killed in the blast.", TUE_04_JUN_2019
    )


# --- truces: "cessation of military operations", "measures to strengthen the ceasefire" -----------


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


# --- the military toll of an unrecognised entity --------------------------------------------------


def test_the_military_toll_of_a_breakaway_ministry() -> None:
    text = (
        "The separatist defence ministry said 12 more of its servicemen had been killed, bringing its "
        "military death toll to 500."
    )
    assert figures(text, WED_02_JUN_2021) == [(12, "killed", "combatants"), (500, "killed", "combatants")]
    text = "Azerbaijan's defence ministry said three soldiers died, bringing its military death toll to 50."
    assert figures(text, WED_02_JUN_2021) == [(3, "killed", "government"), (50, "killed", "government")]


# --- armed groups by their initials ---------------------------------------------------------------


def test_armed_group_initials() -> None:
    assert figures(
        "Troops backed by helicopters raided a village, killing three AA fighters.", WED_06_OCT_2021
    ) == [(3, "killed", "rebels")]
    assert figures("The military said it killed 40 TPLF fighters near Alamata.", WED_06_OCT_2021) == [
        (40, "killed", "rebels")
    ]


def test_fighters_without_initials_stay_combatants() -> None:
    assert figures("Clashes in the hills killed 11 fighters, a monitor said.", WED_06_OCT_2021) == [
        (11, "killed", "combatants")
    ]


# --- a side that lost its fighters ----------------------------------------------------------------


def test_side_said_on_a_day_it_lost_fighters() -> None:
    text = "Maoist rebels said on Tuesday they had lost five fighters when police stormed their camp."
    assert figures(text, MON_03_JUN_2024) == [(5, "killed", "rebels")]


def test_no_side_before_the_saying_stays_combatants() -> None:
    text = "Witnesses said on Tuesday they had seen five fighters killed when police stormed a camp."
    assert figures(text, MON_03_JUN_2024) == [(5, "killed", "combatants")]


# --- bare figure after servicemen of an unrecognised entity ---------------------------------------


def test_bare_figure_after_unrecognised_servicemen() -> None:
    text = "Two servicemen of the self-declared Luhansk republic were killed and five wounded overnight."
    assert [(n, k, g) for n, k, g, _ in scoped(text, MON_03_JUN_2024)] == [
        (2, "killed", "combatants"),
        (5, "wounded", "combatants"),
    ]


def test_bare_figure_after_state_soldiers_stays_government() -> None:
    text = "Two Ukrainian soldiers were killed and five wounded overnight near Avdiivka."
    assert [(n, k, g) for n, k, g, _ in scoped(text, MON_03_JUN_2024)] == [
        (2, "killed", "government"),
        (5, "wounded", "government"),
    ]


# --- hostage-takers -------------------------------------------------------------------------------


def test_hostage_takers_are_rebels() -> None:
    assert scoped(
        "Eleven of the hostage-takers were killed when troops stormed the theatre.", MON_03_JUN_2024
    ) == [(11, "killed", "rebels", "incident")]


def test_a_bare_count_after_two_sides_is_unspecified() -> None:
    """Servicemen of an unrecognised entity and a state's soldiers are two sides: the "five" after
    them is no one side's."""
    pub = date(2016, 4, 4)
    text = "Three Karabakh servicemen and two Azerbaijani soldiers were killed and five were wounded."
    assert figures(text, pub) == [
        (3, "killed", "combatants"),
        (2, "killed", "government"),
        (5, "wounded", "unspecified"),
    ]
    assert figures("Three Karabakh servicemen were killed and five were wounded.", pub) == [
        (3, "killed", "combatants"),
        (5, "wounded", "combatants"),
    ]


def test_a_side_s_own_commanders_and_armed_groups_by_initials() -> None:
    pub = date(2022, 8, 8)
    assert figures("Israel said the operation had killed the group's two top commanders in Gaza.", pub) == [
        (2, "killed", "rebels")
    ]
    assert figures("Islamic Jihad said Israel had killed its two top commanders in Gaza.", pub) == [
        (2, "killed", "rebels")
    ]
    assert figures("Rebels killed the army's two commanders.", pub) == [(2, "killed", "government")]
    assert figures("The MILF said 18 of its fighters had died in the clash.", pub) == [
        (18, "killed", "rebels")
    ]
    assert figures("Troops killed five NPA guerrillas in Samar.", pub) == [(5, "killed", "rebels")]


def test_terrorists_and_their_mercenaries_are_rebels() -> None:
    text = "The army's operations killed scores of terrorists, among them 17 foreign mercenaries."
    assert figures(text, date(2016, 2, 27)) == [(None, "killed", "rebels"), (17, "killed", "rebels")]


def test_armed_oppositions_named_by_their_initials() -> None:
    pub = date(2020, 8, 10)
    text = (
        "Government troops attacked their positions, killing three SPLA-IO fighters and wounding five others."
    )
    assert figures(text, pub) == [(3, "killed", "rebels"), (5, "wounded", "rebels")]
    text = '"Four of our fighters fell martyred while repelling the attack," the SDF said.'
    assert figures(text, pub) == [(4, "killed", "rebels")]


def test_members_of_a_terrorist_group_and_the_abu_sayyaf_by_initials() -> None:
    pub = date(2022, 12, 2)
    text = "Security forces have killed 37 members of the terrorist group OLF-Shene and captured 21 others."
    assert figures(text, pub) == [(37, "killed", "rebels"), (21, "detained", "rebels")]
    assert figures("Three ASG members were also killed in the clash.", pub) == [(3, "killed", "rebels")]


def test_fighters_of_the_groups_are_rebels() -> None:
    text = "Gunmen seized three crewmen, a day after troops killed five of the group's fighters in a clash."
    assert (5, "killed", "rebels") in figures(text, WED_09_MAR_2005)
