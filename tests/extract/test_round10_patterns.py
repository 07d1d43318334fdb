"""Round 10 news patterns (own sentences): each fix with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract, facts_to_json

PUB = date(2024, 9, 12)  # a Thursday


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(None, text, PUB).casualties]


def scopes(text: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]


def scheduled(text: str) -> list[tuple[str | None, str | None]]:
    return [(t["date"], t["place"]) for t in facts_to_json("x", extract(None, text, PUB))["talks"]]


def violation(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


# --- casualties: speakers, sides, groups -------------------------------------------------------


def test_speakers_joined_by_and_are_not_victims() -> None:
    assert figures(
        "Mortar fire killed 14 people, including three nurses, a surgeon and a porter told AFP."
    ) == [
        (14, "killed", "unspecified"),
        (3, "killed", "civilians"),
    ]
    assert figures("A drone killed two policemen, a shopkeeper and two farmers said.") == [
        (2, "killed", "government")
    ]
    # not: victims listed before the attribution, or a speaker after a comma
    assert figures("Militants killed three guards, a driver and a farmer on Sunday, police said.") == [
        (3, "killed", "government"),
        (1, "killed", "civilians"),
        (1, "killed", "civilians"),
    ]
    assert figures(
        "The raid killed a shepherd and his son, and a neighbour said the village had emptied."
    ) == [
        (1, "killed", "civilians"),
        (1, "killed", "children"),
    ]
    assert figures("Two teachers were wounded, and a doctor said both would recover.") == [
        (2, "wounded", "civilians")
    ]


def test_an_accuser_speaks_of_its_own_fighters() -> None:
    assert figures("The militia accused army units of executing four of its fighters near the river.") == [
        (4, "killed", "rebels")
    ]
    # not: the accuser's own soldiers, an unrecognised entity's servicemen, fighters of another side
    assert figures("The ministry accused the insurgents of killing six of its soldiers.") == [
        (6, "killed", "government")
    ]
    assert figures("Breakaway officials accused the army of killing two of their servicemen.") == [
        (2, "killed", "combatants")
    ]
    assert figures("The army accused the rebels of killing 11 fighters of a rival faction.") == [
        (11, "killed", "combatants")
    ]


def test_named_armed_groups_and_their_fighters_after_and() -> None:
    assert figures(
        "Army units killed three FARC commanders and 20 of their fighters, the ministry said."
    ) == [
        (3, "killed", "rebels"),
        (20, "killed", "rebels"),
    ]
    assert figures("Police detained six al-Shabaab members in Mogadishu.") == [(6, "detained", "rebels")]
    assert figures("The general said troops killed a Boko Haram commander and nine of his fighters.") == [
        (1, "killed", "rebels"),
        (9, "killed", "rebels"),
    ]
    # not: a conjunct with its own predicate, a people noun, a government commander
    assert figures(
        "Militants killed two soldiers and five of their fighters died, an army officer said."
    ) == [
        (2, "killed", "government"),
        (5, "killed", "government"),
    ]
    assert figures("Two of her daughters were wounded by shrapnel.") == [(2, "wounded", "children")]
    assert figures("Rebels killed an army commander and 12 soldiers.") == [
        (1, "killed", "government"),
        (12, "killed", "government"),
    ]


def test_agency_gives_way_to_a_state_modifier_and_dotted_initials() -> None:
    assert figures("Three officers of the national intelligence and security agency were killed.") == [
        (3, "killed", "government")
    ]
    assert figures("Four staff of the U.N. children's agency were detained.") == [
        (4, "detained", "aid_workers")
    ]
    # not: an aid agency, a relief agency
    assert figures("Two employees of the aid agency were wounded.") == [(2, "wounded", "aid_workers")]
    assert figures("Five members of the relief agency were abducted.") == [(5, "detained", "aid_workers")]
    assert figures("Six members of the militia were arrested.") == [(6, "detained", "rebels")]


def test_crew_and_former_modify_a_person_noun() -> None:
    assert figures("The drone hit the ambulance, killing a Red Crescent crew member.") == [
        (1, "killed", "aid_workers")
    ]
    assert figures("Four former soldiers were abducted from their homes.") == [(4, "detained", "government")]
    # not: a crew with no person noun, "former" before no person
    assert figures("Gunmen attacked a television crew in the square.") == []
    assert figures("The former base was shelled, killing nobody.") == []
    assert figures("Three crew were rescued after the boat sank.") == []


def test_n_were_group_names_the_part() -> None:
    assert figures("The blast killed 18 people; six were schoolchildren.") == [
        (18, "killed", "unspecified"),
        (6, "killed", "children"),
    ]
    assert figures("An air strike killed 40 villagers. Of the 40 dead, 15 were women.") == [
        (40, "killed", "civilians"),
        (15, "killed", "civilians"),
    ]
    # the total named first in the partitive opening is a figure
    assert figures("Of the 26 wounded, nine were policemen, the hospital said.") == [
        (26, "wounded", "unspecified"),
        (9, "wounded", "government"),
    ]
    # not: people who are no casualties, "were" before no person noun
    assert figures("Of the 30 delegates, 12 were women.") == []
    assert figures("Troops fired 30 rockets; ten were duds.") == []
    assert figures("The council has 15 seats; five were vacant.") == []


def test_of_those_killed_names_the_kind_of_the_part() -> None:
    assert figures("Drone strikes killed 21 people. Of those killed, seven were women, medics said.") == [
        (21, "killed", "unspecified"),
        (7, "killed", "civilians"),
    ]
    assert figures("Of the injured, nine were children, the hospital said.") == [(9, "wounded", "children")]
    # not: people who are no casualties, a part with no number
    assert figures("Of those polled, 40 were women.") == []
    assert figures("Of the dead, most were soldiers.") == []


def test_among_them_were_after_the_total() -> None:
    assert figures("Clashes killed 52 people over the weekend. Among them were nine children.") == [
        (52, "killed", "unspecified"),
        (9, "killed", "children"),
    ]
    assert figures("Police arrested 60 demonstrators. Among them was a photographer.") == [
        (60, "detained", "civilians"),
        (1, "detained", "civilians"),
    ]
    # not: a total two sentences back, people who are no casualties, no total before
    assert figures("A bomb killed 12 people. The UN sent 30 monitors. Among them were two Kenyans.") == [
        (12, "killed", "unspecified")
    ]
    assert figures("The summit drew 40 leaders. Among them were six women.") == []
    assert figures("Among them were three children.") == []
    assert figures("A mortar hit the market, killing 11 people. Among the victims were two boys.") == [
        (11, "killed", "unspecified"),
        (2, "killed", "children"),
    ]


def test_and_his_or_her_person_after_a_figure() -> None:
    assert figures("A shell struck the house, and a man and his eight-year-old daughter were killed.") == [
        (1, "killed", "unspecified"),
        (1, "killed", "children"),
    ]
    assert figures("Soldiers shot dead a trader and his brother at a checkpoint.") == [
        (1, "killed", "civilians"),
        (1, "killed", "civilians"),
    ]
    # not: a speaker, a possessive with no figure before, plural heads, non-conflict deaths
    assert figures("A soldier was wounded and his commander said the post held.") == [
        (1, "wounded", "government")
    ]
    assert figures("The minister and his wife visited the wounded.") == []
    assert figures("Snipers killed a farmer and his cousins.") == [(1, "killed", "civilians")]
    assert figures("The rider was racing days after the death of his brother.") == []


def test_passive_held_is_a_detention() -> None:
    assert figures("Two journalists were also held, the newspaper said.") == [(2, "detained", "civilians")]
    assert figures("A former aid worker was held for a month by the militia.") == [
        (1, "detained", "aid_workers")
    ]
    # not: the active verb, "held up", "held responsible", things held
    assert figures("About 300 protesters held a vigil outside parliament.") == []
    assert figures("Forty passengers were held up at the crossing.") == []
    assert figures("Three officials were held responsible for the failures.") == []
    assert figures("Five voters also held placards.") == []


# --- scope ---------------------------------------------------------------------------------------


def test_two_named_days_are_a_period_and_a_war_in_which_is_its_toll() -> None:
    assert scopes("Raids on Tuesday and Wednesday killed 37 people, the ministry said.") == [
        (37, "cumulative")
    ]
    assert scopes("Fears grew of a return to an insurgency in which 60,000 people died.") == [
        (60000, "cumulative")
    ]
    # not: one day, two days each with its own event, a day the figures were reported
    assert scopes("A raid on Tuesday killed 37 people.") == [(37, "incident")]
    assert scopes("A blast killed six people on Monday, and a mine on Tuesday killed two.") == [
        (6, "incident"),
        (2, "incident"),
    ]
    assert scopes("A bomb killed nine people on Sunday, officials said on Monday and Tuesday.") == [
        (9, "incident")
    ]


# --- talks ---------------------------------------------------------------------------------------


def test_a_side_that_left_the_talks_is_no_upcoming_meeting() -> None:
    assert scheduled("The rebels had withdrawn from the peace talks in Arusha on Monday.") == []
    assert scheduled("The army pulled out of the ceasefire talks in Jeddah on Friday.") == []
    assert scheduled("The mediators have not announced any plans to reconvene the truce talks.") == []
    # not: a threat to leave talks still set, a withdrawal of troops, a date set
    assert scheduled(
        "The rebels threatened to pull out of the peace talks scheduled for Monday in Arusha."
    ) == [("2024-09-16", "Arusha")]
    assert scheduled(
        "Army and rebel delegates will meet in Arusha on Monday after troops withdrew from the town."
    ) == [("2024-09-16", "Arusha")]
    assert scheduled(
        "Rebel envoys, who quit an earlier round, will attend peace talks in Arusha on Saturday."
    ) == [("2024-09-14", "Arusha")]


def test_a_second_meeting_with_the_verb_left_out() -> None:
    assert scheduled(
        "The U.N. envoy will hold talks with army chiefs in Khartoum on Saturday"
        " and with rebel leaders in Nyala on Tuesday."
    ) == [("2024-09-14", "Khartoum"), ("2024-09-17", "Nyala")]
    # not: one round over two days, a round that continues, something else after "and"
    assert scheduled("The ceasefire talks will be held in Addis Ababa on Saturday and Sunday.") == [
        ("2024-09-14", "Addis Ababa")
    ]
    assert scheduled("The peace talks will open in Addis Ababa on Saturday and continue on Monday.") == [
        ("2024-09-14", "Addis Ababa")
    ]
    assert scheduled(
        "The truce talks will be held in Addis Ababa on Saturday, and aid trucks will leave on Monday."
    ) == [("2024-09-14", "Addis Ababa")]


# --- violations ----------------------------------------------------------------------------------


def test_a_truce_made_then_fighting_that_goes_on() -> None:
    assert violation(
        "The rebels declared a ceasefire in June, but clashes with the army have continued in the hills."
    )
    assert violation("Mediators brokered a humanitarian truce last week, yet shelling persists in the city.")
    # not: a truce called for, one yet to begin, fighting elsewhere or until the truce, truce talks
    assert not violation("The U.N. has called for a ceasefire, but fighting has continued.")
    assert not violation(
        "The leaders announced a truce that will begin on Sunday, but fighting has continued."
    )
    assert not violation("The army declared a truce in the capital, but fighting has continued elsewhere.")
    assert not violation("The two sides agreed to hold ceasefire talks, but fighting continues.")
    assert not violation(
        "The sides signed a ceasefire on Friday, but fighting continued until it took effect."
    )


def test_ranks_among_the_dead_take_the_side_of_the_whole() -> None:
    """Commanders and officers serve any armed side: as a part of a figure ("including two
    commanders", "Among them were ...") they are of that figure's side."""
    assert figures("Troops killed 18 insurgents on Tuesday, including four commanders.") == [
        (18, "killed", "rebels"),
        (4, "killed", "rebels"),
    ]
    assert figures("The militia said 30 of its fighters had died. Among them were two officers.") == [
        (30, "killed", "rebels"),
        (2, "killed", "rebels"),
    ]
    # not: a part of soldiers or of people, nor a rank named with its side
    assert figures("Six soldiers were wounded, including a commander.") == [
        (6, "wounded", "government"),
        (1, "wounded", "government"),
    ]
    assert figures("Eleven people died, including three police officers.") == [
        (11, "killed", "unspecified"),
        (3, "killed", "government"),
    ]
    assert figures("Two army commanders were killed in an ambush by 40 rebels.") == [
        (2, "killed", "government")
    ]


def test_a_side_that_lost_ranks_names_their_side() -> None:
    """ "The rebels lost two commanders": the people lost are the subject's own."""
    assert figures("The rebels lost two commanders in the fighting on Sunday.") == [(2, "killed", "rebels")]
    assert figures("The Taliban lost five commanders in air strikes.") == [(5, "killed", "rebels")]
    # not: a state's own losses, or ranks with no side that lost them
    assert figures("The army lost three officers in the ambush.") == [(3, "killed", "government")]
    assert figures("Two commanders were killed in the strike.") == [(2, "killed", "government")]
    assert figures("Police said the rebels killed two commanders of the army.") == [
        (2, "killed", "government")
    ]
