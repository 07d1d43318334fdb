"""Casualty groups told by person nouns: civilians, children, aid workers, nationalities, trades,
families, offices; a bare or split count and the group it takes."""

from __future__ import annotations

import pytest

from .helpers import (
    MON_03_JUN_2024,
    MON_08_NOV_2004,
    MON_10_JUN_2019,
    SAT_01_MAR_2025,
    THU_12_SEP_2024,
    TUE_04_JUN_2019,
    TUE_10_MAY_2016,
    WED_02_JUN_2021,
    WED_06_OCT_2021,
    WED_09_MAR_2005,
    WED_16_MAY_2007,
    figures,
    sorted_figures,
)


def test_family_of_n_counts_its_members_as_civilians() -> None:
    assert figures("The strike killed a family of five in the village on Tuesday.", SAT_01_MAR_2025) == [
        (5, "killed", "civilians")
    ]
    assert figures("A family of four was killed when a shell hit their home.", SAT_01_MAR_2025) == [
        (4, "killed", "civilians")
    ]


def test_members_of_his_family_are_civilians() -> None:
    text = "An airstrike killed a Hamas commander and six members of his family."
    assert figures(text, SAT_01_MAR_2025) == [(1, "killed", "rebels"), (6, "killed", "civilians")]


def test_united_nations_staff_are_aid_workers() -> None:
    assert figures("Gunmen abducted three United Nations employees.", SAT_01_MAR_2025) == [
        (3, "detained", "aid_workers")
    ]


def test_coordinated_subgroups_do_not_lend_their_group() -> None:
    text = "The strikes killed 80 people, including 12 children and nine women, and wounded 200."
    assert figures(text, SAT_01_MAR_2025) == [
        (80, "killed", "unspecified"),
        (12, "killed", "children"),
        (9, "killed", "civilians"),
        (200, "wounded", "unspecified"),
    ]


def test_abbreviated_nationality_before_the_head() -> None:
    assert figures("Two U.S. soldiers were killed on Sunday.", SAT_01_MAR_2025) == [
        (2, "killed", "government")
    ]
    assert figures(
        "Two U.N. peacekeepers from Nepal were killed. Three others were wounded.", SAT_01_MAR_2025
    ) == [
        (2, "killed", "government"),
        (3, "wounded", "government"),
    ]
    assert figures("Gunmen killed three U.N. workers near the border.", SAT_01_MAR_2025) == [
        (3, "killed", "aid_workers")
    ]


def test_paramedics_rescuers_and_media_workers_are_civilians() -> None:
    assert figures("Three paramedics were killed and two others wounded in the strike.", SAT_01_MAR_2025) == [
        (3, "killed", "civilians"),
        (2, "wounded", "civilians"),
    ]
    assert figures("Two rescuers were killed when a second drone struck.", SAT_01_MAR_2025) == [
        (2, "killed", "civilians")
    ]
    text = "The number of media workers killed since the war began rose to 160."
    assert figures(text, SAT_01_MAR_2025) == [(160, "killed", "civilians")]


def test_staff_with_an_organisation_but_not_a_man_with_a_weapon() -> None:
    text = "Seven aid workers with World Central Kitchen were killed in an air strike."
    assert figures(text, SAT_01_MAR_2025) == [(7, "killed", "aid_workers")]
    text = "A man with a sword killed one person and injured three others."
    assert figures(text, SAT_01_MAR_2025) == [(1, "killed", "unspecified"), (3, "wounded", "unspecified")]


def test_another_n_inherits_the_group_before() -> None:
    text = "In total, 58 soldiers have died in the operation. Another 120 were wounded."
    assert figures(text, SAT_01_MAR_2025) == [(58, "killed", "government"), (120, "wounded", "government")]
    text = "A bomb killed 14 people in the market. Another 20 were wounded."
    assert figures(text, SAT_01_MAR_2025) == [(14, "killed", "unspecified"), (20, "wounded", "unspecified")]


