"""Talks places: the venue of a meeting as news names it, and places that are no venue."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

from .helpers import (
    FRI_07_JUN_2024,
    MON_03_JUN_2024,
    MON_10_JAN_2005,
    SAT_01_MAR_2025,
    WED_09_MAR_2005,
    WED_09_MAR_2016,
    listed_talks,
    scheduled_talks,
    talk_places,
)


def test_resume_talks_on_date_in_city() -> None:
    text = "The mediators invited the junta and the rebel coalition to resume talks on March 14 in Nairobi."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-14", "Nairobi")]


def test_delegation_expected_in_city_on_day_for_talks() -> None:
    pub = date(2024, 3, 1)
    text = "A Hamas delegation is expected in Cairo on Sunday for ceasefire talks with the mediators."
    assert listed_talks(text, pub) == [("2024-03-03", "Cairo")]
    text = "An Israeli delegation is due in Cairo on Saturday for talks on a truce in Gaza."
    assert listed_talks(text, pub) == [("2024-03-02", "Cairo")]
    # Awaited, but not for talks; or the talks are past.
    assert (
        listed_talks(
            "A Hamas delegation is expected in Cairo on Sunday, a day after ceasefire talks ended in Doha.",
            pub,
        )
        == []
    )
    assert (
        listed_talks(
            "The envoy is due in Khartoum on Sunday, after the peace talks collapsed last week.", pub
        )
        == []
    )


def test_place_names_with_particles() -> None:
    assert listed_talks("Peace talks will open in Dar es Salaam on Friday.", WED_09_MAR_2005) == [
        ("2005-03-11", "Dar es Salaam")
    ]
    assert listed_talks("Truce talks will open in Sharm el-Sheikh on Friday.", WED_09_MAR_2005) == [
        ("2005-03-11", "Sharm el-Sheikh")
    ]
    # must not fire: English words after the place
    assert listed_talks("Peace talks will open in Abuja on Friday as Rebels arrive.", WED_09_MAR_2005) == [
        ("2005-03-11", "Abuja")
    ]
    assert listed_talks("Peace talks will open in Abuja at Noon.", WED_09_MAR_2005) == [(None, "Abuja")]
    assert listed_talks("Peace talks will open in Abuja an hour later.", WED_09_MAR_2005) == [(None, "Abuja")]


# --- the venue told with its region ---------------------------------------------------------------


def test_venue_with_its_region() -> None:
    text = "Norway's envoy will meet Tamil Tiger leaders in the northern rebel town of Kilinochchi on Friday."
    assert talk_places(text, MON_10_JAN_2005) == ["Kilinochchi"]
    text = "The Israeli and Palestinian leaders will meet at the Red Sea resort of Aqaba on Wednesday."
    assert talk_places(text, MON_10_JAN_2005) == ["Aqaba"]
    text = "Rebels and the government will hold peace talks in the Kenyan capital Nairobi on Monday."
    assert talk_places(text, MON_10_JAN_2005) == ["Nairobi"]


def test_venue_not_a_lowercase_word() -> None:
    text = "Rebels and the government will hold peace talks in the Nigerian capital next week."
    assert talk_places(text, MON_10_JAN_2005) == [None]


# --- "met ... and agreed to meet again": the past words are the earlier meeting's -----------------


def test_review_a_region_is_no_place_and_and_opens_no_party() -> None:
    text = "The envoy will meet rebel leaders on Tuesday to discuss the Middle East peace process."
    assert [t.place for t in extract(None, text, date(2005, 2, 5)).talks] == [None]
    text = (
        "Security chiefs met on Monday, and Sharon and Abbas are due to meet in Sharm el-Sheikh on "
        "Tuesday for peace talks."
    )
    assert [t.parties for t in extract(None, text, date(2005, 2, 5)).talks] == ["Sharon - Abbas"]


# --- a news conference's place --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The government and the rebels will hold a new round of peace talks next week, the minister "
            "told a news conference in Nairobi on Monday.",
            [(None, None)],
        ),
        (
            "Envoys of the warring parties will resume ceasefire talks on Friday, the mediator told "
            "reporters in Doha.",
            [("2024-06-07", None)],
        ),
    ],
)
def test_news_conference_place_is_not_the_venue(text: str, want: list[tuple[str | None, str | None]]) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == want


# --- a meeting told as the time of another --------------------------------------------------------


def test_meeting_told_as_the_time_of_another_takes_no_place_from_it() -> None:
    # The summit is named only as the time of the talks: it is not held where they are.
    text = "Mediators will hold talks with Hamas in Cairo on Tuesday ahead of a summit on the Gaza truce."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-04", "Cairo"), (None, None)]


# --- a place the sides return or go to ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Government and rebel negotiators will return to Addis Ababa for a new round of peace talks "
            "on June 12.",
            [("2024-06-12", "Addis Ababa")],
        ),
        (
            "Both warring parties are to send envoys to Doha for ceasefire talks on Wednesday.",
            [("2024-06-05", "Doha")],
        ),
    ],
)
def test_place_gone_to_for_the_talks(text: str, want: list[tuple[str, str]]) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == want


def test_place_gone_to_for_something_else_is_not_the_venue() -> None:
    text = "The rebel envoy will fly to Paris to see his family before ceasefire talks on Wednesday."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-05", None)]


# --- online venue ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefire talks between the foreign ministers of Armenia and Azerbaijan resume"
        " by video conference on Monday.",
        "The joint ceasefire commission will meet via video link on Monday to discuss the truce,"
        " a spokesman said.",
    ],
)
def test_video_conference_venue(text: str) -> None:
    assert scheduled_talks(text, FRI_07_JUN_2024) == [("2024-06-10", "video conference")]


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks between the government and the rebels will resume in Doha on Monday to end the war.",
        "The ceasefire commission will meet in Doha on Monday, after a video call last week.",
    ],
)
def test_city_venue_not_video(text: str) -> None:
    assert scheduled_talks(text, FRI_07_JUN_2024) == [("2024-06-10", "Doha")]


# --- hyphenated conflict name in a title ----------------------------------------------------------


def test_hyphenated_name_is_no_venue() -> None:
    found = scheduled_talks(
        "The foreign ministers will meet on Monday for ceasefire talks, a spokesperson said.",
        FRI_07_JUN_2024,
        title="Nagorno-Karabakh talks",
    )
    assert found == [("2024-06-10", None)]


def test_single_name_title_still_venue() -> None:
    found = scheduled_talks(
        "The foreign ministers will meet on Monday for ceasefire talks, a spokesperson said.",
        FRI_07_JUN_2024,
        title="Ministers to hold Geneva talks",
    )
    assert found == [("2024-06-10", "Geneva")]


def test_places_named_with_the() -> None:
    text = "Peace talks between the two sides will open in The Hague on Friday."
    assert listed_talks(text, WED_09_MAR_2005) == [("2005-03-11", "The Hague")]
    # (a name that only starts like one is no venue)
    text = "Peace talks will resume in The Hague Convention framework on Friday."
    assert listed_talks(text, WED_09_MAR_2005) == [("2005-03-11", None)]


def test_the_venue_told_after_the_meeting_and_a_second_meeting_elsewhere() -> None:
    text = (
        "The UN Support Mission in Libya has announced that a new round of dialogue between Libya's "
        "rival factions will be held in Geneva next week."
    )
    assert listed_talks(text, None) == [(None, "Geneva")]
    pub = date(2018, 5, 9)
    text = (
        "The forum will resume in Addis Ababa on the 17th of this month, the ministry said. He said "
        "the government and the rebels will also hold a meeting of the ceasefire commission in Juba "
        "next week."
    )
    assert listed_talks(text, pub) == [("2018-05-17", "Addis Ababa"), (None, "Juba")]
    pub = date(2024, 2, 25)
    text = (
        "Negotiators will meet in Doha on Monday to continue talks on a truce in Gaza. The Doha "
        "meeting will be followed by a round in Cairo later this week, the source said."
    )
    assert listed_talks(text, pub) == [("2024-02-26", "Doha"), (None, "Cairo")]


def test_video_format_is_how_a_meeting_is_held() -> None:
    pub = date(2021, 1, 13)
    text = (
        "The Trilateral Contact Group on the settlement of the situation in Donbas held a meeting in "
        "video conference format on Wednesday, the delegation said. The next meeting in video format "
        "is scheduled for 26 January, the delegation said of the ceasefire."
    )
    assert listed_talks(text, pub) == [("2021-01-26", "video conference")]
    text = "Peace talks between the government and the rebels will resume by video conference on Friday."
    assert listed_talks(text, pub) == [("2021-01-15", "video conference")]


def test_a_city_named_before_a_peace_process_is_its_place() -> None:
    text = "The truce holds. Delegates will attend the next round of the Nairobi peace process on March 14."
    assert listed_talks(text, WED_09_MAR_2016) == [("2016-03-14", "Nairobi")]
    text = "The truce holds. Delegates will attend the next round of the Somali peace process on March 14."
    assert listed_talks(text, WED_09_MAR_2016) == [("2016-03-14", None)]


def test_two_meetings_in_two_places_at_two_times_are_two_entries() -> None:
    text = (
        "The mediator will meet the rebel leader in the northern town of Kilinochchi on Saturday, the "
        "embassy said. Government and rebel officials are due to meet in Oslo next week to discuss "
        "strengthening the ceasefire."
    )
    assert listed_talks(text, None) == [(None, "Kilinochchi"), (None, "Oslo")]


def test_a_forum_convened_is_one_meeting_with_its_time() -> None:
    text = (
        "The fourth round of talks between the two military delegations will begin at the Palais des "
        "Nations in Geneva on Monday, the mission said of the truce. Separately, the UN will convene the "
        "Political Dialogue "
        "Forum in Tunis in early April."
    )
    assert listed_talks(text, WED_09_MAR_2016) == [("2016-03-14", "Geneva"), (None, "Tunis")]


def test_a_host_of_a_sides_feuding_leaders_holds_a_meeting() -> None:
    text = (
        "The president will host Ivory Coast's feuding government and rebel leaders in Pretoria "
        "tomorrow in a bid to revive the stalled peace process, his spokesman said."
    )
    assert listed_talks(text, WED_09_MAR_2016) == [("2016-03-10", "Pretoria")]


def test_the_venue_after_a_place_the_meeting_is_about() -> None:
    text = (
        "A meeting of the joint working group on the situation in Idlib will take place in Ankara "
        "tomorrow, a source said of the ceasefire."
    )
    assert listed_talks(text, date(2019, 11, 20)) == [("2019-11-21", "Ankara")]


def test_a_host_of_two_leaders_named() -> None:
    text = (
        "The truce is fragile. President Mbeki will host Ivory Coast's President Laurent Gbagbo and "
        "rebel leader Guillaume Soro in Pretoria on Sunday."
    )
    assert listed_talks(text, date(2004, 12, 29)) == [("2005-01-02", "Pretoria")]


def test_a_venue_named_otherwise_than_in_the_text_ends_the_search() -> None:
    # (the venue search once looped here: "video conference" is not a substring of the text)
    text = (
        "KYIV - Russian and Ukrainian negotiators will hold a new round of talks by video link on "
        "Monday, a presidential adviser said on Sunday, as shelling continued around Kyiv."
    )
    assert listed_talks(text, date(2022, 3, 13)) == [("2022-03-14", "video conference")]


def test_a_conflicts_name_before_talks_is_no_venue() -> None:
    text = (
        "The truce holds. Kazakhstan will host a third round of Syria talks sponsored by Russia, Turkey and "
        "Iran on 14-15 March."
    )
    assert listed_talks(text, date(2017, 3, 6)) == [("2017-03-14", None)]
    text = "The truce holds. The Cyprus talks will resume in Nicosia on Monday."
    assert listed_talks(text, date(2017, 3, 6)) == [("2017-03-06", "Nicosia")]


def test_the_security_councils_vote_on_a_resolution() -> None:
    text = (
        "The war goes on. The U.N. Security Council will vote Friday on a U.S.-drafted resolution calling "
        "for an immediate ceasefire in Gaza, diplomats said Thursday."
    )
    assert listed_talks(text, date(2024, 3, 21)) == [("2024-03-22", "UN Security Council")]
    text = (
        "Shelling killed 46 civilians despite calls for a truce. The UN Security Council postponed to "
        "Friday a vote on a draft resolution demanding a 30-day ceasefire."
    )
    assert listed_talks(text, date(2018, 2, 22)) == [("2018-02-23", "UN Security Council")]
    text = "The war goes on. Lawmakers will vote Friday on a resolution backing the army."
    assert listed_talks(text, date(2024, 3, 21)) == []


def test_two_meetings_on_one_day_in_two_cities() -> None:
    text = (
        "The war goes on. Russia will send a delegation to direct peace talks with Ukraine in Istanbul on "
        "Thursday, the Kremlin said. Zelensky is due to hold talks with Turkish President Tayyip Erdogan "
        "in Ankara on Thursday."
    )
    assert listed_talks(text, date(2025, 5, 14)) == [("2025-05-15", "Istanbul"), ("2025-05-15", "Ankara")]
    text = (
        "The war goes on. Delegations are set to hold direct peace talks in Istanbul on Thursday. The "
        "president said he would fly to Ankara, where he is due to meet President Tayyip Erdogan on Thursday."
    )
    assert listed_talks(text, date(2025, 5, 14)) == [("2025-05-15", "Istanbul"), ("2025-05-15", "Ankara")]
    # (one meeting, its venue restated: one entry)
    text = (
        "The truce holds. The talks will open in Geneva on Monday. Delegates will gather at the Palais des "
        "Nations on Monday for the talks."
    )
    assert [d for d, _ in listed_talks(text, date(2025, 5, 14))] == ["2025-05-19"]
