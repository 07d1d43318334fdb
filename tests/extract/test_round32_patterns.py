"""Round 32 patterns (own sentences). A truce held, then, after a longer clause, a side accused of
an attack ("holding on its fourth day, with no air strikes reported, though the government accused
the rebels of attacking its positions"), not fighting elsewhere or an accusation denied; a truce
with a long participle phrase that "has failed to halt the fighting" (not a truce only sought).
Each fix with the sentences it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from feeds.extract import extract

PUB = date(2024, 6, 3)  # a Monday


def violation(text: str) -> bool:
    return extract(None, text, PUB).violation is not None


@pytest.mark.parametrize(
    "text",
    [
        "The truce appeared to be largely holding on Tuesday, its fourth day, with no air strikes "
        "reported, though the government accused the rebels of attacking its positions near the city.",
        "The ceasefire held for a third straight day on Sunday across most of the country, although "
        "the army accused the militia of shelling two villages overnight.",
        "The truce was broadly holding on Monday, the second day since it took effect, but rebels "
        "accused government forces of firing on their positions.",
        "A ceasefire announced by the junta last month has failed to halt the fighting.",
        "The truce declared by the army in the north in March has so far failed to stop the clashes, "
        "residents said.",
    ],
)
def test_fires(text: str) -> None:
    assert violation(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire held for a third day in the capital on Monday, residents said, though fighting "
        "continued in other provinces not covered by the deal.",
        "The truce appeared to be largely holding on Tuesday, its fourth day, with no air strikes "
        "reported, though neither side accused the other of attacking its positions.",
        "The truce was largely holding on Tuesday, its fourth day, with no shelling reported, though "
        "the government accused the rebels of planning attacks on the city.",
        "The truce was largely holding on Tuesday, its fourth day, with no shelling reported, though "
        "the government accused the rebels of attacking the city before it took effect.",
        "The truce was largely holding on Tuesday, its fourth day, though the government accused the "
        "rebels of stalling on prisoner exchanges.",
        "Efforts to secure a ceasefire announced by the mediators last month have failed to halt the "
        "fighting.",
        "The ceasefire held on Tuesday across much of the country, its fourth day, though the "
        "government warned the rebels could be preparing attacks.",
    ],
)
def test_does_not_fire(text: str) -> None:
    assert not violation(text)
