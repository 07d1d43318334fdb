"""Talks facts folded into meetings: postponements and reschedules follow the newest report."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from feeds.agenda import fold_meetings, upcoming
from feeds.store import TalkRow

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def talk(item: int, day: str | None, place: str | None, status: str = "scheduled", hours: int = 0) -> TalkRow:
    return TalkRow(
        item_id=item,
        feed="wire",
        title=f"item {item}",
        link=None,
        time=T0 + timedelta(hours=hours),
        date=day,
        date_end=None,
        place=place,
        parties=None,
        status=status,
        phrase=f"talks {day} {place}",
    )


def test_same_meeting_reported_twice_is_one_line() -> None:
    ms = fold_meetings([talk(1, "2026-03-09", "Geneva"), talk(2, "2026-03-09", "geneva", hours=3)])
    assert len(ms) == 1 and len(ms[0].reports) == 2 and ms[0].latest.item_id == 2


def test_postponed_then_rescheduled() -> None:
    rows = [
        talk(1, "2026-03-09", "Geneva"),
        talk(2, None, "Geneva", "postponed", hours=24),
        talk(3, "2026-03-14", "Geneva", hours=48),
    ]
    ms = fold_meetings(rows)
    assert [(m.date, m.status) for m in ms] == [("2026-03-09", "postponed"), ("2026-03-14", "scheduled")]


def test_dated_postponement_report_wins_by_recency() -> None:
    ms = fold_meetings(
        [talk(1, "2026-03-09", "Geneva"), talk(2, "2026-03-09", "Geneva", "postponed", hours=5)]
    )
    assert [m.status for m in ms] == ["postponed"]


def test_placeless_report_joins_the_only_meeting_that_day() -> None:
    ms = fold_meetings([talk(1, "2026-03-09", "Geneva"), talk(2, "2026-03-09", None, "cancelled", 2)])
    assert len(ms) == 1 and ms[0].status == "cancelled" and ms[0].place == "Geneva"


def test_upcoming_hides_the_past_unless_asked() -> None:
    rows = [talk(1, "2026-02-20", "Astana"), talk(2, "2026-03-09", "Geneva"), talk(3, None, "Doha")]
    today = date(2026, 3, 1)
    assert [m.place for m in upcoming(rows, today)] == ["Geneva", "Doha"]
    assert [m.place for m in upcoming(rows, today, include_past=True)] == ["Astana", "Geneva", "Doha"]
    assert upcoming(rows, today)[0].starts == datetime(2026, 3, 9, tzinfo=UTC)


def test_one_line_per_meeting_newest_status_wins_and_moves_are_shown() -> None:
    ms = fold_meetings(
        [
            talk(1, "2026-03-09", "Geneva", hours=0),
            talk(2, "2026-03-09", "geneva", hours=10),
            talk(3, "2026-03-09", "Geneva", "postponed", hours=25),
            talk(4, "2026-03-12", "Geneva", hours=28),
            talk(5, "2026-03-20", "Astana", hours=-10),
            talk(6, None, "Astana", "cancelled", hours=29),
            talk(7, None, None, hours=29),
        ]
    )
    geneva = [m for m in ms if m.place and m.place.lower() == "geneva"]
    assert [(m.date, m.status) for m in geneva] == [("2026-03-09", "postponed"), ("2026-03-12", "scheduled")]
    assert geneva[0].sources == 3 and geneva[0].item_id == 3
    assert geneva[0].moved_to == "2026-03-12" and geneva[1].moved_to is None
    astana = [m for m in ms if m.place == "Astana"]
    assert [(m.date, m.status, m.item_id) for m in astana] == [("2026-03-20", "cancelled", 6)]
    assert ms[-1].date is None  # undated meetings go last