def test_nationality_nouns_the_suffix_rule_misses() -> None:
    assert figures(
        "Border guards shot dead two Kyrgyz and wounded one Tajik, officials said.", SAT_01_MAR_2025
    ) == [
        (2, "killed", "unspecified"),
        (1, "wounded", "unspecified"),
    ]
    assert figures("Gunmen killed three Rohingya in a camp near the border.", SAT_01_MAR_2025) == [
        (3, "killed", "unspecified")
    ]
    assert figures("Police said one Afghan was among the wounded.", SAT_01_MAR_2025) == [
        (1, "wounded", "unspecified")
    ]


def test_n_of_the_dead_were_names_the_group() -> None:
    text = "An air strike killed 30 people in the market. Eleven of the dead were women, medics said."
    assert figures(text, SAT_01_MAR_2025) == [(30, "killed", "unspecified"), (11, "killed", "civilians")]


def test_modifier_the_lists_do_not_know_before_a_person_noun() -> None:
    assert figures("Troops killed four dissident guerrillas in the mountains.", SAT_01_MAR_2025) == [
        (4, "killed", "rebels")
    ]
    # must not fire: "including" is no modifier (the 27 are not all women and children)
    found = figures(
        "The strike killed 44 people and wounded 27 including women and children.", SAT_01_MAR_2025
    )
    assert (44, "killed", "unspecified") in found
    assert [f for f in found if f[0] == 27 and f[2] != "unspecified"] == []


def test_agency_gives_way_to_a_state_modifier_and_dotted_initials() -> None:
    assert figures(
        "Three officers of the national intelligence and security agency were killed.", THU_12_SEP_2024
    ) == [(3, "killed", "government")]
    assert figures("Four staff of the U.N. children's agency were detained.", THU_12_SEP_2024) == [
        (4, "detained", "aid_workers")
    ]
    # not: an aid agency, a relief agency
    assert figures("Two employees of the aid agency were wounded.", THU_12_SEP_2024) == [
        (2, "wounded", "aid_workers")
    ]
    assert figures("Five members of the relief agency were abducted.", THU_12_SEP_2024) == [
        (5, "detained", "aid_workers")
    ]
    assert figures("Six members of the militia were arrested.", THU_12_SEP_2024) == [
        (6, "detained", "rebels")
    ]


def test_crew_and_former_modify_a_person_noun() -> None:
    assert figures("The drone hit the ambulance, killing a Red Crescent crew member.", THU_12_SEP_2024) == [
        (1, "killed", "aid_workers")
    ]
    assert figures("Four former soldiers were abducted from their homes.", THU_12_SEP_2024) == [
        (4, "detained", "government")
    ]
    # not: a crew with no person noun, "former" before no person
    assert figures("Gunmen attacked a television crew in the square.", THU_12_SEP_2024) == []
    assert figures("The former base was shelled, killing nobody.", THU_12_SEP_2024) == []
    assert figures("Three crew were rescued after the boat sank.", THU_12_SEP_2024) == []


def test_n_were_group_names_the_part() -> None:
    assert figures("The blast killed 18 people; six were schoolchildren.", THU_12_SEP_2024) == [
        (18, "killed", "unspecified"),
        (6, "killed", "children"),
    ]
    assert figures("An air strike killed 40 villagers. Of the 40 dead, 15 were women.", THU_12_SEP_2024) == [
        (40, "killed", "civilians"),
        (15, "killed", "civilians"),
    ]
    # the total named first in the partitive opening is a figure
    assert figures("Of the 26 wounded, nine were policemen, the hospital said.", THU_12_SEP_2024) == [
        (26, "wounded", "unspecified"),
        (9, "wounded", "government"),
    ]
    # not: people who are no casualties, "were" before no person noun
    assert figures("Of the 30 delegates, 12 were women.", THU_12_SEP_2024) == []
    assert figures("Troops fired 30 rockets; ten were duds.", THU_12_SEP_2024) == []
    assert figures("The council has 15 seats; five were vacant.", THU_12_SEP_2024) == []


