"""extract() never raises, stays pure, and every phrase sits at its span."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.extract import extract
from feeds.extract.text import MAX_SENTENCE, split_sentences
from feeds.models import Facts

NEWSY = st.lists(
    st.sampled_from(
        "killed wounded at least more than 12 1,200 two-thousand dozens a an the ceasefire "
        "truce violated broke talks will resume on Saturday tomorrow March 9 in Geneva "
        "including children others were soldiers civilians , . ; - – ( ) \" ' \n since".split(" ")
    ),
    max_size=60,
).map(" ".join)


def check(facts: Facts, title: str, text: str) -> None:
    fields = {"title": title, "text": text}
    spans = [c for c in facts.casualties] + [t for t in facts.talks]
    if facts.violation:
        spans.append(facts.violation)  # type: ignore[arg-type]
    for fact in spans:
        source = fields[fact.span.field]
        assert source[fact.span.start : fact.span.end] == fact.phrase


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(max_size=120), st.one_of(st.none(), st.dates()))
def test_arbitrary_text_never_raises(text: str, title: str, published: date | None) -> None:
    check(extract(title, text, published), title, text)


@settings(max_examples=150, deadline=None)
@given(NEWSY, NEWSY, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1))))
def test_newsy_word_salad_never_raises(text: str, title: str, published: date | None) -> None:
    facts = extract(title, text, published)
    check(facts, title, text)
    for c in facts.casualties:
        assert c.kind in {"killed", "wounded", "missing", "displaced", "detained"}
        assert c.scope in {"incident", "cumulative"}
        assert c.count is None or c.count >= 1


DEV = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "dev.jsonl"
PASSAGES = [json.loads(line)["text"] for line in DEV.read_text().splitlines() if line.strip()]
INSERT_WORDS = (
    'Army Forces of the The 12th the15th on the 3rd, May 3 to 9,200 family of five more — ( " his '
    "Hamas commander fighters of the Free Homeland Army members of the a further bringing the "
    "total to since October 7 to killed wounded truce ceasefire talks postponed until the 31st "
    "Tuesday the 14th 1, – ’s U.N. No. a dozen more at least between and of next month"
).split(" ")
INSERTS = [  # phrases first: hypothesis draws early elements more often
    "Twelve fighters of the Free Homeland Army were killed",
    "three members of the Popular Defence Forces were wounded",
    "killing a family of five",
    "bringing the death toll to 120",
    "talks on the 14th of next month",
    *INSERT_WORDS,
]


@st.composite
def edited_passage(draw: st.DrawFn) -> str:
    """A real news passage with news words and figures dropped in anywhere, in any case: the
    shapes that real copy takes (headline case, wire capitals, odd joins) around real clauses."""
    words = draw(st.sampled_from(PASSAGES)).split()
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(words)))
        word = draw(st.sampled_from(INSERTS))
        words.insert(at, draw(st.sampled_from((str, str.upper, str.title)))(word))
    text = " ".join(words)
    return draw(st.sampled_from((str, str.upper, str.title)))(text)


@settings(max_examples=300, deadline=None)
@given(edited_passage(), st.one_of(st.none(), st.just(date(2024, 5, 6))))
def test_edited_real_passages_never_raise(text: str, published: date | None) -> None:
    """(Found "Twelve fighters of the Free Homeland Army were killed" raising ValueError.)"""
    title = text[:80]
    check(extract(title, text, published), title, text)


def test_deterministic_and_accepts_datetime() -> None:
    text = "Talks will resume on Monday. Shelling killed 4 people despite the truce."
    a = extract(None, text, datetime(2024, 5, 1, 12, tzinfo=timezone.utc))  # noqa: UP017
    b = extract(None, text, date(2024, 5, 1))
    assert a == b
    assert a.talks[0].date == "2024-05-06"


def test_none_inputs() -> None:
    assert extract(None, None) == Facts()


def test_huge_input_is_bounded() -> None:
    facts = extract("t", "Shelling killed 3 people. " * 20_000)
    assert len(facts.casualties) >= 1


SOUP = (
    "ceasefire truce shelling talks envoy monitors civilians soldiers rebels convoy aid border "
    "village town officials said statement reported killed wounded displaced negotiations the "
    "of and in to a on for with by from after before during between against under over"
).split()


def _soup(n_chars: int, seed: int = 5) -> str:
    import random

    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < n_chars:
        words.append(rng.choice(SOUP))
        size += len(words[-1]) + 1
    return " ".join(words)


def test_unpunctuated_text_is_cut_into_bounded_clauses() -> None:
    # Linear by construction: every pattern runs on clauses of at most MAX_SENTENCE characters.
    text = _soup(100_000)
    sents = split_sentences(text)
    assert max(b - a for a, b in zip(sents.starts, sents.ends, strict=True)) <= MAX_SENTENCE
    assert sents.starts[0] == 0 and sents.ends[-1] == len(text)
    assert all(b <= a for a, b in zip(sents.starts[1:], sents.ends[:-1], strict=True))  # in order, no overlap


def test_unpunctuated_100kb_text_is_extracted() -> None:
    text = _soup(100_000)
    facts = extract("Situation update", text, date(2024, 3, 4))
    check(facts, "Situation update", text)


def test_long_list_sentence_is_cut_at_commas() -> None:
    text = ", ".join(f"{n} people were killed in village {n}" for n in range(1, 60)) + "."
    sents = split_sentences(text)
    assert len(sents) > 1
    for a, b in zip(sents.starts, sents.ends, strict=True):
        assert b - a <= MAX_SENTENCE
        assert not text[a:b].startswith((",", " "))
    assert len(extract(None, text).casualties) == 59
