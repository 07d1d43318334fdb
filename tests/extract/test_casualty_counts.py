"""Casualty figures: how news states a count - totals and the sub-groups, asides and partitives
after them, speakers that are no victims, one more person, a verb shared across a list."""

from __future__ import annotations

import pytest

from feeds.extract import extract

from .helpers import (
    MON_03_JUN_2024,
    SAT_01_MAR_2025,
    SAT_04_JUN_2022,
    THU_12_SEP_2024,
    TUE_04_JUN_2019,
    TUE_10_MAY_2016,
    WED_02_JUN_2021,
    WED_06_OCT_2021,
    WED_09_MAR_2005,
    WED_16_MAY_2007,
    figures,
    scoped,
    sorted_figures,
)


def test_listed_objects_share_the_left_verb() -> None:
    found = figures(
        "Shelling killed a woman and a teenage girl, and three soldiers were wounded.", SAT_01_MAR_2025
    )
    assert (1, "killed", "children") in found
    assert (3, "wounded", "government") in found


def test_coordinated_object_before_attribution_shares_the_verb() -> None:
    text = "The drone strike killed three soldiers and two civilians, the army said."
    assert figures(text, SAT_01_MAR_2025) == [(3, "killed", "government"), (2, "killed", "civilians")]


def test_figure_followed_by_its_own_reporting_verb_is_a_speaker() -> None:
    text = "Shelling killed four people in the town, and two officials said the toll could rise."
    assert figures(text, SAT_01_MAR_2025) == [(4, "killed", "unspecified")]


def test_possessive_relatives_share_the_verb() -> None:
    assert figures("An air strike killed a farmer and his three children.", SAT_01_MAR_2025) == [
        (1, "killed", "civilians"),
        (3, "killed", "children"),
    ]
    assert figures("The raid killed a teacher and her two brothers.", SAT_01_MAR_2025) == [
        (1, "killed", "civilians"),
        (2, "killed", "civilians"),
    ]


def test_n_more_counts_like_n_others() -> None:
    text = "Gunmen killed two policemen and wounded five more at the checkpoint."
    assert figures(text, SAT_01_MAR_2025) == [(2, "killed", "government"), (5, "wounded", "government")]
    assert figures("Three soldiers were killed and a dozen more were injured.", SAT_01_MAR_2025) == [
        (3, "killed", "government"),
        (12, "wounded", "government"),
    ]
    assert figures("The bombing killed five more than the last attack on the market.", SAT_01_MAR_2025) == []


def test_bare_number_counts_the_object_of_the_attack() -> None:
    text = "Troops opened fire on unarmed protesters in the square, killing 9."
    assert figures(text, SAT_01_MAR_2025) == [(9, "killed", "civilians")]


def test_aside_with_abbreviations_between_figure_and_verb() -> None:
    text = "At least 40 aid workers, most of them U.N. staff, have been killed since the war began."
    assert figures(text, SAT_01_MAR_2025) == [(40, "killed", "aid_workers")]


def test_aside_between_dashes_or_in_brackets() -> None:
    text = "About 2 million people - nearly half the population - have been displaced by the war."
    assert figures(text, SAT_01_MAR_2025) == [(2000000, "displaced", "unspecified")]
    assert figures("Twelve people (most of them farmers) were killed.", SAT_01_MAR_2025) == [
        (12, "killed", "unspecified")
    ]


def test_among_n_people_killed() -> None:
    text = "Two Thai nationals and a Nepali were among five people killed when a rocket struck an orchard."
    assert figures(text, SAT_01_MAR_2025) == [
        (2, "killed", "civilians"),
        (1, "killed", "unspecified"),
        (5, "killed", "unspecified"),
    ]
    assert figures("Three children were among those killed.", SAT_01_MAR_2025) == [(3, "killed", "children")]
    assert figures("Two soldiers were among the troops deployed to the area.", SAT_01_MAR_2025) == []


def test_sub_group_of_them_in_brackets_dashes_or_after_a_comma() -> None:
    assert figures(
        "A car bomb killed nine people (four of them police officers) in the city centre.", SAT_01_MAR_2025
    ) == [
        (9, "killed", "unspecified"),
        (4, "killed", "government"),
    ]
    assert figures(
        "The blast killed 14 people - six of them children - and wounded 30.", SAT_01_MAR_2025
    ) == [
        (14, "killed", "unspecified"),
        (6, "killed", "children"),
        (30, "wounded", "unspecified"),
    ]
    assert figures(
        "Hospitals treated 600 people wounded in the clashes. Some 45 of them later died.", SAT_01_MAR_2025
    ) == [
        (600, "wounded", "unspecified"),
        (45, "killed", "unspecified"),
    ]
    # must not fire: how badly, or the complement of a group
    assert figures("Thirty people were wounded, 12 of them seriously.", SAT_01_MAR_2025) == [
        (30, "wounded", "unspecified")
    ]
    assert figures("Sixty soldiers have died, all but two of them conscripts.", SAT_01_MAR_2025) == [
        (60, "killed", "government")
    ]


