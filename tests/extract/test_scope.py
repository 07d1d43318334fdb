"""Casualty scope: one incident's toll versus a running (cumulative) count, and what dates or
frames a figure (a year, a quarter, a truce's onset, a dateline)."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

from .helpers import (
    MON_02_MAY_2016,
    MON_03_JUN_2024,
    MON_06_DEC_2004,
    SAT_01_MAR_2025,
    THU_12_SEP_2024,
    TUE_10_MAY_2016,
    WED_02_JUN_2021,
    WED_06_OCT_2021,
    WED_09_MAR_2005,
    WED_09_MAR_2016,
    WED_16_MAY_2007,
    WED_20_AUG_2014,
    figures,
    kind_scopes,
    scope_by_count,
    scoped,
    scopes,
    sorted_figures,
)


def test_regional_death_toll_does_not_inherit_the_group_before() -> None:
    text = "Airstrikes killed 14 civilians overnight, bringing the death toll in the region to 120."
    assert scoped(text, SAT_01_MAR_2025) == [
        (14, "killed", "civilians", "incident"),
        (120, "killed", "unspecified", "cumulative"),
    ]


def test_bringing_to_n_the_number_of_people_killed() -> None:
    text = "Militants killed 8 soldiers in an ambush, bringing to 60 the number of troops killed this month."
    assert scoped(text, SAT_01_MAR_2025) == [
        (8, "killed", "government", "incident"),
        (60, "killed", "government", "cumulative"),
    ]


def test_bringing_the_total_since_a_date_to_n() -> None:
    text = (
        "The ministry said 37 people were killed in the past 24 hours, "
        "bringing the total since October 7 to 9,200."
    )
    assert scoped(text, SAT_01_MAR_2025) == [
        (37, "killed", "unspecified", "incident"),
        (9200, "killed", "unspecified", "cumulative"),
    ]


def test_running_toll_with_a_date_before_the_number() -> None:
    text = "The death toll since Oct. 7 has risen to 1,300, the ministry said."
    assert scoped(text, SAT_01_MAR_2025) == [(1300, "killed", "unspecified", "cumulative")]
    text = "The number of people killed since 24 February has passed 900."
    assert scoped(text, SAT_01_MAR_2025) == [(900, "killed", "unspecified", "cumulative")]


def test_killed_in_the_war_is_cumulative() -> None:
    pub = SAT_01_MAR_2025
    text = (
        "Seven aid workers were killed in an air strike on Monday. The number of humanitarian "
        "workers killed in the conflict now stands at 196."
    )
    assert scopes(text, pub) == [(7, "incident"), (196, "cumulative")]
    assert scopes("Two soldiers were killed in the war-torn city on Monday.", pub) == [(2, "incident")]
    assert scopes("A car bomb killed 12 people in the war zone.", pub) == [(12, "incident")]


def test_killed_in_the_war_on_a_day_is_an_incident() -> None:
    """'In the war' is the war's toll, unless a day dates the figure right after it."""
    scopes = [
        c.scope
        for c in extract(None, "Five soldiers were killed in the war on Sunday, the army said.").casualties
    ]
    assert scopes == ["incident"]


def test_age_of_a_truce_does_not_make_an_attack_cumulative() -> None:
    """'three days into the truce', 'a week after the ceasefire': when, not how long."""
    assert scopes(
        "Three days into the truce, a drone strike killed four people in the village.", SAT_01_MAR_2025
    ) == [(4, "incident")]
    assert scopes(
        "Shelling killed six civilians, less than a week after a ceasefire brokered by Angola "
        "came into force.",
        SAT_01_MAR_2025,
    ) == [(6, "incident")]
    # a later sentence does not inherit the truce's age as a period
    text = (
        "Tigrayan forces accused the army of attacks, a week after the two sides signed a cessation "
        "of hostilities. Drone strikes killed at least six civilians near Maychew, a spokesman said."
    )
    assert scopes(text, SAT_01_MAR_2025) == [(6, "incident")]
    # must not fire: a period the figures span
    assert scopes("In the three days after the truce began, 40 people were killed.", SAT_01_MAR_2025) == [
        (40, "cumulative")
    ]
    assert scopes(
        "Some 20 soldiers were killed in the first week after the ceasefire collapsed.", SAT_01_MAR_2025
    ) == [(20, "cumulative")]
    assert scopes(
        "The clashes have killed 30 people days after their outbreak, a new toll said.", SAT_01_MAR_2025
    ) == [(30, "cumulative")]


def test_length_of_a_truce_is_no_period_of_the_figures() -> None:
    """'a week-long ceasefire', 'a seven-day truce', 'halt strikes for 30 days'."""
    text = (
        "Clashes shook Khartoum, a day after a week-long ceasefire expired. The doctors' union said "
        "at least 12 people were killed in the Mayo district."
    )
    assert scopes(text, SAT_01_MAR_2025) == [(12, "incident")]
    assert scopes(
        "After a seven-day truce expired, at least 178 people were killed by evening.", SAT_01_MAR_2025
    ) == [(178, "incident")]
    assert scopes(
        "A drone wounded six people, a day after Moscow agreed to halt strikes on energy sites for 30 days.",
        SAT_01_MAR_2025,
    ) == [(6, "incident")]
    # must not fire
    assert scopes(
        "During the week-long truce, 12 people were killed in sporadic violations.", SAT_01_MAR_2025
    ) == [(12, "cumulative")]
    assert scopes("Fighting raged for three days, killing 40 people.", SAT_01_MAR_2025) == [
        (40, "cumulative")
    ]
    assert scopes("The offensive, extended for 10 days, killed 200 people.", SAT_01_MAR_2025) == [
        (200, "cumulative")
    ]


