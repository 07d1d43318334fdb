"""Round 27 news patterns (own sentences): kind, group, elliptic and partitive casualty figures.
Kind: "the death toll rose to N on Monday, with M others injured" is a toll (killed) and a second
figure; the place phrase after N does not reach into the "with" clause. Groups: the split of a
combined civilian total ("131 civilian casualties, 64 deaths and 67 injuries"), "brings to N the
number of civilians killed", named rebel groups' fighters ("Tamil Tiger fighters", "Islamic State
fighters"), a bare number after the attack's object ("attacked government troops, killing at
least five"), "N injured civilians". Elliptic: "killed 20 people in neighbouring X on Saturday and
12 in Y on Sunday". Partitive: "killing three of them" at the end of the clause. Each fix with
the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2016, 5, 10)


def figs(text: str, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return sorted(
        ((c.count, c.kind, c.group) for c in extract(title, text, PUB).casualties),
        key=lambda f: (f[0] or 0, f[1], f[2]),
    )


def scopes(text: str) -> dict[int | None, str]:
    return {c.count: c.scope for c in extract(None, text, PUB).casualties}


# --- kind: the toll, then "with N others injured" ---------------------------------------------


def test_toll_with_others_injured_clause() -> None:
    text = (
        "The death toll from Friday's suicide bombing in Quetta rose to 73 on "
        "Sunday, with 110 others injured."
    )
    assert figs(text) == [(73, "killed", "unspecified"), (110, "wounded", "unspecified")]
    text = "The toll from the twin blasts at the shrine climbed to 52 on Thursday, with dozens more wounded."
    assert (52, "killed", "unspecified") in figs(text)
    assert (52, "wounded", "unspecified") not in figs(text)
    text = (
        "The death toll from the mosque attack reached 19 on Tuesday, with "
        "fifty-one others hurt, police said."
    )
    assert figs(text) == [(19, "killed", "unspecified"), (51, "wounded", "unspecified")]


def test_with_clause_without_own_kind_keeps_the_predicate() -> None:
    # "with N others," and the predicate after it: one subject, not a clause of its own
    text = "Six policemen at the checkpoint, with three others, were wounded in the blast."
    assert figs(text) == [(3, "wounded", "government"), (6, "wounded", "government")]
    text = "Nine villagers in the market on Friday, with 14 more near the mosque, were killed."
    assert (9, "killed", "civilians") in figs(text)


# --- elliptic second figure after a place adjective -------------------------------------------


def test_elliptic_second_figure_after_place_adjective() -> None:
    text = "Gunmen killed 16 people in neighbouring Zurmi on Thursday and eight in Anka on Friday."
    assert figs(text) == [(8, "killed", "unspecified"), (16, "killed", "unspecified")]
    text = "Shelling killed 11 civilians in the besieged city of Taiz on Monday and four in rebel-held Saada."
    assert figs(text) == [(4, "killed", "civilians"), (11, "killed", "civilians")]


def test_elliptic_not_past_a_verb_or_things() -> None:
    text = "Militants killed nine people in neighbouring Dikwa and torched 30 shops in the market."
    assert figs(text) == [(9, "killed", "unspecified")]
    text = "Troops killed 7 rebels in the restive east, a spokesman said, and 5 in the north."
    assert figs(text) == [(7, "killed", "rebels")]


# --- groups ---------------------------------------------------------------------------------


def test_split_of_a_combined_civilian_total() -> None:
    text = (
        "The U.N. said it had recorded 880 civilian casualties, 312 deaths and "
        "568 injuries, in the first half of the year."
    )
    assert figs(text) == [(312, "killed", "civilians"), (568, "wounded", "civilians")]
    text = "Monitors said 1,050 civilians were killed or wounded during the offensive, including 398 deaths."
    assert figs(text) == [(398, "killed", "civilians")]


def test_split_of_a_combined_total_of_people_stays_unspecified() -> None:
    text = "Doctors said 140 people had been killed or wounded in the riots, including 36 deaths."
    assert figs(text) == [(36, "killed", "unspecified")]
    text = "The ministry counted 95 casualties, 20 deaths and 75 injuries."
    assert figs(text) == [(20, "killed", "unspecified"), (75, "wounded", "unspecified")]
    # a figure with a kind of its own stands between: no frame
    text = "The U.N. recorded 300 civilian casualties last year. Another report listed 41 deaths."
    assert (41, "killed", "civilians") not in figs(text)


def test_raising_to_the_number_of_civilians_killed() -> None:
    text = "The latest shelling brings to more than 250 the number of civilians killed in Daraa since June."
    assert figs(text) == [(250, "killed", "civilians")]
    assert scopes(text)[250] == "cumulative"
    text = "The toll brings to 31 the number of police officers killed in the province this year."
    assert figs(text) == [(31, "killed", "government")]
    # a plain toll keeps its own reading
    text = "The death toll from the blast rose to 44, officials said."
    assert figs(text) == [(44, "killed", "unspecified")]


def test_speaker_after_a_toll_is_no_figure() -> None:
    text = (
        "The bombing brings to 62 the number of soldiers killed in the "
        "district since March, a local official said."
    )
    assert figs(text) == [(62, "killed", "government")]


def test_named_rebel_groups_fighters() -> None:
    text = "Government troops killed 19 Tamil Tiger fighters near Kilinochchi."
    assert figs(text) == [(19, "killed", "rebels")]
    text = "Coalition air strikes killed 25 Islamic State fighters near Raqqa."
    assert figs(text) == [(25, "killed", "rebels")]
    text = "The Tamil Tigers said nine of their fighters died in the battle."
    assert figs(text) == [(9, "killed", "rebels")]
    # near-misses: the people of the name, a state's police
    assert figs("Army shelling killed 13 Tamil civilians in Mullaittivu.") == [(13, "killed", "civilians")]
    assert figs("The blast killed four state police officers.") == [(4, "killed", "government")]


def test_bare_number_after_the_attacks_object() -> None:
    text = "Mutinous soldiers attacked government troops near Bukavu on Friday, killing at least six."
    assert figs(text) == [(6, "killed", "government")]
    text = "Gunmen ambushed a convoy of border guards in Sinai, killing eight."
    assert figs(text) == [(8, "killed", "government")]
    # the object is a place or a building: no people named
    assert figs("Rebels attacked an army base in Kidal, killing four.") == [(4, "killed", "unspecified")]
    assert figs("Militants attacked a checkpoint near Arish, killing five.") == [(5, "killed", "unspecified")]


def test_injured_people_named_after_the_adjective() -> None:
    text = "Medics said they had treated 240 injured civilians since the siege began."
    assert figs(text) == [(240, "wounded", "civilians")]
    assert figs("Army medics treated 14 wounded soldiers at the base.") == [(14, "wounded", "government")]
    assert figs("Seven were killed and 22 injured, police said.") == [
        (7, "killed", "unspecified"),
        (22, "wounded", "unspecified"),
    ]


def test_killed_all_n() -> None:
    assert figs("Police commandos killed all four gunmen after a siege.") == [(4, "killed", "rebels")]


def test_subgroup_shares_the_period_of_a_counted_total() -> None:
    text = (
        "The number of civilians killed in the conflict has risen to 1,640, "
        "including 412 children, the U.N. said."
    )
    assert scopes(text) == {1640: "cumulative", 412: "cumulative"}
    text = "A suicide bomber killed 21 people, including six children, on Friday."
    assert scopes(text) == {21: "incident", 6: "incident"}


# --- partitive: "killing three of them" -------------------------------------------------------


def test_partitive_of_people_named_before() -> None:
    text = "The rebels said soldiers had attacked their fighters near Rolpa, killing four of them."
    assert figs(text) == [(4, "killed", "rebels")]
    text = "Police opened fire on the demonstrators, wounding 15 of them."
    assert figs(text) == [(15, "wounded", "civilians")]
    text = "Insurgents ambushed a patrol of soldiers in Zabul, killing seven of them, officials said."
    assert figs(text) == [(7, "killed", "government")]


def test_partitive_not_a_figure_without_a_kind() -> None:
    assert figs("Thirty delegates arrived and ten of them spoke.") == []
    text = "Militants stopped a bus carrying 40 passengers and questioned 12 of them."
    assert figs(text) == []
