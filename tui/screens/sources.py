"""Sources screen: the health of every feed, stale and failing ones standing out."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static

from feeds.store import FeedState, StoreError
from tui.context import Context
from tui.render import feed_health, source_cells
from tui.table import ItemTable, fill_table

COLUMNS = ("feed", "status", "last ok", "http", "errors", "next poll", "items", "error")


class SourcesScreen(Screen[None]):
    """Every configured feed's poll state; refreshed when the database changes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Back", id="sources-back"),
        Binding("s", "dismiss", "Back", show=False, id="sources-close"),
    ]

    def __init__(self, ctx: Context) -> None:
        super().__init__(classes="sources-screen")
        self.ctx = ctx
        self.states: list[FeedState] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Sources", style="bold"), id="sources-title", markup=False)
        yield ItemTable(cursor_type="row", id="sources-table")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(ItemTable)
        for name in COLUMNS:
            table.add_column(name, key=name)
        self.watch(self.app, "generation", self.reload, init=False)
        self.set_interval(30, self.reload)
        self.reload()
        table.focus()

    def reload(self, *_: object) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="sources", exit_on_error=False)
    def _load(self) -> None:
        try:
            states = self.ctx.reader.feed_states()
        except StoreError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.app.call_from_thread(self._show, states)

    def _show(self, states: list[FeedState]) -> None:
        self.states = states
        now = self.ctx.clock()
        intervals = self.ctx.intervals()
        rows = [(s.name, source_cells(s, intervals.get(s.name, 300.0), now)) for s in states]
        fill_table(self.query_one(ItemTable), rows)
        health = feed_health(states, intervals, now)
        title = Text("Sources ", style="bold")
        title.append(f"{health.ok} ok", style="green")
        title.append(" · ")
        title.append(f"{health.stale} stale", style="bold yellow" if health.stale else "dim")
        title.append(" · ")
        title.append(f"{health.failing} failing", style="bold red" if health.failing else "dim")
        title.append("   r poll now · esc back", style="dim")
        self.query_one("#sources-title", Static).update(title)
