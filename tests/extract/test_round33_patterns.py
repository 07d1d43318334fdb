"""Round 33 patterns (own sentences). A number inside a capitalised work title ("Left 4 Dead"); a
passive "was announced" names no speaker for "its fighters"; the wounded carried out by an
evacuation; names and ages restating a counted plural; talks put off to a new vague date; a news
conference's place; a summit told beside other talks. Each fix with the sentences it must not
fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2024, 6, 3)  # a Monday


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(None, text, PUB).casualties]


def scoped(text: str) -> list[tuple[int | None, str, str, str]]:
    return [(c.count, c.kind, c.group, c.scope) for c in extract(None, text, PUB).casualties]


def talks(text: str) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(None, text, PUB).talks if t.status == "scheduled"]


@pytest.mark.parametrize(
    "text",
    [
        "Reviewers praised Left 4 Dead 2 for its co-op mode, the magazine said.",
        "Players of Left 4 Dead gathered in Seattle on Saturday.",
        "Valve said sales of Left 4 Dead 2 had passed 4 million copies.",
    ],
)
def test_number_in_work_title_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A roadside bomb left 4 dead near the border, police said.", [(4, "killed", "unspecified")]),
        ("Bomb Blast in Market Leaves 4 Dead", [(4, "killed", "unspecified")]),
    ],
)
def test_dead_in_prose_or_headline_still_counted(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Ta'ang National Liberation Army said its positions had been shelled since the truce was "
            "announced, killing two of its fighters.",
            [(2, "killed", "rebels", "cumulative")],
        ),
        (
            "The military said its posts had been attacked since the ceasefire was declared, killing two "
            "of its soldiers.",
            [(2, "killed", "government", "cumulative")],
        ),
    ],
)
def test_passive_report_verb_names_no_speaker(text: str, want: list[tuple[int, str, str, str]]) -> None:
    assert scoped(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Army helicopters evacuated 23 injured policemen from the valley on Sunday.",
            [(23, "wounded", "government")],
        ),
        (
            "Ambulances evacuated nine wounded villagers to the district hospital.",
            [(9, "wounded", "civilians")],
        ),
        ("Volunteers evacuated 200 villagers from the front line.", [(200, "displaced", "civilians")]),
    ],
)
def test_evacuated_wounded_are_wounded(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Four police officers, Ali Reza, 28, Hamid Karimi, 31, and their driver Nabi, 40, were killed "
            "in the ambush.",
            [(4, "killed", "government")],
        ),
        (
            "Two aid workers, John Smith, 34, and his colleague Maria Lopez, 29, were abducted on Monday.",
            [(2, "detained", "aid_workers")],
        ),
        (
            "Militants killed two policemen, Ali Khan, 30, and his brother Omar, 25, on Friday.",
            [(2, "killed", "government")],
        ),
    ],
)
def test_names_and_ages_restate_the_counted_plural(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text) == want


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
    assert talks(text) == [(None, None)]


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
    assert talks(text) == want


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
    assert talks(text) == want


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
    assert talks(text) == want


def test_meeting_told_as_the_time_of_another_takes_no_place_from_it() -> None:
    # The summit is named only as the time of the talks: it is not held where they are.
    text = "Mediators will hold talks with Hamas in Cairo on Tuesday ahead of a summit on the Gaza truce."
    assert talks(text) == [("2024-06-04", "Cairo"), (None, None)]
