"""Casualty kinds and the verbs that tell them: killed (martyred, suffocated, the wounded who
died), wounded, missing, displaced, detained, held hostage or taken prisoner."""

from __future__ import annotations

import pytest

from feeds.extract import extract

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
    scoped,
    sorted_figures,
)


def test_holding_armed_men_means_detained() -> None:
    text = "The militia said it was holding four soldiers captured near the border."
    assert figures(text, SAT_01_MAR_2025) == [(4, "detained", "government")]
    assert figures("Gunmen took two guards hostage at the checkpoint.", SAT_01_MAR_2025) == [
        (2, "detained", "government")
    ]


def test_held_responsible_is_not_detention() -> None:
    assert figures("The inquiry held two officers responsible for the shooting.", SAT_01_MAR_2025) == []


def test_forced_or_driven_from_their_homes_is_displacement() -> None:
    text = "The offensive has forced more than 200,000 people from their homes."
    facts = extract(None, text, SAT_01_MAR_2025).casualties
    assert [(c.count, c.kind, c.phrase) for c in facts] == [
        (200000, "displaced", "forced more than 200,000 people from their homes")
    ]
    assert figures("Clashes drove 3,000 villagers out of their homes.", SAT_01_MAR_2025) == [
        (3000, "displaced", "civilians")
    ]
    assert figures("Shelling has driven 90,000 people from displacement camps.", SAT_01_MAR_2025) == [
        (90000, "displaced", "unspecified")
    ]
    assert figures("The militia forced 40 men to dig trenches.", SAT_01_MAR_2025) == []


def test_number_of_people_held_counts_detainees_only() -> None:
    text = "Rebels seized two more engineers, bringing to 14 the number of foreign workers held."
    # (engineers are workers: civilians, GUIDELINES 2.5)
    assert figures(text, SAT_01_MAR_2025) == [(2, "detained", "civilians"), (14, "detained", "civilians")]
    assert figures("The party won 12 seats, bringing to 50 the number of seats held.", SAT_01_MAR_2025) == []


def test_hostage_deal_names_no_hostage() -> None:
    assert figures("The delegation will discuss a hostage deal and a truce in Gaza.", SAT_01_MAR_2025) == []
    assert figures("The deal provides for a prisoner swap next week.", SAT_01_MAR_2025) == []
    assert figures("Gunmen took a hostage at the checkpoint.", SAT_01_MAR_2025) == [
        (1, "detained", "civilians")
    ]


def test_loss_verb_with_armed_men_as_object_counts_the_killed() -> None:
    assert figures("The battalion lost 23 soldiers in the assault on the bridge.", SAT_01_MAR_2025) == [
        (23, "killed", "government")
    ]
    assert figures(
        "The rebels said they had lost 40 fighters in the battle for the town.", SAT_01_MAR_2025
    ) == [(40, "killed", "rebels")]
    # must not fire: seats, players, staff
    assert figures("The ruling party lost 14 seats in the election.", SAT_01_MAR_2025) == []
    assert figures("The club lost three players to injury before the final.", SAT_01_MAR_2025) == []
    assert figures("The firm lost 200 employees after the merger.", SAT_01_MAR_2025) == []


def test_killed_or_wounded_after_the_people_is_a_combined_total() -> None:
    assert (
        figures(
            "More than 400 civilians have been killed or wounded in the city since March.", SAT_01_MAR_2025
        )
        == []
    )
    assert figures("Medics said 35 people were dead or injured after the blast.", SAT_01_MAR_2025) == []
    # must not fire: one kind each
    assert figures("Five soldiers were killed and 12 wounded in the ambush.", SAT_01_MAR_2025) == [
        (5, "killed", "government"),
        (12, "wounded", "government"),
    ]


def test_captives_a_deal_is_to_free_are_its_terms() -> None:
    assert (
        figures("Under the deal, the first 20 hostages would be released on Sunday.", SAT_01_MAR_2025) == []
    )
    assert figures("The talks aim to secure the release of about 500 detainees.", SAT_01_MAR_2025) == []
    # must not fire: captives held, or freed
    assert figures(
        "The talks aim to secure the release of 100 hostages still held in Gaza.", SAT_01_MAR_2025
    ) == [(100, "detained", "civilians")]
    assert figures("The army said it had freed 12 hostages.", SAT_01_MAR_2025) == [
        (12, "detained", "civilians")
    ]


