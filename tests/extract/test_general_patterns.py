"""General news patterns (own sentences): talks dates and clauses, ages, captives, disasters, sides."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract, facts_to_json
from feeds.extract.text import split_sentences

PUB = date(2025, 3, 1)


def scheduled(title: str | None, text: str, published: date = PUB) -> list[tuple[str | None, str | None]]:
    facts = extract(title, text, published)
    return [(t["date"], t["place"]) for t in facts_to_json("x", facts)["talks"]]


def figures(text: str, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(title, text, PUB).casualties]


# --- talks -----------------------------------------------------------------------------------


def test_resume_talks_on_date_in_city() -> None:
    text = "The mediators invited the junta and the rebel coalition to resume talks on March 14 in Nairobi."
    assert scheduled(None, text) == [("2025-03-14", "Nairobi")]


def test_talks_on_date_will_go_ahead_after_reporting_verb() -> None:
    text = "The envoy confirmed that the peace talks on 3 April in Doha will go ahead as planned."
    assert scheduled(None, text) == [("2025-04-03", "Doha")]


def test_postponement_in_another_clause_does_not_cancel() -> None:
    text = (
        "The envoy asked both warring parties to resume negotiations on June 9 in Addis Ababa, "
        "after a round planned for June 2 was postponed."
    )
    assert scheduled(None, text) == [("2025-06-09", "Addis Ababa")]


def test_postponed_meeting_drops_its_old_date() -> None:
    text = "The ceasefire talks set for May 5 in Oslo have been postponed, the mediator said."
    facts = extract(None, text, PUB)
    assert scheduled(None, text) == []
    assert [(t.status, t.date) for t in facts.talks] == [("postponed", None)]


def test_postponed_until_a_new_date_keeps_the_new_date() -> None:
    text = "The truce talks in Lome were postponed until May 20 at the request of the rebels."
    assert scheduled(None, text) == [("2025-05-20", "Lome")]


def test_postponed_until_a_new_date_replaces_the_nearer_old_date() -> None:
    text = "The peace talks with the rebels, scheduled for Monday, were postponed until March 17."
    assert scheduled(None, text) == [("2025-03-17", None)]
    text = "The truce talks, scheduled for Monday, were postponed until further notice."
    assert scheduled(None, text) == []


def test_hopes_to_hold_talks_is_not_scheduled() -> None:
    text = "The envoy hopes to bring the warring sides together for peace talks in the coming weeks."
    assert scheduled(None, text) == []


def test_trade_talks_in_a_war_item_are_not_listed() -> None:
    text = "Despite the war, trade talks with the neighbouring bloc will resume on Monday in Brussels."
    assert scheduled(None, text) == []


def test_un_convened_talks_count_as_conflict_talks() -> None:
    assert scheduled(None, "UN fixes a new date for Maravia talks: 12 July in Vienna") == [
        ("2025-07-12", "Vienna")
    ]


def test_body_that_has_yet_to_convene_is_not_scheduled() -> None:
    text = "A U.S.-led mechanism set up to monitor the ceasefire has yet to convene, officials said."
    assert scheduled(None, text) == []
    text = "The ceasefire commission, which has yet to agree an agenda, will convene in Naqoura on Monday."
    assert scheduled(None, text) == [("2025-03-03", "Naqoura")]


def test_trade_war_truce_is_no_conflict_frame() -> None:
    text = (
        "The two countries agreed a 90-day truce in their trade war. Officials will meet in Geneva on Monday."
    )
    assert scheduled(None, text) == []
    text = "The warring sides agreed a truce in the port city. Officials will meet in Geneva on Monday."
    assert scheduled(None, text) == [("2025-03-03", "Geneva")]


def test_shelling_is_a_conflict_frame() -> None:
    text = (
        "Ukraine said Russian forces had shelled the facility. Ukrainian and U.S. officials are due to "
        "meet in Saudi Arabia on Sunday, with a Russian-U.S. meeting on Monday."
    )
    assert scheduled(None, text, date(2025, 3, 22)) == [
        ("2025-03-23", "Saudi Arabia"),
        ("2025-03-24", "Saudi Arabia"),
    ]


def test_talks_proposed_on_a_weekday_are_not_dated_by_it() -> None:
    text = (
        "The delegations are due to hold peace talks in Istanbul on Thursday. Putin proposed the talks "
        "on Sunday, days after Kyiv demanded a ceasefire."
    )
    assert scheduled(None, text, date(2025, 5, 14)) == [("2025-05-15", "Istanbul")]
    text = "Qatar proposed a meeting of the warring sides on Friday."
    assert scheduled(None, text) == []
    text = "The proposed peace talks will be held in Doha on Friday, the mediators said."
    assert scheduled(None, text) == [("2025-03-07", "Doha")]


# --- casualties ------------------------------------------------------------------------------


def test_age_in_words_is_one_child() -> None:
    assert figures("A stray shell killed a seven-year-old boy near the market.") == [
        (1, "killed", "children")
    ]
    assert figures("Mortar fire wounded a six-month-old baby in the camp.") == [(1, "wounded", "children")]


def test_listed_objects_share_the_left_verb() -> None:
    found = figures("Shelling killed a woman and a teenage girl, and three soldiers were wounded.")
    assert (1, "killed", "children") in found
    assert (3, "wounded", "government") in found


def test_coordinated_object_before_attribution_shares_the_verb() -> None:
    text = "The drone strike killed three soldiers and two civilians, the army said."
    assert figures(text) == [(3, "killed", "government"), (2, "killed", "civilians")]


def test_figure_followed_by_its_own_reporting_verb_is_a_speaker() -> None:
    text = "Shelling killed four people in the town, and two officials said the toll could rise."
    assert figures(text) == [(4, "killed", "unspecified")]


def test_possessive_relatives_share_the_verb() -> None:
    assert figures("An air strike killed a farmer and his three children.") == [
        (1, "killed", "civilians"),
        (3, "killed", "children"),
    ]
    assert figures("The raid killed a teacher and her two brothers.") == [
        (1, "killed", "civilians"),
        (2, "killed", "civilians"),
    ]


def test_n_more_counts_like_n_others() -> None:
    text = "Gunmen killed two policemen and wounded five more at the checkpoint."
    assert figures(text) == [(2, "killed", "government"), (5, "wounded", "government")]
    assert figures("Three soldiers were killed and a dozen more were injured.") == [
        (3, "killed", "government"),
        (12, "wounded", "government"),
    ]
    assert figures("The bombing killed five more than the last attack on the market.") == []


def test_holding_armed_men_means_detained() -> None:
    text = "The militia said it was holding four soldiers captured near the border."
    assert figures(text) == [(4, "detained", "government")]
    assert figures("Gunmen took two guards hostage at the checkpoint.") == [(2, "detained", "government")]


def test_held_responsible_is_not_detention() -> None:
    assert figures("The inquiry held two officers responsible for the shooting.") == []


def test_disaster_item_has_no_conflict_casualties() -> None:
    assert (
        figures("Two people were killed by falling rocks on the mountain road.", "Landslide kills two") == []
    )
    assert figures("Floods killed 12 people in the north, officials said.") == []


def test_disaster_word_with_conflict_keeps_figures() -> None:
    text = "Floods slowed aid convoys as shelling killed 12 people in the north."
    assert figures(text) == [(12, "killed", "unspecified")]


def test_fighters_take_the_side_the_sentence_names() -> None:
    text = "The Northern Front said an airstrike killed five of its fighters."
    assert figures(text) == [(5, "killed", "rebels")]
    text = "An airstrike on a rebel base killed six fighters and wounded four others."
    assert figures(text) == [(6, "killed", "rebels"), (4, "wounded", "rebels")]


def test_fighters_without_a_side_are_combatants() -> None:
    assert figures("Three fighters were killed in overnight clashes.") == [(3, "killed", "combatants")]


def test_militants_are_rebels_and_others_inherit() -> None:
    text = "Troops killed 14 militants and wounded 30 others in the raid."
    assert figures(text) == [(14, "killed", "rebels"), (30, "wounded", "rebels")]


def test_bare_number_counts_the_object_of_the_attack() -> None:
    text = "Troops opened fire on unarmed protesters in the square, killing 9."
    assert figures(text) == [(9, "killed", "civilians")]


# --- violations ------------------------------------------------------------------------------


def test_planned_monitoring_of_violations_is_not_a_violation() -> None:
    text = (
        "The truce took effect at midnight. The monitoring mission will publish a weekly tally of violations."
    )
    assert extract(None, text, PUB).violation is None
    text = "Observers deployed on Monday will investigate violations of the truce."
    assert extract(None, text, PUB).violation is None


def test_reported_violation_still_counts() -> None:
    text = "The monitors reported 12 violations of the truce in the past day."
    assert extract(None, text, PUB).violation is not None


# --- casualties: groups and running totals (own sentences) ------------------------------------


def scoped(text: str) -> list[tuple[int | None, str, str, str]]:
    return [(c.count, c.kind, c.group, c.scope) for c in extract(None, text, PUB).casualties]


def test_family_of_n_counts_its_members_as_civilians() -> None:
    assert figures("The strike killed a family of five in the village on Tuesday.") == [
        (5, "killed", "civilians")
    ]
    assert figures("A family of four was killed when a shell hit their home.") == [(4, "killed", "civilians")]


def test_members_of_his_family_are_civilians() -> None:
    text = "An airstrike killed a Hamas commander and six members of his family."
    assert figures(text) == [(1, "killed", "rebels"), (6, "killed", "civilians")]


def test_commander_takes_the_side_of_its_modifier() -> None:
    assert figures("Troops killed a rebel commander near the border.") == [(1, "killed", "rebels")]
    assert figures("Two army commanders were killed in the ambush.") == [(2, "killed", "government")]


def test_named_armed_group_fighters_are_rebels() -> None:
    assert figures("Hezbollah said four of its fighters were killed.") == [(4, "killed", "rebels")]


def test_capitalised_force_name_after_members_of() -> None:
    assert figures("Two members of the National Army were killed.") == [(2, "killed", "government")]
    assert figures("Three members of the Security Forces were wounded.") == [(3, "wounded", "government")]


def test_paramilitaries_are_recorded_as_combatants() -> None:
    text = "Security forces killed 11 paramilitaries in clashes near the town, the army said."
    assert figures(text) == [(11, "killed", "combatants")]


def test_regional_death_toll_does_not_inherit_the_group_before() -> None:
    text = "Airstrikes killed 14 civilians overnight, bringing the death toll in the region to 120."
    assert scoped(text) == [
        (14, "killed", "civilians", "incident"),
        (120, "killed", "unspecified", "cumulative"),
    ]


def test_bringing_to_n_the_number_of_people_killed() -> None:
    text = "Militants killed 8 soldiers in an ambush, bringing to 60 the number of troops killed this month."
    assert scoped(text) == [
        (8, "killed", "government", "incident"),
        (60, "killed", "government", "cumulative"),
    ]


def test_bringing_the_total_since_a_date_to_n() -> None:
    text = (
        "The ministry said 37 people were killed in the past 24 hours, "
        "bringing the total since October 7 to 9,200."
    )
    assert scoped(text) == [
        (37, "killed", "unspecified", "incident"),
        (9200, "killed", "unspecified", "cumulative"),
    ]


def test_range_of_days_is_a_date() -> None:
    assert figures("Fighting from May 3 to 9 killed 40 people.") == [(40, "killed", "unspecified")]


# --- round 5: truce clauses, asides, driven out, running counts, deadlines --------------------


def violated(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


def test_possessive_before_the_truce_still_dates_the_attack() -> None:
    text = "Shells hit the port town on Sunday, hours after the army's unilateral truce came into force."
    assert violated(text)


def test_attack_in_the_first_weeks_of_a_truce() -> None:
    text = "Some 300 people were killed in the first two weeks of the ceasefire, a monitoring group said."
    assert violated(text)


def test_relative_clause_accusing_sides_of_violating_the_truce() -> None:
    text = (
        "The envoy will discuss the truce, which the rival factions have each accused the other of breaching."
    )
    assert violated(text)


def test_negated_breach_after_the_truce_is_no_violation() -> None:
    assert not violated("The ceasefire has not been violated since Monday, the monitors said.")
    assert not violated("Officials said the truce had never been breached.")
    assert violated("The truce has not been respected in the north.")
    # A negation in another clause is not the breach word's.
    assert violated("The ceasefire, which has no monitoring mechanism, was violated twice on Sunday.")


def test_violence_that_the_truce_stopped_is_no_violation() -> None:
    assert not violated("Shelling stopped overnight after the truce took effect, residents said.")
    assert not violated("The fighting died down after the ceasefire.")
    assert violated("Shelling continued after the truce took effect, residents said.")


def test_aside_with_abbreviations_between_figure_and_verb() -> None:
    text = "At least 40 aid workers, most of them U.N. staff, have been killed since the war began."
    assert figures(text) == [(40, "killed", "aid_workers")]


def test_aside_between_dashes_or_in_brackets() -> None:
    text = "About 2 million people - nearly half the population - have been displaced by the war."
    assert figures(text) == [(2000000, "displaced", "unspecified")]
    assert figures("Twelve people (most of them farmers) were killed.") == [(12, "killed", "unspecified")]


def test_forced_or_driven_from_their_homes_is_displacement() -> None:
    text = "The offensive has forced more than 200,000 people from their homes."
    facts = extract(None, text, PUB).casualties
    assert [(c.count, c.kind, c.phrase) for c in facts] == [
        (200000, "displaced", "forced more than 200,000 people from their homes")
    ]
    assert figures("Clashes drove 3,000 villagers out of their homes.") == [(3000, "displaced", "civilians")]
    assert figures("Shelling has driven 90,000 people from displacement camps.") == [
        (90000, "displaced", "unspecified")
    ]
    assert figures("The militia forced 40 men to dig trenches.") == []


def test_running_toll_with_a_date_before_the_number() -> None:
    text = "The death toll since Oct. 7 has risen to 1,300, the ministry said."
    assert scoped(text) == [(1300, "killed", "unspecified", "cumulative")]
    text = "The number of people killed since 24 February has passed 900."
    assert scoped(text) == [(900, "killed", "unspecified", "cumulative")]


def test_number_of_people_held_counts_detainees_only() -> None:
    text = "Rebels seized two more engineers, bringing to 14 the number of foreign workers held."
    # (engineers are workers: civilians, GUIDELINES 2.5)
    assert figures(text) == [(2, "detained", "civilians"), (14, "detained", "civilians")]
    assert figures("The party won 12 seats, bringing to 50 the number of seats held.") == []


def test_united_nations_staff_are_aid_workers() -> None:
    assert figures("Gunmen abducted three United Nations employees.") == [(3, "detained", "aid_workers")]


def test_coordinated_subgroups_do_not_lend_their_group() -> None:
    text = "The strikes killed 80 people, including 12 children and nine women, and wounded 200."
    assert figures(text) == [
        (80, "killed", "unspecified"),
        (12, "killed", "children"),
        (9, "killed", "civilians"),
        (200, "wounded", "unspecified"),
    ]


def test_fighters_of_a_named_group_are_rebels() -> None:
    text = "Ten fighters of the Islamic State group were killed in the raid."
    assert figures(text) == [(10, "killed", "rebels")]
    assert figures("Five members of the press group were hurt in the blast.") == [
        (5, "wounded", "unspecified")
    ]
    # A militia is non-state, whichever side it fights on (GUIDELINES: militiamen are rebels).
    assert figures("Four members of a pro-government militia were killed.") == [(4, "killed", "rebels")]
    # Armies have brigades too.
    assert figures("Five members of the 93rd Mechanized Brigade were killed.") == [
        (5, "killed", "unspecified")
    ]


def test_deadline_end_of_a_month_is_not_a_past_meeting() -> None:
    text = (
        "The ceasefire was extended until the end of June, and the rebels and the army "
        "will hold talks in Kunming on March 12."
    )
    assert scheduled(None, text) == [("2025-03-12", "Kunming")]


# --- round 6: talks as wires announce them ---------------------------------------------------


def test_dateline_date_is_not_the_meetings_date() -> None:
    text = (
        "GENEVA, Nov 18 (AFP) - Talks between Sudan's army and the paramilitary Rapid Support "
        "Forces are due to resume next week in Geneva, the U.S. special envoy said on Monday."
    )
    assert scheduled(None, text, date(2024, 11, 18)) == [(None, "Geneva")]
    text = (
        "LUANDA, Feb 20 (Reuters) - A second round of talks between the Congolese government and "
        "M23 rebels has been set for March 3-5 in Luanda, Angola's presidency said."
    )
    assert scheduled(None, text, date(2025, 2, 20)) == [("2025-03-03", "Luanda")]
    # A dateline that is no dateline: the date follows the meeting, or a range follows the date.
    text = "The envoy said peace talks with the rebels will be held March 14 - the first since the truce."
    assert scheduled(None, text, date(2025, 3, 10)) == [("2025-03-14", None)]
    text = "Geneva, March 14 - 16 will host peace talks between the army and rebels, the UN said."
    assert scheduled(None, text, date(2025, 3, 10)) == [("2025-03-14", None)]


def test_dateline_with_opened_talks_is_not_a_meeting() -> None:
    text = (
        "NAIROBI, Nov 8 - Peace talks between South Sudan's government and holdout rebel groups, "
        "which had been scheduled to begin on Monday, finally opened in Nairobi on Wednesday."
    )
    assert scheduled(None, text, date(2023, 11, 8)) == []


def test_delegation_expected_in_city_on_day_for_talks() -> None:
    pub = date(2024, 3, 1)
    text = "A Hamas delegation is expected in Cairo on Sunday for ceasefire talks with the mediators."
    assert scheduled(None, text, pub) == [("2024-03-03", "Cairo")]
    text = "An Israeli delegation is due in Cairo on Saturday for talks on a truce in Gaza."
    assert scheduled(None, text, pub) == [("2024-03-02", "Cairo")]
    # Awaited, but not for talks; or the talks are past.
    assert (
        scheduled(
            None,
            "A Hamas delegation is expected in Cairo on Sunday, a day after ceasefire talks ended in Doha.",
            pub,
        )
        == []
    )
    assert (
        scheduled(
            None, "The envoy is due in Khartoum on Sunday, after the peace talks collapsed last week.", pub
        )
        == []
    )


def test_talks_ended_and_will_resume_elsewhere() -> None:
    pub = date(2024, 8, 16)
    text = (
        "Two days of talks on a Gaza ceasefire ended in Doha on Friday and will resume in Cairo "
        "next week, the United States, Qatar and Egypt said."
    )
    assert scheduled(None, text, pub) == [(None, "Cairo")]
    text = "Peace talks ended on Friday and will resume on August 20 in Geneva, the UN envoy said."
    assert scheduled(None, text, pub) == [("2024-08-20", "Geneva")]
    text = "The talks ended in Doha on Friday and the delegations returned home to consult on the truce."
    assert scheduled(None, text, pub) == []


def test_originally_set_date_gives_way_to_the_new_one() -> None:
    pub = date(2024, 6, 3)
    text = (
        "The truce talks, originally set for June 10 in Doha, have been moved to June 12 at the "
        "mediators' request."
    )
    assert scheduled(None, text, pub) == [("2024-06-12", "Doha")]
    text = (
        "Peace talks between the army and the rebels, initially planned for June 5, will now take "
        "place on June 20 in Nairobi."
    )
    assert scheduled(None, text, pub) == [("2024-06-20", "Nairobi")]
    # "first" and "set for" that are no earlier plan keep the date.
    text = "The first round of peace talks is set for June 20 in Doha, the mediators said."
    assert scheduled(None, text, pub) == [("2024-06-20", "Doha")]


def test_pressing_the_sides_to_return_to_talks_is_no_meeting() -> None:
    text = "Qatar and Egypt are pressing Israel and Hamas to return to negotiations on a Gaza ceasefire."
    assert scheduled(None, text) == []
    text = "Mediators keep pressing for a truce, and peace talks will resume in Doha on Thursday."
    assert scheduled(None, text) == [("2025-03-06", "Doha")]
    text = "Egypt is pressing ahead with plans to hold ceasefire talks in Cairo on Thursday."
    assert scheduled(None, text) == [("2025-03-06", "Cairo")]


def test_shareholder_meetings_in_a_truce_item_are_not_listed() -> None:
    text = (
        "Shareholders will meet on Friday to vote on the proposed merger. The chief executive "
        "called a truce with activist investors last month."
    )
    assert scheduled(None, text) == []
    text = (
        "Company shareholders will meet on Thursday, and rebels said they would attend peace talks "
        "in Doha next week."
    )
    assert scheduled(None, text) == [(None, "Doha")]


# --- round 6: casualty groups and scope --------------------------------------------------------


def test_abbreviated_nationality_before_the_head() -> None:
    assert figures("Two U.S. soldiers were killed on Sunday.") == [(2, "killed", "government")]
    assert figures("Two U.N. peacekeepers from Nepal were killed. Three others were wounded.") == [
        (2, "killed", "government"),
        (3, "wounded", "government"),
    ]
    assert figures("Gunmen killed three U.N. workers near the border.") == [(3, "killed", "aid_workers")]


def test_paramedics_rescuers_and_media_workers_are_civilians() -> None:
    assert figures("Three paramedics were killed and two others wounded in the strike.") == [
        (3, "killed", "civilians"),
        (2, "wounded", "civilians"),
    ]
    assert figures("Two rescuers were killed when a second drone struck.") == [(2, "killed", "civilians")]
    text = "The number of media workers killed since the war began rose to 160."
    assert figures(text) == [(160, "killed", "civilians")]


def test_staff_with_an_organisation_but_not_a_man_with_a_weapon() -> None:
    text = "Seven aid workers with World Central Kitchen were killed in an air strike."
    assert figures(text) == [(7, "killed", "aid_workers")]
    text = "A man with a sword killed one person and injured three others."
    assert figures(text) == [(1, "killed", "unspecified"), (3, "wounded", "unspecified")]


def test_perpetrators_of_an_active_verb_are_no_figure() -> None:
    assert figures("Two gunmen killed four people at the market.") == [(4, "killed", "unspecified")]
    assert figures("20 militants killed three soldiers.") == [(3, "killed", "government")]
    # Passive, reduced relative and attribution keep their figure.
    assert figures("Two soldiers were killed a day after the truce.") == [(2, "killed", "government")]
    assert figures("At least 30 people killed the day before were buried.") == [(30, "killed", "unspecified")]
    assert figures("Five people were killed, two officials said.") == [(5, "killed", "unspecified")]


def test_another_n_inherits_the_group_before() -> None:
    text = "In total, 58 soldiers have died in the operation. Another 120 were wounded."
    assert figures(text) == [(58, "killed", "government"), (120, "wounded", "government")]
    text = "A bomb killed 14 people in the market. Another 20 were wounded."
    assert figures(text) == [(14, "killed", "unspecified"), (20, "wounded", "unspecified")]


def test_hostage_deal_names_no_hostage() -> None:
    assert figures("The delegation will discuss a hostage deal and a truce in Gaza.") == []
    assert figures("The deal provides for a prisoner swap next week.") == []
    assert figures("Gunmen took a hostage at the checkpoint.") == [(1, "detained", "civilians")]


def test_among_n_people_killed() -> None:
    text = "Two Thai nationals and a Nepali were among five people killed when a rocket struck an orchard."
    assert figures(text) == [
        (2, "killed", "civilians"),
        (1, "killed", "unspecified"),
        (5, "killed", "unspecified"),
    ]
    assert figures("Three children were among those killed.") == [(3, "killed", "children")]
    assert figures("Two soldiers were among the troops deployed to the area.") == []


def test_killed_in_the_war_is_cumulative() -> None:
    def scopes(text: str) -> list[tuple[int | None, str]]:
        return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]

    text = (
        "Seven aid workers were killed in an air strike on Monday. The number of humanitarian "
        "workers killed in the conflict now stands at 196."
    )
    assert scopes(text) == [(7, "incident"), (196, "cumulative")]
    assert scopes("Two soldiers were killed in the war-torn city on Monday.") == [(2, "incident")]
    assert scopes("A car bomb killed 12 people in the war zone.") == [(12, "incident")]


def test_killed_in_the_war_on_a_day_is_an_incident() -> None:
    """'In the war' is the war's toll, unless a day dates the figure right after it."""
    scopes = [
        c.scope
        for c in extract(None, "Five soldiers were killed in the war on Sunday, the army said.").casualties
    ]
    assert scopes == ["incident"]


