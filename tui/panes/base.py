"""The pane skeleton: a header and a table, reloaded in an exclusive worker when the filter changes."""

from __future__ import annotations

import gc
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.coordinate import Coordinate
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Static
from textual.widgets.data_table import CursorType
from textual.worker import get_current_worker

from feeds.query import Query
from feeds.store import Store, StoreError
from tui.context import Context
from tui.data import MAX_PANE_ROWS, PANE_LIMIT
from tui.render import minute_of
from tui.table import COLUMN_GAP, Column, ItemTable, Row, compose_row, fill_table, prerender

HOLD = 0.15
"""Seconds a pane with fresh data waits at most for its siblings (see Pane._deliver)."""
FIRST_HOLD = 0.6
"""The same for the first data after launch: one complete first screen costs one paint, where
three panes painted early slow the fourth (its load competes with that paint for the GIL)."""

PRERENDER_MARGIN = 4
"""Rows below the table's visible height that a loader renders ahead all the same."""

FETCH_CACHE = 4
"""Fetch results a pane keeps for its latest inputs, so that going back (esc to the unfiltered
view, a backspace while typing, another window and back) shows them at once. An entry holds
only while the data (generation), the inputs and the minute are the same."""

TITLE_WIDTH = 400
"""Upper bound for the title column (see Pane.title_width)."""
MIN_TITLE_WIDTH = 40


GC_QUIET = 0.05
"""Seconds after a change is applied before its garbage is collected (see collect_young)."""


def collect_young() -> None:
    """Collect the youngest generation of objects now, once a change is on screen and the app
    is idle, instead of in the middle of the next change: a change leaves thousands of rows
    behind, and at the dashboard's threshold (see tui.app.GC_THRESHOLDS) a collection there
    took 20-30 ms, which a keystroke then waited for (here: 2-5 ms)."""
    gc.collect(0)


@dataclass(frozen=True)
class Built:
    """A pane's header and table rows, built in its worker for one data record and layout."""

    data: Any
    widths: tuple[int, ...]
    header: Text
    rows: list[Row]
    table_rows: list[Row]
    """rows as the table holds them (composed into one cell each, see compose_row)."""


