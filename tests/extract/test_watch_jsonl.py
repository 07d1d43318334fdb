"""Watch lists, the JSON line format, the JSON Lines runner and `python -m feeds.extract`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.extract import extract, facts_to_json, run_jsonl
from feeds.models import WatchHit

ROOT = Path(__file__).resolve().parents[2]


def test_watch_lists_match_whole_words_phrases_and_prefixes() -> None:
    watch = {
        "places": ["Hodeidah", "Red Sea"],
        "actors": ['"Giants Brigades"', "Houthi*"],
        "none": ["Aden", "port*city"],
    }
    facts = extract(
        "Houthis shell HODEIDAH",
        "Forces of the giants   brigades returned fire near the Red Sea coast; Adenine.",
        watch=watch,
    )
    assert facts.watch_hits == (
        WatchHit("places", ("Hodeidah", "Red Sea")),
        WatchHit("actors", ('"Giants Brigades"', "Houthi*")),
    )


def test_facts_to_json_shape() -> None:
    facts = extract(
        None,
        "Rebels broke the truce on Monday, killing at least 3 soldiers. "
        "Talks on the war will resume in Geneva on Friday.",
        date(2024, 1, 1),
    )
    line = facts_to_json("item-1", facts)
    assert set(line) == {"id", "is_violation", "violation", "casualties", "talks"}
    assert line["id"] == "item-1" and line["is_violation"] is True
    assert set(line["violation"]) == {"phrase", "accused"}
    (cas,) = line["casualties"]
    assert cas == {
        "count": 3, "count_max": None, "qualifier": "at_least", "kind": "killed",
        "group": "government", "scope": "incident", "phrase": "killing at least 3 soldiers",
    }  # fmt: skip
    (talk,) = line["talks"]
    assert set(talk) == {"date", "date_end", "place", "parties", "status", "phrase"}
    assert (talk["date"], talk["place"]) == ("2024-01-05", "Geneva")
    json.dumps(line)


def test_run_jsonl_survives_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "title": None, "text": "Gunmen killed 5 villagers.",
                    "published": "2020-01-02", "extra": 1}),
        "{not json",
        json.dumps({"id": "b", "text": "x", "published": "yesterday"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": "c", "title": "t", "text": None, "published": "2020-01-02T10:00:00Z"}),
    ]  # fmt: skip
    out = io.StringIO()
    errors = run_jsonl(io.StringIO("\n".join(lines) + "\n"), out)
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert errors == 3
    assert [r["id"] for r in rows] == ["a", None, "b", None, "c"]
    assert rows[0]["casualties"][0]["count"] == 5
    assert all("error" in r for r in rows[1:4]) and "error" not in rows[4]


def test_module_entry_point_reads_stdin_and_files(tmp_path: Path) -> None:
    data = json.dumps({"id": 7, "title": "t", "text": "Shelling killed 2 civilians.",
                       "published": None}) + "\n"  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-m", "feeds.extract"], input=data, capture_output=True, text=True,
        cwd=ROOT, check=True,
    )  # fmt: skip
    assert json.loads(proc.stdout)["casualties"][0]["count"] == 2
    path = tmp_path / "in.jsonl"
    path.write_text(data, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "feeds.extract", str(path)], capture_output=True, text=True,
        cwd=ROOT, check=True,
    )  # fmt: skip
    assert json.loads(proc.stdout)["id"] == 7


_ASCII_TEXT = st.lists(
    st.sampled_from([*"abc ABC-,.'\n", "aid", "Aid", "convoy", " aid  convoy ", "abba"]), max_size=30
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ASCII_TEXT, _ASCII_TEXT)
def test_fast_watch_matching_agrees_with_the_plain_regex(title: str, text: str) -> None:
    import re

    from feeds.extract.watch import _keyword_pattern, match_watches

    keywords = ("aid", "ab*", '"aid convoy"', "c-a", "b")
    got = match_watches({"w": keywords}, title, text)
    expected = [
        k
        for k in keywords
        if any(re.search(_keyword_pattern(k) or "$^", f, re.IGNORECASE) for f in (title, text))
    ]
    assert (got[0].words if got else ()) == tuple(expected)