def test_the_n_dead_or_people_killed_is_a_figure() -> None:
    assert figures("Two medics were among the 14 people killed in the strike.", SAT_01_MAR_2025) == [
        (2, "killed", "civilians"),
        (14, "killed", "unspecified"),
    ]
    assert figures("The 12 dead included three police officers.", SAT_01_MAR_2025) == [
        (12, "killed", "unspecified"),
        (3, "killed", "government"),
    ]
    # must not fire: a unit's number, a decade
    assert figures("The 101st Airborne lost two soldiers.", SAT_01_MAR_2025) == [(2, "killed", "government")]
    assert figures("Fighting in the 1990s killed thousands.", SAT_01_MAR_2025) == [
        (None, "killed", "unspecified")
    ]


def test_one_of_its_soldiers_counts_one() -> None:
    assert figures("The army said one of its officers had been killed by a sniper.", SAT_01_MAR_2025) == [
        (1, "killed", "government")
    ]
    # must not fire
    assert figures("It was one of the deadliest attacks this year.", SAT_01_MAR_2025) == []


def test_speakers_joined_by_and_are_not_victims() -> None:
    assert figures(
        "Mortar fire killed 14 people, including three nurses, a surgeon and a porter told AFP.",
        THU_12_SEP_2024,
    ) == [
        (14, "killed", "unspecified"),
        (3, "killed", "civilians"),
    ]
    assert figures("A drone killed two policemen, a shopkeeper and two farmers said.", THU_12_SEP_2024) == [
        (2, "killed", "government")
    ]
    # not: victims listed before the attribution, or a speaker after a comma
    assert figures(
        "Militants killed three guards, a driver and a farmer on Sunday, police said.", THU_12_SEP_2024
    ) == [
        (3, "killed", "government"),
        (1, "killed", "civilians"),
        (1, "killed", "civilians"),
    ]
    assert figures(
        "The raid killed a shepherd and his son, and a neighbour said the village had emptied.",
        THU_12_SEP_2024,
    ) == [
        (1, "killed", "civilians"),
        (1, "killed", "children"),
    ]
    assert figures("Two teachers were wounded, and a doctor said both would recover.", THU_12_SEP_2024) == [
        (2, "wounded", "civilians")
    ]


def test_among_them_were_after_the_total() -> None:
    assert figures(
        "Clashes killed 52 people over the weekend. Among them were nine children.", THU_12_SEP_2024
    ) == [
        (52, "killed", "unspecified"),
        (9, "killed", "children"),
    ]
    assert figures("Police arrested 60 demonstrators. Among them was a photographer.", THU_12_SEP_2024) == [
        (60, "detained", "civilians"),
        (1, "detained", "civilians"),
    ]
    # not: a total two sentences back, people who are no casualties, no total before
    assert figures(
        "A bomb killed 12 people. The UN sent 30 monitors. Among them were two Kenyans.", THU_12_SEP_2024
    ) == [(12, "killed", "unspecified")]
    assert figures("The summit drew 40 leaders. Among them were six women.", THU_12_SEP_2024) == []
    assert figures("Among them were three children.", THU_12_SEP_2024) == []
    assert figures(
        "A mortar hit the market, killing 11 people. Among the victims were two boys.", THU_12_SEP_2024
    ) == [
        (11, "killed", "unspecified"),
        (2, "killed", "children"),
    ]


def test_and_his_or_her_person_after_a_figure() -> None:
    assert figures(
        "A shell struck the house, and a man and his eight-year-old daughter were killed.", THU_12_SEP_2024
    ) == [
        (1, "killed", "unspecified"),
        (1, "killed", "children"),
    ]
    assert figures("Soldiers shot dead a trader and his brother at a checkpoint.", THU_12_SEP_2024) == [
        (1, "killed", "civilians"),
        (1, "killed", "civilians"),
    ]
    # not: a speaker, a possessive with no figure before, plural heads, non-conflict deaths
    assert figures("A soldier was wounded and his commander said the post held.", THU_12_SEP_2024) == [
        (1, "wounded", "government")
    ]
    assert figures("The minister and his wife visited the wounded.", THU_12_SEP_2024) == []
    assert figures("Snipers killed a farmer and his cousins.", THU_12_SEP_2024) == [
        (1, "killed", "civilians")
    ]
    assert figures("The rider was racing days after the death of his brother.", THU_12_SEP_2024) == []