# --- round 8: what a duration measures, event toll updates, sides of servicemen and fighters ----


def scope_of(text: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]


def test_age_of_a_truce_does_not_make_an_attack_cumulative() -> None:
    """'three days into the truce', 'a week after the ceasefire': when, not how long."""
    assert scope_of("Three days into the truce, a drone strike killed four people in the village.") == [
        (4, "incident")
    ]
    assert scope_of(
        "Shelling killed six civilians, less than a week after a ceasefire brokered by Angola "
        "came into force."
    ) == [(6, "incident")]
    # a later sentence does not inherit the truce's age as a period
    text = (
        "Tigrayan forces accused the army of attacks, a week after the two sides signed a cessation "
        "of hostilities. Drone strikes killed at least six civilians near Maychew, a spokesman said."
    )
    assert scope_of(text) == [(6, "incident")]
    # must not fire: a period the figures span
    assert scope_of("In the three days after the truce began, 40 people were killed.") == [(40, "cumulative")]
    assert scope_of("Some 20 soldiers were killed in the first week after the ceasefire collapsed.") == [
        (20, "cumulative")
    ]
    assert scope_of("The clashes have killed 30 people days after their outbreak, a new toll said.") == [
        (30, "cumulative")
    ]


def test_length_of_a_truce_is_no_period_of_the_figures() -> None:
    """'a week-long ceasefire', 'a seven-day truce', 'halt strikes for 30 days'."""
    text = (
        "Clashes shook Khartoum, a day after a week-long ceasefire expired. The doctors' union said "
        "at least 12 people were killed in the Mayo district."
    )
    assert scope_of(text) == [(12, "incident")]
    assert scope_of("After a seven-day truce expired, at least 178 people were killed by evening.") == [
        (178, "incident")
    ]
    assert scope_of(
        "A drone wounded six people, a day after Moscow agreed to halt strikes on energy sites for 30 days."
    ) == [(6, "incident")]
    # must not fire
    assert scope_of("During the week-long truce, 12 people were killed in sporadic violations.") == [
        (12, "cumulative")
    ]
    assert scope_of("Fighting raged for three days, killing 40 people.") == [(40, "cumulative")]
    assert scope_of("The offensive, extended for 10 days, killed 200 people.") == [(200, "cumulative")]