def test_a_person_noun_can_modify_a_generic_head() -> None:
    assert figures("Militiamen abducted three women aid workers near Kabul.", WED_09_MAR_2005) == [
        (3, "detained", "aid_workers")
    ]
    assert figures("A bomb wounded two women police officers in Basra.", WED_09_MAR_2005) == [
        (2, "wounded", "government")
    ]
    # must not fire: a person noun that is the head, or a hint with no generic head after it
    assert figures("A bomb wounded two women in Basra.", WED_09_MAR_2005) == [(2, "wounded", "civilians")]
    assert figures("Gunmen killed four villagers, police said.", WED_09_MAR_2005) == [
        (4, "killed", "civilians")
    ]
    assert figures("Snipers shot dead three women journalists.", WED_09_MAR_2005) == [
        (3, "killed", "civilians")
    ]


def test_colleagues_take_the_group_of_the_people_before() -> None:
    assert figures("Kidnappers seized two Red Cross staff and two local colleagues.", WED_09_MAR_2005) == [
        (2, "detained", "aid_workers"),
        (2, "detained", "aid_workers"),
    ]
    assert figures("The mine killed a sergeant and wounded three of his comrades.", WED_09_MAR_2005) == [
        (1, "killed", "government"),
        (3, "wounded", "government"),
    ]
    # must not fire: a restated figure in another sentence, or the same words repeated
    assert figures("Rebels abducted two engineers. The two engineers were later freed.", WED_09_MAR_2005) == [
        (2, "detained", "civilians")
    ]
    assert figures("Five soldiers and five soldiers were hurt.", WED_09_MAR_2005) == [
        (5, "wounded", "government")
    ]
    assert figures("Colleagues said two reporters were detained.", WED_09_MAR_2005) == [
        (2, "detained", "civilians")
    ]


def test_nationalities_joined_to_a_person_head() -> None:
    assert figures("About 2,000 Britons and other foreigners fled the fighting.", WED_09_MAR_2005) == [
        (2000, "displaced", "unspecified")
    ]
    assert figures("Twelve Iraqis and two U.S. soldiers were killed.", WED_09_MAR_2005) == [
        (12, "killed", "unspecified"),
        (2, "killed", "government"),
    ]
    # must not fire: a nationality alone, or a place after "and"
    assert figures("Three Nepalis were kidnapped.", WED_09_MAR_2005) == [(3, "detained", "unspecified")]
    assert figures("Nine Iraqis and Kuwait officials met.", WED_09_MAR_2005) == []
    assert figures("Seven Afghans and Pakistan signed a deal.", WED_09_MAR_2005) == []


def test_women_and_children_are_civilians() -> None:
    assert figures("The shelling killed 23 women and children.", WED_09_MAR_2005) == [
        (23, "killed", "civilians")
    ]
    # must not fire: children alone, soldiers with civilians, one side
    assert figures("The shelling killed 23 children.", WED_09_MAR_2005) == [(23, "killed", "children")]
    assert figures("The shelling killed 23 soldiers and civilians.", WED_09_MAR_2005) == [
        (23, "killed", "unspecified")
    ]
    assert figures("The shelling killed 23 soldiers and policemen.", WED_09_MAR_2005) == [
        (23, "killed", "government")
    ]


def test_more_people_nouns() -> None:
    assert figures("Gunmen kidnapped two Turkish engineers and a Lebanese translator.", WED_09_MAR_2005) == [
        (2, "detained", "civilians"),
        (1, "detained", "civilians"),
    ]
    assert figures("Rebels killed a governor and two of his bodyguards.", WED_09_MAR_2005) == [
        (1, "killed", "government"),
        (2, "killed", "government"),
    ]
    assert figures("Police said Maoist rebels killed three of their own cadres.", WED_09_MAR_2005) == [
        (3, "killed", "rebels")
    ]
    # must not fire: the same words as no people
    assert figures("The engineers' union said 12 bridges were destroyed.", WED_09_MAR_2005) == []
    assert figures("A translator's note said two chapters were missing.", WED_09_MAR_2005) == []
    assert figures("Cadre training killed no one.", WED_09_MAR_2005) == []


