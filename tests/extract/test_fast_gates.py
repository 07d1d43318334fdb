"""Fast gates (str and token checks run before a regex) agree with the regexes they guard."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.extract import casualties, numbers, scope, talks, violations
from feeds.extract import text as text_model
from feeds.extract.text import Doc

_WORDS = (
    "the a an another of in on at and or but said says told since so far during war attack 7 "
    "¿12 a1 x_3 3.5 $4 "
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


# A class registered for the test below (one more bit, which no pattern reads).
_FORMS, _PREFIXES, _SUFFIXES = (
    ("killed", "day", "x"),
    ("kill", "k", "sunday", "9"),
    ("ian", "days", "s", "yan"),
)
_TEST_CLASS = text_model.word_class(" ".join(_FORMS), " ".join(_PREFIXES), " ".join(_SUFFIXES))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="kilsunday9x", max_size=9))
def test_word_class_membership(word: str) -> None:
    """A word is in a class when it is one of its forms, or starts or ends as it says."""
    expected = word in _FORMS or word.startswith(_PREFIXES) or word.endswith(_SUFFIXES)
    assert bool(text_model.mask_of([word]) & _TEST_CLASS) == expected


@settings(max_examples=300, deadline=None)
@given(texts)
def test_digit_gate(text: str) -> None:
    """Without digits looked for, a sentence that (by the gate) holds none has the same quantities."""
    doc = Doc(text)
    for lo, hi, tokens, mask in zip(doc.sents.starts, doc.sents.ends, doc.words, doc.masks, strict=True):
        digits = casualties._may_hold_digits(text, lo, hi, mask)
        fast = list(numbers.find_quantities(text, lo, hi, doc.low, tokens, digits))
        assert fast == list(numbers.find_quantities(text, lo, hi, doc.low, tokens))


_LEFT_WORDS = (
    *"killed killing kill dead or and wounded injured injuries wound the were was are is include "
    "included includes victims missing civilians 12".split(),
    "Killed OR",
    "dead\u2003or",
    "killed and wounded",
    "killing\nand  injuring",
    "killed or wounded",
    "injured  or\ndead",
    "shot dead",
    "gunned down",
    "claimed the lives of",
    "death toll stood at a total of",
    "rounded up",
    "bodies of",
    "held",
    "took",
    "themselves and",
    "re-killing",
    "\u00e9killed",
    "Bringing TO",
    "raising the overall total since May to",
    "to",
)
left_windows = st.lists(st.sampled_from(_LEFT_WORDS), max_size=12).flatmap(
    lambda words: st.lists(
        st.sampled_from((" ", "  ", "\n", ", ", "-")), min_size=len(words), max_size=len(words)
    ).map(lambda seps: "".join(w + s for w, s in zip(words, seps, strict=True)))
)


@settings(max_examples=300, deadline=None)
@given(left_windows)
def test_left_pattern_gates(text: str) -> None:
    """The checks _own_kind makes before the left patterns hold wherever those match."""
    doc = Doc(text)
    left, mask = doc.low, doc.mask_between(0, len(text))
    if casualties._COMBINED_LEFT.search(left):
        assert mask & casualties.W_OR
    if casualties._BOTH_LEFT.search(left):
        assert "kill" in left and "and" in left
    if casualties._LEFT_LIST.search(left):
        assert left.rstrip().endswith(casualties._LIST_VERBS)
    if casualties._RAISING_TO_LEFT.search(text) or casualties._RAISING_TOTAL_LEFT.search(text):
        assert casualties._ends_with_to(left, 0, len(left))
    # _LEFT_TRIGGER's look-ahead only passes over places where no trigger starts.
    plain = re.compile(casualties._LEFT_TRIGGER.pattern.replace("(?=[a-z])", "", 1))
    for near in range(len(left) + 1):
        fast, slow = casualties._LEFT_TRIGGER.search(left, near), plain.search(left, near)
        assert (fast and fast.span("trig")) == (slow and slow.span("trig"))


_QUALIFIED = st.lists(
    st.sampled_from(
        (
            *"at least no fewer than well over more than above upwards of in excess of about around "
            "some approximately roughly an estimated nearly almost close to just under less up as "
            "many most between and killing 12 the".split(),
            "AT  LEAST",
            "Well\nover",
        )
    ),
    max_size=8,
).map(lambda words: " ".join(words) + " ")


@settings(max_examples=300, deadline=None)
@given(_QUALIFIED)
def test_qualifier_look_ahead(before: str) -> None:
    """_QUAL_BEFORE's look-ahead only passes over places where no qualifier starts."""
    plain = re.compile(numbers._QUAL_BEFORE.pattern.replace("(?=\\w)", "", 1), re.IGNORECASE)
    for lo in range(len(before) + 1):
        fast, slow = numbers._QUAL_BEFORE.search(before, lo), plain.search(before, lo)
        assert (fast and (fast.span(), fast.lastgroup)) == (slow and (slow.span(), slow.lastgroup))


