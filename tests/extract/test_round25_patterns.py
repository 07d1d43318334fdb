"""Round 25 news patterns (own sentences): wire-service talks items and negatives with
conflict-looking words. Talks: the leaders of two warring sides named by their nationality and
office ("Israeli Foreign Minister Silvan Shalom will meet Palestinian Prime Minister Ahmed Qurie")
frame a meeting as a conflict one; two meetings in one sentence, one set for a day and one for a
vague week or month in a clause with its own subject, are two entries; a venue told with its
region ("in the northern town of Kilinochchi"). Violations: a truce in people's quarrel ("a
ceasefire in their bitter feud") is no conflict truce. Each fix with the sentences it must not
fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2005, 1, 10)  # a Monday


def talks(text: str, title: str | None = None, pub: date | None = PUB) -> list[str | None]:
    return [t.date for t in extract(title, text, pub).talks]


def places(text: str, pub: date | None = PUB) -> list[str | None]:
    return [t.place for t in extract(None, text, pub).talks]


def breach(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


# --- warring sides' leaders named by nationality and office ---------------------------------------


def test_leaders_of_warring_sides_frame_a_meeting() -> None:
    text = (
        "Israeli Foreign Minister Silvan Shalom and Palestinian Prime Minister Ahmed Qurie will meet "
        "in Jerusalem on Wednesday, aides said."
    )
    assert talks(text) == ["2005-01-12"]
    text = "Israeli Vice Premier Shimon Peres will meet Palestinian negotiator Saeb Erekat on Thursday."
    assert talks(text) == ["2005-01-13"]
    text = "Palestinian leader Mahmoud Abbas is due to meet Israel's Prime Minister Ariel Sharon next week."
    assert talks(text) == [None]


def test_leaders_not_in_another_matter_or_without_meeting() -> None:
    # their economy, not the conflict
    text = (
        "Israeli Finance Minister Benjamin Netanyahu will meet Palestinian Finance Minister Salam Fayyad "
        "on Wednesday to discuss trade and the economy."
    )
    assert talks(text) == []
    # no meeting told
    text = "Israeli Prime Minister Ariel Sharon praised Palestinian President Mahmoud Abbas on Sunday."
    assert talks(text) == []
    # only one side named
    text = "Israeli Prime Minister Ariel Sharon will meet U.S. Senator John McCain on Wednesday."
    assert talks(text) == []


# --- two meetings in one sentence: a set day, and a vague week or month in its own clause ---------


def test_set_day_and_vague_week_in_two_clauses_are_two_meetings() -> None:
    text = (
        "Sudanese and rebel military officers will meet in Abuja on Tuesday to discuss the truce, and "
        "the African Union will host full peace talks in the Nigerian capital later this month, "
        "officials said."
    )
    assert talks(text) == ["2005-01-11", None]
    text = (
        "The Tamil Tigers will meet Norway's envoy on Thursday, and Colombo and the rebels are expected "
        "to resume peace talks next month, the mediators said."
    )
    assert talks(text) == ["2005-01-13", None]


def test_set_day_and_vague_week_of_one_meeting_stay_one() -> None:
    # the vague date told within the same clause
    text = (
        "Rebel and government negotiators will meet on Tuesday for peace talks expected to last "
        "until next week."
    )
    assert talks(text) == ["2005-01-11"]
    # a named month belongs to _other_month, not this rule
    text = (
        "The two sides will resume peace talks on Jan. 20, and the Norwegian mediators expect a "
        "deal at talks in January."
    )
    assert len(talks(text)) == 1
    # two sentences: a story may restate its meeting vaguely
    text = (
        "Government and rebel negotiators will meet in Abuja on Tuesday. The talks next week are the "
        "seventh round, the AU said."
    )
    assert talks(text) == ["2005-01-11"]


# --- the venue told with its region -----------------------------------------------------------


def test_venue_with_its_region() -> None:
    text = "Norway's envoy will meet Tamil Tiger leaders in the northern rebel town of Kilinochchi on Friday."
    assert places(text) == ["Kilinochchi"]
    text = "The Israeli and Palestinian leaders will meet at the Red Sea resort of Aqaba on Wednesday."
    assert places(text) == ["Aqaba"]
    text = "Rebels and the government will hold peace talks in the Kenyan capital Nairobi on Monday."
    assert places(text) == ["Nairobi"]


def test_venue_not_a_lowercase_word() -> None:
    text = "Rebels and the government will hold peace talks in the Nigerian capital next week."
    assert places(text) == [None]


# --- a truce in people's quarrel -------------------------------------------------------------


def test_truce_in_a_personal_feud_is_no_ceasefire() -> None:
    text = (
        "The two coaches called a truce in their long-running feud last month, but the ceasefire was "
        "broken on Sunday when one accused the other of cheating."
    )
    assert not breach(text)
    text = (
        "The singer agreed a ceasefire in her war of words with the tabloids, which was shattered "
        "within a week."
    )
    assert not breach(text)


def test_truce_in_an_armed_feud_still_breached() -> None:
    text = "Gunmen violated a truce in the clan feud on Sunday, killing four villagers, police said."
    assert breach(text)
    text = "Rebels broke the ceasefire on Friday, shelling army positions in the east."
    assert breach(text)


# --- "met ... and agreed to meet again": the past words are the earlier meeting's ----------------


def test_meet_again_after_a_past_meeting() -> None:
    text = "Government and rebel envoys met in Oslo on Saturday and agreed to meet again next month."
    assert talks(text) == [None]
    text = "Sudanese officials and Darfur rebels met last week and are expected to meet again in February."
    assert talks(text) == [None]


def test_meet_again_not_when_its_own_words_are_past() -> None:
    text = (
        "Rebel and government envoys met on Saturday, but the talks broke down and they did not meet again."
    )
    assert talks(text) == []
    text = "Rebel and government envoys met in Oslo on Saturday and hope the talks will lead to peace."
    assert talks(text) == []


def test_review_a_region_is_no_place_and_and_opens_no_party() -> None:
    text = "The envoy will meet rebel leaders on Tuesday to discuss the Middle East peace process."
    assert [t.place for t in extract(None, text, date(2005, 2, 5)).talks] == [None]
    text = (
        "Security chiefs met on Monday, and Sharon and Abbas are due to meet in Sharm el-Sheikh on "
        "Tuesday for peace talks."
    )
    assert [t.parties for t in extract(None, text, date(2005, 2, 5)).talks] == ["Sharon - Abbas"]