def test_of_those_killed_names_the_kind_of_the_part() -> None:
    assert figures(
        "Drone strikes killed 21 people. Of those killed, seven were women, medics said.", THU_12_SEP_2024
    ) == [
        (21, "killed", "unspecified"),
        (7, "killed", "civilians"),
    ]
    assert figures("Of the injured, nine were children, the hospital said.", THU_12_SEP_2024) == [
        (9, "wounded", "children")
    ]
    # not: people who are no casualties, a part with no number
    assert figures("Of those polled, 40 were women.", THU_12_SEP_2024) == []
    assert figures("Of the dead, most were soldiers.", THU_12_SEP_2024) == []


def test_passive_held_is_a_detention() -> None:
    assert figures("Two journalists were also held, the newspaper said.", THU_12_SEP_2024) == [
        (2, "detained", "civilians")
    ]
    assert figures("A former aid worker was held for a month by the militia.", THU_12_SEP_2024) == [
        (1, "detained", "aid_workers")
    ]
    # not: the active verb, "held up", "held responsible", things held
    assert figures("About 300 protesters held a vigil outside parliament.", THU_12_SEP_2024) == []
    assert figures("Forty passengers were held up at the crossing.", THU_12_SEP_2024) == []
    assert figures("Three officials were held responsible for the failures.", THU_12_SEP_2024) == []
    assert figures("Five voters also held placards.", THU_12_SEP_2024) == []


def test_hacked_or_beaten_to_death() -> None:
    assert figures("A mob beat three policemen to death in the village.", WED_09_MAR_2005) == [
        (3, "killed", "government")
    ]
    assert figures("Eleven farmers were hacked to death by militiamen.", WED_09_MAR_2005) == [
        (11, "killed", "civilians")
    ]
    # must not fire: "to death" without a killing verb before the people, or no people
    assert figures("The court sentenced two rebels to death.", WED_09_MAR_2005) == []
    assert figures("The army beat back 200 rebels.", WED_09_MAR_2005) == []
    assert figures("The fire burned 40 houses to the ground.", WED_09_MAR_2005) == []


def test_treated_for_injuries_is_wounded() -> None:
    assert figures(
        "Hospital officials said 43 people were treated for injuries after the blast.", WED_09_MAR_2005
    ) == [(43, "wounded", "unspecified")]
    assert figures("Nine soldiers were treated in hospital for shrapnel wounds.", WED_09_MAR_2005) == [
        (9, "wounded", "government")
    ]
    # must not fire: other treatment, or treatment of no people
    assert figures("Twenty people were treated for smoke inhalation.", WED_09_MAR_2005) == []
    assert figures("Twenty people were treated for shock.", WED_09_MAR_2005) == []
    assert figures("The clinic treated 300 patients for malaria.", WED_09_MAR_2005) == []


def test_captives_are_hostages() -> None:
    assert figures("The group said it was holding four Filipino captives.", WED_09_MAR_2005) == [
        (4, "detained", "civilians")
    ]
    # must not fire: prisoners and inmates stay unspecified, captive soldiers are soldiers
    assert figures("Police arrested 30 prisoners who escaped.", WED_09_MAR_2005) == [
        (30, "detained", "unspecified")
    ]
    assert figures("The rebels are holding 12 captive soldiers.", WED_09_MAR_2005) == [
        (12, "detained", "government")
    ]
    assert figures("The guerrillas freed 20 prisoners from the jail.", WED_09_MAR_2005) == []


def test_captives_freed_are_a_detention() -> None:
    assert figures("Kidnappers freed two Egyptian truck drivers on Monday.", WED_09_MAR_2005) == [
        (2, "detained", "civilians")
    ]
    assert figures("The rebels released 14 soldiers they had captured.", WED_09_MAR_2005) == [
        (14, "detained", "government")
    ]
    # must not fire: prisoners set free, releases yet to come, things released
    assert figures("Gunmen stormed the jail and freed 50 inmates.", WED_09_MAR_2005) == []
    assert figures("The deal would free 200 soldiers held by the rebels.", WED_09_MAR_2005) == []
    assert figures("The army released 12 photographs of the suspects.", WED_09_MAR_2005) == []
    assert figures("The hospital released 20 patients on Monday.", WED_09_MAR_2005) == []


