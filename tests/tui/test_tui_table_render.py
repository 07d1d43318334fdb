"""ItemTable's fast rendering paths give the very segments DataTable's own paths give."""

from __future__ import annotations

from typing import Any

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from tui.table import ItemTable

CELLS: list[tuple[Text, ...]] = [
    (Text("12:04", style="dim"), Text("Reuters", style="cyan"), Text("Shelling near the line")),
    (Text(""), Text("a very long source name indeed", style="cyan"), Text("x " * 80)),
    (Text("●⚑", style="bold blue"), Text("北京 通讯社", style="cyan"), Text("Trêve 停火 🕊️ rompue")),
    (
        Text("tbc", style="bold"),
        Text("ellipsis source name here", overflow="ellipsis"),
        Text.assemble(
            ("[CEASEFIRE] ", "bold magenta"), ("[bold]not markup[/]", "bold"), (" (revised)", "dim italic")
        ),
    ),
    (Text("   "), Text("trailing      "), Text("ends in spaces" + " " * 30, overflow="ellipsis")),
    (Text("7", justify="right"), Text("centre", justify="center"), Text("tab\there")),
]


class OneTable(App[None]):
    CSS = "ItemTable { height: 10; width: 60; }"

    def compose(self) -> ComposeResult:
        table = ItemTable(cursor_type="row")
        table.cursor_foreground_priority = "renderable"
        yield table


def _fill(table: ItemTable) -> None:
    table.add_column("time", key="time", width=6)
    table.add_column("source", key="source", width=10)
    table.add_column("title", key="title", width=30)
    for i, cells in enumerate(CELLS):
        table.add_row(*cells, key=str(i))


@pytest.mark.parametrize("cursor_type", ["row", "cell"])
async def test_fast_paths_match_the_stock_renderer(cursor_type: Any) -> None:
    app = OneTable()
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(ItemTable)
        table.cursor_type = cursor_type
        _fill(table)
        table.move_cursor(row=2, column=1)
        await pilot.pause()
        base = table.rich_style
        compared = 0
        for row in range(len(CELLS)):
            row_key = table._row_locations.get_key(row)
            for cursor in (Coordinate(row, 1), Coordinate(0, 0)):
                for hover in (Coordinate(row, 2), Coordinate(-1, -1)):
                    table._clear_caches()
                    ours = table._render_line_in_row(row_key, 0, base, cursor, hover)
                    table._clear_caches()
                    stock = DataTable._render_line_in_row(table, row_key, 0, base, cursor, hover)
                    assert ours == stock, (row, cursor, hover)
                    compared += 1
            for column, col in enumerate(table.ordered_columns):
                width = col.get_render_width(table)
                for flags in ((False, False), (True, False), (False, True)):
                    table._clear_caches()
                    ours_cell = table._render_cell(row, column, base, width, *flags)
                    table._clear_caches()
                    stock_cell = DataTable._render_cell(table, row, column, base, width, *flags)
                    assert ours_cell == stock_cell, (row, column, flags)
                    compared += 1
        assert compared == len(CELLS) * (4 + 3 * 3)


async def test_composed_lines_match_the_stock_line_renderer() -> None:
    """A one-column table under a row cursor draws each line straight from its cell: the same
    strip (segments, styles and click metadata) as DataTable's own path, for the cursor row,
    the hovered row and the others, cropped or not, focused or not."""
    from textual.strip import Strip

    from tui.table import compose_row, prerender

    widths = (6, 10, 30)
    app = OneTable()
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(ItemTable)
        table.add_column(
            compose_row([Text("time"), Text("source"), Text("title")], widths), key="row", width=50
        )
        for i, cells in enumerate(c for c in CELLS if "\t" not in "".join(t.plain for t in c)):
            row = compose_row(cells, widths)
            if i % 2:  # as a loader thread leaves them: rendered ahead of the paint
                prerender(row, app.console)
                assert row.segments is not None
            table.add_row(row, key=str(i))
        await pilot.pause()
        width = table.ordered_columns[0].get_render_width(table)
        for i in range(table.row_count):  # each cell, rendered ahead or not, as the stock path draws it
            for flags in ((False, False), (True, False), (False, True)):
                table._clear_caches()
                ours_cell = table._render_cell(i, 0, table.rich_style, width, *flags)
                table._clear_caches()
                assert ours_cell == DataTable._render_cell(table, i, 0, table.rich_style, width, *flags), i
        compared = 0
        for focused in (True, False):
            if not focused:
                app.set_focus(None)
                await pilot.pause()
            table._pseudo_class_state = table.get_pseudo_class_state()
            base = table.rich_style
            for cursor_row, hover_row, mouse in ((1, 3, True), (0, 0, True), (4, -1, False), (2, 2, False)):
                table.move_cursor(row=cursor_row)
                table.hover_coordinate = Coordinate(hover_row, 0)
                table._show_hover_cursor = mouse  # the mouse moved last (else a key did)
                for y in range(table.row_count + 2):  # the header, every row, past the end
                    for x1, x2 in ((0, 60), (3, 40), (0, 80)):
                        table._clear_caches()
                        ours = table._render_line(y, x1, x2, base)
                        table._clear_caches()
                        stock = DataTable._render_line(table, y, x1, x2, base)
                        assert isinstance(ours, Strip)
                        assert list(ours) == list(stock), (focused, cursor_row, hover_row, mouse, y, x1, x2)
                        compared += 1
        assert compared == 2 * 4 * (table.row_count + 2) * 3


