"""Round 13 news patterns, violations and talks in web pages (own sentences): each fix with the
sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract, facts_to_json

PUB = date(2016, 5, 2)  # a Monday


def scopes(text: str) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, PUB).casualties]


def talks(text: str, pub: date | None = PUB, title: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(t["date"], t["place"]) for t in facts_to_json("x", extract(title, text, pub))["talks"]]


def violation(text: str, title: str | None = None) -> bool:
    return extract(title, text, PUB).violation is not None


# --- violations ---------------------------------------------------------------------------------


def test_violence_after_a_side_declared_the_truce_over_is_no_breach() -> None:
    assert not violation(
        "Shelling resumed in the city hours after the rebels announced that the ceasefire was over."
    )
    assert not violation("Jets struck the town two days after the government said the truce had expired.")
    assert not violation(
        "Bombs fell on the old quarter on Sunday, a day after the military declared that the "
        "three-day humanitarian truce brokered by the mediators had ended."
    )


def test_a_truce_made_or_begun_is_still_a_truce_in_force() -> None:
    assert violation("Artillery hit the town two days after the government declared a ceasefire.")
    assert violation("Rebels attacked a convoy a week after the army announced a truce, officials said.")
    assert violation("Shelling continued after the army declared that a ceasefire had taken effect.")


def test_violence_since_a_truce_broke_down_or_fell_apart_is_no_breach() -> None:
    assert not violation("Clashes have continued in the hills since the ceasefire broke down last month.")
    assert not violation(
        "Air strikes resumed on the northern suburbs after a fragile truce fell apart on Sunday."
    )
    assert not violation(
        "Thousands have fled the fighting since the March truce between the militias broke down."
    )


def test_a_breakdown_of_something_else_leaves_the_breach() -> None:
    assert violation("Fighting broke out in the north despite the ceasefire, residents said.")
    assert violation("Two soldiers were killed since the truce began, after negotiations broke down.")
    assert violation("Militiamen shelled the camp in spite of the truce, and the talks broke down.")


# --- talks ------------------------------------------------------------------------------------------


def test_a_meeting_in_another_month_is_another_meeting() -> None:
    dates = [
        d
        for d, _ in talks(
            "The envoys will meet in Vienna on May 5, and the contact group will convene again in mid-June."
        )
    ]
    assert dates == ["2016-05-05", None]
    dates = [
        d
        for d, _ in talks(
            "Rebel and army delegations will meet in Nairobi on May 12, and the guarantors will meet "
            "again at the end of July, the mediator said."
        )
    ]
    assert dates == ["2016-05-12", None]


def test_a_vague_date_in_the_same_month_or_no_meeting_adds_nothing() -> None:
    assert talks(
        "Rebel and government negotiators will meet in Nairobi on May 12; the meeting, expected in "
        "mid-May, will focus on the ceasefire."
    ) == [("2016-05-12", "Nairobi")]
    assert talks("The peace talks will open in Oslo on May 9 and run until the end of May.") == [
        ("2016-05-09", "Oslo")
    ]
    assert talks(
        "The summit on the war will take place on June 3, after the ceasefire held since early May."
    ) == [("2016-06-03", None)]


def test_talks_a_truce_may_open_the_way_to_are_no_meeting() -> None:
    assert (
        talks(
            "The truce, which the mediators hope will pave the way for peace negotiations, "
            "took effect on Tuesday."
        )
        == []
    )
    assert (
        talks(
            "Rebels shelled the town on Saturday, testing a truce the envoy hopes will open the way to talks."
        )
        == []
    )
    assert (
        talks("The ceasefire could clear the way for a summit between the two presidents, diplomats said.")
        == []
    )


def test_a_meeting_with_its_own_schedule_after_the_way_for_is_kept() -> None:
    assert talks("The truce is meant to pave the way for peace talks in Geneva, due to open on May 10.") == [
        ("2016-05-10", "Geneva")
    ]
    assert talks(
        "A ceasefire would clear the way for talks that are scheduled to begin in Doha on Monday."
    ) == [("2016-05-02", "Doha")]
    assert talks("Army and rebel envoys will meet on Friday to prepare the ground for a peace summit.") == [
        ("2016-05-06", None)
    ]


def test_a_truce_in_a_labour_dispute_frames_no_conflict_talks() -> None:
    assert (
        talks("Striking nurses and the hospital board agreed a truce and will resume talks on Wednesday.")
        == []
    )
    assert talks("The unions called a truce in the walkouts and will meet the employers on Thursday.") == []


def test_conflict_truces_with_union_or_walkout_words_keep_their_talks() -> None:
    assert talks(
        "Warring factions agreed a truce and will resume talks in Juba on Wednesday, the mediators said."
    ) == [("2016-05-04", "Juba")]
    assert talks(
        "The African Union said the two sides agreed a truce and will resume talks on Wednesday."
    ) == [("2016-05-04", None)]
    assert talks(
        "After a walkout by opposition delegates, the rebels and the army agreed a truce "
        "and will resume talks on Wednesday."
    ) == [("2016-05-04", None)]


# --- scope ----------------------------------------------------------------------------------------


def test_a_dateline_with_its_year_dates_no_figure() -> None:
    assert scopes(
        "BAGHDAD, March 5, 2014 - At least 1,200 people have been killed in Anbar province "
        "since the army offensive began, officials said."
    ) == [(1200, "cumulative")]
    assert scopes(
        "KABUL, July 30, 2019 (Reuters) - At least 3,800 civilians have been killed or wounded this year, "
        "and 1,366 have been killed, the U.N. said."
    ) == [(1366, "cumulative")]


def test_a_body_date_with_its_year_still_dates_the_figure() -> None:
    assert scopes(
        "Rebels killed 14 soldiers in Kidal on May 17, 2014 - the day the prime minister visited."
    ) == [(14, "incident")]
    assert scopes("BAGHDAD, March 5, 2014 - A car bomb killed 12 people in a market, police said.") == [
        (12, "incident")
    ]
    assert scopes(
        "GENEVA, Nov 2 - A mortar round killed three children in a school yard, the U.N. said."
    ) == [(3, "incident")]