def test_a_war_that_claimed_n_lives() -> None:
    assert figures("The insurgency has claimed more than 3,000 lives since 2001.", WED_09_MAR_2005) == [
        (3000, "killed", "unspecified")
    ]
    assert figures("A conflict that cost 50,000 lives.", WED_09_MAR_2005) == [
        (50000, "killed", "unspecified")
    ]
    # must not fire: lives saved, changed, or rebuilt
    assert figures("Medics saved 40 lives.", WED_09_MAR_2005) == []
    assert figures("The program changed 500 lives.", WED_09_MAR_2005) == []
    assert figures("Aid workers helped rebuild 1,000 lives.", WED_09_MAR_2005) == []


def test_people_dead_is_a_predicate() -> None:
    assert figures("The ambush left four soldiers dead and six wounded.", WED_09_MAR_2005) == [
        (4, "killed", "government"),
        (6, "wounded", "government"),
    ]
    # must not fire: "the dead" as the head
    assert figures("Among the 20 dead were three children.", WED_09_MAR_2005) == [
        (20, "killed", "unspecified"),
        (3, "killed", "children"),
    ]
    assert figures("Police counted 15 dead.", WED_09_MAR_2005) == [(15, "killed", "unspecified")]
    assert figures("The rebels lost 30 dead and many wounded.", WED_09_MAR_2005) == [
        (30, "killed", "unspecified")
    ]


def test_driven_from_homes_or_into_camps_is_displaced() -> None:
    assert figures(
        "Some 80,000 villagers have been driven from their homes by the fighting.", WED_16_MAY_2007
    ) == [(80000, "displaced", "civilians")]
    assert figures(
        "The insurgency has forced nearly 900,000 people into camps, the U.N. says.", WED_16_MAY_2007
    ) == [(900000, "displaced", "unspecified")]
    assert figures(
        "The offensive drove about 20,000 people into exile, aid groups said.", WED_16_MAY_2007
    ) == [(20000, "displaced", "unspecified")]
    # must not fire: people forced or driven into other things
    assert figures("Riot police forced 60 protesters into waiting vans.", WED_16_MAY_2007) == []
    assert figures("The coach has driven 25 players into the national squad.", WED_16_MAY_2007) == []
    assert figures("Floods have driven 40,000 people into camps, the Red Cross said.", WED_16_MAY_2007) == []


def test_massacre_of_people() -> None:
    assert figures("The court ruled on the massacre of 250 villagers in 1982.", WED_06_OCT_2021) == [
        (250, "killed", "civilians")
    ]
    assert figures("The massacre of 1982 is still remembered.", WED_06_OCT_2021) == []
    assert figures("The massacre of two cows upset the farmers.", WED_06_OCT_2021) == []


def test_injured_people_named_after_the_adjective() -> None:
    text = "Medics said they had treated 240 injured civilians since the siege began."
    assert sorted_figures(text, TUE_10_MAY_2016) == [(240, "wounded", "civilians")]
    assert sorted_figures("Army medics treated 14 wounded soldiers at the base.", TUE_10_MAY_2016) == [
        (14, "wounded", "government")
    ]
    assert sorted_figures("Seven were killed and 22 injured, police said.", TUE_10_MAY_2016) == [
        (7, "killed", "unspecified"),
        (22, "wounded", "unspecified"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said 14 soldiers had been taken prisoner in the fighting.",
        "Rebels took 14 soldiers prisoner near the border.",
    ],
)
def test_taken_prisoner_is_detained(text: str) -> None:
    assert scoped(text, MON_03_JUN_2024) == [(14, "detained", "government", "incident")]


def test_prisoners_to_be_exchanged_are_no_figure() -> None:
    assert scoped("The two sides agreed to exchange 1,000 prisoners each.", MON_03_JUN_2024) == []


# --- "martyred": killed ---------------------------------------------------------------------------