class Pane(Vertical):
    """Base for the dashboard panes. Subclasses fetch (in a thread) and build rows (pure)."""

    filter_query: reactive[Query] = reactive(Query, init=False, repaint=False)
    generation: reactive[int] = reactive(0, init=False, repaint=False)
    minute: reactive[int] = reactive(0, init=False, repaint=False)
    wide: reactive[bool] = reactive(False, init=False, repaint=False)

    pane_id: ClassVar[str] = "pane"
    title: ClassVar[str] = "Pane"
    CURSOR: ClassVar[CursorType] = "row"

    @dataclass
    class OpenItem(Message):
        """The officer asked for the detail of an item."""

        item_id: int

    def __init__(self, ctx: Context, **kwargs: Any) -> None:
        super().__init__(id=self.pane_id, classes="pane", **kwargs)
        self.ctx = ctx
        self.data: Any = None
        self.error: str | None = None
        self._dirty = False
        self._loading = False
        self._busy = False
        self._busy_query: Query | None = None
        self._awaiting = False
        self._wanted: tuple[Any, ...] | None = None
        self._fetched: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._pending: tuple[Query, Any, str | None, Built | None] | None = None
        self._hold: Timer | None = None
        self._gc_timer: Timer | None = None
        self._columns_ready = False
        self._columns_for: tuple[int, bool] = (0, False)
        """What the columns are built for (see _columns_key)."""
        self._widths: tuple[int, ...] = ()
        self._cells: dict[str, Sequence[Text]] = {}
        self.store: Store = ctx.reader
        self.limit = PANE_LIMIT
        """Rows to read, for a PAGED pane (see grow)."""

    def compose(self) -> ComposeResult:
        yield Static(Text(self.title, style="bold"), classes="pane-header", markup=False)
        yield self._new_table()

    def _new_table(self) -> ItemTable:
        table = ItemTable(cursor_type=self.CURSOR, id=f"{self.pane_id}-table")
        table.cursor_foreground_priority = "renderable"
        return table

    @property
    def table(self) -> ItemTable:
        return self.query_one(ItemTable)

    @property
    def header(self) -> Static:
        return self.query_one(".pane-header", Static)

    def title_width(self) -> int:
        """Fixed (auto-sized columns re-measure every row and can paint stale widths), but no
        wider than the pane (the screen until it is laid out): a cell is rendered at its
        column's full width, so a generous fixed width made every repaint several times dearer."""
        width = self.size.width or self.app.size.width
        return min(TITLE_WIDTH, max(MIN_TITLE_WIDTH, width))

    def on_mount(self) -> None:
        self.store = self.ctx.open_reader()
        self._setup_table(self.table)
        self._columns_ready = True
        self.reload()

    @property
    def _title_width(self) -> int:
        """The title column's width in the columns as built."""
        return self._columns_for[0]

    def _columns_key(self) -> tuple[int, bool]:
        """What the columns are built for: the title column's width and the layout."""
        return (self.title_width(), self.wide)

    def on_resize(self) -> None:
        if self._columns_ready and self._columns_key() != self._columns_for:
            self._reset_columns()

    def on_unmount(self) -> None:
        if self.store is not self.ctx.reader:
            self.store.conn.interrupt()
            self.store.close()

    def watch_wide(self) -> None:
        """Compact and wide layouts use different columns. Until the pane is laid out (at
        launch, or hidden on a small terminal) its first resize builds them for both."""
        if not self._columns_ready or not self.size.width:
            return
        if self._columns_key() != self._columns_for:
            self._reset_columns()

    def _reset_columns(self) -> None:
        table = self.table
        table.clear(columns=True)
        self._setup_table(table)
        if self.data is not None:
            self.render_data()

    def _setup_table(self, table: ItemTable) -> None:
        """The columns for the current layout. A pane with a row cursor draws each row as one
        composed cell (see compose_row); a cell cursor needs a table column per column."""
        self._columns_for = self._columns_key()
        columns = self.columns()
        self._widths = tuple(c.width for c in columns)
        if self.composed:
            label = compose_row([Text(c.label) for c in columns], self._widths)
            width = sum(self._widths) + COLUMN_GAP * (len(columns) - 1)
            table.add_column(label, key="row", width=width)
        else:
            for c in columns:
                table.add_column(
                    Text(c.label, justify="right") if c.key in self.RIGHT else c.label,
                    key=c.key,
                    width=c.width,
                )

    @property
    def composed(self) -> bool:
        return self.CURSOR == "row"

    def _table_rows(self, rows: list[Row], widths: tuple[int, ...], *, ahead: bool = False) -> list[Row]:
        """`ahead`: render the rows' segments now (in the loader thread: see prerender)."""
        if not self.composed:
            return rows
        out: list[Row] = []
        console = self.app.console if ahead else None
        # Only the rows the table will paint first are worth rendering ahead: a pane reads
        # PANE_LIMIT rows and shows a fifth of them at 160x48 (the rest render when scrolled
        # to). Sizes read from this thread may be stale: a row left out just paints the slow way.
        table = self.table
        top = int(table.scroll_y)
        height = table.size.height or len(rows)  # not laid out yet: render them all
        shown = range(top, top + height + PRERENDER_MARGIN)
        for i, (key, cells) in enumerate(rows):
            row = compose_row(cells, widths)
            if console is not None and i in shown:
                prerender(row, console)
            out.append((key, [row]))
        return out

    def shown_cells(self) -> list[list[str]]:
        """The plain text of each shown row's cells, column by column, top to bottom."""
        table = self.table
        out = []
        for i in range(table.row_count):
            key = table.coordinate_to_cell_key(Coordinate(i, 0)).row_key.value
            out.append([c.plain for c in self._cells[key or ""]])
        return out

    # -- subclass hooks --

    RIGHT: ClassVar[frozenset[str]] = frozenset()
    """Keys of the columns whose header label is right-aligned (numbers)."""

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fetch(self, query: Query, now: datetime) -> Any:
        """Runs in a worker thread: read the store, return a plain record."""
        raise NotImplementedError

    def build(self, data: Any, now: datetime) -> tuple[Text, list[Row]]:
        """Pure: the header and the rows for the data."""
        raise NotImplementedError

    def selected_item(self) -> tuple[int, str | None] | None:
        """(item id, link) of the row under the cursor, when it stands for one item."""
        return None

    def shown_item_ids(self) -> list[int]:
        return []

    # -- loading --

    def watch_filter_query(self) -> None:
        self.limit = PANE_LIMIT  # a new list starts at its first page
        self.reload()

    # -- reading more rows of a long list --

    PAGED: ClassVar[bool] = False
    """A list of items that reads more rows when the officer scrolls near its end."""

    def grow(self) -> None:
        """Read PANE_LIMIT more rows (up to MAX_PANE_ROWS) when the cursor or the view is near
        the end of a list that has more than it read: the archive can be scrolled back through,
        while a filter change still reads one page."""
        data = self.data
        if (
            not self.PAGED
            or data is None
            or not getattr(data, "capped", False)
            or self.limit >= MAX_PANE_ROWS
            or len(self.shown_item_ids()) < self.limit  # the next page is being read
            or not self.table.near_end()
        ):
            return
        self.limit = min(MAX_PANE_ROWS, self.limit + PANE_LIMIT)
        self.reload()

    def on_data_table_row_highlighted(self) -> None:
        self.grow()

    def on_item_table_near_end(self) -> None:
        self.grow()

    def watch_generation(self) -> None:
        self.reload()

    def watch_minute(self) -> None:
        if self.data is not None:
            self.render_data()

    def _cache_key(self, now: datetime) -> tuple[Any, ...]:
        """What a fetch at `now` depends on: its inputs, and the minute (windows such as "last
        24 h" and "today" move with the clock)."""
        return (self.fetch_key(), minute_of(now))

    def fetch_key(self) -> tuple[Any, ...]:
        """Everything fetch() reads besides the clock: equal keys fetch the same rows."""
        return (self.filter_query, self.generation, self.limit)

    @property
    def settled(self) -> bool:
        """Loaded once (data or an error), nothing being loaded or asked for, and nothing held
        back from the screen."""
        if self.data is None and self.error is None:
            return False
        return not (self._loading or self._dirty or self._awaiting or self._pending is not None)

    def reload(self) -> None:
        """Ask for fresh data. One loader per pane runs until nothing newer was asked for, so a
        steady stream of changes (a poller committing every second) can never starve a pane.
        Asking again for what is already being loaded (at startup the mount and each bound
        reactive ask in turn) changes nothing."""
        key = self.fetch_key()
        if self._loading and key == self._wanted:
            return
        self._wanted = key
        self._dirty = True
        self._awaiting = True
        if self._loading:
            if self._busy and self._busy_query != self.filter_query:
                self.store.conn.interrupt()  # the running query is for an old filter: stop it
            return
        self._loading = True
        self._load_loop()

    @work(thread=True, group="load", exit_on_error=False)
    def _load_loop(self) -> None:
        worker = get_current_worker()
        try:
            while self._dirty and not worker.is_cancelled:
                self._dirty = False
                now = self.ctx.clock()
                key = self._cache_key(now)
                query = self.filter_query
                data, error = self._fetched.get(key), None
                if data is not None:
                    self._fetched.move_to_end(key)
                else:
                    # No lock between panes: each has its own connection and SQLite runs without
                    # the GIL, so on two cores four loads in parallel finish sooner than in turns.
                    self._busy_query = query
                    self._busy = True
                    try:
                        data = self.fetch(query, now)
                    except StoreError as exc:
                        data, error = None, str(exc)
                    finally:
                        self._busy = False
                    # Kept only when nothing the fetch read changed while it ran.
                    if data is not None and query == self.filter_query and key == self._cache_key(now):
                        self._fetched[key] = data
                        while len(self._fetched) > FETCH_CACHE:
                            self._fetched.popitem(last=False)
                if worker.is_cancelled:
                    return
                self.app.call_from_thread(self._deliver, query, data, error, self._prebuild(data, now))
        finally:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._loader_done)

    def _loader_done(self) -> None:
        """On the UI thread: a change asked for after the loader's last look starts it again."""
        self._loading = False
        if self._dirty:
            self.reload()
        elif self._awaiting:  # the loader ended without data for the current change
            self._awaiting = False
            self._flush_if_settled()

    # -- applying: panes that reload for the same change are applied together --

    def _siblings(self) -> list[Pane]:
        parent = self.parent
        return [self] if parent is None else [w for w in parent.children if isinstance(w, Pane)]

    def _prebuild(self, data: Any, now: datetime) -> Built | None:
        """In the worker: the header and rows for the data (build() is pure), so that the UI
        thread only fills the table. None when there is nothing to build or building failed
        (render_data builds again on the UI thread, where a failure is reported)."""
        if data is None:
            return None
        widths = self._widths
        try:
            header, rows = self.build(data, now)
            table_rows = self._table_rows(rows, widths, ahead=True)
        except Exception:
            return None
        return Built(data, widths, header, rows, table_rows)

    def _deliver(self, query: Query, data: Any, error: str | None, built: Built | None = None) -> None:
        """On the UI thread: hold fresh data until the sibling panes reloading for the same
        change have theirs too, then apply them all at once: a filter change costs one
        repaint of the screen, not one per pane (a repaint of four full tables is the dearest
        part of a change). A slow pane holds the others back for at most HOLD seconds."""
        if query != self.filter_query:
            return  # fetched for a filter that has since changed: the loader is already rerunning
        self._pending = (query, data, error, built)
        if not self._dirty:
            self._awaiting = False
        self._flush_if_settled()

    def _flush_if_settled(self) -> None:
        siblings = self._siblings()
        if any(p._awaiting for p in siblings):
            if self._hold is None and self._pending is not None:
                first = all(p.data is None for p in siblings)  # the first screen: show it whole
                self._hold = self.set_timer(FIRST_HOLD if first else HOLD, self._flush)
            return
        self._flush()

    def _flush(self) -> None:
        with self.app.batch_update():
            for pane in self._siblings():
                if pane._hold is not None:
                    pane._hold.stop()
                    pane._hold = None
                pending, pane._pending = pane._pending, None
                if pending is not None:
                    pane._apply(*pending)
        if self._gc_timer is not None:
            self._gc_timer.stop()
        self._gc_timer = self.set_timer(GC_QUIET, collect_young)

    def _apply(self, query: Query, data: Any, error: str | None, built: Built | None = None) -> None:
        if query != self.filter_query:
            return  # fetched for a filter that has since changed: the loader is already rerunning
        unchanged = data is not None and data == self.data and error == self.error
        self.error = error
        if data is not None:
            self.data = data
        if not unchanged:
            self.render_data(built)

    def render_data(self, built: Built | None = None) -> None:
        """Show self.data: with the rows a worker built for it when they still fit (same data,
        same layout), else with rows built now (the clock ticked, the layout changed)."""
        now = self.ctx.clock()
        if self.data is None:
            self.header.update(Text(f"{self.title} · {self.error or 'loading'}", style="red"), layout=False)
            return
        if built is not None and built.data is self.data and built.widths == self._widths:
            header, rows, table_rows = built.header, built.rows, built.table_rows
        else:
            header, rows = self.build(self.data, now)
            table_rows = self._table_rows(rows, self._widths)
        if self.error:
            header.append(f" · {self.error}", style="red")
        self.header.update(header, layout=False)
        self._cells = dict(rows)
        fill_table(self.table, table_rows)
