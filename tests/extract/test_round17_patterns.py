"""Round 17 news patterns, upcoming talks (own sentences): each fix with the sentences it must
not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2011, 3, 9)  # a Wednesday


def talks(text: str, published: date | None = PUB) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(None, text, published).talks if t.status == "scheduled"]


# --- a round under way: "continued for a third day", "entered their second week" -----------------


def test_round_continuing_for_another_day_is_under_way() -> None:
    assert (
        talks(
            "Peace talks between the army and the rebels continued for a second day in Arusha on Wednesday."
        )
        == []
    )
    assert (
        talks("Ceasefire negotiations in Doha entered their third week on Wednesday with no sign of a deal.")
        == []
    )
    assert talks("The UN-led talks on the truce went into a fourth day in Nairobi on Wednesday.") == []


def test_future_rounds_are_still_listed() -> None:
    assert talks("Peace talks between the army and the rebels will continue in Arusha on Friday.") == [
        ("2011-03-11", "Arusha")
    ]
    assert talks(
        "The rebels said fighting continued for a third day, but ceasefire talks will open in Doha on Friday."
    ) == [("2011-03-11", "Doha")]
    assert talks("Ceasefire negotiations in Doha will enter a new phase on Friday, the UN envoy said.") != []


# --- a clause telling an earlier postponement: "talks, postponed last month, are now set to open" --


def test_postponed_clause_then_new_schedule() -> None:
    text = (
        "The dialogue between the military government and the armed opposition groups, postponed last month, "
        "is now set to open in Lome on Friday, mediators said."
    )
    assert talks(text) == [("2011-03-11", "Lome")]
    assert talks(
        "Peace talks with the rebels, put off in January, are expected to resume in Accra on Friday."
    ) == [("2011-03-11", "Accra")]


def test_postponement_itself_still_stops_the_meeting() -> None:
    assert (
        talks("Peace talks with the rebels set for Friday in Accra have been postponed, the UN envoy said.")
        == []
    )
    assert talks("The ceasefire talks were postponed last month and no new date has been set.") == []
    assert talks("The rebels said the talks, postponed last month, had been called off for good.") == []


# --- the meeting named after a non-conflict topic: "meet in Bonn for UN climate talks" ------------


def test_meeting_for_non_conflict_talks() -> None:
    assert (
        talks("UN negotiators from 190 countries will meet in Bonn on Friday for two weeks of climate talks.")
        == []
    )
    assert talks("UN envoys are set to meet in Geneva next week for new trade negotiations.") == []


def test_meeting_for_peace_talks_stays() -> None:
    assert talks("Rebel leaders will meet in Geneva on Friday for UN-backed peace talks.") == [
        ("2011-03-11", "Geneva")
    ]
    assert talks("The envoy will meet the rebels on Friday for ceasefire talks, the UN said.") != []
    assert talks("Warring factions are set to meet next week for a new round of talks on the truce.") != []


# --- a frozen conflict named by its region: "the breakaway region", "the disputed enclave" -------


def test_breakaway_or_disputed_region_is_a_conflict_frame() -> None:
    assert talks("Officials of Moldova and its breakaway region will meet in Vienna on Friday.") == [
        ("2011-03-11", "Vienna")
    ]
    assert talks("The two foreign ministers will meet on Friday to discuss the disputed enclave.") != []


def test_disputed_without_a_region_is_no_conflict_frame() -> None:
    assert talks("The two parties will meet on Friday to discuss the disputed election results.") == []
    assert talks("The companies will meet on Friday to settle the disputed contract.") == []
    assert talks("The breakaway party faction will hold a meeting on Friday.") == []


# --- a meeting as the setting of a future act: "will present its plan at a meeting on Tuesday" ----


def test_future_act_at_a_meeting() -> None:
    text = (
        "The Contact Group will present its peace plan to the warring parties at a meeting in Rome on Friday."
    )
    assert talks(text) == [("2011-03-11", "Rome")]
    assert talks(
        "The UN envoy is to outline the ceasefire terms to both sides during a session in Oslo on Friday."
    ) == [("2011-03-11", "Oslo")]


def test_past_or_unscheduled_meeting_settings_do_not_fire() -> None:
    assert talks("The rebels presented their peace plan at a meeting in Rome last week.") == []
    assert talks("The envoy said the warring parties had agreed on the truce at the talks in Oslo.") == []
    assert (
        talks("The rebels will study the peace plan presented at the meeting in Rome on Monday.", None) == []
    )
    assert talks("The UN envoy will be briefed on the truce at a meeting in Rome on Friday.") == [
        ("2011-03-11", "Rome")
    ]