def test_one_day_of_a_truce_is_no_period() -> None:
    """'held for a fourth day', 'the first day of the truce', 'in the past day'."""
    assert scope_of("The truce held for a fourth day, though a sniper killed a girl in Aleppo.") == [
        (1, "incident")
    ]
    assert scope_of("On the first day of the truce, Israeli fire killed two Palestinians.") == [
        (2, "incident")
    ]
    assert scope_of("One soldier was killed and seven were wounded in the past day.") == [
        (1, "incident"),
        (7, "incident"),
    ]
    # must not fire
    assert scope_of("In the first week of the truce, 25 people were killed.") == [(25, "cumulative")]
    assert scope_of("Twelve soldiers were killed over the past week.") == [(12, "cumulative")]
    assert scope_of("At least 300 people have been killed in the past two weeks.") == [(300, "cumulative")]


def test_when_a_truce_began_or_how_long_it_held_is_no_running_count() -> None:
    text = (
        "The government accused the Houthis of attacks, in a violation of the truce that began on "
        "April 2. The Houthis launched drones at army positions, wounding four soldiers."
    )
    assert scope_of(text) == [(4, "incident")]
    assert scope_of(
        "Clashes killed 27 fighters, threatening a ceasefire that has largely held since 2018."
    ) == [(27, "incident")]
    # must not fire
    assert scope_of("Since the truce began on Monday, 14 people have been killed.") == [(14, "cumulative")]
    assert scope_of("Fighting that began on Monday has killed 40 people.") == [(40, "cumulative")]
    assert scope_of("14 people have been killed since the ceasefire took effect.") == [(14, "cumulative")]


