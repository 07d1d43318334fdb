"""Talks dates: the day a meeting is set for, resolved against the publication date; date
phrases and ranges; how many meetings a sentence tells."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract.dates import find_dates

from .helpers import (
    FRI_07_JUN_2024,
    MON_02_MAY_2016,
    MON_03_JUN_2024,
    MON_10_JAN_2005,
    SAT_01_MAR_2025,
    THU_12_SEP_2024,
    WED_09_MAR_2005,
    WED_09_MAR_2011,
    WED_09_MAR_2016,
    days,
    listed_talks,
    scheduled_talks,
    talk_dates,
    talk_ranges,
)


def test_talks_on_date_will_go_ahead_after_reporting_verb() -> None:
    text = "The envoy confirmed that the peace talks on 3 April in Doha will go ahead as planned."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-04-03", "Doha")]


def test_deadline_end_of_a_month_is_not_a_past_meeting() -> None:
    text = (
        "The ceasefire was extended until the end of June, and the rebels and the army "
        "will hold talks in Kunming on March 12."
    )
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-12", "Kunming")]


def test_dateline_date_is_not_the_meetings_date() -> None:
    text = (
        "GENEVA, Nov 18 (AFP) - Talks between Sudan's army and the paramilitary Rapid Support "
        "Forces are due to resume next week in Geneva, the U.S. special envoy said on Monday."
    )
    assert listed_talks(text, date(2024, 11, 18)) == [(None, "Geneva")]
    text = (
        "LUANDA, Feb 20 (Reuters) - A second round of talks between the Congolese government and "
        "M23 rebels has been set for March 3-5 in Luanda, Angola's presidency said."
    )
    assert listed_talks(text, date(2025, 2, 20)) == [("2025-03-03", "Luanda")]
    # A dateline that is no dateline: the date follows the meeting, or a range follows the date.
    text = "The envoy said peace talks with the rebels will be held March 14 - the first since the truce."
    assert listed_talks(text, date(2025, 3, 10)) == [("2025-03-14", None)]
    text = "Geneva, March 14 - 16 will host peace talks between the army and rebels, the UN said."
    assert listed_talks(text, date(2025, 3, 10)) == [("2025-03-14", None)]


def test_dateline_with_opened_talks_is_not_a_meeting() -> None:
    text = (
        "NAIROBI, Nov 8 - Peace talks between South Sudan's government and holdout rebel groups, "
        "which had been scheduled to begin on Monday, finally opened in Nairobi on Wednesday."
    )
    assert listed_talks(text, date(2023, 11, 8)) == []


def test_originally_set_date_gives_way_to_the_new_one() -> None:
    pub = date(2024, 6, 3)
    text = (
        "The truce talks, originally set for June 10 in Doha, have been moved to June 12 at the "
        "mediators' request."
    )
    assert listed_talks(text, pub) == [("2024-06-12", "Doha")]
    text = (
        "Peace talks between the army and the rebels, initially planned for June 5, will now take "
        "place on June 20 in Nairobi."
    )
    assert listed_talks(text, pub) == [("2024-06-20", "Nairobi")]
    # "first" and "set for" that are no earlier plan keep the date.
    text = "The first round of peace talks is set for June 20 in Doha, the mediators said."
    assert listed_talks(text, pub) == [("2024-06-20", "Doha")]


def test_weekday_before_a_date_gives_way_to_the_date() -> None:
    text = "The mediators said the warring sides would meet in Doha on Tuesday, 11 March."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-11", "Doha")]
    text = "Ceasefire talks will open in Geneva on Monday March 10, the envoy said."
    assert listed_talks(text, SAT_01_MAR_2025) == [("2025-03-10", "Geneva")]
    # must not fire: a weekday alone, or a number that is no date
    assert listed_talks(
        "Ceasefire talks will open in Geneva on Monday, the envoy said.", SAT_01_MAR_2025
    ) == [("2025-03-03", "Geneva")]


def test_a_second_meeting_with_the_verb_left_out() -> None:
    assert listed_talks(
        "The U.N. envoy will hold talks with army chiefs in Khartoum on Saturday"
        " and with rebel leaders in Nyala on Tuesday.",
        THU_12_SEP_2024,
    ) == [("2024-09-14", "Khartoum"), ("2024-09-17", "Nyala")]
    # not: one round over two days, a round that continues, something else after "and"
    assert listed_talks(
        "The ceasefire talks will be held in Addis Ababa on Saturday and Sunday.", THU_12_SEP_2024
    ) == [("2024-09-14", "Addis Ababa")]
    assert listed_talks(
        "The peace talks will open in Addis Ababa on Saturday and continue on Monday.", THU_12_SEP_2024
    ) == [("2024-09-14", "Addis Ababa")]
    assert listed_talks(
        "The truce talks will be held in Addis Ababa on Saturday, and aid trucks will leave on Monday.",
        THU_12_SEP_2024,
    ) == [("2024-09-14", "Addis Ababa")]


def test_a_meeting_with_no_date_set() -> None:
    assert (
        listed_talks(
            "The rebels and the army ended talks without setting a date for the next round.", WED_09_MAR_2005
        )
        == []
    )
    assert (
        listed_talks("Peace negotiators have not fixed a date for their next meeting.", WED_09_MAR_2005) == []
    )
    # must not fire: a date set
    assert listed_talks(
        "The rebels and the army will hold the next round of peace talks on Monday.", WED_09_MAR_2005
    ) == [("2005-03-14", None)]
    assert listed_talks(
        "Peace negotiators have set a date for their next meeting in Accra: Friday.", WED_09_MAR_2005
    ) == [("2005-03-11", "Accra")]
    assert listed_talks("Without a truce, peace talks will open in Accra next week.", WED_09_MAR_2005) == [
        (None, "Accra")
    ]


def test_a_meeting_in_another_month_is_another_meeting() -> None:
    dates = [
        d
        for d, _ in listed_talks(
            "The envoys will meet in Vienna on May 5, and the contact group will convene again in mid-June.",
            MON_02_MAY_2016,
        )
    ]
    assert dates == ["2016-05-05", None]
    dates = [
        d
        for d, _ in listed_talks(
            "Rebel and army delegations will meet in Nairobi on May 12, and the guarantors will meet "
            "again at the end of July, the mediator said.",
            MON_02_MAY_2016,
        )
    ]
    assert dates == ["2016-05-12", None]


def test_a_vague_date_in_the_same_month_or_no_meeting_adds_nothing() -> None:
    assert listed_talks(
        "Rebel and government negotiators will meet in Nairobi on May 12; the meeting, expected in "
        "mid-May, will focus on the ceasefire.",
        MON_02_MAY_2016,
    ) == [("2016-05-12", "Nairobi")]
    assert listed_talks(
        "The peace talks will open in Oslo on May 9 and run until the end of May.", MON_02_MAY_2016
    ) == [("2016-05-09", "Oslo")]
    assert listed_talks(
        "The summit on the war will take place on June 3, after the ceasefire held since early May.",
        MON_02_MAY_2016,
    ) == [("2016-06-03", None)]


def test_bare_round_set_for_a_day_is_listed() -> None:
    text = "Ceasefire talks ended in Nairobi on Tuesday, and a third round is scheduled for March 28."
    assert scheduled_talks(text, WED_09_MAR_2016) == [("2016-03-28", "Nairobi")]
    assert scheduled_talks(
        "The next round will be held on March 30 in Addis Ababa, the rebel envoy said.", WED_09_MAR_2016
    ) == [("2016-03-30", "Addis Ababa")]


def test_bare_round_of_a_vote_or_unset_is_not_listed() -> None:
    assert (
        scheduled_talks(
            "Amid the war, a second round of the election is scheduled for March 27.", WED_09_MAR_2016
        )
        == []
    )
    assert (
        scheduled_talks(
            "The rebels boycotted the vote, and a second round will be held on March 27.", WED_09_MAR_2016
        )
        == []
    )
    assert (
        scheduled_talks(
            "The army won the first round of fighting, and troops will rest on Sunday.", WED_09_MAR_2016
        )
        == []
    )


def test_weekday_after_past_speech_dates_the_speech() -> None:
    text = (
        "Ali Rezaei, the chief negotiator in the talks with Washington, admitted the difficulties in "
        "remarks to students late on Tuesday."
    )
    assert scheduled_talks(text, MON_03_JUN_2024) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The rebels and the government will resume peace talks in Muscat on Tuesday, the ministry said.",
            [("2024-06-04", "Muscat")],
        ),
        ("Peace talks with the rebels will open in Muscat on Tuesday.", [("2024-06-04", "Muscat")]),
    ],
)
def test_weekday_of_a_future_meeting_kept(text: str, want: list[tuple[str | None, str | None]]) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == want


# --- a run of weekdays: "on Tuesday and Wednesday" -> date and date_end ---------------------------


def test_weekday_run_gives_date_end() -> None:
    assert talk_ranges(
        "Rebel and army delegations will hold peace talks in Geneva on Thursday and Friday.", WED_09_MAR_2011
    ) == [("2011-03-10", "2011-03-11")]
    assert talk_ranges(
        "The warring parties will hold ceasefire talks in Doha from Saturday to Monday.", WED_09_MAR_2011
    ) == [("2011-03-12", "2011-03-14")]


def test_weekdays_that_are_not_a_run() -> None:
    assert talk_ranges(
        "Rebels will meet the envoy on Thursday and the army on Saturday for ceasefire talks.",
        WED_09_MAR_2011,
    ) == [("2011-03-10", None)]
    assert talk_ranges(
        "The rebels will hold peace talks on Friday, and Saturday will see a vote in parliament.",
        WED_09_MAR_2011,
    ) == [("2011-03-11", None)]
    assert talk_ranges(
        "Ceasefire talks will open on Thursday and Friday 18 March is the deadline for a deal.",
        WED_09_MAR_2011,
    ) == [("2011-03-10", None)]
    assert talk_ranges(
        "Peace talks with the rebels will open in Arusha on Monday and Friday is the day of the vote.",
        WED_09_MAR_2011,
    ) == [("2011-03-14", None)]


# --- two set days without a publication date are two meetings -------------------------------------


def test_two_unresolved_days_in_a_sentence_are_two_meetings() -> None:
    text = (
        "Rebel and government envoys will hold peace talks in Oslo on Tuesday, and a plenary session "
        "is scheduled for the 19th, mediators said."
    )
    assert len(scheduled_talks(text, None)) == 2
    text2 = "Peace talks will open in Oslo on the 4th, and a second session is set for the 9th."
    assert len(scheduled_talks(text2, None)) == 2


def test_one_meeting_restated_in_another_form_stays_one() -> None:
    text = (
        "The warring sides have arrived in Geneva for peace talks, expected to start on Thursday. "
        "The UN envoy said the peace talks will start on Dec. 6."
    )
    assert len(scheduled_talks(text, None)) == 1
    assert (
        len(
            scheduled_talks(
                "Peace talks will open on Friday. The rebels said peace talks would open on Friday.", None
            )
        )
        == 1
    )


# --- headline case, aid conferences, a meeting that has ended -------------------------------------


def test_a_headline_capitalises_the_meeting_words() -> None:
    assert scheduled_talks(
        "", WED_09_MAR_2016, title="India, Pakistan to Hold Talks On Kashmir in Lahore on Friday"
    ) == [("2016-03-11", "Lahore")]
    assert scheduled_talks("", WED_09_MAR_2016, title="Foreign Ministers to Meet in Lahore on Friday") == []


# --- two meetings in one sentence: a set day, and a vague week or month in its own clause ---------


def test_set_day_and_vague_week_in_two_clauses_are_two_meetings() -> None:
    text = (
        "Sudanese and rebel military officers will meet in Abuja on Tuesday to discuss the truce, and "
        "the African Union will host full peace talks in the Nigerian capital later this month, "
        "officials said."
    )
    assert talk_dates(text, MON_10_JAN_2005) == ["2005-01-11", None]
    text = (
        "The Tamil Tigers will meet Norway's envoy on Thursday, and Colombo and the rebels are expected "
        "to resume peace talks next month, the mediators said."
    )
    assert talk_dates(text, MON_10_JAN_2005) == ["2005-01-13", None]


def test_set_day_and_vague_week_of_one_meeting_stay_one() -> None:
    # the vague date told within the same clause
    text = (
        "Rebel and government negotiators will meet on Tuesday for peace talks expected to last "
        "until next week."
    )
    assert talk_dates(text, MON_10_JAN_2005) == ["2005-01-11"]
    # a named month belongs to _other_month, not this rule
    text = (
        "The two sides will resume peace talks on Jan. 20, and the Norwegian mediators expect a "
        "deal at talks in January."
    )
    assert len(talk_dates(text, MON_10_JAN_2005)) == 1
    # two sentences: a story may restate its meeting vaguely
    text = (
        "Government and rebel negotiators will meet in Abuja on Tuesday. The talks next week are the "
        "seventh round, the AU said."
    )
    assert talk_dates(text, MON_10_JAN_2005) == ["2005-01-11"]


# --- a summit told beside other talks -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Negotiators from both sides will meet on Thursday to discuss the truce, ahead of a planned "
            "summit in Cairo.",
            [("2024-06-06", None), (None, "Cairo")],
        ),
        (
            "Ceasefire talks between the army and the rebels will open on Wednesday. Regional leaders are "
            "to hold a summit in Kampala later to discuss the conflict.",
            [("2024-06-05", None), (None, "Kampala")],
        ),
    ],
)
def test_summit_beside_other_talks_is_another_meeting(
    text: str, want: list[tuple[str | None, str | None]]
) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peace talks will resume in Geneva on Wednesday. The talks will be chaired by the UN envoy, a "
            "spokesman said.",
            [("2024-06-05", "Geneva")],
        ),
        (
            "The rival leaders will hold a summit in Ankara on Friday. The summit will focus on the "
            "ceasefire.",
            [("2024-06-07", "Ankara")],
        ),
    ],
)
def test_one_meeting_restated_stays_one(text: str, want: list[tuple[str | None, str | None]]) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == want


# --- a date in a reported clause ------------------------------------------------------------------


def test_date_of_a_reported_clause_is_the_meetings() -> None:
    text = (
        "Army and rebel commanders will meet in Juba on Wednesday to prepare a summit of the two "
        "leaders, which diplomats said would be held on June 20."
    )
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-05", "Juba"), ("2024-06-20", "Juba")]


def test_date_told_after_a_reported_future_verb() -> None:
    text = "The envoy said the warring parties would meet in Stockholm on June 14."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-14", "Stockholm")]


@pytest.mark.parametrize(
    "text",
    [
        # the day of the saying, not of the meeting
        "The rebels will attend the peace talks, their spokesman said on Tuesday.",
        "Peace talks will resume in Doha, the mediators announced on Wednesday.",
    ],
)
def test_day_of_saying_still_dates_nothing(text: str) -> None:
    assert scheduled_talks(text, MON_03_JUN_2024) == [(None, "Doha" if "Doha" in text else None)]


# --- "within two weeks", and a second reported clause ---------------------------------------------


def test_within_weeks_is_an_imprecise_date() -> None:
    text = "Talks on the truce will begin within two weeks."
    found = list(find_dates(text, MON_03_JUN_2024))
    assert [(text[d.start : d.end], d.kind, d.day) for d in found] == [("within two weeks", "vague", None)]
    assert [text[d.start : d.end] for d in find_dates("The goal is within reach.", MON_03_JUN_2024)] == []


def test_two_meetings_in_two_reported_clauses() -> None:
    text = (
        "The UN mission said the military commission of the rival forces would reconvene in "
        "Geneva within two weeks, and that political talks were set to open on June 24."
    )
    assert scheduled_talks(text, MON_03_JUN_2024) == [(None, "Geneva"), ("2024-06-24", "Geneva")]


def test_one_meeting_restated_in_one_sentence() -> None:
    text = "Peace talks will resume in Geneva within two weeks, and the talks will last three days."
    assert scheduled_talks(text, MON_03_JUN_2024) == [(None, "Geneva")]


# --- a weekday a week on --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The envoys will meet again on Thursday week.", [("on Thursday week", date(2024, 6, 13))]),
        ("The commission meets a week on Friday.", [("a week on Friday", date(2024, 6, 14))]),
        ("Talks open a week from Tuesday.", [("a week from Tuesday", date(2024, 6, 11))]),
    ],
)
def test_weekday_a_week_on(text: str, want: list[tuple[str, date]]) -> None:
    assert days(text, MON_03_JUN_2024) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a plain weekday, a week-long span, a weekday then "week" in another phrase
        ("The envoys will meet again on Thursday.", [("on Thursday", date(2024, 6, 6))]),
        ("A week-long truce began on Friday.", [("on Friday", date(2024, 6, 7))]),
        ("They meet on Friday, week after week.", [("on Friday", date(2024, 6, 7))]),
        ("A week later, on Friday, the rebels withdrew.", [("on Friday", date(2024, 6, 7))]),
    ],
)
def test_weekday_without_a_week_on(text: str, want: list[tuple[str, date]]) -> None:
    assert days(text, MON_03_JUN_2024) == want


# --- a count of days ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The sides will sit down in ten days' time.", [("in ten days' time", date(2024, 6, 13))]),
        ("A new round is due in 12 days.", [("in 12 days", date(2024, 6, 15))]),
    ],
)
def test_count_of_days_from_publication(text: str, want: list[tuple[str, date]]) -> None:
    assert days(text, MON_03_JUN_2024) == want


@pytest.mark.parametrize(
    "text",
    [
        "Forty people were killed in three days of fighting.",
        "The army retook the town in two days' fighting.",
        "The rebels had advanced in five days earlier.",
    ],
)
def test_days_as_a_span_date_nothing(text: str) -> None:
    assert days(text, MON_03_JUN_2024) == []


def test_meeting_in_ten_days() -> None:
    text = "Army and rebel delegates will hold peace talks in Juba in ten days' time, mediators said."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-13", "Juba")]


# --- "ahead of Thursday's talks" ------------------------------------------------------------------


def test_possessive_day_dates_the_awaited_meeting() -> None:
    text = "The mediator will meet rebel commanders in Bangui ahead of Thursday's peace talks in Libreville."
    assert scheduled_talks(text, MON_03_JUN_2024) == [(None, "Bangui"), ("2024-06-06", "Libreville")]


def test_day_before_ahead_of_stays_the_first_meetings() -> None:
    text = "The mediator will meet rebel commanders in Bangui on Tuesday, ahead of planned peace talks."
    assert scheduled_talks(text, MON_03_JUN_2024) == [("2024-06-04", "Bangui"), (None, None)]


# --- ISO dates ------------------------------------------------------------------------------------


def test_iso_date_in_text() -> None:
    found = [
        (d.day, d.kind) for d in find_dates("The envoys will meet in Oslo on 2024-06-12.", FRI_07_JUN_2024)
    ]
    assert found == [(date(2024, 6, 12), "explicit")]
    assert talk_ranges(
        "Rebel and army delegations will meet in Oslo on 2024-06-12 for ceasefire talks.", FRI_07_JUN_2024
    ) == [("2024-06-12", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The report, reference 2024-06-12-3, lists the attacks.",
        "Case no. 12-2024-06-12 was filed.",
        "The figures for 2024-13-01 are wrong.",
        "Version 2024.06-12 was released.",
    ],
)
def test_iso_date_not(text: str) -> None:
    assert [d.day for d in find_dates(text, FRI_07_JUN_2024) if d.day is not None] == []


# --- a run of weekdays with its modifier ----------------------------------------------------------


def test_next_weekday_run() -> None:
    assert talk_ranges(
        "Army and rebel commanders will hold ceasefire talks next Tuesday and Wednesday.", FRI_07_JUN_2024
    ) == [("2024-06-11", "2024-06-12")]
    found = [(d.day, d.day_end) for d in find_dates("They meet this Monday and Tuesday.", FRI_07_JUN_2024)]
    assert found == [(date(2024, 6, 10), date(2024, 6, 11))]


def test_next_weekday_not_run() -> None:
    # a second weekday far away or followed by a date is no run
    found = [(d.day, d.day_end) for d in find_dates("They meet next Monday and Friday.", FRI_07_JUN_2024)]
    assert found[0] == (date(2024, 6, 10), None)
    assert next(d.day_end for d in find_dates("next Monday and Tuesday, 11 June", FRI_07_JUN_2024)) is None
    # "last" is never a run
    assert next(d.day_end for d in find_dates("They met last Monday and Tuesday.", FRI_07_JUN_2024)) is None


# --- a long subject before the future verb --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peace talks between the Kenyan government and the rebels will take place in July.",
        "The African Union said peace talks between the Ethiopian government and Tigrayan rebels would"
        " take place in July.",
        "The African Union said talks between the Ethiopian government and Tigrayan forces would take"
        " place in the second week of July.",
    ],
)
def test_long_subject_future(text: str) -> None:
    assert talk_ranges(text, FRI_07_JUN_2024) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # past, or only hoped for
        "Peace talks between the Kenyan government and the rebels took place in Nairobi in May.",
        "Peace talks between the Kenyan government and the rebels might take place in July.",
        # a relative clause's old plan, the talks since opened
        "Peace talks between the Kenyan government and the rebels, which had been due to begin on"
        " Monday, finally opened in Nairobi on Friday.",
        # not a conflict: market forces
        "Talks between the finance ministry and the unions will take place in July.",
    ],
)
def test_long_subject_not(text: str) -> None:
    assert talk_ranges(text, FRI_07_JUN_2024) == []


def test_long_subject_keeps_earlier_day() -> None:
    text = "Peace talks between the Kenyan government and the rebels on Tuesday will take place in Geneva."
    assert talk_ranges(text, FRI_07_JUN_2024) == [("2024-06-11", None)]


def test_a_date_set_in_the_clause_said() -> None:
    """'said on Tuesday it had set November 29 as the date for resuming peace talks': the date
    set is the meeting's, not the saying's."""
    pub = date(2005, 11, 15)
    text = (
        "The African Union said on Tuesday it had set November 29 as the date for resuming peace "
        "talks between Sudan's government and Darfur rebels."
    )
    assert listed_talks(text, pub) == [("2005-11-29", None)]


def test_a_day_told_from_the_other_date_of_the_sentence() -> None:
    pub = date(2021, 10, 11)
    text = (
        "The session will begin in Geneva on 18 October, the envoy said, and for the first time the "
        "two co-chairs from the government and the opposition will meet him together the day before."
    )
    assert listed_talks(text, pub) == [("2021-10-18", "Geneva"), ("2021-10-17", "Geneva")]
    text = (
        "Peace talks between the government and the rebels will open in Geneva on Monday, and the "
        "two leaders will meet the following day."
    )
    assert listed_talks(text, pub) == [("2021-10-11", "Geneva"), ("2021-10-12", "Geneva")]
    # not a meeting already held, nor a day with no date to count from
    assert listed_talks("Rebels attacked on Monday and peace talks were held the following day.", pub) == []


def test_relative_clause_sets_a_meeting_without_a_publication_date() -> None:
    text = (
        "The ceasefire in the east is fragile. Envoys are preparing a summit of the four leaders, which "
        "the host government has said will take place in Vienna on May 20."
    )
    assert listed_talks(text, None) == [(None, "Vienna")]
    assert listed_talks(text, WED_09_MAR_2016) == [("2016-05-20", "Vienna")]


def test_new_date_of_a_postponed_meeting_holds_over_the_planned_day() -> None:
    text = (
        "A meeting between government ministers and rebel commanders planned for Saturday in the "
        "northern town of Marsa has been pushed back to March 21, the mediator said of the truce."
    )
    assert listed_talks(text, WED_09_MAR_2016) == [("2016-03-21", "Marsa")]


def test_a_deadline_before_the_meeting_is_not_its_date() -> None:
    text = "The army extended its ceasefire until March 31 to allow the peace talks to go ahead."
    assert talk_dates(text, WED_09_MAR_2016) == [None]  # the talks are to come, on no day told


def test_unresolved_weekday_is_not_a_dated_meeting_on_another_weekday() -> None:
    # no publication date: "on Monday" cannot be the 4 February 2023 summit (a Saturday)
    text = (
        "Armed groups were invited to the next round of the Nairobi peace process, which the "
        "facilitator said will open on Monday. Regional leaders are due to meet in Bujumbura on "
        "February 4, 2023 to review the ceasefire."
    )
    assert listed_talks(text, None) == [(None, "Nairobi"), ("2023-02-04", "Bujumbura")]


def test_a_plenary_session_after_consultations_is_one_round() -> None:
    text = (
        "The mediation will hold consultations with the parties on 14 and 15 May, followed by the formal "
        "plenary session from 16 to 21 May in Addis Ababa, the envoy said of the ceasefire talks."
    )
    assert talk_ranges(text, WED_09_MAR_2016) == [("2016-05-14", "2016-05-21")]
    text = (
        "The truce holds. The next meeting in the Astana format will be held in Nur-Sultan on July 7-8, "
        'the envoy said. "On July 7 the delegations will hold consultations, and the plenary session '
        'is planned for July 8," he said.'
    )
    assert talk_dates(text, WED_09_MAR_2016) == ["2016-07-07"]


def test_a_preparatory_meeting_the_day_before_a_session_is_its_own() -> None:
    text = (
        "The sixth session of the committee will begin in Geneva on 18 March, the UN envoy said, and "
        "the two co-chairs will meet him together the day before to prepare the truce talks."
    )
    assert sorted(talk_dates(text, WED_09_MAR_2016)) == ["2016-03-17", "2016-03-18"]


def test_a_new_day_of_the_month_and_a_former_plan_in_a_place() -> None:
    text = (
        "The truce holds. The meeting, initially planned for Tuesday the 11th, has been pushed back to "
        "the 14th, the spokesman said."
    )
    assert talk_dates(text, date(2018, 9, 6)) == ["2018-09-14"]
    text = (
        "The truce holds. The talks, which had been due to open in the Nigerian capital on Thursday, "
        "will now start on Oct. 25, the mediators said."
    )
    assert talk_dates(text, date(2004, 10, 19)) == ["2004-10-25"]


def test_the_next_round_set_by_its_days() -> None:
    text = "The ceasefire holds. The participants agreed to hold the next round on 10-11 December 2019."
    assert talk_ranges(text, date(2019, 10, 8)) == [("2019-12-10", "2019-12-11")]


def test_a_verbs_date_follows_it() -> None:
    text = (
        "COLOMBO (AFP) - Norway's envoy flew into Sri Lanka on Friday and is due to meet the rebels' "
        "political chief in the rebel-held town of Kilinochchi on Sunday, to revive the truce talks."
    )
    assert listed_talks(text, date(2004, 12, 3)) == [("2004-12-05", "Kilinochchi")]


def test_a_date_in_a_past_relative_clause_is_another_events() -> None:
    text = (
        "The truce holds. The ceremony and first session will take place in the heart of a zone that the "
        "army vacated in November at the rebels' request."
    )
    assert listed_talks(text, date(1998, 12, 29)) == [(None, None)]
    text = (
        "The truce holds. Delegates said the next round of the peace process, which the facilitator "
        "said will open on Monday, would be held in Nairobi."
    )
    assert talk_dates(text, WED_09_MAR_2016) == ["2016-03-14"]
    # (a plan's participle in the clause is the meeting's own day)
    text = "The truce holds. The talks, which were scheduled for Monday, will open in Oslo as planned."
    assert talk_dates(text, WED_09_MAR_2016) == ["2016-03-14"]


def test_a_deadline_is_no_meetings_day() -> None:
    text = "The truce holds. Talks chairman George Mitchell has set a deadline of April 9 for an agreement."
    assert listed_talks(text, date(1998, 3, 20)) == []
    text = (
        "The truce holds. Talks between the government and the rebels, which were meant to produce a "
        "final peace deal by August 18, are expected to resume in Doha early next week."
    )
    assert listed_talks(text, date(2025, 8, 1)) == [(None, "Doha")]


def test_another_events_day_after_the_meeting() -> None:
    text = "The truce holds. The talks follow a phone call on Tuesday between the two presidents."
    assert listed_talks(text, date(2025, 3, 21)) == []


def test_a_second_meeting_told_by_its_own_verb_after_and() -> None:
    text = (
        "The truce holds. US officials will hold talks with a Ukrainian delegation in Riyadh on Sunday "
        "and meet Russian negotiators in the Saudi capital the following day, Monday."
    )
    assert listed_talks(text, date(2025, 3, 21)) == [("2025-03-23", "Riyadh"), ("2025-03-24", "Riyadh")]
    text = "The truce holds. The two delegations will nonetheless meet the guarantors in Bogota next Tuesday."
    assert talk_dates(text, date(2024, 7, 19)) == ["2024-07-23"]


def test_guests_invited_to_a_venue_on_a_day() -> None:
    text = (
        "The truce holds. Putin has invited the foreign ministers of Azerbaijan and Armenia to Moscow on "
        "Friday for consultations on a ceasefire, the Kremlin said late on Thursday."
    )
    assert listed_talks(text, date(2020, 10, 8)) == [("2020-10-09", "Moscow")]
    text = (
        "The truce holds. The envoy has invited the delegations back to Geneva on March 23 for a fifth round."
    )
    assert listed_talks(text, date(2017, 3, 6)) == [("2017-03-23", "Geneva")]


def test_sides_invited_to_talks_on_a_day_with_no_publication_date() -> None:
    text = (
        "The United States has invited the army and the paramilitary forces to ceasefire talks in "
        "Switzerland starting on Aug. 14, the secretary of state said."
    )
    assert listed_talks(text, None) == [(None, "Switzerland")]
    assert listed_talks("The truce holds. The envoy invited both sides to talks.", None) == []


def test_talks_a_statement_followed_are_past_the_next_meeting_is_not() -> None:
    text = (
        "The sides agreed to a regime of silence, the OSCE said after talks in Minsk on Wednesday. The "
        "contact group will next meet in Minsk on July 31."
    )
    assert listed_talks(text, date(2019, 7, 18)) == [("2019-07-31", "Minsk")]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a refusal of something else in the subject
        (
            "The government and the armed groups that refused to sign the 2018 peace deal will begin "
            "proximity talks in Rome on Thursday, the mediators said on Monday.",
            date(2020, 1, 13),
            [("2020-01-16", "Rome")],
        ),
        # a day of its own before the meeting
        (
            "The war goes on. East African leaders gather in Kampala today for an extraordinary summit on "
            "the war.",
            date(2024, 1, 18),
            [("2024-01-18", "Kampala")],
        ),
        # what the sides hope of it
        (
            "The truce holds. The contact group will hold its next session on July 22, when negotiators "
            "hope to finalise additional measures.",
            date(2020, 7, 17),
            [("2020-07-22", None)],
        ),
        # a trip's day before the meeting at its end
        (
            "The truce holds. The envoy is due to travel to Tunis on Sunday, where a political forum of 75 "
            "Libyans is set to open on November 9.",
            date(2020, 11, 3),
            [("2020-11-09", "Tunis")],
        ),
        # the past after a comma is not the meeting's
        (
            "The truce holds. The two sides will hold a fourth round of talks in Helsinki later this month, "
            "mediators said on Tuesday, after the two sides ended their last session.",
            None,
            [(None, "Helsinki")],
        ),
    ],
)
def test_a_meetings_day_among_other_clauses(
    text: str, pub: date | None, expected: list[tuple[str | None, str | None]]
) -> None:
    assert listed_talks(text, pub) == expected


def test_next_week_set_by_its_own_verb_is_another_meeting() -> None:
    text = (
        "The truce holds. The foreign ministers will meet in Almaty on Friday. Separately, the border "
        "commissions are due to hold their next meeting next week."
    )
    assert talk_dates(text, date(2024, 5, 6)) == ["2024-05-10", None]


def test_the_meetings_day_after_a_day_of_arrivals() -> None:
    text = (
        "The war goes on. Delegations began arriving in France on Friday for peace talks on Kosovo due to "
        "open at the Rambouillet chateau outside Paris on Saturday."
    )
    assert talk_dates(text, date(1999, 2, 5)) == ["1999-02-06"]
    # (a day in a clause of its own is not the meeting's)
    text = (
        "The truce holds. The facilitator flew to Kinshasa on Sunday for talks with President Felix "
        "Tshisekedi and is due to travel on to Goma and Kigali later this week, his office said."
    )
    assert listed_talks(text, date(2022, 11, 14)) == []
