"""Truce violations: breach language and violence while a truce is in force."""

from __future__ import annotations

import pytest

from feeds.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters violated the ceasefire by shelling the airport on Monday.",
        "The army accused the rebels of breaching the truce, a charge they denied.",
        "Three people died in an air strike despite the humanitarian pause.",
        "It was the first attack on the town since the cease-fire took effect.",
        "The regime of silence was broken twice overnight, monitors said.",
        "Both sides said the cessation of hostilities had not been fully respected.",
        # violence said to test or strain a truce in force
        "Mortar fire hit the port overnight, testing the week-old truce.",
        "The fragile ceasefire came under strain on Sunday as militants fired rockets at the town.",
        # attacks told by pounding or storming
        "Howitzers kept pounding the southern suburbs despite the truce, the mayor said.",
        "Special forces stormed a militia checkpoint hours after the ceasefire began.",
    ],
)
def test_reports_a_breach(text: str) -> None:
    _assert_breach(text)


def _assert_breach(text: str) -> None:
    """A breach is found, and its phrase is the text at its span."""
    facts = extract(None, text)
    assert facts.is_violation, text
    v = facts.violation
    assert v is not None and text[v.span.start : v.span.end] == v.phrase


@pytest.mark.parametrize(
    "text",
    [
        "The warring parties agreed a ceasefire that takes effect at midnight.",
        "The truce was extended by 72 hours and appeared to be holding.",
        "Diplomats called for a ceasefire as the shelling intensified.",
        "Heavy fighting erupted hours before the truce was due to begin.",
        "Clashes resumed after the two-day truce expired on Sunday.",
        "Monitors said there had been no violations of the ceasefire.",
        "The two companies reached a truce in their long-running patent dispute.",
        "Rebels attacked an army post, killing four soldiers.",
        "A wave of attacks threatens the ceasefire due to take effect on Monday.",
        "Analysts said the bombing could undermine the truce talks in Cairo.",
        # a strain foreseen or threatened, not reported
        "The rebels threatened to end the truce if the shelling of their villages went on.",
        "Diplomats fear renewed fighting could jeopardise the ceasefire agreed last week.",
        "The truce could come under strain if the army keeps up its raids, analysts said.",
    ],
)
def test_no_breach(text: str) -> None:
    assert not extract(None, text).is_violation


def test_accused_party() -> None:
    v = extract(None, "Government troops broke the truce on Sunday, the rebels said.").violation
    assert v is not None and v.accused == "Government troops"


def test_title_only_breach_is_taken_from_the_title() -> None:
    v = extract("Rebels accused of ceasefire violations", "Talks were suspended.").violation
    assert v is not None and v.span.field == "title"


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The army accused the Northern Front of violating the truce near the dam.", "the Northern Front"),
        ("Monitors said government forces broke the ceasefire overnight.", "government forces"),
        ("The truce was breached by militia fighters, the mayor said.", "militia fighters"),
        ("Officials said Freedonia violated the truce within hours.", "Freedonia"),
        # places, days and quantities are not accused parties
        ("Two people died in shelling in Port Lysa despite the ceasefire.", None),
        ("Shelling hit the port on Tuesday despite the truce, residents said.", None),
        ("Several truces have been agreed and broken since the spring.", None),
        # an attack told with when it came: its subject, not the words before the truce
        ("Militia fighters shelled two villages near the dam despite the truce.", "Militia fighters"),
        ("Separatists fired rockets at the airport in violation of the ceasefire.", "Separatists"),
        ("Army jets bombed a market on Friday, breaking the truce, residents said.", "Army jets"),
        ("Rebels said government troops raided their camp after the truce began.", "government troops"),
        ("The rebels accused the army of shelling Halvik despite the ceasefire.", "the army"),
        ("The army blamed the Northern Front for an attack that violated the truce.", "the Northern Front"),
        ("The Northern Front accused the army on Monday of violating the truce.", "the army"),
        # the attacked, the victims and the weapons are not the accused
        ("Government troops came under attack from rebel forces despite the truce.", None),
        ("Army jets bombed rebel forces near the dam despite the truce.", "Army jets"),
        ("Two soldiers were killed when a mine exploded despite the truce.", None),
        ("Mortars struck the market on Sunday despite the truce.", None),
        ("Shelling killed four civilians in the north despite the truce.", None),
        ("The army blamed the weather for delays, while the truce was violated in the north.", None),
        ("The truce was violated again, and the rebels accused them of lying.", None),
    ],
)
def test_accused_party_is_an_actor(text: str, accused: str | None) -> None:
    facts = extract(None, text)
    assert facts.violation is not None
    assert facts.violation.accused == accused