def test_one_day_of_a_truce_is_no_period() -> None:
    """'held for a fourth day', 'the first day of the truce', 'in the past day'."""
    assert scopes(
        "The truce held for a fourth day, though a sniper killed a girl in Aleppo.", SAT_01_MAR_2025
    ) == [(1, "incident")]
    assert scopes(
        "On the first day of the truce, Israeli fire killed two Palestinians.", SAT_01_MAR_2025
    ) == [(2, "incident")]
    assert scopes("One soldier was killed and seven were wounded in the past day.", SAT_01_MAR_2025) == [
        (1, "incident"),
        (7, "incident"),
    ]
    # must not fire
    assert scopes("In the first week of the truce, 25 people were killed.", SAT_01_MAR_2025) == [
        (25, "cumulative")
    ]
    assert scopes("Twelve soldiers were killed over the past week.", SAT_01_MAR_2025) == [(12, "cumulative")]
    assert scopes("At least 300 people have been killed in the past two weeks.", SAT_01_MAR_2025) == [
        (300, "cumulative")
    ]


def test_when_a_truce_began_or_how_long_it_held_is_no_running_count() -> None:
    text = (
        "The government accused the Houthis of attacks, in a violation of the truce that began on "
        "April 2. The Houthis launched drones at army positions, wounding four soldiers."
    )
    assert scopes(text, SAT_01_MAR_2025) == [(4, "incident")]
    assert scopes(
        "Clashes killed 27 fighters, threatening a ceasefire that has largely held since 2018.",
        SAT_01_MAR_2025,
    ) == [(27, "incident")]
    # must not fire
    assert scopes("Since the truce began on Monday, 14 people have been killed.", SAT_01_MAR_2025) == [
        (14, "cumulative")
    ]
    assert scopes("Fighting that began on Monday has killed 40 people.", SAT_01_MAR_2025) == [
        (40, "cumulative")
    ]
    assert scopes("14 people have been killed since the ceasefire took effect.", SAT_01_MAR_2025) == [
        (14, "cumulative")
    ]


def test_update_of_one_attacks_toll_is_an_incident() -> None:
    text = (
        "A suicide bomber killed 14 people on Saturday. Six more died in hospital, bringing the "
        "overall toll to 20."
    )
    assert scopes(text, SAT_01_MAR_2025) == [(14, "incident"), (6, "incident"), (20, "incident")]
    text = "Five more people died of their wounds, bringing the toll from the attack to eight."
    assert scopes(text, SAT_01_MAR_2025) == [(5, "incident"), (8, "incident")]
    # must not fire: running counts
    text = (
        "Strikes killed five journalists, bringing the number of media workers killed since the "
        "war began to 160."
    )
    assert scopes(text, SAT_01_MAR_2025)[-1] == (160, "cumulative")
    assert scopes("Israeli strikes killed five people, bringing the death toll to 30,000.", SAT_01_MAR_2025)[
        -1
    ] == (
        30000,
        "cumulative",
    )
    assert scopes(
        "Two more soldiers were killed in the offensive, bringing the total to 39.", SAT_01_MAR_2025
    )[-1] == (
        39,
        "cumulative",
    )


def test_a_nations_death_toll_is_cumulative() -> None:
    text = "The health ministry said on Thursday the Palestinian death toll had surpassed 40,000."
    assert scopes(text, SAT_01_MAR_2025) == [(40000, "cumulative")]
    # must not fire: one event's toll
    assert scopes(
        "The Israeli death toll from the attack rose to 3, officials said on Monday.", SAT_01_MAR_2025
    ) == [(3, "incident")]
    assert scopes("The Kabul death toll rose to 40 on Sunday.", SAT_01_MAR_2025) == [(40, "incident")]
    assert scopes("The death toll from the bombing rose to 63 on Sunday.", SAT_01_MAR_2025) == [
        (63, "incident")
    ]


def test_dateline_date_does_not_date_the_figures() -> None:
    text = (
        "HODEIDAH, Yemen, Dec 24 (Reuters) - At least nine fighters have been killed since the truce began."
    )
    assert scopes(text, SAT_01_MAR_2025) == [(9, "cumulative")]
    # must not fire: a date in the sentence
    text = "The ambush on Dec 24 killed nine soldiers; 40 have died since the truce began."
    assert scopes(text, SAT_01_MAR_2025) == [(9, "incident"), (40, "cumulative")]
    text = "GAZA, Jan 5 - An air strike on Jan 4 killed seven people, the ministry said."
    assert scopes(text, SAT_01_MAR_2025) == [(7, "incident")]


def test_running_toll_after_an_incident_does_not_date_the_incident() -> None:
    text = (
        "A drone strike killed six people on Sunday, bringing the death toll since the war began to 41,000."
    )
    assert scopes(text, SAT_01_MAR_2025) == [(6, "incident"), (41000, "cumulative")]
    text = "Another strike killed four people, bringing to 52 the number killed since Friday."
    assert scopes(text, SAT_01_MAR_2025) == [(4, "incident"), (52, "cumulative")]
    # must not fire: an increment of the running count
    text = "Twelve more soldiers were killed, bringing the number killed since January to 310."
    assert scopes(text, SAT_01_MAR_2025) == [(12, "cumulative"), (310, "cumulative")]


def test_one_event_dates_its_figures() -> None:
    text = "Fighting has raged for weeks. A mortar bomb killed nine people at a bus station, police said."
    assert scopes(text, SAT_01_MAR_2025) == [(9, "incident")]
    text = "Clashes have raged since January. Twelve people were killed when a shell struck a school."
    assert scopes(text, SAT_01_MAR_2025) == [(12, "incident")]
    assert scopes("Rebels killed 20 soldiers in a single day, the army said.", SAT_01_MAR_2025) == [
        (20, "incident")
    ]
    # must not fire: a series of events, a period
    text = "Fighting has raged for weeks. The bombing campaign has killed 900 people, officials said."
    assert scopes(text, SAT_01_MAR_2025) == [(900, "cumulative")]
    assert scopes(
        "More than 500 people have been killed since January, when the offensive began.", SAT_01_MAR_2025
    ) == [(500, "cumulative")]
    assert scopes("Rebels have killed 20 soldiers in the past ten days.", SAT_01_MAR_2025) == [
        (20, "cumulative")
    ]


