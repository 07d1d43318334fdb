"""Triage: the `/` filter narrows every pane, keys act on items, keymap remaps, screens open."""

from __future__ import annotations

import pytest
from dashboard_sample import settings
from textual.widgets import Input
from tui_helpers import header, rows, settle, wait_until

from feeds.store import Store
from tui.screens.detail import DetailScreen
from tui.screens.modals import DrillModal, HelpModal, NoteModal
from tui.screens.sources import SourcesScreen
from tui.table import ItemTable


def _counts(app) -> dict[str, int]:
    return {p: app.pane(p).table.row_count for p in ("violations", "talks", "feed")}


async def test_filter_narrows_every_pane(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        before = _counts(app)
        await pilot.press("slash", *"geneva")
        await wait_until(pilot, lambda: app.filter_query.text == "geneva")
        await settle(pilot)
        assert [r[2] for r in rows(app, "talks")] == ["Geneva"]
        assert {r[3] for r in rows(app, "feed")} == {
            "Envoy invites parties to Geneva talks",
            "Geneva talks postponed",
        }
        assert rows(app, "violations") == []
        assert "/geneva" in str(app.query_one("#status").render())

        # Every pane reads the archive through the store: the casualty sums narrow too.
        await pilot.press("ctrl+u", *"civilians -market")
        await wait_until(pilot, lambda: app.filter_query.text == "civilians -market")
        await settle(pilot)
        cas = {r[0].strip(): r[1:] for r in rows(app, "casualties")}
        assert cas["civilians"] == ["36", "11"]  # the AFP market story is excluded

        await pilot.press("ctrl+u", *'"unclosed')
        await wait_until(pilot, lambda: app.filter_query.text == '"unclosed')
        msg = app.query_one("#filter-msg")
        assert msg.display and "unclosed quote" in str(msg.render())

        await pilot.press("ctrl+u", *"tag:wires")
        await wait_until(pilot, lambda: app.filter_query.text == "tag:wires")
        await settle(pilot)
        assert "no feed has tag wires (tags: " in str(msg.render())
        assert _counts(app) == {"violations": 0, "talks": 0, "feed": 0}

        await pilot.press("ctrl+u", *"feed:reuter")
        await wait_until(pilot, lambda: app.filter_query.text == "feed:reuter")
        await settle(pilot)
        assert not msg.display
        assert {r[2] for r in rows(app, "feed")} == {"Reuters"}
        await pilot.press(*"z")
        await wait_until(pilot, lambda: app.filter_query.text == "feed:reuterz")
        await settle(pilot)
        assert msg.display and "no feed name holds reuterz" in str(msg.render())

        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one(Input).value == ""
        assert app.filter_query.empty
        assert _counts(app) == before
        assert not app.query_one("#filter-bar").display


async def test_filter_keystrokes_discard_stale_results(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"astana")
        await wait_until(pilot, lambda: app.filter_query.text == "astana")
        await settle(pilot)
        assert [r[2] for r in rows(app, "feed")] == ["Reuters"]
        assert app.pane("feed").data.rows[0].title == "New round of talks set for Astana"


async def test_a_keystroke_after_a_pause_applies_at_once_a_burst_when_it_pauses(
    make_app, monkeypatch
) -> None:
    import tui.app

    monkeypatch.setattr(tui.app, "FILTER_DEBOUNCE", 3600.0)  # a burst never pauses in this test
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        box = app.query_one("#filter", Input)
        app._last_keystroke = -3600.0  # the last keystroke was long ago
        box.value = "astana"
        await pilot.pause()
        assert app.filter_query.text == "astana"  # applied without waiting for quiet
        box.value = "astana talks"
        await pilot.pause()
        assert app.filter_query.text == "astana"  # too soon after the last one: held back
        box.value = "geneva"
        await pilot.pause()
        assert app.filter_query.text == "astana"
        await pilot.press("enter")  # submitting applies what is typed
        await settle(pilot)
        assert app.filter_query.text == "geneva"
        assert {r[3] for r in rows(app, "feed")} == {
            "Envoy invites parties to Geneva talks",
            "Geneva talks postponed",
        }


async def test_item_keys_mark_flag_note_review(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("4", "G")  # the oldest item in the live feed
        await settle(pilot)
        item_id = app.pane("feed").selected_item()[0]
        await pilot.press("m", "f", "v")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NoteModal)
        await pilot.press(*"called the monitor", "enter")
        await settle(pilot)
        detail = Store(db_path).item(item_id)
        assert detail is not None
        assert detail.row.is_read and detail.row.flagged and detail.reviewed is not None
        assert [n[1] for n in detail.notes] == ["called the monitor"]
        assert rows(app, "feed")[-1][0] == " ⚑"
        assert app.pane("feed").table.cursor_row == len(rows(app, "feed")) - 1

        await pilot.press("M")
        await settle(pilot)
        assert all(not r.startswith("●") for r, *_ in rows(app, "feed"))
        assert "unread" not in header(app, "feed")


async def test_detail_highlights_phrases(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the newest violation
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        body = screen.text
        plain = body.plain
        start = plain.index("despite the ceasefire", plain.index("Government forces"))
        styled = [s for s in body.spans if s.start <= start < s.end and "red" in str(s.style)]
        assert styled, "the violation phrase is highlighted"
        assert "killing 4 civilians" in plain and "https://example.org/reuters/1" in plain
        assert "Facts" in plain and "violation by government" in plain
        await pilot.press("y")
        assert app.clipboard == "https://example.org/reuters/1"
        await pilot.press("escape")
        assert not isinstance(app.screen, DetailScreen)


async def test_casualty_number_drills_down(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("2", "right", "enter")  # civilians, killed
        await settle(pilot)
        drill = app.screen
        assert isinstance(drill, DrillModal)
        assert len(drill.figures) == 2 and len(drill.folded) == 1
        phrases = {f.phrase for f in drill.figures}
        assert phrases == {"killing 4 civilians", "32 civilians"}
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)


async def test_sources_and_help_screens(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        table = screen.query_one("#sources-table")
        cells = {
            str(table.get_row_at(i)[0]): [str(c) for c in table.get_row_at(i)] for i in range(table.row_count)
        }
        assert set(cells) == {"AFP", "Monitor", "Reuters", "UN News"}
        assert cells["Monitor"][1] == "failing" and "503" in cells["Monitor"][7]
        assert cells["AFP"][1] == "ok"
        await pilot.press("escape", "question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpModal)
        ids = {r[0] for r in app.screen.rows}
        assert {b.id for b in app.BINDINGS} <= ids


async def test_keymap_remaps_bindings(make_app) -> None:
    app = make_app(settings(keymap={"sources": "x", "filter": "ctrl+f"}))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert not isinstance(app.screen, SourcesScreen)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, SourcesScreen)
        await pilot.press("escape", "ctrl+f")
        assert isinstance(app.focused, Input)
        await pilot.press("escape", "question_mark")
        await settle(pilot)
        keys = {r[0]: r[1] for r in app.screen.rows}
        assert keys["sources"] == "x"


async def test_watch_list_narrows_feed(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("w", "2")  # the second list: shelling
        await settle(pilot)
        assert app.watch_list == "shelling"
        assert len(rows(app, "feed")) == 2
        assert "watch shelling" in header(app, "feed")
        assert app.active == "feed"


async def test_command_palette_has_sitroom_commands(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Filter", "Sources", "Poll now", "Watch list", "Casualty window"} <= titles
        await pilot.press("r")  # poll=False: explains instead of failing
        await settle(pilot)
        assert any("polling is off" in n.message for n in app._notifications)


async def test_odd_filter_input_never_breaks_a_pane(db_path) -> None:
    from dashboard_sample import NOW, TRUCE_START

    from feeds.query import parse_query
    from tui import data

    store = Store(db_path)
    for text in (
        '"',
        "AND (",
        "*",
        "-",
        "\x00",
        "",
        "OR OR",
        "feed:",
        "since:99999999d",
        "-geneva -talks",
        "[@click=app.quit]",
        "tag:nope",
    ):
        q = parse_query(text)
        data.load_violations(store, q, NOW, TRUCE_START)
        data.load_feed(store, q, NOW, None)
        data.load_talks(store, q, NOW, True)
        data.load_casualties(store, q, NOW, "7d", TRUCE_START)
    assert [r.title for r in data.load_feed(store, parse_query("-geneva -talks"), NOW, "shelling").rows] == [
        "Four civilians killed in market shelling",
        "Shelling in Idlib breaks truce, monitors say",
    ]


async def test_e_writes_the_handover_report_for_the_filter(make_app, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SITROOM_REPORTS", str(tmp_path / "reports"))
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"shelling", "enter")
        await settle(pilot)
        await pilot.press("e")
        await wait_until(pilot, lambda: any((tmp_path / "reports").glob("sitrep-*.md")))
    (report,) = (tmp_path / "reports").glob("sitrep-*.md")
    text = report.read_text()
    assert text.startswith("# Situation report")
    assert "Filter: `shelling`" in text
    assert "## Violations" in text and "## Coverage" in text


@pytest.mark.parametrize(("size", "kept"), [((80, 24), 1), ((160, 48), 2)])
async def test_a_short_terminal_shows_one_watch_toast_at_a_time(make_app, size, kept) -> None:
    """Each batch of watch hits raises a toast; at 80x24 the newest replaces the last, so toasts
    never stack over the panes. Other notifications stay."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        hits = app.bg.watch_hits_since(0, limit=10)
        assert len(hits) >= 2
        app.notify("report written to /tmp/x.md", markup=False)
        top = app.bg.max_item_id()
        app._alert(hits[:1], top)
        await pilot.pause()  # batches of hits come from separate polls
        app._alert(hits[1:2], top)
        await pilot.pause()
        titles = [n.title for n in app._notifications]
        assert sum(t.startswith("watch: ") for t in titles) == kept
        assert "" in titles  # the report notice is still there


async def test_slash_and_a_word_at_once_all_reach_the_filter(make_app, db_path) -> None:
    """Keys that arrive together (a paste, a fast typist, a slow link) are queued together:
    the ones after `/` go to the filter, not to the table. Once the filter (or a note) has
    the focus, `/` is a character like any other."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for key, char in [("slash", "/"), *((c, c) for c in "kessin")]:
            app.post_message(events.Key(key, char))  # all queued before the first is handled
        await wait_until(pilot, lambda: app.filter_query.text == "kessin")
        assert app.query_one("#filter", Input).value == "kessin"
        await pilot.press("slash", *"24")
        assert app.query_one("#filter", Input).value == "kessin/24"
        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one("#filter", Input).value == ""
        selected = app.pane(app.active).selected_item()
        assert selected is not None
        await pilot.press("n", *"a/b", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, NoteModal)
        detail = Store(db_path).item(selected[0])
        assert detail is not None and [n[1] for n in detail.notes] == ["a/b"]


async def test_a_pane_key_and_enter_at_once_act_on_that_pane(make_app) -> None:
    """`2` then enter arriving together opens the casualty drill-down, not the detail of the row
    the previous pane had selected; in the filter, digits are digits."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.active == "violations"
        for key, char in (("2", "2"), ("enter", "\r")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert app.active == "casualties"
        assert isinstance(app.screen, DrillModal)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("slash", *"since:24h 4")
        await settle(pilot)
        assert app.query_one("#filter", Input).value == "since:24h 4"
        assert app.active == "casualties"


async def test_typing_in_the_filter_scrolls_it_without_a_screen_layout(make_app) -> None:
    """A query longer than the box scrolls it to keep the cursor in view; no keystroke lays the
    whole screen out again (the box's size does not depend on its text)."""
    from textual.screen import Screen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        box = app.query_one("#filter", Input)
        layouts = 0
        refresh_layout = Screen._refresh_layout

        def counted(screen, *args, **kwargs) -> None:
            nonlocal layouts
            layouts += 1
            refresh_layout(screen, *args, **kwargs)

        Screen._refresh_layout = counted
        try:
            await pilot.press(*"ceasefire talks geneva astana doha idlib aleppo " * 2, *"kessin shelling")
            await pilot.pause()
        finally:
            Screen._refresh_layout = refresh_layout
        assert layouts == 0
        assert box.value.endswith("kessin shelling")
        width = box.scrollable_content_region.width
        assert box.scroll_x > 0 and 0 <= box.cursor_screen_offset.x - box.content_region.x <= width


async def test_n_and_a_note_at_once_save_the_whole_note(make_app, db_path) -> None:
    """`n` and the note typed (or pasted) in one go: the keys that arrive while the note box is
    being built wait for it, in order, and enter saves the whole note. In the filter, n and w
    are letters."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        selected = app.pane(app.active).selected_item()
        assert selected is not None
        keys = [
            ("n", "n"),
            *((c, c) for c in "held"),
            ("space", " "),
            *((c, c) for c in "fire"),
            ("enter", "\r"),
        ]
        for key, char in keys:
            app.post_message(events.Key(key, char))  # all queued before the first is handled
        await settle(pilot)
        assert not isinstance(app.screen, NoteModal)
        detail = Store(db_path).item(selected[0])
        assert detail is not None and [n[1] for n in detail.notes] == ["held fire"]

        await pilot.press("slash", *"new w")
        await settle(pilot)
        assert app.query_one("#filter", Input).value == "new w"
        assert app.screen is app.dashboard


async def test_keys_typed_right_after_s_or_help_reach_the_screen_they_open(make_app) -> None:
    """`s` and `?` act when the app reads them, so keys queued behind them in one burst go to
    the screen they open, not to the pane; `s` on the sources screen closes it, `?` on the help
    closes it, and in the filter both are letters."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        start = app.pane(app.active).table.cursor_row
        for key, char in (("s", "s"), ("j", "j"), ("j", "j")):
            app.post_message(events.Key(key, char))  # all queued before the first is handled
        await settle(pilot)
        assert isinstance(app.screen, SourcesScreen)
        assert app.screen.query_one("#sources-table", ItemTable).cursor_row == 2
        assert app.pane(app.active).table.cursor_row == start  # the pane got none of them
        await pilot.press("s")
        await settle(pilot)
        assert app.screen is app.dashboard

        for key, char in (("question_mark", "?"), ("question_mark", "?")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert app.screen is app.dashboard  # opened, then closed by its own key

        await pilot.press("slash", *"s?s")
        await settle(pilot)
        assert app.query_one("#filter", Input).value == "s?s"
        assert app.screen is app.dashboard
