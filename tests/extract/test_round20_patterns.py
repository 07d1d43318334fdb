"""Round 20 news patterns (own sentences): a death toll named at the head of a long subject, deaths
counted with only a group adjective, a sub-group between a total and a figure of another kind, ages
given as "under the age of five"; each fix with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2021, 6, 2)


def figs(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(None, text, PUB).casualties]


# --- the death toll far before "has risen to N" ------------------------------------------------


def test_toll_named_at_the_head_of_a_long_subject() -> None:
    text = (
        "The death toll from Tuesday's twin car bombings at a crowded vegetable market in the north of "
        "the city has risen to 83, including 19 children, hospital officials said."
    )
    assert figs(text) == [(83, "killed", "unspecified"), (19, "killed", "children")]
    text = (
        "The civilian toll from last week's shelling of the refugee camp on the outskirts of the "
        "provincial capital has climbed to 41, including 12 women, the UN said."
    )
    assert figs(text) == [(41, "killed", "civilians"), (12, "killed", "civilians")]


def test_a_far_toll_needs_the_verb_of_its_growth() -> None:
    text = (
        "The death toll from the bombing of the wedding party in the remote mountain district was not "
        "known, but officials said 14 guards were on duty."
    )
    assert figs(text) == []
    text = (
        "The death toll from the shelling of the market in the eastern district of the city has risen "
        "sharply. Officials expect to reach 30 villages by Friday."
    )
    assert figs(text) == []


# --- deaths counted with only a group adjective ----------------------------------------------------


def test_deaths_with_a_group_adjective() -> None:
    assert figs("The Pentagon confirmed 2,215 military deaths.") == [(2215, "killed", "government")]
    assert figs("Officials counted 310 Palestinian deaths in May.") == [(310, "killed", "unspecified")]
    assert figs("The group said the conflict had caused 700 rebel deaths.") == [(700, "killed", "rebels")]


def test_military_deaths_of_an_unrecognised_entity_are_combatants() -> None:
    text = "The breakaway region's defence ministry said it had recorded 211 military deaths since July."
    assert figs(text) == [(211, "killed", "combatants")]


def test_deaths_after_a_name_or_a_non_person_word_are_not_figures() -> None:
    assert figs("The region recorded 1,200 Covid deaths in the winter.") == []
    assert figs("Police reported 45 road deaths over the holiday.") == []
    assert figs("There were 300 excess deaths in the heatwave.") == []


# --- a sub-group keeps the kind of its total ------------------------------------------------------


def test_subgroup_between_a_total_and_a_figure_of_another_kind() -> None:
    text = "Monitors recorded 2,130 civilian deaths, including 305 children, and 4,870 injured since March."
    assert figs(text) == [
        (2130, "killed", "civilians"),
        (305, "killed", "children"),
        (4870, "wounded", "civilians"),
    ]


def test_coordinated_figures_still_share_the_kind_after_them() -> None:
    assert figs("Six soldiers and 10 civilians were wounded in the blast.") == [
        (6, "wounded", "government"),
        (10, "wounded", "civilians"),
    ]


# --- review: a toll's clause, and a sub-group aside that stops at the next figure ------------------------


def test_a_far_toll_stays_in_its_own_clause() -> None:
    text = (
        "The death toll from the bombing is expected to rise, and the number of people in hospital "
        "has reached 45, doctors said."
    )
    assert figs(text) == []


def test_an_including_aside_does_not_reach_past_the_next_figure() -> None:
    text = "The death toll in the market attack has risen to 52, including 9 children, and 80 wounded."
    assert figs(text) == [
        (52, "killed", "unspecified"),
        (9, "killed", "children"),
        (80, "wounded", "unspecified"),
    ]
    text2 = "Some 120 people, including 30 children and 41 women, were wounded in the shelling."
    assert figs(text2) == [
        (120, "wounded", "unspecified"),
        (30, "wounded", "children"),
        (41, "wounded", "civilians"),
    ]
