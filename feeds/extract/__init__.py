"""Extraction engine: pure functions that read an item's text and return the facts it states."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from feeds.extract.casualties import (
    crime_only,
    disaster_only,
    extract_casualties,
    may_state_figures,
    sport_only,
)
from feeds.extract.jsonl import facts_to_json, run_jsonl
from feeds.extract.numbers import states_count
from feeds.extract.talks import find_talks
from feeds.extract.text import Doc
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
    doc = Doc(text)
    title_doc: Doc | None = None  # built only when the title is needed

    violation = find_violation(doc, title or None)

    casualties = extract_casualties(doc, "text")
    if title and not casualties and may_state_figures(title):
        title_doc = Doc(title)
        casualties = [c for c in extract_casualties(title_doc, "title") if c.count]
        if casualties and disaster_only(doc):
            # (not the toll of the accident or disaster the text tells: "China mine blast toll
            # rises to 106" over "The death toll from a gas explosion at a coal mine rose to 106")
            casualties = [c for c in casualties if c.count is None or not states_count(text, c.count)]
    if casualties and (disaster_only(doc, title) or crime_only(doc, title) or sport_only(doc, title)):
        casualties = []

    talks = find_talks(doc, day, "text", title or None)
    if not talks and title and not text.strip():
        talks = find_talks(title_doc or Doc(title), day, "title")

    return Facts(
        violation=violation,
        casualties=tuple(casualties),
        talks=tuple(talks),
        watch_hits=match_watches(watch, title, text),
    )