def test_a_headline_accuses_in_the_present() -> None:
    facts = extract("Northland rebels accuse army of breaking truce near the pass", None)
    assert facts.violation is not None and facts.violation.accused == "army"
    facts = extract("Both sides accuse each other of violating truce", None)
    assert facts.violation is not None and facts.violation.accused is None


def test_accused_follows_the_reporting_verb() -> None:
    facts = extract("Northland army says rebels broke truce near the pass", None)
    assert facts.violation is not None and facts.violation.accused == "rebels"


# --- longer wire copy: the truce named in one clause or sentence, the attack in another ----------


@pytest.mark.parametrize(
    "text",
    [
        # a truce made by someone between "after" and the truce
        "Drone strikes killed six civilians near Maychew, a week after the two sides signed a "
        "cessation of hostilities in South Africa.",
        "The RSF shelled El Fasher on Monday, killing 18 civilians, two days after the group said it "
        "would observe a three-day ceasefire for the holiday.",
        # dotted initials before the truce
        "Fighting raged on Tuesday, a day after a U.S.-brokered ceasefire was meant to take effect.",
        # a truce that did not hold
        "'Unfortunately, the humanitarian truce has not held,' an adviser to the prime minister wrote.",
        # a suspected breach is still reported
        "Monitors said the ceasefire may have been violated overnight near the airport.",
        # the truce called "the understanding", "the agreement" or "it"
        "India said Pakistan had violated the understanding reached hours earlier. Pakistan said it "
        "remained committed to the ceasefire.",
        "The week-long truce entered its third day. Both sides have flouted the agreement, the "
        "mediators said in a joint statement.",
        "The ceasefire appeared to hold on Wednesday, a day after Trump accused both countries of "
        "violating it.",
        # an explicit breach where the truce leaves some places out
        "Israel had said the truce would not apply to Rafah. Palestinian officials said Israel broke "
        "the truce shortly after it began.",
        # a truce that ended a war is no truce's end
        "Azerbaijan accused Armenian forces of firing on its positions since the ceasefire that ended "
        "the 2020 war.",
    ],
)
def test_reports_a_breach_in_wire_copy(text: str) -> None:
    _assert_breach(text)


@pytest.mark.parametrize(
    "text",
    [
        # fighting after the truce ended, a qualifier between the truce and its end
        "Clashes shook Khartoum a day after a week-long ceasefire between the army and the RSF expired.",
        "Israel resumed strikes on Friday after a seven-day truce with Hamas expired, killing 178.",
        "Shelling resumed after the Eid ceasefire declared by the rebels ran out on Monday.",
        # a truce announced but not yet in force
        "Strikes killed 73 people a day after mediators announced a ceasefire deal that is due to take "
        "effect on Sunday.",
        "Shelling killed four civilians after the warring sides agreed to a truce that will begin at "
        "noon on Friday.",
        "Tanks seized the crossing hours after Hamas said it had accepted a ceasefire proposal.",
        "Heavy fighting killed 12 people before the two sides signed a ceasefire.",
        # a breach foreseen, feared or threatened
        "Analysts warned that the truce could be violated if either side resumed attacks.",
        "A ceasefire took effect on Wednesday. Netanyahu warned that Israel would strike hard if "
        "Hezbollah breached the deal.",
        "The rebels threatened to break the truce over the arrests.",
        # "the agreement" or "it" not broken, or not a truce
        "A ceasefire took effect on Sunday. Neither side has violated the agreement, monitors said.",
        "Iran violated the nuclear agreement, the agency said, as Gaza talks on a ceasefire stalled.",
        "The two countries agreed a 90-day truce in their trade war. China accused Washington of "
        "violating the agreement.",
        "The ceasefire is holding and neither side has violated it, officials said.",
        "The truce is fragile and the rebels could break it at any time.",
        "The ceasefire talks have not held a session since May.",
        # violence where the truce does not reach
        "Strikes killed 21 Palestinians in Gaza a day after a ceasefire took effect in Lebanon. The "
        "Lebanon truce does not cover Gaza.",
        "Clashes killed nine fighters in Taiz after the Hodeidah ceasefire took effect. Taiz is not "
        "covered by the truce.",
        # the next sentence turns to an attack, often elsewhere: the sentences alone do not say
        # it broke the truce (a rule that read them so also fired on other places)
        "A truce held for a second day. But aid agencies said supplies were running out.",
        "The ceasefire took effect at midnight. But rebels had attacked the town hours before it began.",
        "A truce held on Saturday. But the war has killed more than 40,000 people since October.",
        "The United Nations called for a ceasefire. But Israeli jets struck Rafah on Sunday.",
        "The truce between Israel and Hezbollah has largely held. However, Israeli jets struck Gaza.",
        "The ceasefire in Gaza has held since Sunday. But in the West Bank, troops raided Jenin.",
        # an agreement about something else
        "The Black Sea truce took effect. Russia said Ukraine had violated the agreement on grain exports.",
        "The ceasefire took effect at noon. The army said it would respond to anyone who violates it.",
    ],
)
def test_no_breach_in_wire_copy(text: str) -> None:
    assert not extract(None, text).is_violation, text


