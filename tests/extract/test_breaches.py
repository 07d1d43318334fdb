"""Ceasefire violations: a breach reported versus a truce agreed, holding, extended, ended or
in another matter (a feud, a sports row, a monitoring mechanism)."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

from .helpers import (
    MON_02_MAY_2016,
    MON_03_JUN_2024,
    MON_10_JAN_2005,
    MON_10_JUN_2019,
    SAT_01_MAR_2025,
    THU_12_SEP_2024,
    TUE_04_JUN_2019,
    WED_02_JUN_2021,
    WED_06_OCT_2021,
    WED_09_MAR_2005,
    WED_16_MAY_2007,
    WED_20_AUG_2014,
    breach_and_accused,
    breached,
)


def test_planned_monitoring_of_violations_is_not_a_violation() -> None:
    text = (
        "The truce took effect at midnight. The monitoring mission will publish a weekly tally of violations."
    )
    assert extract(None, text, SAT_01_MAR_2025).violation is None
    text = "Observers deployed on Monday will investigate violations of the truce."
    assert extract(None, text, SAT_01_MAR_2025).violation is None


def test_reported_violation_still_counts() -> None:
    text = "The monitors reported 12 violations of the truce in the past day."
    assert extract(None, text, SAT_01_MAR_2025).violation is not None


def test_possessive_before_the_truce_still_dates_the_attack() -> None:
    text = "Shells hit the port town on Sunday, hours after the army's unilateral truce came into force."
    assert breached(text, SAT_01_MAR_2025)


def test_attack_in_the_first_weeks_of_a_truce() -> None:
    text = "Some 300 people were killed in the first two weeks of the ceasefire, a monitoring group said."
    assert breached(text, SAT_01_MAR_2025)


def test_relative_clause_accusing_sides_of_violating_the_truce() -> None:
    text = (
        "The envoy will discuss the truce, which the rival factions have each accused the other of breaching."
    )
    assert breached(text, SAT_01_MAR_2025)


def test_negated_breach_after_the_truce_is_no_violation() -> None:
    assert not breached(
        "The ceasefire has not been violated since Monday, the monitors said.", SAT_01_MAR_2025
    )
    assert not breached("Officials said the truce had never been breached.", SAT_01_MAR_2025)
    assert breached("The truce has not been respected in the north.", SAT_01_MAR_2025)
    # A negation in another clause is not the breach word's.
    assert breached(
        "The ceasefire, which has no monitoring mechanism, was violated twice on Sunday.", SAT_01_MAR_2025
    )


def test_violence_that_the_truce_stopped_is_no_violation() -> None:
    assert not breached(
        "Shelling stopped overnight after the truce took effect, residents said.", SAT_01_MAR_2025
    )
    assert not breached("The fighting died down after the ceasefire.", SAT_01_MAR_2025)
    assert breached("Shelling continued after the truce took effect, residents said.", SAT_01_MAR_2025)


def test_a_truce_made_then_fighting_that_goes_on() -> None:
    assert breached(
        "The rebels declared a ceasefire in June, but clashes with the army have continued in the hills.",
        THU_12_SEP_2024,
    )
    assert breached(
        "Mediators brokered a humanitarian truce last week, yet shelling persists in the city.",
        THU_12_SEP_2024,
    )
    # not: a truce called for, one yet to begin, fighting elsewhere or until the truce, truce talks
    assert not breached("The U.N. has called for a ceasefire, but fighting has continued.", THU_12_SEP_2024)
    assert not breached(
        "The leaders announced a truce that will begin on Sunday, but fighting has continued.",
        THU_12_SEP_2024,
    )
    assert not breached(
        "The army declared a truce in the capital, but fighting has continued elsewhere.", THU_12_SEP_2024
    )
    assert not breached(
        "The two sides agreed to hold ceasefire talks, but fighting continues.", THU_12_SEP_2024
    )
    assert not breached(
        "The sides signed a ceasefire on Friday, but fighting continued until it took effect.",
        THU_12_SEP_2024,
    )


def test_a_truce_kept_but_violence_reported() -> None:
    assert breached(
        "Both armies have largely observed the ceasefire, but a border guard was shot dead on Monday.",
        WED_09_MAR_2005,
    )
    assert breached(
        "The factions have stuck to the truce, though mortar fire hit a village overnight.", WED_09_MAR_2005
    )
    # must not fire: violence feared, violence before the truce, the truce only kept
    assert not breached(
        "The factions have stuck to the truce, but warned that attacks could resume.", WED_09_MAR_2005
    )
    assert not breached(
        "The rebels have respected the truce, but fighting raged before it began.", WED_09_MAR_2005
    )
    assert not breached("The rebels have respected the truce since it took effect.", WED_09_MAR_2005)


def test_a_headline_truce_that_ends_or_expires_is_no_breach() -> None:
    assert not breached(
        "Army tanks pushed into the town on Monday and four gunmen were killed, medics said.",
        WED_16_MAY_2007,
        title="Tanks Roll In as Truce Expires",
    )
    assert not breached(
        "Mortars hit the port on Friday, a week after the "
        "militia declared an end to its truce with the army.",
        WED_16_MAY_2007,
    )
    assert not breached(
        "Clan fighters shelled the market on Sunday.",
        WED_16_MAY_2007,
        title="Clashes Resume After Truce Ends",
    )
    # must fire: a breach in the headline or the text, whatever else it says
    assert breached(
        "Mortars hit the port on Friday.", WED_16_MAY_2007, title="Mortars Hit Port Despite Truce"
    )
    assert breached(
        "Gunmen attacked a police post on Sunday, in breach of a truce that ends on Friday, police said.",
        WED_16_MAY_2007,
    )
    assert breached(
        "Rebels shelled the town, breaking the truce.",
        WED_16_MAY_2007,
        title="Fighting Resumes After Truce Ends",
    )


def test_a_truce_in_a_sports_row_gives_the_headline_no_breach() -> None:
    title = "Striker's Agent Accused of Breaking Truce"
    assert not breached(
        "The club accused the agent on Friday of breaking a "
        "truce between the club and its fans over ticket prices.",
        WED_16_MAY_2007,
        title=title,
    )
    assert not breached(
        "Both leagues have kept their truce in the pay dispute, officials said.", WED_16_MAY_2007, title=title
    )
    assert not breached(
        "Owners and players have honoured the truce in their contract row since March.",
        WED_16_MAY_2007,
        title=title,
    )
    # must fire: a truce of a conflict, and a headline breach over a text naming no truce
    assert breached(
        "The army accused the rebels on Friday of breaking a truce agreed last week near the border.",
        WED_16_MAY_2007,
        title=title,
    )
    assert breached(
        "Gunmen attacked a convoy on Friday.", WED_16_MAY_2007, title="Gunmen Break Truce in Darfur"
    )


def test_a_truce_with_a_participle_phrase_before_its_breach() -> None:
    assert breached(
        "A truce declared by the militia in early May has been broken several times, residents said.",
        WED_16_MAY_2007,
    )
    assert breached(
        "The ceasefire agreed in Nairobi last month was violated on Sunday, the army said.", WED_16_MAY_2007
    )
    assert breached(
        "The truce, brokered by tribal elders in March, has been repeatedly flouted by both sides.",
        WED_16_MAY_2007,
    )
    # must not fire: a negated breach, or another clause's subject
    assert not breached(
        "The truce agreed in Nairobi last month has not been violated, the monitors said.", WED_16_MAY_2007
    )
    assert not breached(
        "A ceasefire signed by both clans in April has never been breached, elders said.", WED_16_MAY_2007
    )
    assert not breached(
        "The ceasefire declared by the rebels held on Sunday and the vote count was broken off for "
        "the night.",
        WED_16_MAY_2007,
    )


def test_violence_after_a_side_declared_the_truce_over_is_no_breach() -> None:
    assert not breached(
        "Shelling resumed in the city hours after the rebels announced that the ceasefire was over.",
        MON_02_MAY_2016,
    )
    assert not breached(
        "Jets struck the town two days after the government said the truce had expired.", MON_02_MAY_2016
    )
    assert not breached(
        "Bombs fell on the old quarter on Sunday, a day after the military declared that the "
        "three-day humanitarian truce brokered by the mediators had ended.",
        MON_02_MAY_2016,
    )


def test_a_truce_made_or_begun_is_still_a_truce_in_force() -> None:
    assert breached(
        "Artillery hit the town two days after the government declared a ceasefire.", MON_02_MAY_2016
    )
    assert breached(
        "Rebels attacked a convoy a week after the army announced a truce, officials said.", MON_02_MAY_2016
    )
    assert breached(
        "Shelling continued after the army declared that a ceasefire had taken effect.", MON_02_MAY_2016
    )


def test_violence_since_a_truce_broke_down_or_fell_apart_is_no_breach() -> None:
    assert not breached(
        "Clashes have continued in the hills since the ceasefire broke down last month.", MON_02_MAY_2016
    )
    assert not breached(
        "Air strikes resumed on the northern suburbs after a fragile truce fell apart on Sunday.",
        MON_02_MAY_2016,
    )
    assert not breached(
        "Thousands have fled the fighting since the March truce between the militias broke down.",
        MON_02_MAY_2016,
    )


def test_a_breakdown_of_something_else_leaves_the_breach() -> None:
    assert breached("Fighting broke out in the north despite the ceasefire, residents said.", MON_02_MAY_2016)
    assert breached(
        "Two soldiers were killed since the truce began, after negotiations broke down.", MON_02_MAY_2016
    )
    assert breached(
        "Militiamen shelled the camp in spite of the truce, and the talks broke down.", MON_02_MAY_2016
    )


# --- truces: "cessation of military operations", "measures to strengthen the ceasefire" -----------


def test_cessation_of_military_operations_is_a_truce() -> None:
    assert breached(
        "Rebels ambushed a convoy on Sunday despite the temporary cessation of military operations "
        "declared by the army.",
        TUE_04_JUN_2019,
    )
    assert breached(
        "The group violated the cessation of military operations by attacking an outpost.", TUE_04_JUN_2019
    )


def test_cessation_of_operations_elsewhere_is_no_truce() -> None:
    assert not breached(
        "The mine was attacked by looters after the cessation of operations at the site in 2017.",
        TUE_04_JUN_2019,
    )
    assert not breached(
        "The army announced a cessation of military operations in the region from Monday.", TUE_04_JUN_2019
    )
    assert not breached(
        "The company confirmed the cessation of operations at the plant despite protests and clashes.",
        TUE_04_JUN_2019,
    )


def test_measures_to_strengthen_the_ceasefire_stand_for_it() -> None:
    assert breached(
        "Kiev's forces shelled the village of Sokolniki despite the additional measures to "
        "strengthen the ceasefire.",
        TUE_04_JUN_2019,
    )
    assert breached(
        "The enemy opened fire twice in breach of the measures to control the ceasefire regime.",
        TUE_04_JUN_2019,
    )


def test_measures_without_violence_or_truce_are_no_breach() -> None:
    assert not breached(
        "The sides agreed additional measures to strengthen the ceasefire from July 27.", TUE_04_JUN_2019
    )
    assert not breached(
        "Despite the measures to strengthen the ceasefire, the monitors said the night was calm.",
        TUE_04_JUN_2019,
    )
    assert not breached(
        "Troops shelled the town despite the measures to strengthen the economy.", TUE_04_JUN_2019
    )


# --- the truce's end as a headline noun -----------------------------------------------------------


def test_violence_after_a_truce_collapse_or_expiry_told_as_a_noun() -> None:
    body = "Shelling killed nine people in the north of the province on Monday, medics said."
    assert not breached(body, WED_02_JUN_2021, title="Nine killed in shelling after ceasefire collapse")
    assert not breached(body, WED_02_JUN_2021, title="Clashes erupt in the south after truce expiry")
    assert not breached(body, WED_02_JUN_2021, title="Dozens dead since the truce's breakdown, monitors say")
    text = (
        "More than 600 people have been killed in the region since the breakdown of the ceasefire "
        "in March, the monitoring group said."
    )
    assert not breached(text, WED_02_JUN_2021)


def test_violence_while_a_truce_holds_is_still_a_breach() -> None:
    body = "Shelling killed nine people in the north of the province on Monday, medics said."
    assert breached(body, WED_02_JUN_2021, title="Nine killed in shelling despite truce")
    assert breached(body, WED_02_JUN_2021, title="Nine killed since truce took effect")
    text = (
        "Militants fired rockets at a border town on Tuesday, the first attack since the ceasefire "
        "took effect, the army said."
    )
    assert breached(text, WED_02_JUN_2021)


# --- a mechanism for violations -------------------------------------------------------------------


def test_mechanism_for_violations_is_no_breach() -> None:
    assert not breached(
        "A mechanism for coordinating responses to ceasefire violations is being discussed.", WED_06_OCT_2021
    )
    assert not breached("The sides agreed to set up a hotline to report truce violations.", WED_06_OCT_2021)


def test_violations_reported_still_breach() -> None:
    assert breached(
        "The army responded to ceasefire violations by Pakistan in the Poonch sector.", WED_06_OCT_2021
    )
    assert breached(
        "The monitoring mechanism said it recorded violations of the ceasefire by both sides.",
        WED_06_OCT_2021,
    )


# --- a truce in people's quarrel ------------------------------------------------------------------


def test_truce_in_a_personal_feud_is_no_ceasefire() -> None:
    text = (
        "The two coaches called a truce in their long-running feud last month, but the ceasefire was "
        "broken on Sunday when one accused the other of cheating."
    )
    assert not breached(text, MON_10_JAN_2005)
    text = (
        "The singer agreed a ceasefire in her war of words with the tabloids, which was shattered "
        "within a week."
    )
    assert not breached(text, MON_10_JAN_2005)


def test_truce_in_an_armed_feud_still_breached() -> None:
    text = "Gunmen violated a truce in the clan feud on Sunday, killing four villagers, police said."
    assert breached(text, MON_10_JAN_2005)
    text = "Rebels broke the ceasefire on Friday, shelling army positions in the east."
    assert breached(text, MON_10_JAN_2005)


# --- a truce ended by a side ----------------------------------------------------------------------


def test_fighting_after_ending_a_truce_is_no_breach() -> None:
    text = "Rebels shelled army positions on Sunday, and troops killed four fighters in the hills."
    assert not breached(text, WED_20_AUG_2014, title="Rebels Shell Army After Ending Truce")
    assert not breached(text, WED_20_AUG_2014, title="Militants Attack Troops After Scrapping Ceasefire")


def test_attack_after_a_truce_was_agreed_is_still_a_breach() -> None:
    text = "Rebels shelled army positions on Sunday, and troops killed four fighters in the hills."
    assert breached(text, WED_20_AUG_2014, title="Rebels Shell Army After Agreeing Truce")
    assert breached(
        "Militants fired rockets at the town two days after agreeing a truce with the army.", WED_20_AUG_2014
    )


# --- "contravene", "in contravention of": breach language -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said army artillery pounded their bases near Kidal, in contravention of the truce "
        "signed in June.",
        "Kyiv said the separatists' drone strike on a water station contravened the ceasefire.",
        "The ministry accused the militia of contravening the cessation of hostilities by storming "
        "two villages.",
    ],
)
def test_contravention_is_breach_language(text: str) -> None:
    assert breached(text, MON_10_JUN_2019)


@pytest.mark.parametrize(
    "text",
    [
        "The agency said the plan did not contravene the ceasefire agreement.",
        "Officials warned that any new deployment would contravene the truce.",
        "The court ruled that the building permit contravened planning rules.",
    ],
)
def test_contravention_not_reported(text: str) -> None:
    assert not breached(text, MON_10_JUN_2019)


# --- an attack after a side extended its ceasefire ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Government troops shelled rebel villages in the north on Friday, two days after the military "
        "junta extended its unilateral ceasefire by a month.",
        "Gunmen ambushed a police patrol, killing four officers, hours after the main rebel alliance "
        "renewed its unilateral truce.",
    ],
)
def test_attack_after_truce_extended(text: str) -> None:
    assert breached(text, MON_10_JUN_2019)


@pytest.mark.parametrize(
    "text",
    [
        "The army extended its ceasefire by a month after weeks of heavy fighting in the north.",
        "Heavy fighting erupted again in the north two days after the ceasefire expired, and the junta has "
        "not extended it.",
    ],
)
def test_truce_extended_no_attack(text: str) -> None:
    assert not breached(text, MON_10_JUN_2019)


# --- violence, then the truce, then "since it took effect" ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 civilians have been killed in districts covered by the ceasefire since it came "
        "into force on March 3, a local monitor said.",
        "Shelling has wounded 12 people in the zone of the new truce since it began on Friday, "
        "officials said.",
    ],
)
def test_violence_since_it_took_effect(text: str) -> None:
    assert breached(text, MON_10_JUN_2019)


@pytest.mark.parametrize(
    "text",
    [
        "A monitor said no one had been killed in areas covered by the truce since it took effect on Monday.",
        "The ceasefire has largely held since it took effect, ending three weeks of fighting.",
        "The truce, which ended weeks of fighting, has brought relief to residents since it began on Friday.",
        "A cholera outbreak has killed 25 people since it began this month.",
    ],
)
def test_since_it_without_violence_in_truce(text: str) -> None:
    assert not breached(text, MON_10_JUN_2019)


# --- an attack on people celebrating a truce ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "A bomb exploded among villagers celebrating the truce in a market in the south on Sunday, "
            "killing nine, police said.",
            None,
        ),
        ("Gunmen attacked a crowd celebrating the new ceasefire in the capital, witnesses said.", None),
        (
            "Police said the blast hit the square on Sunday evening.",
            "Blast kills 12 at Eid ceasefire celebration",
        ),
    ],
)
def test_attack_on_truce_celebration(text: str, title: str | None) -> None:
    assert breached(text, MON_10_JUN_2019, title=title)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people took to the streets celebrating the ceasefire, and young men fired "
        "into the air.",
        "Veterans gathered on Sunday celebrating the anniversary of the 1994 ceasefire, which ended a "
        "war that killed 30,000 people.",
        "Crowds celebrated the truce in the capital, where no one has been killed since Friday.",
    ],
)
def test_truce_celebration_without_attack(text: str) -> None:
    assert not breached(text, MON_10_JUN_2019)


# --- a truce that "came to an end" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shelling resumed on Friday, a day after a four-day holiday truce declared by both sides came to "
        "an end, residents said.",
        "Militants fired rockets at the town hours after the unilateral ceasefire had come to an end.",
    ],
)
def test_violence_after_truce_came_to_an_end(text: str) -> None:
    assert not breached(text, MON_10_JUN_2019)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town on Friday in violation of the truce, days before it came to an end.",
        "The army accused the militia of breaching the ceasefire, which has since come to an end, "
        "by attacking a checkpoint.",
    ],
)
def test_breach_still_reported_when_the_truce_later_ended(text: str) -> None:
    assert breached(text, MON_10_JUN_2019)


# --- truces that "failed to halt the fighting" ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three truces brokered by the United States have failed to stop the fighting in the region.",
        "A ceasefire announced by the junta has failed to halt the violence, residents said.",
        "The Eid truce failed to end the clashes in the southern suburbs, the mission said.",
    ],
)
def test_truce_failed_to_halt_fighting_is_breach(text: str) -> None:
    assert breached(text, MON_03_JUN_2024)


@pytest.mark.parametrize(
    "text",
    [
        "International efforts to secure a truce have failed to stop the fighting.",
        "Calls for a ceasefire have so far failed to end the bloodshed in the north.",
        "Repeated attempts to broker a ceasefire failed to halt the fighting, diplomats said.",
        "The army failed to stop the fighting before the ceasefire took effect.",
        "The truce talks failed to produce an agreement.",
    ],
)
def test_truce_failed_to_halt_not_fired(text: str) -> None:
    assert not breached(text, MON_03_JUN_2024)


# --- a truce holding, then a side accused of an attack; a truce that "has failed to halt the fighting" ---


@pytest.mark.parametrize(
    "text",
    [
        "The truce appeared to be largely holding on Tuesday, its fourth day, with no air strikes "
        "reported, though the government accused the rebels of attacking its positions near the city.",
        "The ceasefire held for a third straight day on Sunday across most of the country, although "
        "the army accused the militia of shelling two villages overnight.",
        "The truce was broadly holding on Monday, the second day since it took effect, but rebels "
        "accused government forces of firing on their positions.",
        "A ceasefire announced by the junta last month has failed to halt the fighting.",
        "The truce declared by the army in the north in March has so far failed to stop the clashes, "
        "residents said.",
    ],
)
def test_fires(text: str) -> None:
    assert breached(text, MON_03_JUN_2024)


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire held for a third day in the capital on Monday, residents said, though fighting "
        "continued in other provinces not covered by the deal.",
        "The truce appeared to be largely holding on Tuesday, its fourth day, with no air strikes "
        "reported, though neither side accused the other of attacking its positions.",
        "The truce was largely holding on Tuesday, its fourth day, with no shelling reported, though "
        "the government accused the rebels of planning attacks on the city.",
        "The truce was largely holding on Tuesday, its fourth day, with no shelling reported, though "
        "the government accused the rebels of attacking the city before it took effect.",
        "The truce was largely holding on Tuesday, its fourth day, though the government accused the "
        "rebels of stalling on prisoner exchanges.",
        "Efforts to secure a ceasefire announced by the mediators last month have failed to halt the "
        "fighting.",
        "The ceasefire held on Tuesday across much of the country, its fourth day, though the "
        "government warned the rebels could be preparing attacks.",
    ],
)
def test_does_not_fire(text: str) -> None:
    assert not breached(text, MON_03_JUN_2024)


# --- a truce ended by an attack -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The truce collapsed under heavy artillery fire on Sunday, residents said.",
            ("truce collapsed under heavy artillery fire", None),
        ),
        (
            "A Ramadan ceasefire crumbled under Taliban attacks in Kunduz on its second day.",
            ("ceasefire crumbled under Taliban attacks", "Taliban"),
        ),
        (
            "A ceasefire in the north ended abruptly when rebel fighters attacked an army post.",
            ("ceasefire in the north ended abruptly when rebel fighters attacked", "rebel fighters"),
        ),
    ],
)
def test_truce_ended_by_an_attack(text: str, want: tuple[str, str | None]) -> None:
    assert breach_and_accused(text, MON_03_JUN_2024) == want


@pytest.mark.parametrize(
    "text",
    [
        # an end with no attack by a side, an end of talks, pressure, a truce only sought
        "A ceasefire agreed in 2016 collapsed the following year when fighting erupted in the capital.",
        "The truce talks collapsed when the rebels attacked a convoy.",
        "The truce collapsed under pressure from hardliners in both camps.",
        "Efforts to secure a truce collapsed under a barrage of shelling.",
        "The ceasefire that ended when the army withdrew was never renewed.",
    ],
)
def test_truce_end_without_a_breach(text: str) -> None:
    assert breach_and_accused(text, MON_03_JUN_2024) is None


# --- a truce declared over ------------------------------------------------------------------------


def test_attack_after_truce_declared_over_is_no_breach() -> None:
    text = "Jets bombed the town on Sunday, killing six people, a day after the army declared the truce over."
    assert not breached(text, MON_03_JUN_2024)


def test_truce_over_a_holiday_still_breached() -> None:
    assert breached(
        "Jets bombed the town on Sunday, killing six people, despite the truce over the holiday.",
        MON_03_JUN_2024,
    )


def test_a_de_escalation_agreement_is_a_truce() -> None:
    text = (
        "Terrorist organizations positioned in the de-escalation zone in Idlib violated the "
        "de-escalation agreement on Saturday, targeting safe villages with rocket shells."
    )
    assert breached(text, date(2019, 5, 11))
    assert not breached(
        "Russia and Turkey signed a de-escalation agreement for Idlib on Friday.", date(2019, 5, 11)
    )


def test_the_latest_killing_to_test_a_truce_is_a_breach() -> None:
    text = (
        "Suspected rebels shot dead two soldiers on Monday, the army said, in the latest killing to "
        "test a 2002 cease-fire."
    )
    assert breached(text, WED_09_MAR_2005)
    assert not breached("A new attack could test the fragile truce, diplomats warned.", WED_09_MAR_2005)


def test_no_violations_reported_by_either_side_is_no_breach() -> None:
    text = (
        "The two sides agreed to extend the truce by two days. The truce has held, with neither side "
        "reporting violations, allowing aid into the enclave."
    )
    assert not breached(text, WED_09_MAR_2005)


def test_headline_fighting_despite_a_truce_covering_another_region() -> None:
    title = "Fighting rages in the west despite truce in the north"
    text = (
        "Heavy fighting between the army and the rebels continued in the western province this week. "
        "The ceasefire agreed in the capital last month covers only the northern state, where the "
        "alliance had seized several towns."
    )
    assert not breached(text, WED_09_MAR_2005, title=title)


def test_violating_the_terms_of_a_pause_told_with_its_length() -> None:
    text = (
        "The two sides accused each other of violating the terms of a four-day humanitarian pause "
        "as the truce entered its third day on Sunday."
    )
    assert breached(text, WED_09_MAR_2005)


def test_failing_to_observe_truces_is_a_breach() -> None:
    text = (
        "The talks were adjourned after the parties repeatedly failed to observe a series of "
        "short-term truces, the mediators said."
    )
    assert breached(text, WED_09_MAR_2005)
    assert not breached("The talks failed to produce a ceasefire.", WED_09_MAR_2005)


def test_fighting_after_a_truce_between_named_parties_expired() -> None:
    text = (
        "Heavy clashes resumed on Tuesday, hours after a holiday truce between forces loyal to the "
        "UN-backed Government of National Accord and eastern-based commander Khalifa Haftar expired."
    )
    assert not breached(text, WED_09_MAR_2005)


def test_fighting_the_truce_stopped_is_no_breach() -> None:
    text = (
        "The border was quiet overnight after a ceasefire brokered with international mediation took "
        "effect at 8 p.m. on Wednesday, both defence ministries said on Thursday, ending two days of "
        "the heaviest fighting between the neighbours since their war."
    )
    assert not breached(text, WED_09_MAR_2005)
    text = (
        "A fragile calm settled over the capital on Thursday after the government announced a "
        "ceasefire to halt two days of fighting between rival armed groups."
    )
    assert not breached(text, WED_09_MAR_2005)
    # (the fighting after the truce took effect still is)
    assert breached(
        "Shelling killed two people after the ceasefire took effect, ending hopes of calm.", WED_09_MAR_2005
    )


def test_clashes_the_agreement_does_not_cover_are_no_breach() -> None:
    text = (
        "The mechanism said it had received no reports of incidents attributable to the parties since "
        "the truce began on August 3, though it warned that clashes between the rebels and rival armed "
        "groups in two provinces were not covered by the agreement."
    )
    assert not breached(text, WED_09_MAR_2005)


def test_attacks_since_the_sides_with_a_long_name_signed_a_truce() -> None:
    text = (
        "Regional authorities accused foreign troops on Saturday of killing civilians in the days since "
        "Kessin's federal government and the Dravo People's Liberation Front (DPLF) signed a "
        "permanent cessation of hostilities, saying at least 38 people had been shot dead."
    )
    assert breached(text, WED_09_MAR_2005)


def test_breaking_a_halt_to_one_kind_of_strike_named_in_the_sentence_before() -> None:
    text = (
        "The talks on a wider truce follow a phone call on Tuesday, after which Moscow announced a 30-day "
        "halt to strikes on energy infrastructure. Within hours, Kyiv and Moscow accused each other of "
        "breaking it, with Ukraine saying drones had hit a hospital."
    )
    assert breached(text, WED_09_MAR_2005)
    text = "The rebels announced a truce on Monday. Few expected the army to break it."
    assert not breached(text, WED_09_MAR_2005)


def test_attacks_after_a_side_pulled_out_of_the_truce_are_no_breach() -> None:
    text = (
        "Maoist guerrillas shot dead two policemen on Friday, two days after the rebels pulled out of a "
        "seven-month ceasefire and walked away from peace talks with the government, police said."
    )
    assert not breached(text, WED_09_MAR_2005)
    assert breached("Rebels shelled the town two days after the army declared a ceasefire.", WED_09_MAR_2005)


def test_fighting_before_a_signed_truce_takes_effect_is_no_breach() -> None:
    text = (
        "Troops and rebels fought in the hills on Sunday and Monday, killing at least six rebels, the army "
        "said, days after the two sides signed a ceasefire that will only take effect once a joint "
        "verification mechanism is in place."
    )
    assert not breached(text, WED_09_MAR_2005)


def test_breaching_the_terms_of_the_pause_named_before() -> None:
    text = (
        "A humanitarian pause took effect on Friday. Hamas accused Israel of breaching the terms of "
        "the pause."
    )
    assert breached(text, WED_09_MAR_2005)
    text = "A humanitarian pause took effect on Friday. Neither side has breached the pause."
    assert not breached(text, WED_09_MAR_2005)


def test_killings_and_massacres_despite_a_truce() -> None:
    text = "The killings came despite a ceasefire brokered by the envoy last month."
    assert breached(text, WED_09_MAR_2005)
    assert breached("The massacre took place despite the truce.", WED_09_MAR_2005)


def test_a_truce_then_its_maker_and_violence_that_goes_on() -> None:
    text = (
        "A truce declared by the junta after a devastating earthquake has been extended until the end of "
        "May, but rights groups say air strikes have continued."
    )
    assert breached(text, WED_09_MAR_2005)
    text = "A ceasefire announced by the UN was welcomed, but analysts say attacks have continued elsewhere."
    assert not breached(text, WED_09_MAR_2005)
