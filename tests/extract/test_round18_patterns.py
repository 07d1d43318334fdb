"""Round 18 news patterns, upcoming talks (own sentences): each fix with the sentences it must
not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2011, 3, 9)  # a Wednesday


def talks(text: str, published: date | None = PUB) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(None, text, published).talks if t.status == "scheduled"]


def ranges(text: str, published: date | None = PUB) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.date_end) for t in extract(None, text, published).talks if t.status == "scheduled"]


# --- present tense for a set day after a long subject: "Talks between ... resume ... on Monday" -----


def test_present_tense_resume_on_a_weekday_is_upcoming() -> None:
    text = (
        "Talks between the Chadian government and the eastern rebel alliance resume in the Libyan "
        "capital on Monday, mediators said."
    )
    assert talks(text, None) == [(None, None)]
    assert talks(text) == [("2011-03-14", None)]
    assert talks(
        "Ceasefire negotiations between the army and the separatists reconvene tomorrow in Kampala.", None
    ) == [(None, "Kampala")]
    assert talks("Peace talks between Khartoum and the rebel movements open in Doha on Saturday.", None) == [
        (None, "Doha")
    ]


def test_present_tense_not_a_set_meeting() -> None:
    assert talks("Talks between the government and the rebels resumed in Tripoli on Monday.", None) == []
    assert (
        talks("Talks between the army and the rebels collapsed, and fighting starts again on Monday.", None)
        == []
    )
    assert (
        talks("Schools reopen on Monday after the ceasefire talks between the army and rebels.", None) == []
    )
    assert (
        talks("The rebels said peace talks would resume only when the army withdrew from the town.", None)
        == []
    )


# --- a run of weekdays: "on Tuesday and Wednesday" -> date and date_end -----------------------------


def test_weekday_run_gives_date_end() -> None:
    assert ranges("Rebel and army delegations will hold peace talks in Geneva on Thursday and Friday.") == [
        ("2011-03-10", "2011-03-11")
    ]
    assert ranges("The warring parties will hold ceasefire talks in Doha from Saturday to Monday.") == [
        ("2011-03-12", "2011-03-14")
    ]


def test_weekdays_that_are_not_a_run() -> None:
    assert ranges("Rebels will meet the envoy on Thursday and the army on Saturday for ceasefire talks.") == [
        ("2011-03-10", None)
    ]
    assert ranges(
        "The rebels will hold peace talks on Friday, and Saturday will see a vote in parliament."
    ) == [("2011-03-11", None)]
    assert ranges(
        "Ceasefire talks will open on Thursday and Friday 18 March is the deadline for a deal."
    ) == [("2011-03-10", None)]
    assert ranges(
        "Peace talks with the rebels will open in Arusha on Monday and Friday is the day of the vote."
    ) == [("2011-03-14", None)]