# --- an attack dated by its time relation to a truce in force, with no breach verb -------------


@pytest.mark.parametrize(
    "text",
    [
        # one day or night of the truce, after a preposition or in apposition to the day
        "Militiamen stormed a village on the third day of the humanitarian truce, killing four farmers.",
        "Artillery hit a hospital on Sunday, the fourth day of a week-long ceasefire, medics said.",
        "A drone struck a car on the first night of the ceasefire, killing its driver.",
        # within hours of the truce taking effect
        "Rockets slammed into the port within hours of the truce taking effect, officials said.",
        # a clause on the truce in force
        "Snipers shot two men in the old city while the ceasefire was in force, residents said.",
        "Mortar rounds hit the camp as the truce entered its second week, aid workers said.",
        "With the ceasefire in its third day, militia fighters attacked a convoy near the border.",
        # a truce in force by another's word
        "Troops shelled the town during what the government had called a unilateral ceasefire.",
        # the sides that made the truce, named at length between "after" and the truce
        "Clashes erupted hours after the army and an alliance of armed groups agreed a truce.",
        # the first casualty or strike of the truce
        "Medics reported the first fatality since the ceasefire began, a man hit by sniper fire.",
        "It was the first deadly air strike since the truce came into force, the monitor said.",
        # a truce that held, with violence in the same breath
        "The ceasefire largely held on Friday despite sporadic mortar fire near the airport.",
        "The truce held for a second day, although monitors said a sniper killed a shepherd.",
    ],
)
def test_attack_during_a_truce_told_by_a_time_relation(text: str) -> None:
    _assert_breach(text)


@pytest.mark.parametrize(
    "text",
    [
        # not a truce: talks on one, a holiday, a truce sought or proposed
        "Mortar fire killed five people on the second day of talks on a truce.",
        "Gunmen stormed a village on the first day of the harvest festival.",
        "Shelling killed 12 people a day after the rebels agreed to talks on a ceasefire.",
        "Air strikes killed 20 people, days after calls for a humanitarian pause.",
        # before the truce took effect, or after it ended
        "Strikes killed 20 people hours after the two sides agreed a truce that will take effect at "
        "midnight.",
        "Fighting erupted within hours of the truce expiring on Sunday.",
        "It was the first attack since the ceasefire collapsed in March.",
        "A sniper killed a soldier, the first death since the truce ended two weeks ago.",
        "The truce held on Monday, although the clashes killed 40 people before it began.",
        # violence the truce stopped, or only feared
        "The shelling stopped as the truce entered its second day.",
        "The truce held despite fears of renewed fighting in the north.",
        # a truce that leaves the attacked places out
        "Air strikes killed 30 people in the south as humanitarian pauses in other areas entered their "
        "second day.",
        "The ceasefire remains in force in the rest of the country, but clashes killed six people in "
        "the mountains.",
        "Strikes killed 12 people in Rafah on Monday as a humanitarian pause that applies only to "
        "northern Gaza entered its second day.",
        # no armed conflict: a truce in sport or business
        "The striker shot wide twice as the truce between the club and its fans entered its second week.",
        "Shares were hit on the first day of the trade truce as the price war resumed.",
        # the truce kept: guns withdrawn, a deal struck
        "Days after the ceasefire took effect, both sides began withdrawing heavy artillery from the "
        "front line.",
        "Hours after the two sides struck a ceasefire deal, aid trucks entered the city.",
    ],
)
def test_no_breach_from_a_time_relation(text: str) -> None:
    assert not extract(None, text).is_violation, text
