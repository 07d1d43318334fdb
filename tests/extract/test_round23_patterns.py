"""Round 23 news patterns (own sentences): negatives of politics, labour, business, health and
crime news, and historical tolls. Talks: a parliamentary opposition (also in a headline), a
takeover or legal "war" and a "war on" an illness, OPEC oil ministers, court-ordered mediation,
coalition building, a labour truce "over a new contract" or with "industrial action".
Casualties: two demonyms joined ("Tutsis and Hutus"), "the massacre of N", a prison term is no
period, disease killers (cancer, pandemic), gang crime. Each fix with the sentences it must not
fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2021, 10, 6)  # a Wednesday


def talks(text: str, title: str | None = None, pub: date = PUB) -> list[str | None]:
    return [t.date for t in extract(title, text, pub).talks]


def figs(text: str, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(title, text, PUB).casualties]


def scopes(text: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]


# --- talks: a parliament's opposition -----------------------------------------------------------


def test_parliamentary_opposition_is_no_conflict() -> None:
    text = "Germany's main opposition Christian Democrats party will meet on Monday to choose a leader."
    assert talks(text) == []
    assert talks("Opposition lawmakers will meet on Friday to plan a no-confidence vote.") == []
    text = "The opposition Labour Party will meet in Brighton on Sunday."
    assert talks(text, "Opposition to pick leader") == []


def test_armed_opposition_still_frames_talks() -> None:
    assert talks("The Syrian opposition will meet government envoys in Geneva on Monday.") == ["2021-10-11"]
    assert talks("Opposition fighters and the army will meet on Friday.") == ["2021-10-08"]
    text = "Officials will meet in Vienna on Monday."
    assert talks(text, "Syria opposition to attend talks") == ["2021-10-11"]


# --- talks: figurative wars ---------------------------------------------------------------------


def test_takeover_legal_and_illness_wars_are_no_conflict() -> None:
    assert talks("The two brewers will meet on Friday to end a bruising takeover war.") == []
    assert talks("Samsung and Apple will meet on Monday, a year into their legal war over designs.") == []
    assert talks("Doctors will meet in Boston on Friday, 50 years after the war on cancer began.") == []


def test_real_wars_still_frame_talks() -> None:
    assert talks("The two sides will meet on Friday to end a bruising civil war.") == ["2021-10-08"]
    assert talks("Envoys will meet on Monday to end the war on the border.") == ["2021-10-11"]


# --- talks: business, lawsuits, coalition building, labour --------------------------------------


def test_opec_oil_ministers_and_court_mediation_are_no_talks() -> None:
    text = "OPEC oil ministers will meet in Vienna on Monday, while insurgents keep attacking pipelines."
    assert talks(text) == []
    assert talks("The rival carmakers will meet for court-ordered mediation in Seattle on Friday.") == []
    assert talks("Rebel and army envoys will meet in Nairobi on Friday for mediation.") == ["2021-10-08"]


def test_coalition_building_is_no_conflict_meeting() -> None:
    text = (
        "The party leaders will meet on Friday, days before his mandate to form a government runs out. "
        "He served as army chief during the war."
    )
    assert talks(text) == []
    text = "The generals will meet on Monday for coalition talks after the vote. The war goes on."
    assert talks(text) == []
    text = "The Saudi-led coalition and the Houthis will meet in Muscat on Friday for peace talks."
    assert talks(text) == ["2021-10-08"]


def test_labour_truce_is_no_ceasefire() -> None:
    text = (
        "Nurses and the hospital board agreed a truce in their bitter dispute over a new contract and will "
        "resume talks on Friday. The union said the truce would hold, but warned of industrial action."
    )
    assert talks(text) == []
    text = "The rebels agreed a truce and will resume talks on Friday in Addis Ababa."
    assert talks(text) == ["2021-10-08"]


# --- casualties ---------------------------------------------------------------------------------


def test_two_demonyms_joined_are_one_figure() -> None:
    assert figs("In 1994, about 500,000 Tutsis and Hutus were killed.") == [(500000, "killed", "unspecified")]
    assert figs("Some 300 Kurds and moderate Arabs were killed.") == [(300, "killed", "unspecified")]
    # two figures stay two
    assert figs("Ten Iraqis and two Americans were killed.") == [
        (10, "killed", "unspecified"),
        (2, "killed", "unspecified"),
    ]


def test_massacre_of_people() -> None:
    assert figs("The court ruled on the massacre of 250 villagers in 1982.") == [(250, "killed", "civilians")]
    assert figs("The massacre of 1982 is still remembered.") == []
    assert figs("The massacre of two cows upset the farmers.") == []


def test_prison_term_is_no_period() -> None:
    text = "He was sentenced to 12 years in prison for the 1992 massacre of 40 villagers."
    assert scopes(text) == [(40, "incident")]
    text = "A 20-year prison term was imposed for the attack that killed 9 soldiers."
    assert scopes(text) == [(9, "incident")]
    assert scopes("Clashes over the past two years killed 40 villagers.") == [(40, "cumulative")]


def test_disease_deaths_are_no_casualties() -> None:
    assert figs("Cancer will kill about 9,000 people in the region this year, doctors said.") == []
    text = "The pandemic has killed 300 people, 40 years after the government declared war on the disease."
    assert figs(text) == []
    assert figs("The war has killed 300 people, doctors said.") == [(300, "killed", "unspecified")]


def test_gang_crime_is_no_conflict() -> None:
    text = "Two men were shot dead in Oslo on Friday in what police called a feud of rival criminal gangs."
    assert figs(text) == []
    assert figs("Four people were killed in gang-related shootings in Toronto.") == []
    text = "Two soldiers were shot dead by militants in a feud between rival gangs, the army said."
    assert figs(text) == [(2, "killed", "government")]
