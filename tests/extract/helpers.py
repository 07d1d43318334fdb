"""Shared helpers for the news-pattern tests: what ``extract`` finds in one text, reduced to the
fields a test pins. Each helper takes the publication date explicitly, since relative dates
("next Tuesday", "in ten days") and some scope cues are resolved against it."""

from __future__ import annotations

from datetime import date

from feeds.extract import extract, facts_to_json
from feeds.extract.dates import find_dates

# Publication dates the tests are written against, named by their weekday.
MON_08_NOV_2004 = date(2004, 11, 8)
MON_06_DEC_2004 = date(2004, 12, 6)
MON_10_JAN_2005 = date(2005, 1, 10)
WED_09_MAR_2005 = date(2005, 3, 9)
WED_16_MAY_2007 = date(2007, 5, 16)
WED_09_MAR_2011 = date(2011, 3, 9)
WED_20_AUG_2014 = date(2014, 8, 20)
WED_09_MAR_2016 = date(2016, 3, 9)
MON_02_MAY_2016 = date(2016, 5, 2)
TUE_10_MAY_2016 = date(2016, 5, 10)
TUE_04_JUN_2019 = date(2019, 6, 4)
MON_10_JUN_2019 = date(2019, 6, 10)
WED_02_JUN_2021 = date(2021, 6, 2)
WED_06_OCT_2021 = date(2021, 10, 6)
SAT_04_JUN_2022 = date(2022, 6, 4)
MON_03_JUN_2024 = date(2024, 6, 3)
FRI_07_JUN_2024 = date(2024, 6, 7)
THU_12_SEP_2024 = date(2024, 9, 12)
SAT_01_MAR_2025 = date(2025, 3, 1)

# A conflict sentence appended to texts that must be read in a conflict item.
CONFLICT = " Rebels and government troops clashed in the north last month."


# --- casualties --------------------------------------------------------------------------------


def figures(text: str, pub: date | None, title: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.group) for c in extract(title, text, pub).casualties]


def sorted_figures(
    text: str, pub: date | None, title: str | None = None
) -> list[tuple[int | None, str, str]]:
    return sorted(
        ((c.count, c.kind, c.group) for c in extract(title, text, pub).casualties),
        key=lambda f: (f[0] or 0, f[1], f[2]),
    )


def scoped(text: str, pub: date | None) -> list[tuple[int | None, str, str, str]]:
    return [(c.count, c.kind, c.group, c.scope) for c in extract(None, text, pub).casualties]


def scopes(text: str, pub: date | None) -> list[tuple[int | None, str]]:
    return [(c.count, c.scope) for c in extract(None, text, pub).casualties]


def kind_scopes(text: str, pub: date | None) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.scope) for c in extract(None, text, pub).casualties]


def scope_by_count(text: str, pub: date | None, title: str | None = None) -> dict[int | None, str]:
    return {c.count: c.scope for c in extract(title, text, pub).casualties}


# --- talks -------------------------------------------------------------------------------------


def listed_talks(
    text: str, pub: date | None, title: str | None = None
) -> list[tuple[str | None, str | None]]:
    """(date, place) of the talks as ``facts_to_json`` lists them."""
    return [(t["date"], t["place"]) for t in facts_to_json("x", extract(title, text, pub))["talks"]]


def all_talks(text: str, pub: date | None) -> list[tuple[str | None, str | None]]:
    """(date, place) of every talks entry, whatever its status."""
    return [(t.date, t.place) for t in extract(None, text, pub).talks]


def scheduled_talks(
    text: str, pub: date | None, title: str | None = None
) -> list[tuple[str | None, str | None]]:
    """(date, place) of the talks entries whose status is "scheduled"."""
    return [(t.date, t.place) for t in extract(title, text, pub).talks if t.status == "scheduled"]


def talk_dates(text: str, pub: date | None, title: str | None = None) -> list[str | None]:
    return [t.date for t in extract(title, text, pub).talks]


def talk_dates_and_phrases(text: str, pub: date | None) -> list[tuple[str | None, str]]:
    return [(t.date, t.phrase) for t in extract(None, text, pub).talks]


def talk_phrases(text: str, pub: date | None) -> list[str]:
    return [t.phrase for t in extract(None, text, pub).talks]


def talk_places(text: str, pub: date | None) -> list[str | None]:
    return [t.place for t in extract(None, text, pub).talks]


def talk_ranges(text: str, pub: date | None) -> list[tuple[str | None, str | None]]:
    """(date, date_end) of the talks entries whose status is "scheduled"."""
    return [(t.date, t.date_end) for t in extract(None, text, pub).talks if t.status == "scheduled"]


def days(text: str, pub: date | None) -> list[tuple[str, date | None]]:
    return [(text[d.start : d.end], d.day) for d in find_dates(text, pub)]


# --- violations --------------------------------------------------------------------------------


def breached(text: str, pub: date | None, title: str | None = None) -> bool:
    return extract(title, text, pub).violation is not None


def breach_and_accused(text: str, pub: date | None) -> tuple[str, str | None] | None:
    found = extract(None, text, pub).violation
    return None if found is None else (found.phrase, found.accused)


def accused(text: str, pub: date | None, title: str | None = None) -> str | None:
    found = extract(title, text, pub).violation
    assert found is not None
    return found.accused