def test_and_their_person_is_one_more() -> None:
    assert figures("Gunmen killed two Pakistani engineers and their bodyguard.", WED_09_MAR_2005) == [
        (2, "killed", "civilians"),
        (1, "killed", "government"),
    ]
    # must not fire: plurals after "their", or no figure right before
    assert figures("Gunmen killed two Pakistani engineers and their guards.", WED_09_MAR_2005) == [
        (2, "killed", "civilians")
    ]
    assert figures("Rebels wounded two soldiers and their relatives.", WED_09_MAR_2005) == [
        (2, "wounded", "government")
    ]
    assert figures("Rebels attacked the town and their leader was wounded.", WED_09_MAR_2005) == []


def test_a_progressive_relative_clause_before_the_predicate() -> None:
    assert figures(
        "Eight policemen who were escorting a convoy were killed in the ambush.", WED_16_MAY_2007
    ) == [(8, "killed", "government")]
    assert figures(
        "Eleven villagers who were fleeing the clashes were wounded by shellfire.", WED_16_MAY_2007
    ) == [(11, "wounded", "civilians")]
    # must not fire: the people of the clause are the doers, or no kind follows
    assert figures(
        "Four soldiers who were guarding the bridge killed two gunmen, the army said.", WED_16_MAY_2007
    ) == [(2, "killed", "rebels")]
    assert (
        figures("About 500 troops who were patrolling the border were sent home on Monday.", WED_16_MAY_2007)
        == []
    )
    assert figures("Two men who were carrying the flags were cheered by the crowd.", WED_16_MAY_2007) == []


def test_speaker_after_a_toll_is_no_figure() -> None:
    text = (
        "The bombing brings to 62 the number of soldiers killed in the "
        "district since March, a local official said."
    )
    assert sorted_figures(text, TUE_10_MAY_2016) == [(62, "killed", "government")]


def test_bare_number_after_the_attacks_object() -> None:
    text = "Mutinous soldiers attacked government troops near Bukavu on Friday, killing at least six."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(6, "killed", "government")]
    text = "Gunmen ambushed a convoy of border guards in Sinai, killing eight."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(8, "killed", "government")]
    # the object is a place or a building: no people named
    assert sorted_figures("Rebels attacked an army base in Kidal, killing four.", TUE_10_MAY_2016) == [
        (4, "killed", "unspecified")
    ]
    assert sorted_figures("Militants attacked a checkpoint near Arish, killing five.", TUE_10_MAY_2016) == [
        (5, "killed", "unspecified")
    ]


def test_killed_all_n() -> None:
    assert sorted_figures("Police commandos killed all four gunmen after a siege.", TUE_10_MAY_2016) == [
        (4, "killed", "rebels")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We have nothing left," said one displaced farmer from the valley.',
        '"The shelling never stops," explained a wounded shepherd at the clinic.',
    ],
)
def test_speaker_after_the_verb_is_no_figure(text: str) -> None:
    assert figures(text, MON_03_JUN_2024) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police said one soldier was killed in the ambush.", [(1, "killed", "government")]),
        ("The army said a soldier was wounded by sniper fire.", [(1, "wounded", "government")]),
    ],
)
def test_said_before_a_clause_keeps_the_figure(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text, MON_03_JUN_2024) == want


def test_an_before_a_consonant_is_no_article() -> None:
    assert figures("Es gab kein Funkgerät an Bord, die Crew war allein.", MON_03_JUN_2024) == []


def test_an_before_an_acronym_still_counts() -> None:
    text = "Militants shot dead an SAS soldier and an FBI agent in the capital on Monday."
    assert figures(text, MON_03_JUN_2024) == [(1, "killed", "government"), (1, "killed", "government")]


def test_number_of_killed_risen_to_after_a_long_subject() -> None:
    text = (
        "The number of people killed in Saturday's bombing of a crowded bus station in Quetta has risen "
        "to 31, provincial officials said."
    )
    assert figures(text, MON_03_JUN_2024) == [(31, "killed", "unspecified")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a single name in the list of those counted: "nine" is Omar's age
        (
            "Two brothers, Ali, 12, and Omar, nine, were killed when a shell hit their home.",
            [(2, "killed", "children")],
        ),
        # "Said" right before the age is a name, not the verb: no one more is counted
        (
            "Three men, Ali Musa, 42, Hassan Ali, 30, and Omar Said, 20, were shot dead by militiamen.",
            [(3, "killed", "unspecified")],
        ),
    ],
)
def test_names_and_ages_in_a_list_count_no_one_more(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text, MON_03_JUN_2024) == want