def test_update_of_one_attacks_toll_is_an_incident() -> None:
    text = (
        "A suicide bomber killed 14 people on Saturday. Six more died in hospital, bringing the "
        "overall toll to 20."
    )
    assert scope_of(text) == [(14, "incident"), (6, "incident"), (20, "incident")]
    text = "Five more people died of their wounds, bringing the toll from the attack to eight."
    assert scope_of(text) == [(5, "incident"), (8, "incident")]
    # must not fire: running counts
    text = (
        "Strikes killed five journalists, bringing the number of media workers killed since the "
        "war began to 160."
    )
    assert scope_of(text)[-1] == (160, "cumulative")
    assert scope_of("Israeli strikes killed five people, bringing the death toll to 30,000.")[-1] == (
        30000,
        "cumulative",
    )
    assert scope_of("Two more soldiers were killed in the offensive, bringing the total to 39.")[-1] == (
        39,
        "cumulative",
    )


def test_a_nations_death_toll_is_cumulative() -> None:
    text = "The health ministry said on Thursday the Palestinian death toll had surpassed 40,000."
    assert scope_of(text) == [(40000, "cumulative")]
    # must not fire: one event's toll
    assert scope_of("The Israeli death toll from the attack rose to 3, officials said on Monday.") == [
        (3, "incident")
    ]
    assert scope_of("The Kabul death toll rose to 40 on Sunday.") == [(40, "incident")]
    assert scope_of("The death toll from the bombing rose to 63 on Sunday.") == [(63, "incident")]


