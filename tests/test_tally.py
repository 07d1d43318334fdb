"""Casualty counting: duplicates folded, sub-groups not double counted, tallies kept apart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from feeds.store import CasualtyRow
from feeds.tally import build_tally, sparkline

DAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def fig(
    item: int,
    count: int | None,
    kind: str = "killed",
    group: str = "civilians",
    scope: str = "incident",
    feed: str = "wire",
    at: datetime = DAY,
) -> CasualtyRow:
    return CasualtyRow(
        item_id=item,
        feed=feed,
        title=f"item {item}",
        link=None,
        time=at,
        count=count,
        count_max=None,
        qualifier=None,
        kind=kind,
        group=group,
        scope=scope,
        phrase=f"{count} {group} {kind}",
    )


def test_same_count_kind_group_and_day_from_two_sources_counts_once() -> None:
    t = build_tally(
        [fig(1, 4, feed="wire"), fig(2, 4, feed="un", at=DAY + timedelta(hours=3)), fig(3, 2, feed="monitor")]
    )
    cell = t.cells[("killed", "civilians")]
    assert cell.total == 6
    assert [f.item_id for f in cell.figures] == [1, 3]
    assert [f.item_id for f in cell.folded] == [2]


def test_same_count_on_another_day_is_another_incident() -> None:
    t = build_tally([fig(1, 4), fig(2, 4, at=DAY + timedelta(days=1))])
    assert t.total("killed", "civilians") == 8


def test_kinds_and_groups_are_separate() -> None:
    t = build_tally(
        [fig(1, 3, "killed", "government"), fig(1, 7, "wounded", "government"), fig(2, 5, "killed", "rebels")]
    )
    assert t.total("killed", "government") == 3
    assert t.total("wounded", "government") == 7
    assert t.total("killed", "rebels") == 5
    assert t.total("killed", "civilians") == 0


def test_item_total_does_not_add_a_subgroup_to_its_total() -> None:
    # "killed 25 people, including five children": 25, not 30.
    t = build_tally(
        [fig(1, 25, group="unspecified"), fig(1, 5, group="children"), fig(2, 3, group="government")]
    )
    assert t.totals["killed"] == 28
    # but separate groups in one item add up: "3 soldiers and 4 civilians were killed"
    t2 = build_tally([fig(1, 3, group="government"), fig(1, 4, group="civilians")])
    assert t2.totals["killed"] == 7


def test_cumulative_tallies_are_never_added_and_latest_per_source_wins() -> None:
    rows = [
        fig(1, 40, scope="cumulative", feed="monitor"),
        fig(2, 52, scope="cumulative", feed="monitor", at=DAY + timedelta(days=1)),
        fig(3, 50, scope="cumulative", feed="un", at=DAY + timedelta(hours=5)),
        fig(4, 2),
    ]
    t = build_tally(rows)
    assert t.total("killed", "civilians") == 2
    assert [(c.feed, c.count) for c in t.cumulative] == [("monitor", 52), ("un", 50)]


def test_vague_figures_are_listed_not_summed() -> None:
    t = build_tally([fig(1, None), fig(2, 3)])
    assert t.total("killed", "civilians") == 3
    assert len(t.vague) == 1


def test_daily_series_covers_the_window() -> None:
    t = build_tally(
        [fig(1, 4), fig(2, 1, at=DAY + timedelta(days=2))],
        start=DAY - timedelta(days=1),
        end=DAY + timedelta(days=3),
    )
    assert t.daily == (
        (date(2026, 3, 1), 0),
        (date(2026, 3, 2), 4),
        (date(2026, 3, 3), 0),
        (date(2026, 3, 4), 1),
        (date(2026, 3, 5), 0),
    )


def test_sparkline() -> None:
    assert sparkline([]) == ""
    assert sparkline([0, 0]) == "  "
    line = sparkline([0, 1, 8])
    assert line[0] == " " and line[1] != " " and line[2] == "█"