_TRUCE_WORDS = (
    "the a truce ceasefire humanitarian pause was is in its their force effect place day week "
    "entered after since before until ended expired collapsed over ran out end of as while with "
    "when during what held holding despite though but killed shelling fire opened talks first "
    "fatality on second night within hours taking effect agreed signed only apply to other parts "
    "not covered two Killed"
).split()
truce_texts = st.lists(
    st.tuples(st.sampled_from(_TRUCE_WORDS), st.sampled_from((" ", " ", " ", ", ", "  ", "\n"))),
    max_size=30,
).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=400, deadline=None)
@given(truce_texts)
def test_truce_pattern_gates(text: str) -> None:
    """The word classes _breach_in and _partial_truce test hold wherever the patterns match, and
    the first "before the truce" decides the bounded searches."""
    doc = Doc(text)
    for lo, hi, mask in zip(doc.sents.starts, doc.sents.ends, doc.masks, strict=True):
        low = doc.low[lo:hi]
        if violations._DURING_LC.search(low):
            assert mask & violations.W_SINCE
        if violations._IN_FORCE_CLAUSE_LC.search(low):
            assert mask & violations.W_CLAUSE_LEAD
            assert mask & violations.W_IN_FORCE or (mask & violations.W_ITS and mask & violations.W_TIME_UNIT)
        if violations._HELD_DESPITE_LC.search(low):
            assert mask & violations.W_HELD and mask & violations.W_CONCESSIVE
        if violations._AFTER_END_LC.search(low):
            assert mask & violations.W_ENDED or (mask & violations.W_WAS and mask & violations.W_OVER)
        before = violations._BEFORE_TRUCE_LC.search(low)
        if before:
            assert mask & violations.W_BEFORE
        if violations._UNCOVERED.search(low):
            assert violations._may_leave_out(mask)
        before_end = before.end() if before else len(low) + 1
        for end in range(len(low) + 1):
            assert bool(violations._BEFORE_TRUCE_LC.search(low, 0, end)) == (before_end <= end)


@settings(max_examples=300, deadline=None)
@given(truce_texts)
def test_first_letter_look_aheads(text: str) -> None:
    """The look-aheads after the leading word boundary only pass over places where no match starts."""
    low = Doc(text).low
    for pattern, ahead in (
        (violations._DURING_LC, "(?=[adhinostw])"),
        (violations._IN_FORCE_CLAUSE_LC, "(?=[aw])"),
        (violations._VIOLENCE_LC, "(?=[a-z])"),
        (violations._UNCOVERED, "(?=[acehnrst])"),
        (scope._WHEN_EVENT, "(?=[dhikw])"),
    ):
        plain = re.compile(pattern.pattern.replace(ahead, "", 1))
        assert plain.pattern != pattern.pattern
        assert [m.span() for m in pattern.finditer(low)] == [m.span() for m in plain.finditer(low)]