def test_dateline_date_does_not_date_the_figures() -> None:
    text = (
        "HODEIDAH, Yemen, Dec 24 (Reuters) - At least nine fighters have been killed since the truce began."
    )
    assert scope_of(text) == [(9, "cumulative")]
    # must not fire: a date in the sentence
    text = "The ambush on Dec 24 killed nine soldiers; 40 have died since the truce began."
    assert scope_of(text) == [(9, "incident"), (40, "cumulative")]
    text = "GAZA, Jan 5 - An air strike on Jan 4 killed seven people, the ministry said."
    assert scope_of(text) == [(7, "incident")]


def test_servicemen_of_an_unrecognised_entity_are_combatants() -> None:
    text = (
        "Nagorno-Karabakh officials said 673 of their servicemen had been killed since fighting "
        "began on Sept. 27."
    )
    assert figures(text) == [(673, "killed", "combatants")]
    text = "The self-proclaimed Donetsk People's Republic said four of its servicemen were killed overnight."
    assert figures(text) == [(4, "killed", "combatants")]
    assert figures("Shelling killed two DPR servicemen near Horlivka, the rebels said.") == [
        (2, "killed", "combatants")
    ]
    text = (
        "The Karabakh defence ministry said 34 more of its servicemen had been killed, bringing the "
        "number of its servicemen killed since Sept. 27 to 763."
    )
    assert figures(text) == [(34, "killed", "combatants"), (763, "killed", "combatants")]
    # must not fire: a recognised state's servicemen
    assert figures("Azerbaijan said seven of its servicemen had died in Nagorno-Karabakh.") == [
        (7, "killed", "government")
    ]
    assert figures("Ukraine's military said two of its servicemen were killed by separatist shelling.") == [
        (2, "killed", "government")
    ]
    assert figures(
        "In Nagorno-Karabakh, Azerbaijan's defence ministry said three of its servicemen were killed."
    ) == [(3, "killed", "government")]


