"""Casualty counting rules shared by the dashboard and reports: fold duplicates, keep tallies apart."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from feeds.store import CasualtyRow

KINDS = ("killed", "wounded", "missing", "displaced", "detained")
GROUPS = ("civilians", "children", "aid_workers", "government", "rebels", "combatants", "unspecified")
GROUP_LABELS = {
    "civilians": "civilians",
    "children": "children",
    "aid_workers": "aid workers",
    "government": "government",
    "rebels": "rebels",
    "combatants": "combatants",
    "unspecified": "unspecified",
}


@dataclass(frozen=True)
class Cell:
    """One summed number and the figures behind it (duplicates included, marked folded)."""

    kind: str
    group: str
    total: int
    figures: tuple[CasualtyRow, ...]
    folded: tuple[CasualtyRow, ...] = ()
    """Figures not added because another source reported the same count, kind and day."""


@dataclass(frozen=True)
class Tally:
    """Incident sums per (kind, group), per-item totals per kind, cumulative tallies, daily series."""

    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    """Per kind: each item's own total (a figure and its sub-groups counted once), folded."""
    cumulative: tuple[CasualtyRow, ...] = ()
    """The latest cumulative tally from each source for each (kind, group), newest first."""
    daily: tuple[tuple[date, int], ...] = ()
    """Killed per day (incident figures, folded), oldest first, every day in the window."""
    vague: tuple[CasualtyRow, ...] = ()
    """Figures with no number ("dozens"): listed, never summed."""

    def total(self, kind: str, group: str) -> int:
        cell = self.cells.get((kind, group))
        return cell.total if cell else 0


def _item_totals(rows: Sequence[CasualtyRow]) -> list[tuple[CasualtyRow, int]]:
    """Per item and kind, the item's own total, counting each person once.

    An unspecified figure ("25 people") contains the group figures stated beside it
    ("including five children"); civilians contain children. Other groups add up
    ("3 soldiers and 4 civilians").
    """
    by_item: dict[tuple[int, str], list[CasualtyRow]] = defaultdict(list)
    for r in rows:
        by_item[(r.item_id, r.kind)].append(r)
    out = []
    for figs in by_item.values():
        if len(figs) == 1:  # most items state one figure a kind: it is the item's total
            out.append((figs[0], figs[0].count or 0))
            continue
        per_group: dict[str, int] = defaultdict(int)
        for f in figs:
            if f.group == "unspecified":
                per_group[f.group] = max(per_group[f.group], f.count or 0)
            else:
                per_group[f.group] += f.count or 0
        children = per_group.get("children", 0)
        civilians = per_group.get("civilians", 0)
        groups = sum(v for g, v in per_group.items() if g != "unspecified")
        if civilians >= children > 0 and civilians:
            groups -= children
        total = max(per_group.get("unspecified", 0), groups)
        lead = max(figs, key=lambda f: f.count or 0)
        out.append((lead, total))
    return out


def build_tally(
    rows: Iterable[CasualtyRow], *, start: datetime | None = None, end: datetime | None = None
) -> Tally:
    """Sum incident figures with duplicates folded; keep the latest cumulative tally per source.

    Two incident figures are duplicates when they give the same count, kind and group on the
    same UTC day (several wires reporting one attack); only the first reported is added.
    """
    rows = sorted(rows, key=lambda r: (r.time, r.item_id))
    incident = [r for r in rows if r.scope == "incident" and r.count is not None]
    vague = tuple(r for r in rows if r.count is None)

    cells: dict[tuple[str, str], Cell] = {}
    seen: set[tuple[int, str, str, date]] = set()
    grouped: dict[tuple[str, str], tuple[list[CasualtyRow], list[CasualtyRow]]] = defaultdict(
        lambda: ([], [])
    )
    for r in incident:
        assert r.count is not None
        key = (r.count, r.kind, r.group, r.time.date())
        added, folded = grouped[(r.kind, r.group)]
        if key in seen:
            folded.append(r)
        else:
            seen.add(key)
            added.append(r)
    for (kind, group), (added, folded) in grouped.items():
        cells[(kind, group)] = Cell(
            kind, group, sum(r.count or 0 for r in added), tuple(added), tuple(folded)
        )

    totals: dict[str, int] = defaultdict(int)
    seen_totals: set[tuple[int, str, date]] = set()
    daily_map: dict[date, int] = defaultdict(int)
    for lead, total in sorted(_item_totals(incident), key=lambda x: (x[0].time, x[0].item_id)):
        key2 = (total, lead.kind, lead.time.date())
        if key2 in seen_totals:
            continue
        seen_totals.add(key2)
        totals[lead.kind] += total
        if lead.kind == "killed":
            daily_map[lead.time.date()] += total

    latest: dict[tuple[str, str, str], CasualtyRow] = {}
    for r in rows:
        if r.scope == "cumulative" and r.count is not None:
            latest[(r.feed, r.kind, r.group)] = r  # rows are oldest first: the last one wins
    cumulative = tuple(sorted(latest.values(), key=lambda r: (r.time, r.item_id), reverse=True))

    daily: list[tuple[date, int]] = []
    if daily_map or (start and end):
        first = start.date() if start else min(daily_map)
        last = end.date() if end else max(daily_map)
        if (last - first).days > 366:
            first = last - timedelta(days=366)
        d = first
        while d <= last:
            daily.append((d, daily_map.get(d, 0)))
            d += timedelta(days=1)
    return Tally(cells=cells, totals=dict(totals), cumulative=cumulative, daily=tuple(daily), vague=vague)


SPARKS = " ▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[int]) -> str:
    """A one-line bar chart; empty days show as a space, any casualty shows at least ▁."""
    if not values:
        return ""
    top = max(values)
    if top <= 0:
        return SPARKS[0] * len(values)
    out = []
    for v in values:
        if v <= 0:
            out.append(SPARKS[0])
        else:
            out.append(SPARKS[max(1, round(v / top * (len(SPARKS) - 1)))])
    return "".join(out)
