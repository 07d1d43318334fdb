"""Extraction engine: pure functions that read an item's text and return the facts it states."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from feeds.extract.casualties import extract_casualties
from feeds.extract.jsonl import facts_to_json, run_jsonl
from feeds.extract.talks import find_talks
from feeds.extract.text import split_sentences
from feeds.extract.violations import find_violation
from feeds.extract.watch import match_watches
from feeds.models import Facts

__all__ = ["extract", "facts_to_json", "run_jsonl"]

MAX_CHARS = 100_000
"""Longer texts are cut here: extraction stays bounded on hostile input."""


def _as_date(published: datetime | date | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def extract(
    title: str | None,
    text: str | None,
    published: datetime | date | None = None,
    watch: Mapping[str, Sequence[str]] | None = None,
) -> Facts:
    """Violation, casualty figures, upcoming talks and watch-list hits stated in one item.

    Facts come from the text; the title is used only for what the text does not state.
    """
    title = (title or "")[:MAX_CHARS]
    text = (text or "")[:MAX_CHARS]
    day = _as_date(published)
    text_sents = split_sentences(text)
    title_sents = split_sentences(title)

    violation = find_violation(text, text_sents, title or None)

    casualties = extract_casualties(text, "text", text_sents)
    if title and not casualties:
        casualties = [c for c in extract_casualties(title, "title", title_sents) if c.count]

    talks = find_talks(text, text_sents, day, "text", title or None)
    if not talks and title and not text.strip():
        talks = find_talks(title, title_sents, day, "title")

    return Facts(
        violation=violation,
        casualties=tuple(casualties),
        talks=tuple(talks),
        watch_hits=match_watches(watch, title, text),
    )
