"""Round 15 news patterns, AG News style world news of 2004-2005 (own sentences): each fix with
the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract

PUB = date(2004, 11, 8)  # a Monday


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(None, text, PUB).casualties]


def talks(text: str) -> list[tuple[str | None, str | None]]:
    return [(t.date, t.place) for t in extract(None, text, PUB).talks]


# --- a match score is no count ------------------------------------------------------------------


def test_second_score_of_a_match_is_no_count() -> None:
    assert figures("Arsenal beat Chelsea 3-1 on Saturday, leaving two rivals dead level.") == []
    assert figures("The Bears edged the Lions 17-9 on Sunday, killing their playoff hopes.") == []
    assert figures("Exports rose in 2018-19, falling 19 percent the year after.") == []


def test_ranges_and_plain_counts_stay() -> None:
    assert figures("Between 10-15 people were killed in the raid.") == [(10, "killed", "unspecified")]
    assert figures("Rebels killed 12-15 soldiers near the border.") == [(12, "killed", "government")]
    assert figures("The blast on 12-4 killed 9 people.") == [(9, "killed", "unspecified")]


# --- "two wounded hostages died": the wounded who died are killed --------------------------------


def test_wounded_who_died_are_killed() -> None:
    assert figures("Three injured policemen later died in hospital, officials said.") == [
        (3, "killed", "government")
    ]
    assert figures("Two more wounded villagers died overnight.") == [(2, "killed", "civilians")]
    assert figures("The toll rose after four wounded hostages died on Tuesday.") == [
        (4, "killed", "civilians")
    ]


def test_wounded_who_did_not_die_stay_wounded() -> None:
    for text in (
        "Five wounded soldiers were evacuated by helicopter.",
        "The attack left five wounded soldiers in hospital.",
        "Four wounded civilians said they had seen the gunmen.",
    ):
        assert [k for _, k, _ in figures(text)] == ["wounded"], text


# --- "an army intelligence officer": a second modifier after an article ---------------------------


def test_article_with_two_modifiers_counts_one() -> None:
    assert (1, "killed", "government") in figures(
        "Gunmen shot dead an army intelligence officer in Batticaloa."
    )
    assert (1, "killed", "government") in figures(
        "Rebels violated the truce by shooting dead a military intelligence officer."
    )


def test_article_before_other_nouns_counts_no_one() -> None:
    assert figures("An army intelligence report said five soldiers were killed.") == [
        (5, "killed", "government")
    ]
    assert figures("A police intelligence unit arrested five militants.") == [(5, "detained", "rebels")]
    assert figures("An army intelligence officer said the rebels had withdrawn.") == []


# --- "still holding two drivers": people still in captivity --------------------------------------


def test_still_holding_people_are_detained() -> None:
    assert (2, "detained", "civilians") in figures("The group said it was still holding two Turkish drivers.")
    assert (3, "detained", "aid_workers") in figures("Kidnappers are still holding three aid workers.")


def test_holding_without_captivity_is_no_figure() -> None:
    assert figures("The party is still holding 40 seats in parliament.") == []
    assert figures("The company is still holding three meetings a week.") == []
    assert figures("He was holding two children by the hand when the police arrived.") == []


# --- "two other Turkish drivers": "other" before the head's modifiers ----------------------------


def test_other_before_modifiers_finds_the_head() -> None:
    assert figures("Gunmen abducted two other Turkish drivers.") == [(2, "detained", "civilians")]
    assert figures("The blast killed two other U.S. soldiers.") == [(2, "killed", "government")]
    assert figures("Gunmen killed two other Iraqi translators.") == [(2, "killed", "civilians")]


def test_other_before_things_is_no_figure() -> None:
    assert figures("Three other European countries sent troops.") == []
    assert figures("Two other Turkish firms pulled out of Iraq.") == []
    assert figures("The blast wounded two other people.") == [(2, "wounded", "unspecified")]


# --- "suffocated": killed ------------------------------------------------------------------------


def test_suffocated_people_are_killed() -> None:
    assert figures("Seventy-eight protesters suffocated in army trucks after their arrest.") == [
        (78, "killed", "civilians")
    ]
    assert figures("Three villagers suffocated in a cellar where they hid from the shelling.") == [
        (3, "killed", "civilians")
    ]


def test_suffocate_of_things_is_no_figure() -> None:
    assert figures("The smoke suffocated the fire.") == []
    assert figures("A new law could suffocate 300 small businesses.") == []
    assert figures("High prices suffocated demand for three months.") == []


# --- "wounding four" after a mixed list: unspecified ---------------------------------------------


def test_bare_count_after_mixed_groups_is_unspecified() -> None:
    assert (4, "wounded", "unspecified") in figures(
        "A bomb killed two U.N. workers and an Afghan driver and wounded four."
    )
    assert (14, "wounded", "unspecified") in figures(
        "Gunmen killed three soldiers and two civilians, wounding 14."
    )


def test_bare_count_after_one_group_inherits_it() -> None:
    assert (14, "wounded", "government") in figures("Gunmen killed three soldiers and wounded 14.")
    assert (4, "wounded", "civilians") in figures("The shells killed two villagers and wounded four.")
    assert (3, "wounded", "rebels") in figures("Troops killed five rebels, wounding three.")


# --- crimes of gain, disease: no conflict figures ------------------------------------------------


def test_fraud_arrests_and_disease_deaths_are_no_figures() -> None:
    assert figures("Police arrested 28 people in a crackdown on identity theft rings.") == []
    assert figures("Officials arrested 77 people in a raid on a scam call centre.") == []
    assert figures("Hospital superbugs kill 5,000 patients a year in Britain.") == []
    assert figures("The flu killed 36 people this winter.") == []


def test_political_arrests_and_war_deaths_stay() -> None:
    assert figures("Police arrested 15 militants accused of money laundering for the insurgency.") == [
        (15, "detained", "rebels")
    ]
    assert figures("Police detained 12 protesters over claims of election fraud.") == [
        (12, "detained", "civilians")
    ]
    assert figures("Fighting and disease have killed 180,000 people in Darfur.") == [
        (180000, "killed", "unspecified")
    ]


# --- talks: a clause on their state so far, between commas -----------------------------------------


def test_stalled_talks_that_will_resume_are_listed() -> None:
    assert talks(
        "The Cyprus negotiations, suspended since March, will resume in New York on Wednesday, the UN said."
    ) == [("2004-11-10", "New York")]
    assert talks(
        "Sudan's peace talks, deadlocked for a month over security arrangements, are due to resume in "
        "Abuja on Nov. 20."
    ) == [("2004-11-20", "Abuja")]


def test_stalled_talks_that_ended_or_wait_are_not_listed() -> None:
    assert talks("The peace talks, stalled since June, collapsed on Friday.") == []
    assert talks("The peace talks, stalled since June, were abandoned on Tuesday.") == []
    assert talks("The talks, stalled since June, will not resume until the rebels disarm.") == []
    assert talks("The peace talks, which stalled in June, resumed on Monday.") == []


# --- "will gather in X on <date> for a summit" ---------------------------------------------------


def test_leaders_gathering_for_a_summit_is_listed() -> None:
    assert talks(
        "Regional leaders will gather in Nairobi on Friday for a summit on the Somali conflict."
    ) == [("2004-11-12", "Nairobi")]


def test_other_gatherings_are_not_listed() -> None:
    assert talks("Leaders gathered in Nairobi on Friday for a summit on the Somali conflict.") == []
    assert (
        talks("Thousands of mourners will gather in Gaza on Friday for the funeral of the militants.") == []
    )
    assert talks("Thousands of protesters will gather in London on Saturday to oppose the war.") == []