def test_a_comparison_since_a_truce_dates_nothing() -> None:
    text = "A sniper killed a soldier, the first death since a truce ended two weeks of fighting."
    assert scopes(text, SAT_01_MAR_2025) == [(1, "incident")]
    # must not fire: a period
    assert scopes(
        "Twenty soldiers have been killed in the two weeks since the truce ended.", SAT_01_MAR_2025
    ) == [(20, "cumulative")]


def test_two_named_days_are_a_period_and_a_war_in_which_is_its_toll() -> None:
    assert scopes("Raids on Tuesday and Wednesday killed 37 people, the ministry said.", THU_12_SEP_2024) == [
        (37, "cumulative")
    ]
    assert scopes(
        "Fears grew of a return to an insurgency in which 60,000 people died.", THU_12_SEP_2024
    ) == [(60000, "cumulative")]
    # not: one day, two days each with its own event, a day the figures were reported
    assert scopes("A raid on Tuesday killed 37 people.", THU_12_SEP_2024) == [(37, "incident")]
    assert scopes(
        "A blast killed six people on Monday, and a mine on Tuesday killed two.", THU_12_SEP_2024
    ) == [
        (6, "incident"),
        (2, "incident"),
    ]
    assert scopes(
        "A bomb killed nine people on Sunday, officials said on Monday and Tuesday.", THU_12_SEP_2024
    ) == [(9, "incident")]


def test_brought_to_n_the_number_of_people_who_have_died() -> None:
    assert scopes(
        "The blast brought to 212 the number of British soldiers who have died in the conflict.",
        WED_09_MAR_2005,
    ) == [(212, "cumulative")]
    assert figures("The ambush raised to 41 the number of policemen killed this month.", WED_09_MAR_2005) == [
        (41, "killed", "government")
    ]
    assert figures(
        "His death took to 87 the number of U.S. service members who have been killed there.", WED_09_MAR_2005
    ) == [(87, "killed", "government")]
    # must not fire: other counts raised or brought
    assert figures("The vote brought to 12 the number of seats held by the party.", WED_09_MAR_2005) == []
    assert figures("The company raised to 300 the number of workers it will hire.", WED_09_MAR_2005) == []
    assert (
        figures("The merger brought to 40 the number of stores who have joined the chain.", WED_09_MAR_2005)
        == []
    )


def test_the_number_killed_in_a_country_is_a_running_count() -> None:
    assert scopes("The number of Italian troops killed in Iraq rose to 19 on Friday.", WED_09_MAR_2005) == [
        (19, "cumulative")
    ]
    assert scopes(
        "The number of aid workers who have died in Darfur reached 11 on Monday.", WED_09_MAR_2005
    ) == [(11, "cumulative")]
    # must not fire: one event's toll, or no frame at all
    assert scopes(
        "The number of people killed in Tuesday's market bombing rose to 35 on Wednesday.", WED_09_MAR_2005
    ) == [(35, "incident")]
    assert scopes("The number of people killed in the ambush rose to nine.", WED_09_MAR_2005) == [
        (9, "incident")
    ]
    assert scopes(
        "Officials said the number of dead rose to 14 as rescuers searched the ruins.", WED_09_MAR_2005
    ) == [(14, "incident")]


def test_a_truce_that_ended_weeks_of_fighting_does_not_frame_the_figure() -> None:
    text = (
        "Militiamen fired rockets at an army post on Sunday in the first breach of a ceasefire that "
        "ended two months of fighting. Three soldiers were hurt."
    )
    assert scopes(text, WED_09_MAR_2005) == [(3, "incident")]
    # must not fire: the truce as the subject, the fighting's own toll, a plain period
    assert scopes(
        "The ceasefire ended two months of fighting. At least 300 people were killed.", WED_09_MAR_2005
    ) == [(300, "cumulative")]
    assert scopes(
        "Rebels attacked despite a truce that ended two months of clashes that killed 300 people.",
        WED_09_MAR_2005,
    ) == [(300, "cumulative")]
    assert scopes("Two months of fighting have killed 300 people.", WED_09_MAR_2005) == [(300, "cumulative")]


def test_a_count_brought_or_raised_to_a_number_is_a_running_count() -> None:
    """GUIDELINES 2.6: "bringing the number ... to 39" is cumulative, whichever verb raises it."""
    assert scopes(
        "The attack brought to 1,000 the number of soldiers killed in the province.", WED_09_MAR_2005
    ) == [(1000, "cumulative")]
    assert scopes("The ambush brought the number of soldiers killed to 39.", WED_09_MAR_2005) == [
        (39, "cumulative")
    ]
    assert scopes(
        "Shelling killed eight people on Monday, raising the death toll since May to 3,000.", WED_09_MAR_2005
    ) == [
        (8, "incident"),
        (3000, "cumulative"),
    ]
    # not: an update of one event's toll, or a verb with no count after it
    assert scopes(
        "Two more victims died, raising the death toll from the bombing to 45.", WED_09_MAR_2005
    ) == [
        (2, "incident"),
        (45, "incident"),
    ]
    assert scopes("The blast raised the toll of the market attack to 61.", WED_09_MAR_2005) == [
        (61, "incident")
    ]
    assert scopes("Rebels took the town on Monday, killing 12 soldiers.", WED_09_MAR_2005) == [
        (12, "incident")
    ]


