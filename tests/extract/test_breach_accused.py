"""The party a ceasefire violation accuses: headline blame, agents after "by", and who is not
accused."""

from __future__ import annotations

import pytest

from feeds.extract import extract

from .helpers import MON_03_JUN_2024, accused


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
    assert accused(text, MON_03_JUN_2024, title=title) == want


def test_headline_blaming_each_other_names_no_one() -> None:
    text = "Two houses were damaged by shelling in the border villages despite the ceasefire, officials said."
    assert accused(text, MON_03_JUN_2024, title="Sides blame each other as truce falters") is None


def test_truce_brokered_by_names_its_maker_not_the_accused() -> None:
    text = "Government troops shelled the town on Monday despite a truce brokered by Turkey, a monitor said."
    assert accused(text, MON_03_JUN_2024) == "Government troops"


def test_agent_after_by_still_accused() -> None:
    text = "Two farmers were killed in violation of the ceasefire by government troops, the rebels said."
    assert accused(text, MON_03_JUN_2024) == "government troops"


def test_dateline_dash_is_no_part_of_the_accused() -> None:
    text = (
        "KABUL (Reuters) - Taliban fighters attacked an army post on Monday despite the truce, police said."
    )
    assert accused(text, MON_03_JUN_2024) == "Taliban fighters"


def test_headline_blame_by_a_side_that_denies_the_breach_names_no_accused() -> None:
    title = "Rebels deny shelling Velmora, blame 'provocateurs'"
    text = "The rebel alliance denied it had broken the truce by shelling the town."
    assert accused(text, MON_03_JUN_2024, title=title) is None


def test_an_attack_a_side_is_accused_of_after_the_truce_held() -> None:
    text = (
        "A cease-fire between the government and the rebels was largely holding on Monday. But the rebels "
        "accused pro-government militiamen of attacking their positions over the weekend, a charge the "
        "militia's commanders denied."
    )
    assert accused(text, MON_03_JUN_2024) == "pro-government militiamen"
    text = (
        "The truce was largely holding on Monday. But the rebels accused the army of attacking their "
        "positions before the truce."
    )
    assert extract(None, text, MON_03_JUN_2024).violation is None
