"""Round 26 news patterns (own sentences): scope of casualty figures and violations in
wire-service truce reports. Scope: a day that dates a truce's onset ("the truce, which took effect
at 9 p.m. on Wednesday") or a meeting ("Mediators met in Cairo on Monday") dates no figure and sets
no incident frame for the toll paragraph after it; "taking the death toll ... to 47" is a running
count as "bringing" is; "in the first quarter of the year" is a period. Violations: a truce named
after a word that ends it ("After Ending Truce") is no truce in force. Each fix with the sentences
it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2014, 8, 20)


def scopes(text: str, title: str | None = None) -> dict[int | None, str]:
    return {c.count: c.scope for c in extract(title, text, PUB).casualties}


def breach(text: str, title: str | None = None) -> bool:
    return extract(title, text, PUB).violation is not None


# --- a truce's onset or a meeting dates no figure ---------------------------------------------------


def test_truce_onset_day_sets_no_incident_frame() -> None:
    text = (
        "The ceasefire held on Saturday after ten days of fighting. "
        "Qatari mediators were in Gaza to shore up the truce, which went into effect at 3 a.m. on Friday. "
        "Health officials say 310 people were killed in the Israeli bombardment."
    )
    assert scopes(text)[310] == "cumulative"
    text = (
        "Monitors said the two sides had fought for three weeks. The accord came into force on Monday. "
        "More than 2,400 people were wounded, according to the Red Cross."
    )
    assert scopes(text)[2400] == "cumulative"


def test_truce_onset_in_a_breach_sentence_leaves_the_running_frame() -> None:
    text = (
        "The army accused the rebels of breaching the truce 40 times since it took effect on Sunday. "
        "A spokesman said the attacks had killed five soldiers and wounded 17 others."
    )
    assert scopes(text) == {5: "cumulative", 17: "cumulative"}


def test_meeting_day_sets_no_incident_frame() -> None:
    text = (
        "At least 900 people have died since the uprising began in March. "
        "Arab League envoys met opposition leaders in Cairo on Monday. "
        "Another 3,000 were arrested, activists said."
    )
    assert scopes(text)[3000] == "cumulative"


def test_day_of_an_attack_still_dates_the_figures() -> None:
    # the day an attack took place frames the toll after it, even after a running count
    text = (
        "More than 2,000 people have been killed since the truce collapsed in May. "
        "Gunmen stormed a police post near Kirkuk on Friday. Nine officers were killed."
    )
    assert scopes(text) == {2000: "cumulative", 9: "incident"}
    # "met with gunfire" is no meeting
    text = (
        "Hundreds of people have fled since the offensive began. Protesters were met with gunfire in "
        "the capital on Friday, and 14 were killed."
    )
    assert scopes(text)[14] == "incident"
    # a truce that took effect, then an attack on a day in the same sentence
    text = "Two soldiers were killed on Tuesday, hours after the truce took effect on Monday."
    assert scopes(text)[2] == "incident"


# --- "taking the toll to" -------------------------------------------------------------------------


def test_taking_the_toll_to_is_a_running_count() -> None:
    text = (
        "Police shot dead three demonstrators in the capital on Sunday, witnesses said, taking the "
        "death toll from weeks of protests to 112."
    )
    assert scopes(text) == {3: "incident", 112: "cumulative"}
    text = "Troops killed four militants on Monday, taking the number killed since March to 230."
    assert scopes(text) == {4: "incident", 230: "cumulative"}


def test_taking_a_toll_without_a_count_is_no_cue() -> None:
    text = "The bombing killed 11 people on Monday, taking a heavy toll on the market's traders."
    assert scopes(text)[11] == "incident"
    text = "A car bomb killed 23 people, taking the toll of the attack on the mosque to 25 later on."
    assert scopes(text)[23] == "incident"


# --- a quarter of the year ------------------------------------------------------------------------


def test_first_quarter_is_a_period() -> None:
    text = (
        "A roadside bomb killed six people on Monday. The UN said 1,100 civilians were killed in the "
        "first quarter of the year."
    )
    assert scopes(text) == {6: "incident", 1100: "cumulative"}
    text = "Some 430 people were abducted over the past quarter, the monitor said."
    assert scopes(text)[430] == "cumulative"


def test_quarter_of_a_city_or_a_fraction_is_no_period() -> None:
    text = "A shell hit the old quarter of the city, killing seven people."
    assert scopes(text)[7] == "incident"
    text = "Gunmen killed 12 villagers; a quarter of the village's homes were burned."
    assert scopes(text)[12] == "incident"
    text = "A mortar round struck the Christian quarter on Tuesday, wounding 15 people."
    assert scopes(text)[15] == "incident"


# --- a truce ended by a side ----------------------------------------------------------------------


def test_fighting_after_ending_a_truce_is_no_breach() -> None:
    text = "Rebels shelled army positions on Sunday, and troops killed four fighters in the hills."
    assert not breach(text, "Rebels Shell Army After Ending Truce")
    assert not breach(text, "Militants Attack Troops After Scrapping Ceasefire")


def test_attack_after_a_truce_was_agreed_is_still_a_breach() -> None:
    text = "Rebels shelled army positions on Sunday, and troops killed four fighters in the hills."
    assert breach(text, "Rebels Shell Army After Agreeing Truce")
    assert breach("Militants fired rockets at the town two days after agreeing a truce with the army.")
