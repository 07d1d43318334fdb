"""The pane skeleton: a header and a table, reloaded in an exclusive worker when the filter changes."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import zip_longest
from typing import Any, ClassVar, NamedTuple, cast

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import work
from textual._types import SegmentLines
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.containers import Vertical
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.timer import Timer
from textual.widgets import DataTable, Static
from textual.widgets._data_table import Row as DataTableRow
from textual.widgets.data_table import CursorType, DuplicateKey, RowKey
from textual.worker import get_current_worker

from feeds.query import Query
from feeds.store import Store, StoreError
from tui.context import Context

_NEWLINE = Text("\n")
"""What Text.__rich_console__ joins wrapped lines with (it turns their styles into spans)."""

HOLD = 0.15
"""Seconds a pane with fresh data waits at most for its siblings (see Pane._deliver)."""
FIRST_HOLD = 0.6
"""The same for the first data after launch: one complete first screen costs one paint, where
three panes painted early slow the fourth (its load competes with that paint for the GIL)."""

FETCH_CACHE = 4
"""Fetch results a pane keeps for its latest inputs, so that going back (esc to the unfiltered
view, a backspace while typing, another window and back) shows them at once. An entry holds
only while the data (generation), the inputs and the minute are the same."""

TITLE_WIDTH = 400
"""Upper bound for the title column (see Pane.title_width)."""
MIN_TITLE_WIDTH = 40

Row = tuple[str, Sequence[Text]]
"""A table row: a unique key (usually the item id) and its cells."""


class Column(NamedTuple):
    """One column of a pane: its key, header label and fixed width."""

    key: str
    label: str
    width: int


COLUMN_GAP = 2
"""Spaces between columns: a cell's right padding and the next cell's left padding."""


def compose_row(cells: Sequence[Text], widths: Sequence[int]) -> Text:
    """One line with each cell cropped as its overflow says and padded to its column's width,
    columns COLUMN_GAP apart: what DataTable draws for one-line cells in fixed-width columns,
    drawn as a single cell (rendering one cell a row instead of four or five halves the cost
    of painting a pane). Padding is unstyled, as DataTable's is."""
    line = Text(no_wrap=True, overflow="crop")
    last = len(widths) - 1
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        part = cell.copy()
        part.truncate(width, overflow=cell.overflow or "fold")
        gap = width - part.cell_len
        if cell.justify == "right":
            line.append(" " * gap)
            gap = 0
        elif cell.justify == "center":
            line.append(" " * (gap // 2))
            gap -= gap // 2
        line.append_text(part)
        if i < last:
            line.append(" " * (gap + COLUMN_GAP))
    return line


@dataclass(frozen=True)
class Built:
    """A pane's header and table rows, built in its worker for one data record and layout."""

    data: Any
    widths: tuple[int, ...]
    header: Text
    rows: list[Row]
    table_rows: list[Row]
    """rows as the table holds them (composed into one cell each, see compose_row)."""


class ItemTable(DataTable[Text]):
    """A DataTable with vi keys; every cell is a Text built from clean plain strings.

    Every column has a fixed width and every row is one line without a label, which lets
    two hot paths of DataTable (textual==8.2.8, pinned) skip work that only matters for
    auto-sized columns and wrapped cells: refilling a pane and painting it cost more than
    reading its rows from SQLite.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="cursor-down"),
        Binding("k", "cursor_up", "Up", show=False, id="cursor-up"),
        Binding("g", "scroll_top", "Top", show=False, id="cursor-top"),
        Binding("G", "scroll_bottom", "Bottom", show=False, id="cursor-bottom"),
    ]

    _paint_memo: dict[str, Any] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        """One paint: styles that every line asks for (each an ancestors walk) are computed
        once for the whole paint instead of once per line and row."""
        self._paint_memo = {}
        try:
            return super().render_lines(crop)
        finally:
            self._paint_memo = None

    def _memo(self, name: str, compute: Callable[[], Any]) -> Any:
        memo = self._paint_memo
        if memo is None:
            return compute()
        if name not in memo:
            memo[name] = compute()
        return memo[name]

    @property
    def rich_style(self) -> Style:
        return cast(Style, self._memo("rich_style", lambda: DataTable.rich_style.fget(self)))  # type: ignore[attr-defined]

    @property
    def background_colors(self) -> tuple[Color, Color]:
        return cast(
            "tuple[Color, Color]",
            self._memo("background_colors", lambda: DataTable.background_colors.fget(self)),  # type: ignore[attr-defined]
        )

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[SegmentLines, SegmentLines]:
        """The stock row renderer for tables without row labels or fixed columns (ours), less
        the header style it computes for every row (an ancestors walk) and never uses there."""
        if self.fixed_columns or (self._labelled_row_exists and self.show_row_labels):
            return super()._render_line_in_row(row_key, line_no, base_style, cursor_location, hover_location)
        cursor_type = self.cursor_type
        cache_key = (
            row_key,
            line_no,
            base_style,
            cursor_location,
            hover_location,
            cursor_type,
            self.show_cursor,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cached = self._row_render_cache.get(cache_key)
        if cached is not None:
            return cached
        should_highlight = self._should_highlight
        row_index = self._row_locations.get(row_key) if row_key in self._row_locations else -1
        assert row_index is not None
        row_style = self._get_row_style(row_index, base_style)
        scrollable_row: list[list[Segment]] = []
        table_width = self._row_label_column_width
        for column_index, column in enumerate(self.ordered_columns):
            location = Coordinate(row_index, column_index)
            width = column.get_render_width(self)
            table_width += width
            lines = self._render_cell(
                row_index,
                column_index,
                row_style,
                width,
                cursor=should_highlight(cursor_location, location, cursor_type),
                hover=should_highlight(hover_location, location, cursor_type),
            )
            scrollable_row.append(lines[line_no])
        remaining_space = max(0, self.size.width - table_width)
        if cursor_type == "row":
            extend_style, _ = self._get_styles_to_render_cell(
                row_index == -1,
                False,
                False,
                should_highlight(hover_location, Coordinate(row_index or 0, 0), cursor_type),
                row_index == cursor_location.row,
                self.show_cursor,
                self._show_hover_cursor,
                False,
                False,
            )
            extend_style = row_style + extend_style
        elif row_style.bgcolor is not None:
            faded = Color.from_rich_color(row_style.bgcolor).blend(self.background_colors[1], factor=0.25)
            extend_style = Style.from_color(color=row_style.color, bgcolor=faded.rich_color)
        else:
            extend_style = Style.from_color(row_style.color, row_style.bgcolor)
        extend_style += Style.from_meta({"row": row_index, "column": 0, "out_of_bounds": True})
        scrollable_row.append([Segment(" " * remaining_space, extend_style)])
        row_pair: tuple[SegmentLines, SegmentLines] = ([], scrollable_row)
        self._row_render_cache[cache_key] = row_pair
        return row_pair

    def add_rows_at_once(self, rows: Iterable[Row]) -> None:
        """add_row(*cells, key=key) for each row (one line, no label), with the work add_row
        repeats for every row (revalidating the cursor, an idle check) done once at the end:
        the same table, at about half the cost of filling a pane."""
        columns = self.ordered_columns
        was_empty = not self.rows
        added = 0
        for key, cells in rows:
            row_key = RowKey(key)
            if row_key in self._row_locations:
                raise DuplicateKey(f"The row key {row_key!r} already exists.")
            if len(cells) > len(columns):
                raise ValueError("More values provided than there are columns.")
            self._row_locations[row_key] = len(self.rows)
            self._data[row_key] = {column.key: cell for column, cell in zip_longest(columns, cells)}
            self.rows[row_key] = DataTableRow(row_key, 1)
            self._new_rows.add(row_key)
            added += 1
        if not added:
            return
        self._require_update_dimensions = True
        self.cursor_coordinate = self.cursor_coordinate
        if was_empty and self.columns and self.show_cursor and self.cursor_type != "none":
            self._highlight_cursor()
        self._update_count += added
        self.check_idle()

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """Fixed-width columns and one-line rows: no need to measure every new cell (the
        stock version measures each one to widen auto-sized columns)."""
        if self._labelled_row_exists or any(c.auto_width for c in self.columns.values()):
            super()._update_dimensions(new_rows)
            return
        width = sum(c.get_render_width(self) for c in self.columns.values())
        header_height = self.header_height if self.show_header else 0
        self.virtual_size = Size(width + self._row_label_column_width, self._total_row_height + header_height)

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> SegmentLines:
        """A one-line Text cell rendered directly: the same segments as the stock path
        (Styled(Padding(cell)) through console.render_lines) at a fraction of the cost."""
        if (
            row_index < 0
            or column_index < 0
            or row_index < self.fixed_rows
            or column_index < self.fixed_columns
        ):
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        row_key = self._row_locations.get_key(row_index)
        column_key = self._column_locations.get_key(column_index)
        if row_key is None or column_key is None:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        cache_key = (
            row_key,
            column_key,
            base_style,
            cursor,
            hover,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cached = self._cell_render_cache.get(cache_key)
        if cached is not None:
            return cached
        row = self.rows[row_key]
        cell = self._data[row_key].get(column_key)
        pad = self.cell_padding
        inner = width - 2 * pad
        if row.height != 1 or not isinstance(cell, Text) or inner <= 0 or "\t" in cell.plain:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        console = self.app.console
        overflow = cell.overflow or "fold"
        if cell.justify in (None, "default") and overflow != "ignore" and "\n" not in cell.plain:
            # What wrap(no_wrap=True) does to one line it leaves as it is: copy, then crop.
            one = cell.copy()
            one.truncate(inner, overflow=overflow)
            lines = [one]
        else:
            lines = list(cell.wrap(console, inner, justify=cell.justify, overflow=overflow, no_wrap=True))
        if len(lines) != 1:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        component_style, post_style = self._get_styles_to_render_cell(
            False,
            False,
            False,
            hover,
            cursor,
            self.show_cursor,
            self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        pre_style = base_style + Style.from_meta({"row": row_index, "column": column_index})
        pre_style += component_style
        null = Style.null()
        segments = [Segment(" " * pad, null)] if pad else []
        segments.extend(
            Segment.adjust_line_length(list(_NEWLINE.join(lines).render(console, end="")), inner, null)
        )
        if pad:
            segments.append(Segment(" " * pad, null))
        line = list(Segment.apply_style(segments, style=pre_style, post_style=post_style))
        result: SegmentLines = [line]
        self._cell_render_cache[cache_key] = result
        return result


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

    @dataclass
    class Loaded(Message):
        """The pane finished applying fresh data (tests and benchmarks wait for this)."""

        pane_id: str

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
        self._columns_ready = False
        self._title_width = 0
        self._widths: tuple[int, ...] = ()
        self._cells: dict[str, Sequence[Text]] = {}
        self.store: Store = ctx.reader

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

    def on_resize(self) -> None:
        if self._columns_ready and self.title_width() != self._title_width:
            self._reset_columns()

    def on_unmount(self) -> None:
        if self.store is not self.ctx.reader:
            self.store.conn.interrupt()
            self.store.close()

    def watch_wide(self) -> None:
        """Compact and wide layouts use different columns."""
        tables = self.query(ItemTable)
        if not tables or not self._columns_ready:
            return  # not composed yet: on_mount sets the columns up for the current width
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
        self._title_width = self.title_width()
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

    def _table_rows(self, rows: list[Row], widths: tuple[int, ...]) -> list[Row]:
        if not self.composed:
            return rows
        return [(key, [compose_row(cells, widths)]) for key, cells in rows]

    def shown_cells(self) -> list[list[str]]:
        """The plain text of each shown row's cells, column by column, top to bottom."""
        table = self.table
        out = []
        for i in range(table.row_count):
            key = table.coordinate_to_cell_key(Coordinate(i, 0)).row_key.value
            cells = self._cells.get(key or "")
            out.append(
                [c.plain for c in cells] if cells is not None else [str(c) for c in table.get_row_at(i)]
            )
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
        self.reload()

    def watch_generation(self) -> None:
        self.reload()

    def watch_minute(self) -> None:
        if self.data is not None:
            self.render_data()

    def _cache_key(self, now: datetime) -> tuple[Any, ...]:
        """What a fetch at `now` depends on: its inputs, and the minute (windows such as "last
        24 h" and "today" move with the clock)."""
        return (self.fetch_key(), int(now.timestamp() // 60))

    def fetch_key(self) -> tuple[Any, ...]:
        """Everything fetch() reads besides the clock: equal keys fetch the same rows."""
        return (self.filter_query, self.generation)

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
            table_rows = self._table_rows(rows, widths)
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

    def _apply(self, query: Query, data: Any, error: str | None, built: Built | None = None) -> None:
        if query != self.filter_query:
            return  # fetched for a filter that has since changed: the loader is already rerunning
        unchanged = data is not None and data == self.data and error == self.error
        self.error = error
        if data is not None:
            self.data = data
        if not unchanged:
            self.render_data(built)
        self.post_message(self.Loaded(self.pane_id))

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


def fill_table(table: DataTable[Text], rows: Sequence[Row]) -> None:
    """Replace the rows, keeping the cursor on the same key and the view steady; a cursor on the
    top row follows the top, so new items come into view like a live log."""
    old_key: str | None = None
    old_row = table.cursor_row
    old_col = table.cursor_column
    old_scroll = table.scroll_y
    if table.row_count and 0 <= old_row < table.row_count:
        old_key = table.coordinate_to_cell_key(Coordinate(old_row, 0)).row_key.value
    table.clear()
    seen: set[str] = set()
    unique: list[Row] = []
    for key, cells in rows:
        if key not in seen:
            seen.add(key)
            unique.append((key, cells))
    if isinstance(table, ItemTable):
        table.add_rows_at_once(unique)
    else:
        for key, cells in unique:
            table.add_row(*cells, key=key)
    if not table.row_count:
        return
    if old_row == 0 and old_scroll == 0:
        new_row = 0  # watching the top of the list: stay on the newest row as items arrive
    elif old_key is not None and old_key in seen:
        new_row = table.get_row_index(old_key)
    else:
        new_row = min(max(old_row, 0), table.row_count - 1)
    scroll = 0.0 if old_scroll == 0 else max(0.0, old_scroll + (new_row - old_row))
    table.move_cursor(row=new_row, column=old_col, animate=False, scroll=False)
    if new_row == 0 and scroll == 0:
        return  # clear() left the view at the top already: no second layout pass needed
    table.call_after_refresh(_restore_view, table, new_row, old_col, scroll)


def _restore_view(table: DataTable[Text], row: int, column: int, scroll: float) -> None:
    """Once the new rows are laid out: the old scroll offset, then the cursor kept in view."""
    if row >= table.row_count:
        return
    table.scroll_to(y=scroll, animate=False, immediate=True)
    table.move_cursor(row=row, column=column, animate=False, scroll=True)