def test_an_event_subject_after_an_opening_adverb_is_one_incident() -> None:
    assert scopes(
        "Troops have killed 200 militants since March. Separately, a car bomb killed six policemen in Mosul.",
        WED_16_MAY_2007,
    ) == [(200, "cumulative"), (6, "incident")]
    assert scopes(
        "The war has killed 5,000 people. In another incident, a rocket killed two children in the city.",
        WED_16_MAY_2007,
    ) == [(5000, "cumulative"), (2, "incident")]
    # must not fire: no event noun after the adverb, or the period frame goes on
    assert scopes(
        "Troops have killed 200 militants since March. Separately, the army said it had killed 50 more.",
        WED_16_MAY_2007,
    ) == [(200, "cumulative"), (50, "cumulative")]
    assert scopes(
        "Rebels have killed 90 people since May. Meanwhile, clashes killed 30 over the past week.",
        WED_16_MAY_2007,
    ) == [
        (90, "cumulative"),
        (30, "cumulative"),
    ]
    assert scopes("Since June, a car bomb campaign has killed 70 people.", WED_16_MAY_2007) == [
        (70, "cumulative")
    ]


def test_killed_in_a_year_is_that_years_total() -> None:
    assert scopes("Nearly 1,200 soldiers were killed in 2007, the ministry said.", WED_16_MAY_2007) == [
        (1200, "cumulative")
    ]
    assert scopes(
        "About 600 civilians died during 2008 in the province, a rights group said.", WED_16_MAY_2007
    ) == [(600, "cumulative")]
    # must not fire: one event of that year, or a year that dates no figure
    assert scopes("Four soldiers were killed in 2006 in an ambush near the border.", WED_16_MAY_2007) == [
        (4, "incident")
    ]
    assert scopes("In 2005, a truck bomb killed 30 people at a market.", WED_16_MAY_2007) == [
        (30, "incident")
    ]
    assert scopes(
        "Gunmen killed six policemen on Monday, police said. The force was set up in 2004.", WED_16_MAY_2007
    ) == [(6, "incident")]


def test_attacks_this_month_are_the_months_toll() -> None:
    assert scopes(
        "Insurgent attacks this month have killed 48 soldiers, the army said.", WED_16_MAY_2007
    ) == [(48, "cumulative")]
    assert scopes("Clashes this month that killed 25 people have alarmed the U.N.", WED_16_MAY_2007) == [
        (25, "cumulative")
    ]
    # must not fire: an incident dated this month
    assert scopes(
        "Two soldiers were killed in an ambush earlier this month, the army said.", WED_16_MAY_2007
    ) == [(2, "incident")]
    assert scopes("A bomb killed five people at a checkpoint this month.", WED_16_MAY_2007) == [
        (5, "incident")
    ]
    assert scopes("Police said 12 people died when a bus was hit on Monday this month.", WED_16_MAY_2007) == [
        (12, "incident")
    ]


def test_a_crisis_in_which_people_were_killed_is_a_running_total() -> None:
    assert scopes(
        "Mediators arrived to end the crisis, in which more than 300 people have been killed.",
        WED_16_MAY_2007,
    ) == [(300, "cumulative")]
    assert scopes("The unrest in which 75 people have died began after the vote.", WED_16_MAY_2007) == [
        (75, "cumulative")
    ]
    # must not fire: one event in which people were killed
    assert scopes("The blast, in which 12 people were killed, hit a market on Monday.", WED_16_MAY_2007) == [
        (12, "incident")
    ]
    assert scopes(
        "A crisis meeting was called after gunmen killed four guards on Sunday.", WED_16_MAY_2007
    ) == [(4, "incident")]
    assert scopes("The raid in which seven rebels died took place at dawn.", WED_16_MAY_2007) == [
        (7, "incident")
    ]


def test_bodies_found_in_many_places_are_a_count_across_the_city() -> None:
    assert scopes(
        "Police found the bodies of 17 men in several neighbourhoods of the capital overnight.",
        WED_16_MAY_2007,
    ) == [(17, "cumulative")]
    assert scopes(
        "The bodies of 30 people were found across the city on Tuesday, police said.", WED_16_MAY_2007
    ) == [(30, "cumulative")]
    # must not fire: bodies found in one place
    assert scopes(
        "Rescuers pulled the bodies of nine people from the rubble in the city centre.", WED_16_MAY_2007
    ) == [(9, "incident")]
    assert scopes(
        "The bodies of six men were found in a ditch near the capital on Monday.", WED_16_MAY_2007
    ) == [(6, "incident")]
    assert scopes(
        "Gunmen killed eight people in several villages near the capital on Monday.", WED_16_MAY_2007
    ) == [(8, "incident")]


def test_a_dateline_with_its_year_dates_no_figure() -> None:
    assert scopes(
        "BAGHDAD, March 5, 2014 - At least 1,200 people have been killed in Anbar province "
        "since the army offensive began, officials said.",
        MON_02_MAY_2016,
    ) == [(1200, "cumulative")]
    assert scopes(
        "KABUL, July 30, 2019 (Reuters) - At least 3,800 civilians have been killed or wounded this year, "
        "and 1,366 have been killed, the U.N. said.",
        MON_02_MAY_2016,
    ) == [(1366, "cumulative")]


def test_a_body_date_with_its_year_still_dates_the_figure() -> None:
    assert scopes(
        "Rebels killed 14 soldiers in Kidal on May 17, 2014 - the day the prime minister visited.",
        MON_02_MAY_2016,
    ) == [(14, "incident")]
    assert scopes(
        "BAGHDAD, March 5, 2014 - A car bomb killed 12 people in a market, police said.", MON_02_MAY_2016
    ) == [(12, "incident")]
    assert scopes(
        "GENEVA, Nov 2 - A mortar round killed three children in a school yard, the U.N. said.",
        MON_02_MAY_2016,
    ) == [(3, "incident")]


