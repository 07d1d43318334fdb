"""Round 12 news patterns, 2006-2009 wire style (own sentences): each fix with the sentences it must
not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract, facts_to_json

PUB = date(2007, 5, 16)  # a Wednesday


def figures(text: str, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(title, text, PUB).casualties]


def scopes(text: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]


def talks(text: str, pub: date | None = PUB, title: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(t["date"], t["place"]) for t in facts_to_json("x", extract(title, text, pub))["talks"]]


def violation(text: str, title: str | None = None) -> bool:
    return extract(title, text, PUB).violation is not None


# --- violations ---------------------------------------------------------------------------------


def test_a_headline_truce_that_ends_or_expires_is_no_breach() -> None:
    assert not violation(
        "Army tanks pushed into the town on Monday and four gunmen were killed, medics said.",
        title="Tanks Roll In as Truce Expires",
    )
    assert not violation(
        "Mortars hit the port on Friday, a week after the "
        "militia declared an end to its truce with the army.",
    )
    assert not violation(
        "Clan fighters shelled the market on Sunday.", title="Clashes Resume After Truce Ends"
    )
    # must fire: a breach in the headline or the text, whatever else it says
    assert violation("Mortars hit the port on Friday.", title="Mortars Hit Port Despite Truce")
    assert violation(
        "Gunmen attacked a police post on Sunday, in breach of a truce that ends on Friday, police said."
    )
    assert violation(
        "Rebels shelled the town, breaking the truce.", title="Fighting Resumes After Truce Ends"
    )


def test_a_truce_in_a_sports_row_gives_the_headline_no_breach() -> None:
    title = "Striker's Agent Accused of Breaking Truce"
    assert not violation(
        "The club accused the agent on Friday of breaking a "
        "truce between the club and its fans over ticket prices.",
        title=title,
    )
    assert not violation(
        "Both leagues have kept their truce in the pay dispute, officials said.", title=title
    )
    assert not violation(
        "Owners and players have honoured the truce in their contract row since March.", title=title
    )
    # must fire: a truce of a conflict, and a headline breach over a text naming no truce
    assert violation(
        "The army accused the rebels on Friday of breaking a truce agreed last week near the border.",
        title=title,
    )
    assert violation("Gunmen attacked a convoy on Friday.", title="Gunmen Break Truce in Darfur")


def test_a_truce_with_a_participle_phrase_before_its_breach() -> None:
    assert violation(
        "A truce declared by the militia in early May has been broken several times, residents said."
    )
    assert violation("The ceasefire agreed in Nairobi last month was violated on Sunday, the army said.")
    assert violation(
        "The truce, brokered by tribal elders in March, has been repeatedly flouted by both sides."
    )
    # must not fire: a negated breach, or another clause's subject
    assert not violation("The truce agreed in Nairobi last month has not been violated, the monitors said.")
    assert not violation("A ceasefire signed by both clans in April has never been breached, elders said.")
    assert not violation(
        "The ceasefire declared by the rebels held on Sunday and the vote count was broken off for the night."
    )


# --- casualties -----------------------------------------------------------------------------------


def test_driven_from_homes_or_into_camps_is_displaced() -> None:
    assert figures("Some 80,000 villagers have been driven from their homes by the fighting.") == [
        (80000, "displaced", "civilians")
    ]
    assert figures("The insurgency has forced nearly 900,000 people into camps, the U.N. says.") == [
        (900000, "displaced", "unspecified")
    ]
    assert figures("The offensive drove about 20,000 people into exile, aid groups said.") == [
        (20000, "displaced", "unspecified")
    ]
    # must not fire: people forced or driven into other things
    assert figures("Riot police forced 60 protesters into waiting vans.") == []
    assert figures("The coach has driven 25 players into the national squad.") == []
    assert figures("Floods have driven 40,000 people into camps, the Red Cross said.") == []


def test_a_progressive_relative_clause_before_the_predicate() -> None:
    assert figures("Eight policemen who were escorting a convoy were killed in the ambush.") == [
        (8, "killed", "government")
    ]
    assert figures("Eleven villagers who were fleeing the clashes were wounded by shellfire.") == [
        (11, "wounded", "civilians")
    ]
    # must not fire: the people of the clause are the doers, or no kind follows
    assert figures("Four soldiers who were guarding the bridge killed two gunmen, the army said.") == [
        (2, "killed", "rebels")
    ]
    assert figures("About 500 troops who were patrolling the border were sent home on Monday.") == []
    assert figures("Two men who were carrying the flags were cheered by the crowd.") == []


def test_others_after_victims_of_two_groups_are_unspecified() -> None:
    assert figures("A roadside bomb killed three soldiers and a civilian and wounded nine others.") == [
        (3, "killed", "government"),
        (1, "killed", "civilians"),
        (9, "wounded", "unspecified"),
    ]
    # must not fire: others after one group, or after two nouns of the same group
    assert figures("Gunmen killed four villagers and wounded six others.") == [
        (4, "killed", "civilians"),
        (6, "wounded", "civilians"),
    ]
    assert figures("A bomb killed two policemen and a soldier and wounded five others.") == [
        (2, "killed", "government"),
        (1, "killed", "government"),
        (5, "wounded", "government"),
    ]
    assert figures("Two soldiers were killed and three others wounded.") == [
        (2, "killed", "government"),
        (3, "wounded", "government"),
    ]


def test_a_crime_story_states_no_conflict_casualties() -> None:
    assert (
        figures("A gunman shot dead five people at an office in Ohio before turning the gun on himself.")
        == []
    )
    assert figures("Two men were killed after an argument over a parking space, the sheriff said.") == []
    assert (
        figures(
            "A teenager opened fire at a mall, killing four shoppers.",
            title="Shooting Spree at Mall, Sheriff Says",
        )
        == []
    )
    # must not fire: the same words in a story of political violence
    assert figures(
        "A soldier opened fire on his comrades at the base, "
        "killing three troops before turning the gun on himself."
    ) == [(3, "killed", "government")]
    assert figures("A suicide bomber killed nine people at a mosque after an argument among clerics.") == [
        (9, "killed", "unspecified")
    ]
    assert figures("Militants ambushed a patrol, killing two policemen, the county sheriff said.") == [
        (2, "killed", "government")
    ]


# --- scope ----------------------------------------------------------------------------------------


def test_an_event_subject_after_an_opening_adverb_is_one_incident() -> None:
    assert scopes(
        "Troops have killed 200 militants since March. Separately, a car bomb killed six policemen in Mosul."
    ) == [(200, "cumulative"), (6, "incident")]
    assert scopes(
        "The war has killed 5,000 people. In another incident, a rocket killed two children in the city."
    ) == [(5000, "cumulative"), (2, "incident")]
    # must not fire: no event noun after the adverb, or the period frame goes on
    assert scopes(
        "Troops have killed 200 militants since March. Separately, the army said it had killed 50 more."
    ) == [(200, "cumulative"), (50, "cumulative")]
    assert scopes(
        "Rebels have killed 90 people since May. Meanwhile, clashes killed 30 over the past week."
    ) == [
        (90, "cumulative"),
        (30, "cumulative"),
    ]
    assert scopes("Since June, a car bomb campaign has killed 70 people.") == [(70, "cumulative")]


def test_killed_in_a_year_is_that_years_total() -> None:
    assert scopes("Nearly 1,200 soldiers were killed in 2007, the ministry said.") == [(1200, "cumulative")]
    assert scopes("About 600 civilians died during 2008 in the province, a rights group said.") == [
        (600, "cumulative")
    ]
    # must not fire: one event of that year, or a year that dates no figure
    assert scopes("Four soldiers were killed in 2006 in an ambush near the border.") == [(4, "incident")]
    assert scopes("In 2005, a truck bomb killed 30 people at a market.") == [(30, "incident")]
    assert scopes("Gunmen killed six policemen on Monday, police said. The force was set up in 2004.") == [
        (6, "incident")
    ]


def test_attacks_this_month_are_the_months_toll() -> None:
    assert scopes("Insurgent attacks this month have killed 48 soldiers, the army said.") == [
        (48, "cumulative")
    ]
    assert scopes("Clashes this month that killed 25 people have alarmed the U.N.") == [(25, "cumulative")]
    # must not fire: an incident dated this month
    assert scopes("Two soldiers were killed in an ambush earlier this month, the army said.") == [
        (2, "incident")
    ]
    assert scopes("A bomb killed five people at a checkpoint this month.") == [(5, "incident")]
    assert scopes("Police said 12 people died when a bus was hit on Monday this month.") == [(12, "incident")]


def test_a_crisis_in_which_people_were_killed_is_a_running_total() -> None:
    assert scopes("Mediators arrived to end the crisis, in which more than 300 people have been killed.") == [
        (300, "cumulative")
    ]
    assert scopes("The unrest in which 75 people have died began after the vote.") == [(75, "cumulative")]
    # must not fire: one event in which people were killed
    assert scopes("The blast, in which 12 people were killed, hit a market on Monday.") == [(12, "incident")]
    assert scopes("A crisis meeting was called after gunmen killed four guards on Sunday.") == [
        (4, "incident")
    ]
    assert scopes("The raid in which seven rebels died took place at dawn.") == [(7, "incident")]


def test_bodies_found_in_many_places_are_a_count_across_the_city() -> None:
    assert scopes(
        "Police found the bodies of 17 men in several neighbourhoods of the capital overnight."
    ) == [(17, "cumulative")]
    assert scopes("The bodies of 30 people were found across the city on Tuesday, police said.") == [
        (30, "cumulative")
    ]
    # must not fire: bodies found in one place
    assert scopes("Rescuers pulled the bodies of nine people from the rubble in the city centre.") == [
        (9, "incident")
    ]
    assert scopes("The bodies of six men were found in a ditch near the capital on Monday.") == [
        (6, "incident")
    ]
    assert scopes("Gunmen killed eight people in several villages near the capital on Monday.") == [
        (8, "incident")
    ]


# --- talks ----------------------------------------------------------------------------------------


def test_a_truce_in_a_sports_or_business_row_frames_no_conflict_talks() -> None:
    assert (
        talks("The NFL and its players called a truce on Friday and will meet again in Chicago on Monday.")
        == []
    )
    assert (
        talks(
            "Rival studios declared a truce over release dates "
            "and their lawyers will meet in Los Angeles on Friday."
        )
        == []
    )
    # must fire: a truce of a conflict, or a conflict word besides the sports word
    assert talks("Both militias agreed a truce and their leaders will meet in Baidoa on Friday.") == [
        ("2007-05-18", "Baidoa")
    ]
    assert talks(
        "After the truce, rebel commanders will meet army officers on Friday at a football club in Goma."
    ) == [("2007-05-18", "Goma")]
    assert talks("The clans agreed a truce on Monday, and elders will meet in Kismayo on Saturday.") == [
        ("2007-05-19", "Kismayo")
    ]


def test_a_business_war_is_no_conflict() -> None:
    assert (
        talks("The two firms ended their format war and will meet in Tokyo next week to settle licences.")
        == []
    )
    assert talks("Airlines locked in a fare war will meet regulators in Brussels on Friday.") == []
    assert talks("The browser war is over, and both companies will meet in Seattle on Monday.") == []
    # must fire: a war between armed sides
    assert talks(
        "The two sides fought a border war in 2000 and will meet in Algiers on Friday for peace talks."
    ) == [("2007-05-18", "Algiers")]
    assert talks("The rebels fought a civil war for a decade and will meet in Nairobi on Friday.") == [
        ("2007-05-18", "Nairobi")
    ]
    assert talks("The war in the south has dragged on, and both sides will meet in Abuja on Monday.") == [
        ("2007-05-21", "Abuja")
    ]


def test_a_side_that_will_not_return_to_talks() -> None:
    assert (
        talks("The army says it will not return to the peace talks in Arusha until the rebels disarm.") == []
    )
    assert (
        talks("The rebels said they will not return to the negotiations in Juba unless the army pulls back.")
        == []
    )
    assert talks("The government will not go back to the talks in Abuja next week, a minister said.") == []
    # must not fire: a side that will return, or a "not" of another clause
    assert talks("The rebels will return to peace talks in Juba on Friday, mediators said.") == [
        ("2007-05-18", "Juba")
    ]
    assert talks("The rebels said they would return to the Juba peace talks on Monday.") == [
        ("2007-05-21", "Juba")
    ]
    assert talks(
        "The army, which has not fought since March, will return to the talks in Arusha on Friday."
    ) == [("2007-05-18", "Arusha")]


def test_a_mediator_will_bring_the_sides_together_for_talks() -> None:
    # (with no publication date, the future comes from "will bring", far before the meeting)
    assert talks(
        "Nigeria's former president Olusegun Obasanjo will bring Congo's President Joseph Kabila and the "
        "rebel general Laurent Nkunda together for talks on Saturday, his office said.",
        pub=None,
    ) == [(None, None)]
    assert talks(
        "The African Union envoy plans to bring the leaders of the government and of the two main rebel "
        "movements together for a peace conference in Arusha next week.",
        pub=None,
    ) == [(None, "Arusha")]
    # must not fire: sides brought together before, or a gathering about something else
    assert (
        talks(
            "Nigeria's former president Olusegun Obasanjo brought Congo's President Joseph Kabila and the "
            "rebel general Laurent Nkunda together for talks on Saturday, his office said.",
            pub=None,
        )
        == []
    )
    assert (
        talks(
            "The summit will bring together leaders from 30 "
            "countries and the heads of the World Bank and the "
            "IMF for talks on trade in Paris.",
            pub=None,
        )
        == []
    )
    assert talks("Elders who brought the clans together for peace talks on Monday said the truce held.") == []
