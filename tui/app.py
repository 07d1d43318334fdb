"""The dashboard app: panes bound to one reactive filter, live updates, triage keys, the poller."""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal
from textual.css.query import NoMatches
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from feeds.config import Settings
from feeds.models import PollResult
from feeds.query import Query, parse_query
from feeds.sanitize import clean_text
from feeds.store import Store, StoreError
from feeds.timeutil import utcnow
from feeds.workers import cpu_pool
from tui.context import Context
from tui.data import StatusData, load_status, mark_looked
from tui.links import checked_link, open_link
from tui.panes.base import Pane
from tui.panes.casualties import CasualtiesPane
from tui.panes.feed import FeedPane
from tui.panes.talks import TalksPane
from tui.panes.violations import ViolationsPane
from tui.render import WINDOW_LABELS, minute_of, status_line, truce_day, window_start
from tui.screens.detail import DetailScreen
from tui.screens.modals import DrillModal, HelpModal, NoteModal, WatchModal
from tui.screens.sources import SourcesScreen

PANES = ("violations", "casualties", "talks", "feed")
TAB_LABELS = {"violations": "Violations", "casualties": "Casualties", "talks": "Talks", "feed": "Feed"}
FILTER_DEBOUNCE = 0.02
"""A keystroke after this many seconds of quiet applies at once; one that follows another
sooner waits for this much quiet (folding key repeat into one change). Nothing longer is
needed: a pane drops results for an old filter and interrupts its query when it moves on."""
FOCUS_ACTIONS = frozenset({"filter", "pane", "note", "pick_watch", "sources", "help"})
"""Actions that move the focus (to a pane, the filter, or a screen they open), bound as
priority bindings: run when the app reads the key, not when the table it was
sent to gets it, so the keys queued behind one, as "/kessin", "2" then enter, or "n" and a
note typed or pasted in one go, reach where it moved (a screen being opened holds them until
it can take them: see push_screen). Their keys are ordinary characters while a text input
has the focus (see check_action)."""
KEY_HOLD_MAX = 1.0
"""Seconds keys are held at most for a screen that is opening (see SitroomApp.push_screen)."""
MAX_TOASTS = 3
WATCH_TOAST = "watch: "
"""How a watch-list toast's title starts."""
ROOMY_HEIGHT = 30
"""Terminals shorter than this show one watch toast at a time (three would hide a pane)."""
SWITCH_INTERVAL = 0.001
GC_THRESHOLDS = (50_000, 20, 100)
WIDE = 140
ITEM_ACTIONS = frozenset(
    {
        "quit",
        "help",
        "open_link",
        "copy_link",
        "mark_read",
        "flag",
        "note",
        "reviewed",
        "poll_now",
        "sources",
        "next_pane",
        "prev_pane",
    }
)
"""App actions that still apply over the detail and sources screens."""
SYSTEM_ACTIONS = frozenset(
    {
        "quit",
        "command_palette",
        "screenshot",
        "focus_next",
        "focus_previous",
        "toggle_dark",
        "simple_screenshot",
        "quit_app",
        "help_quit",
    }
)


def _key(
    key: str,
    action: str,
    description: str,
    binding_id: str,
    tooltip: str,
    *,
    show: bool = False,
    priority: bool = False,
) -> Binding:
    """A dashboard binding: every one has an id ([keymap] remaps it) and a tooltip."""
    return Binding(key, action, description, show=show, priority=priority, id=binding_id, tooltip=tooltip)


def report_path(now: datetime) -> Path:
    """Where `e` writes reports: $SITROOM_REPORTS, else ~/sitroom-reports (kept across runs)."""
    folder = Path(os.environ.get("SITROOM_REPORTS") or Path.home() / "sitroom-reports")
    return folder / f"sitrep-{now.strftime('%Y%m%dT%H%MZ')}.md"