def test_fighters_take_a_side_named_in_their_own_clause_only() -> None:
    text = (
        "Coalition air strikes hit Houthi positions in Saada, and clashes in Taiz killed at least nine "
        "fighters, officials said."
    )
    assert figures(text) == [(9, "killed", "combatants")]
    # still fires in the clause
    assert figures("A strike on a rebel position killed three fighters.") == [(3, "killed", "rebels")]
    assert figures("Houthi rebels said an air strike killed 12 fighters in Marib.") == [
        (12, "killed", "rebels")
    ]
    assert figures("Clashes between the army and a militia killed 27 fighters.") == [
        (27, "killed", "combatants")
    ]


def test_their_fighters_belong_to_the_side_that_reports_them() -> None:
    text = (
        "Myanmar's junta and the Ta'ang National Liberation Army traded blame for the fighting, with "
        "the rebels saying two of their fighters were killed."
    )
    assert figures(text) == [(2, "killed", "rebels")]
    assert figures("The Syrian army said rebels had killed two of its fighters.") == [
        (2, "killed", "government")
    ]
    assert figures("Hamas said Israeli strikes killed five of its fighters.") == [(5, "killed", "rebels")]
    assert figures("Hezbollah announced the deaths of three of its fighters on Tuesday.") == [
        (3, "killed", "rebels")
    ]


