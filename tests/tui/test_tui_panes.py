"""The dashboard panes show the sample week: counts, folded sums, merged talks, the live feed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from dashboard_sample import HOSTILE_TITLES
from tui_helpers import header, rows, settle, wait_until

from tui.panes.talks import TalksPane


async def test_panes_show_the_week(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        viol = rows(app, "violations")
        assert [r[-1] for r in viol][:2] == [
            "Shelling in Idlib breaks truce, monitors say",
            "1st Rebel attack on army post breaches truce",
        ]
        assert viol[0][2] == "government"
        assert "today 1" in header(app, "violations")
        assert "since truce 2" in header(app, "violations")

        cas = {r[0].strip(): r[1:] for r in rows(app, "casualties")}
        assert cas["civilians"] == ["36", "11"]  # 4 + 32, the AFP duplicate of 4 folded
        assert cas["government"] == ["25", "-"]
        assert any(k.startswith("Σ all · UN News") and v == ["135", "-"] for k, v in cas.items())

        talks = rows(app, "talks")
        assert [(r[0], r[2], r[3]) for r in talks] == [
            ("03-09", "Geneva", "postponed"),
            ("03-20", "Astana", "scheduled"),
        ]
        assert talks[0][1] == "in 2d 12h"
        assert talks[0][4] == "government, rebels"

        feed = rows(app, "feed")
        assert len(feed) == 13
        titles = [r[3] for r in feed]
        for hostile in HOSTILE_TITLES[:3]:
            assert hostile in titles
        assert "evil clear" in titles  # escape sequences stripped at render
        assert any(t.startswith("[breach] [shelling] Shelling in Idlib") for t in titles)

        status = str(app.query_one("#status").render())
        assert "day 6" in status and "12:00:00Z" in status
        assert "1 failing" in status and "ok" not in status.split("·")[0]


async def test_past_talks_toggle_and_casualty_window(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert app.query_one(TalksPane).show_past
        assert [r[2] for r in rows(app, "talks")] == ["Doha", "Geneva", "Astana"]
        await pilot.press("c")  # since truce -> last 24 h
        await settle(pilot)
        cas = {r[0].strip(): r[1:] for r in rows(app, "casualties")}
        assert cas["civilians"] == ["4", "11"]
        assert "government" in cas and cas["government"] == ["-", "-"]
        assert "last 24 h" in header(app, "casualties")


async def test_small_terminals_degrade(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(40, 10)) as pilot:
        await settle(pilot)
        assert "-narrow" in app.screen.classes
        assert app.pane("violations").display
        assert not app.pane("feed").display
        await pilot.press("4")
        await settle(pilot)
        assert app.pane("feed").display and not app.pane("violations").display
        await pilot.press("tab")
        assert app.active == "violations"
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert all(app.pane(p).display for p in ("violations", "casualties", "talks", "feed"))
        await pilot.resize_terminal(20, 5)
        await settle(pilot)
        assert app.is_running


async def test_a_list_keeps_its_width_whether_it_overflows_or_not(make_app) -> None:
    """The scrollbar's place is always kept: rows that come to overflow the pane (or stop)
    do not narrow (or widen) the table, which would shift its text and lay out the screen
    a second time on a filter change."""
    from feeds.query import parse_query

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.pane("feed").table
        assert table.row_count > table.size.height - 1  # the sample week overflows the pane
        full = table.scrollable_content_region
        app.filter_query = parse_query("zzzznotfound")
        await settle(pilot)
        assert table.row_count == 0
        assert table.scrollable_content_region == full
        app.filter_query = parse_query("")
        await settle(pilot)
        assert table.row_count > 0 and table.scrollable_content_region == full


async def test_launch_lays_out_for_the_terminals_breakpoint_once(make_app) -> None:
    """The first layout already has the breakpoint classes for the terminal's size (Textual
    sets them after its first layout), and each pane builds its columns for its laid-out
    size once, not again for each class and size it passed through."""
    from textual.screen import Screen

    from tui.panes.base import Pane

    classes_at_layout: list[set[str]] = []
    setups: list[str] = []
    refresh_layout, setup_table = Screen._refresh_layout, Pane._setup_table

    def layout(screen, *args, **kwargs) -> None:
        classes_at_layout.append(set(screen.classes))
        refresh_layout(screen, *args, **kwargs)

    def setup(pane, table) -> None:
        setups.append(pane.pane_id)
        setup_table(pane, table)

    Screen._refresh_layout, Pane._setup_table = layout, setup
    try:
        app = make_app()
        async with app.run_test(size=(160, 48)) as pilot:
            await settle(pilot)
    finally:
        Screen._refresh_layout, Pane._setup_table = refresh_layout, setup_table
    assert classes_at_layout and {"-wide", "-tall"} <= classes_at_layout[0]
    assert not {"-narrow", "-normal", "-short"} & classes_at_layout[0]
    # Once when mounted (the size unknown), once laid out.
    assert sorted(setups) == sorted(2 * ["violations", "casualties", "talks", "feed"])


async def test_each_pane_reads_the_store_once_at_startup(make_app, monkeypatch) -> None:
    """The mount and every bound reactive ask each pane for data; one read answers them all,
    and the rows are applied once (counted where the pane reads and applies)."""
    from tui.panes.base import Pane

    reads: dict[str, int] = {}
    applied: dict[str, int] = {}
    for cls in Pane.__subclasses__():

        def counted(pane: Pane, query: Any, now: Any, fetch: Any = cls.fetch) -> Any:
            reads[pane.pane_id] = reads.get(pane.pane_id, 0) + 1
            return fetch(pane, query, now)

        monkeypatch.setattr(cls, "fetch", counted)
    apply = Pane._apply

    def counted_apply(pane: Pane, *args: Any) -> None:
        applied[pane.pane_id] = applied.get(pane.pane_id, 0) + 1
        apply(pane, *args)

    monkeypatch.setattr(Pane, "_apply", counted_apply)
    once = {"violations": 1, "casualties": 1, "talks": 1, "feed": 1}
    twice = {"violations": 2, "casualties": 2, "talks": 2, "feed": 2}
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert all(p.data is not None for p in app.dashboard.query(Pane))
        assert reads == once and applied == once
        app.filter_query = app.filter_query.__class__()  # the same (empty) filter again: no reload
        await settle(pilot)
        assert reads == once and applied == once
        app.generation += 1  # new data: every pane reads again, once
        await settle(pilot)
        assert reads == twice and applied == twice


async def test_going_back_to_a_recent_filter_reads_nothing_until_the_data_changes(make_app) -> None:
    """esc after a filter shows the unfiltered panes again from each pane's recent results;
    new data (a generation) or a new filter reads the store again."""
    from feeds.query import parse_query

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        before = {pid: rows(app, pid) for pid in ("violations", "casualties", "talks", "feed")}
        statements: dict[str, int] = {}
        for pid in before:
            app.pane(pid).store.conn.set_trace_callback(
                lambda sql, pid=pid: statements.__setitem__(pid, statements.get(pid, 0) + 1)
            )
        app.filter_query = parse_query("idlib")
        await settle(pilot)
        assert set(statements) == set(before)  # every pane read for the new filter
        assert rows(app, "feed") != before["feed"]
        statements.clear()
        app.filter_query = parse_query("")
        await settle(pilot)
        assert statements == {}
        assert {pid: rows(app, pid) for pid in before} == before
        app.generation += 1
        await settle(pilot)
        assert set(statements) == set(before)


def _add_archive(db_path, n: int) -> int:
    """n more AFP items two days old, "Archive story 000" the newest; the items now stored."""
    from dashboard_sample import NOW, Story, save

    from feeds.store import Store

    with Store(db_path) as store:
        stories = [
            Story("AFP", f"old{i}", f"Archive story {i:03}", "Text.", timedelta(days=2, minutes=i))
            for i in range(n)
        ]
        save(store, stories, NOW)
        return store.count_items()


async def test_rows_below_the_view_are_rendered_when_scrolled_to(make_app, db_path) -> None:
    """A loader renders ahead only the rows its table shows first (and a few more); the rest
    are drawn when the officer scrolls to them, with the same text."""
    from tui.table import ComposedRow

    _add_archive(db_path, 40)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"archive", "enter")  # loaded once laid out: sizes known
        await wait_until(pilot, lambda: app.filter_query.text == "archive")
        await settle(pilot)
        table = app.pane("feed").table
        assert table.row_count == 40
        cells = [table.get_row_at(i)[0] for i in range(table.row_count)]
        assert all(isinstance(c, ComposedRow) for c in cells)
        ahead = [c.segments is not None for c in cells]
        assert table.row_count > table.size.height + 4
        assert all(ahead[: table.size.height]) and not any(ahead[table.size.height + 4 :])
        await pilot.press("4", "G")
        await settle(pilot)
        assert "Archive story 039" in app.export_screenshot().replace("&#160;", " ")


async def test_scrolling_near_the_end_of_a_list_reads_the_next_rows(make_app, db_path) -> None:
    """A list reads 100 rows at first; the cursor (or the view) near their end reads 100
    more, keeping the cursor on its item, so the whole archive can be scrolled back through.
    A new filter starts again from one page."""
    total = _add_archive(db_path, 130)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.pane("feed")
        assert pane.table.row_count == 100 and "100+ shown" in header(app, "feed")
        last_read = rows(app, "feed")[99][3]
        await pilot.press("4", "G")
        await settle(pilot)
        assert pane.table.row_count == total and f"· {total} shown" in header(app, "feed")
        assert pane.table.cursor_row == 99 and rows(app, "feed")[99][3] == last_read
        await pilot.press("G")
        await settle(pilot)
        assert pane.table.cursor_row == total - 1  # the oldest item
        await pilot.press("slash", *"archive", "enter")
        await wait_until(pilot, lambda: app.filter_query.text == "archive")
        await settle(pilot)
        assert pane.table.row_count == 100 and "100+ shown" in header(app, "feed")
        pane.table.scroll_to(y=95, animate=False, immediate=True)  # the wheel, not the cursor
        await settle(pilot)
        assert pane.table.row_count == 130 and "130 shown" in header(app, "feed")