class FilterInput(Input):
    """The `/` filter: esc clears it, enter returns to the panes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.clear_filter", "Clear filter", id="filter-clear"),
    ]

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    """Input sets it (the text's width) on every keystroke, and Widget's asks for a layout of
    the whole screen each time. The box's size is fixed by the CSS; the text's width only
    sets how far it scrolls, which Input reads from this value directly."""


class PaneGrid(Grid):
    """The panes' container: tells the app when the terminal crosses the wide breakpoint."""

    def on_resize(self) -> None:
        app = self.app
        if isinstance(app, SitroomApp):
            app.wide = app.size.width >= WIDE


class SitroomApp(App[int]):
    """A terminal situation room: violations, casualties, talks and the live feed."""

    CSS_PATH = "app.tcss"
    TITLE = "sitroom"
    # textual annotates these `ClassVar[...] | None`, which mypy reads as instance variables.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-narrow"),
        (72, "-normal"),
        (WIDE, "-wide"),
    ]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-short"), (18, "-tall")]  # type: ignore[misc]

    BINDINGS: ClassVar[list[BindingType]] = [
        _key("q", "quit", "Quit", "quit", "Stop the poller and leave", show=True),
        _key(
            "slash",
            "filter",
            "Filter",
            "filter",
            'Narrow every pane: words, "phrase", OR, -word, prefix*, feed:, tag:, since:',
            show=True,
            priority=True,  # see FOCUS_ACTIONS
        ),
        _key(
            "w",
            "pick_watch",
            "Watch",
            "watch",
            "Narrow the live feed to a watch list",
            show=True,
            priority=True,  # see FOCUS_ACTIONS
        ),
        _key("s", "sources", "Sources", "sources", "Health of every feed", show=True, priority=True),
        _key(
            "question_mark", "help", "Help", "help", "Every key and its binding id", show=True, priority=True
        ),
        _key("r", "poll_now", "Poll", "poll-now", "Poll every feed now", show=True),
        _key("tab", "next_pane", "Next pane", "next-pane", "Move to the next pane", priority=True),
        _key(
            "shift+tab", "prev_pane", "Previous pane", "prev-pane", "Move to the previous pane", priority=True
        ),
        _key("1", "pane('violations')", "Violations", "pane-1", "Go to the violations pane", priority=True),
        _key("2", "pane('casualties')", "Casualties", "pane-2", "Go to the casualties pane", priority=True),
        _key("3", "pane('talks')", "Talks", "pane-3", "Go to the upcoming talks pane", priority=True),
        _key("4", "pane('feed')", "Live feed", "pane-4", "Go to the live feed", priority=True),
        _key(
            "o", "open_link", "Open link", "open-link", "Open the item's link in a browser (http/https only)"
        ),
        _key(
            "y",
            "copy_link",
            "Copy link",
            "copy-link",
            "Copy the item's link to the clipboard (OSC 52, works over SSH)",
        ),
        _key("m", "mark_read", "Read/unread", "mark-read", "Mark the item read (or unread)"),
        _key(
            "M",
            "mark_pane_read",
            "Mark pane read",
            "mark-pane-read",
            "Mark every item in the pane read (the live feed: the whole filtered archive)",
        ),
        _key("f", "flag", "Flag", "flag", "Flag or unflag the item"),
        _key("n", "note", "Note", "note", "Add a note to the item", priority=True),  # see FOCUS_ACTIONS
        _key("v", "reviewed", "Reviewed", "reviewed", "Mark the item reviewed"),
        _key(
            "c",
            "cycle_window",
            "Casualty window",
            "cycle-window",
            "Casualties since the truce, in the last 24 h, or the last 7 days",
        ),
        _key("p", "toggle_past", "Past talks", "toggle-past", "Show or hide past talks"),
        _key("u", "caught_up", "Caught up", "caught-up", "Reset the 'new since you last looked' counter"),
        _key(
            "e",
            "export_report",
            "Report",
            "export-report",
            "Write the handover report for the current filter and casualty window to a file",
        ),
    ]
    HELP_EXTRA: ClassVar[list[tuple[str, str, str]]] = [
        ("cursor-down / cursor-up", "j k ↓ ↑", "move in a pane"),
        ("cursor-top / cursor-bottom", "g G", "first / last row"),
        ("(table)", "enter", "item detail; on a casualty number: the figures behind it"),
        ("(palette)", "ctrl+p", "command palette"),
    ]

    @property
    def dashboard(self) -> Screen[Any]:
        """The screen the panes live on (the bottom one: modals and screens go on top of it)."""
        return self.screen_stack[0]

    filter_query: reactive[Query] = reactive(Query, init=False, repaint=False)
    generation: reactive[int] = reactive(0, init=False, repaint=False)
    minute: reactive[int] = reactive(0, init=False, repaint=False)
    watch_list: reactive[str] = reactive("", init=False, repaint=False)
    active: reactive[str] = reactive("violations", init=False, repaint=False)
    wide: reactive[bool] = reactive(False, init=False, repaint=False)

    @dataclass
    class PollFinished(Message):
        """The in-process poller finished one feed."""

        result: PollResult

    @dataclass
    class KeysReady(Message):
        """The screen pushed as hold `hold` can take keys (or held keys waited long enough)."""

        hold: int

    @dataclass
    class DataChanged(Message):
        """Another connection committed: reload what is on screen."""

        version: int

    def __init__(
        self,
        settings: Settings,
        db_path: str,
        *,
        poll: bool = True,
        clock: Callable[[], datetime] = utcnow,
        clock_rate: float = 1.0,
        title_suffix: str = "",
    ) -> None:
        super().__init__()
        self.settings = settings
        self.db_path = db_path
        self.poll = poll
        self._held_keys: list[events.Key] | None = None
        self._hold = 0
        self.clock = clock
        self.title_suffix = title_suffix
        # Parsing and extraction run in another process: in this one they would hold the GIL
        # the UI thread and the panes' readers need (a busy poll tripled filter latency).
        self._pool = cpu_pool(1, threads_running=True) if poll else None
        self.reader = Store(db_path)
        self.reader.set_feed_tags(settings.feeds)
        self.bg = Store(db_path)
        self.writer = Store(db_path)
        self.ctx = Context(
            settings=settings, reader=self.reader, clock=clock, db_path=db_path, clock_rate=clock_rate
        )
        self.status = StatusData()
        self.poller: Any = None
        self._version = -1
        self._alert_after = 0
        self._debounce: Timer | None = None
        self._last_keystroke = -FILTER_DEBOUNCE
        self.keymap = dict(settings.keymap)
        self.intervals = self.ctx.intervals()
        self.sub_title = title_suffix

    # -- layout --

    def compose(self) -> ComposeResult:
        yield Static(Text(" sitroom", style="bold reverse"), id="status", markup=False)
        with Horizontal(id="filter-bar"):
            yield FilterInput(
                placeholder='filter: words "phrase" OR -word prefix* feed: tag: since:24h',
                id="filter",
                max_length=500,
            )
            yield Static("", id="filter-msg", markup=False)
        yield Static("", id="tabs", markup=False)
        with PaneGrid(id="panes"):
            bind = (SitroomApp.filter_query, SitroomApp.generation, SitroomApp.minute, SitroomApp.wide)
            yield ViolationsPane(self.ctx).data_bind(*bind)
            yield CasualtiesPane(self.ctx).data_bind(*bind)
            yield FeedPane(self.ctx).data_bind(*bind, watch_list=SitroomApp.watch_list)
            yield TalksPane(self.ctx).data_bind(*bind)
        yield Footer()

    def on_mount(self) -> None:
        if self.keymap:
            self.set_keymap(self.keymap)
        self.title = f"sitroom{' ' + self.title_suffix if self.title_suffix else ''}"
        self.minute = self._minute()
        self._apply_breakpoints()
        self.wide = self.size.width >= WIDE
        try:
            self._version = self.bg.data_version()
            self._alert_after = self.bg.max_item_id()
            if self.bg.get_state("last_looked") is None:
                mark_looked(self.writer, self.clock())
        except StoreError as exc:
            self.notify(str(exc), severity="error", markup=False)
        self.watch_active(self.active)
        self.pane(self.active).table.focus()
        self.set_interval(1.0, self._tick)
        self.set_interval(30.0, self._half_minute)
        self._refresh_status()
        if self.poll:
            self._run_poller()

    def _apply_breakpoints(self) -> None:
        """Set the breakpoint classes for the terminal's size now. Textual sets them on the
        screen's Resize, after its first layout: at launch the dashboard was laid out for the
        wrong breakpoint, then again, and every pane built its columns and rows twice."""
        screen = self.screen
        width, height = self.size
        classes = {name: False for _, name in (*self.HORIZONTAL_BREAKPOINTS, *self.VERTICAL_BREAKPOINTS)}
        for name in screen._get_breakpoint_classes(width, self.HORIZONTAL_BREAKPOINTS):
            classes[name] = True
        for name in screen._get_breakpoint_classes(height, self.VERTICAL_BREAKPOINTS):
            classes[name] = True
        screen.update_classes(classes, animate=False)

    def _minute(self) -> int:
        return minute_of(self.clock())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dashboard-only actions are off (and hidden) over other screens; none on modals; the
        keys of FOCUS_ACTIONS are typed text while an input has the focus."""
        if action in FOCUS_ACTIONS and isinstance(self.focused, Input):
            return False
        if action == "sources" and isinstance(self.screen, SourcesScreen):
            return False  # its own `s` closes it
        if self.main_screen or action in SYSTEM_ACTIONS:
            return True
        if isinstance(self.screen, ModalScreen):
            return False
        return action in ITEM_ACTIONS

    def pane(self, pane_id: str) -> Pane:
        return self.dashboard.query_one(f"#{pane_id}", Pane)

    @property
    def main_screen(self) -> bool:
        return len(self.screen_stack) == 1

    def watch_active(self, active: str) -> None:
        for pid in PANES:
            self.pane(pid).set_class(pid == active, "-active")
        tabs = Text()
        for i, pid in enumerate(PANES, start=1):
            label = f" {i} {TAB_LABELS[pid]} "
            tabs.append(label, style="bold reverse" if pid == active else "dim")
        self.dashboard.query_one("#tabs", Static).update(tabs)

    def on_descendant_focus(self, event: Any) -> None:
        for node in event.widget.ancestors_with_self:
            if isinstance(node, Pane):
                self.active = node.pane_id
                return

    # -- clock and live updates --

    def _tick(self) -> None:
        self._render_status()
        self._check_version()

    def _half_minute(self) -> None:
        self.minute = self._minute()
        self._refresh_status()

    @work(thread=True, exclusive=True, group="version", exit_on_error=False)
    def _check_version(self) -> None:
        try:
            version = self.bg.data_version()
        except StoreError:
            return
        if version != self._version:
            self.post_message(self.DataChanged(version))

    def on_sitroom_app_data_changed(self, message: DataChanged) -> None:
        if message.version == self._version:
            return
        self._version = message.version
        self.generation += 1
        self._refresh_status()
        self._check_alerts()

    def changed(self) -> None:
        """Our own write: reload now rather than on the next tick."""
        self.generation += 1
        self._refresh_status()

    @work(thread=True, exclusive=True, group="status", exit_on_error=False)
    def _refresh_status(self) -> None:
        try:
            status = load_status(self.bg, self.intervals, self.clock(), tuple(self.settings.watch))
        except StoreError:
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._set_status, status)

    def _set_status(self, status: StatusData) -> None:
        self.status = status
        self._render_status()

    def _render_status(self) -> None:
        now = self.clock()
        s = self.status
        line = status_line(
            truce_name=self.settings.truce.name,
            day=truce_day(self.settings.truce.start, now),
            now=now,
            health=s.health,
            last_poll=s.last_poll,
            new_since=s.new_since,
            watch_new=s.watch_new,
            filter_text=self.filter_query.text,
            polling=self.poll,
        )
        # The dashboard is the bottom screen: a modal or the sources screen may be on top.
        try:
            status = self.dashboard.query_one("#status", Static)
        except NoMatches:
            return  # a worker finished while the app was shutting down
        if status.content == line:
            return  # several changes a keystroke often leave the line as it was: no repaint
        status.update(line, layout=False)  # one fixed line: no need to lay the screen out again

    @work(thread=True, exclusive=True, group="alerts", exit_on_error=False)
    def _check_alerts(self) -> None:
        try:
            hits = self.bg.watch_hits_since(self._alert_after, limit=200)
            top = self.bg.max_item_id()
        except StoreError:
            return
        self.call_from_thread(self._alert, hits, top)

    def _alert(self, hits: list[Any], top: int) -> None:
        self._alert_after = max(self._alert_after, top)
        if not hits:
            return
        alerts = self.settings.alerts
        if alerts.toast:
            if self.size.height < ROOMY_HEIGHT:
                # A short terminal has room for one toast over the panes: the newest replaces it.
                for old in [n for n in self._notifications if n.title.startswith(WATCH_TOAST)]:
                    self._unnotify(old, refresh=False)
            # One toast per batch, however many lists were hit: the panes carry the detail.
            watches = list(dict.fromkeys(watch for _, watch in hits))
            items = {row.id: row for row, _ in hits}
            newest = items[max(items)]
            more = f"  (+{len(items) - 1} more)" if len(items) > 1 else ""
            names = ", ".join(clean_text(w, limit=30) for w in watches[:MAX_TOASTS])
            self.notify(
                clean_text(newest.title, limit=120) + more,
                markup=False,
                title=f"{WATCH_TOAST}{names}",
                timeout=4,
            )
        if alerts.bell:
            self.bell()

    # -- the poller --

    @work(thread=True, group="poller", exit_on_error=False)
    def _run_poller(self) -> None:
        try:
            from feeds.poll import Poller
        except ImportError as exc:
            self.call_from_thread(self.notify, f"polling unavailable: {exc}", severity="error", markup=False)
            return
        store = Store(self.db_path)
        try:
            poller = Poller(
                self.settings,
                store,
                clock=self.clock,
                clock_rate=self.ctx.clock_rate,
                on_result=self._poll_finished,
                executor=self._pool,
            )
            self.poller = poller
            asyncio.run(poller.run())
        except StoreError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", markup=False)
        finally:
            self.poller = None
            store.close()

    def on_sitroom_app_poll_finished(self, message: PollFinished) -> None:
        if message.result.status == "error":
            self._refresh_status()

    def stop_poller(self) -> None:
        if self.poller is not None:
            self.poller.stop()

    async def action_quit(self) -> None:
        self.stop_poller()
        try:
            mark_looked(self.writer, self.clock())
        except StoreError:
            pass
        self.exit(0)

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        """Open a screen, holding the keys that arrive until it has composed and focused its
        input. Textual stacks the screen at once but builds it later, and keys read in the
        meantime went to the new screen with nothing focused: `n` then a note typed (or
        pasted) in one go lost the note's first letters, and `enter` in it went nowhere."""
        result = super().push_screen(*args, **kwargs)
        self._hold += 1
        hold = self._hold
        if self._held_keys is None:
            self._held_keys = []
        self.screen.call_after_refresh(self.post_message, self.KeysReady(hold))
        self.set_timer(KEY_HOLD_MAX, lambda: self.post_message(self.KeysReady(hold)))
        return result

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and self._held_keys is not None:
            self._held_keys.append(event)
            return
        await super().on_event(event)

    async def on_sitroom_app_keys_ready(self, message: KeysReady) -> None:
        """Hand the held keys over in order. One that opens another screen holds the rest."""
        if message.hold != self._hold or self._held_keys is None:
            return
        held, self._held_keys = self._held_keys, None
        for i, key in enumerate(held):
            if self._held_keys is not None:
                self._held_keys[:0] = held[i:]
                return
            await super().on_event(key)

    def on_unmount(self) -> None:
        self.stop_poller()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def _poll_finished(self, result: PollResult) -> None:
        """From the poller's thread: one feed was polled."""
        self.post_message(self.PollFinished(result))

    # -- filter --

    def action_filter(self) -> None:
        bar = self.dashboard.query_one("#filter-bar")
        bar.add_class("-open")
        self._focus_now(self.dashboard.query_one(FilterInput))

    def _focus_now(self, widget: Widget) -> None:
        """Focus a dashboard widget at once: focus() waits behind the keys already queued, which
        must reach it (see FOCUS_ACTIONS)."""
        self.dashboard.set_focus(widget)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        """Debounced on both edges: the first keystroke after a pause applies now (the officer
        sees it answered a debounce sooner), a burst applies once it pauses."""
        now = time.monotonic()
        quiet = now - self._last_keystroke >= FILTER_DEBOUNCE
        self._last_keystroke = now
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        elif quiet:
            self._apply_filter()
            return
        self._debounce = self.set_timer(FILTER_DEBOUNCE, self._apply_filter)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self._apply_filter()
        if not event.value.strip():
            self.dashboard.query_one("#filter-bar").remove_class("-open")
        self.pane(self.active).table.focus()

    def _apply_filter(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        query = self._noting_unmatched(parse_query(self.dashboard.query_one(FilterInput).value))
        msg = self.dashboard.query_one("#filter-msg", Static)
        if query.message != self.filter_query.message:  # a new message needs a new layout
            msg.update(Text(query.message or "", style="bold yellow"))
            msg.set_class(bool(query.message), "-shown")
        self.filter_query = query
        self._render_status()

    def _noting_unmatched(self, query: Query) -> Query:
        """The query with a note when a `tag:` names no feed's tag or no feed's name holds what
        `feed:` says: the panes then show nothing, and the officer should see why (a typo, or
        a tag not in this config)."""
        notes: list[str] = []
        known = sorted({t.lower() for f in self.settings.feeds for t in f.tags})
        unknown = [t for t in query.tags if t.lower() not in known]
        if unknown:
            notes.append(f"no feed has tag {unknown[0]}" + (f" (tags: {', '.join(known)})" if known else ""))
        names = [n.lower() for n in self.status.feed_names or [f.name for f in self.settings.feeds]]
        if query.feeds and not any(part.lower() in n for part in query.feeds for n in names):
            notes.append(f"no feed name holds {query.feeds[0]}")
        if not notes:
            return query
        message = "; ".join([query.message, *notes] if query.message else notes)
        return replace(query, message=clean_text(message, limit=160))

    def action_clear_filter(self) -> None:
        self.dashboard.query_one(FilterInput).value = ""
        self._apply_filter()
        self.dashboard.query_one("#filter-bar").remove_class("-open")
        if self.main_screen:
            self.pane(self.active).table.focus()

    # -- moving between panes --

    def action_pane(self, pane_id: str) -> None:
        if pane_id in PANES:
            self.active = pane_id
            self._focus_now(self.pane(pane_id).table)

    def _step_pane(self, step: int) -> None:
        if not self.main_screen:
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        if isinstance(self.focused, FilterInput):
            self._focus_now(self.pane(self.active).table)
            return
        index = (PANES.index(self.active) + step) % len(PANES)
        self.action_pane(PANES[index])

    def action_next_pane(self) -> None:
        self._step_pane(1)

    def action_prev_pane(self) -> None:
        self._step_pane(-1)

    # -- screens --

    @on(Pane.OpenItem)
    def _open_item(self, message: Pane.OpenItem) -> None:
        self.show_item(message.item_id)

    def show_item(self, item_id: int) -> None:
        self.push_screen(DetailScreen(self.ctx, item_id))
        self._write(lambda s: s.mark_read([item_id]))

    @on(CasualtiesPane.Drill)
    def _drill(self, message: CasualtiesPane.Drill) -> None:
        def opened(item_id: int | None) -> None:
            if item_id is not None:
                self.show_item(item_id)

        self.push_screen(DrillModal(message.title, message.figures, message.folded, self.clock()), opened)

    def action_sources(self) -> None:
        if not isinstance(self.screen, SourcesScreen):
            self.push_screen(SourcesScreen(self.ctx))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpModal):
            self.push_screen(HelpModal(self.help_rows()))

    def help_rows(self) -> list[tuple[str, str, str]]:
        rows = []
        for b in self.BINDINGS:
            assert isinstance(b, Binding)
            keys = self.keymap.get(b.id or "", b.key)
            rows.append((b.id or "", _pretty_keys(keys), b.tooltip or b.description))
        rows += self.HELP_EXTRA
        return rows

    def action_pick_watch(self) -> None:
        if not self.settings.watch:
            self.notify("no watch lists in the config ([watch])", markup=False)
            return

        def picked(name: str | None) -> None:
            if name is None:
                return
            self.watch_list = name
            self.action_pane("feed")
            self.notify(f"live feed: {name or 'all items'}", markup=False, timeout=3)

        counts = dict(self.bg.watch_counts()) if len(self.settings.watch) < 50 else {}
        self.push_screen(WatchModal(list(self.settings.watch), counts, self.watch_list), picked)

    # -- actions on the selected item --

    def target(self) -> tuple[int, str | None] | None:
        screen = self.screen
        if isinstance(screen, DetailScreen):
            return screen.item_id, screen.link
        if not self.main_screen:
            return None
        return self.pane(self.active).selected_item()

    def _need_target(self) -> tuple[int, str | None] | None:
        target = self.target()
        if target is None:
            self.notify("select an item first", markup=False, timeout=3)
        return target

    def action_open_link(self) -> None:
        target = self._need_target()
        if target is not None:
            self._open_link(target[1])

    @work(thread=True, group="browser", exit_on_error=False)
    def _open_link(self, link: str | None) -> None:
        ok, message = open_link(link)
        self.call_from_thread(
            self.notify, message, markup=False, severity="information" if ok else "warning", timeout=4
        )

    def action_copy_link(self) -> None:
        target = self._need_target()
        if target is None:
            return
        link = checked_link(target[1])
        if link is None:
            self.notify("no http(s) link to copy", markup=False, severity="warning")
            return
        self.copy_to_clipboard(link)
        self.notify("link copied (OSC 52)", markup=False, timeout=3)

    def action_mark_read(self) -> None:
        target = self._need_target()
        if target is None:
            return
        read = not self._is_read(target[0])
        self._write(lambda s: s.mark_read([target[0]], read=read))

    def _is_read(self, item_id: int) -> bool:
        screen = self.screen
        if isinstance(screen, DetailScreen):
            return screen.is_read
        feed = self.pane("feed")
        if self.active == "feed" and feed.data is not None:
            return any(r.id == item_id and r.is_read for r in feed.data.rows)
        return False

    def action_mark_pane_read(self) -> None:
        if not self.main_screen:
            return
        pane = self.pane(self.active)
        if isinstance(pane, FeedPane) and not self.watch_list:
            query, now = self.filter_query, self.clock()
            self._write(lambda s: s.mark_all_read(query, now))
        else:
            ids = pane.shown_item_ids()
            self._write(lambda s: s.mark_read(ids))
        self.notify(f"{pane.title}: marked read", markup=False, timeout=2)

    def action_flag(self) -> None:
        target = self._need_target()
        if target is not None:
            self._write(lambda s: s.toggle_flag(target[0]))

    def action_reviewed(self) -> None:
        target = self._need_target()
        if target is not None:
            now = self.clock()
            self._write(lambda s: s.set_reviewed(target[0], now))
            self.notify("marked reviewed", markup=False, timeout=2)

    def action_note(self) -> None:
        target = self._need_target()
        if target is None:
            return
        item_id = target[0]
        title = ""
        try:
            detail = self.reader.item(item_id)
            title = detail.row.title if detail else ""
        except StoreError:
            pass

        def save(text: str | None) -> None:
            if text:
                now = self.clock()
                self._write(lambda s: s.add_note(item_id, text, now))
                self.notify("note saved", markup=False, timeout=2)

        self.push_screen(NoteModal(title), save)

    @work(thread=True, group="write", exit_on_error=False)
    def _write(self, fn: Callable[[Store], object]) -> None:
        try:
            fn(self.writer)
        except StoreError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.call_from_thread(self.changed)

    # -- pane options --

    def action_cycle_window(self) -> None:
        window = self.dashboard.query_one(CasualtiesPane).cycle_window()
        self.notify(f"casualties: {WINDOW_LABELS[window]}", markup=False, timeout=2)

    def action_toggle_past(self) -> None:
        talks = self.dashboard.query_one(TalksPane)
        talks.show_past = not talks.show_past

    def action_export_report(self) -> None:
        pane = self.dashboard.query_one(CasualtiesPane)
        now = self.clock()
        start = window_start(pane.window, self.settings.truce.start, now) or now - timedelta(hours=12)
        self._export(start, now, self.filter_query.text)

    @work(thread=True, group="report", exit_on_error=False)
    def _export(self, start: datetime, end: datetime, filter_text: str) -> None:
        from feeds.report import write_report  # only when asked: keeps it off the launch path

        path = report_path(end)
        try:
            write_report(
                self.settings,
                self.bg,
                start=start,
                end=end,
                filter_text=filter_text,
                fmt="md",
                path=path,
                now=end,
            )
        except (StoreError, OSError) as exc:
            self.call_from_thread(self.notify, f"report not written: {exc}", severity="error", markup=False)
            return
        self.call_from_thread(self.notify, f"report written to {path}", markup=False, timeout=8)

    def action_caught_up(self) -> None:
        now = self.clock()
        self._write(lambda s: mark_looked(s, now))
        self.notify("new-item counter reset", markup=False, timeout=2)

    def action_poll_now(self) -> None:
        if self.poller is None:
            self.notify(
                "polling is off here: a separate `sitroom poll` feeds this database", markup=False, timeout=4
            )
            return
        self.poller.poll_now()
        self.notify("polling every feed now", markup=False, timeout=2)

    # -- command palette --

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Filter", "Narrow every pane (/)", self.action_filter)
        yield SystemCommand("Clear filter", "Show everything again", self.action_clear_filter)
        yield SystemCommand("Watch list", "Narrow the live feed to a watch list (w)", self.action_pick_watch)
        yield SystemCommand("Sources", "Health of every feed (s)", self.action_sources)
        yield SystemCommand("Poll now", "Poll every feed now (r)", self.action_poll_now)
        yield SystemCommand("Casualty window", "Since truce / 24 h / 7 days (c)", self.action_cycle_window)
        yield SystemCommand("Past talks", "Show or hide past talks (p)", self.action_toggle_past)
        yield SystemCommand(
            "Handover report", "Write the report for this filter (e)", self.action_export_report
        )
        yield SystemCommand(
            "Mark pane read", "Mark every item in the pane read (M)", self.action_mark_pane_read
        )
        yield SystemCommand("Caught up", "Reset the new-items counter (u)", self.action_caught_up)
        yield SystemCommand("Keys", "Every key and its binding id (?)", self.action_help)
        for i, pid in enumerate(PANES, start=1):
            yield SystemCommand(
                f"Go to {self.pane(pid).title}", f"Pane {i}", lambda pid=pid: self.action_pane(pid)
            )