def test_a_number_past_31_after_a_month_is_no_day() -> None:
    assert scoped("Since January 500 people have died in the fighting.", MON_03_JUN_2024) == [
        (500, "killed", "unspecified", "cumulative")
    ]
    # (a day of the month still is one)
    assert scoped("On March 12 three soldiers were killed.", MON_03_JUN_2024) == [
        (3, "killed", "government", "incident")
    ]


# --- an aside after "among them" ends before a "while" clause -------------------------------------


def test_toll_aside_does_not_run_into_a_while_clause() -> None:
    got = figures(
        "The death toll from the bombing of the bus station rose to 22 people, among them six "
        "children, while 51 others were injured, the health directorate said.",
        TUE_04_JUN_2019,
    )
    assert (22, "killed", "unspecified") in got and (6, "killed", "children") in got
    assert (51, "wounded", "unspecified") in got
    assert (22, "wounded", "unspecified") not in got


def test_asides_without_while_still_reach_the_verb() -> None:
    got = figures(
        "Fourteen people, including three children and two women, were wounded in the shelling.",
        TUE_04_JUN_2019,
    )
    assert (14, "wounded", "unspecified") in got and (3, "wounded", "children") in got
    got = figures(
        "Nine civilians, among them a pregnant woman, were killed when the rocket hit the market.",
        TUE_04_JUN_2019,
    )
    assert (9, "killed", "civilians") in got
    got = figures(
        "Eleven people, most of them farmers from the area, were abducted by the gunmen.", TUE_04_JUN_2019
    )
    assert (11, "detained", "unspecified") in got


# --- the death toll far before "has risen to N" ---------------------------------------------------


def test_toll_named_at_the_head_of_a_long_subject() -> None:
    text = (
        "The death toll from Tuesday's twin car bombings at a crowded vegetable market in the north of "
        "the city has risen to 83, including 19 children, hospital officials said."
    )
    assert figures(text, WED_02_JUN_2021) == [(83, "killed", "unspecified"), (19, "killed", "children")]
    text = (
        "The civilian toll from last week's shelling of the refugee camp on the outskirts of the "
        "provincial capital has climbed to 41, including 12 women, the UN said."
    )
    assert figures(text, WED_02_JUN_2021) == [(41, "killed", "civilians"), (12, "killed", "civilians")]


def test_a_far_toll_needs_the_verb_of_its_growth() -> None:
    text = (
        "The death toll from the bombing of the wedding party in the remote mountain district was not "
        "known, but officials said 14 guards were on duty."
    )
    assert figures(text, WED_02_JUN_2021) == []
    text = (
        "The death toll from the shelling of the market in the eastern district of the city has risen "
        "sharply. Officials expect to reach 30 villages by Friday."
    )
    assert figures(text, WED_02_JUN_2021) == []


# --- a toll's clause, and a sub-group aside that stops at the next figure -------------------------


def test_a_far_toll_stays_in_its_own_clause() -> None:
    text = (
        "The death toll from the bombing is expected to rise, and the number of people in hospital "
        "has reached 45, doctors said."
    )
    assert figures(text, WED_02_JUN_2021) == []


def test_an_including_aside_does_not_reach_past_the_next_figure() -> None:
    text = "The death toll in the market attack has risen to 52, including 9 children, and 80 wounded."
    assert figures(text, WED_02_JUN_2021) == [
        (52, "killed", "unspecified"),
        (9, "killed", "children"),
        (80, "wounded", "unspecified"),
    ]
    text2 = "Some 120 people, including 30 children and 41 women, were wounded in the shelling."
    assert figures(text2, WED_02_JUN_2021) == [
        (120, "wounded", "unspecified"),
        (30, "wounded", "children"),
        (41, "wounded", "civilians"),
    ]


# --- one more person ------------------------------------------------------------------------------


def test_wounded_another_counts_one_of_the_people_before() -> None:
    text = "Gunmen shot dead a border guard and wounded another near the crossing on Sunday."
    assert figures(text, WED_02_JUN_2021) == [(1, "killed", "government"), (1, "wounded", "government")]
    text = "The militants killed two villagers and abducted another in a night raid."
    assert figures(text, WED_02_JUN_2021) == [(2, "killed", "civilians"), (1, "detained", "civilians")]
    # (review: "another" before punctuation, as a sentence or clause ends)
    text = "A sniper killed a medic and wounded another, the aid group said."
    assert figures(text, WED_02_JUN_2021) == [(1, "killed", "civilians"), (1, "wounded", "civilians")]
    assert figures("Insurgents kidnapped one engineer and killed another.", WED_02_JUN_2021) == [
        (1, "detained", "civilians"),
        (1, "killed", "civilians"),
    ]


