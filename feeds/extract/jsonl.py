"""JSON Lines in and out: the `sitroom extract` line format and a streaming runner."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, TextIO

from feeds.models import Facts


def facts_to_json(item_id: Any, facts: Facts) -> dict[str, Any]:
    """One `sitroom extract` output line (upcoming scheduled talks only)."""
    v = facts.violation
    return {
        "id": item_id,
        "is_violation": v is not None,
        "violation": {"phrase": v.phrase, "accused": v.accused} if v else None,
        "casualties": [
            {
                "count": c.count,
                "count_max": c.count_max,
                "qualifier": c.qualifier,
                "kind": c.kind,
                "group": c.group,
                "scope": c.scope,
                "phrase": c.phrase,
            }
            for c in facts.casualties
        ],
        "talks": [
            {
                "date": t.date,
                "date_end": t.date_end,
                "place": t.place,
                "parties": t.parties,
                "status": t.status,
                "phrase": t.phrase,
            }
            for t in facts.talks
            if t.status == "scheduled"
        ],
    }


def parse_published(value: Any) -> date | datetime | None:
    """An ISO date or datetime string (or null) from an input line."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO date string, not {type(value).__name__}")
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _text_field(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"{key} must be a string or null")


def run_jsonl(infile: TextIO, outfile: TextIO) -> int:
    """Extract facts for every JSON line of infile, writing one JSON line each to outfile.

    A line that cannot be read gives {"id", "error"} and the run goes on.
    Returns the number of lines that failed.
    """
    from feeds.extract import extract

    errors = 0
    for lineno, line in enumerate(infile, 1):
        if not line.strip():
            continue
        item_id: Any = None
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("line is not a JSON object")
            item_id = row.get("id")
            facts = extract(
                _text_field(row, "title"),
                _text_field(row, "text"),
                parse_published(row.get("published")),
            )
            out = facts_to_json(item_id, facts)
        except (ValueError, TypeError) as exc:
            errors += 1
            out = {"id": item_id, "error": f"line {lineno}: {exc}"}
        outfile.write(json.dumps(out, ensure_ascii=False) + "\n")
    return errors