def _pretty_keys(keys: str) -> str:
    names = {"slash": "/", "question_mark": "?", "escape": "esc"}
    return ", ".join(names.get(k.strip(), k.strip()) for k in keys.split(","))


def tune_interpreter() -> None:
    """Hand the GIL over more often (1 ms, not 5 ms): pane loads in worker threads then wait
    less behind the UI thread's painting. Process-wide, so only the dashboard's entry calls it."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    # Every filter change builds thousands of short-lived rows and Text objects; the default
    # thresholds ran ~60 collections (some 100+ ms) per change. Fewer, younger collections.
    gc.set_threshold(*GC_THRESHOLDS)
    gc.freeze()  # what is loaded by now (modules, settings) never needs scanning again


def run_dashboard(
    settings: Settings,
    db_path: str,
    *,
    poll: bool = True,
    clock: Callable[[], datetime] = utcnow,
    clock_rate: float = 1.0,
    title_suffix: str = "",
) -> int:
    """Run the dashboard on a database file until the officer quits."""
    tune_interpreter()
    app = SitroomApp(
        settings, db_path, poll=poll, clock=clock, clock_rate=clock_rate, title_suffix=title_suffix
    )
    try:
        result = app.run()
    finally:
        for s in (app.reader, app.bg, app.writer):
            s.close()
    return int(result or 0)
