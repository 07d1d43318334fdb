"""Fast gates (str and token checks run before a regex) agree with the regexes they guard."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.extract import casualties, numbers, scope, talks
from feeds.extract.text import Doc

_WORDS = (
    "the a an another of in on at and or but said says told since so far during war attack "
    "Monday yesterday days weeks month year first worst biggest latest most including among whom "
    "killed dead died wounded injured fled displaced held taken custody lost their lives to flee "
    "people soldiers civilians man woman boy 12 1,200 two-year-old three trade talks pay tax "
    "budget negotiations toll number death deaths rebels police officials Syrian Iraqi old"
).split()
_SEPS = (" ", " ", " ", ", ", ". ", "; ", " - ", "\n", "  ", "€", "\u2019", "é")

texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_right_trigger_gate(text: str, data: st.DataObject) -> None:
    doc = Doc(text)
    pos = data.draw(st.integers(0, len(text)))
    fast = casualties._right_trigger(doc, pos, len(text))
    slow = casualties._RIGHT_TRIGGER.match(doc.low, pos, len(text))
    assert (fast and fast.span()) == (slow and slow.span())


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_window_gates(text: str, data: st.DataObject) -> None:
    doc = Doc(text)
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    assert talks._non_conflict(text, doc.low, lo, hi) == bool(talks._NON_CONFLICT_TALKS.search(text, lo, hi))
    before = text[lo:hi]
    slow = bool(scope._REPORTED.search(before) or scope._SINCE_BEFORE.search(before))
    assert scope._reported_or_since(text, doc.low, lo, hi) == slow


@settings(max_examples=200, deadline=None)
@given(texts)
def test_cue_words_class_gate(text: str) -> None:
    """The word-class gate keeps every cue word the sentence's tokens allow."""
    doc = Doc(text)
    for tokens, mask in zip(doc.words, doc.masks, strict=True):
        prefixes = {t[:3] for t in tokens}
        expected = [
            scope._present(words, g < scope._N_WHOLE, tokens if g < scope._N_WHOLE else prefixes)
            for g, words in enumerate(scope._GROUPS)
        ]
        assert scope._cue_words(tokens, mask) == expected


@settings(max_examples=200, deadline=None)
@given(texts)
def test_single_person_gate(text: str) -> None:
    for pos in range(len(text)):
        if not casualties._may_open_person(text, pos, len(text)):
            noun = casualties._noun_group(text, pos, len(text), single=True)
            assert noun is None or not noun.person or not text[pos : pos + 1].strip()


def test_wordlike_matches_regex() -> None:
    pattern = re.compile(r"[\w.,$€£]")
    for code in range(0x3000):
        ch = chr(code)
        assert numbers._wordlike(ch) == bool(pattern.match(ch))