def test_prison_term_is_no_period() -> None:
    text = "He was sentenced to 12 years in prison for the 1992 massacre of 40 villagers."
    assert scopes(text, WED_06_OCT_2021) == [(40, "incident")]
    text = "A 20-year prison term was imposed for the attack that killed 9 soldiers."
    assert scopes(text, WED_06_OCT_2021) == [(9, "incident")]
    assert scopes("Clashes over the past two years killed 40 villagers.", WED_06_OCT_2021) == [
        (40, "cumulative")
    ]


def test_raising_to_the_number_of_civilians_killed() -> None:
    text = "The latest shelling brings to more than 250 the number of civilians killed in Daraa since June."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(250, "killed", "civilians")]
    assert scope_by_count(text, TUE_10_MAY_2016)[250] == "cumulative"
    text = "The toll brings to 31 the number of police officers killed in the province this year."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(31, "killed", "government")]
    # a plain toll keeps its own reading
    text = "The death toll from the blast rose to 44, officials said."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(44, "killed", "unspecified")]


def test_subgroup_shares_the_period_of_a_counted_total() -> None:
    text = (
        "The number of civilians killed in the conflict has risen to 1,640, "
        "including 412 children, the U.N. said."
    )
    assert scope_by_count(text, TUE_10_MAY_2016) == {1640: "cumulative", 412: "cumulative"}
    text = "A suicide bomber killed 21 people, including six children, on Friday."
    assert scope_by_count(text, TUE_10_MAY_2016) == {21: "incident", 6: "incident"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a time right after a bare count is no noun of it
        ("The death toll rose to 8,700 last week, officials said.", [(8700, "cumulative")]),
        ("Gunmen killed 12 last night in the village.", [(12, "incident")]),
        # the toll of a war is its running total (GUIDELINES 2.6)
        ("The death toll from the war has risen to 8,700, officials said.", [(8700, "cumulative")]),
        ("The death toll of the conflict rose to 8,700.", [(8700, "cumulative")]),
        # (one event's toll stays an incident)
        ("The death toll from Sunday's bombing has risen to 31.", [(31, "incident")]),
    ],
)
def test_bare_tolls_with_their_time_and_war(text: str, want: list[tuple[int, str]]) -> None:
    assert scopes(text, MON_03_JUN_2024) == want


# --- "bringing to more than 550 the number of people killed": a running count ---------------------


def test_inverted_running_count_with_qualifier_is_cumulative() -> None:
    assert kind_scopes(
        "Gunmen shot dead two villagers on Monday, bringing to more than 300 the number of people killed "
        "in the province this year.",
        MON_06_DEC_2004,
    ) == [(2, "killed", "incident"), (300, "killed", "cumulative")]
    assert kind_scopes(
        "The attack raised to at least 90 the number of soldiers killed since March.", MON_06_DEC_2004
    )[-1] == (
        90,
        "killed",
        "cumulative",
    )
    assert kind_scopes(
        "A policeman was kidnapped, bringing to nearly 40 the number of people abducted since May.",
        MON_06_DEC_2004,
    ) == [
        (1, "detained", "incident"),
        (40, "detained", "cumulative"),
    ]


def test_single_events_stay_incident() -> None:
    assert kind_scopes("A car bomb killed more than 20 people near a mosque on Friday.", MON_06_DEC_2004) == [
        (20, "killed", "incident")
    ]
    assert kind_scopes(
        "Rebels raised the flag after killing at least 8 soldiers on Sunday.", MON_06_DEC_2004
    ) == [(8, "killed", "incident")]
    assert kind_scopes(
        "Troops brought nearly 30 wounded civilians to the hospital after the raid.", MON_06_DEC_2004
    ) == [(30, "wounded", "incident")]


# --- displacement stocks --------------------------------------------------------------------------


def test_a_stock_with_an_aside_on_the_share_of_the_population() -> None:
    text = "Some 2.1 million people, about 80 per cent of the population, have been displaced, the UN said."
    assert scoped(text, WED_02_JUN_2021) == [(2100000, "displaced", "unspecified", "cumulative")]
    text = "More than 50,000 Rohingya, nearly half the population of the district, have fled abroad."
    assert scoped(text, WED_02_JUN_2021) == [(50000, "displaced", "unspecified", "cumulative")]
    text = "Around 9,000 villagers, the town's entire population, were evacuated as the rebels advanced."
    assert figures(text, WED_02_JUN_2021) == [(9000, "displaced", "civilians")]


def test_an_aside_that_is_no_share_of_a_population_does_not_carry_the_verb() -> None:
    assert (
        figures(
            "About 40,000 people, many of them farmers, live in the valley below the dam.", WED_02_JUN_2021
        )
        == []
    )
    assert (
        figures(
            "Some 3,000 soldiers, a third of the garrison, have been moved to the coast.", WED_02_JUN_2021
        )
        == []
    )


def test_the_n_displaced() -> None:
    text = "Aid groups said the 2 million displaced by the fighting face a harsh winter in tents."
    assert scoped(text, WED_02_JUN_2021) == [(2000000, "displaced", "unspecified", "cumulative")]
    assert figures("The 4 ministers met in the capital on Monday.", WED_02_JUN_2021) == []


def test_a_stock_sets_no_time_frame_for_the_figures_after_it() -> None:
    text = (
        "More than 30,000 people have fled their homes since the offensive began, officials said on "
        "Friday. At least 40 soldiers were killed in the two-day assault."
    )
    assert scoped(text, WED_02_JUN_2021) == [
        (30000, "displaced", "unspecified", "cumulative"),
        (40, "killed", "government", "incident"),
    ]


# --- a truce's onset or a meeting dates no figure -------------------------------------------------