def test_name_particles_before_the_head() -> None:
    assert figures("Troops killed seven suspected al Qaeda fighters.", WED_09_MAR_2005) == [
        (7, "killed", "rebels")
    ]
    assert figures("Police arrested 11 el Mahdi militiamen.", WED_09_MAR_2005) == [(11, "detained", "rebels")]
    # must not fire: a particle with no head after it, or a lower-case word after it
    assert figures("Troops killed seven al Qaeda.", WED_09_MAR_2005) == []
    assert figures("Troops arrested 20 al over there.", WED_09_MAR_2005) == []
    assert figures("Troops killed seven men in Abu Ghraib.", WED_09_MAR_2005) == [
        (7, "killed", "unspecified")
    ]


def test_others_after_victims_of_two_groups_are_unspecified() -> None:
    assert figures(
        "A roadside bomb killed three soldiers and a civilian and wounded nine others.", WED_16_MAY_2007
    ) == [
        (3, "killed", "government"),
        (1, "killed", "civilians"),
        (9, "wounded", "unspecified"),
    ]
    # must not fire: others after one group, or after two nouns of the same group
    assert figures("Gunmen killed four villagers and wounded six others.", WED_16_MAY_2007) == [
        (4, "killed", "civilians"),
        (6, "wounded", "civilians"),
    ]
    assert figures("A bomb killed two policemen and a soldier and wounded five others.", WED_16_MAY_2007) == [
        (2, "killed", "government"),
        (1, "killed", "government"),
        (5, "wounded", "government"),
    ]
    assert figures("Two soldiers were killed and three others wounded.", WED_16_MAY_2007) == [
        (2, "killed", "government"),
        (3, "wounded", "government"),
    ]


def test_two_demonyms_joined_are_one_figure() -> None:
    assert figures("In 1994, about 500,000 Tutsis and Hutus were killed.", WED_06_OCT_2021) == [
        (500000, "killed", "unspecified")
    ]
    assert figures("Some 300 Kurds and moderate Arabs were killed.", WED_06_OCT_2021) == [
        (300, "killed", "unspecified")
    ]
    # two figures stay two
    assert figures("Ten Iraqis and two Americans were killed.", WED_06_OCT_2021) == [
        (10, "killed", "unspecified"),
        (2, "killed", "unspecified"),
    ]


def test_split_of_a_combined_civilian_total() -> None:
    text = (
        "The U.N. said it had recorded 880 civilian casualties, 312 deaths and "
        "568 injuries, in the first half of the year."
    )
    assert sorted_figures(text, TUE_10_MAY_2016) == [
        (312, "killed", "civilians"),
        (568, "wounded", "civilians"),
    ]
    text = "Monitors said 1,050 civilians were killed or wounded during the offensive, including 398 deaths."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(398, "killed", "civilians")]


def test_split_of_a_combined_total_of_people_stays_unspecified() -> None:
    text = "Doctors said 140 people had been killed or wounded in the riots, including 36 deaths."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(36, "killed", "unspecified")]
    text = "The ministry counted 95 casualties, 20 deaths and 75 injuries."
    assert sorted_figures(text, TUE_10_MAY_2016) == [
        (20, "killed", "unspecified"),
        (75, "wounded", "unspecified"),
    ]
    # a figure with a kind of its own stands between: no frame
    text = "The U.N. recorded 300 civilian casualties last year. Another report listed 41 deaths."
    assert (41, "killed", "civilians") not in sorted_figures(text, TUE_10_MAY_2016)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two sisters, Mira Saleh, 14, and Dana Saleh, 11, were wounded by the shell.",
            [(2, "wounded", "children")],
        ),
        (
            "Three villagers, Ali Omar, 45, his wife Huda, 40, and their son Adam, 12, were killed.",
            [(3, "killed", "civilians")],
        ),
        (
            "Two policemen, Constable Ravi Das, 17, and Constable Amit Roy, 16, were wounded.",
            [(2, "wounded", "government")],
        ),
    ],
)
def test_counted_plural_named_with_ages_is_children_only_when_all_are(
    text: str, want: list[tuple[int, str, str]]
) -> None:
    assert figures(text, MON_03_JUN_2024) == want


