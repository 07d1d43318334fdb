"""Talks status: an upcoming meeting versus one past, under way, postponed, cancelled, suspended,
only hoped for or sought."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

from .helpers import (
    CONFLICT,
    MON_02_MAY_2016,
    MON_03_JUN_2024,
    MON_08_NOV_2004,
    MON_10_JAN_2005,
    MON_10_JUN_2019,
    SAT_01_MAR_2025,
    SAT_04_JUN_2022,
    THU_12_SEP_2024,
    WED_09_MAR_2005,
    WED_09_MAR_2011,
    WED_09_MAR_2016,
    WED_16_MAY_2007,
    all_talks,
    listed_talks,
    scheduled_talks,
    talk_dates,
    talk_dates_and_phrases,
    talk_phrases,
)


def test_postponement_in_another_clause_does_not_cancel() -> None:
    text = (
        "The envoy asked both warring parties to resume negotiations on June 9 in Addis Ababa, "
        "after a round planned for June 2 was postponed."
    )
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-06-09", "Addis Ababa")]


def test_postponed_meeting_drops_its_old_date() -> None:
    text = "The ceasefire talks set for May 5 in Oslo have been postponed, the mediator said."
    facts = extract(None, text, SAT_01_MAR_2025)
    assert listed_talks(text, SAT_01_MAR_2025) == []
    assert [(t.status, t.date) for t in facts.talks] == [("postponed", None)]


def test_postponed_until_a_new_date_keeps_the_new_date() -> None:
    text = "The truce talks in Lome were postponed until May 20 at the request of the rebels."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-05-20", "Lome")]


def test_postponed_until_a_new_date_replaces_the_nearer_old_date() -> None:
    text = "The peace talks with the rebels, scheduled for Monday, were postponed until March 17."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-17", None)]
    text = "The truce talks, scheduled for Monday, were postponed until further notice."
    assert listed_talks(text, SAT_01_MAR_2025) == []


def test_hopes_to_hold_talks_is_not_scheduled() -> None:
    text = "The envoy hopes to bring the warring sides together for peace talks in the coming weeks."
    assert listed_talks(text, SAT_01_MAR_2025) == []


def test_body_that_has_yet_to_convene_is_not_scheduled() -> None:
    text = "A U.S.-led mechanism set up to monitor the ceasefire has yet to convene, officials said."
    assert listed_talks(text, SAT_01_MAR_2025) == []
    text = "The ceasefire commission, which has yet to agree an agenda, will convene in Naqoura on Monday."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-03", "Naqoura")]


def test_talks_proposed_on_a_weekday_are_not_dated_by_it() -> None:
    text = (
        "The delegations are due to hold peace talks in Istanbul on Thursday. Putin proposed the talks "
        "on Sunday, days after Kyiv demanded a ceasefire."
    )
    assert listed_talks(text, date(2025, 5, 14)) == [("2025-05-15", "Istanbul")]
    text = "Qatar proposed a meeting of the warring sides on Friday."
    assert listed_talks(text, SAT_01_MAR_2025) == []
    text = "The proposed peace talks will be held in Doha on Friday, the mediators said."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-07", "Doha")]


def test_talks_ended_and_will_resume_elsewhere() -> None:
    pub = date(2024, 8, 16)
    text = (
        "Two days of talks on a Gaza ceasefire ended in Doha on Friday and will resume in Cairo "
        "next week, the United States, Qatar and Egypt said."
    )
    assert listed_talks(text, pub) == [(None, "Cairo")]
    text = "Peace talks ended on Friday and will resume on August 20 in Geneva, the UN envoy said."
    assert listed_talks(text, pub) == [("2024-08-20", "Geneva")]
    text = "The talks ended in Doha on Friday and the delegations returned home to consult on the truce."
    assert listed_talks(text, pub) == []


def test_pressing_the_sides_to_return_to_talks_is_no_meeting() -> None:
    text = "Qatar and Egypt are pressing Israel and Hamas to return to negotiations on a Gaza ceasefire."
    assert listed_talks(text, SAT_01_MAR_2025) == []
    text = "Mediators keep pressing for a truce, and peace talks will resume in Doha on Thursday."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-06", "Doha")]
    text = "Egypt is pressing ahead with plans to hold ceasefire talks in Cairo on Thursday."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-06", "Cairo")]


def test_hyphenated_delayed_is_an_adjective_not_a_postponement() -> None:
    text = "The long-delayed peace talks between the army and the rebels will open in Juba on Monday."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-03", "Juba")]
    # must not fire: a postponement
    assert (
        listed_talks("The ceasefire talks set for Monday in Juba have been delayed.", SAT_01_MAR_2025) == []
    )


def test_a_side_that_left_the_talks_is_no_upcoming_meeting() -> None:
    assert (
        listed_talks("The rebels had withdrawn from the peace talks in Arusha on Monday.", THU_12_SEP_2024)
        == []
    )
    assert (
        listed_talks("The army pulled out of the ceasefire talks in Jeddah on Friday.", THU_12_SEP_2024) == []
    )
    assert (
        listed_talks(
            "The mediators have not announced any plans to reconvene the truce talks.", THU_12_SEP_2024
        )
        == []
    )
    # not: a threat to leave talks still set, a withdrawal of troops, a date set
    assert listed_talks(
        "The rebels threatened to pull out of the peace talks scheduled for Monday in Arusha.",
        THU_12_SEP_2024,
    ) == [("2024-09-16", "Arusha")]
    assert listed_talks(
        "Army and rebel delegates will meet in Arusha on Monday after troops withdrew from the town.",
        THU_12_SEP_2024,
    ) == [("2024-09-16", "Arusha")]
    assert listed_talks(
        "Rebel envoys, who quit an earlier round, will attend peace talks in Arusha on Saturday.",
        THU_12_SEP_2024,
    ) == [("2024-09-14", "Arusha")]


def test_past_words_of_a_meetings_purpose() -> None:
    """Without a publication date (as AG News items) a weekday cannot outweigh a past word."""
    text = (
        "Government and rebel envoys will meet in Arusha on Friday in a bid to revive stalled peace efforts."
    )
    assert listed_talks(text, None) == [(None, "Arusha")]
    text = (
        "Mediators will host the two sides in Libreville on Friday for talks aimed at ending a failed truce."
    )
    assert listed_talks(text, None) == [(None, "Libreville")]
    assert listed_talks(
        "Rival militia leaders will meet tomorrow in Mogadishu to try to end a deadlock.", None
    ) == [(None, "Mogadishu")]
    # must not fire: past words of the meeting itself
    text = "Government and rebel envoys met in Arusha on Friday in a bid to revive the truce."
    assert listed_talks(text, None) == []
    assert listed_talks("The truce talks in Arusha stalled on Friday, aimed at ending the war.", None) == []
    assert listed_talks("The peace talks that collapsed in Arusha were aimed at ending the war.", None) == []


def test_a_side_that_will_not_return_to_talks() -> None:
    assert (
        listed_talks(
            "The army says it will not return to the peace talks in Arusha until the rebels disarm.",
            WED_16_MAY_2007,
        )
        == []
    )
    assert (
        listed_talks(
            "The rebels said they will not return to the negotiations in Juba unless the army pulls back.",
            WED_16_MAY_2007,
        )
        == []
    )
    assert (
        listed_talks(
            "The government will not go back to the talks in Abuja next week, a minister said.",
            WED_16_MAY_2007,
        )
        == []
    )
    # must not fire: a side that will return, or a "not" of another clause
    assert listed_talks(
        "The rebels will return to peace talks in Juba on Friday, mediators said.", WED_16_MAY_2007
    ) == [("2007-05-18", "Juba")]
    assert listed_talks(
        "The rebels said they would return to the Juba peace talks on Monday.", WED_16_MAY_2007
    ) == [("2007-05-21", "Juba")]
    assert listed_talks(
        "The army, which has not fought since March, will return to the talks in Arusha on Friday.",
        WED_16_MAY_2007,
    ) == [("2007-05-18", "Arusha")]


def test_talks_a_truce_may_open_the_way_to_are_no_meeting() -> None:
    assert (
        listed_talks(
            "The truce, which the mediators hope will pave the way for peace negotiations, "
            "took effect on Tuesday.",
            MON_02_MAY_2016,
        )
        == []
    )
    assert (
        listed_talks(
            "Rebels shelled the town on Saturday, testing a truce the envoy hopes will open the way "
            "to talks.",
            MON_02_MAY_2016,
        )
        == []
    )
    assert (
        listed_talks(
            "The ceasefire could clear the way for a summit between the two presidents, diplomats said.",
            MON_02_MAY_2016,
        )
        == []
    )


def test_a_meeting_with_its_own_schedule_after_the_way_for_is_kept() -> None:
    assert listed_talks(
        "The truce is meant to pave the way for peace talks in Geneva, due to open on May 10.",
        MON_02_MAY_2016,
    ) == [("2016-05-10", "Geneva")]
    assert listed_talks(
        "A ceasefire would clear the way for talks that are scheduled to begin in Doha on Monday.",
        MON_02_MAY_2016,
    ) == [("2016-05-02", "Doha")]
    assert listed_talks(
        "Army and rebel envoys will meet on Friday to prepare the ground for a peace summit.", MON_02_MAY_2016
    ) == [("2016-05-06", None)]


def test_round_continuing_for_another_day_is_under_way() -> None:
    assert (
        scheduled_talks(
            "Peace talks between the army and the rebels continued for a second day in Arusha on Wednesday.",
            WED_09_MAR_2011,
        )
        == []
    )
    assert (
        scheduled_talks(
            "Ceasefire negotiations in Doha entered their third week on Wednesday with no sign of a deal.",
            WED_09_MAR_2011,
        )
        == []
    )
    assert (
        scheduled_talks(
            "The UN-led talks on the truce went into a fourth day in Nairobi on Wednesday.", WED_09_MAR_2011
        )
        == []
    )


def test_future_rounds_are_still_listed() -> None:
    assert scheduled_talks(
        "Peace talks between the army and the rebels will continue in Arusha on Friday.", WED_09_MAR_2011
    ) == [("2011-03-11", "Arusha")]
    assert scheduled_talks(
        "The rebels said fighting continued for a third day, but ceasefire talks will open in Doha "
        "on Friday.",
        WED_09_MAR_2011,
    ) == [("2011-03-11", "Doha")]
    assert (
        scheduled_talks(
            "Ceasefire negotiations in Doha will enter a new phase on Friday, the UN envoy said.",
            WED_09_MAR_2011,
        )
        != []
    )


def test_a_weekday_told_with_did_not_is_past() -> None:
    text = "After two days of tough negotiations, the warring parties did not agree on a truce late Friday."
    assert talk_dates_and_phrases(text, SAT_04_JUN_2022) == []
    text = "Despite the mediators' efforts, the rebel delegation did not attend the talks on Thursday."
    assert talk_dates_and_phrases(text, SAT_04_JUN_2022) == []


def test_met_then_will_meet_still_lists_the_next_meeting() -> None:
    text = "The warring sides met on Friday and will meet again on Monday."
    assert talk_dates(text, SAT_04_JUN_2022) == ["2022-06-06"]


@pytest.mark.parametrize(
    "text",
    [
        "Today's session of the ceasefire contact group was dedicated to the exchange of prisoners.",
        "The envoy made a short statement to reporters after the meeting of the contact group today.",
    ],
)
def test_meeting_told_in_the_past_is_held(text: str) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == []


def test_meeting_opening_a_long_subject_takes_its_verb_and_date() -> None:
    text = (
        "Talks between the government and the rebel alliance on a new ceasefire in the north, first "
        "planned for Nairobi, will now be held in Addis Ababa on Thursday, mediators said."
    )
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-06", "Addis Ababa")]


def test_meeting_in_a_long_subject_with_a_past_verb_not_listed() -> None:
    text = (
        "Talks between the government and the rebel alliance on a new ceasefire in the north ended in "
        "Nairobi without a deal, and the rebels said fighting would resume."
    )
    assert scheduled_talks(text, MON_03_JUN_2024) == []


def test_past_words_in_a_relative_clause_leave_the_meeting_upcoming() -> None:
    text = "The talks, which were attended by UN envoy Martin Griffiths, will resume in Geneva on Monday."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-03", "Geneva")]


# --- a clause on their state so far, between commas -----------------------------------------------


def test_stalled_talks_that_will_resume_are_listed() -> None:
    assert all_talks(
        "The Cyprus negotiations, suspended since March, will resume in New York on Wednesday, the UN said.",
        MON_08_NOV_2004,
    ) == [("2004-11-10", "New York")]
    assert all_talks(
        "Sudan's peace talks, deadlocked for a month over security arrangements, are due to resume in "
        "Abuja on Nov. 20.",
        MON_08_NOV_2004,
    ) == [("2004-11-20", "Abuja")]


def test_stalled_talks_that_ended_or_wait_are_not_listed() -> None:
    assert all_talks("The peace talks, stalled since June, collapsed on Friday.", MON_08_NOV_2004) == []
    assert all_talks("The peace talks, stalled since June, were abandoned on Tuesday.", MON_08_NOV_2004) == []
    assert (
        all_talks("The talks, stalled since June, will not resume until the rebels disarm.", MON_08_NOV_2004)
        == []
    )
    assert all_talks("The peace talks, which stalled in June, resumed on Monday.", MON_08_NOV_2004) == []


# --- a clause telling an earlier postponement: "talks, postponed last month, are now set to open" ---


def test_postponed_clause_then_new_schedule() -> None:
    text = (
        "The dialogue between the military government and the armed opposition groups, postponed last month, "
        "is now set to open in Lome on Friday, mediators said."
    )
    assert scheduled_talks(text, WED_09_MAR_2011) == [("2011-03-11", "Lome")]
    assert scheduled_talks(
        "Peace talks with the rebels, put off in January, are expected to resume in Accra on Friday.",
        WED_09_MAR_2011,
    ) == [("2011-03-11", "Accra")]


def test_postponement_itself_still_stops_the_meeting() -> None:
    assert (
        scheduled_talks(
            "Peace talks with the rebels set for Friday in Accra have been postponed, the UN envoy said.",
            WED_09_MAR_2011,
        )
        == []
    )
    assert (
        scheduled_talks(
            "The ceasefire talks were postponed last month and no new date has been set.", WED_09_MAR_2011
        )
        == []
    )
    assert (
        scheduled_talks(
            "The rebels said the talks, postponed last month, had been called off for good.", WED_09_MAR_2011
        )
        == []
    )


# --- a meeting as the setting of a future act: "will present its plan at a meeting on Tuesday" ----


def test_future_act_at_a_meeting() -> None:
    text = (
        "The Contact Group will present its peace plan to the warring parties at a meeting in Rome on Friday."
    )
    assert scheduled_talks(text, WED_09_MAR_2011) == [("2011-03-11", "Rome")]
    assert scheduled_talks(
        "The UN envoy is to outline the ceasefire terms to both sides during a session in Oslo on Friday.",
        WED_09_MAR_2011,
    ) == [("2011-03-11", "Oslo")]


def test_past_or_unscheduled_meeting_settings_do_not_fire() -> None:
    assert (
        scheduled_talks(
            "The rebels presented their peace plan at a meeting in Rome last week.", WED_09_MAR_2011
        )
        == []
    )
    assert (
        scheduled_talks(
            "The envoy said the warring parties had agreed on the truce at the talks in Oslo.",
            WED_09_MAR_2011,
        )
        == []
    )
    assert (
        scheduled_talks(
            "The rebels will study the peace plan presented at the meeting in Rome on Monday.", None
        )
        == []
    )
    assert scheduled_talks(
        "The UN envoy will be briefed on the truce at a meeting in Rome on Friday.", WED_09_MAR_2011
    ) == [("2011-03-11", "Rome")]


# --- present tense for a set day after a long subject: "Talks between ... resume ... on Monday" ---


def test_present_tense_resume_on_a_weekday_is_upcoming() -> None:
    text = (
        "Talks between the Chadian government and the eastern rebel alliance resume in the Libyan "
        "capital on Monday, mediators said."
    )
    assert scheduled_talks(text, None) == [(None, None)]
    assert scheduled_talks(text, WED_09_MAR_2011) == [("2011-03-14", None)]
    assert scheduled_talks(
        "Ceasefire negotiations between the army and the separatists reconvene tomorrow in Kampala.", None
    ) == [(None, "Kampala")]
    assert scheduled_talks(
        "Peace talks between Khartoum and the rebel movements open in Doha on Saturday.", None
    ) == [(None, "Doha")]


def test_present_tense_not_a_set_meeting() -> None:
    assert (
        scheduled_talks("Talks between the government and the rebels resumed in Tripoli on Monday.", None)
        == []
    )
    assert (
        scheduled_talks(
            "Talks between the army and the rebels collapsed, and fighting starts again on Monday.", None
        )
        == []
    )
    assert (
        scheduled_talks(
            "Schools reopen on Monday after the ceasefire talks between the army and rebels.", None
        )
        == []
    )
    assert (
        scheduled_talks(
            "The rebels said peace talks would resume only when the army withdrew from the town.", None
        )
        == []
    )


# --- headline case, aid conferences, a meeting that has ended -------------------------------------


def test_talks_whose_own_verb_says_they_ended_are_not_upcoming() -> None:
    text = "A new round of peace talks is scheduled for next month, after talks in Geneva ended on Friday."
    assert scheduled_talks(text, WED_09_MAR_2016) == [(None, "Geneva")]
    assert (
        scheduled_talks(
            "The rebels said on Monday that peace talks in Geneva ended on Friday.", WED_09_MAR_2016
        )
        == []
    )
    # (told with a later session, the meeting goes on: the later date is the meeting's)
    assert scheduled_talks(
        "Peace talks ended in Doha on Friday and will resume on March 20.", WED_09_MAR_2016
    ) == [("2016-03-20", "Doha")]


# --- negated, excluded and expected ---------------------------------------------------------------


def test_talks_no_one_seeks_are_not_scheduled() -> None:
    assert (
        talk_dates_and_phrases(
            "The truce lapsed on Friday with no effort by either side to revive talks." + CONFLICT,
            SAT_04_JUN_2022,
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "The president ruled out talks with the rebels on Monday." + CONFLICT, SAT_04_JUN_2022
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "The army pressed on without negotiations of any kind." + CONFLICT, SAT_04_JUN_2022
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "Officials played down the row ahead of an expected meeting between the two leaders." + CONFLICT,
            SAT_04_JUN_2022,
        )
        == []
    )


def test_scheduled_talks_with_such_words_elsewhere_still_count() -> None:
    text = "The two sides will meet in Geneva on Monday in an effort to save the truce."
    assert talk_dates(text, SAT_04_JUN_2022) == ["2022-06-06"]
    text = "Talks are expected to resume in Doha on Tuesday, the envoy said." + CONFLICT
    assert talk_dates(text, SAT_04_JUN_2022) == ["2022-06-07"]


# --- "met ... and agreed to meet again": the past words are the earlier meeting's -----------------


def test_meet_again_after_a_past_meeting() -> None:
    text = "Government and rebel envoys met in Oslo on Saturday and agreed to meet again next month."
    assert talk_dates(text, MON_10_JAN_2005) == [None]
    text = "Sudanese officials and Darfur rebels met last week and are expected to meet again in February."
    assert talk_dates(text, MON_10_JAN_2005) == [None]


def test_meet_again_not_when_its_own_words_are_past() -> None:
    text = (
        "Rebel and government envoys met on Saturday, but the talks broke down and they did not meet again."
    )
    assert talk_dates(text, MON_10_JAN_2005) == []
    text = "Rebel and government envoys met in Oslo on Saturday and hope the talks will lead to peace."
    assert talk_dates(text, MON_10_JAN_2005) == []


# --- talks "suspended" by one side ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The government said it had suspended the next round of talks with the group.",
    ],
)
def test_suspended_talks_are_not_upcoming(text: str) -> None:
    assert talk_phrases(text, MON_10_JUN_2019) == []


@pytest.mark.parametrize(
    "text",
    [
        "The negotiations, suspended since March, will resume in Geneva on June 14, the envoy said.",
        "The peace talks, suspended for two months, will resume in Doha on June 14, mediators said.",
    ],
)
def test_talks_suspended_earlier_and_rescheduled_are_listed(text: str) -> None:
    assert talk_phrases(text, MON_10_JUN_2019) != []


# --- a host and its guests, hotline talks, a round that goes on, talks restarting after a break ---


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a host and its guests, the sides of a conflict
        (
            "Kenya will host the leaders of South Sudan's warring factions in Nairobi on Thursday, "
            "the mediator said, as fighting continued.",
            [("2024-06-06", "Nairobi")],
        ),
        (
            "Egypt is due to host delegations from Israel and Hamas in Cairo on June 10 for ceasefire talks.",
            [("2024-06-10", "Cairo")],
        ),
        (
            "Turkey is hosting the foreign ministers of Russia and Ukraine in Antalya on Thursday as the war "
            "enters its fourth month.",
            [("2024-06-06", "Antalya")],
        ),
        # commanders' talks on their hotline
        (
            "The military operations chiefs of India and Pakistan will speak on the hotline on Tuesday "
            "to review the ceasefire along the Line of Control.",
            [("2024-06-04", None)],
        ),
        # a participle with the talks' past state, no commas
        (
            "Peace talks suspended in March are due to restart in Addis Ababa on June 12, "
            "the African Union said.",
            [("2024-06-12", "Addis Ababa")],
        ),
        (
            "Negotiations stalled since January will resume in Doha on Sunday, Qatari mediators said, as the "
            "fighting in Gaza went on.",
            [("2024-06-09", "Doha")],
        ),
        # a new session after a break
        (
            "Ceasefire talks between the army and the rebels will continue in Geneva on Friday after a "
            "two-week break, the U.N. envoy said.",
            [("2024-06-07", "Geneva")],
        ),
    ],
)
def test_hosts_hotlines_and_restarted_talks_are_listed(
    text: str, want: list[tuple[str | None, str | None]]
) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == want


@pytest.mark.parametrize(
    "text",
    [
        # a round under way that goes on
        "Negotiators for the government and the rebels met for a second day in Oslo on Monday, and the "
        "mediators said the peace talks were expected to continue on Tuesday.",
        "Ceasefire talks in Doha will continue on Wednesday, an official briefed on the negotiations said.",
        # a host with other guests, or a host in the past, or a host now
        "Angola will host the African Games in Luanda next year, officials said, as the truce held.",
        "Angola hosted the presidents of Congo and Rwanda in Luanda on Saturday for talks on the fighting.",
        "Qatar is hosting delegations of Israel and Hamas in Doha, where ceasefire talks have been under "
        "way since May 28.",
        # a hotline talk told as done, or a phone call
        "The commanders of the two armies spoke on the hotline on Saturday and agreed to halt the shelling.",
        "The president will speak to reporters on Tuesday about the ceasefire.",
    ],
)
def test_continuing_rounds_other_hosts_and_past_hotline_talks_are_not_listed(text: str) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == []


# --- talks put off to a new vague date ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefire talks between the junta and the ethnic armies, set for Wednesday, were put off until "
        "next week, a spokesman said.",
        "Peace talks between the government and the rebels, scheduled for Monday, have been pushed back "
        "until later this month.",
    ],
)
def test_talks_put_off_to_a_vague_date_are_listed(text: str) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == [(None, None)]


# --- cancelled, then rescheduled ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A summit of regional leaders on the truce, cancelled last week when the host could not "
            "guarantee security, has been rescheduled for June 18 in Kampala, the bloc said.",
            [("2024-06-18", "Kampala")],
        ),
        (
            "A meeting of the ceasefire commission, scrapped on Friday, will be held in Geneva on "
            "June 9 instead, the UN said.",
            [("2024-06-09", "Geneva")],
        ),
    ],
)
def test_cancelled_then_set_again(text: str, want: list[tuple[str, str]]) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == want


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks set for June 12 in Nairobi have been cancelled after a mortar attack.",
        "The truce talks were rescheduled for June 14 but then cancelled when fighting resumed.",
        "A meeting of the ceasefire commission, scrapped on Friday, was not rescheduled.",
    ],
)
def test_cancelled_stays_cancelled(text: str) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == []


def test_cancelled_in_another_clause_is_not_the_meetings() -> None:
    text = "Peace talks will be held in Nairobi on June 14, but the victory parade was cancelled."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-14", "Nairobi")]


# --- the negotiating table ------------------------------------------------------------------------


def test_return_to_the_negotiating_table() -> None:
    text = "Government and rebel delegations will return to the negotiating table in Doha on Thursday."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-06", "Doha")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters will return to their villages in Darfur on Thursday.",
        "The rebels returned to the negotiating table in Doha on Thursday, officials said.",
    ],
)
def test_return_elsewhere_or_before_is_no_meeting(text: str) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == []


def test_a_place_held_by_a_side_does_not_make_the_meeting_past() -> None:
    """'held' in "the rebel-held town" names who holds the place, not talks already held: with no
    publication date (so no resolved day to outweigh it) the meeting is still upcoming."""
    text = (
        "The Norwegian envoy will meet Tamil Tiger leaders in the rebel-held town of Kilinochchi "
        "on Tuesday to try to revive the stalled peace process."
    )
    assert listed_talks(text, None) == [(None, "Kilinochchi")]
    text = "Talks with the rebels will open in the government-held city of Kismayo on Monday."
    assert listed_talks(text, None) == [(None, "Kismayo")]
    # talks already held there stay past
    assert listed_talks("Talks were held in the rebel-held town of Kilinochchi on Tuesday.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "The envoy wrapped up talks with rebel leaders in the rebel-held north on Wednesday without "
        "securing an agreement to resume negotiations with the government.",
        "The mediator left Khartoum on Sunday without a commitment to resume the peace talks.",
        "Talks wrapped up in Oslo on Monday.",
    ],
)
def test_talks_wrapped_up_or_an_agreement_to_meet_not_won_are_not_listed(text: str) -> None:
    assert listed_talks(text, None) == []
    assert listed_talks(text, WED_09_MAR_2005) == []


def test_talks_set_after_an_agreement_not_won_are_listed() -> None:
    text = (
        "The envoy left Colombo on Wednesday without an agreement to resume talks, but said "
        "negotiators would meet in Oslo on Friday."
    )
    assert listed_talks(text, WED_09_MAR_2005) == [("2005-03-11", "Oslo")]


def test_a_meeting_s_length_is_no_meeting_of_its_own() -> None:
    pub = date(2021, 10, 11)
    text = (
        "The sixth session of the Syrian Constitutional Committee will begin in Geneva on 18 October, "
        "the UN envoy said. The session is expected to run until 22 October."
    )
    assert listed_talks(text, pub) == [("2021-10-18", "Geneva")]
    text = (
        "The talks between the government and the rebels will run until Friday, when a new round is "
        "set to open in Doha on 20 October."
    )
    assert listed_talks(text, pub) == [("2021-10-20", "Doha")]


def test_a_meeting_verb_after_an_adverb() -> None:
    pub = date(2024, 2, 10)
    text = (
        "A Qatari spokesman said technical teams would then meet in Doha next week to work out the "
        "details of any agreement on a truce."
    )
    assert listed_talks(text, pub) == [(None, "Doha")]
    text = "The two sides will also meet in Geneva on Friday to discuss the ceasefire."
    assert listed_talks(text, pub) == [("2024-02-16", "Geneva")]


def test_a_purpose_after_the_meeting_is_no_doubt() -> None:
    text = (
        "Sudan's government and the rebel Eastern Front will open peace talks in Asmara on June 13, "
        "officials said, aiming to end an insurgency."
    )
    assert listed_talks(text, date(2006, 6, 10)) == [("2006-06-13", "Asmara")]
    assert (
        listed_talks("The rebels are aiming to hold talks with the government next month.", date(2006, 6, 10))
        == []
    )


def test_colombia_s_wording_for_opening_talks() -> None:
    text = (
        "The Government of Colombia and the Estado Mayor Central, the largest of the FARC dissident "
        "groups, will formally install their peace negotiating table on Sunday in Tibu, the office "
        "of the peace commissioner announced on Thursday."
    )
    assert listed_talks(text, date(2023, 10, 5)) == [("2023-10-08", "Tibu")]


def test_meeting_set_in_a_place_with_no_date_yet_is_listed() -> None:
    text = (
        "The truce has held since Friday. A second meeting between the two sides is expected to take "
        "place in Kunming, but no date has been set."
    )
    assert listed_talks(text, WED_09_MAR_2016) == [(None, "Kunming")]
    text = (
        "The truce is due to be reviewed at the next round of peace talks, which the two sides have "
        "said will take place in Havana but for which no date has been set."
    )
    assert listed_talks(text, WED_09_MAR_2016) == [(None, "Havana")]


@pytest.mark.parametrize(
    "text",
    [
        "The truce held. The mediator said the sides would meet again, without giving a date.",
        "The truce held. No date has been set for the next meeting of the ceasefire commission.",
        "The truce held. The envoy said the talks were positive and that further rounds would be held "
        "to settle the remaining issues, without specifying a date.",
    ],
)
def test_a_meeting_without_a_place_or_a_date_is_not_listed(text: str) -> None:
    assert listed_talks(text, WED_09_MAR_2016) == []


def test_a_state_between_commas_does_not_hide_the_meeting_verb() -> None:
    text = (
        "COLOMBO, Sri Lanka (Reuters) - Peace talks between the Sri Lankan government and Tamil Tiger "
        "rebels, postponed last month after a deadly ambush in Trincomalee district, will resume in "
        "Oslo on Saturday, Norwegian facilitators said."
    )
    assert listed_talks(text, WED_09_MAR_2016) == [("2016-03-12", "Oslo")]


def test_an_earlier_plan_in_the_past_perfect_is_not_listed() -> None:
    text = (
        "Peace talks that were due to start in Arusha this weekend have been postponed, officials said. "
        "The mediator had on Saturday invited both sides to talks in Arusha on March 12. No new date "
        "has been announced."
    )
    assert listed_talks(text, WED_09_MAR_2016) == []


def test_a_date_set_in_reported_speech_is_not_an_earlier_plan() -> None:
    text = (
        "The African Union said on Tuesday it had set March 29 as the date for resuming peace talks "
        "between the government and the rebels."
    )
    assert talk_dates(text, WED_09_MAR_2016) == ["2016-03-29"]


def test_an_appeal_ahead_of_a_set_conference_does_not_make_it_unsure() -> None:
    text = (
        "The envoy urged the parties to agree on a ceasefire ahead of a UN-co-convened conference on "
        "the peace process scheduled to open in Istanbul on 24 April."
    )
    assert listed_talks(text, date(2021, 4, 14)) == [("2021-04-24", "Istanbul")]


def test_a_possible_summit_in_the_purpose_leaves_the_meeting_set() -> None:
    text = (
        "The truce holds. Political advisers to the four leaders will meet in Berlin on 3 July to "
        "prepare a possible summit, the president's office said."
    )
    assert listed_talks(text, date(2020, 6, 29)) == [("2020-07-03", "Berlin")]


def test_a_resolution_voted_at_the_meeting_is_its_purpose() -> None:
    text = (
        "The UN Security Council is expected to meet on Friday to vote on a draft resolution calling "
        "for a full cessation of hostilities, diplomats said on Thursday."
    )
    assert talk_dates(text, date(2006, 8, 10)) == ["2006-08-11"]


def test_a_hope_after_the_meeting_and_a_clause_on_its_sides() -> None:
    text = (
        "HELSINKI, July 11, 2005 (Reuters) - Indonesia and Free Aceh Movement rebels will open a fifth "
        "round of peace talks in Helsinki on Tuesday, hoping to seal a deal to end the conflict."
    )
    assert listed_talks(text, date(2005, 7, 11)) == [("2005-07-12", "Helsinki")]
    text = (
        "Separate talks between Kinshasa and the M23 rebels, who seized Goma earlier this year, are "
        "expected to resume in Doha next week, the mediators said of the truce."
    )
    assert listed_talks(text, date(2025, 6, 25)) == [(None, "Doha")]


def test_a_postponement_told_in_a_relative_clause_before_the_new_plan() -> None:
    text = "The truce holds. Talks that were postponed in February will now take place in Oslo on Monday."
    assert scheduled_talks(text, SAT_01_MAR_2025) == [("2025-03-03", "Oslo")]
    text = "The truce holds. Talks that were postponed in February have not been rescheduled."
    assert scheduled_talks(text, SAT_01_MAR_2025) == []