def test_martyred_and_martyring_say_killed() -> None:
    assert (4, "killed", "government") in figures(
        "Four policemen were martyred when militants ambushed their van near Bannu, officials said.",
        TUE_04_JUN_2019,
    )
    assert (3, "killed", "civilians") in figures(
        "Cross-border shelling martyred three villagers and injured two others in the Battal sector.",
        TUE_04_JUN_2019,
    )
    assert (1, "killed", "civilians") in figures(
        "The mortar fire hit a house in Kotli, martyring a 45-year-old woman, the police said.",
        TUE_04_JUN_2019,
    )
    # the inherited group of "others" follows the martyred people
    assert (6, "wounded", "government") in figures(
        "Two soldiers were martyred and six others were injured in the blast, the army said.", TUE_04_JUN_2019
    )


def test_martyr_nouns_and_names_are_no_figures() -> None:
    assert (
        figures(
            "The families of 25 martyrs received compensation cheques from the governor on Monday.",
            TUE_04_JUN_2019,
        )
        == []
    )
    assert (
        figures(
            "Members of the Al-Aqsa Martyrs Brigades paraded through the camp with 30 vehicles.",
            TUE_04_JUN_2019,
        )
        == []
    )
    assert (
        figures(
            "The city observed Martyrs' Day on Tuesday with 21 gun salutes at the memorial.", TUE_04_JUN_2019
        )
        == []
    )


# --- "two wounded hostages died": the wounded who died are killed ---------------------------------


def test_wounded_who_died_are_killed() -> None:
    assert figures("Three injured policemen later died in hospital, officials said.", MON_08_NOV_2004) == [
        (3, "killed", "government")
    ]
    assert figures("Two more wounded villagers died overnight.", MON_08_NOV_2004) == [
        (2, "killed", "civilians")
    ]
    assert figures("The toll rose after four wounded hostages died on Tuesday.", MON_08_NOV_2004) == [
        (4, "killed", "civilians")
    ]


def test_wounded_who_did_not_die_stay_wounded() -> None:
    for text in (
        "Five wounded soldiers were evacuated by helicopter.",
        "The attack left five wounded soldiers in hospital.",
        "Four wounded civilians said they had seen the gunmen.",
    ):
        assert [k for _, k, _ in figures(text, MON_08_NOV_2004)] == ["wounded"], text


# --- "still holding two drivers": people still in captivity ---------------------------------------


def test_still_holding_people_are_detained() -> None:
    assert (2, "detained", "civilians") in figures(
        "The group said it was still holding two Turkish drivers.", MON_08_NOV_2004
    )
    assert (3, "detained", "aid_workers") in figures(
        "Kidnappers are still holding three aid workers.", MON_08_NOV_2004
    )


def test_holding_without_captivity_is_no_figure() -> None:
    assert figures("The party is still holding 40 seats in parliament.", MON_08_NOV_2004) == []
    assert figures("The company is still holding three meetings a week.", MON_08_NOV_2004) == []
    assert figures("He was holding two children by the hand when the police arrived.", MON_08_NOV_2004) == []


# --- "suffocated": killed -------------------------------------------------------------------------


def test_suffocated_people_are_killed() -> None:
    assert figures(
        "Seventy-eight protesters suffocated in army trucks after their arrest.", MON_08_NOV_2004
    ) == [(78, "killed", "civilians")]
    assert figures(
        "Three villagers suffocated in a cellar where they hid from the shelling.", MON_08_NOV_2004
    ) == [(3, "killed", "civilians")]


def test_suffocate_of_things_is_no_figure() -> None:
    assert figures("The smoke suffocated the fire.", MON_08_NOV_2004) == []
    assert figures("A new law could suffocate 300 small businesses.", MON_08_NOV_2004) == []
    assert figures("High prices suffocated demand for three months.", MON_08_NOV_2004) == []


# --- a sub-group keeps the kind of its total ------------------------------------------------------


def test_subgroup_between_a_total_and_a_figure_of_another_kind() -> None:
    text = "Monitors recorded 2,130 civilian deaths, including 305 children, and 4,870 injured since March."
    assert figures(text, WED_02_JUN_2021) == [
        (2130, "killed", "civilians"),
        (305, "killed", "children"),
        (4870, "wounded", "civilians"),
    ]