def test_truce_onset_day_sets_no_incident_frame() -> None:
    text = (
        "The ceasefire held on Saturday after ten days of fighting. "
        "Qatari mediators were in Gaza to shore up the truce, which went into effect at 3 a.m. on Friday. "
        "Health officials say 310 people were killed in the Israeli bombardment."
    )
    assert scope_by_count(text, WED_20_AUG_2014)[310] == "cumulative"
    text = (
        "Monitors said the two sides had fought for three weeks. The accord came into force on Monday. "
        "More than 2,400 people were wounded, according to the Red Cross."
    )
    assert scope_by_count(text, WED_20_AUG_2014)[2400] == "cumulative"


def test_truce_onset_in_a_breach_sentence_leaves_the_running_frame() -> None:
    text = (
        "The army accused the rebels of breaching the truce 40 times since it took effect on Sunday. "
        "A spokesman said the attacks had killed five soldiers and wounded 17 others."
    )
    assert scope_by_count(text, WED_20_AUG_2014) == {5: "cumulative", 17: "cumulative"}


def test_meeting_day_sets_no_incident_frame() -> None:
    text = (
        "At least 900 people have died since the uprising began in March. "
        "Arab League envoys met opposition leaders in Cairo on Monday. "
        "Another 3,000 were arrested, activists said."
    )
    assert scope_by_count(text, WED_20_AUG_2014)[3000] == "cumulative"


def test_day_of_an_attack_still_dates_the_figures() -> None:
    # the day an attack took place frames the toll after it, even after a running count
    text = (
        "More than 2,000 people have been killed since the truce collapsed in May. "
        "Gunmen stormed a police post near Kirkuk on Friday. Nine officers were killed."
    )
    assert scope_by_count(text, WED_20_AUG_2014) == {2000: "cumulative", 9: "incident"}
    # "met with gunfire" is no meeting
    text = (
        "Hundreds of people have fled since the offensive began. Protesters were met with gunfire in "
        "the capital on Friday, and 14 were killed."
    )
    assert scope_by_count(text, WED_20_AUG_2014)[14] == "incident"
    # a truce that took effect, then an attack on a day in the same sentence
    text = "Two soldiers were killed on Tuesday, hours after the truce took effect on Monday."
    assert scope_by_count(text, WED_20_AUG_2014)[2] == "incident"


# --- "taking the toll to" -------------------------------------------------------------------------


def test_taking_the_toll_to_is_a_running_count() -> None:
    text = (
        "Police shot dead three demonstrators in the capital on Sunday, witnesses said, taking the "
        "death toll from weeks of protests to 112."
    )
    assert scope_by_count(text, WED_20_AUG_2014) == {3: "incident", 112: "cumulative"}
    text = "Troops killed four militants on Monday, taking the number killed since March to 230."
    assert scope_by_count(text, WED_20_AUG_2014) == {4: "incident", 230: "cumulative"}


def test_taking_a_toll_without_a_count_is_no_cue() -> None:
    text = "The bombing killed 11 people on Monday, taking a heavy toll on the market's traders."
    assert scope_by_count(text, WED_20_AUG_2014)[11] == "incident"
    text = "A car bomb killed 23 people, taking the toll of the attack on the mosque to 25 later on."
    assert scope_by_count(text, WED_20_AUG_2014)[23] == "incident"


# --- a quarter of the year ------------------------------------------------------------------------


def test_first_quarter_is_a_period() -> None:
    text = (
        "A roadside bomb killed six people on Monday. The UN said 1,100 civilians were killed in the "
        "first quarter of the year."
    )
    assert scope_by_count(text, WED_20_AUG_2014) == {6: "incident", 1100: "cumulative"}
    text = "Some 430 people were abducted over the past quarter, the monitor said."
    assert scope_by_count(text, WED_20_AUG_2014)[430] == "cumulative"


def test_quarter_of_a_city_or_a_fraction_is_no_period() -> None:
    text = "A shell hit the old quarter of the city, killing seven people."
    assert scope_by_count(text, WED_20_AUG_2014)[7] == "incident"
    text = "Gunmen killed 12 villagers; a quarter of the village's homes were burned."
    assert scope_by_count(text, WED_20_AUG_2014)[12] == "incident"
    text = "A mortar round struck the Christian quarter on Tuesday, wounding 15 people."
    assert scope_by_count(text, WED_20_AUG_2014)[15] == "incident"


# --- part of a year as a period ("killed in late 2021") -------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Security forces killed 44 protesters in late 2021, the rights group said.", [(44, "cumulative")]),
        ("Some 300 villagers were displaced in early 2019, the agency said.", [(300, "cumulative")]),
        ("Militants abducted 25 farmers in mid-2020, the report said.", [(25, "cumulative")]),
    ],
)
def test_part_of_year_is_a_period(text: str, want: list[tuple[int, str]]) -> None:
    assert scopes(text, MON_03_JUN_2024) == want


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
    assert scopes(text, MON_03_JUN_2024) == want


# --- the toll of one event ------------------------------------------------------------------------


def test_toll_from_last_weeks_strike_is_one_event() -> None:
    text = (
        "Rescuers pulled more bodies from the rubble, raising the death toll from last week's "
        "missile strike to 64."
    )
    assert scopes(text, MON_03_JUN_2024) == [(64, "incident")]


def test_running_toll_stays_cumulative() -> None:
    text = "Two soldiers were killed on Monday, bringing the death toll since the war began to 1,200."
    assert scopes(text, MON_03_JUN_2024) == [(2, "incident"), (1200, "cumulative")]


# --- a new event in a clause of its own after a running count -------------------------------------


