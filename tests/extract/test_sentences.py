"""Sentence splitting of news text: initials and abbreviations do not end a sentence."""

from __future__ import annotations

from feeds.extract.text import split_sentences


def test_sentences_do_not_end_at_initials() -> None:
    text = "Police chief S.P. Singh said the talks would resume on the 12th. Rebels agreed. He met J. Smith."
    sents = split_sentences(text)
    assert [text[a:b] for a, b in zip(sents.starts, sents.ends, strict=True)] == [
        "Police chief S.P. Singh said the talks would resume on the 12th.",
        "Rebels agreed.",
        "He met J. Smith.",
    ]