def test_another_before_a_number_or_a_noun_is_not_one_more() -> None:
    assert figures("Troops killed another 20 people in the town.", WED_02_JUN_2021) == [
        (20, "killed", "unspecified")
    ]
    assert figures("Militants wounded another soldier on Monday.", WED_02_JUN_2021) == [
        (1, "wounded", "government")
    ]
    assert figures("The army said it had found another in a ditch.", WED_02_JUN_2021) == []


def test_a_village_chief_among_the_dead() -> None:
    text = "Gunmen killed 20 farmers in the attack. A 58-year-old village chief was among the dead."
    assert figures(text, WED_02_JUN_2021) == [(20, "killed", "civilians"), (1, "killed", "civilians")]
    assert figures("Three police chiefs were killed in the ambush.", WED_02_JUN_2021) == [
        (3, "killed", "government")
    ]
    assert figures("The militants killed 11 peasants and a village headman.", WED_02_JUN_2021) == [
        (11, "killed", "civilians"),
        (1, "killed", "civilians"),
    ]


# --- a bare figure before a time adverb -----------------------------------------------------------


def test_a_bare_figure_before_a_time_adverb() -> None:
    text = "Rebel shelling killed four soldiers and wounded 17 overnight, the army said."
    assert (17, "wounded", "government") in figures(text, SAT_04_JUN_2022)
    text = "Militants abducted 12 yesterday in a raid on the village, police said."
    assert figures(text, SAT_04_JUN_2022) == [(12, "detained", "unspecified")]


# --- a person noun restated by name and age -------------------------------------------------------


def test_person_restated_by_name_and_age_counts_once() -> None:
    assert figures(
        "A policeman, Constable Rafiq Ahmed, 31, was killed when militants attacked the post.",
        WED_06_OCT_2021,
    ) == [(1, "killed", "government")]
    assert figures("Militants shot dead a farmer, Mohammad Yusuf, 52, in the market.", WED_06_OCT_2021) == [
        (1, "killed", "civilians")
    ]
    assert figures(
        "A day after the raid, a soldier, Naik Suresh Kumar, 28, was killed.", WED_06_OCT_2021
    ) == [(1, "killed", "government")]


def test_name_and_age_without_a_noun_before() -> None:
    assert figures("Mohammad Yusuf, 52, was killed in the shelling.", WED_06_OCT_2021) == [
        (1, "killed", "unspecified")
    ]
    assert figures("Rebel commander Ali Musa, 40, was killed in the raid.", WED_06_OCT_2021) == [
        (1, "killed", "rebels")
    ]
    assert figures("A witness, Ahmed Ali, 45, said two people were killed.", WED_06_OCT_2021) == [
        (2, "killed", "unspecified")
    ]


def test_unrecognised_serviceman_restated() -> None:
    text = (
        "A contract serviceman of the Karabakh Defence Army, Private Levon Sargsyan, 20, was wounded by "
        "a sniper bullet."
    )
    assert figures(text, WED_06_OCT_2021) == [(1, "wounded", "combatants")]


# --- a bare number opening a sentence -------------------------------------------------------------


def test_bare_number_takes_the_group_of_the_figure_before() -> None:
    text = (
        "As of Friday, at least 1,347 members of the U.S. military have died since the beginning of the "
        "Iraq war. At least 1,052 died as a result of hostile action, according to the military."
    )
    assert figures(text, WED_06_OCT_2021) == [(1347, "killed", "government"), (1052, "killed", "government")]
    text = "At least 640 U.S. troops have died in Iraq. Of those, 480 were killed in combat."
    assert figures(text, WED_06_OCT_2021) == [(640, "killed", "government"), (480, "killed", "government")]


def test_bare_number_not_from_another_kind_or_mid_sentence() -> None:
    assert figures("Four soldiers were killed on Monday. Seven were wounded.", WED_06_OCT_2021) == [
        (4, "killed", "government"),
        (7, "wounded", "unspecified"),
    ]
    assert figures("Nine people died in the blast. Three died later in hospital.", WED_06_OCT_2021) == [
        (9, "killed", "unspecified"),
        (3, "killed", "unspecified"),
    ]


# --- a mechanism for violations -------------------------------------------------------------------


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


# --- elliptic second figure after a place adjective -----------------------------------------------


def test_elliptic_second_figure_after_place_adjective() -> None:
    text = "Gunmen killed 16 people in neighbouring Zurmi on Thursday and eight in Anka on Friday."
    assert sorted_figures(text, TUE_10_MAY_2016) == [
        (8, "killed", "unspecified"),
        (16, "killed", "unspecified"),
    ]
    text = "Shelling killed 11 civilians in the besieged city of Taiz on Monday and four in rebel-held Saada."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(4, "killed", "civilians"), (11, "killed", "civilians")]


