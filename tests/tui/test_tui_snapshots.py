"""Snapshots of the dashboard at 80x24 and 160x48 (frozen clock, fixed sample database)."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot
from tui_helpers import settle, wait_until

from tui.app import FilterInput
from tui.screens.detail import DetailScreen
from tui.screens.modals import DrillModal, HelpModal
from tui.screens.sources import SourcesScreen


async def _ready(pilot: Pilot[Any]) -> None:
    await settle(pilot)


async def _filtered(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    pilot.app.query_one(FilterInput).cursor_blink = False
    await pilot.press("slash", *"shell* OR talks")
    await wait_until(pilot, lambda: pilot.app.filter_query.text == "shell* OR talks")
    await settle(pilot)


async def _detail(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("enter")
    # Opening the item marks it read in a background write; the screen shows "read" once it
    # reloads after that write (on a busy host the snapshot was taken before).
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, DetailScreen) and pilot.app.screen.is_read)
    await settle(pilot)


async def _sources(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("s")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, SourcesScreen))
    await pilot.app.workers.wait_for_complete()
    await settle(pilot)


async def _help(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("question_mark")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HelpModal))


async def _drill(pilot: Pilot[Any]) -> None:
    # The casualties pane's first number: the figures behind it.
    await settle(pilot)
    await pilot.press("2", "enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, DrillModal))


class TestDashboardSnapshots:
    def test_dashboard_80x24(self, snap_compare, make_app) -> None:
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_ready)

    def test_dashboard_160x48(self, snap_compare, make_app) -> None:
        assert snap_compare(make_app(), terminal_size=(160, 48), run_before=_ready)

    def test_filter_80x24(self, snap_compare, make_app) -> None:
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_filtered)

    def test_detail_80x24(self, snap_compare, make_app) -> None:
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_detail)

    def test_sources_80x24(self, snap_compare, make_app) -> None:
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_sources)

    def test_help_160x48(self, snap_compare, make_app) -> None:
        assert snap_compare(make_app(), terminal_size=(160, 48), run_before=_help)

    def test_casualty_drill_down_80x24(self, snap_compare, make_app) -> None:
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_drill)