# --- a name's initials in brackets before the head ------------------------------------------------


def test_initials_in_brackets_inside_the_noun_group() -> None:
    assert (4, "killed", "rebels") in figures(
        "Four Moro Islamic Liberation Front (MILF) guerrillas were killed in the clash.", TUE_04_JUN_2019
    )
    assert (2, "wounded", "rebels") in figures(
        "Troops wounded two Kachin Independence Army (KIA) rebels near the bridge.", TUE_04_JUN_2019
    )


def test_brackets_that_are_no_initials_stay_out() -> None:
    assert (
        figures("Five provinces (out of 18) held the vote on Sunday, the commission said.", TUE_04_JUN_2019)
        == []
    )
    assert (
        figures("Two Army (reserve) units were deployed after the attack on the depot.", TUE_04_JUN_2019)
        == []
    )
    assert (
        figures("The New People's Army (NPA) marked its 50th anniversary with 200 guests.", TUE_04_JUN_2019)
        == []
    )


# --- "an army intelligence officer": a second modifier after an article ---------------------------


def test_article_with_two_modifiers_counts_one() -> None:
    assert (1, "killed", "government") in figures(
        "Gunmen shot dead an army intelligence officer in Batticaloa.", MON_08_NOV_2004
    )
    assert (1, "killed", "government") in figures(
        "Rebels violated the truce by shooting dead a military intelligence officer.", MON_08_NOV_2004
    )


def test_article_before_other_nouns_counts_no_one() -> None:
    assert figures("An army intelligence report said five soldiers were killed.", MON_08_NOV_2004) == [
        (5, "killed", "government")
    ]
    assert figures("A police intelligence unit arrested five militants.", MON_08_NOV_2004) == [
        (5, "detained", "rebels")
    ]
    assert figures("An army intelligence officer said the rebels had withdrawn.", MON_08_NOV_2004) == []


# --- "two other Turkish drivers": "other" before the head's modifiers -----------------------------


def test_other_before_modifiers_finds_the_head() -> None:
    assert figures("Gunmen abducted two other Turkish drivers.", MON_08_NOV_2004) == [
        (2, "detained", "civilians")
    ]
    assert figures("The blast killed two other U.S. soldiers.", MON_08_NOV_2004) == [
        (2, "killed", "government")
    ]
    assert figures("Gunmen killed two other Iraqi translators.", MON_08_NOV_2004) == [
        (2, "killed", "civilians")
    ]


def test_other_before_things_is_no_figure() -> None:
    assert figures("Three other European countries sent troops.", MON_08_NOV_2004) == []
    assert figures("Two other Turkish firms pulled out of Iraq.", MON_08_NOV_2004) == []
    assert figures("The blast wounded two other people.", MON_08_NOV_2004) == [(2, "wounded", "unspecified")]


# --- "wounding four" after a mixed list: unspecified ----------------------------------------------


def test_bare_count_after_mixed_groups_is_unspecified() -> None:
    assert (4, "wounded", "unspecified") in figures(
        "A bomb killed two U.N. workers and an Afghan driver and wounded four.", MON_08_NOV_2004
    )
    assert (14, "wounded", "unspecified") in figures(
        "Gunmen killed three soldiers and two civilians, wounding 14.", MON_08_NOV_2004
    )