def test_elliptic_not_past_a_verb_or_things() -> None:
    text = "Militants killed nine people in neighbouring Dikwa and torched 30 shops in the market."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(9, "killed", "unspecified")]
    text = "Troops killed 7 rebels in the restive east, a spokesman said, and 5 in the north."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(7, "killed", "rebels")]


# --- partitive: "killing three of them" -----------------------------------------------------------


def test_partitive_of_people_named_before() -> None:
    text = "The rebels said soldiers had attacked their fighters near Rolpa, killing four of them."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(4, "killed", "rebels")]
    text = "Police opened fire on the demonstrators, wounding 15 of them."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(15, "wounded", "civilians")]
    text = "Insurgents ambushed a patrol of soldiers in Zabul, killing seven of them, officials said."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(7, "killed", "government")]


def test_partitive_not_a_figure_without_a_kind() -> None:
    assert sorted_figures("Thirty delegates arrived and ten of them spoke.", TUE_10_MAY_2016) == []
    text = "Militants stopped a bus carrying 40 passengers and questioned 12 of them."
    assert sorted_figures(text, TUE_10_MAY_2016) == []


# --- a passive "was announced" names no speaker for "its fighters" --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Ta'ang National Liberation Army said its positions had been shelled since the truce was "
            "announced, killing two of its fighters.",
            [(2, "killed", "rebels", "cumulative")],
        ),
        (
            "The military said its posts had been attacked since the ceasefire was declared, killing two "
            "of its soldiers.",
            [(2, "killed", "government", "cumulative")],
        ),
    ],
)
def test_passive_report_verb_names_no_speaker(text: str, want: list[tuple[int, str, str, str]]) -> None:
    assert scoped(text, MON_03_JUN_2024) == want


# --- names and ages restating a counted plural ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Four police officers, Ali Reza, 28, Hamid Karimi, 31, and their driver Nabi, 40, were killed "
            "in the ambush.",
            [(4, "killed", "government")],
        ),
        (
            "Two aid workers, John Smith, 34, and his colleague Maria Lopez, 29, were abducted on Monday.",
            [(2, "detained", "aid_workers")],
        ),
        (
            "Militants killed two policemen, Ali Khan, 30, and his brother Omar, 25, on Friday.",
            [(2, "killed", "government")],
        ),
    ],
)
def test_names_and_ages_restate_the_counted_plural(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text, MON_03_JUN_2024) == want


# --- a share of them as an aside ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 60 people, about half of them women, were killed when the market was shelled.",
        "Some 60 people, two-thirds of whom were women, died in the shelling of the market.",
    ],
)
def test_share_aside_keeps_total(text: str) -> None:
    assert [f[:2] for f in scoped(text, MON_03_JUN_2024)] == [(60, "killed")]


def test_share_of_a_population_still_no_figure() -> None:
    assert scoped("Some 3,000 people, half of them in the capital, voted on Sunday.", MON_03_JUN_2024) == []


def test_including_the_one_person_named() -> None:
    """'including the governor' names one person of the figure before: a sub-group of one."""
    pub = WED_09_MAR_2005
    assert figures(
        "A roadside bomb killed six people on Monday, including the provincial governor.", pub
    ) == [
        (6, "killed", "unspecified"),
        (1, "killed", "government"),
    ]
    assert figures("The blast wounded 12 people, including the driver of the bus.", pub) == [
        (12, "wounded", "unspecified"),
        (1, "wounded", "civilians"),
    ]
    # no figure before it: "the" counts only after a kind verb
    assert figures("Leaders of 12 countries, including the president, attended the summit.", pub) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two suspected members of the Abu Sayyaf group, which claimed the attacks, were arrested "
            "in General Santos city.",
            [(2, "detained", "unspecified")],
        ),
        (
            "The two gunmen, brothers from East Jerusalem, were shot dead at the scene.",
            [(2, "killed", "rebels")],
        ),
        ("Twelve people, police said, were killed in the blast.", [(12, "killed", "unspecified")]),
    ],
)
def test_an_aside_between_the_people_and_their_verb(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(text, WED_09_MAR_2005) == expected


def test_an_age_with_a_demonym_is_one_person() -> None:
    pub = WED_09_MAR_2005
    assert figures("A 15-year-old Palestinian was killed by Israeli fire in Gaza.", pub) == [
        (1, "killed", "children")
    ]
    assert figures("A 40-year-old Iraqi was shot dead.", pub) == [(1, "killed", "unspecified")]


def test_a_speaker_named_by_where_they_work_is_no_figure() -> None:
    text = (
        "An air strike hit a kindergarten, killing seven people, including four children, a senior "
        "doctor at the city's main hospital said."
    )
    assert figures(text, WED_09_MAR_2005) == [(7, "killed", "unspecified"), (4, "killed", "children")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve displaced persons, including four children, were killed when the RSF shelled the camp.",
            [(12, "killed", "civilians"), (4, "killed", "children")],
        ),
        ("Some 5,000 displaced people were living in the camp.", [(5000, "displaced", "unspecified")]),
        (
            "A woman and her two children were killed when an airstrike hit their home.",
            [(1, "killed", "civilians"), (2, "killed", "children")],
        ),
        (
            "Gunmen kidnapped two engineers on Monday, and their driver was shot dead when he resisted.",
            [(2, "detained", "civilians"), (1, "killed", "civilians")],
        ),
        ("Their driver said the road was closed.", []),
        ("The police said only 31 persons were taken away.", [(31, "detained", "unspecified")]),
        ("The wounded were taken away to hospital.", []),
        ("The aggression has killed and injured more than 35,000 Yemeni civilians since March 2015.", []),
    ],
)
def test_state_media_and_wire_phrasings(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(text, WED_09_MAR_2005) == expected


def test_the_same_person_told_again_is_one_figure() -> None:
    text = (
        "The militia violated the truce, killing a child with sniper fire in Taiz on Tuesday. A "
        "sniper shot dead the 9-year-old boy Ahmed Abdulkarim while he was fetching water."
    )
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "children")]
    # another person of the same group
    text = "Gunmen killed a soldier on Monday. On Tuesday, a bomb killed the commander of the unit."
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "government"), (1, "killed", "government")]


