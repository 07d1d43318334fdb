"""Tables of one-line Text rows: DataTable with cheaper filling and painting, and the row helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import zip_longest
from typing import Any, ClassVar, NamedTuple, Self, cast

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual import events
from textual._segment_tools import line_crop
from textual._types import SegmentLines
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.color import Color
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.message import Message
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets._data_table import Row as DataTableRow
from textual.widgets.data_table import DuplicateKey, RowKey

_NEWLINE = Text("\n")
"""What Text.__rich_console__ joins wrapped lines with (it turns their styles into spans)."""

Row = tuple[str, Sequence[Text]]
"""A table row: a unique key (usually the item id) and its cells."""


class Column(NamedTuple):
    """One column of a pane: its key, header label and fixed width."""

    key: str
    label: str
    width: int


COLUMN_GAP = 2
"""Spaces between columns: a cell's right padding and the next cell's left padding."""


class ComposedRow(Text):
    """A row drawn as one cell (see compose_row), with its segments when they were rendered
    ahead of the paint (see prerender)."""

    segments: tuple[Segment, ...] | None = None


def prerender(row: Text, console: Console) -> None:
    """Render a composed row's segments now, in the loader thread that built it: painting the
    row then starts from them (ItemTable._render_cell), which was a third of a table's paint.
    Rendering reads only the console's styles. Rows it would not draw as one line are left."""
    if isinstance(row, ComposedRow) and "\n" not in row.plain and "\t" not in row.plain:
        row.segments = tuple(_NEWLINE.join([row]).render(console, end=""))


def compose_row(cells: Sequence[Text], widths: Sequence[int]) -> ComposedRow:
    """One line with each cell cropped as its overflow says and padded to its column's width,
    columns COLUMN_GAP apart: what DataTable draws for one-line cells in fixed-width columns,
    drawn as a single cell (rendering one cell a row instead of four or five halves the cost
    of painting a pane). Padding is unstyled, as DataTable's is.

    The line is assembled as one string and one span list (what Text.append_text would build
    piece by piece); only a cell wider than its column is copied, to be truncated.
    """
    pieces: list[str] = []
    spans: list[Span] = []
    offset = 0
    last = len(widths) - 1
    for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        text = cell.plain
        length = cell_len(text)
        if length > width and (cell.overflow or "fold") != "ignore":
            part = cell.copy()
            part.truncate(width, overflow=cell.overflow or "fold")
            text, length = part.plain, part.cell_len
            cell_spans = part.spans
        else:
            cell_spans = cell.spans
        gap = width - length
        if cell.justify == "right":
            lead, gap = gap, 0
        elif cell.justify == "center":
            lead = gap // 2
            gap -= lead
        else:
            lead = 0
        if lead > 0:
            pieces.append(" " * lead)
            offset += lead
        if cell.style:
            spans.append(Span(offset, offset + len(text), cell.style))
        spans.extend(Span(start + offset, end + offset, style) for start, end, style in cell_spans)
        pieces.append(text)
        offset += len(text)
        if i < last and gap + COLUMN_GAP > 0:
            pieces.append(" " * (gap + COLUMN_GAP))
            offset += gap + COLUMN_GAP
    return ComposedRow("".join(pieces), no_wrap=True, overflow="crop", spans=spans)


