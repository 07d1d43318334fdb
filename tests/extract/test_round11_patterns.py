"""Round 11 news patterns, 2004-era wire style (own sentences): each fix with the sentences it must
not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract, facts_to_json

PUB = date(2005, 3, 9)  # a Wednesday


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(None, text, PUB).casualties]


def scopes(text: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]


def talks(text: str, pub: date | None = PUB, title: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(t["date"], t["place"]) for t in facts_to_json("x", extract(title, text, pub))["talks"]]


def violation(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


# --- casualties: running counts ---------------------------------------------------------------


def test_brought_to_n_the_number_of_people_who_have_died() -> None:
    assert scopes(
        "The blast brought to 212 the number of British soldiers who have died in the conflict."
    ) == [(212, "cumulative")]
    assert figures("The ambush raised to 41 the number of policemen killed this month.") == [
        (41, "killed", "government")
    ]
    assert figures("His death took to 87 the number of U.S. service members who have been killed there.") == [
        (87, "killed", "government")
    ]
    # must not fire: other counts raised or brought
    assert figures("The vote brought to 12 the number of seats held by the party.") == []
    assert figures("The company raised to 300 the number of workers it will hire.") == []
    assert figures("The merger brought to 40 the number of stores who have joined the chain.") == []


def test_the_number_killed_in_a_country_is_a_running_count() -> None:
    assert scopes("The number of Italian troops killed in Iraq rose to 19 on Friday.") == [(19, "cumulative")]
    assert scopes("The number of aid workers who have died in Darfur reached 11 on Monday.") == [
        (11, "cumulative")
    ]
    # must not fire: one event's toll, or no frame at all
    assert scopes("The number of people killed in Tuesday's market bombing rose to 35 on Wednesday.") == [
        (35, "incident")
    ]
    assert scopes("The number of people killed in the ambush rose to nine.") == [(9, "incident")]
    assert scopes("Officials said the number of dead rose to 14 as rescuers searched the ruins.") == [
        (14, "incident")
    ]


# --- casualties: noun groups ------------------------------------------------------------------


def test_a_person_noun_can_modify_a_generic_head() -> None:
    assert figures("Militiamen abducted three women aid workers near Kabul.") == [
        (3, "detained", "aid_workers")
    ]
    assert figures("A bomb wounded two women police officers in Basra.") == [(2, "wounded", "government")]
    # must not fire: a person noun that is the head, or a hint with no generic head after it
    assert figures("A bomb wounded two women in Basra.") == [(2, "wounded", "civilians")]
    assert figures("Gunmen killed four villagers, police said.") == [(4, "killed", "civilians")]
    assert figures("Snipers shot dead three women journalists.") == [(3, "killed", "civilians")]


def test_colleagues_take_the_group_of_the_people_before() -> None:
    assert figures("Kidnappers seized two Red Cross staff and two local colleagues.") == [
        (2, "detained", "aid_workers"),
        (2, "detained", "aid_workers"),
    ]
    assert figures("The mine killed a sergeant and wounded three of his comrades.") == [
        (1, "killed", "government"),
        (3, "wounded", "government"),
    ]
    # must not fire: a restated figure in another sentence, or the same words repeated
    assert figures("Rebels abducted two engineers. The two engineers were later freed.") == [
        (2, "detained", "civilians")
    ]
    assert figures("Five soldiers and five soldiers were hurt.") == [(5, "wounded", "government")]
    assert figures("Colleagues said two reporters were detained.") == [(2, "detained", "civilians")]


def test_and_their_person_is_one_more() -> None:
    assert figures("Gunmen killed two Pakistani engineers and their bodyguard.") == [
        (2, "killed", "civilians"),
        (1, "killed", "government"),
    ]
    # must not fire: plurals after "their", or no figure right before
    assert figures("Gunmen killed two Pakistani engineers and their guards.") == [(2, "killed", "civilians")]
    assert figures("Rebels wounded two soldiers and their relatives.") == [(2, "wounded", "government")]
    assert figures("Rebels attacked the town and their leader was wounded.") == []


def test_hacked_or_beaten_to_death() -> None:
    assert figures("A mob beat three policemen to death in the village.") == [(3, "killed", "government")]
    assert figures("Eleven farmers were hacked to death by militiamen.") == [(11, "killed", "civilians")]
    # must not fire: "to death" without a killing verb before the people, or no people
    assert figures("The court sentenced two rebels to death.") == []
    assert figures("The army beat back 200 rebels.") == []
    assert figures("The fire burned 40 houses to the ground.") == []


def test_a_killing_threatened_or_tried_is_no_figure() -> None:
    assert figures("Kidnappers threatened to kill three Jordanian truck drivers.") == []
    assert figures("Militants vowed to behead two Macedonian hostages.") == [(2, "detained", "civilians")]
    # must not fire: killings done, or "to" of another verb
    assert figures("Militants went on to kill three Jordanian truck drivers.") == [(3, "killed", "civilians")]
    assert figures("Insurgents killed three Jordanian truck drivers.") == [(3, "killed", "civilians")]
    assert figures("The attack led to the deaths of six guards.") == [(6, "killed", "government")]


def test_nationalities_joined_to_a_person_head() -> None:
    assert figures("About 2,000 Britons and other foreigners fled the fighting.") == [
        (2000, "displaced", "unspecified")
    ]
    assert figures("Twelve Iraqis and two U.S. soldiers were killed.") == [
        (12, "killed", "unspecified"),
        (2, "killed", "government"),
    ]
    # must not fire: a nationality alone, or a place after "and"
    assert figures("Three Nepalis were kidnapped.") == [(3, "detained", "unspecified")]
    assert figures("Nine Iraqis and Kuwait officials met.") == []
    assert figures("Seven Afghans and Pakistan signed a deal.") == []


def test_treated_for_injuries_is_wounded() -> None:
    assert figures("Hospital officials said 43 people were treated for injuries after the blast.") == [
        (43, "wounded", "unspecified")
    ]
    assert figures("Nine soldiers were treated in hospital for shrapnel wounds.") == [
        (9, "wounded", "government")
    ]
    # must not fire: other treatment, or treatment of no people
    assert figures("Twenty people were treated for smoke inhalation.") == []
    assert figures("Twenty people were treated for shock.") == []
    assert figures("The clinic treated 300 patients for malaria.") == []


def test_women_and_children_are_civilians() -> None:
    assert figures("The shelling killed 23 women and children.") == [(23, "killed", "civilians")]
    # must not fire: children alone, soldiers with civilians, one side
    assert figures("The shelling killed 23 children.") == [(23, "killed", "children")]
    assert figures("The shelling killed 23 soldiers and civilians.") == [(23, "killed", "unspecified")]
    assert figures("The shelling killed 23 soldiers and policemen.") == [(23, "killed", "government")]


def test_captives_are_hostages() -> None:
    assert figures("The group said it was holding four Filipino captives.") == [(4, "detained", "civilians")]
    # must not fire: prisoners and inmates stay unspecified, captive soldiers are soldiers
    assert figures("Police arrested 30 prisoners who escaped.") == [(30, "detained", "unspecified")]
    assert figures("The rebels are holding 12 captive soldiers.") == [(12, "detained", "government")]
    assert figures("The guerrillas freed 20 prisoners from the jail.") == []


def test_captives_freed_are_a_detention() -> None:
    assert figures("Kidnappers freed two Egyptian truck drivers on Monday.") == [(2, "detained", "civilians")]
    assert figures("The rebels released 14 soldiers they had captured.") == [(14, "detained", "government")]
    # must not fire: prisoners set free, releases yet to come, things released
    assert figures("Gunmen stormed the jail and freed 50 inmates.") == []
    assert figures("The deal would free 200 soldiers held by the rebels.") == []
    assert figures("The army released 12 photographs of the suspects.") == []
    assert figures("The hospital released 20 patients on Monday.") == []


def test_a_war_that_claimed_n_lives() -> None:
    assert figures("The insurgency has claimed more than 3,000 lives since 2001.") == [
        (3000, "killed", "unspecified")
    ]
    assert figures("A conflict that cost 50,000 lives.") == [(50000, "killed", "unspecified")]
    # must not fire: lives saved, changed, or rebuilt
    assert figures("Medics saved 40 lives.") == []
    assert figures("The program changed 500 lives.") == []
    assert figures("Aid workers helped rebuild 1,000 lives.") == []


def test_more_people_nouns() -> None:
    assert figures("Gunmen kidnapped two Turkish engineers and a Lebanese translator.") == [
        (2, "detained", "civilians"),
        (1, "detained", "civilians"),
    ]
    assert figures("Rebels killed a governor and two of his bodyguards.") == [
        (1, "killed", "government"),
        (2, "killed", "government"),
    ]
    assert figures("Police said Maoist rebels killed three of their own cadres.") == [(3, "killed", "rebels")]
    # must not fire: the same words as no people
    assert figures("The engineers' union said 12 bridges were destroyed.") == []
    assert figures("A translator's note said two chapters were missing.") == []
    assert figures("Cadre training killed no one.") == []


def test_people_dead_is_a_predicate() -> None:
    assert figures("The ambush left four soldiers dead and six wounded.") == [
        (4, "killed", "government"),
        (6, "wounded", "government"),
    ]
    # must not fire: "the dead" as the head
    assert figures("Among the 20 dead were three children.") == [
        (20, "killed", "unspecified"),
        (3, "killed", "children"),
    ]
    assert figures("Police counted 15 dead.") == [(15, "killed", "unspecified")]
    assert figures("The rebels lost 30 dead and many wounded.") == [(30, "killed", "unspecified")]


def test_name_particles_before_the_head() -> None:
    assert figures("Troops killed seven suspected al Qaeda fighters.") == [(7, "killed", "rebels")]
    assert figures("Police arrested 11 el Mahdi militiamen.") == [(11, "detained", "rebels")]
    # must not fire: a particle with no head after it, or a lower-case word after it
    assert figures("Troops killed seven al Qaeda.") == []
    assert figures("Troops arrested 20 al over there.") == []
    assert figures("Troops killed seven men in Abu Ghraib.") == [(7, "killed", "unspecified")]


def test_their_men_are_the_speakers_side() -> None:
    assert figures("The guerrillas said soldiers had killed four of their men.") == [(4, "killed", "rebels")]
    assert figures("The army said rebels killed two of its men.") == [(2, "killed", "government")]
    # must not fire: men with no possessive, or a side named on the noun
    assert figures("Police said gunmen killed four men.") == [(4, "killed", "unspecified")]
    assert figures("The rebels said four civilian men were killed.") == [(4, "killed", "civilians")]
    assert figures("Witnesses said soldiers killed four men.") == [(4, "killed", "unspecified")]


# --- scope ------------------------------------------------------------------------------------


def test_a_truce_that_ended_weeks_of_fighting_does_not_frame_the_figure() -> None:
    text = (
        "Militiamen fired rockets at an army post on Sunday in the first breach of a ceasefire that "
        "ended two months of fighting. Three soldiers were hurt."
    )
    assert scopes(text) == [(3, "incident")]
    # must not fire: the truce as the subject, the fighting's own toll, a plain period
    assert scopes("The ceasefire ended two months of fighting. At least 300 people were killed.") == [
        (300, "cumulative")
    ]
    assert scopes(
        "Rebels attacked despite a truce that ended two months of clashes that killed 300 people."
    ) == [(300, "cumulative")]
    assert scopes("Two months of fighting have killed 300 people.") == [(300, "cumulative")]


# --- violations -------------------------------------------------------------------------------


def test_a_truce_kept_but_violence_reported() -> None:
    assert violation(
        "Both armies have largely observed the ceasefire, but a border guard was shot dead on Monday."
    )
    assert violation("The factions have stuck to the truce, though mortar fire hit a village overnight.")
    # must not fire: violence feared, violence before the truce, the truce only kept
    assert not violation("The factions have stuck to the truce, but warned that attacks could resume.")
    assert not violation("The rebels have respected the truce, but fighting raged before it began.")
    assert not violation("The rebels have respected the truce since it took effect.")


# --- talks ------------------------------------------------------------------------------------


def test_past_words_of_a_meetings_purpose() -> None:
    """Without a publication date (as AG News items) a weekday cannot outweigh a past word."""
    text = (
        "Government and rebel envoys will meet in Arusha on Friday in a bid to revive stalled peace efforts."
    )
    assert talks(text, pub=None) == [(None, "Arusha")]
    text = (
        "Mediators will host the two sides in Libreville on Friday for talks aimed at ending a failed truce."
    )
    assert talks(text, pub=None) == [(None, "Libreville")]
    assert talks(
        "Rival militia leaders will meet tomorrow in Mogadishu to try to end a deadlock.", pub=None
    ) == [(None, "Mogadishu")]
    # must not fire: past words of the meeting itself
    text = "Government and rebel envoys met in Arusha on Friday in a bid to revive the truce."
    assert talks(text, pub=None) == []
    assert talks("The truce talks in Arusha stalled on Friday, aimed at ending the war.", pub=None) == []
    assert talks("The peace talks that collapsed in Arusha were aimed at ending the war.", pub=None) == []


def test_a_meeting_with_no_date_set() -> None:
    assert talks("The rebels and the army ended talks without setting a date for the next round.") == []
    assert talks("Peace negotiators have not fixed a date for their next meeting.") == []
    # must not fire: a date set
    assert talks("The rebels and the army will hold the next round of peace talks on Monday.") == [
        ("2005-03-14", None)
    ]
    assert talks("Peace negotiators have set a date for their next meeting in Accra: Friday.") == [
        ("2005-03-11", "Accra")
    ]
    assert talks("Without a truce, peace talks will open in Accra next week.") == [(None, "Accra")]


def test_a_truce_in_a_labour_dispute_is_no_conflict() -> None:
    text = "Owners and players reached a truce on Monday in their lockout and will meet in Miami on Friday."
    assert talks(text, title="Owners, Players Agree Truce") == []
    # must not fire: a conflict truce in the text, or a title naming a war
    text = "Rebels and the army agreed a truce on Monday and will meet in Lome on Friday."
    assert talks(text, title="Rebels, Army Agree Truce") == [("2005-03-11", "Lome")]
    text = "The two sides will meet in Lome on Friday."
    assert talks(text, title="Rebels, Army Agree Truce") == [("2005-03-11", "Lome")]
    assert talks(text, title="Civil War Foes to Meet") == [("2005-03-11", "Lome")]


def test_place_names_with_particles() -> None:
    assert talks("Peace talks will open in Dar es Salaam on Friday.") == [("2005-03-11", "Dar es Salaam")]
    assert talks("Truce talks will open in Sharm el-Sheikh on Friday.") == [("2005-03-11", "Sharm el-Sheikh")]
    # must not fire: English words after the place
    assert talks("Peace talks will open in Abuja on Friday as Rebels arrive.") == [("2005-03-11", "Abuja")]
    assert talks("Peace talks will open in Abuja at Noon.") == [(None, "Abuja")]
    assert talks("Peace talks will open in Abuja an hour later.") == [(None, "Abuja")]


def test_a_count_brought_or_raised_to_a_number_is_a_running_count() -> None:
    """GUIDELINES 2.6: "bringing the number ... to 39" is cumulative, whichever verb raises it."""
    assert scopes("The attack brought to 1,000 the number of soldiers killed in the province.") == [
        (1000, "cumulative")
    ]
    assert scopes("The ambush brought the number of soldiers killed to 39.") == [(39, "cumulative")]
    assert scopes("Shelling killed eight people on Monday, raising the death toll since May to 3,000.") == [
        (8, "incident"),
        (3000, "cumulative"),
    ]
    # not: an update of one event's toll, or a verb with no count after it
    assert scopes("Two more victims died, raising the death toll from the bombing to 45.") == [
        (2, "incident"),
        (45, "incident"),
    ]
    assert scopes("The blast raised the toll of the market attack to 61.") == [(61, "incident")]
    assert scopes("Rebels took the town on Monday, killing 12 soldiers.") == [(12, "incident")]


def test_maoists_are_rebels() -> None:
    assert figures("Twelve Maoists were killed in the raid, police said.") == [(12, "killed", "rebels")]
    assert figures("Security forces killed two LTTE cadres near the lagoon.") == [(2, "killed", "rebels")]
    # not: people merely near them
    assert figures("Maoist supporters blocked roads, and 12 people were arrested.") == [
        (12, "detained", "unspecified")
    ]
