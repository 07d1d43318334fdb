"""extract() never raises, stays pure, and every phrase sits at its span."""

from __future__ import annotations

from datetime import date, datetime, timezone

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