def test_bare_count_after_one_group_inherits_it() -> None:
    assert (14, "wounded", "government") in figures(
        "Gunmen killed three soldiers and wounded 14.", MON_08_NOV_2004
    )
    assert (4, "wounded", "civilians") in figures(
        "The shells killed two villagers and wounded four.", MON_08_NOV_2004
    )
    assert (3, "wounded", "rebels") in figures("Troops killed five rebels, wounding three.", MON_08_NOV_2004)


# --- deaths counted with only a group adjective ---------------------------------------------------


def test_deaths_with_a_group_adjective() -> None:
    assert figures("The Pentagon confirmed 2,215 military deaths.", WED_02_JUN_2021) == [
        (2215, "killed", "government")
    ]
    assert figures("Officials counted 310 Palestinian deaths in May.", WED_02_JUN_2021) == [
        (310, "killed", "unspecified")
    ]
    assert figures("The group said the conflict had caused 700 rebel deaths.", WED_02_JUN_2021) == [
        (700, "killed", "rebels")
    ]


def test_military_deaths_of_an_unrecognised_entity_are_combatants() -> None:
    text = "The breakaway region's defence ministry said it had recorded 211 military deaths since July."
    assert figures(text, WED_02_JUN_2021) == [(211, "killed", "combatants")]


def test_deaths_after_a_name_or_a_non_person_word_are_not_figures() -> None:
    assert figures("The region recorded 1,200 Covid deaths in the winter.", WED_02_JUN_2021) == []
    assert figures("Police reported 45 road deaths over the holiday.", WED_02_JUN_2021) == []
    assert figures("There were 300 excess deaths in the heatwave.", WED_02_JUN_2021) == []


# --- ages and believers ---------------------------------------------------------------------------


def test_believers_named_as_a_people() -> None:
    text = "Some 20,000 Rohingya Muslims have fled to Bangladesh."
    assert figures(text, WED_02_JUN_2021) == [(20000, "displaced", "unspecified")]
    assert figures("Gunmen killed 14 Christians in a church on Sunday.", WED_02_JUN_2021) == [
        (14, "killed", "unspecified")
    ]


# --- an office's level before its noun ------------------------------------------------------------


def test_office_level_before_the_noun() -> None:
    assert figures(
        "Rebels abducted 15 people, including a town mayor, on a highway in the south.", WED_06_OCT_2021
    ) == [
        (15, "detained", "unspecified"),
        (1, "detained", "government"),
    ]
    assert figures("Gunmen shot dead two district officials in the province on Sunday.", WED_06_OCT_2021) == [
        (2, "killed", "government")
    ]
    assert figures("A contract serviceman was wounded by sniper fire.", WED_06_OCT_2021) == [
        (1, "wounded", "government")
    ]


def test_office_level_not_a_count() -> None:
    assert figures("The city council said it had approved 12 new bus routes.", WED_06_OCT_2021) == []
    assert figures("Twelve district councils voted on the budget.", WED_06_OCT_2021) == []


# --- victims named by faith and trade ("two Buddhist rubber tappers") -----------------------------


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
    assert want in figures(text, MON_10_JUN_2019)


def test_people_named_by_their_cause() -> None:
    """Supporters and sympathisers of a side are not its fighters: unspecified. Activists, like
    protesters, are civilians."""
    text = (
        "Between 30 and 40 Maoist rebels were killed in the raid, the army said, adding that 12 "
        "suspected rebel sympathisers had been arrested in a follow-up search."
    )
    assert figures(text, WED_09_MAR_2005) == [(30, "killed", "rebels"), (12, "detained", "unspecified")]
    assert figures("Police arrested 40 opposition supporters after the clashes.", WED_09_MAR_2005) == [
        (40, "detained", "unspecified")
    ]
    assert figures("Two activists were shot dead by gunmen in Cali.", WED_09_MAR_2005) == [
        (2, "killed", "civilians")
    ]