def test_heads_of_both_sides_joined_by_and_are_a_mixed_total() -> None:
    assert figures("Medics said 25 soldiers and civilians were wounded.") == [(25, "wounded", "unspecified")]
    assert figures("The attack killed 12 militants and soldiers.") == [(12, "killed", "unspecified")]
    # must not fire: one side, or civilians and children
    assert figures("Six soldiers and policemen were killed in the ambush.") == [(6, "killed", "government")]
    assert figures("Gunmen abducted at least 287 pupils and teachers.") == [(287, "detained", "civilians")]
    # women and children: non-combatants of two groups, civilians (dev D034 "eight-hundred of them
    # women and children" is civilians)
    assert figures("At least 14 women and children were killed.") == [(14, "killed", "civilians")]


def test_ages_after_the_noun() -> None:
    """'two brothers aged 10 and 12': children, and the ages are no figures."""
    assert figures("Among the dead were two brothers aged 10 and 12.") == [(2, "killed", "children")]
    assert figures("A boy aged 15 was wounded.") == [(1, "wounded", "children")]
    # must not fire: adults
    assert figures("The strike killed two men aged 45 and 50.") == [(2, "killed", "unspecified")]
    assert figures("Gunmen killed three farmers aged between 20 and 30.") == [(3, "killed", "civilians")]


# --- round 9: loss verbs, nationality nouns, combined totals, sub-groups, running tolls ----------


def test_loss_verb_with_armed_men_as_object_counts_the_killed() -> None:
    assert figures("The battalion lost 23 soldiers in the assault on the bridge.") == [
        (23, "killed", "government")
    ]
    assert figures("The rebels said they had lost 40 fighters in the battle for the town.") == [
        (40, "killed", "rebels")
    ]
    # must not fire: seats, players, staff
    assert figures("The ruling party lost 14 seats in the election.") == []
    assert figures("The club lost three players to injury before the final.") == []
    assert figures("The firm lost 200 employees after the merger.") == []


def test_nationality_nouns_the_suffix_rule_misses() -> None:
    assert figures("Border guards shot dead two Kyrgyz and wounded one Tajik, officials said.") == [
        (2, "killed", "unspecified"),
        (1, "wounded", "unspecified"),
    ]
    assert figures("Gunmen killed three Rohingya in a camp near the border.") == [
        (3, "killed", "unspecified")
    ]
    assert figures("Police said one Afghan was among the wounded.") == [(1, "wounded", "unspecified")]


def test_killed_or_wounded_after_the_people_is_a_combined_total() -> None:
    assert figures("More than 400 civilians have been killed or wounded in the city since March.") == []
    assert figures("Medics said 35 people were dead or injured after the blast.") == []
    # must not fire: one kind each
    assert figures("Five soldiers were killed and 12 wounded in the ambush.") == [
        (5, "killed", "government"),
        (12, "wounded", "government"),
    ]


def test_sub_group_of_them_in_brackets_dashes_or_after_a_comma() -> None:
    assert figures("A car bomb killed nine people (four of them police officers) in the city centre.") == [
        (9, "killed", "unspecified"),
        (4, "killed", "government"),
    ]
    assert figures("The blast killed 14 people - six of them children - and wounded 30.") == [
        (14, "killed", "unspecified"),
        (6, "killed", "children"),
        (30, "wounded", "unspecified"),
    ]
    assert figures("Hospitals treated 600 people wounded in the clashes. Some 45 of them later died.") == [
        (600, "wounded", "unspecified"),
        (45, "killed", "unspecified"),
    ]
    # must not fire: how badly, or the complement of a group
    assert figures("Thirty people were wounded, 12 of them seriously.") == [(30, "wounded", "unspecified")]
    assert figures("Sixty soldiers have died, all but two of them conscripts.") == [
        (60, "killed", "government")
    ]