def test_new_event_clause_not_timed_by_running_count() -> None:
    text = (
        "Militants have killed more than 400 soldiers since January, the ministry said on Monday, "
        "as a roadside bomb killed three soldiers near Kandahar."
    )
    assert scoped(text, MON_03_JUN_2024) == [
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
    assert scoped(text, MON_03_JUN_2024) == expected


# --- "after the attack": one event ----------------------------------------------------------------


def test_fled_after_the_attack_is_incident() -> None:
    text = "About 2,500 villagers fled their homes after the raid, local officials said."
    assert scoped(text, MON_03_JUN_2024) == [(2500, "displaced", "civilians", "incident")]


def test_displacement_stock_stays_cumulative() -> None:
    text = "More than 40,000 people have fled their homes in the province, the United Nations said."
    assert scoped(text, MON_03_JUN_2024) == [(40000, "displaced", "unspecified", "cumulative")]


# --- "its military death toll since ... to N": the soldiers counted before ------------------------


def test_military_toll_with_time_frame_keeps_group() -> None:
    text = (
        "The breakaway republic said 14 more of its servicemen had died, bringing its military death "
        "toll since Tuesday to 61."
    )
    assert [(n, k, g) for n, k, g, _ in scoped(text, MON_03_JUN_2024)] == [
        (14, "killed", "combatants"),
        (61, "killed", "combatants"),
    ]
    text = "Armenia said two soldiers were killed, bringing its military death toll since Tuesday to 35."
    assert [(n, k, g) for n, k, g, _ in scoped(text, MON_03_JUN_2024)] == [
        (2, "killed", "government"),
        (35, "killed", "government"),
    ]


def test_plain_toll_with_time_frame_names_no_group() -> None:
    text = "Shelling killed four civilians, bringing the death toll since Tuesday to 52."
    assert [(n, k, g) for n, k, g, _ in scoped(text, MON_03_JUN_2024)] == [
        (4, "killed", "civilians"),
        (52, "killed", "unspecified"),
    ]


# --- since the start of the offensive on <day> ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the offensive on 8 May, 312 people have been killed.",
        "Since the beginning of the government operation on May 8, 312 people have been killed.",
    ],
)
def test_since_start_on_day_is_cumulative(text: str) -> None:
    assert scoped(text, MON_03_JUN_2024) == [(312, "killed", "unspecified", "cumulative")]


def test_at_the_start_on_day_stays_incident() -> None:
    assert scoped("At the start of the offensive on 8 May, 31 people were killed.", MON_03_JUN_2024) == [
        (31, "killed", "unspecified", "incident")
    ]


def test_earlier_this_week_is_a_time_not_a_period() -> None:
    pub = WED_09_MAR_2005
    text = "Three soldiers were killed earlier this week in an ambush near the border, the army said."
    assert scoped(text, pub) == [(3, "killed", "government", "incident")]
    # this week as a period, or many events in it
    assert scopes("Twenty people have been killed this week in the province.", pub) == [(20, "cumulative")]
    assert scopes("At least 40 people have been killed in attacks earlier this week.", pub) == [
        (40, "cumulative")
    ]


def test_a_stock_counted_by_a_date_is_cumulative() -> None:
    pub = date(2005, 7, 9)
    text = "By June 30, 1,200 people had fled their homes in the province, the UN said."
    assert scoped(text, pub) == [(1200, "displaced", "unspecified", "cumulative")]
    assert scopes("By mid-March more than 300 people had been killed in the region.", pub) == [
        (300, "cumulative")
    ]
    # a day's event named with a month date stays one incident
    assert scopes("Twelve people were killed on June 30 by a car bomb.", pub) == [(12, "incident")]


def test_scope_cues_of_wire_and_report_prose() -> None:
    pub = date(2006, 5, 9)
    # a toll after days of fighting, told on the day it rose
    text = "The death toll rose to 73 on Tuesday after four days of fighting between militias and warlords."
    assert scopes(text, pub) == [(73, "cumulative")]
    assert scopes("Three soldiers were killed on Tuesday after four days of fighting.", pub) == [
        (3, "incident")
    ]
    # a year that opens the sentence frames a year's total, not one event told after it
    text = "In 2020, 22 civilians and 24 security personnel were killed in 5,133 ceasefire violations."
    assert scopes(text, pub) == [(22, "cumulative"), (24, "cumulative")]
    assert scopes("In 2004, a bomb killed 12 people in the market.", pub) == [(12, "incident")]
    # one attacker after a running toll
    text = (
        "Troops killed five Palestinians on Wednesday, raising the death toll in the offensive to 82. "
        "An Israeli soldier was seriously wounded by a sniper."
    )
    assert scopes(text, pub) == [(5, "incident"), (82, "cumulative"), (1, "incident")]
    # a superlative's span is no period, even past a number with separators; "West" is none
    text = (
        "At least 10 troops were missing and three rebels were killed in the battle, the deadliest "
        "attack on the 200,000-strong military in a year."
    )
    assert scopes(text, pub) == [(10, "incident"), (3, "incident")]
    text = "Militias killed more than 800 people in the West Darfur town of Ardamata over several days."
    assert scopes(text, pub) == [(800, "cumulative")]


def test_since_an_event_on_a_day_is_a_period() -> None:
    text = (
        "The UN says it has confirmed 1,119 civilian deaths since Russia invaded on February 24, "
        "while more than 3.8 million people have fled Ukraine."
    )
    assert scopes(text, date(2022, 3, 27)) == [(1119, "cumulative"), (3800000, "cumulative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The war in Yemen has killed more than 150,000 people, according to the UN.",
            [(150000, "cumulative")],
        ),
        (
            "At least 17 Georgian soldiers were killed in clashes in the breakaway region in the summer.",
            [(17, "cumulative")],
        ),
        ("Two soldiers were killed in the summer camp attack.", [(2, "incident")]),
        (
            "Troops killed 71 terrorists and arrested 118 suspects in various operations across the country "
            "during the week.",
            [(71, "cumulative"), (118, "cumulative")],
        ),
        ("Officials said 13 soldiers had been killed during the past day.", [(13, "incident")]),
        (
            "As of June 1, 485 children were killed and more than 1,060 received injuries.",
            [(485, "cumulative"), (1060, "cumulative")],
        ),
    ],
)
def test_periods_of_state_media_tallies(text: str, expected: list[tuple[int, str]]) -> None:
    assert scopes(text, date(2023, 6, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Terrorist groups committed 6,540 acts of terrorism from 1 February 2021 to 31 October 2022, "
            "killing 3,946 innocent civilians.",
            [(3946, "cumulative")],
        ),
        ("During the period, the terrorists also abducted 1,502 people.", [(1502, "cumulative")]),
        ("In October alone, 87 civilians were killed in terrorist attacks.", [(87, "cumulative")]),
        ("A soldier was killed in October in an ambush.", [(1, "incident")]),
        ("Twelve people were killed on 31 October in the market.", [(12, "incident")]),
    ],
)
def test_a_period_between_dates_or_a_month_alone(text: str, expected: list[tuple[int, str]]) -> None:
    assert scopes(text, date(2022, 11, 5)) == expected


