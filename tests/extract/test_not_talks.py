"""What is not conflict talks: business, trade, labour, sport, press conferences, parliaments and
figurative wars - each beside the conflict meeting that still counts."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

from .helpers import (
    CONFLICT,
    MON_02_MAY_2016,
    MON_03_JUN_2024,
    MON_08_NOV_2004,
    SAT_01_MAR_2025,
    SAT_04_JUN_2022,
    WED_06_OCT_2021,
    WED_09_MAR_2005,
    WED_09_MAR_2011,
    WED_09_MAR_2016,
    WED_16_MAY_2007,
    all_talks,
    listed_talks,
    scheduled_talks,
    talk_dates,
    talk_dates_and_phrases,
)


def test_trade_talks_in_a_war_item_are_not_listed() -> None:
    text = "Despite the war, trade talks with the neighbouring bloc will resume on Monday in Brussels."
    assert listed_talks(text, SAT_01_MAR_2025) == []


def test_trade_war_truce_is_no_conflict_frame() -> None:
    text = (
        "The two countries agreed a 90-day truce in their trade war. Officials will meet in Geneva on Monday."
    )
    assert listed_talks(text, SAT_01_MAR_2025) == []
    text = "The warring sides agreed a truce in the port city. Officials will meet in Geneva on Monday."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-03", "Geneva")]


def test_shareholder_meetings_in_a_truce_item_are_not_listed() -> None:
    text = (
        "Shareholders will meet on Friday to vote on the proposed merger. The chief executive "
        "called a truce with activist investors last month."
    )
    assert listed_talks(text, SAT_01_MAR_2025) == []
    text = (
        "Company shareholders will meet on Thursday, and rebels said they would attend peace talks "
        "in Doha next week."
    )
    assert listed_talks(text, SAT_01_MAR_2025) == [(None, "Doha")]


def test_a_truce_in_a_labour_dispute_is_no_conflict() -> None:
    text = "Owners and players reached a truce on Monday in their lockout and will meet in Miami on Friday."
    assert listed_talks(text, WED_09_MAR_2005, title="Owners, Players Agree Truce") == []
    # must not fire: a conflict truce in the text, or a title naming a war
    text = "Rebels and the army agreed a truce on Monday and will meet in Lome on Friday."
    assert listed_talks(text, WED_09_MAR_2005, title="Rebels, Army Agree Truce") == [("2005-03-11", "Lome")]
    text = "The two sides will meet in Lome on Friday."
    assert listed_talks(text, WED_09_MAR_2005, title="Rebels, Army Agree Truce") == [("2005-03-11", "Lome")]
    assert listed_talks(text, WED_09_MAR_2005, title="Civil War Foes to Meet") == [("2005-03-11", "Lome")]


def test_a_truce_in_a_sports_or_business_row_frames_no_conflict_talks() -> None:
    assert (
        listed_talks(
            "The NFL and its players called a truce on Friday and will meet again in Chicago on Monday.",
            WED_16_MAY_2007,
        )
        == []
    )
    assert (
        listed_talks(
            "Rival studios declared a truce over release dates "
            "and their lawyers will meet in Los Angeles on Friday.",
            WED_16_MAY_2007,
        )
        == []
    )
    # must fire: a truce of a conflict, or a conflict word besides the sports word
    assert listed_talks(
        "Both militias agreed a truce and their leaders will meet in Baidoa on Friday.", WED_16_MAY_2007
    ) == [("2007-05-18", "Baidoa")]
    assert listed_talks(
        "After the truce, rebel commanders will meet army officers on Friday at a football club in Goma.",
        WED_16_MAY_2007,
    ) == [("2007-05-18", "Goma")]
    assert listed_talks(
        "The clans agreed a truce on Monday, and elders will meet in Kismayo on Saturday.", WED_16_MAY_2007
    ) == [("2007-05-19", "Kismayo")]


def test_a_business_war_is_no_conflict() -> None:
    assert (
        listed_talks(
            "The two firms ended their format war and will meet in Tokyo next week to settle licences.",
            WED_16_MAY_2007,
        )
        == []
    )
    assert (
        listed_talks(
            "Airlines locked in a fare war will meet regulators in Brussels on Friday.", WED_16_MAY_2007
        )
        == []
    )
    assert (
        listed_talks(
            "The browser war is over, and both companies will meet in Seattle on Monday.", WED_16_MAY_2007
        )
        == []
    )
    # must fire: a war between armed sides
    assert listed_talks(
        "The two sides fought a border war in 2000 and will meet in Algiers on Friday for peace talks.",
        WED_16_MAY_2007,
    ) == [("2007-05-18", "Algiers")]
    assert listed_talks(
        "The rebels fought a civil war for a decade and will meet in Nairobi on Friday.", WED_16_MAY_2007
    ) == [("2007-05-18", "Nairobi")]
    assert listed_talks(
        "The war in the south has dragged on, and both sides will meet in Abuja on Monday.", WED_16_MAY_2007
    ) == [("2007-05-21", "Abuja")]


def test_a_truce_in_a_labour_dispute_frames_no_conflict_talks() -> None:
    assert (
        listed_talks(
            "Striking nurses and the hospital board agreed a truce and will resume talks on Wednesday.",
            MON_02_MAY_2016,
        )
        == []
    )
    assert (
        listed_talks(
            "The unions called a truce in the walkouts and will meet the employers on Thursday.",
            MON_02_MAY_2016,
        )
        == []
    )


def test_conflict_truces_with_union_or_walkout_words_keep_their_talks() -> None:
    assert listed_talks(
        "Warring factions agreed a truce and will resume talks in Juba on Wednesday, the mediators said.",
        MON_02_MAY_2016,
    ) == [("2016-05-04", "Juba")]
    assert listed_talks(
        "The African Union said the two sides agreed a truce and will resume talks on Wednesday.",
        MON_02_MAY_2016,
    ) == [("2016-05-04", None)]
    assert listed_talks(
        "After a walkout by opposition delegates, the rebels and the army agreed a truce "
        "and will resume talks on Wednesday.",
        MON_02_MAY_2016,
    ) == [("2016-05-04", None)]


def test_press_statement_after_the_meeting_in_a_title() -> None:
    assert (
        scheduled_talks(
            "",
            MON_03_JUN_2024,
            title="Press statement of the envoy after the ceasefire contact group meeting on 3 June",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The envoy will issue a statement after the truce contact group meeting in Minsk on Friday.",
            [("2024-06-07", "Minsk")],
        ),
        ("The ceasefire contact group will meet again on Thursday.", [("2024-06-06", None)]),
    ],
)
def test_future_meeting_with_a_statement_kept(text: str, want: list[tuple[str | None, str | None]]) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == want


def test_a_final_bid_is_no_contest() -> None:
    text = "Rebel and army negotiators will meet in a final bid to save the ceasefire in Geneva on Friday."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-07", "Geneva")]


# --- "will gather in X on <date> for a summit" ----------------------------------------------------


def test_leaders_gathering_for_a_summit_is_listed() -> None:
    assert all_talks(
        "Regional leaders will gather in Nairobi on Friday for a summit on the Somali conflict.",
        MON_08_NOV_2004,
    ) == [("2004-11-12", "Nairobi")]


def test_other_gatherings_are_not_listed() -> None:
    assert (
        all_talks(
            "Leaders gathered in Nairobi on Friday for a summit on the Somali conflict.", MON_08_NOV_2004
        )
        == []
    )
    assert (
        all_talks(
            "Thousands of mourners will gather in Gaza on Friday for the funeral of the militants.",
            MON_08_NOV_2004,
        )
        == []
    )
    assert (
        all_talks(
            "Thousands of protesters will gather in London on Saturday to oppose the war.", MON_08_NOV_2004
        )
        == []
    )


# --- the meeting named after a non-conflict topic: "meet in Bonn for UN climate talks" ------------


def test_meeting_for_non_conflict_talks() -> None:
    assert (
        scheduled_talks(
            "UN negotiators from 190 countries will meet in Bonn on Friday for two weeks of climate talks.",
            WED_09_MAR_2011,
        )
        == []
    )
    assert (
        scheduled_talks(
            "UN envoys are set to meet in Geneva next week for new trade negotiations.", WED_09_MAR_2011
        )
        == []
    )


def test_meeting_for_peace_talks_stays() -> None:
    assert scheduled_talks(
        "Rebel leaders will meet in Geneva on Friday for UN-backed peace talks.", WED_09_MAR_2011
    ) == [("2011-03-11", "Geneva")]
    assert (
        scheduled_talks(
            "The envoy will meet the rebels on Friday for ceasefire talks, the UN said.", WED_09_MAR_2011
        )
        != []
    )
    assert (
        scheduled_talks(
            "Warring factions are set to meet next week for a new round of talks on the truce.",
            WED_09_MAR_2011,
        )
        != []
    )


# --- a truce in a commercial dispute --------------------------------------------------------------


def test_truce_in_a_commercial_dispute_frames_no_conflict() -> None:
    text = (
        "The two carmakers agreed a truce in their dispute over patents on Monday, and their lawyers "
        "will meet in Munich on Friday to settle the case."
    )
    assert scheduled_talks(text, WED_09_MAR_2016) == []
    text2 = (
        "The broadcasters agreed a truce on Tuesday in their bitter row over TV rights, and executives "
        "will meet in London on Friday."
    )
    assert scheduled_talks(text2, WED_09_MAR_2016) == []


def test_truce_in_an_armed_dispute_still_frames_a_conflict() -> None:
    text = (
        "The two armies agreed a truce in their dispute over the border on Monday, and commanders "
        "will meet in Kargil on Friday."
    )
    assert scheduled_talks(text, WED_09_MAR_2016) == [("2016-03-11", "Kargil")]


# --- headline case, aid conferences, a meeting that has ended -------------------------------------


def test_a_conference_on_a_theatres_rebuilding_or_aid_is_no_conflict_meeting() -> None:
    assert (
        scheduled_talks(
            "A conference on Afghanistan's reconstruction will be held in London on March 31.",
            WED_09_MAR_2016,
        )
        == []
    )
    assert (
        scheduled_talks("Donors will meet in Kuwait on Tuesday to discuss Syria's refugees.", WED_09_MAR_2016)
        == []
    )
    assert (
        scheduled_talks(
            "Foreign ministers will meet in Vientiane on Friday to discuss Myanmar.", WED_09_MAR_2016
        )
        == []
    )


# --- press conferences ----------------------------------------------------------------------------


def test_press_and_news_conferences_are_no_talks() -> None:
    assert (
        talk_dates_and_phrases(
            "The finance minister will hold a press conference on Tuesday." + CONFLICT, SAT_04_JUN_2022
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "The spokesman is due to give a news conference at 10 a.m. (0800 GMT) on Monday." + CONFLICT,
            SAT_04_JUN_2022,
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "The general will hold a media conference in Kabul on Wednesday." + CONFLICT, SAT_04_JUN_2022
        )
        == []
    )


def test_a_press_conference_date_is_not_the_talks_date() -> None:
    text = "The mediator will hold a news conference in Nairobi on Monday ahead of peace talks." + CONFLICT
    assert talk_dates(text, SAT_04_JUN_2022) == [None]


def test_conferences_that_are_talks_still_count() -> None:
    text = "A peace conference on the war will open in Geneva on Monday, the envoy said." + CONFLICT
    assert talk_dates(text, SAT_04_JUN_2022) == ["2022-06-06"]
    assert talk_dates("Talks will resume in Geneva on Monday." + CONFLICT, SAT_04_JUN_2022) == ["2022-06-06"]


# --- central bank, board and shareholder meetings -------------------------------------------------


def test_central_bank_and_board_meetings_are_no_conflict_talks() -> None:
    assert (
        talk_dates_and_phrases(
            "The Fed's next policy meeting is on June 14 and 15." + CONFLICT, SAT_04_JUN_2022
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "The central bank's board will meet on Thursday to set interest rates." + CONFLICT,
            SAT_04_JUN_2022,
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "The Bank of England will meet on Thursday, with markets braced for a hike." + CONFLICT,
            SAT_04_JUN_2022,
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "The company's annual general meeting is on June 20." + CONFLICT, SAT_04_JUN_2022
        )
        == []
    )
    assert (
        talk_dates_and_phrases(
            "The ECB is expected to leave rates unchanged at its monetary policy meeting on Thursday."
            + CONFLICT,
            SAT_04_JUN_2022,
        )
        == []
    )


def test_conflict_meetings_near_such_words_still_count() -> None:
    text = "The military commission will meet on Thursday to review the ceasefire."
    assert talk_dates(text, SAT_04_JUN_2022) == ["2022-06-09"]
    text = "Government and rebel negotiators will meet in Doha on Tuesday, the mediators said."
    assert talk_dates(text, SAT_04_JUN_2022) == ["2022-06-07"]


# --- arrivals and visits --------------------------------------------------------------------------


def test_people_arriving_at_a_meeting_are_a_caption() -> None:
    text = (
        "Released prisoners arriving at a conference in Oslo on Friday, two days after their release."
        + CONFLICT
    )
    assert talk_dates_and_phrases(text, SAT_04_JUN_2022) == []
    text = "Delegates leaving the summit venue in Minsk on Thursday." + CONFLICT
    assert talk_dates_and_phrases(text, SAT_04_JUN_2022) == []


def test_a_visit_purpose_is_no_scheduled_meeting() -> None:
    text = (
        "The foreign minister, who is visiting Ankara with the army chief to meet their counterparts, "
        "praised the truce." + CONFLICT
    )
    assert talk_dates_and_phrases(text, SAT_04_JUN_2022) == []
    text = "The envoy, on a three-day visit to Amman to meet officials, said on Monday the war must end."
    assert talk_dates_and_phrases(text, SAT_04_JUN_2022) == []


def test_a_visit_with_a_set_meeting_still_counts() -> None:
    text = "The envoy will travel to Geneva to meet the warring parties on Monday for ceasefire talks."
    assert talk_dates(text, SAT_04_JUN_2022) == ["2022-06-06"]


# --- a parliament's opposition --------------------------------------------------------------------


def test_parliamentary_opposition_is_no_conflict() -> None:
    text = "Germany's main opposition Christian Democrats party will meet on Monday to choose a leader."
    assert talk_dates(text, WED_06_OCT_2021) == []
    assert (
        talk_dates("Opposition lawmakers will meet on Friday to plan a no-confidence vote.", WED_06_OCT_2021)
        == []
    )
    text = "The opposition Labour Party will meet in Brighton on Sunday."
    assert talk_dates(text, WED_06_OCT_2021, title="Opposition to pick leader") == []


def test_armed_opposition_still_frames_talks() -> None:
    assert talk_dates(
        "The Syrian opposition will meet government envoys in Geneva on Monday.", WED_06_OCT_2021
    ) == ["2021-10-11"]
    assert talk_dates("Opposition fighters and the army will meet on Friday.", WED_06_OCT_2021) == [
        "2021-10-08"
    ]
    text = "Officials will meet in Vienna on Monday."
    assert talk_dates(text, WED_06_OCT_2021, title="Syria opposition to attend talks") == ["2021-10-11"]


# --- figurative wars ------------------------------------------------------------------------------


def test_takeover_legal_and_illness_wars_are_no_conflict() -> None:
    assert (
        talk_dates("The two brewers will meet on Friday to end a bruising takeover war.", WED_06_OCT_2021)
        == []
    )
    assert (
        talk_dates(
            "Samsung and Apple will meet on Monday, a year into their legal war over designs.",
            WED_06_OCT_2021,
        )
        == []
    )
    assert (
        talk_dates(
            "Doctors will meet in Boston on Friday, 50 years after the war on cancer began.", WED_06_OCT_2021
        )
        == []
    )


def test_real_wars_still_frame_talks() -> None:
    assert talk_dates("The two sides will meet on Friday to end a bruising civil war.", WED_06_OCT_2021) == [
        "2021-10-08"
    ]
    assert talk_dates("Envoys will meet on Monday to end the war on the border.", WED_06_OCT_2021) == [
        "2021-10-11"
    ]


# --- business, lawsuits, coalition building, labour -----------------------------------------------


def test_opec_oil_ministers_and_court_mediation_are_no_talks() -> None:
    text = "OPEC oil ministers will meet in Vienna on Monday, while insurgents keep attacking pipelines."
    assert talk_dates(text, WED_06_OCT_2021) == []
    assert (
        talk_dates(
            "The rival carmakers will meet for court-ordered mediation in Seattle on Friday.", WED_06_OCT_2021
        )
        == []
    )
    assert talk_dates(
        "Rebel and army envoys will meet in Nairobi on Friday for mediation.", WED_06_OCT_2021
    ) == ["2021-10-08"]


def test_coalition_building_is_no_conflict_meeting() -> None:
    text = (
        "The party leaders will meet on Friday, days before his mandate to form a government runs out. "
        "He served as army chief during the war."
    )
    assert talk_dates(text, WED_06_OCT_2021) == []
    text = "The generals will meet on Monday for coalition talks after the vote. The war goes on."
    assert talk_dates(text, WED_06_OCT_2021) == []
    text = "The Saudi-led coalition and the Houthis will meet in Muscat on Friday for peace talks."
    assert talk_dates(text, WED_06_OCT_2021) == ["2021-10-08"]


def test_labour_truce_is_no_ceasefire() -> None:
    text = (
        "Nurses and the hospital board agreed a truce in their bitter dispute over a new contract and will "
        "resume talks on Friday. The union said the truce would hold, but warned of industrial action."
    )
    assert talk_dates(text, WED_06_OCT_2021) == []
    text = "The rebels agreed a truce and will resume talks on Friday in Addis Ababa."
    assert talk_dates(text, WED_06_OCT_2021) == ["2021-10-08"]


# --- sports frame and contests --------------------------------------------------------------------


def test_headline_peace_talks_do_not_frame_a_sports_text() -> None:
    title = "Rival clubs to hold peace talks"
    text = "The two clubs will hold talks on Friday to end their feud over a transfer, the league said."
    assert scheduled_talks(text, MON_03_JUN_2024, title=title) == []


def test_headline_frames_a_text_without_a_conflict_word() -> None:
    title = "Sudan peace talks to resume"
    text = "Both delegations will hold talks in Addis Ababa on Friday, the mediators said."
    assert scheduled_talks(text, MON_03_JUN_2024, title=title) == [("2024-06-07", "Addis Ababa")]


@pytest.mark.parametrize(
    "text",
    [
        "The two presidential candidates will meet for a televised debate on the war in Gaza on Friday.",
        "Ukraine and Russia will meet in the final of the tournament on Sunday, despite the war.",
    ],
)
def test_a_contest_is_no_meeting(text: str) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == []


def test_final_round_of_talks_is_a_meeting() -> None:
    text = "Leaders of the warring factions will meet in a final round of peace talks in Lome on Thursday."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-06", "Lome")]


@pytest.mark.parametrize(
    "text",
    [
        # a player's contract, in a sports report
        "Arsene Wenger said he would hold talks with the striker's agent about a new contract next week.",
        # an energy project, beside conflict news
        "Militants hurled a grenade at a bus stand in Srinagar on Friday, wounding 11 people, hours "
        "before Indian and Pakistani officials were to open talks in Islamabad on a proposed gas "
        "pipeline from Iran.",
        "Finance ministers will hold talks on a new loan in Washington next week.",
    ],
)
def test_talks_on_a_contract_a_pipeline_or_a_loan_are_not_listed(text: str) -> None:
    assert listed_talks(text, WED_09_MAR_2005) == []


def test_talks_on_the_conflict_beside_a_pipeline_are_listed() -> None:
    text = "India and Pakistan will hold peace talks in Islamabad on Friday on the Kashmir dispute."
    assert listed_talks(text, WED_09_MAR_2005) == [("2005-03-11", "Islamabad")]


def test_budget_talks_told_far_after_the_verb_are_not_listed() -> None:
    text = (
        "President Barack Obama will meet congressional leaders at the White House on Wednesday for "
        "budget talks. Boehner said Republicans were open to a short-term truce on the debt ceiling."
    )
    assert listed_talks(text, WED_09_MAR_2005) == []


def test_peace_talks_in_scare_quotes_are_a_figure_of_speech() -> None:
    text = (
        'The football federation will hold what officials called "peace talks" with senior players in '
        'Lagos on Wednesday to end a row over unpaid bonuses, and expects a "ceasefire" soon.'
    )
    assert listed_talks(text, WED_09_MAR_2005) == []


def test_the_day_a_truce_takes_effect_dates_no_meeting() -> None:
    text = (
        "The announcement came a day after regional leaders at a mini-summit in Luanda agreed on a "
        "ceasefire in the east, to take effect on Friday evening."
    )
    assert listed_talks(text, date(2022, 11, 24)) == []


def test_talks_that_failed_before_another_meeting_are_past() -> None:
    text = (
        "The ceasefire holds. Security commanders of both sides will meet on Sunday to settle the "
        "handover of the town, "
        "after talks between the two defence ministers on Tuesday failed to end a dispute over "
        "roadblocks, officials said."
    )
    assert listed_talks(text, date(2005, 3, 10)) == [("2005-03-13", None)]
    text = "The ceasefire holds. The sides will sign the deal after talks in Geneva on Tuesday."
    assert listed_talks(text, date(2005, 3, 10)) == [("2005-03-15", "Geneva")]


def test_nuclear_talks_are_not_conflict_talks() -> None:
    text = (
        "Negotiators from Iran and the remaining parties to the 2015 nuclear deal will reconvene in "
        "Vienna on Monday for an eighth round of talks, the coordinator said."
    )
    assert listed_talks(text, date(2021, 12, 24)) == []


def test_a_round_pressed_on_with_is_under_way() -> None:
    text = (
        "The truce holds. Delegations pressed on with direct talks in the capital on Wednesday, a day "
        "after the negotiations opened."
    )
    assert listed_talks(text, date(2007, 2, 7)) == []
    text = "The truce holds. Delegations continued direct talks in Ouagadougou on Wednesday."
    assert listed_talks(text, date(2007, 2, 7)) == []


def test_talks_in_a_dispute_over_state_aid_are_trade_talks() -> None:
    text = (
        "The European Union and the United States agreed on Tuesday to a three-month truce in their "
        "bitter dispute over state aid to planemakers, and said negotiators would meet in Geneva "
        "next week to try to hammer out a deal."
    )
    assert listed_talks(text, None) == []


def test_talks_no_one_will_beg_for_are_no_plan() -> None:
    text = (
        "The president has cancelled the planned resumption of peace talks with the rebels that had been "
        "set for June 28 in Oslo. The rebels' founder said they would not beg for the talks to resume."
    )
    assert [t.status for t in extract(None, text, date(2018, 6, 14)).talks] == ["cancelled"]


def test_talks_in_an_oil_price_war_are_not_conflict_talks() -> None:
    text = (
        "Saudi Arabia and Russia signalled on Wednesday they were ready to call a truce in their month-long "
        "oil price war, as OPEC+ ministers prepared to hold an emergency video conference on Thursday."
    )
    assert listed_talks(text, date(2020, 4, 8)) == []


def test_talks_that_broke_up_are_over() -> None:
    text = (
        "Rockets were fired minutes after the truce expired. Egyptian-brokered talks in Cairo on a "
        "long-term ceasefire broke up without agreement on Thursday night."
    )
    assert listed_talks(text, date(2014, 8, 8)) == []


def test_the_first_such_talks_since_an_event_is_the_meeting_told_before() -> None:
    text = (
        "The presidency said on Monday that direct peace negotiations between the government and the M23 "
        "rebels would open in Luanda on March 18, the first such talks since the rebels seized Goma in "
        "January."
    )
    assert listed_talks(text, date(2025, 3, 17)) == [("2025-03-18", "Luanda")]


@pytest.mark.parametrize(
    "text",
    [
        "The club is locked in a battle with the league. Negotiations with broadcasters would resume in "
        "London on Thursday, the chairman said.",
        "The union described the job cuts as a hammer blow. The union is due to hold talks with Halden's "
        "management on Monday.",
        "Iran and the United States will hold a second round of talks on Tehran's nuclear programme on "
        "Saturday. The venue for the next round had not yet been decided.",
    ],
)
def test_business_labour_and_nuclear_talks(text: str) -> None:
    assert listed_talks(text, date(2016, 3, 9)) == []


def test_a_round_suspended_or_scrapped_is_not_listed_as_set() -> None:
    text = (
        "The government has suspended peace talks with communist rebels indefinitely after a series of "
        "attacks, scrapping a fifth round of negotiations that had been scheduled to open next month."
    )
    assert [t.status for t in extract(None, text, date(2017, 7, 20)).talks] == ["cancelled"]


def test_a_trade_truce_between_two_powers_over_subsidies() -> None:
    text = (
        "A truce between the United States and the European Union over aircraft subsidies looked close "
        "to collapse. Negotiators from both sides are due to meet in Geneva next week."
    )
    assert listed_talks(text, None) == []


def test_a_cabinet_meeting_and_a_rebuilding_conference_are_not_talks() -> None:
    text = (
        "The ceasefire holds. Israel's security cabinet is due to meet on Thursday to set the negotiating "
        "team's mandate."
    )
    assert listed_talks(text, date(2025, 2, 5)) == []
    text = "The truce holds. An international conference on rebuilding the city is planned for October 10."
    assert listed_talks(text, date(2023, 9, 20)) == []
