"""Talks parties and the conflict frame: meetings of warring sides, their leaders, hosts and
mediators, and the theatres and borders that make a meeting a conflict one."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

from .helpers import (
    FRI_07_JUN_2024,
    MON_03_JUN_2024,
    MON_10_JAN_2005,
    SAT_01_MAR_2025,
    WED_09_MAR_2011,
    WED_09_MAR_2016,
    WED_16_MAY_2007,
    listed_talks,
    scheduled_talks,
    talk_dates,
)


def test_un_convened_talks_count_as_conflict_talks() -> None:
    assert listed_talks("UN fixes a new date for Maravia talks: 12 July in Vienna", SAT_01_MAR_2025) == [
        ("2025-07-12", "Vienna")
    ]


def test_shelling_is_a_conflict_frame() -> None:
    text = (
        "Ukraine said Russian forces had shelled the facility. Ukrainian and U.S. officials are due to "
        "meet in Saudi Arabia on Sunday, with a Russian-U.S. meeting on Monday."
    )
    assert listed_talks(text, date(2025, 3, 22)) == [
        ("2025-03-23", "Saudi Arabia"),
        ("2025-03-24", "Saudi Arabia"),
    ]


def test_a_mediator_will_bring_the_sides_together_for_talks() -> None:
    # (with no publication date, the future comes from "will bring", far before the meeting)
    assert listed_talks(
        "Nigeria's former president Olusegun Obasanjo will bring Congo's President Joseph Kabila and the "
        "rebel general Laurent Nkunda together for talks on Saturday, his office said.",
        None,
    ) == [(None, None)]
    assert listed_talks(
        "The African Union envoy plans to bring the leaders of the government and of the two main rebel "
        "movements together for a peace conference in Arusha next week.",
        None,
    ) == [(None, "Arusha")]
    # must not fire: sides brought together before, or a gathering about something else
    assert (
        listed_talks(
            "Nigeria's former president Olusegun Obasanjo brought Congo's President Joseph Kabila and the "
            "rebel general Laurent Nkunda together for talks on Saturday, his office said.",
            None,
        )
        == []
    )
    assert (
        listed_talks(
            "The summit will bring together leaders from 30 "
            "countries and the heads of the World Bank and the "
            "IMF for talks on trade in Paris.",
            None,
        )
        == []
    )
    assert (
        listed_talks(
            "Elders who brought the clans together for peace talks on Monday said the truce held.",
            WED_16_MAY_2007,
        )
        == []
    )


def test_delegation_sent_for_talks() -> None:
    text = (
        "The rebels said they would send a delegation to Doha on Wednesday for talks with Qatari mediators."
    )
    assert [d for d, _ in scheduled_talks(text, MON_03_JUN_2024)] == ["2024-06-05"]


def test_two_cypriot_communities_meet_on_their_conflict() -> None:
    assert scheduled_talks(
        "Greek Cypriot and Turkish Cypriot leaders will meet in Nicosia on Friday.", MON_03_JUN_2024
    ) == [("2024-06-07", "Nicosia")]


def test_cypriot_business_talks_not_listed() -> None:
    assert (
        scheduled_talks(
            "Greek and Turkish Cypriot business leaders will meet in Nicosia on Friday to discuss trade.",
            MON_03_JUN_2024,
        )
        == []
    )


# --- a frozen conflict named by its region: "the breakaway region", "the disputed enclave" --------


def test_breakaway_or_disputed_region_is_a_conflict_frame() -> None:
    assert scheduled_talks(
        "Officials of Moldova and its breakaway region will meet in Vienna on Friday.", WED_09_MAR_2011
    ) == [("2011-03-11", "Vienna")]
    assert (
        scheduled_talks(
            "The two foreign ministers will meet on Friday to discuss the disputed enclave.", WED_09_MAR_2011
        )
        != []
    )


def test_disputed_without_a_region_is_no_conflict_frame() -> None:
    assert (
        scheduled_talks(
            "The two parties will meet on Friday to discuss the disputed election results.", WED_09_MAR_2011
        )
        == []
    )
    assert (
        scheduled_talks("The companies will meet on Friday to settle the disputed contract.", WED_09_MAR_2011)
        == []
    )
    assert (
        scheduled_talks("The breakaway party faction will hold a meeting on Friday.", WED_09_MAR_2011) == []
    )


# --- a meeting on a conflict theatre, with no generic conflict word -------------------------------


def test_meeting_on_a_conflict_theatre_is_listed() -> None:
    assert scheduled_talks(
        "The two foreign ministers will hold talks on Kashmir in Lahore on Friday.", WED_09_MAR_2016
    ) == [("2016-03-11", "Lahore")]
    assert scheduled_talks(
        "A conference on Darfur will be held in Doha on Sunday, Qatari officials said.", WED_09_MAR_2016
    ) == [("2016-03-13", "Doha")]
    assert scheduled_talks(
        "Diplomats from 17 countries will meet in Vienna on Monday to discuss Syria.", WED_09_MAR_2016
    ) == [("2016-03-14", "Vienna")]
    assert scheduled_talks(
        "The Cyprus reunification negotiations will resume in Nicosia on March 21.", WED_09_MAR_2016
    ) == [("2016-03-21", "Nicosia")]


def test_conflict_forum_or_armed_group_by_name_is_listed() -> None:
    assert scheduled_talks(
        "The leaders will meet in Berlin on Friday for a Normandy-format summit.", WED_09_MAR_2016
    ) == [("2016-03-11", "Berlin")]
    assert scheduled_talks(
        "Government negotiators will resume talks with the ELN in Quito on Monday.", WED_09_MAR_2016
    ) == [("2016-03-14", "Quito")]
    assert scheduled_talks(
        "Delegations will meet in Kazakhstan on March 20 to continue the Astana process.", WED_09_MAR_2016
    ) == [("2016-03-20", "Kazakhstan")]


def test_theatre_as_a_place_or_economy_is_not_a_conflict_meeting() -> None:
    assert (
        scheduled_talks(
            "Finance ministers will meet in Cyprus on Friday to discuss the euro.", WED_09_MAR_2016
        )
        == []
    )
    assert (
        scheduled_talks(
            "OPEC delegates will hold talks on Libya's oil output in Vienna on Monday.", WED_09_MAR_2016
        )
        == []
    )
    assert (
        scheduled_talks(
            "Arab League foreign ministers will meet in Cairo on Sunday for their annual summit.",
            WED_09_MAR_2016,
        )
        == []
    )
    assert (
        scheduled_talks("Turkey will resume its EU accession talks in Brussels on Monday.", WED_09_MAR_2016)
        == []
    )
    assert (
        scheduled_talks("Ministers will meet in Rome on Friday to discuss trade with Libya.", WED_09_MAR_2016)
        == []
    )
    assert (
        scheduled_talks(
            "The Syria football federation will meet in Damascus on Friday to pick a coach.", WED_09_MAR_2016
        )
        == []
    )


# --- two parties to a war named together ----------------------------------------------------------


def test_warring_pair_meeting_is_listed() -> None:
    pub = date(2022, 3, 9)
    assert scheduled_talks("Russian and Ukrainian negotiators will meet in Minsk on Thursday.", pub) == [
        ("2022-03-10", "Minsk")
    ]
    assert scheduled_talks(
        "Israeli and Palestinian negotiators will meet in Jerusalem on Sunday.", WED_09_MAR_2016
    ) == [("2016-03-13", "Jerusalem")]
    assert scheduled_talks(
        "Azerbaijani and Armenian foreign ministers will meet in Prague on Friday.", WED_09_MAR_2016
    ) == [("2016-03-11", "Prague")]


def test_warring_pair_on_another_matter_is_not_listed() -> None:
    pub = date(2022, 3, 9)
    assert (
        scheduled_talks("Russian and Ukrainian officials will hold gas talks in Brussels on Friday.", pub)
        == []
    )
    assert (
        scheduled_talks("Russian and Ukrainian athletes will meet in the tennis final on Sunday.", pub) == []
    )
    # before 2014 their talks were on gas and the fleet, and without a date the era is unknown
    assert (
        scheduled_talks(
            "Russian and Ukrainian negotiators will meet in Moscow on Friday.", date(2005, 12, 27)
        )
        == []
    )
    assert scheduled_talks("Russian and Ukrainian negotiators will meet in Moscow on Friday.", None) == []
    assert scheduled_talks("The Russian and French presidents will meet in Paris on Friday.", pub) == []


# --- warring sides' leaders named by nationality and office ---------------------------------------


def test_leaders_of_warring_sides_frame_a_meeting() -> None:
    text = (
        "Israeli Foreign Minister Silvan Shalom and Palestinian Prime Minister Ahmed Qurie will meet "
        "in Jerusalem on Wednesday, aides said."
    )
    assert talk_dates(text, MON_10_JAN_2005) == ["2005-01-12"]
    text = "Israeli Vice Premier Shimon Peres will meet Palestinian negotiator Saeb Erekat on Thursday."
    assert talk_dates(text, MON_10_JAN_2005) == ["2005-01-13"]
    text = "Palestinian leader Mahmoud Abbas is due to meet Israel's Prime Minister Ariel Sharon next week."
    assert talk_dates(text, MON_10_JAN_2005) == [None]


def test_leaders_not_in_another_matter_or_without_meeting() -> None:
    # their economy, not the conflict
    text = (
        "Israeli Finance Minister Benjamin Netanyahu will meet Palestinian Finance Minister Salam Fayyad "
        "on Wednesday to discuss trade and the economy."
    )
    assert talk_dates(text, MON_10_JAN_2005) == []
    # no meeting told
    text = "Israeli Prime Minister Ariel Sharon praised Palestinian President Mahmoud Abbas on Sunday."
    assert talk_dates(text, MON_10_JAN_2005) == []
    # only one side named
    text = "Israeli Prime Minister Ariel Sharon will meet U.S. Senator John McCain on Wednesday."
    assert talk_dates(text, MON_10_JAN_2005) == []


# --- a disputed border ----------------------------------------------------------------------------


def test_disputed_border_frames_a_meeting() -> None:
    text = "Officials of the two countries will meet in Kigali on Friday to discuss their disputed border."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-07", "Kigali")]


def test_a_border_alone_frames_nothing() -> None:
    text = "Customs officials of the two countries will meet in Kigali on Friday to discuss border fees."
    assert scheduled_talks(text, MON_03_JUN_2024) == []


# --- a host with the rival parliaments ------------------------------------------------------------


def test_host_rival_parliaments_is_a_meeting() -> None:
    assert scheduled_talks(
        "The UN envoy will host the rival parliaments in Tunis on June 10 to end the war.", MON_03_JUN_2024
    ) == [("2024-06-10", "Tunis")]


def test_host_a_parliament_delegation_is_no_meeting() -> None:
    assert (
        scheduled_talks("The city will host a parliament delegation in Tunis on June 10.", MON_03_JUN_2024)
        == []
    )


# --- a determiner is no side ----------------------------------------------------------------------


def test_determiner_is_no_side() -> None:
    text = "Peace talks between the government and the last rebel group resume in Arusha on Monday."
    talks = extract(None, text, FRI_07_JUN_2024).talks
    assert [(t.date, t.place) for t in talks] == [("2024-06-10", "Arusha")]
    assert talks[0].parties is None or not talks[0].parties.endswith(" - the")


def test_two_named_sides_kept() -> None:
    text = "Peace talks between the government and the Maoist rebels resume in Arusha on Monday."
    talks = extract(None, text, FRI_07_JUN_2024).talks
    assert [(t.date, t.place, t.parties) for t in talks] == [
        ("2024-06-10", "Arusha", "government - Maoist rebels")
    ]