def test_coordinated_figures_still_share_the_kind_after_them() -> None:
    assert figures("Six soldiers and 10 civilians were wounded in the blast.", WED_02_JUN_2021) == [
        (6, "wounded", "government"),
        (10, "wounded", "civilians"),
    ]


# --- held or missing without the usual kind word --------------------------------------------------


def test_people_remaining_in_captivity_or_listed_as_missing() -> None:
    text = "Officials say about 2,500 Georgians, including 300 civilians, remain in Russian captivity."
    assert scoped(text, WED_02_JUN_2021) == [
        (2500, "detained", "unspecified", "cumulative"),
        (300, "detained", "civilians", "cumulative"),
    ]
    text = "The commission said some 4,300 people are listed as missing after the war."
    assert scoped(text, WED_02_JUN_2021) == [(4300, "missing", "unspecified", "cumulative")]
    text = "The rebels said 12 soldiers captured on Monday were in army custody."
    assert figures(text, WED_02_JUN_2021)[0][1] == "detained"


def test_holds_counts_captives_only_in_jails_or_custody() -> None:
    text = "The government holds some 5,000 rebels in its prisons, a rights group said."
    assert scoped(text, WED_02_JUN_2021) == [(5000, "detained", "rebels", "cumulative")]
    assert figures("The city holds about 2 million people and three airports.", WED_02_JUN_2021) == []
    assert figures("The stadium holds 40,000 fans, the club said.", WED_02_JUN_2021) == []
    assert figures("The ruling party holds 120 seats in parliament.", WED_02_JUN_2021) == []


# --- "took hostage N people" ----------------------------------------------------------------------


def test_taken_hostage_before_the_people() -> None:
    assert figures(
        "Gunmen in Iraq said they had taken hostage six Turkish construction workers.", WED_06_OCT_2021
    ) == [(6, "detained", "civilians")]
    assert figures("Rebels took hostage 14 passengers from a bus.", WED_06_OCT_2021) == [
        (14, "detained", "civilians")
    ]
    assert figures(
        "The militants are holding hostage three policemen seized last week.", WED_06_OCT_2021
    ) == [(3, "detained", "government")]


def test_taken_hostage_not_without_people() -> None:
    assert figures("Gunmen took 12 workers hostage near the border.", WED_06_OCT_2021) == [
        (12, "detained", "civilians")
    ]
    assert figures("The dispute has taken hostage 3 key reforms, critics said.", WED_06_OCT_2021) == []
    assert figures("The army took 40 minutes to reach the village.", WED_06_OCT_2021) == []


# --- wounds by the hospital that took the wounded in ----------------------------------------------


def test_admitted_with_wounds() -> None:
    assert figures("Doctors said a woman was admitted with shrapnel wounds.", WED_06_OCT_2021) == [
        (1, "wounded", "civilians")
    ]
    assert figures(
        "Two soldiers were taken to hospital with gunshot wounds, the army said.", WED_06_OCT_2021
    ) == [(2, "wounded", "government")]


def test_admitted_without_wounds() -> None:
    # ("taken prisoner": captured, so detained (GUIDELINES 2.4), and no wounds)
    assert figures("Two soldiers were taken prisoner by the rebels.", WED_06_OCT_2021) == [
        (2, "detained", "government")
    ]
    assert figures("Three patients were admitted to hospital with fever.", WED_06_OCT_2021) == []


# --- the toll, then "with N others injured" -------------------------------------------------------


def test_toll_with_others_injured_clause() -> None:
    text = (
        "The death toll from Friday's suicide bombing in Quetta rose to 73 on "
        "Sunday, with 110 others injured."
    )
    assert sorted_figures(text, TUE_10_MAY_2016) == [
        (73, "killed", "unspecified"),
        (110, "wounded", "unspecified"),
    ]
    text = "The toll from the twin blasts at the shrine climbed to 52 on Thursday, with dozens more wounded."
    assert (52, "killed", "unspecified") in sorted_figures(text, TUE_10_MAY_2016)
    assert (52, "wounded", "unspecified") not in sorted_figures(text, TUE_10_MAY_2016)
    text = (
        "The death toll from the mosque attack reached 19 on Tuesday, with "
        "fifty-one others hurt, police said."
    )
    assert sorted_figures(text, TUE_10_MAY_2016) == [
        (19, "killed", "unspecified"),
        (51, "wounded", "unspecified"),
    ]


