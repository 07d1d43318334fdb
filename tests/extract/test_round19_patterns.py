"""Round 19 news patterns (own sentences): talks whose item names no generic conflict word, two
set days without a publication date, rounds told without their noun, commercial truces; each
fix with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2016, 3, 9)  # a Wednesday


def talks(
    text: str, published: date | None = PUB, title: str | None = None
) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(title, text, published).talks if t.status == "scheduled"]


# --- a meeting on a conflict theatre, with no generic conflict word ------------------------------


def test_meeting_on_a_conflict_theatre_is_listed() -> None:
    assert talks("The two foreign ministers will hold talks on Kashmir in Lahore on Friday.") == [
        ("2016-03-11", "Lahore")
    ]
    assert talks("A conference on Darfur will be held in Doha on Sunday, Qatari officials said.") == [
        ("2016-03-13", "Doha")
    ]
    assert talks("Diplomats from 17 countries will meet in Vienna on Monday to discuss Syria.") == [
        ("2016-03-14", "Vienna")
    ]
    assert talks("The Cyprus reunification negotiations will resume in Nicosia on March 21.") == [
        ("2016-03-21", "Nicosia")
    ]


def test_conflict_forum_or_armed_group_by_name_is_listed() -> None:
    assert talks("The leaders will meet in Berlin on Friday for a Normandy-format summit.") == [
        ("2016-03-11", "Berlin")
    ]
    assert talks("Government negotiators will resume talks with the ELN in Quito on Monday.") == [
        ("2016-03-14", "Quito")
    ]
    assert talks("Delegations will meet in Kazakhstan on March 20 to continue the Astana process.") == [
        ("2016-03-20", "Kazakhstan")
    ]


def test_theatre_as_a_place_or_economy_is_not_a_conflict_meeting() -> None:
    assert talks("Finance ministers will meet in Cyprus on Friday to discuss the euro.") == []
    assert talks("OPEC delegates will hold talks on Libya's oil output in Vienna on Monday.") == []
    assert talks("Arab League foreign ministers will meet in Cairo on Sunday for their annual summit.") == []
    assert talks("Turkey will resume its EU accession talks in Brussels on Monday.") == []
    assert talks("Ministers will meet in Rome on Friday to discuss trade with Libya.") == []
    assert talks("The Syria football federation will meet in Damascus on Friday to pick a coach.") == []


# --- two parties to a war named together ----------------------------------------------------------


def test_warring_pair_meeting_is_listed() -> None:
    pub = date(2022, 3, 9)
    assert talks("Russian and Ukrainian negotiators will meet in Minsk on Thursday.", pub) == [
        ("2022-03-10", "Minsk")
    ]
    assert talks("Israeli and Palestinian negotiators will meet in Jerusalem on Sunday.") == [
        ("2016-03-13", "Jerusalem")
    ]
    assert talks("Azerbaijani and Armenian foreign ministers will meet in Prague on Friday.") == [
        ("2016-03-11", "Prague")
    ]


def test_warring_pair_on_another_matter_is_not_listed() -> None:
    pub = date(2022, 3, 9)
    assert talks("Russian and Ukrainian officials will hold gas talks in Brussels on Friday.", pub) == []
    assert talks("Russian and Ukrainian athletes will meet in the tennis final on Sunday.", pub) == []
    # before 2014 their talks were on gas and the fleet, and without a date the era is unknown
    assert talks("Russian and Ukrainian negotiators will meet in Moscow on Friday.", date(2005, 12, 27)) == []
    assert talks("Russian and Ukrainian negotiators will meet in Moscow on Friday.", None) == []
    assert talks("The Russian and French presidents will meet in Paris on Friday.", pub) == []


# --- two set days without a publication date are two meetings --------------------------------------


def test_two_unresolved_days_in_a_sentence_are_two_meetings() -> None:
    text = (
        "Rebel and government envoys will hold peace talks in Oslo on Tuesday, and a plenary session "
        "is scheduled for the 19th, mediators said."
    )
    assert len(talks(text, None)) == 2
    text2 = "Peace talks will open in Oslo on the 4th, and a second session is set for the 9th."
    assert len(talks(text2, None)) == 2


def test_one_meeting_restated_in_another_form_stays_one() -> None:
    text = (
        "The warring sides have arrived in Geneva for peace talks, expected to start on Thursday. "
        "The UN envoy said the peace talks will start on Dec. 6."
    )
    assert len(talks(text, None)) == 1
    assert (
        len(talks("Peace talks will open on Friday. The rebels said peace talks would open on Friday.", None))
        == 1
    )


# --- a round told without its noun --------------------------------------------------------------------


def test_bare_round_set_for_a_day_is_listed() -> None:
    text = "Ceasefire talks ended in Nairobi on Tuesday, and a third round is scheduled for March 28."
    assert talks(text) == [("2016-03-28", "Nairobi")]
    assert talks("The next round will be held on March 30 in Addis Ababa, the rebel envoy said.") == [
        ("2016-03-30", "Addis Ababa")
    ]


def test_bare_round_of_a_vote_or_unset_is_not_listed() -> None:
    assert talks("Amid the war, a second round of the election is scheduled for March 27.") == []
    assert talks("The rebels boycotted the vote, and a second round will be held on March 27.") == []
    assert talks("The army won the first round of fighting, and troops will rest on Sunday.") == []


# --- a truce in a commercial dispute ---------------------------------------------------------------------


def test_truce_in_a_commercial_dispute_frames_no_conflict() -> None:
    text = (
        "The two carmakers agreed a truce in their dispute over patents on Monday, and their lawyers "
        "will meet in Munich on Friday to settle the case."
    )
    assert talks(text) == []
    text2 = (
        "The broadcasters agreed a truce on Tuesday in their bitter row over TV rights, and executives "
        "will meet in London on Friday."
    )
    assert talks(text2) == []


def test_truce_in_an_armed_dispute_still_frames_a_conflict() -> None:
    text = (
        "The two armies agreed a truce in their dispute over the border on Monday, and commanders "
        "will meet in Kargil on Friday."
    )
    assert talks(text) == [("2016-03-11", "Kargil")]


# --- review: headline case, aid conferences, a meeting that has ended --------------------------------


def test_a_headline_capitalises_the_meeting_words() -> None:
    assert talks("", title="India, Pakistan to Hold Talks On Kashmir in Lahore on Friday") == [
        ("2016-03-11", "Lahore")
    ]
    assert talks("", title="Foreign Ministers to Meet in Lahore on Friday") == []


def test_a_conference_on_a_theatres_rebuilding_or_aid_is_no_conflict_meeting() -> None:
    assert talks("A conference on Afghanistan's reconstruction will be held in London on March 31.") == []
    assert talks("Donors will meet in Kuwait on Tuesday to discuss Syria's refugees.") == []
    assert talks("Foreign ministers will meet in Vientiane on Friday to discuss Myanmar.") == []


def test_talks_whose_own_verb_says_they_ended_are_not_upcoming() -> None:
    text = "A new round of peace talks is scheduled for next month, after talks in Geneva ended on Friday."
    assert talks(text) == [(None, "Geneva")]
    assert talks("The rebels said on Monday that peace talks in Geneva ended on Friday.") == []
    # (told with a later session, the meeting goes on: the later date is the meeting's)
    assert talks("Peace talks ended in Doha on Friday and will resume on March 20.") == [
        ("2016-03-20", "Doha")
    ]
