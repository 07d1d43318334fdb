"""Casualty figures written the way wire copy phrases them (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2022, 6, 1)


def figures(text: str) -> list[tuple]:
    facts = extract(None, text, PUB)
    for c in facts.casualties:
        assert text[c.span.start : c.span.end] == c.phrase
    return [(c.count, c.kind, c.group, c.scope) for c in facts.casualties]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active verb before the number
        (
            "A car bomb killed 14 people at a checkpoint on Tuesday.",
            [(14, "killed", "unspecified", "incident")],
        ),
        # passive after the noun group, with a qualifier and a second figure with its own verb
        (
            "At least 9 soldiers were killed and 21 wounded when their convoy was ambushed.",
            [(9, "killed", "government", "incident"), (21, "wounded", "government", "incident")],
        ),
        # participle clause, number words, "others" inheriting the group
        (
            "Rebels shelled the town, killing eleven militiamen and wounding 30 others.",
            [(11, "killed", "rebels", "incident"), (30, "wounded", "rebels", "incident")],
        ),
        # total plus sub-group
        (
            "The strike killed 31 people, including 12 children, medics said.",
            [(31, "killed", "unspecified", "incident"), (12, "killed", "children", "incident")],
        ),
        # coordinated subjects sharing one predicate
        (
            "Four policemen and two civilians were injured in the blast.",
            [(4, "wounded", "government", "incident"), (2, "wounded", "civilians", "incident")],
        ),
        # "dead" as a predicate adjective, war-time total
        (
            "The war has left more than 350,000 people dead since 2011.",
            [(350000, "killed", "unspecified", "cumulative")],
        ),
        # displacement stock
        (
            "Some 1.3 million people have fled their homes, the UN says.",
            [(1300000, "displaced", "unspecified", "cumulative")],
        ),
        # detention
        (
            "Police detained 48 protesters in the capital overnight.",
            [(48, "detained", "civilians", "incident")],
        ),
        ("Gunmen abducted 27 schoolboys from a dormitory.", [(27, "detained", "children", "incident")]),
        # a/an meaning one; ages are not counts
        ("A 12-year-old girl was shot dead by a sniper.", [(1, "killed", "children", "incident")]),
        (
            "The raid killed a humanitarian worker and wounded two nurses.",
            [(1, "killed", "aid_workers", "incident"), (2, "wounded", "civilians", "incident")],
        ),
        # nominal forms
        (
            "Residents mourned the deaths of 6 farmers in the ambush.",
            [(6, "killed", "civilians", "incident")],
        ),
        (
            "Officials put the death toll at 63 after the market bombing.",
            [(63, "killed", "unspecified", "incident")],
        ),
        # a range and a vague amount (vague amounts carry no count)
        (
            "Between 40 and 60 insurgents were killed in the offensive.",
            [(40, "killed", "rebels", "incident")],
        ),
        ("Dozens of villagers were wounded.", [(None, "wounded", "civilians", "incident")]),
        # running total over a period
        (
            "Over the past two weeks 230 civilians have been killed in the province.",
            [(230, "killed", "civilians", "cumulative")],
        ),
        ("Fighting over the weekend killed 17 people.", [(17, "killed", "unspecified", "cumulative")]),
    ],
)
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


def test_qualifier_applies_only_to_the_number_it_modifies() -> None:
    facts = extract(None, "More than 500 dead and 1,000 injured were counted by medics.", PUB)
    assert [(c.count, c.qualifier) for c in facts.casualties] == [(500, "more_than"), (1000, None)]


@pytest.mark.parametrize(
    "text",
    [
        "A 300-strong battalion was sent to the front with 12 tanks.",
        "The UN delivered aid to an estimated two million people.",
        "Resolution 2401 demanded a 30-day ceasefire across the country.",
        "The typhoon killed 11 people and injured 40 as it swept across the islands.",
        "No casualties were reported in the attack on the 3 outposts.",
        "Officials said 600 troops and 40 armoured vehicles had been deployed.",
        "The two sides agreed to exchange 500 prisoners each.",
        "The attack on December 12, 2019 damaged 14 houses.",
        "The company cut 2,000 jobs and its shares fell 9 percent.",
    ],
)
def test_not_casualties(text: str) -> None:
    assert figures(text) == []


def test_restated_tally_is_recorded_once() -> None:
    text = (
        "At least 25 people were killed in the bombing. "
        "Witnesses said at least 25 people were killed near the mosque."
    )
    assert figures(text) == [(25, "killed", "unspecified", "incident")]


def test_title_is_used_only_when_the_text_states_no_figure() -> None:
    facts = extract("Blast kills 8 soldiers", "", PUB)
    assert [(c.count, c.kind, c.span.field) for c in facts.casualties] == [(8, "killed", "title")]
    facts = extract("Blast kills 8 soldiers", "The blast killed 8 soldiers on Monday.", PUB)
    assert [c.span.field for c in facts.casualties] == ["text"]