def test_with_clause_without_own_kind_keeps_the_predicate() -> None:
    # "with N others," and the predicate after it: one subject, not a clause of its own
    text = "Six policemen at the checkpoint, with three others, were wounded in the blast."
    assert sorted_figures(text, TUE_10_MAY_2016) == [
        (3, "wounded", "government"),
        (6, "wounded", "government"),
    ]
    text = "Nine villagers in the market on Friday, with 14 more near the mosque, were killed."
    assert (9, "killed", "civilians") in sorted_figures(text, TUE_10_MAY_2016)


# --- the manner of a killing before its victims ("hacked to death 11 villagers") ------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Militiamen hacked to death nine farmers in a dawn raid.", (9, "killed", "civilians")),
        ("A mob beat to death two policemen outside the courthouse.", (2, "killed", "government")),
        ("Gunmen stabbed to death three pilgrims near the shrine.", (3, "killed", "civilians")),
        ("Rioters burned to death four people inside a shop.", (4, "killed", "unspecified")),
    ],
)
def test_manner_of_death_before_the_victims(text: str, want: tuple[int, str, str]) -> None:
    assert want in figures(text, MON_10_JUN_2019)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels hacked to death a goat and stole 40 cattle from the herders.",
        "He said the gunmen had been beaten to death by a crowd in 2009.",
    ],
)
def test_manner_of_death_without_victims_counted(text: str) -> None:
    assert not any(k == "killed" and n in (40, 2009) for n, k, _ in figures(text, MON_10_JUN_2019))


# --- the wounded carried out by an evacuation -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Army helicopters evacuated 23 injured policemen from the valley on Sunday.",
            [(23, "wounded", "government")],
        ),
        (
            "Ambulances evacuated nine wounded villagers to the district hospital.",
            [(9, "wounded", "civilians")],
        ),
        ("Volunteers evacuated 200 villagers from the front line.", [(200, "displaced", "civilians")]),
    ],
)
def test_evacuated_wounded_are_wounded(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text, MON_03_JUN_2024) == want


# --- the wounded who died -------------------------------------------------------------------------


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
def test_n_of_the_wounded_who_died_are_killed(text: str, expected: list[tuple[int, str, str, str]]) -> None:
    assert scoped(text, MON_03_JUN_2024) == expected


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
    assert scoped(text, MON_03_JUN_2024) == expected


# --- bare figures: remain missing -----------------------------------------------------------------


def test_bare_figures_keep_the_soldiers_group() -> None:
    text = "The army said nine soldiers were killed on Sunday, while 14 were wounded and six remain missing."
    assert scoped(text, MON_03_JUN_2024) == [
        (9, "killed", "government", "incident"),
        (14, "wounded", "government", "incident"),
        (6, "missing", "government", "incident"),
    ]