def _cells(strips: list[Any]) -> list[list[tuple[str, str]]]:
    """Each screen cell of each line: its character and its style as the terminal gets it
    (attributes, colours, link), leaving out the click metadata DataTable attaches."""
    out = []
    for strip in strips:
        line: list[tuple[str, str]] = []
        for seg in strip:
            style = str(seg.style or "")
            line.extend((ch, style) for ch in seg.text)
        out.append(line)
    return out


async def _draw(composed: bool, focused: bool) -> list[list[tuple[str, str]]]:
    """The cells of a 70x8 table of CELLS drawn one column per cell or composed into one."""
    from textual.geometry import Region

    from tui.table import COLUMN_GAP, compose_row

    widths = (6, 10, 30)
    labels = ("time", "source", "title")
    app = OneTable()
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(ItemTable)
        table.styles.width = 70
        table.styles.height = 8
        if composed:
            label = compose_row([Text(label) for label in labels], widths)
            table.add_column(label, key="row", width=sum(widths) + COLUMN_GAP * (len(widths) - 1))
        else:
            for label, width in zip(labels, widths, strict=True):
                table.add_column(label, key=label, width=width)
        for i, cells in enumerate(c for c in CELLS if "\t" not in "".join(t.plain for t in c)):
            if composed:
                table.add_row(compose_row(cells, widths), key=str(i))
            else:
                table.add_row(*cells, key=str(i))
        table.move_cursor(row=1)
        if not focused:
            app.set_focus(None)
        await pilot.pause()
        strips = table.render_lines(Region(0, 0, 70, 8))
        assert len(strips) == 8 and {strip.cell_length for strip in strips} == {70}
        return _cells(strips)


@pytest.mark.parametrize("focused", [True, False])
async def test_a_composed_row_looks_exactly_like_its_columns(focused: bool) -> None:
    """compose_row draws a row as one cell; the screen shows the same characters in the same
    styles as the table with one column per cell (header, cursor row, right-aligned, wide and
    cropped cells), focused or not."""
    columns = await _draw(composed=False, focused=focused)
    assert columns == await _draw(composed=True, focused=focused)


async def test_adding_rows_at_once_leaves_the_table_add_row_leaves() -> None:
    """Same rows, data, order, cursor and highlight events, and the same duplicate-key error."""
    from textual.widgets.data_table import DuplicateKey

    states = []
    for at_once in (False, True):
        app = OneTable()
        # By message (a message is seen once per bubbling step), kept alive so that no later
        # message reuses its id.
        highlighted: dict[int, tuple[object, int]] = {}

        def hook(message: object, seen: dict[int, tuple[object, int]] = highlighted) -> None:
            if isinstance(message, DataTable.RowHighlighted):
                seen[id(message)] = (message, message.cursor_row)

        async with app.run_test(size=(80, 20), message_hook=hook) as pilot:
            table = app.query_one(ItemTable)
            if at_once:
                for label, width in (("time", 6), ("source", 10), ("title", 30)):
                    table.add_column(label, key=label, width=width)
                table.add_rows_at_once([(str(i), cells) for i, cells in enumerate(CELLS)])
            else:
                _fill(table)
            await pilot.pause()
            with pytest.raises(DuplicateKey):
                table.add_rows_at_once([("0", CELLS[0])])
            keys = [
                table.coordinate_to_cell_key(Coordinate(i, 0)).row_key.value for i in range(table.row_count)
            ]
            rows = [table.get_row_at(i) for i in range(table.row_count)]
            events = [row for _, row in highlighted.values()]
            states.append((keys, rows, table.cursor_coordinate, table.virtual_size, events))
    assert states[0][0] == [str(i) for i in range(len(CELLS))]
    assert states[0][4] == [0]  # the first row became available to the cursor
    assert states[0] == states[1]


def _text(strip: Any) -> str:
    return "".join(seg.text for seg in strip)