def test_schoolteachers_are_civilians() -> None:
    text = "Suspected militants shot dead two Buddhist rubber tappers and a schoolteacher on Monday."
    assert figures(text, WED_09_MAR_2005) == [(2, "killed", "civilians"), (1, "killed", "civilians")]


def test_tribesmen_and_south_sudan_s_nas() -> None:
    pub = WED_09_MAR_2005
    assert figures("Troops had arrested 30 tribesmen suspected of sheltering the fighters.", pub) == [
        (30, "detained", "unspecified")
    ]
    assert figures("Three NAS fighters were killed in clashes with the army.", pub) == [
        (3, "killed", "rebels")
    ]


def test_a_toll_put_by_officials_names_no_group() -> None:
    text = "The death toll rose to 21 on Sunday. Earlier on Saturday officials had put the toll at 13."
    assert figures(text, WED_09_MAR_2005) == [(21, "killed", "unspecified"), (13, "killed", "unspecified")]


def test_a_civilian_casualty_total_split_after_a_colon() -> None:
    text = (
        "The monitors recorded 30,457 civilian casualties in the country: 10,582 killed and 19,875 injured."
    )
    assert figures(text, WED_09_MAR_2005) == [(10582, "killed", "civilians"), (19875, "wounded", "civilians")]


def test_a_civilian_casualty_total_split_in_brackets() -> None:
    text = "The mission documented 1,783 civilian casualties (573 killed and 1,210 injured) this quarter."
    assert figures(text, WED_09_MAR_2005) == [(573, "killed", "civilians"), (1210, "wounded", "civilians")]


def test_police_ranks_are_government() -> None:
    text = "Nine policemen, including a Deputy Superintendent of Police, were killed in the raid."
    assert figures(text, WED_09_MAR_2005) == [(9, "killed", "government"), (1, "killed", "government")]


def test_armed_people_of_a_nation_are_rebels() -> None:
    # GUIDELINES 2.5: rebels include "armed Palestinians"
    text = "Troops shot dead an armed Palestinian who tried to infiltrate the settlement, the army said."
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "rebels")]
    assert figures("Troops killed two armed Palestinians and a civilian.", WED_09_MAR_2005) == [
        (2, "killed", "rebels"),
        (1, "killed", "civilians"),
    ]
    assert figures("Two unarmed Palestinians were killed.", WED_09_MAR_2005) == [(2, "killed", "civilians")]
    assert figures("Troops shot dead a young Palestinian.", WED_09_MAR_2005) == [(1, "killed", "unspecified")]


def test_ministers_detained_are_state_officials() -> None:
    text = "Security forces on Tuesday detained two cabinet ministers, all allies of the vice president."
    assert figures(text, WED_09_MAR_2005) == [(2, "detained", "government")]


def test_a_list_of_parts_goes_on_after_and() -> None:
    text = "Some 300 people were killed, among them 24 women and 13 children, and 157 others were injured."
    assert figures(text, WED_09_MAR_2005) == [
        (300, "killed", "unspecified"),
        (24, "killed", "civilians"),
        (13, "killed", "children"),
        (157, "wounded", "unspecified"),
    ]


def test_council_members_are_state_officials() -> None:
    assert figures("Gunmen in Mosul shot dead a provincial council member.", WED_09_MAR_2005) == [
        (1, "killed", "government")
    ]


def test_a_workers_employer_between_the_person_and_the_verb() -> None:
    text = "A Malian interpreter employed by the mission was also hurt."
    assert figures(text, WED_09_MAR_2005) == [(1, "wounded", "civilians")]


def test_the_thing_a_person_works_on_before_the_person() -> None:
    text = "A French helicopter pilot was also killed when his aircraft came under fire."
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "unspecified")]
    text = "Guerrillas shot down a U.S. Chinook helicopter near Falluja, killing 15 American soldiers."
    assert figures(text, WED_09_MAR_2005) == [(15, "killed", "government")]
