"""Round 34 patterns (own sentences). An industrial explosion is an accident, and a cause ruled out
names no violence; a suicide is no casualty; ages in words (after a name, "aged six and nine", in a
list of names restating a plural); a quoted speaker after the verb; "an" before a consonant; "the
number of ... has risen to" after a long subject. Talks: a weekday after past speech dates the
speech; a meeting told in the past tense or with a statement made after it is held; a meeting
opening a sentence with a long subject; a delegation sent for talks; the two Cypriot communities.
Violations: the accused from a headline's "X blames Y"; a truce "brokered by" names its maker; a
dateline dash is no part of the accused. Each fix with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2024, 6, 3)  # a Monday


def figures(text: str, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(title, text, PUB).casualties]


def talks(text: str, title: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(title, text, PUB).talks if t.status == "scheduled"]


def accused(title: str | None, text: str) -> str | None:
    found = extract(title, text, PUB).violation
    assert found is not None
    return found.accused


# --- casualties ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A methane explosion at a colliery in Henan killed 31 miners on Monday, the worst this year.",
        "An explosion ripped through a chemical factory in Jiangsu, killing 12 workers, state TV said.",
        "A boiler blast at a textile mill killed six employees on Friday.",
    ],
)
def test_industrial_explosion_is_an_accident(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A bomb blast at a crowded market killed 9 people on Sunday, police said.",
            [(9, "killed", "unspecified")],
        ),
        ("A mine explosion killed two soldiers near the front line.", [(2, "killed", "government")]),
        (
            "An explosion at a checkpoint killed four policemen on Friday, officials said.",
            [(4, "killed", "government")],
        ),
    ],
)
def test_armed_explosion_still_counted(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text) == want


def test_cause_ruled_out_names_no_violence() -> None:
    assert (
        figures("A gas explosion at a hotel killed 7 guests on Sunday. Police ruled out a terrorist attack.")
        == []
    )


def test_cause_not_ruled_out_still_names_violence() -> None:
    text = (
        "An explosion at a hotel killed 7 guests on Sunday in what officials called an accident, though "
        "police did not rule out a bomb attack."
    )
    assert figures(text) == [(7, "killed", "civilians")]


@pytest.mark.parametrize(
    "text",
    [
        "The charity began an inquiry after three of its staff killed themselves in two years.",
        "Prison officials said two inmates killed themselves in their cells last month.",
        "A border guard who died by suicide was buried on Tuesday.",
    ],
)
def test_suicide_is_no_casualty(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The bomber blew himself up at the gate, killing 8 policemen.", [(8, "killed", "government")]),
        ("The attacker killed himself and 5 others at the checkpoint.", [(5, "killed", "unspecified")]),
    ],
)
def test_suicide_bomber_victims_still_counted(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The family of Layla Haddad, eight, who died in the house fire, thanked neighbours.", []),
        (
            "Gunmen shot dead Karim Nasser, nine, outside his school, police said.",
            [(1, "killed", "children")],
        ),
        (
            "Two sisters, aged six and nine, were wounded by shrapnel in the market.",
            [(2, "wounded", "children")],
        ),
        (
            "Three brothers, Sami Haddad, ten, Rami Haddad, twelve, and Nour Haddad, seven, were killed.",
            [(3, "killed", "children")],
        ),
    ],
)
def test_ages_in_words(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text) == want


def test_number_word_between_commas_after_a_place_is_no_age() -> None:
    # a number word counts as an age only after a full name or a person noun
    text = "In the village, two, possibly more, soldiers were wounded by a sniper."
    assert (2, "wounded", "government") in figures(text) or figures(text) == []
    assert all(f[0] != 1 for f in figures(text))


@pytest.mark.parametrize(
    "text",
    [
        '"We have nothing left," said one displaced farmer from the valley.',
        '"The shelling never stops," explained a wounded shepherd at the clinic.',
    ],
)
def test_speaker_after_the_verb_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police said one soldier was killed in the ambush.", [(1, "killed", "government")]),
        ("The army said a soldier was wounded by sniper fire.", [(1, "wounded", "government")]),
    ],
)
def test_said_before_a_clause_keeps_the_figure(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text) == want


def test_an_before_a_consonant_is_no_article() -> None:
    assert figures("Es gab kein Funkgerät an Bord, die Crew war allein.") == []


def test_an_before_an_acronym_still_counts() -> None:
    text = "Militants shot dead an SAS soldier and an FBI agent in the capital on Monday."
    assert figures(text) == [(1, "killed", "government"), (1, "killed", "government")]


def test_number_of_killed_risen_to_after_a_long_subject() -> None:
    text = (
        "The number of people killed in Saturday's bombing of a crowded bus station in Quetta has risen "
        "to 31, provincial officials said."
    )
    assert figures(text) == [(31, "killed", "unspecified")]


# --- talks -----------------------------------------------------------------------------------


def test_weekday_after_past_speech_dates_the_speech() -> None:
    text = (
        "Ali Rezaei, the chief negotiator in the talks with Washington, admitted the difficulties in "
        "remarks to students late on Tuesday."
    )
    assert talks(text) == []


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
    assert talks(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Today's session of the ceasefire contact group was dedicated to the exchange of prisoners.",
        "The envoy made a short statement to reporters after the meeting of the contact group today.",
    ],
)
def test_meeting_told_in_the_past_is_held(text: str) -> None:
    assert talks(text) == []


def test_press_statement_after_the_meeting_in_a_title() -> None:
    assert talks("", "Press statement of the envoy after the ceasefire contact group meeting on 3 June") == []


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
    assert talks(text) == want


def test_meeting_opening_a_long_subject_takes_its_verb_and_date() -> None:
    text = (
        "Talks between the government and the rebel alliance on a new ceasefire in the north, first "
        "planned for Nairobi, will now be held in Addis Ababa on Thursday, mediators said."
    )
    assert talks(text) == [("2024-06-06", "Addis Ababa")]


def test_meeting_in_a_long_subject_with_a_past_verb_not_listed() -> None:
    text = (
        "Talks between the government and the rebel alliance on a new ceasefire in the north ended in "
        "Nairobi without a deal, and the rebels said fighting would resume."
    )
    assert talks(text) == []


def test_delegation_sent_for_talks() -> None:
    text = (
        "The rebels said they would send a delegation to Doha on Wednesday for talks with Qatari mediators."
    )
    assert [d for d, _ in talks(text)] == ["2024-06-05"]


def test_two_cypriot_communities_meet_on_their_conflict() -> None:
    assert talks("Greek Cypriot and Turkish Cypriot leaders will meet in Nicosia on Friday.") == [
        ("2024-06-07", "Nicosia")
    ]


def test_cypriot_business_talks_not_listed() -> None:
    assert (
        talks("Greek and Turkish Cypriot business leaders will meet in Nicosia on Friday to discuss trade.")
        == []
    )


# --- violations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Shelling hits border villages, army blames separatists", "separatists"),
        ("Kyiv blames Moscow for shelling on first day of truce", "Moscow"),
        ("Government blames rebel violations for delay", "rebel"),
    ],
)
def test_accused_from_headline_blame(title: str, want: str) -> None:
    text = "Two houses were damaged by shelling in the border villages despite the ceasefire, officials said."
    assert accused(title, text) == want


def test_headline_blaming_each_other_names_no_one() -> None:
    text = "Two houses were damaged by shelling in the border villages despite the ceasefire, officials said."
    assert accused("Sides blame each other as truce falters", text) is None


def test_truce_brokered_by_names_its_maker_not_the_accused() -> None:
    text = "Government troops shelled the town on Monday despite a truce brokered by Turkey, a monitor said."
    assert accused(None, text) == "Government troops"


def test_agent_after_by_still_accused() -> None:
    text = "Two farmers were killed in violation of the ceasefire by government troops, the rebels said."
    assert accused(None, text) == "government troops"


def test_dateline_dash_is_no_part_of_the_accused() -> None:
    text = (
        "KABUL (Reuters) - Taliban fighters attacked an army post on Monday despite the truce, police said."
    )
    assert accused(None, text) == "Taliban fighters"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Two sisters, Mira Saleh, 14, and Dana Saleh, 11, were wounded by the shell.",
            [(2, "wounded", "children")],
        ),
        (
            "Three villagers, Ali Omar, 45, his wife Huda, 40, and their son Adam, 12, were killed.",
            [(3, "killed", "civilians")],
        ),
        (
            "Two policemen, Constable Ravi Das, 17, and Constable Amit Roy, 16, were wounded.",
            [(2, "wounded", "government")],
        ),
    ],
)
def test_counted_plural_named_with_ages_is_children_only_when_all_are(
    text: str, want: list[tuple[int, str, str]]
) -> None:
    assert figures(text) == want


# --- review of round 34 -------------------------------------------------------------------


def test_past_words_in_a_relative_clause_leave_the_meeting_upcoming() -> None:
    text = "The talks, which were attended by UN envoy Martin Griffiths, will resume in Geneva on Monday."
    assert talks(text) == [("2024-06-03", "Geneva")]  # (published on that Monday)


def test_blast_at_a_factory_in_a_missile_strike_is_conflict() -> None:
    text = (
        "An explosion ripped through a weapons factory in Kharkiv after a Russian missile strike, "
        "killing five workers."
    )
    assert figures(text) == [(5, "killed", "civilians")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a single name in the list of those counted: "nine" is Omar's age
        (
            "Two brothers, Ali, 12, and Omar, nine, were killed when a shell hit their home.",
            [(2, "killed", "children")],
        ),
        # "Said" right before the age is a name, not the verb: no one more is counted
        (
            "Three men, Ali Musa, 42, Hassan Ali, 30, and Omar Said, 20, were shot dead by militiamen.",
            [(3, "killed", "unspecified")],
        ),
    ],
)
def test_names_and_ages_in_a_list_count_no_one_more(text: str, want: list[tuple[int, str, str]]) -> None:
    assert figures(text) == want


def test_headline_blame_by_a_side_that_denies_the_breach_names_no_accused() -> None:
    title = "Rebels deny shelling Velmora, blame 'provocateurs'"
    text = "The rebel alliance denied it had broken the truce by shelling the town."
    assert accused(title, text) is None