def test_remained_without_a_kind_is_no_figure() -> None:
    assert scoped("Turnout remained low, and 40 remained undecided, the poll found.", MON_03_JUN_2024) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a result of indiscriminate firing, a 45-year old woman, resident of village Dharoti, "
            "embraced Shaheed while two children, aged 9 and 12, got seriously injured, the ISPR said.",
            [(1, "killed", "civilians"), (2, "wounded", "children")],
        ),
        (
            "The violations resulted in Shahadat of 14 civilians while 134 others were seriously injured.",
            [(14, "killed", "civilians"), (134, "wounded", "civilians")],
        ),
        (
            "As a result, six terrorists were sent to hell, while three terrorists were apprehended.",
            [(6, "killed", "rebels"), (3, "detained", "rebels")],
        ),
        (
            "Two soldiers paid the supreme price in an ambush by bandits, while three others were wounded.",
            [(2, "killed", "government"), (3, "wounded", "government")],
        ),
        (
            "The past 24 hours left 187 martyrs and 312 injured.",
            [(187, "killed", "unspecified"), (312, "wounded", "unspecified")],
        ),
        (
            "485 children were killed and 1,060 received injuries.",
            [(485, "killed", "children"), (1060, "wounded", "children")],
        ),
        ("The martyrs were buried on Friday.", []),
    ],
)
def test_the_idioms_of_state_media(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(text, WED_09_MAR_2005) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the gunfight, two terrorists were eliminated and a civilian sustained splinter injuries.",
            [(2, "killed", "rebels"), (1, "wounded", "civilians")],
        ),
        ("Troops apprehended four terrorists near the border.", [(4, "detained", "rebels")]),
        (
            "One soldier paid the supreme price while two others sustained gunshot wounds.",
            [(1, "killed", "government"), (2, "wounded", "government")],
        ),
        (
            "Last month 31 members of the security forces sacrificed their lives in the line of duty.",
            [(31, "killed", "government")],
        ),
        ("Spain were eliminated by Morocco on penalties.", []),
        ("The government eliminated 12 taxes.", []),
    ],
)
def test_the_words_of_security_force_releases(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(text, WED_09_MAR_2005) == expected


def test_one_person_wounded_who_later_died_is_killed() -> None:
    pub = WED_09_MAR_2005
    text = "A jawan of 34 Rashtriya Rifles who was injured in the gunfight later succumbed to his injuries."
    assert figures(text, pub) == [(1, "killed", "government")]
    assert figures("A soldier was wounded and later died in hospital.", pub) == [(1, "killed", "government")]
    # the many wounded are not the one who died
    assert figures("Twelve people were wounded and one later died.", pub)[0] == (12, "wounded", "unspecified")


def test_martyrdom_attained_and_people_in_detention() -> None:
    pub = WED_09_MAR_2005
    assert figures("A Havildar of the Army attained martyrdom in the firing, officials said.", pub) == [
        (1, "killed", "government")
    ]
    assert figures("The ministry said 3,012 people were currently in detention.", pub) == [
        (3012, "detained", "unspecified")
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two soldiers were shot and killed at a checkpoint on Monday.", "killed"),
        ("Two soldiers were shot and wounded at a checkpoint on Monday.", "wounded"),
        ("A policeman was stabbed and killed outside the station.", "killed"),
    ],
)
def test_the_manner_then_the_kind(text: str, kind: str) -> None:
    assert [f[1] for f in figures(text, WED_09_MAR_2005)] == [kind]


def test_the_outer_subjects_verb_after_a_relative_clause_is_not_the_peoples() -> None:
    text = (
        "Security forces rescued 106 people, including women and children, who had been trapped "
        "inside the hotel, and killed all the attackers."
    )
    assert figures(text, WED_09_MAR_2005) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One serviceman received a shrapnel wound and was taken to hospital.",
            [(1, "wounded", "government")],
        ),
        (
            "The violations resulted in the shahadat of 22 civilians and serious injuries to 223 others.",
            [(22, "killed", "civilians"), (223, "wounded", "civilians")],
        ),
        (
            "Clashes in the district resulted in at least 11 reported fatalities.",
            [(11, "killed", "unspecified")],
        ),
    ],
)
def test_monitors_and_state_media_kinds(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(text, WED_09_MAR_2005) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shelling forced more than 1,000 families in the district to shift to safer places, officials said.",
        "Some 1,000 families displaced by the war remain unable to return to their homes.",
    ],
)
def test_displacement_told_as_a_move_to_safety_or_no_return(text: str) -> None:
    assert [f[:2] for f in figures(text, WED_09_MAR_2005)] == [(1000, "displaced")]


def test_killings_and_murders_counted_are_the_dead() -> None:
    text = "The police chief said the group had been behind two killings in the city in February."
    assert figures(text, WED_09_MAR_2005) == [(2, "killed", "unspecified")]
    assert figures("Police recorded three murders linked to the militia.", WED_09_MAR_2005) == [
        (3, "killed", "unspecified")
    ]


def test_a_second_person_named_by_a_demonym() -> None:
    text = "Medics said a second Palestinian died of wounds sustained a day earlier."
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "unspecified")]
    assert figures("It was the second Palestinian attack this week.", WED_09_MAR_2005) == []