def test_wounding_a_third_is_one_more_of_the_people_before() -> None:
    text = "Suspected rebels shot dead two soldiers and wounded a third in the east on Monday."
    assert figures(text, WED_09_MAR_2005) == [(2, "killed", "government"), (1, "wounded", "government")]
    assert figures("Rebels now hold a third of the province, the army said.", WED_09_MAR_2005) == []


def test_members_of_one_family_count_the_members_only() -> None:
    text = "Five members of one family, including three children, were killed when a shell hit their home."
    assert figures(text, WED_09_MAR_2005) == [(5, "killed", "civilians"), (3, "killed", "children")]


def test_a_person_told_again_between_commas_is_one() -> None:
    text = (
        "An official said a resident of the village, a man in his forties, had died of shrapnel "
        "wounds, and shelling killed a soldier, a policeman and a farmer."
    )
    assert figures(text, WED_09_MAR_2005) == [
        (1, "killed", "civilians"),
        (1, "killed", "government"),
        (1, "killed", "government"),
        (1, "killed", "civilians"),
    ]


def test_a_part_of_a_whole_population_is_vague() -> None:
    text = "Roughly half of the town's 150,000 residents have fled their homes, the ombudsman said."
    assert figures(text, WED_09_MAR_2005) == [(None, "displaced", "civilians")]
    text = "Half of the 40 people killed were children, the ministry said."
    assert figures(text, WED_09_MAR_2005)[0] == (40, "killed", "unspecified")


def test_a_share_of_the_population_between_commas() -> None:
    text = (
        "About 1.7 million people, around three-quarters of the territory's population, have been "
        "displaced, according to the United Nations."
    )
    assert figures(text, WED_09_MAR_2005) == [(1700000, "displaced", "unspecified")]


def test_a_civilian_guide_and_soldiers_killed_together() -> None:
    text = "Three soldiers and a civilian guide were killed when gunmen ambushed an army patrol."
    assert figures(text, WED_09_MAR_2005) == [(3, "killed", "government"), (1, "killed", "civilians")]
    text = "Gunmen killed 31 villagers, including an imam and a 10-year-old boy."
    assert figures(text, WED_09_MAR_2005) == [
        (31, "killed", "civilians"),
        (1, "killed", "civilians"),
        (1, "killed", "children"),
    ]


def test_single_people_with_a_modifier_or_an_ordinal() -> None:
    text = (
        "Gunmen shot dead a political officer of the rebels and a fellow rebel near the town on "
        "Tuesday. A third rebel was seriously hurt in the attack."
    )
    assert figures(text, WED_09_MAR_2005) == [
        (1, "killed", "rebels"),
        (1, "killed", "rebels"),
        (1, "wounded", "rebels"),
    ]


def test_one_more_along_with_the_people_before() -> None:
    text = (
        "Two Marines were shot and killed when insurgents ambushed their patrol. Two others were hurt, "
        "along with an Iraqi interpreter traveling with the unit."
    )
    assert figures(text, WED_09_MAR_2005) == [
        (2, "killed", "government"),
        (2, "wounded", "government"),
        (1, "wounded", "civilians"),
    ]