def test_a_day_long_battle_is_one_day() -> None:
    pub = date(2006, 6, 2)
    text = (
        "Afghan and coalition troops killed more than 40 Taliban fighters in a day-long battle in Kandahar."
    )
    assert scopes(text, pub) == [(40, "incident")]
    assert scopes("During the week-long truce, 12 people were killed in violations.", pub) == [
        (12, "cumulative")
    ]


def test_since_the_escalation_on_a_day_opens_a_period() -> None:
    text = (
        "Since the escalation of hostilities in the town on 10 May, at least 226 people have been "
        "killed and more than 1,400 injured, according to the health ministry."
    )
    assert scope_by_count(text, WED_09_MAR_2016) == {226: "cumulative", 1400: "cumulative"}


def test_a_when_clause_after_the_day_a_period_began_is_that_days_event() -> None:
    text = (
        "More than 30,000 people have been killed since the war began on October 7, when gunmen "
        "killed about 1,200 people and took some 250 hostages."
    )
    assert scope_by_count(text, WED_09_MAR_2016) == {30000: "cumulative", 1200: "incident", 250: "incident"}


def test_an_operation_on_one_night_is_an_incident() -> None:
    text = (
        "Security forces killed six militants during an intelligence-based operation in the border "
        "district on Wednesday night, the military said."
    )
    assert scope_by_count(text, WED_09_MAR_2016) == {6: "incident"}
    text = "Troops killed 60 militants during the operation, which began on Monday in the valley."
    assert scope_by_count(text, WED_09_MAR_2016) == {60: "cumulative"}


def test_a_cue_of_the_clause_before_and_said_is_not_the_figures() -> None:
    text = (
        "Officials accused the rebels of breaching the truce 62 times over the past 24 hours and said "
        "11 soldiers had been killed in rebel attacks over the past week."
    )
    assert scope_by_count(text, WED_09_MAR_2016) == {11: "cumulative"}


def test_a_span_between_two_dates_and_a_monitors_month() -> None:
    text = (
        "The mission documented 1,783 civilian casualties (573 killed and 1,210 injured) between "
        "1 January and 31 March 2021."
    )
    assert scope_by_count(text, WED_09_MAR_2016) == {573: "cumulative", 1210: "cumulative"}
    text = "The observatory documented the deaths of 412 people across the country in May 2021."
    assert scope_by_count(text, WED_09_MAR_2016) == {412: "cumulative"}
    text = "A car bomb in May 2021 killed 12 people in the capital."
    assert scope_by_count(text, WED_09_MAR_2016) == {12: "incident"}


def test_fighting_that_broke_out_in_a_place_opens_no_period() -> None:
    text = (
        "Fighting broke out in the Omdurman area shortly after the truce began, and a medical union "
        "said at least five civilians were killed by shelling."
    )
    assert scope_by_count(text, WED_09_MAR_2016) == {5: "incident"}
    text = "The conflict, which erupted on 15 April, has killed more than 9,000 people."
    assert scope_by_count(text, WED_09_MAR_2016) == {9000: "cumulative"}


def test_half_a_years_toll_is_a_running_count() -> None:
    text = (
        "The U.N. mission said at least 1,174 civilians had been killed and 5,757 injured in the first "
        "half of the year."
    )
    assert scoped(text, SAT_01_MAR_2025) == [
        (1174, "killed", "civilians", "cumulative"),
        (5757, "wounded", "civilians", "cumulative"),
    ]
    assert scoped("Half of the 40 people killed were children.", SAT_01_MAR_2025) == [
        (40, "killed", "unspecified", "incident")
    ]


def test_the_toll_of_a_citys_capture_is_a_running_count() -> None:
    text = "At least 2,900 people were killed during the rebels' capture of the city in late January."
    assert scoped(text, SAT_01_MAR_2025) == [(2900, "killed", "unspecified", "cumulative")]
    text = "Two soldiers were killed during the capture of the hill on Tuesday."
    assert scoped(text, SAT_01_MAR_2025) == [(2, "killed", "government", "incident")]


def test_days_of_one_month_between_them_are_a_period() -> None:
    text = "At least 27 people were killed and more than 130 injured between 10 and 13 May."
    assert scopes(text, SAT_01_MAR_2025) == [(27, "cumulative"), (130, "cumulative")]
    text = "Some 300 people were killed in attacks between May 16 and 18."
    assert scopes(text, SAT_01_MAR_2025) == [(300, "cumulative")]
    assert scopes("Two people were killed on May 16 and 18 others wounded.", SAT_01_MAR_2025) == [
        (2, "incident"),
        (18, "incident"),
    ]


def test_a_running_number_a_side_says_it_has_killed() -> None:
    text = (
        "Troops killed 17 rebels, bringing to 2,879 the number of guerrillas it says it has killed since "
        "an offensive began in May 2003."
    )
    assert scoped(text, SAT_01_MAR_2025) == [
        (17, "killed", "rebels", "incident"),
        (2879, "killed", "rebels", "cumulative"),
    ]