def test_n_of_the_dead_were_names_the_group() -> None:
    text = "An air strike killed 30 people in the market. Eleven of the dead were women, medics said."
    assert figures(text) == [(30, "killed", "unspecified"), (11, "killed", "civilians")]


def test_the_n_dead_or_people_killed_is_a_figure() -> None:
    assert figures("Two medics were among the 14 people killed in the strike.") == [
        (2, "killed", "civilians"),
        (14, "killed", "unspecified"),
    ]
    assert figures("The 12 dead included three police officers.") == [
        (12, "killed", "unspecified"),
        (3, "killed", "government"),
    ]
    # must not fire: a unit's number, a decade
    assert figures("The 101st Airborne lost two soldiers.") == [(2, "killed", "government")]
    assert figures("Fighting in the 1990s killed thousands.") == [(None, "killed", "unspecified")]


def test_one_of_its_soldiers_counts_one() -> None:
    assert figures("The army said one of its officers had been killed by a sniper.") == [
        (1, "killed", "government")
    ]
    # must not fire
    assert figures("It was one of the deadliest attacks this year.") == []


def test_captives_a_deal_is_to_free_are_its_terms() -> None:
    assert figures("Under the deal, the first 20 hostages would be released on Sunday.") == []
    assert figures("The talks aim to secure the release of about 500 detainees.") == []
    # must not fire: captives held, or freed
    assert figures("The talks aim to secure the release of 100 hostages still held in Gaza.") == [
        (100, "detained", "civilians")
    ]
    assert figures("The army said it had freed 12 hostages.") == [(12, "detained", "civilians")]


def test_modifier_the_lists_do_not_know_before_a_person_noun() -> None:
    assert figures("Troops killed four dissident guerrillas in the mountains.") == [(4, "killed", "rebels")]
    # must not fire: "including" is no modifier (the 27 are not all women and children)
    found = figures("The strike killed 44 people and wounded 27 including women and children.")
    assert (44, "killed", "unspecified") in found
    assert [f for f in found if f[0] == 27 and f[2] != "unspecified"] == []


def test_running_toll_after_an_incident_does_not_date_the_incident() -> None:
    text = (
        "A drone strike killed six people on Sunday, bringing the death toll since the war began to 41,000."
    )
    assert scope_of(text) == [(6, "incident"), (41000, "cumulative")]
    text = "Another strike killed four people, bringing to 52 the number killed since Friday."
    assert scope_of(text) == [(4, "incident"), (52, "cumulative")]
    # must not fire: an increment of the running count
    text = "Twelve more soldiers were killed, bringing the number killed since January to 310."
    assert scope_of(text) == [(12, "cumulative"), (310, "cumulative")]


def test_one_event_dates_its_figures() -> None:
    text = "Fighting has raged for weeks. A mortar bomb killed nine people at a bus station, police said."
    assert scope_of(text) == [(9, "incident")]
    text = "Clashes have raged since January. Twelve people were killed when a shell struck a school."
    assert scope_of(text) == [(12, "incident")]
    assert scope_of("Rebels killed 20 soldiers in a single day, the army said.") == [(20, "incident")]
    # must not fire: a series of events, a period
    text = "Fighting has raged for weeks. The bombing campaign has killed 900 people, officials said."
    assert scope_of(text) == [(900, "cumulative")]
    assert scope_of("More than 500 people have been killed since January, when the offensive began.") == [
        (500, "cumulative")
    ]
    assert scope_of("Rebels have killed 20 soldiers in the past ten days.") == [(20, "cumulative")]


def test_a_comparison_since_a_truce_dates_nothing() -> None:
    text = "A sniper killed a soldier, the first death since a truce ended two weeks of fighting."
    assert scope_of(text) == [(1, "incident")]
    # must not fire: a period
    assert scope_of("Twenty soldiers have been killed in the two weeks since the truce ended.") == [
        (20, "cumulative")
    ]


def test_weekday_before_a_date_gives_way_to_the_date() -> None:
    text = "The mediators said the warring sides would meet in Doha on Tuesday, 11 March."
    assert scheduled(None, text) == [("2025-03-11", "Doha")]
    text = "Ceasefire talks will open in Geneva on Monday March 10, the envoy said."
    assert scheduled(None, text) == [("2025-03-10", "Geneva")]
    # must not fire: a weekday alone, or a number that is no date
    assert scheduled(None, "Ceasefire talks will open in Geneva on Monday, the envoy said.") == [
        ("2025-03-03", "Geneva")
    ]


def test_hyphenated_delayed_is_an_adjective_not_a_postponement() -> None:
    text = "The long-delayed peace talks between the army and the rebels will open in Juba on Monday."
    assert scheduled(None, text) == [("2025-03-03", "Juba")]
    # must not fire: a postponement
    assert scheduled(None, "The ceasefire talks set for Monday in Juba have been delayed.") == []


def test_sentences_do_not_end_at_initials() -> None:
    text = "Police chief S.P. Singh said the talks would resume on the 12th. Rebels agreed. He met J. Smith."
    sents = split_sentences(text)
    assert [text[a:b] for a, b in zip(sents.starts, sents.ends, strict=True)] == [
        "Police chief S.P. Singh said the talks would resume on the 12th.",
        "Rebels agreed.",
        "He met J. Smith.",
    ]
