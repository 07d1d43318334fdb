"""Round 22 news patterns (own sentences): false positives of general news wires. Talks: press
and news conferences, central bank and board meetings, talks no one seeks ("no effort to restart
talks", "ruled out talks"), a past round told with "did not", people arriving at a conference (a
caption), a visit's purpose, an "expected" meeting. Casualties: a person's age between commas
(and an obituary's natural death), zero-padded labels, seized ships, a bare figure before a time
adverb ("wounded 34 overnight"), crime stories told by a shooting's place or a murder trial.
Each fix with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2022, 6, 4)  # a Saturday
CONFLICT = " Rebels and government troops clashed in the north last month."


def talks(text: str, pub: date = PUB) -> list[tuple[str | None, str]]:
    return [(t.date, t.phrase) for t in extract(None, text, pub).talks]


def dates(text: str, pub: date = PUB) -> list[str | None]:
    return [t.date for t in extract(None, text, pub).talks]


def figs(text: str, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(title, text, PUB).casualties]


# --- talks: press conferences -------------------------------------------------------------------


def test_press_and_news_conferences_are_no_talks() -> None:
    assert talks("The finance minister will hold a press conference on Tuesday." + CONFLICT) == []
    assert (
        talks("The spokesman is due to give a news conference at 10 a.m. (0800 GMT) on Monday." + CONFLICT)
        == []
    )
    assert talks("The general will hold a media conference in Kabul on Wednesday." + CONFLICT) == []


def test_a_press_conference_date_is_not_the_talks_date() -> None:
    text = "The mediator will hold a news conference in Nairobi on Monday ahead of peace talks." + CONFLICT
    assert dates(text) == [None]


def test_conferences_that_are_talks_still_count() -> None:
    text = "A peace conference on the war will open in Geneva on Monday, the envoy said." + CONFLICT
    assert dates(text) == ["2022-06-06"]
    assert dates("Talks will resume in Geneva on Monday." + CONFLICT) == ["2022-06-06"]


# --- talks: central bank, board and shareholder meetings ------------------------------------------


def test_central_bank_and_board_meetings_are_no_conflict_talks() -> None:
    assert talks("The Fed's next policy meeting is on June 14 and 15." + CONFLICT) == []
    assert talks("The central bank's board will meet on Thursday to set interest rates." + CONFLICT) == []
    assert (
        talks("The Bank of England will meet on Thursday, with markets braced for a hike." + CONFLICT) == []
    )
    assert talks("The company's annual general meeting is on June 20." + CONFLICT) == []
    assert (
        talks(
            "The ECB is expected to leave rates unchanged at its monetary policy meeting on Thursday."
            + CONFLICT
        )
        == []
    )


def test_conflict_meetings_near_such_words_still_count() -> None:
    text = "The military commission will meet on Thursday to review the ceasefire."
    assert dates(text) == ["2022-06-09"]
    text = "Government and rebel negotiators will meet in Doha on Tuesday, the mediators said."
    assert dates(text) == ["2022-06-07"]


# --- talks: negated, excluded and expected --------------------------------------------------------


def test_talks_no_one_seeks_are_not_scheduled() -> None:
    assert talks("The truce lapsed on Friday with no effort by either side to revive talks." + CONFLICT) == []
    assert talks("The president ruled out talks with the rebels on Monday." + CONFLICT) == []
    assert talks("The army pressed on without negotiations of any kind." + CONFLICT) == []
    assert (
        talks(
            "Officials played down the row ahead of an expected meeting between the two leaders." + CONFLICT
        )
        == []
    )


def test_scheduled_talks_with_such_words_elsewhere_still_count() -> None:
    text = "The two sides will meet in Geneva on Monday in an effort to save the truce."
    assert dates(text) == ["2022-06-06"]
    text = "Talks are expected to resume in Doha on Tuesday, the envoy said." + CONFLICT
    assert dates(text) == ["2022-06-07"]


# --- talks: a past round told with "did not" ------------------------------------------------------


def test_a_weekday_told_with_did_not_is_past() -> None:
    text = "After two days of tough negotiations, the warring parties did not agree on a truce late Friday."
    assert talks(text) == []
    text = "Despite the mediators' efforts, the rebel delegation did not attend the talks on Thursday."
    assert talks(text) == []


def test_met_then_will_meet_still_lists_the_next_meeting() -> None:
    text = "The warring sides met on Friday and will meet again on Monday."
    assert dates(text) == ["2022-06-06"]


# --- talks: arrivals and visits ------------------------------------------------------------------


def test_people_arriving_at_a_meeting_are_a_caption() -> None:
    text = (
        "Released prisoners arriving at a conference in Oslo on Friday, two days after their release."
        + CONFLICT
    )
    assert talks(text) == []
    text = "Delegates leaving the summit venue in Minsk on Thursday." + CONFLICT
    assert talks(text) == []


def test_a_visit_purpose_is_no_scheduled_meeting() -> None:
    text = (
        "The foreign minister, who is visiting Ankara with the army chief to meet their counterparts, "
        "praised the truce." + CONFLICT
    )
    assert talks(text) == []
    text = "The envoy, on a three-day visit to Amman to meet officials, said on Monday the war must end."
    assert talks(text) == []


def test_a_visit_with_a_set_meeting_still_counts() -> None:
    text = "The envoy will travel to Geneva to meet the warring parties on Monday for ceasefire talks."
    assert dates(text) == ["2022-06-06"]


# --- casualties: ages between commas -------------------------------------------------------------


def test_an_age_between_commas_is_no_count() -> None:
    assert figs("", "Maria Lopez, 88, Dies") == []
    assert figs("Pop singer Tom Baker, 67, died on Sunday at his home in London.") == []
    assert figs("Veteran coach Sam Reed, 59, was hurt in a fall at home.") == [(1, "wounded", "unspecified")]
    assert figs("Striker Luis Mora, 27, scored twice as his side won 3-1.") == []


def test_a_person_with_an_age_counts_one() -> None:
    assert figs("Rebel commander Hassan, 31, was killed in the raid, the army said.") == [
        (1, "killed", "rebels")
    ]
    assert figs("A farmer, 52, was wounded when the shell hit the market.") == [(1, "wounded", "civilians")]
    assert figs("Omar, 12, was killed in the air strike on the camp.") == [(1, "killed", "children")]
    text = "Journalist Rami Saad, 34, died in the air strike on the building, colleagues said."
    assert figs(text) == [(1, "killed", "civilians")]


def test_counts_between_commas_after_plural_nouns_still_count() -> None:
    text = "Troops killed 12 militants, 3 of them commanders, in the raid on Monday."
    assert (12, "killed", "rebels") in figs(text)


# --- casualties: zero-padded labels and seized things --------------------------------------------


def test_zero_padded_numbers_are_labels() -> None:
    assert figs("Watch Episode 07 Dead Zone online tonight.") == []
    assert figs("Agent 009 killed in the opening scene of the new film.") == []


def test_seized_ships_are_no_detainees() -> None:
    assert figs("Commandos seized an Iran-flagged tanker off the coast on Sunday.") == []
    assert figs("The navy boarded and seized a Panamanian vessel carrying arms.") == []
    assert figs("Gunmen seized an Iranian in the port city, police said.") == [(1, "detained", "unspecified")]


# --- casualties: a bare figure before a time adverb ----------------------------------------------


def test_a_bare_figure_before_a_time_adverb() -> None:
    text = "Rebel shelling killed four soldiers and wounded 17 overnight, the army said."
    assert (17, "wounded", "government") in figs(text)
    text = "Militants abducted 12 yesterday in a raid on the village, police said."
    assert figs(text) == [(12, "detained", "unspecified")]


# --- casualties: crime stories ---------------------------------------------------------------------


def test_crime_stories_told_by_a_shooting_or_a_trial() -> None:
    assert figs("A teenage gunman killed seven students in the worst campus shooting in years.") == []
    assert figs("A jury found the man guilty of murdering three people at a petrol station.") == []
    assert figs("He is serving a life sentence for the 2001 murders of four people.") == []


def test_political_violence_with_such_words_still_counts() -> None:
    text = "Militants killed seven soldiers in an attack on a checkpoint, in the worst shooting in years."
    assert figs(text) == [(7, "killed", "government")]


# --- review: a sports story's injuries ----------------------------------------------------------------


def test_a_players_injury_in_a_sports_story_is_no_casualty() -> None:
    text = (
        "The Rams placed their starting linebacker on injured reserve. Miller, 27, was injured in the "
        "third quarter and two other players were hurt in practice."
    )
    assert extract("Rams shuffle roster", text, PUB).casualties == ()
    title = "Striker out for a month"
    text = "The Bundesliga side said two of its players were injured in a car crash on Friday."
    assert extract(title, text, PUB).casualties == ()


def test_violence_named_in_a_sports_story_still_counts() -> None:
    text = "A bomb exploded outside the stadium before the Champions League match, killing 12 people."
    assert [(c.count, c.kind) for c in extract(None, text, PUB).casualties] == [(12, "killed")]
    text = "Militants killed four soldiers near the World Cup venue, the army said."
    assert [(c.count, c.kind) for c in extract(None, text, PUB).casualties] == [(4, "killed")]