def test_a_second_person_and_a_hyphenated_modifier() -> None:
    text = "A soldier was killed by sniper fire on Friday. A second soldier was lightly wounded, it said."
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "government"), (1, "wounded", "government")]
    assert figures("He died a second later, officials said.", WED_09_MAR_2005) == []
    text = "The rebels are still holding some 60 high-profile hostages, including three U.S. contractors."
    assert [f[:2] for f in figures(text, WED_09_MAR_2005)] == [(60, "detained"), (3, "detained")]


def test_the_verb_left_out_of_a_second_conjunct() -> None:
    text = "The ministry said five people were killed in Haris and four members of one family in Tallousa."
    assert figures(text, WED_09_MAR_2005) == [(5, "killed", "unspecified"), (4, "killed", "civilians")]
    # (a summary cut short: the bare number after the verb is not guessed)
    assert figures("At least 37 people were killed and 52", WED_09_MAR_2005) == [
        (37, "killed", "unspecified")
    ]


def test_a_possessive_person_as_the_object_of_a_kind_verb() -> None:
    text = "In a separate attack, shelling killed a civilian man and injured his wife, local sources said."
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "civilians"), (1, "wounded", "civilians")]


def test_where_the_people_were_when_hit_before_the_verb() -> None:
    text = "A 12-year-old boy caught in the crossfire was also killed, officials said."
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "children")]
    text = "Two men waiting for a bus were wounded, police said."
    assert figures(text, WED_09_MAR_2005) == [(2, "wounded", "unspecified")]


def test_one_of_the_people_named_with_their_verb() -> None:
    text = "Rebels attacked a post, killing four policemen. One of the attackers was killed in the exchange."
    assert figures(text, WED_09_MAR_2005) == [(4, "killed", "government"), (1, "killed", "rebels")]
    assert figures("It was one of the worst attacks this year, killing 12 people.", WED_09_MAR_2005) == [
        (12, "killed", "unspecified")
    ]


def test_a_third_as_the_subject_of_its_own_verb() -> None:
    text = "The military said two soldiers were killed and a third was seriously wounded by the missile."
    assert figures(text, WED_09_MAR_2005) == [(2, "killed", "government"), (1, "wounded", "government")]
    assert figures("Two were killed; a third was arrested.", WED_09_MAR_2005) == [
        (2, "killed", "unspecified"),
        (1, "detained", "unspecified"),
    ]


def test_people_told_by_where_they_lived_before_their_verb() -> None:
    text = "Some 350,000 people who had been living in camps around the city have been uprooted again."
    assert figures(text, WED_09_MAR_2005) == [(350000, "displaced", "unspecified")]
    text = "More than 300 suspected loyalists of the old regime had been arrested."
    assert figures(text, WED_09_MAR_2005) == [(300, "detained", "unspecified")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked the post, killing a score of policemen.", [(20, "killed", "government")]),
        ("Some 1.2m people are still displaced.", [(1200000, "displaced", "unspecified")]),
        ("More than 12 000 people have fled their homes.", [(12000, "displaced", "unspecified")]),
        ("In 2014 200 people were killed.", [(200, "killed", "unspecified")]),
        ("The 5m wall collapsed on the crowd.", []),
    ],
)
def test_numbers_as_outlets_write_them(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(text, WED_09_MAR_2005) == expected


def test_parts_among_those_who_perished_or_among_them_are() -> None:
    text = "Among those who perished were at least 31 foreigners, the ministry said."
    assert figures(text, WED_09_MAR_2005) == [(31, "killed", "unspecified")]
    text = (
        "More than 2,100 people have been arrested since the coup. Among them are at least 40 "
        "journalists, of whom 19 remain in custody."
    )
    assert figures(text, WED_09_MAR_2005) == [
        (2100, "detained", "unspecified"),
        (40, "detained", "civilians"),
        (19, "detained", "unspecified"),
    ]


def test_a_bare_number_before_a_time_word() -> None:
    text = "A missile strike on the city killed nine civilians and wounded 34 early on Sunday."
    assert figures(text, WED_09_MAR_2005) == [(9, "killed", "civilians"), (34, "wounded", "civilians")]


def test_a_militia_is_no_one_person_and_the_rescued_are_no_dead() -> None:
    text = "At least 183 people have been killed in clashes between the military and a regional militia."
    assert figures(text, WED_09_MAR_2005) == [(183, "killed", "unspecified")]
    text = (
        "Police said security forces had rescued 106 people, including women and children, and that all "
        "of the attackers had been killed."
    )
    assert figures(text, WED_09_MAR_2005) == []
    assert figures("The thriller has a hostage standoff settled by a sniper's bullet.", WED_09_MAR_2005) == []