def test_internally_displaced_people_counted_are_the_displaced() -> None:
    text = "The camp already hosts an estimated 500,000 internally displaced people."
    assert figures(text, WED_09_MAR_2005) == [(500000, "displaced", "unspecified")]
    text = "Twelve internally displaced people were killed in the strike."
    assert figures(text, WED_09_MAR_2005) == [(12, "killed", "civilians")]
    # (any case: a headline's capitals)
    assert figures(text.upper(), WED_09_MAR_2005) == [(12, "killed", "civilians")]
    assert figures("Twelve internally Displaced people were killed.", WED_09_MAR_2005) == [
        (12, "killed", "civilians")
    ]


def test_refugees_told_by_the_borders_they_crossed() -> None:
    text = (
        "More than 1.3 million people have been displaced inside the country, while some 350,000 others "
        "have crossed into neighbouring countries."
    )
    assert figures(text, WED_09_MAR_2005) == [
        (1300000, "displaced", "unspecified"),
        (350000, "displaced", "unspecified"),
    ]
    assert figures("Two rebels crossed into Rwanda.", WED_09_MAR_2005) == []


def test_people_snatched_went_missing_were_among_the_dead_or_maimed() -> None:
    text = "Armed men snatched two foreign engineers and their driver from a car on Thursday, police said."
    assert figures(text, WED_09_MAR_2005) == [(2, "detained", "civilians"), (1, "detained", "civilians")]
    text = "The ICRC follows the cases of over 200 people who went missing during the hostilities."
    assert figures(text, WED_09_MAR_2005) == [(200, "missing", "unspecified")]
    text = (
        "Three humanitarian workers, employed by a medical charity and a national NGO, were among "
        "those killed."
    )
    assert figures(text, WED_09_MAR_2005) == [(3, "killed", "aid_workers")]
    text = "The UN verified the killing of 96 children and the maiming of 214 more."
    assert figures(text, WED_09_MAR_2005) == [(96, "killed", "children"), (214, "wounded", "children")]
    text = "Nearly 40,000 residents of border villages have moved to safer places, an official said."
    assert figures(text, WED_09_MAR_2005) == [(40000, "displaced", "civilians")]


def test_residents_who_had_to_leave_their_homes() -> None:
    text = "Some 60,000 residents of the northern towns had to leave their homes."
    assert figures(text, WED_09_MAR_2005) == [(60000, "displaced", "civilians")]
    text = "Around 400,000 residents of the city and nearby towns have been forced to leave."
    assert figures(text, WED_09_MAR_2005) == [(400000, "displaced", "civilians")]


def test_people_who_sought_refuge() -> None:
    text = "The fighting forced more than 10,000 villagers to seek refuge in a neighbouring country."
    assert figures(text, WED_09_MAR_2005) == [(10000, "displaced", "civilians")]
    assert figures("Some 5,000 people sought refuge in the church.", WED_09_MAR_2005) == [
        (5000, "displaced", "unspecified")
    ]
    assert figures("Four suspected facilitators were arrested.", WED_09_MAR_2005) == [
        (4, "detained", "unspecified")
    ]


def test_driven_toward_a_town_registered_as_displaced() -> None:
    text = (
        "Militiamen raided villages, killing dozens of villagers and driving an estimated 8,000 people "
        "toward the town of Nyala."
    )
    assert figures(text, WED_09_MAR_2005) == [
        (None, "killed", "civilians"),
        (8000, "displaced", "unspecified"),
    ]
    assert figures("He was driving two soldiers to the base.", WED_09_MAR_2005) == []
    text = "About 1.4 million people are registered as internally displaced."
    assert figures(text, WED_09_MAR_2005) == [(1400000, "displaced", "unspecified")]
    text = "Artillery fire killed a fisherman and wounded his two young sons."
    assert figures(text, WED_09_MAR_2005) == [(1, "killed", "civilians"), (2, "wounded", "children")]


def test_people_who_left_their_homes_and_injury_of_others() -> None:
    assert figures("Some 500 people have left their homes.", WED_09_MAR_2005) == [
        (500, "displaced", "unspecified")
    ]
    assert figures("Two leftist rebels were killed.", WED_09_MAR_2005) == [(2, "killed", "rebels")]
    text = "The shelling resulted in the death of two soldiers and injury of three others."
    assert figures(text, WED_09_MAR_2005) == [(2, "killed", "government"), (3, "wounded", "government")]
    assert figures("In the firing, a BSF head constable was killed.", WED_09_MAR_2005) == [
        (1, "killed", "government")
    ]