async def test_the_header_is_drawn_again_only_when_it_changes() -> None:
    """Refilling the rows (every filter change) keeps the drawn header; hovering it, or new
    columns, draw it again, exactly as DataTable draws it."""
    app = OneTable()
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(ItemTable)
        table.cursor_type = "cell"
        _fill(table)
        await pilot.pause()
        base = table.rich_style
        first = table._render_line(0, 0, 60, base)
        table.clear()
        table.add_rows_at_once([(str(i), cells) for i, cells in enumerate(CELLS)])
        assert table._render_line(0, 0, 60, base) is first

        table.hover_coordinate = Coordinate(-1, 1)
        table._show_hover_cursor = True
        hovered = table._render_line(0, 0, 60, base)
        table._clear_caches()
        assert list(hovered) == list(DataTable._render_line(table, 0, 0, 60, base))
        assert list(hovered) != list(first)

        table.clear(columns=True)
        table.add_column("when", key="when", width=8)
        table.add_column("what", key="what", width=20)
        relabelled = table._render_line(0, 0, 60, base)
        assert _text(relabelled).split() == ["when", "what"]


async def test_a_resize_of_the_rows_alone_keeps_the_drawn_lines() -> None:
    """Textual sends Resize when only the virtual size changed (0 rows to 100): the drawn lines
    still fit and are kept. A change of the table's own size draws them again."""
    from textual import events
    from textual.geometry import Size

    app = OneTable()
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(ItemTable)
        _fill(table)
        await pilot.pause()
        drawn = table._update_count
        size = table.size
        table.post_message(events.Resize(size, Size(size.width, 500), app.size))
        await pilot.pause()
        assert table._update_count == drawn
        table.styles.width = 40
        await pilot.pause()
        assert table.size != size and table._update_count > drawn


async def test_a_refill_scrolls_as_far_as_its_rows_without_a_screen_layout() -> None:
    """Rows set how far the table scrolls and what its scrollbar shows, not its size: a refill
    updates both without laying the screen out again."""
    from textual.screen import Screen

    class Tall(OneTable):
        CSS = "ItemTable { height: 10; width: 60; overflow-y: scroll; }"

    app = Tall()
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(ItemTable)
        _fill(table)
        await pilot.pause()
        layouts = 0
        refresh_layout = Screen._refresh_layout

        def counted(screen: Screen[Any], *args: Any, **kwargs: Any) -> None:
            nonlocal layouts
            layouts += 1
            refresh_layout(screen, *args, **kwargs)

        Screen._refresh_layout = counted  # type: ignore[method-assign]
        try:
            table.clear()
            table.add_rows_at_once([(str(i), CELLS[i % 5]) for i in range(50)])
            await pilot.pause()
            assert layouts == 0
            assert table.virtual_size.height == 51  # the header and 50 rows
            assert table.vertical_scrollbar.window_virtual_size == 51
            await pilot.press("G")
            await pilot.pause()
            assert table.cursor_row == 49 and table.scroll_y == table.max_scroll_y > 0
        finally:
            Screen._refresh_layout = refresh_layout  # type: ignore[method-assign]


async def test_the_scrollbar_is_drawn_again_only_when_the_bar_changes() -> None:
    from textual.geometry import Region
    from textual.scrollbar import ScrollBar

    from tui.table import KeptScrollBar

    class Tall(OneTable):
        CSS = "ItemTable { height: 10; width: 60; overflow-y: scroll; }"

    app = Tall()
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(ItemTable)
        for label, width in (("time", 6), ("source", 10), ("title", 30)):
            table.add_column(label, key=label, width=width)
        table.add_rows_at_once([(str(i), CELLS[i % 5]) for i in range(50)])
        await pilot.pause()
        bar = table.vertical_scrollbar
        assert isinstance(bar, KeptScrollBar)
        crop = Region(0, 0, 1, bar.size.height)
        first = bar.render_lines(crop)
        again = bar.render_lines(crop)
        assert all(a is b for a, b in zip(first, again, strict=True))
        table.scroll_to(y=20, animate=False, immediate=True)
        await pilot.pause()
        moved = bar.render_lines(crop)
        bar._styles_cache.clear()
        assert list(map(list, moved)) == list(map(list, ScrollBar.render_lines(bar, crop)))
        assert list(map(list, moved)) != list(map(list, first))


async def test_fill_table_sets_the_scroll_range_before_the_next_paint() -> None:
    """The refill's own paint shows the new scroll range and scrollbar (DataTable works them
    out when idle, after that paint, which then cost a second one)."""
    from tui.table import fill_table

    app = OneTable()
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.query_one(ItemTable)
        _fill(table)
        await pilot.pause()
        fill_table(table, [(str(i), list(CELLS[i % 5])) for i in range(40)])
        assert table.virtual_size.height == 41  # no pause: set by the refill itself
        fill_table(table, [])
        assert table.virtual_size.height == 1