class KeptScrollBar(ScrollBar):
    """A scrollbar drawn again only when the bar it shows changes. Textual redraws a table's
    scrollbar on every refill and size update, mostly to the very same bar, and drawing one
    cost more than drawing the table's rows (about 1.7 ms for 21 lines)."""

    _drawn: tuple[tuple[Any, ...], list[Strip]] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        bar = self.render()  # cheap: what to draw, not the drawing
        if not isinstance(bar, ScrollBarRender):
            return super().render_lines(crop)
        key = (
            crop,
            self.size,
            type(bar),
            bar.virtual_size,
            bar.window_size,
            bar.position,
            bar.thickness,
            bar.vertical,
            bar.style,
        )
        if self._drawn is None or self._drawn[0] != key:
            self._drawn = (key, super().render_lines(crop))
        return list(self._drawn[1])


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

    NEAR_END = 10
    """Rows from the last one within which the view or the cursor is near the end."""

    class NearEnd(Message):
        """The view was scrolled down to within NEAR_END rows of the last row."""

    def near_end(self) -> bool:
        """Whether the cursor or the bottom of the view is within NEAR_END rows of the last row."""
        last = self.row_count - self.NEAR_END
        return self.row_count > 0 and (self.cursor_row >= last or self.scroll_y + self.size.height >= last)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if new_value > old_value and self.near_end():
            self.post_message(self.NearEnd())

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """Widget.vertical_scrollbar (textual 8.2.8), with a KeptScrollBar."""
        if self._vertical_scrollbar is None:
            bar = KeptScrollBar(vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

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
    def size(self) -> Size:
        # Asked several times a line (a walk up to the screen each time): a third of the cost
        # of a blank line, and of a short table's paint.
        return cast(Size, self._memo("size", lambda: DataTable.size.fget(self)))  # type: ignore[attr-defined]

    @property
    def background_colors(self) -> tuple[Color, Color]:
        return cast(
            "tuple[Color, Color]",
            self._memo("background_colors", lambda: DataTable.background_colors.fget(self)),  # type: ignore[attr-defined]
        )

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """A line of a table drawn as one composed cell a row (see compose_row) under a row
        cursor, built straight from the cell: the stock path's strip, less its layers of
        per-line lookups and caches. The line cache is keyed by whether this row has the
        cursor (not where the cursor is), so moving it redraws two lines, not the table."""
        if self.show_header and y < self.header_height:
            return self._header_line(y, x1, x2, base_style)
        if (
            self.cursor_type != "row"
            or len(self.columns) != 1
            or self.fixed_columns
            or self.fixed_rows
            or self.zebra_stripes
            or self._labelled_row_exists
        ):
            return super()._render_line(y, x1, x2, base_style)
        try:
            row_key, line_no = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        row_index = self._row_locations.get(row_key) if row_key in self._row_locations else None
        if row_index is None or line_no:
            return super()._render_line(y, x1, x2, base_style)  # the header
        width = self.size.width
        show_cursor = self.show_cursor
        show_hover = self._show_hover_cursor
        cursor = row_index == self.cursor_coordinate.row
        hover = row_index == self.hover_coordinate.row
        cache_key = (
            "row",
            y,
            x1,
            x2,
            width,
            cursor,
            hover,
            base_style,
            show_cursor,
            show_hover,
            self._update_count,
            self._pseudo_class_state,
        )
        # DataTable's own line cache (cleared whenever it clears its caches), under keys of ours.
        line_cache = cast("LRUCache[Any, Strip]", self._line_cache)
        cached = line_cache.get(cache_key)
        if cached is not None:
            return cached
        column = self.ordered_columns[0]
        col_width = column.get_render_width(self)
        cell = self._render_cell(row_index, 0, base_style, col_width, cursor=cursor, hover=hover)[0]
        extend_style = self._row_cursor_fill(row_index, base_style, hover=hover, cursor=cursor)
        extend_style += Style.from_meta({"row": row_index, "column": 0, "out_of_bounds": True})
        remaining = max(0, width - col_width - self._row_label_column_width)
        segments = [*cell, Segment(" " * remaining, extend_style)]
        strip = Strip(line_crop(segments, x1, x2, width)).adjust_cell_length(width, base_style).simplify()
        line_cache[cache_key] = strip
        return strip

    _header_cache: dict[tuple[Any, ...], Strip] | None = None

    def _header_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """The header, drawn again only when it changes: the stock caches are keyed by every
        refill of the rows, which drew each header cell anew (its dearest path) for every
        filter change."""
        hover = self.hover_coordinate if self.hover_coordinate.row < 0 else None
        column_cursor = self.cursor_coordinate.column if self.cursor_type == "column" else None
        key = (
            y,
            x1,
            x2,
            self.size.width,
            base_style,
            self.get_component_rich_style("datatable--header"),
            hover,
            column_cursor,
            self._show_hover_cursor,
            self._pseudo_class_state,
            # Labels are compared by identity: clear(columns=True) drops this cache.
            tuple((c.key, id(c.label), c.get_render_width(self)) for c in self.ordered_columns),
        )
        cache = self._header_cache
        if cache is None:
            cache = self._header_cache = {}
        strip = cache.get(key)
        if strip is None:
            if len(cache) >= 8:
                cache.clear()
            strip = cache[key] = super()._render_line(y, x1, x2, base_style)
        return strip

    def clear(self, columns: bool = False) -> Self:
        if columns:
            self._header_cache = None
        super().clear(columns)
        return self

    def _row_cursor_fill(self, row_index: int, row_style: Style, *, hover: bool, cursor: bool) -> Style:
        """The style of the space right of a row's last column under a row cursor (as DataTable
        draws it), before its click metadata."""
        show_cursor, show_hover = self.show_cursor, self._show_hover_cursor
        fill, _ = self._get_styles_to_render_cell(
            row_index == -1, False, False, hover, cursor, show_cursor, show_hover, False, False
        )
        return row_style + fill

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
            extend_style = self._row_cursor_fill(
                row_index,
                row_style,
                hover=should_highlight(hover_location, Coordinate(row_index or 0, 0), cursor_type),
                cursor=row_index == cursor_location.row,
            )
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

    def update_dimensions_now(self) -> None:
        """What the next idle does after rows changed (DataTable._on_idle), done now: the
        refill's paint then shows the new scroll range and scrollbar, not a second paint."""
        if self._require_update_dimensions and not self._updated_cells:
            self._require_update_dimensions = False
            new_rows = self._new_rows.copy()
            self._new_rows.clear()
            self._update_dimensions(new_rows)

    _drawn_size: Size | None = None

    def _on_resize(self, event: events.Resize) -> None:
        """Drop the rendered lines only when the table's own size changed. Textual also sends
        Resize when just the virtual size did (a refill from 0 to 100 rows), and the stock
        handler then redrew the whole table a second time for every such filter change."""
        if event.size == self._drawn_size:
            event.prevent_default()  # Textual calls each class's handler: skip DataTable's
        self._drawn_size = event.size

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """Fixed-width columns and one-line rows: no need to measure every new cell (the
        stock version measures each one to widen auto-sized columns)."""
        if self._labelled_row_exists or any(c.auto_width for c in self.columns.values()):
            super()._update_dimensions(new_rows)
            return
        width = sum(c.get_render_width(self) for c in self.columns.values())
        header_height = self.header_height if self.show_header else 0
        size = Size(width + self._row_label_column_width, self._total_row_height + header_height)
        if size == self.virtual_size:
            return
        if self.styles.auto_dimensions:
            self.virtual_size = size  # the table's own size follows its rows: lay out again
            return
        # The layout fixes the table's size; its rows only set how far it scrolls. Setting
        # virtual_size (a layout reactive) laid the whole screen out again on every refill:
        # update the scrollbar and the scroll limits as that layout would, and repaint.
        self.set_reactive(ItemTable.virtual_size, size)
        self._scrollbar_changes.clear()
        self._scroll_update(size)
        self.refresh()

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
        ahead = cell.segments if isinstance(cell, ComposedRow) else None
        if ahead is not None and cell.cell_len <= inner:
            rendered = list(ahead)  # what the lines below render to: the crop changes nothing
        else:
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
            rendered = list(_NEWLINE.join(lines).render(console, end=""))
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
        segments.extend(Segment.adjust_line_length(rendered, inner, null))
        if pad:
            segments.append(Segment(" " * pad, null))
        line = list(Segment.apply_style(segments, style=pre_style, post_style=post_style))
        result: SegmentLines = [line]
        self._cell_render_cache[cache_key] = result
        return result


def fill_table(table: ItemTable, rows: Sequence[Row]) -> None:
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
    table.add_rows_at_once(unique)
    table.update_dimensions_now()
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
